import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli, REPO_ROOT } from '../helpers/cli.js';
import { countAlignment, parseLadder, scores } from '../../bench/metric.js';

const GOLD = join(REPO_ROOT, 'test', 'fixtures', 'gold');
const SAMPLE = join(REPO_ROOT, 'aligned', 'scio-2020-q1');
const EN = join(GOLD, 'en.sentences.txt');
const FR = join(GOLD, 'fr.sentences.txt');
const ES = join(GOLD, 'es.sentences.txt');

describe('bitext align', () => {
  test('--presegmented --format ladder prints ids and confidence, close to the gold ladder', () => {
    const result = runCli(['align', EN, FR, '--source-lang', 'en', '--target-lang', 'fr', '--presegmented']);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trim().split('\n');
    for (const line of lines) assert.match(line, /^\[(\d+(, \d+)*)?\]:\[(\d+(, \d+)*)?\]:[01]\.\d{4}$/);
    const gold = parseLadder(readFileSync(join(GOLD, 'en-fr.ladder'), 'utf8'));
    assert.ok(scores(countAlignment(gold, parseLadder(result.stdout))).strict.f1 >= 0.9);
  });

  test('segments raw text itself and prints TSV pairs (en → zh-CN, CC-CEDICT cached on first use)', () => {
    const cache = mkdtempSync(join(tmpdir(), 'bitext-cache-'));
    const result = runCli(['align', join(SAMPLE, 'en.txt'), join(SAMPLE, 'zh-CN.txt'), '--source-lang', 'en', '--target-lang', 'zh-CN', '--format', 'tsv'], { env: { XDG_CACHE_HOME: cache } });
    assert.equal(result.status, 0, result.stderr);
    const rows = result.stdout.trim().split('\n').map((line) => line.split('\t'));
    assert.ok(rows.every((row) => row.length === 3));
    // The dateline is its own pair: "April 26, 2020" ↔ "2020年4月26日".
    assert.ok(rows.some(([en, zh]) => en === 'April 26, 2020' && zh === '2020年4月26日'), 'dateline pair');
    assert.ok(existsSync(join(cache, 'bitext', 'zh-en-lexicon-v2.json')), 'lexicon cached');
  });

  test('-o creates a project, then adds a second target language to it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-align-'));
    const project = join(dir, 'brief.bitext.json');
    const first = runCli(['align', EN, FR, '--source-lang', 'en', '--target-lang', 'fr', '--presegmented', '-o', project]);
    assert.equal(first.status, 0, first.stderr);
    const second = runCli(['align', EN, ES, '--source-lang', 'en', '--target-lang', 'es', '--presegmented', '-o', project]);
    assert.equal(second.status, 0, second.stderr);
    const saved = JSON.parse(readFileSync(project, 'utf8')) as { source: { segments: unknown[] }; targets: Array<{ document: { lang: string }; beads: unknown[] }> };
    assert.equal(saved.source.segments.length, 36);
    assert.deepEqual(saved.targets.map((target) => target.document.lang), ['fr', 'es']);
    const again = runCli(['align', EN, ES, '--source-lang', 'en', '--target-lang', 'es', '--presegmented', '-o', project]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already in this project/);
  });

  test('bad input: missing file, empty side, bad dictionary line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-align-'));
    const missing = runCli(['align', join(dir, 'nope.txt'), FR, '--source-lang', 'en', '--target-lang', 'fr']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no such file/);
    assert.doesNotMatch(missing.stderr, /at .*\.ts/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const oneSided = runCli(['align', EN, empty, '--source-lang', 'en', '--target-lang', 'fr', '--presegmented']);
    assert.equal(oneSided.status, 0);
    assert.match(oneSided.stderr, /warning: the translation has no sentences/);
    assert.equal(oneSided.stdout.trim().split('\n').length, 36);
    const dictionary = join(dir, 'dict.txt');
    writeFileSync(dictionary, 'house\tmaison\nno separator here\n');
    const badDictionary = runCli(['align', EN, FR, '--source-lang', 'en', '--target-lang', 'fr', '--dict', dictionary]);
    assert.equal(badDictionary.status, 1);
    assert.match(badDictionary.stderr, /line 2: not a dictionary entry/);
  });

  test('--batch aligns every manifest line on worker threads and writes each output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-batch-'));
    const manifest = join(dir, 'pairs.tsv');
    writeFileSync(manifest, `${EN}\t${FR}\ten-fr.ladder\n${EN}\t${ES}\ten-es.ladder\n`);
    const result = runCli(['align', '--batch', manifest, '--source-lang', 'en', '--target-lang', 'fr', '--presegmented']);
    assert.equal(result.status, 0, result.stderr);
    const gold = parseLadder(readFileSync(join(GOLD, 'en-fr.ladder'), 'utf8'));
    const written = parseLadder(readFileSync(join(dir, 'en-fr.ladder'), 'utf8'));
    assert.ok(scores(countAlignment(gold, written)).strict.f1 >= 0.9);
    assert.ok(existsSync(join(dir, 'en-es.ladder')));
    assert.match(result.stderr, /aligned 2 of 2 pairs/);
  });
});
