/** TSV and XLIFF 2.0: project → file → project keeps the pairs (text with tabs, newlines, codes), status and notes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeTsvCell, projectToTsv, tsvToProject, unescapeTsvCell } from '../../../src/core/formats/tsv.js';
import { projectToXliff } from '../../../src/core/formats/xliff-writer.js';
import { xliffToProject } from '../../../src/core/formats/xliff-reader.js';
import { encodeInlineCode, flattenInlineCodes } from '../../../src/core/formats/inline-codes.js';
import type { Project } from '../../../src/core/types.js';
import { joinSegmentTexts } from '../../../src/core/project/segment-text.js';
import { alignedProject } from './aligned-project.js';

const OPTIONS = { fileName: 'x', toolVersion: '0', importedAt: '2024-01-01T00:00:00.000Z' };

function pairs(project: Project) {
  const target = project.targets[0]!;
  return target.beads
    .filter((bead) => bead.source.length > 0 && bead.target.length > 0 && bead.status !== 'excluded')
    .map((bead) => ({
      source: bead.source.map((id) => project.source.segments.find((s) => s.id === id)!.text).reduce((a, b) => joinSegmentTexts(a, b), ''),
      target: bead.target.map((id) => target.document.segments.find((s) => s.id === id)!.text).reduce((a, b) => joinSegmentTexts(a, b), ''),
      status: bead.status,
      note: bead.note,
    }));
}

test('TSV cells escape tab, newline, CR and backslash, and unescape back exactly', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
    const cell = escapeTsvCell(text);
    assert.ok(!/[\t\n\r]/.test(cell));
    assert.equal(unescapeTsvCell(cell), text);
  }));
  assert.equal(escapeTsvCell('a\tb\nc\\n'), 'a\\tb\\nc\\\\n');
});

test('project → TSV → project keeps every exported pair and its status (fr gold, with a tab and a newline added)', () => {
  const project = alignedProject(['fr']);
  project.source.segments[0]!.text = 'Title\twith tab\nand line';
  project.targets[0]!.beads[1]!.status = 'auto';
  const { tsv, pairs: count } = projectToTsv(project, { status: 'all' });
  assert.equal(tsv.split('\n').length, count + 1);
  const back = tsvToProject(tsv, { ...OPTIONS, sourceLang: 'en', targetLang: 'fr' });
  assert.deepEqual(pairs(back), pairs(project));
  assert.equal(back.source.segments[0]!.text, 'Title\twith tab\nand line');
});

test('TSV writes inline codes as their native text, since spreadsheets have no placeholders', () => {
  const project = alignedProject(['fr']);
  project.source.segments[0]!.text = `Click ${encodeInlineCode({ kind: 'element', element: { name: 'bpt', attributes: { i: '1' }, children: ['<b>'] } })}Save`;
  assert.ok(projectToTsv(project).tsv.startsWith('Click <b>Save\t'));
});

test('project → XLIFF 2.0 → project keeps pairs, status (confirmed ⇄ reviewed), notes, props and confidence', () => {
  const project = alignedProject(['zh-CN']);
  const beads = project.targets[0]!.beads;
  beads[0] = { ...beads[0]!, status: 'auto', note: 'check <dates> & names', confidence: 0.4321, props: { 'x-client': 'A&amp;B' } };
  const { xliff } = projectToXliff(project, { status: 'all' });
  assert.ok(xliff.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"'));
  const back = xliffToProject(xliff, OPTIONS);
  assert.equal(back.source.lang, 'en');
  assert.equal(back.targets[0]!.document.lang, 'zh-CN');
  assert.deepEqual(pairs(back), pairs(project));
  assert.equal(back.targets[0]!.beads[0]!.confidence, 0.4321);
  assert.equal(back.targets[0]!.beads[0]!.props?.['x-client'], 'A&amp;B');
});

test('XLIFF inline codes: <ph> with <originalData> and <pc> highlights come back with the same native text', () => {
  const project = alignedProject(['fr']);
  const bold = (tag: string, name: 'bpt' | 'ept') => encodeInlineCode({ kind: 'element', element: { name, attributes: { i: '1' }, children: [tag] } });
  project.source.segments[0]!.text = `A ${bold('<b>', 'bpt')}bold${bold('</b>', 'ept')} and ${encodeInlineCode({ kind: 'hi-start', attributes: {} })}marked${encodeInlineCode({ kind: 'hi-end' })} word`;
  const { xliff } = projectToXliff(project);
  assert.ok(xliff.includes('<originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>'));
  assert.ok(xliff.includes('<pc id="h1">marked</pc>'));
  const back = xliffToProject(xliff, OPTIONS);
  assert.equal(flattenInlineCodes(back.source.segments[0]!.text), 'A <b>bold</b> and marked word');
});
