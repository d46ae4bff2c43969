import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMANDS, commandsToLoad, mayPrintHelp, requestedCommand } from '../../src/commands/index.js';
import { runCli } from '../helpers/cli.js';

const names = (argv: string[]) => commandsToLoad(argv).map(([name]) => name);

test('the subcommand is the first word that is not an option nor the value of --ui-lang', () => {
  assert.equal(requestedCommand(['review', 'p.bitext.json']), 'review');
  assert.equal(requestedCommand(['--ui-lang', 'fr', 'info', 'p.bitext.json']), 'info');
  assert.equal(requestedCommand(['--ui-lang=zh-CN', 'export', 'p']), 'export');
  assert.equal(requestedCommand([]), undefined);
  assert.equal(requestedCommand(['--ui-lang']), undefined);
  assert.equal(requestedCommand(['--help', 'review']), undefined);
  assert.equal(requestedCommand(['-V']), undefined);
});

test('only the named subcommand is loaded; help, no command or an unknown one load them all', () => {
  assert.deepEqual(names(['review', 'p.bitext.json', '--target', 'fr']), ['review']);
  assert.deepEqual(names(['--ui-lang', 'fr', 'align', 'a', 'b']), ['align']);
  const all = COMMANDS.map(([name]) => name);
  assert.deepEqual(names([]), all);
  assert.deepEqual(names(['--help']), all);
  assert.deepEqual(names(['revew', 'p']), all);
  assert.deepEqual(names(['--ui-lang', 'review']), all, '"review" is the value of --ui-lang here');
});

test('the help layout is loaded when help may be printed, not for a command that just runs', () => {
  for (const argv of [[], ['--help'], ['--ui-lang', 'fr', '-h'], ['review', '--help'], ['export', 'p', '-xh'], ['revew'], ['--ui-lang=zh-CN']]) {
    assert.equal(mayPrintHelp(argv), true, argv.join(' '));
  }
  for (const argv of [['review', 'p.bitext.json'], ['--ui-lang', 'zh-CN', 'info', 'p'], ['diff', 'a', 'b', '--only', 'changed'], ['export', 'p', '-o', 'out.tmx']]) {
    assert.equal(mayPrintHelp(argv), false, argv.join(' '));
  }
});

test('each listed module registers the subcommand under the name it is listed by', async () => {
  for (const [name, load] of COMMANDS) {
    const registered: string[] = [];
    const program = { command: (n: string) => (registered.push(n), new Proxy({}, { get: (_t, _k, self: unknown) => () => self })) };
    (await load()).register(program as never);
    assert.deepEqual(registered, [name]);
  }
});

test('a misspelt command is still refused as unknown; a known one runs with only its module loaded', () => {
  const unknown = runCli(['revew', 'x.bitext.json']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^bitext: unknown command revew\n/);
  const help = runCli(['review', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: bitext review \[options\] <project>/);
  const missing = runCli(['info', 'missing.bitext.json']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^bitext: cannot read missing\.bitext\.json: no such file\n/);
});
