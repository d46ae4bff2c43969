import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCorpusText } from './helpers/gold.js';

// The package's own name resolves through package.json "exports" to the built dist/index.js (npm test builds first).
const bitext = await import('bitext');

test("import { segment, align, projectToTmx ... } from 'bitext' works on the built package", () => {
  const en = bitext.segment(readCorpusText('en'), { lang: 'en' });
  const fr = bitext.segment(readCorpusText('fr'), { lang: 'fr' });
  assert.equal(en[0]!.text, "SCIO briefing on China's industrial and communications development in Q1");
  assert.equal(en[0]!.kind, 'heading');
  const beads = bitext.align(
    en.map((s) => s.text),
    fr.map((s) => s.text),
    { sourceLang: 'en', targetLang: 'fr', sourceSegments: en, targetSegments: fr },
  );
  assert.deepEqual(beads.flatMap((bead) => bead.source), [...en.keys()], 'every source sentence once, in order');
  assert.ok(beads.every((bead) => bead.confidence >= 0 && bead.confidence <= 1));
  for (const name of ['createProject', 'addTarget', 'applyAction', 'diffInline', 'diffSentences', 'projectToTmx', 'tmxToProject']) {
    assert.equal(typeof (bitext as Record<string, unknown>)[name], 'function', name);
  }
});
