import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAll } from '../helpers/cli-async.js';

const ZH = 'aligned/scio-2020-q1/zh-CN.txt';
const ZH_R2 = 'aligned/scio-2020-q1/zh-CN.r2.txt';
const EN = 'aligned/scio-2020-q1/en.txt';
const EN_R2 = 'test/fixtures/diff/en.r2.txt';

/** REVISIONS.md, by hand: kind and 0-based sentence ids old → new (one entry per changed gold bead). */
const REVISIONS = [
  'changed [3]:[3]',
  'merged [11,12]:[11]',
  'changed [16]:[15]',
  'changed [17]:[16]',
  'changed [18]:[17]',
  'changed [24]:[23]',
  'changed [26]:[25]',
  'changed [28]:[27]',
  'split [29]:[28,29]',
  'changed [30]:[30]',
  'changed [31]:[31]',
];

interface JsonEntry {
  kind: string;
  old: number[];
  new: number[];
  fields: Array<{ before: string[]; after: string[]; parts: Array<{ value: string; added?: boolean; removed?: boolean }> }>;
}
interface JsonReport {
  format: string;
  identical: boolean;
  comparisons: Array<{ title: string; summary: { counts: Record<string, number> }; entries: JsonEntry[] }>;
  revisions?: Array<{ number: number }>;
}

const tmp = mkdtempSync(join(tmpdir(), 'bitext-diff-'));
const REPORT = join(tmp, 'report.html');

// Every run starts at once: the CLI's start-up, not the diff, is what takes time.
const [asJson, asPlain, asPretty, inColour, english, asHtml] = await runAll([
  [['diff', ZH, ZH_R2, '--format', 'json']],
  [['diff', ZH, ZH_R2, '--format', 'plain', '--context', '0']],
  [['diff', ZH, ZH_R2]],
  [['diff', ZH, ZH_R2, '--only', 'changed'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }],
  [['diff', EN, EN_R2, '--format', 'json', '--lang', 'en']],
  [['diff', ZH, ZH_R2, '--format', 'html', '--output', REPORT]],
]);

test('zh-CN vs zh-CN.r2, json: exactly the edits of REVISIONS.md', () => {
  const result = asJson!;
  assert.equal(result.status, 1, result.stderr);
  const report = JSON.parse(result.stdout) as JsonReport;
  const entries = report.comparisons[0]!.entries;
  assert.deepEqual(entries.map((e) => `${e.kind} [${e.old.join(',')}]:[${e.new.join(',')}]`), REVISIONS);
  assert.deepEqual(report.comparisons[0]!.summary.counts, { changed: 9, added: 0, removed: 0, moved: 0, split: 1, merged: 1 });
  const fix = entries.find((e) => e.old[0] === 30)!;
  assert.deepEqual(fix.fields[0]!.parts.filter((p) => p.added || p.removed), [{ value: '线上', removed: true }, { value: '线下', added: true }]);
});

test('zh-CN vs zh-CN.r2, plain: one line per edit, 1-based, with markers', () => {
  const result = asPlain!;
  assert.equal(result.status, 1);
  const lines = result.stdout.trimEnd().split('\n');
  const changes = lines.filter((l) => /^(changed|added|removed|moved|split|merged)\t/.test(l));
  const asGold = changes.map((l) => {
    const [kind, old, now] = l.split('\t');
    const ids = (s: string) => s.split(',').map((n) => Number(n) - 1).join(',');
    return `${kind} [${ids(old!)}]:[${ids(now!)}]`;
  });
  assert.deepEqual(asGold, REVISIONS);
  assert.ok(changes.includes('changed\t31\t31\t针对纺织服装、轻工产品、玩具、家具等行业[-线上-]{+线下+}销售不畅的问题，我们联合多家行业协会和电商平台，举办网上专场促销活动，促进消费。'));
  assert.ok(changes.some((l) => l.startsWith('split\t30\t29,30\t') && l.includes('延长2年[-，-]{+。+}我部')));
  assert.equal(lines.at(-1), 'summary\tchanged=9\tadded=0\tremoved=0\tmoved=0\tsplit=1\tmerged=1\tchanged-words=45/2331\t1.9%');
  assert.ok(lines.every((l) => !l.startsWith('equal')), 'no context with --context 0');
});

