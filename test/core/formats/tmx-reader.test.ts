/**
 * TMX import of what other tools write: the LISA compliance kit, and files shaped like OmegaT,
 * Okapi/Olifant, Trados (UTF-16) and multilingual exports. Read through `importTmxFile`, as a user's
 * file would be.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTmxFile } from '../../../src/io/tmx-file.js';
import { displayInlineCodes, flattenInlineCodes } from '../../../src/core/formats/inline-codes.js';
import { tmxToProject } from '../../../src/core/formats/tmx-reader.js';
import { projectToTmx } from '../../../src/core/formats/tmx-writer.js';
import { checkProject } from '../../../src/core/project/invariants.js';
import { UserError } from '../../../src/core/errors.js';
import type { Project } from '../../../src/core/types.js';
import { COMPLIANCE_KIT, tmxDtdErrors } from './xmllint.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/tmx/', import.meta.url));
const OPTIONS = { toolVersion: '0.1.0', importedAt: '2024-01-01T00:00:00.000Z' };

const texts = (project: Project, lang: string) => project.targets.find((t) => t.document.lang === lang)!.document.segments.map((s) => s.text);
const sources = (project: Project) => project.source.segments.map((s) => s.text);

async function load(path: string, options = {}) {
  const result = await importTmxFile(path, { ...OPTIONS, ...options });
  assert.equal(checkProject(result.project), null, 'imported project keeps the bead invariants');
  return result;
}

test('LISA 1D (UTF-8 with BOM, character references): three en-US/en-GB pairs with the characters decoded', async () => {
  const { project, report } = await load(`${COMPLIANCE_KIT}ImportTest1D.tmx`);
  assert.equal(report.units, 3);
  assert.equal(project.source.lang, 'en-US');
  assert.deepEqual(sources(project), ['à=agrave, é=eacute, æ=aelig', 'ÿ=U+00FF, ™=U+2122, ’=U+2019', '“=U+201C, –=U+2013, ¤=U+00A4']);
  assert.deepEqual(texts(project, 'en-GB'), sources(project));
});

test('LISA 1I keeps spaces and ideographic spaces written as references', async () => {
  const { project } = await load(`${COMPLIANCE_KIT}ImportTest1I.tmx`);
  assert.deepEqual(sources(project), ['English segment with [    ]']);
  assert.deepEqual(texts(project, 'ja-JP'), ['Japanese segment with [\u3000\u3000]']);
});

test('LISA 1J: per-tu srclang wins over the header; --source-lang en-us --target en-gb imports only the first two', async () => {
  const all = await load(`${COMPLIANCE_KIT}ImportTest1J_many.tmx`);
  assert.equal(all.project.source.lang, 'en-US');
  assert.deepEqual(texts(all.project, 'en-GB'), ['First entry in UK English', 'Second entry in UK English']);
  const picked = await load(`${COMPLIANCE_KIT}ImportTest1J_many.tmx`, { sourceLang: 'en-us', targets: ['EN-GB'] });
  assert.equal(picked.report.pairs, 2);
  assert.equal(picked.report.withoutTranslation, 1);
  assert.deepEqual(sources(picked.project), ['First entry in US English', 'Second entry in US English']);
});

test('LISA 1L: comments, <ude>, header props skipped; tu and tuv notes and props kept; one en-US source, fr and en-GB targets', async () => {
  const { project, report } = await load(`${COMPLIANCE_KIT}ImportTest1L.tmx`);
  assert.equal(report.units, 1);
  assert.deepEqual(project.targets.map((t) => t.document.lang), ['fr', 'en-GB']);
  const bead = project.targets[0]!.beads[0]!;
  assert.equal(bead.status, 'confirmed');
  assert.equal(bead.note, 'Text of tu note 1\nText of tu note 2\nText of tuv en note 1\nText of tuv fr note 1');
  assert.equal(bead.props?.['myPropeType'], 'Data');
  assert.equal(bead.props?.['@changedate'], '20020523T091200Z');
  assert.equal(project.meta.created, '2002-05-23T09:12:00.000Z');
  assert.equal(project.meta.author, 'ys');
});

test('LISA 2A (UTF-16 LE): 7 units, inline codes kept as placeholders, language codes in any case', async () => {
  const { project, report } = await load(`${COMPLIANCE_KIT}ImportTest2A.tmx`);
  assert.equal(report.units, 7);
  assert.equal(report.pairs, 7);
  assert.deepEqual(project.targets.map((t) => t.document.lang), ['fr-CA']);
  const en = sources(project);
  assert.equal(displayInlineCodes(en[0]!), 'The big ⟨1⟩black⟨/1⟩ ⟨2⟩cat⟨/2⟩ sleeps.');
  assert.equal(flattenInlineCodes(en[1]!), 'Test for special characters = <b><</b>=lt, <b>></b>=gt, <b>&</b>=amp, <b>"</b>=quot.');
  assert.equal(displayInlineCodes(en[3]!), 'First ⟨1⟩sentence.');
  assert.equal(displayInlineCodes(en[5]!), 'Picture: ⟨1/⟩');
  // The last unit lists fr-CA first: the source is still the English one.
  assert.equal(displayInlineCodes(en[6]!), 'Some text with ⟨1⟩a part highlighted⟨/1⟩.');
  assert.equal(flattenInlineCodes(texts(project, 'fr-CA')[6]!), 'Du texte avec une portion délimitée.');
});

test('LISA 2A re-exported keeps every inline code element and attribute, and validates against the DTD', async () => {
  const { project } = await load(`${COMPLIANCE_KIT}ImportTest2A.tmx`);
  const { tmx } = projectToTmx(project, { ...OPTIONS, exportedAt: OPTIONS.importedAt, status: 'all' });
  assert.equal(tmxDtdErrors(tmx), '');
  assert.ok(tmx.includes('<bpt i="4" type="bold" x="4">&lt;b&gt;</bpt>&amp;quot;'.replace('&amp;quot;', '"')));
  assert.ok(tmx.includes('<it pos="begin" x="1" type="bold">&lt;b&gt;</it>'));
  assert.ok(tmx.includes('<hi x="1" type="special-part">a part highlighted</hi>'));
  const again = tmxToProject(tmx, { ...OPTIONS, fileName: 'again.tmx' }).project;
  assert.deepEqual(sources(again), sources(project));
  assert.deepEqual(texts(again, 'fr-CA'), texts(project, 'fr-CA'));
});

test('OmegaT (TMX 1.1, lang attribute, upper-case codes): three en-US → zh-CN pairs, note and change data kept', async () => {
  const { project } = await load(`${FIXTURES}omegat.tmx`);
  assert.equal(project.source.lang, 'en-US');
  assert.deepEqual(sources(project), ['The cat & the hat.', 'Press <Enter> to continue.', 'Emoji 😀 stay.']);
  assert.deepEqual(texts(project, 'zh-CN'), ['猫和帽子。', '按 <Enter> 继续。', '表情 😀 保留。']);
  assert.equal(project.targets[0]!.beads[2]!.note, 'Checked against the style guide.');
});

test('Okapi/Olifant: props kept, paired codes as placeholders, a unit with no translation skipped and counted', async () => {
  const { project, report } = await load(`${FIXTURES}okapi-olifant.tmx`);
  assert.equal(report.units, 3);
  assert.equal(report.withoutTranslation, 1);
  assert.equal(project.targets[0]!.beads[0]!.props?.['Txt::FileName'], 'manual.html');
  assert.equal(displayInlineCodes(texts(project, 'fr')[0]!), 'Cliquez sur ⟨1⟩Enregistrer⟨/1⟩ maintenant.');
  assert.equal(flattenInlineCodes(sources(project)[1]!), 'Line<br/>break.');
});

test('Trados (UTF-16 LE with BOM, CRLF): usage and change attributes kept, empty <ph/> codes survive', async () => {
  const { project } = await load(`${FIXTURES}trados.tmx`);
  assert.equal(project.source.lang, 'en-US');
  const bead = project.targets[0]!.beads[0]!;
  assert.equal(bead.props?.['x-Context'], '0, 0');
  assert.equal(bead.props?.['@usagecount'], '3');
  assert.equal(bead.props?.['@changeid'], 'PC\\reviewer');
  assert.equal(displayInlineCodes(texts(project, 'de-DE')[0]!), 'Setzen Sie das Fach ⟨1/⟩ ein.');
  const { tmx } = projectToTmx(project, { ...OPTIONS, exportedAt: OPTIONS.importedAt });
  assert.ok(tmx.includes('changeid="PC\\reviewer"') && tmx.includes('usagecount="3"'));
  assert.equal(tmxDtdErrors(tmx), '');
});

test('UTF-16 BE with BOM and UTF-8 without BOM read the same as UTF-8', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-tmx-'));
  const text = readFileSync(`${FIXTURES}omegat.tmx`, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le);
  be.swap16();
  writeFileSync(join(dir, 'be.tmx'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  writeFileSync(join(dir, 'le-nobom.tmx'), le);
  const expected = sources((await load(`${FIXTURES}omegat.tmx`)).project);
  assert.deepEqual(sources((await load(join(dir, 'be.tmx'))).project), expected);
  assert.deepEqual(sources((await load(join(dir, 'le-nobom.tmx'))).project), expected);
});

test('ISO-8859-1 declared in the XML declaration is decoded as Latin-1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-tmx-'));
  const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>Très élevé</seg></tuv><tuv xml:lang="en"><seg>Very high</seg></tuv></tu></body></tmx>';
  writeFileSync(join(dir, 'latin1.tmx'), Buffer.from(xml, 'latin1'));
  assert.deepEqual(sources((await load(join(dir, 'latin1.tmx'))).project), ['Très élevé']);
});

test('srclang="*all*": the first language of the first unit is the source; extra tuvs of a language are counted, not lost silently', async () => {
  const { project, report } = await load(`${FIXTURES}multilingual-all.tmx`);
  assert.equal(project.source.lang, 'en');
  assert.deepEqual(project.targets.map((t) => t.document.lang), ['fr', 'es']);
  assert.equal(report.duplicateVariants, 1);
  assert.equal(report.withoutSource, 1);
  assert.deepEqual(texts(project, 'fr'), ['Bonjour.']);
  assert.deepEqual(texts(project, 'es'), ['Buenos días.', 'Buenas noches.']);
  // fr has no translation of "Good night.": its bead there has an empty target, so beads still cover the source.
  assert.deepEqual(project.targets[0]!.beads.map((b) => [b.source, b.target]), [[['s0'], ['t0']], [['s1'], []]]);
  assert.equal(checkProject(project), null);
});

function userErrorCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error.code;
    throw error;
  }
  return 'no error';
}

test('broken input is a UserError with a code, never a crash', async () => {
  const options = { ...OPTIONS, fileName: 'x.tmx' };
  assert.equal(userErrorCode(() => tmxToProject('<tmx version="1.4"><body><tu>', options)), 'tmx-invalid-xml');
  assert.equal(userErrorCode(() => tmxToProject('<xliff version="2.0"/>', options)), 'tmx-not-tmx');
  assert.equal(userErrorCode(() => tmxToProject('<tmx version="1.4"><header srclang="en"/><body/></tmx>', options)), 'tmx-no-pairs');
  assert.equal(userErrorCode(() => tmxToProject('<tmx><body><tu><tuv xml:lang="en"><seg>a &nbsp; b</seg></tuv></tu></body></tmx>', options)), 'tmx-invalid-xml');
  const dir = mkdtempSync(join(tmpdir(), 'bitext-tmx-'));
  writeFileSync(join(dir, 'bad.tmx'), Buffer.from([0x3c, 0x74, 0x6d, 0x78, 0x3e, 0xff, 0xfe, 0x3c]));
  await assert.rejects(importTmxFile(join(dir, 'bad.tmx'), OPTIONS), (error: unknown) => error instanceof UserError && error.code === 'invalid-utf8');
  await assert.rejects(importTmxFile(join(dir, 'missing.tmx'), OPTIONS), (error: unknown) => error instanceof UserError && error.code === 'file-not-found');
});

test('a file read in many small chunks gives the same project as in one piece (chunk borders inside tags and characters)', async () => {
  const { TmxReader } = await import('../../../src/core/formats/tmx-reader.js');
  const xml = readFileSync(`${FIXTURES}okapi-olifant.tmx`, 'utf8');
  const reader = new TmxReader({ ...OPTIONS, fileName: 'okapi.tmx' });
  for (let i = 0; i < xml.length; i += 7) reader.write(xml.slice(i, i + 7));
  assert.deepEqual(reader.finish().project, tmxToProject(xml, { ...OPTIONS, fileName: 'okapi.tmx' }).project);
});
