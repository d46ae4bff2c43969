import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COLOUR_STYLE, MARKER_STYLE, diffSentences, renderHtml, renderJson, renderPlain, renderPretty, viewRows } from '../../../src/core/diff/index.js';
import type { DiffReport, Translate } from '../../../src/core/diff/index.js';

const translate: Translate = (key, params) => (params ? `${key}${JSON.stringify(params)}` : key);
const OLD = ['One stays.', 'Two stays.', 'Three <b>bold</b> & "quoted".', 'Four stays.', 'Five stays.', 'Six goes.'];
const NEW = ['One stays.', 'Two stays.', 'Three <i>bold</i> & "quoted".', 'Four stays.', 'Five stays.'];
const report: DiffReport = { subject: 'text', oldName: 'a.txt', newName: 'b.txt', comparisons: [{ title: 'en', result: diffSentences(OLD, NEW, { lang: 'en' }) }] };
const entries = report.comparisons[0]!.result.entries;

test('viewRows: context around each change, skipped runs counted, --only filters', () => {
  const shape = (rows: ReturnType<typeof viewRows>) => rows.map((r) => (r.type === 'skip' ? `skip ${r.count}` : r.entry.kind));
  assert.deepEqual(shape(viewRows(entries, { context: 1 })), ['skip 1', 'equal', 'changed', 'equal', 'equal', 'removed']);
  assert.deepEqual(shape(viewRows(entries, { context: 0 })), ['skip 2', 'changed', 'skip 2', 'removed']);
  assert.deepEqual(shape(viewRows(entries, { context: 0, only: new Set(['removed']) })), ['skip 5', 'removed']);
});

// Words by hand: old 15 (Three b bold b quoted = 5, five two-word sentences), new 13; changed b b i i Six goes = 6.
test('plain: tab-separated rows, 1-based positions, markers', () => {
  const lines = renderPlain(report, { context: 0 }).trimEnd().split('\n');
  assert.deepEqual(lines, [
    '---\ta.txt',
    '+++\tb.txt',
    'skipped\t2',
    'changed\t3\t3\tThree <[-b-]{+i+}>bold</[-b-]{+i+}> & "quoted".',
    'skipped\t2',
    'removed\t6\t-\t[-Six goes.-]',
    'summary\tchanged=1\tadded=0\tremoved=1\tmoved=0\tsplit=0\tmerged=0\tchanged-words=6/28\t21.4%',
  ]);
});

test('pretty: colour codes only in the colour style', () => {
  const marked = renderPretty(report, MARKER_STYLE, { context: 0, translate });
  assert.ok(marked.includes('Three <[-b-]{+i+}>bold'));
  assert.ok(!marked.includes('\u001b['));
  const coloured = renderPretty(report, COLOUR_STYLE, { context: 0, translate });
  assert.ok(coloured.includes('<\u001b[31;9mb\u001b[29;39m\u001b[32;4mi\u001b[24;39m>'));
});

test('html: text is escaped, both sides are rebuilt from the parts', () => {
  const html = renderHtml(report, { context: 0, translate });
  assert.ok(html.includes('Three &#60;<del>b</del>&#62;bold&#60;/<del>b</del>&#62; &#38; &#34;quoted&#34;.'));
  assert.ok(html.includes('Three &#60;<ins>i</ins>&#62;bold&#60;/<ins>i</ins>&#62; &#38; &#34;quoted&#34;.'));
  assert.ok(!html.includes('<b>') && !html.includes('<i>'));
  assert.match(html, /^<!DOCTYPE html>/);
});

test('json: changes only, --only filters entries but not the summary', () => {
  const all = JSON.parse(renderJson(report)) as { identical: boolean; comparisons: Array<{ summary: { counts: Record<string, number> }; entries: Array<{ kind: string; old: number[] }> }> };
  assert.equal(all.identical, false);
  assert.deepEqual(all.comparisons[0]!.entries.map((e) => `${e.kind}:${e.old.join()}`), ['changed:2', 'removed:5']);
  const only = JSON.parse(renderJson(report, { only: new Set(['removed']) })) as typeof all;
  assert.deepEqual(only.comparisons[0]!.entries.map((e) => e.kind), ['removed']);
  assert.equal(only.comparisons[0]!.summary.counts['changed'], 1);
});