test('zh-CN vs zh-CN.r2, pretty: markers without colour, headings for each edit, summary', () => {
  const result = asPretty!;
  assert.equal(result.status, 1);
  assert.ok(!result.stdout.includes('\u001b['), 'no ANSI escapes without colour');
  const headings = result.stdout.split('\n').filter((l) => /^(changed|split|merged|added|removed|moved) {2}/.test(l));
  assert.deepEqual(headings, [
    'changed  4 → 4', 'merged  12–13 → 12', 'changed  17 → 16', 'changed  18 → 17', 'changed  19 → 18', 'changed  25 → 24',
    'changed  27 → 26', 'changed  29 → 28', 'split  30 → 29–30', 'changed  31 → 31', 'changed  32 → 32',
  ]);
  assert.match(result.stdout, /要\[-"-\]\{\+“\+\}千方百计/);
  assert.match(result.stdout, /51家龙头\{\+骨干\+\}企业/);
  assert.match(result.stdout, /Summary: 9 changed, 0 added, 0 removed, 0 moved, 1 split, 1 merged; 1\.9% of words changed \(45 of 2331\)/);
});

test('pretty in colour when asked: deletions red and struck, insertions green and underlined', () => {
  const result = inColour!;
  assert.ok(result.stdout.includes('\u001b[31;9m线上\u001b[29;39m\u001b[32;4m线下\u001b[24;39m'));
  assert.doesNotMatch(result.stdout, /\[-|\{\+/);
  assert.ok(result.stdout.split('\n').includes('\u001b[1;33mchanged\u001b[22;39m  31 → 31'), 'coloured heading');
  assert.doesNotMatch(result.stdout, /^(split|merged) {2}/m, '--only changed hides the split and the merge');
});

test('en vs a hand-revised en: the added and removed sentences', () => {
  const result = english!;
  assert.equal(result.status, 1, result.stderr);
  const entries = (JSON.parse(result.stdout) as JsonReport).comparisons[0]!.entries;
  const texts = (kind: string) => entries.filter((e) => e.kind === kind).map((e) => [...e.fields[0]!.before, ...e.fields[0]!.after].join(''));
  assert.deepEqual(texts('added'), ['A transcript of the question-and-answer session follows.', 'Further clearance work will continue in the second quarter.']);
  assert.deepEqual(texts('removed'), [
    'Local governments, departments and industrial guilds were also called on to provide targeted services.',
    'The Ministry is working with relevant departments on detailed implementation plans.',
  ]);
  assert.deepEqual(entries.filter((e) => e.kind === 'changed').map((e) => e.fields[0]!.after.join('')), [
    'Our work can be summarized in four aspects, as follows:',
    'Thank you very much.',
  ]);
});

/** Finds Chromium (Debian package `chromium`, installed by .ci/run). */
function chromiumPath(): string | undefined {
  for (const candidate of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = spawnSync('sh', ['-c', `command -v ${candidate}`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  return undefined;
}

// Measures what the browser rendered, and writes it where --dump-dom shows it.
const PROBE = `<script>
const rect = (el) => el.getBoundingClientRect();
const style = (el) => getComputedStyle(el);
const rows = [...document.querySelectorAll('tbody tr')];
const changed = document.querySelector('tr.changed');
const [oldCell, newCell] = [changed.querySelector('td.old'), changed.querySelector('td.new')];
const del = document.querySelector('del'), ins = document.querySelector('ins');
const probe = {
  kinds: rows.map((r) => r.className).filter((c) => c !== 'equal' && c !== 'skip'),
  sideBySide: rect(oldCell).right <= rect(newCell).left && Math.abs(rect(oldCell).top - rect(newCell).top) < 1,
  halfWidth: rect(oldCell).width > innerWidth / 4 && Math.abs(rect(oldCell).width - rect(newCell).width) < 2,
  oldText: oldCell.textContent, newText: newCell.textContent,
  del: { text: del.textContent, line: style(del).textDecorationLine, color: style(del).color, visible: rect(del).width > 0 },
  ins: { text: ins.textContent, line: style(ins).textDecorationLine, color: style(ins).color, visible: rect(ins).width > 0 },
  stylesheets: document.styleSheets.length, external: document.querySelectorAll('link,script[src],img').length,
};
const pre = document.createElement('pre'); pre.id = 'probe'; pre.textContent = JSON.stringify(probe); document.body.append(pre);
</script>`;

const chromium = chromiumPath();
test('HTML report: standalone, side by side, red struck deletions and green underlined insertions in Chromium', { skip: chromium || process.env['CI'] ? false : 'chromium is not installed (apt-get install chromium)' }, () => {
  const report = REPORT;
  const result = asHtml!;
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /Report written to/);
  const html = readFileSync(report, 'utf8');
  const probed = join(tmp, 'probed.html');
  writeFileSync(probed, html.replace('</body>', `${PROBE}</body>`));
  const profile = mkdtempSync(join(tmpdir(), 'bitext-chromium-'));
  const browser = spawnSync(
    chromium!,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', `--user-data-dir=${profile}`, '--window-size=1400,900', '--dump-dom', `file://${probed}`],
    { encoding: 'utf8', timeout: 60_000 },
  );
  const match = /<pre id="probe">(.*?)<\/pre>/s.exec(browser.stdout);
  assert.ok(match, `chromium printed no probe: ${browser.stderr.slice(0, 500)}`);
  const probe = JSON.parse(match[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')) as {
    kinds: string[]; sideBySide: boolean; halfWidth: boolean; oldText: string; newText: string; stylesheets: number; external: number;
    del: { text: string; line: string; color: string; visible: boolean }; ins: { text: string; line: string; color: string; visible: boolean };
  };
  assert.deepEqual(probe.kinds, REVISIONS.map((r) => r.split(' ')[0]));
  assert.equal(probe.sideBySide, true);
  assert.equal(probe.halfWidth, true);
  assert.equal(probe.oldText, '在4月8日召开的中共中央政治局常委会会议上，习近平总书记指出，要"千方百计创造有利于复工复产的条件，抓住一切契机推动产业循环、市场循环、经济社会循环畅通起来"。请问，工业和信息化部在推动产业链整体复工复产方面做了哪些工作？'.split('请问')[0]);
  assert.match(probe.newText, /要“千方百计.*畅通起来”。$/);
  assert.deepEqual([probe.del.text, probe.del.line, probe.del.visible], ['"', 'line-through', true]);
  assert.deepEqual([probe.ins.text, probe.ins.line, probe.ins.visible], ['“', 'underline', true]);
  const [dr, dg] = probe.del.color.match(/\d+/g)!.map(Number);
  const [ir, ig] = probe.ins.color.match(/\d+/g)!.map(Number);
  assert.ok(dr! > 150 && dg! < 80, `deletion is red: ${probe.del.color}`);
  assert.ok(ig! > 80 && ir! < 60, `insertion is green: ${probe.ins.color}`);
  assert.equal(probe.stylesheets, 1, 'one inline stylesheet');
  assert.equal(probe.external, 0, 'nothing loaded from elsewhere');
});
