/**
 * Property: project → TMX → project keeps every pair's text (XML metacharacters, CJK, emoji and
 * other supplementary-plane characters, RTL scripts, combining marks, inline codes), languages,
 * status, confidence, notes and props; and every TMX written is valid against the TMX 1.4 DTD.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { projectToTmx } from '../../../src/core/formats/tmx-writer.js';
import { tmxToProject } from '../../../src/core/formats/tmx-reader.js';
import { encodeInlineCode } from '../../../src/core/formats/inline-codes.js';
import type { InlineCode } from '../../../src/core/formats/inline-codes.js';
import type { BeadStatus, Project } from '../../../src/core/types.js';
import { tmxDtdErrors } from './xmllint.js';

const PIECES = ['<', '>', '&', '"', "'", ']]>', '&amp;', '<seg>', ' ', '  ', '\t', '\n', 'a', 'Z', '9', '中文', '日本語です', '한국어', '😀', '👍🏽', '𠀀', 'שלום', 'مرحبا', '\u200f', 'e\u0301', 'é', '\u00a0', '\u3000'];
const plain = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const codeContent = fc.array(plain, { maxLength: 1 });
/** Codes as the DTD allows them: bpt/ept need `i`, it needs `pos`. */
const code: fc.Arbitrary<InlineCode> = fc.oneof(
  fc.record({ i: fc.constantFrom('1', '2'), type: fc.constantFrom('bold', 'a&amp;b'), children: codeContent }).map(({ i, type, children }): InlineCode => ({ kind: 'element', element: { name: 'bpt', attributes: { i, x: i, type }, children } })),
  fc.record({ i: fc.constantFrom('1', '2'), children: codeContent }).map(({ i, children }): InlineCode => ({ kind: 'element', element: { name: 'ept', attributes: { i }, children } })),
  fc.record({ x: fc.constantFrom('3', '4'), children: codeContent }).map(({ x, children }): InlineCode => ({ kind: 'element', element: { name: 'ph', attributes: { x, type: 'image' }, children } })),
  fc.record({ pos: fc.constantFrom('begin', 'end'), children: codeContent }).map(({ pos, children }): InlineCode => ({ kind: 'element', element: { name: 'it', attributes: { pos }, children } })),
  fc.constant<InlineCode>({ kind: 'hi-start', attributes: { type: 'term' } }),
);
/** Text with an occasional code; a highlight is always closed so the text is what a reader would produce. */
const segmentText = fc.array(fc.tuple(plain, fc.option(code, { freq: 4 })), { minLength: 1, maxLength: 4 }).map((runs) =>
  runs.map(([text, maybe]) => (maybe === null ? text : maybe.kind === 'hi-start' ? `${encodeInlineCode(maybe)}${text}${encodeInlineCode({ kind: 'hi-end' })}` : `${text}${encodeInlineCode(maybe)}`)).join(''),
);
const beadData = fc.record({
  target: segmentText,
  status: fc.constantFrom<BeadStatus>('confirmed', 'auto'),
  confidence: fc.integer({ min: 0, max: 10000 }).map((n) => n / 10000),
  note: fc.option(plain, { nil: undefined }),
  props: fc.option(fc.dictionary(fc.constantFrom('x-client', 'x-domain', 'Txt::File'), plain, { minKeys: 1 }), { nil: undefined }),
});
const projectArb = fc
  .record({
    sources: fc.array(segmentText, { minLength: 1, maxLength: 6 }),
    langs: fc.shuffledSubarray(['zh-CN', 'fr', 'ar', 'ja'], { minLength: 1, maxLength: 2 }),
  })
  .chain(({ sources, langs }) => fc.record({ sources: fc.constant(sources), langs: fc.constant(langs), targets: fc.array(fc.array(beadData, { minLength: sources.length, maxLength: sources.length }), { minLength: langs.length, maxLength: langs.length }) }));

interface BeadInput {
  target: string;
  status: BeadStatus;
  confidence: number;
  note: string | undefined;
  props: Record<string, string> | undefined;
}

function buildProject(input: { sources: string[]; langs: string[]; targets: BeadInput[][] }): Project {
  return {
    format: 'bitext-project',
    version: 1,
    meta: { name: 'p', toolVersion: '0', created: '2024-01-01T00:00:00Z', changed: '2024-01-01T00:00:00Z', author: 'me' },
    source: { lang: 'en', file: 'en.txt', segments: input.sources.map((text, i) => ({ id: `s${i}`, text, kind: 'sentence', paragraph: i })) },
    targets: input.langs.map((lang, t) => ({
      document: { lang, file: `${lang}.txt`, segments: input.targets[t]!.map((bead, i) => ({ id: `t${i}`, text: bead.target, kind: 'sentence', paragraph: i })) },
      beads: input.targets[t]!.map((bead, i) => ({ id: `b${i}`, source: [`s${i}`], target: [`t${i}`], status: bead.status, confidence: bead.confidence, ...(bead.note ? { note: bead.note } : {}), ...(bead.props ? { props: bead.props } : {}) })),
    })),
    revisions: [],
  };
}

/** What a round trip must keep: languages, texts, status, confidence, note and the props a user set. */
function essence(project: Project) {
  return {
    source: project.source.lang,
    texts: project.source.segments.map((s) => s.text),
    targets: project.targets.map((target) => ({
      lang: target.document.lang,
      pairs: target.beads.map((bead) => ({
        source: bead.source.map((id) => project.source.segments.find((s) => s.id === id)?.text),
        target: bead.target.map((id) => target.document.segments.find((s) => s.id === id)?.text),
        status: bead.status,
        confidence: bead.confidence,
        note: bead.note,
        props: Object.fromEntries(Object.entries(bead.props ?? {}).filter(([key]) => !key.startsWith('@'))),
      })),
    })),
  };
}

test('project → TMX → project keeps text, languages, status, confidence, notes and props; the TMX is DTD-valid', () => {
  fc.assert(
    fc.property(projectArb, (input) => {
      const project = buildProject(input);
      const { tmx } = projectToTmx(project, { toolVersion: '0', exportedAt: '2024-01-01T00:00:00Z', status: 'all' });
      const back = tmxToProject(tmx, { fileName: 'p.tmx', toolVersion: '0', importedAt: '2024-01-01T00:00:00Z' }).project;
      assert.deepEqual(essence(back), essence(project));
      assert.equal(tmxDtdErrors(tmx), '');
    }),
    { numRuns: 60 },
  );
});
