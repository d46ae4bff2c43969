import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES_DIR, detectLanguage } from '../../src/i18n/index.js';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const load = (lng: string) => flatten(JSON.parse(readFileSync(join(LOCALES_DIR, lng, 'translation.json'), 'utf8')) as Tree);
const languages = readdirSync(LOCALES_DIR);

test('en, zh-CN and fr are shipped', () => {
  for (const lng of ['en', 'zh-CN', 'fr']) assert.ok(languages.includes(lng), lng);
});

for (const lng of languages.filter((l) => l !== 'en')) {
  test(`locale ${lng} has exactly the keys of en`, () => {
    const en = [...load('en').keys()].sort();
    const other = [...load(lng).keys()].sort();
    assert.deepEqual(other.filter((k) => !en.includes(k)), [], 'extra keys');
    assert.deepEqual(en.filter((k) => !other.includes(k)), [], 'missing keys');
  });
}

for (const lng of languages) {
  test(`locale ${lng} has no empty value and keeps every {{placeholder}} of en`, () => {
    const en = load('en');
    for (const [key, value] of load(lng)) {
      assert.notEqual(value.trim(), '', `${lng}:${key} is empty`);
      const wanted = (en.get(key)?.match(/\{\{\w+\}\}/g) ?? []).sort();
      const got = (value.match(/\{\{\w+\}\}/g) ?? []).sort();
      assert.deepEqual(got, wanted, `${lng}:${key} placeholders`);
    }
  });
}

test('detectLanguage: explicit flag, then LC_ALL, LC_MESSAGES, LANG, then en', () => {
  const available = ['en', 'fr', 'zh-CN'];
  assert.equal(detectLanguage('fr', { LANG: 'zh_CN.UTF-8' }, available), 'fr');
  assert.equal(detectLanguage(undefined, { LANG: 'zh_CN.UTF-8' }, available), 'zh-CN');
  assert.equal(detectLanguage(undefined, { LC_ALL: 'fr_CA.UTF-8', LANG: 'zh_CN.UTF-8' }, available), 'fr');
  assert.equal(detectLanguage(undefined, { LC_MESSAGES: 'zh', LANG: 'fr_FR' }, available), 'zh-CN');
  assert.equal(detectLanguage(undefined, { LANG: 'C.UTF-8' }, available), 'en');
  assert.equal(detectLanguage(undefined, { LANG: 'de_DE.UTF-8' }, available), 'en');
  assert.equal(detectLanguage('xx', {}, available), 'en');
});
