import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command, Option } from 'commander';
import { translateCommanderError } from '../../src/commands/localize-commander.js';
import { initI18n } from '../../src/i18n/index.js';

/** commander's own message for a bad choice, produced by commander itself rather than typed here. */
function commanderChoiceError(): string {
  let message = '';
  const program = new Command()
    .exitOverride()
    .configureOutput({ writeErr: (text) => (message += text) })
    .addOption(new Option('-f, --format <format>').choices(['text', 'json', 'jsonl']));
  assert.throws(() => program.parse(['-f', 'xml'], { from: 'user' }));
  return message;
}

test('a bad choice names the allowed values, in the UI language', () => {
  const english = commanderChoiceError();
  initI18n('zh-CN');
  assert.equal(translateCommanderError(english), 'bitext： 选项 -f, --format <format>：无效值 xml（可选：text、json、jsonl）\n');
  initI18n('fr');
  assert.equal(translateCommanderError(english), 'bitext\u00a0: option -f, --format <format>\u00a0: valeur invalide xml (choisissez parmi text, json, jsonl)\n');
  initI18n('en');
  assert.equal(translateCommanderError(english), 'bitext: option -f, --format <format>: invalid value xml (choose text, json, jsonl)\n');
});
