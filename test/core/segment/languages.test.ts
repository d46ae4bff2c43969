/** Choosing a language profile from BCP-47 tags. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveLanguageProfile, segment, supportedLanguages } from '../../../src/core/segment/index.js';

test('tags resolve by their primary subtag, case-insensitively and with underscores', () => {
  for (const [tag, code] of [['en', 'en'], ['en-GB', 'en'], ['zh-CN', 'zh'], ['zh-Hant-TW', 'zh'], ['ZH_tw', 'zh'], ['ja-JP', 'ja'], ['fr-CA', 'fr'], ['de-AT', 'de'], ['es-419', 'es'], ['it', 'it'], ['pt-BR', 'pt'], ['ru', 'ru']] as const) {
    const { profile, isFallback } = resolveLanguageProfile(tag);
    assert.equal(profile.code, code, tag);
    assert.equal(isFallback, false, tag);
  }
});

test('unknown and empty tags fall back to the generic profile and say so', () => {
  for (const tag of ['xx', 'nl', '', 'klingon']) {
    const { profile, isFallback } = resolveLanguageProfile(tag);
    assert.equal(profile.code, 'und');
    assert.equal(isFallback, true);
  }
  assert.deepEqual(supportedLanguages().sort(), ['de', 'en', 'es', 'fr', 'it', 'ja', 'pt', 'ru', 'zh']);
});

test('the generic profile still splits sentences and keeps international abbreviations', () => {
  assert.deepEqual(
    segment('Het regent. Dr. Jansen komt morgen, ca. 10 uur.', { lang: 'nl' }).map((s) => s.text),
    ['Het regent.', 'Dr. Jansen komt morgen, ca. 10 uur.'],
  );
});
