/**
 * The review screen's first frame is drawn from a preview read off the project file's bytes: it
 * must say exactly what the parsed project says (name, languages, progress, the first pairs and
 * their texts), and give up on any file not laid out as bitext writes it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyAction, createHistory, historyReducer, serializeProject } from '../../../src/core/project/index.js';
import { previewOfProject } from '../../../src/core/project/preview.js';
import { previewProjectBytes } from '../../../src/core/project/preview-bytes.js';
import type { PreviewRequest } from '../../../src/core/project/preview.js';
import { UserError } from '../../../src/core/errors.js';
import type { Project } from '../../../src/core/types.js';
import { GOLD_TARGETS, goldProject, goldSentences } from './gold-project.js';
import { actionDraw, toAction } from './random-actions.js';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const fileOf = (project: Project) => bytesOf(serializeProject(project));
const CONTEXT = { author: 'li.wei', time: '2026-11-29T09:00:00.000Z' };

test('the preview of the gold project names it, its languages, and the first pairs of the target asked for, with their texts', () => {
  const preview = previewProjectBytes(fileOf(goldProject()), { lang: 'fr', pairs: 10 });
  assert.ok(preview?.target);
  assert.equal(preview.meta.name, 'scio-2020-q1');
  assert.equal(preview.sourceLang, 'en');
  assert.deepEqual(preview.targetLangs, [...GOLD_TARGETS]);
  const { target } = preview;
  assert.equal(target.lang, 'fr');
  // test/fixtures/gold/en-fr.ladder has 32 beads; the fourth is [3, 4]:[3].
  assert.equal(target.beadCount, 32);
  assert.equal(target.confirmedCount, 0);
  assert.equal(target.pairs.length, 10);
  const [en, fr] = [goldSentences('en'), goldSentences('fr')];
  assert.deepEqual(target.pairs[3]!.source, [en[3], en[4]]);
  assert.deepEqual(target.pairs[3]!.target, [fr[3]]);
  assert.deepEqual(target.pairs[3]!.bead.source, ['s3', 's4']);
});

test('progress counts confirmed beads only, whatever else a line says', () => {
  let project = goldProject(['zh-CN', 'fr']);
  project = applyAction(project, { type: 'confirm-through', lang: 'fr', bead: 'b4' }, CONTEXT);
  project = applyAction(project, { type: 'set-status', lang: 'fr', bead: 'b9', status: 'excluded' }, CONTEXT);
  project = applyAction(project, { type: 'set-status', lang: 'zh-CN', bead: 'b2', status: 'confirmed' }, CONTEXT);
  // A note and a TMX property that read like a status do not count.
  project = applyAction(project, { type: 'set-note', lang: 'fr', bead: 'b12', note: '"status":"confirmed"' }, CONTEXT);
  const fr = project.targets[1]!;
  fr.beads[13] = { ...fr.beads[13]!, props: { status: 'confirmed' } };
  const file = fileOf(project);
  assert.equal(previewProjectBytes(file, { lang: 'fr', pairs: 3 })?.target?.confirmedCount, 5, 'b0 to b4');
  assert.equal(previewProjectBytes(file, { lang: 'zh-CN', pairs: 3 })?.target?.confirmedCount, 1);
  assert.equal(previewProjectBytes(file, { pairs: 3 })?.target?.lang, 'zh-CN', 'the first target when none is asked for');
  assert.equal(previewProjectBytes(file, { lang: 'de', pairs: 3 })?.target?.lang, 'zh-CN', 'and when the one asked for is not there');
});

test('after any editing session, the preview read from the file equals the one of the parsed project', () => {
  const start = goldProject(['zh-CN', 'fr', 'ja']);
  const request = fc.record({ lang: fc.constantFrom(undefined, 'zh-CN', 'fr', 'ja'), pairs: fc.integer({ min: 1, max: 40 }) });
  fc.assert(
    fc.property(fc.array(actionDraw, { minLength: 1, maxLength: 30 }), request, (draws, asked) => {
      let state = createHistory(start);
      for (const draw of draws) {
        try {
          state = historyReducer(state, { type: 'do', action: toAction(state.present, draw), context: CONTEXT });
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
        }
      }
      const wanted: PreviewRequest = { pairs: asked.pairs, ...(asked.lang && { lang: asked.lang }) };
      assert.deepEqual(previewProjectBytes(fileOf(state.present), wanted), previewOfProject(state.present, wanted));
    }),
    { numRuns: 60 },
  );
});

test('a project without targets previews without one', () => {
  const project = goldProject([]);
  const preview = previewProjectBytes(fileOf(project), { pairs: 5 });
  assert.deepEqual(preview, { meta: project.meta, sourceLang: 'en', targetLangs: [] });
});

/** The file with segment `id`'s row moved from its place to the end of the source's segments. */
function moveSegmentToEnd(text: string, id: string): string {
  const row = new RegExp(`\\n {6}\\{"id":"${id}",[^\\n]*?(?=,?\\n)`).exec(text)![0];
  const without = text.replace(`${row},`, '');
  return without.replace('\n    ]\n  },', `,${row}\n    ]\n  },`);
}

test('no preview for a file laid out otherwise or damaged: it is parsed whole instead', () => {
  const project = goldProject(['zh-CN']);
  const text = serializeProject(project);
  const request = { pairs: 20 };
  assert.ok(previewProjectBytes(bytesOf(text), request), 'the layout bitext writes');
  const variants: Record<string, string> = {
    'compact JSON': JSON.stringify(project),
    'indented by another tool': JSON.stringify(project, null, 2),
    'CRLF line ends': text.replaceAll('\n', '\r\n'),
    'a byte order mark': `\uFEFF${text}`,
    'another format': text.replace('"bitext-project"', '"other-project"'),
    'a newer version': text.replace('"version": 1,', '"version": 2,'),
    'a bead row cut short': text.replace(/\{"id":"b1",[^\n]*\n/, '{"id":"b1","sou\n'),
    'a segment of the first pairs moved to the end': moveSegmentToEnd(text, 's1'),
    'no closing bracket for the segments': text.replace('\n    ]\n  },', '\n  },'),
    'truncated': text.slice(0, text.indexOf('"beads": [') + 200),
    empty: '',
  };
  for (const [what, variant] of Object.entries(variants)) {
    assert.notEqual(variant, text, `${what}: the variant differs`);
    assert.equal(previewProjectBytes(bytesOf(variant), request), undefined, what);
  }
});
