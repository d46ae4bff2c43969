/** The keymap is data: every binding reaches its command, none collide, and the docs come from it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { Key } from 'ink';
import { hasKey, initI18n } from '../../src/i18n/index.js';
import { footerText } from '../../src/ui/components/Footer.js';
import { KEYMAP, commandFor, displayKey } from '../../src/ui/keymap.js';
import { keysTable } from '../../src/ui/keymap-doc.js';
import { splitBurst } from '../../src/ui/hooks/use-review-keys.js';
import { REPO_ROOT } from '../helpers/cli.js';

const NONE: Key = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false };

/** What Ink reports for a key spec, as its input parser would. */
function inkKey(spec: string): [string, Key] {
  const named: Record<string, Partial<Key>> = { enter: { return: true }, tab: { tab: true }, up: { upArrow: true }, down: { downArrow: true }, pageup: { pageUp: true }, pagedown: { pageDown: true }, home: { home: true }, end: { end: true } };
  if (spec === 'space') return [' ', NONE];
  if (named[spec]) return ['', { ...NONE, ...named[spec] }];
  if (spec.startsWith('ctrl+')) return [spec.slice(5), { ...NONE, ctrl: true }];
  if (spec === '0-9') return ['7', NONE];
  return [spec, { ...NONE, shift: /[A-Z]/.test(spec) }];
}

describe('keymap', () => {
  before(() => initI18n('en'));

  test('every key of every binding reaches its command, and no key is bound twice', () => {
    const seen = new Map<string, string>();
    for (const binding of KEYMAP) {
      for (const spec of binding.keys) {
        assert.equal(commandFor(...inkKey(spec)), binding.command, `${spec} → ${binding.command}`);
        assert.ok(!seen.has(spec), `${spec} is bound to ${seen.get(spec)} and ${binding.command}`);
        seen.set(spec, binding.command);
      }
    }
  });

  test('letters do not fire with Ctrl or Alt held; Ctrl-Z and Ctrl-R do', () => {
    assert.equal(commandFor('m', { ...NONE, meta: true }), undefined);
    assert.equal(commandFor('q', { ...NONE, ctrl: true }), undefined);
    assert.equal(commandFor('z', { ...NONE, ctrl: true }), 'undo');
    assert.equal(commandFor('r', { ...NONE, ctrl: true }), 'redo');
    assert.equal(commandFor('G', { ...NONE, shift: true }), 'last');
  });

  test('every label is translated in en, zh-CN and fr', () => {
    for (const lng of ['en', 'zh-CN', 'fr']) {
      initI18n(lng);
      for (const binding of KEYMAP) assert.ok(hasKey(binding.label), `${lng}: ${binding.label}`);
    }
    initI18n('en');
  });

  test('the footer is made of the keymap entries marked for it, first key of each', () => {
    const footer = footerText();
    for (const binding of KEYMAP.filter((b) => b.footer !== undefined)) assert.ok(footer.includes(displayKey(binding.keys[0]!)), binding.command);
    assert.match(footer, /^⏎ confirm {2}m merge {2}s split {2}e edit/);
    assert.match(footer, /\? help {2}q quit$/);
  });

  test('the README keys table is the one generated from the keymap', () => {
    const readme = readFileSync(`${REPO_ROOT}README.md`, 'utf8');
    assert.ok(readme.includes(keysTable()), 'README keys table differs from the keymap; paste keysTable() output into the README');
  });

  test('a burst of keys from one read is split into presses; text runs stay whole for the editors', () => {
    const presses = splitBurst('7\r', NONE)!;
    assert.deepEqual(presses.map((p) => [p.input, p.key.return]), [['7', false], ['', true]]);
    assert.deepEqual(splitBurst('北京\r', NONE)!.map((p) => p.input), ['北京', '']);
    assert.equal(splitBurst('j', NONE), undefined);
    assert.equal(splitBurst('\u001B[A', NONE), undefined);
  });
});
