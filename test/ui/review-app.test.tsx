/**
 * The review screen driven with real keys through ink-testing-library: every assertion looks at
 * the frame a person sees and at the project the screen saved.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { render } from 'ink-testing-library';
import type { Project } from '../../src/core/types.js';
import { initI18n } from '../../src/i18n/index.js';
import { acquireLock, loadProject, saveProject } from '../../src/io/project-file.js';
import { ReviewApp } from '../../src/ui/ReviewApp.js';
import type { ReviewResult } from '../../src/ui/ReviewApp.js';
import { FIXED_NOW, KEY, press, sampleProject, type } from './helpers.js';

interface Harness {
  frame: () => string;
  stdin: { write: (data: string) => void };
  saved: () => Project;
  saves: () => number;
  exit: () => ReviewResult | undefined;
  unmount: () => void;
}

function open(options: { columns?: number; rows?: number; lang?: string; project?: Project } = {}): Harness {
  let saved: Project | undefined;
  let saves = 0;
  let exit: ReviewResult | undefined;
  const app = render(
    <ReviewApp
      project={options.project ?? sampleProject()}
      lang={options.lang}
      author="li.wei"
      now={FIXED_NOW}
      size={{ columns: options.columns ?? 100, rows: options.rows ?? 30 }}
      onSave={(project) => {
        saved = project;
        saves++;
      }}
      onExit={(result) => {
        exit = result;
      }}
    />,
  );
  return {
    frame: () => app.lastFrame() ?? '',
    stdin: app.stdin,
    saved: () => {
      assert.ok(saved, 'the project was saved');
      return saved;
    },
    saves: () => saves,
    exit: () => exit,
    unmount: app.unmount,
  };
}

const zhBeads = (project: Project) => project.targets.find((t) => t.document.lang === 'zh-CN')!.beads;
const focusedLine = (frame: string) => frame.split('\n').find((line) => line.includes('▶')) ?? '';

describe('ReviewApp', () => {
  before(() => initI18n('en'));
  after(() => initI18n('en'));

  test('first frame: header with progress, pairs side by side, footer keys', () => {
    const app = open();
    const frame = app.frame();
    assert.match(frame, /scio-2020-q1 · en → zh-CN · 0\/35 confirmed · filter: all/);
    assert.match(focusedLine(frame), /▶\s+1 · 1-1\s+SCIO briefing on China's industrial and\s+│ 国新办就2020年/);
    assert.match(frame, /0\.31 !/, 'the weak pair shows its confidence and a ! mark');
    assert.match(frame, /⏎ confirm {2}m merge {2}s split {2}e edit {2}u undo {2}\/ search/);
    for (const line of frame.split('\n')) assert.ok(line.length <= 100, `line fits 100 columns: ${line}`);
    app.unmount();
  });

  test('with a screen reader (INK_SCREEN_READER), each screen line still reads source │ target, row by row', () => {
    process.env['INK_SCREEN_READER'] = 'true';
    try {
      const app = open();
      assert.match(app.frame(), /1 · 1-1\s+SCIO briefing on China's industrial and\s+│ 国新办就2020年/);
      app.unmount();
    } finally {
      delete process.env['INK_SCREEN_READER'];
    }
  });

  test('Enter confirms the pair, saves, and moves on to the next unconfirmed one', async () => {
    const app = open();
    await press(app.stdin, KEY.enter);
    assert.equal(zhBeads(app.saved())[0]!.status, 'confirmed');
    assert.match(app.frame(), /1\/35 confirmed/);
    assert.match(app.frame(), /1 ✓ 1-1/);
    assert.match(focusedLine(app.frame()), /▶\s+2 · 1-1\s+The State Council/);
    // Space confirms too; going back up, Enter on the confirmed pair skips to the first unconfirmed.
    await press(app.stdin, ' ', 'k', 'k', KEY.enter);
    assert.equal(zhBeads(app.saved())[1]!.status, 'confirmed');
    assert.match(focusedLine(app.frame()), /▶\s+3 · /);
    app.unmount();
  });

  test('m merges the pair the aligner cut in two; undo and redo restore and reapply it', async () => {
    const app = open();
    await press(app.stdin, '7', KEY.enter);
    assert.match(focusedLine(app.frame()), /▶\s+7 · 1-1\s+General Secretary Xi Jinping has\s/);
    await press(app.stdin, 'm');
    const merged = zhBeads(app.saved())[6]!;
    assert.deepEqual(merged.source, ['s6', 's7']);
    assert.deepEqual(merged.target, ['t6']);
    assert.match(focusedLine(app.frame()), /▶\s+7 · 2-1/);
    assert.match(app.frame(), /┊ The State Council's executive meetings/);
    assert.equal(zhBeads(app.saved()).length, 34);
    await press(app.stdin, 'u');
    assert.equal(zhBeads(app.saved()).length, 35);
    assert.match(focusedLine(app.frame()), /▶\s+7 · 1-1/);
    await press(app.stdin, KEY.ctrlR);
    assert.equal(zhBeads(app.saved()).length, 34);
    await press(app.stdin, KEY.ctrlZ);
    assert.equal(zhBeads(app.saved()).length, 35);
    await press(app.stdin, KEY.ctrlZ);
    assert.match(app.frame(), /nothing to undo/);
    app.unmount();
  });

  test('s splits a 1-2 pair between its target sentences', async () => {
    const app = open();
    await press(app.stdin, '1', '5', KEY.enter); // gold [14]:[13, 14]: one English sentence, two Chinese
    assert.match(focusedLine(app.frame()), /▶\s+15 · 1-2/);
    await press(app.stdin, 's');
    assert.match(app.frame(), /split pair 15 · target/);
    await press(app.stdin, KEY.enter);
    const beads = zhBeads(app.saved());
    assert.deepEqual([beads[14]!.source, beads[14]!.target], [['s14'], ['t13']]);
    assert.deepEqual([beads[15]!.source, beads[15]!.target], [[], ['t14']]);
    assert.match(app.frame(), /0\/36 confirmed/);
    await press(app.stdin, 'j');
    assert.match(focusedLine(app.frame()), /▶ 16 · 0-1\s+∅\s+│ 重点帮助企业解决用工/);
    app.unmount();
  });

  test('s inside a sentence splits the sentence at the cursor (after a clause comma)', async () => {
    const app = open();
    await press(app.stdin, '4', KEY.enter, 's');
    assert.match(app.frame(), /在4月8日召开的中共中央政治局常委会会议上，\|?/);
    await press(app.stdin, KEY.right, KEY.left, KEY.enter);
    const project = app.saved();
    const bead = zhBeads(project)[3]!;
    assert.equal(bead.target.length, 2);
    const texts = bead.target.map((id) => project.targets[0]!.document.segments.find((s) => s.id === id)!.text);
    assert.equal(texts.join(''), '在4月8日召开的中共中央政治局常委会会议上，习近平总书记指出，要"千方百计创造有利于复工复产的条件，抓住一切契机推动产业循环、市场循环、经济社会循环畅通起来"。');
    assert.ok(texts[0]!.endsWith('，') || texts[1]!.startsWith('要'), `split at a clause end: ${texts.join(' | ')}`);
    assert.match(app.frame(), /the sentence is now two/);
    app.unmount();
  });

  test('[ and ] shift a sentence between neighbouring pairs on the chosen side', async () => {
    const app = open();
    await press(app.stdin, '7', KEY.enter, KEY.tab);
    assert.match(app.frame(), /acting on: source/);
    await press(app.stdin, '[');
    let beads = zhBeads(app.saved());
    assert.deepEqual(beads[6]!.source, ['s6', 's7'], 'shift up pulled the next source sentence into this pair');
    await press(app.stdin, ']');
    beads = zhBeads(app.saved());
    assert.deepEqual(beads[6]!.source, ['s6']);
    assert.deepEqual(beads[7]!.source[0], 's7');
    app.unmount();
  });

  test('e edits the target inline: cursor keys, CJK typing, Backspace; Enter keeps, Esc cancels', async () => {
    const app = open();
    await press(app.stdin, '3', KEY.enter, 'e');
    assert.match(app.frame(), /editing pair 3 · target · sentence 1\/1/);
    await press(app.stdin, KEY.home);
    await type(app.stdin, '北京，');
    await press(app.stdin, KEY.end, KEY.backspace);
    await type(app.stdin, '日发布');
    await press(app.stdin, KEY.enter);
    const project = app.saved();
    const segment = project.targets[0]!.document.segments.find((s) => s.id === 't2')!;
    assert.equal(segment.text, '北京，2020年4月26日发布');
    assert.equal(segment.original, '2020年4月26日');
    assert.match(app.frame(), /北京，2020年4月26日发布/);
    const saves = app.saves();
    await press(app.stdin, 'e', 'x', 'y', KEY.escape);
    assert.equal(app.saves(), saves, 'Esc saves nothing');
    assert.doesNotMatch(app.frame(), /xy/);
    app.unmount();
  });

  test('h shows the pair history with an inline diff of the edit', async () => {
    const app = open();
    await press(app.stdin, '3', KEY.enter, 'e', KEY.backspace, KEY.backspace);
    await type(app.stdin, '2日');
    await press(app.stdin, KEY.enter, 'h');
    const frame = app.frame();
    assert.match(frame, /pair 3 · zh-CN · 1 revision/);
    assert.match(frame, /r1 {2}2026-11-29 09:14 {2}li\.wei {2}edited/);
    assert.match(frame, /\[-26-\]\{\+22\+\}|\[-6-\]\{\+2\+\}|\[-26日-\]\{\+22日\+\}/);
    await press(app.stdin, KEY.escape);
    assert.match(app.frame(), /⏎ confirm/);
    app.unmount();
  });

  test('/ searches both sides; n and N go to the next and previous match', async () => {
    const app = open();
    await press(app.stdin, '/');
    await type(app.stdin, 'Miao Wei');
    await press(app.stdin, KEY.enter);
    const first = focusedLine(app.frame());
    assert.match(first, /▶\s+\d+ /);
    const firstNumber = Number(/▶\s+(\d+)/.exec(first)![1]);
    await press(app.stdin, '/');
    await type(app.stdin, '苗圩');
    await press(app.stdin, KEY.enter);
    assert.equal(Number(/▶\s+(\d+)/.exec(focusedLine(app.frame()))![1]), firstNumber, 'the Chinese name finds the same pair');
    await press(app.stdin, '/');
    await type(app.stdin, 'no such words');
    await press(app.stdin, KEY.enter);
    assert.match(app.frame(), /not found: no such words/);
    await press(app.stdin, '/');
    await type(app.stdin, 'resumption');
    await press(app.stdin, KEY.enter);
    const a = Number(/▶\s+(\d+)/.exec(focusedLine(app.frame()))![1]);
    await press(app.stdin, 'n');
    const b = Number(/▶\s+(\d+)/.exec(focusedLine(app.frame()))![1]);
    await press(app.stdin, 'N');
    const c = Number(/▶\s+(\d+)/.exec(focusedLine(app.frame()))![1]);
    assert.ok(b > a, `n moves forward (${a} → ${b})`);
    assert.equal(c, a, 'N comes back');
    app.unmount();
  });

  test('f cycles the filter; ! jumps to the next weak pair', async () => {
    const app = open();
    await press(app.stdin, KEY.enter, KEY.enter, 'f');
    assert.match(app.frame(), /filter: unconfirmed \(33\)/);
    assert.doesNotMatch(app.frame(), /✓/);
    assert.match(focusedLine(app.frame()), /▶\s+3 · /);
    await press(app.stdin, 'f');
    assert.match(app.frame(), /filter: low confidence \(1\)/);
    assert.match(focusedLine(app.frame()), /▶\s+4 · 1-1/);
    await press(app.stdin, 'f', 'f');
    assert.match(app.frame(), /filter: all/);
    await press(app.stdin, 'g', '!');
    assert.match(focusedLine(app.frame()), /▶\s+4 · 1-1/);
    app.unmount();
  });

  test('t switches the target language and keeps the place', async () => {
    const app = open();
    await press(app.stdin, '5', KEY.enter, 't');
    assert.match(app.frame(), /en → fr/);
    assert.match(app.frame(), /now reviewing fr/);
    // In the French alignment, that English sentence shares a pair with the one before it.
    assert.match(focusedLine(app.frame()), /▶\s+4 · 2-1\s+At the conference/);
    assert.match(app.frame(), /┊ Then, what kind of work has the MIIT/);
    await press(app.stdin, KEY.enter);
    const fr = app.saved().targets.find((t) => t.document.lang === 'fr')!;
    assert.equal(fr.beads[3]!.status, 'confirmed');
    assert.deepEqual(fr.beads[3]!.source, ['s3', 's4']);
    assert.equal(zhBeads(app.saved())[3]!.status, 'auto', 'the other target is untouched');
    app.unmount();
  });

  test('narrow terminals stack source over target; ? lists every key from the keymap', async () => {
    const app = open({ columns: 80, rows: 24 });
    const frame = app.frame();
    assert.match(frame, /▶\s+1 · 1-1 0\.93\n\s+EN {2}SCIO briefing/);
    assert.match(frame, /\n\s+ZH {2}国新办就2020年一季度/);
    for (const line of frame.split('\n')) assert.ok(line.length <= 80, `line fits 80 columns: ${line}`);
    await press(app.stdin, '?');
    assert.match(app.frame(), /Ctrl-R Ctrl-Y\s+redo/);
    assert.match(app.frame(), /!\s+next weak pair/);
    await press(app.stdin, '?');
    assert.match(app.frame(), /EN {2}SCIO briefing/);
    app.unmount();
  });

  test('--ui-lang zh-CN: header, footer, notices and the help overlay are in Chinese', async () => {
    initI18n('zh-CN');
    const app = open();
    assert.match(app.frame(), /已确认 0\/35 · 筛选：全部 · 操作对象：译文/);
    assert.match(app.frame(), /⏎ 确认 {2}m 合并 {2}s 拆分/);
    await press(app.stdin, 'u');
    assert.match(app.frame(), /没有可撤销的操作/);
    await press(app.stdin, '?');
    assert.match(app.frame(), /x\s+排除/);
    app.unmount();
    initI18n('en');
  });

  test('autosave writes through the project file: a change is on disk before quitting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-ui-'));
    const path = join(dir, 'sample.bitext.json');
    saveProject(path, sampleProject());
    const release = acquireLock(path);
    let app: ReturnType<typeof render> | undefined;
    try {
      app = render(<ReviewApp project={loadProject(path)} author="li.wei" now={FIXED_NOW} size={{ columns: 100, rows: 30 }} onSave={(p) => saveProject(path, p)} onExit={() => {}} />);
      await press(app.stdin, '4', KEY.enter, 'x');
      assert.match(app.lastFrame() ?? '', /4 ✗ 1-1/);
      const onDisk = loadProject(path);
      assert.equal(onDisk.targets[0]!.beads[3]!.status, 'excluded');
    } finally {
      app?.unmount();
      release();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('q quits with a summary of what the session changed', async () => {
    const app = open();
    await press(app.stdin, KEY.enter, '7', KEY.enter, 'm', 'x', 'q');
    const result = app.exit();
    assert.ok(result);
    assert.equal(result.summary.confirmed, 1);
    assert.equal(result.summary.merged, 1);
    assert.equal(result.summary.excluded, 1);
    assert.equal(zhBeads(result.project)[6]!.status, 'excluded');
    app.unmount();
  });
});
