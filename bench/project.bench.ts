/**
 * `npm run bench:project`: what autosave and editing cost on a 50,000-bead project built from real
 * text (the MAC zh-en dev chapters and their gold alignment, repeated until 50,000 beads).
 * Save: autosave (one fsynced journal line per edit) and the full atomic save (temporary file,
 * fsync, .bak, rename) next to a baseline measured in the same run, a plain
 * `writeFileSync(JSON.stringify(project, null, 2))` with no safety at all.
 * Edit: reducer and undo-history time per operation next to the naive baseline of deep-copying the
 * project per keypress (structuredClone), and the memory a long session's undo history holds.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyAction, createHistory, historyReducer, serializeProject } from '../src/core/project/index.js';
import type { HistoryState, ProjectAction } from '../src/core/project/index.js';
import type { Project } from '../src/core/types.js';
import { buildMacProject } from './mac-project.js';
import { acquireLock, loadProject, saveProject } from '../src/io/project-file.js';

const BEADS = 50_000;

const buildProject = (): Project => buildMacProject(BEADS, 'mac-repeated');

function time(runs: number, run: (i: number) => void): { median: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)]!, p95: samples[Math.floor(runs * 0.95)]! };
}

const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
const row = (name: string, figures: { median: number; p95: number }) => console.log(`${name.padEnd(58)} ${ms(figures.median).padStart(11)} ${ms(figures.p95).padStart(11)}`);

function benchSave(project: Project): void {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-bench-'));
  const path = join(dir, 'big.bitext.json');
  saveProject(path, project);
  const size = statSync(path).size;
  console.log(`\nSave, ${project.targets[0]!.beads.length} beads, ${project.source.segments.length + project.targets[0]!.document.segments.length} segments, ${(size / 2 ** 20).toFixed(1)} MiB file (median, p95)`);
  console.log(`${''.padEnd(58)} ${'median'.padStart(11)} ${'p95'.padStart(11)}`);
  row('baseline: writeFileSync(JSON.stringify(p, null, 2)), unsafe', time(15, () => writeFileSync(join(dir, 'plain.json'), JSON.stringify(project, null, 2))));
  row('serializeProject only (text, no I/O)', time(15, () => void serializeProject(project)));
  let current = project;
  const edit = (i: number) => (current = applyAction(current, { type: 'set-status', lang: 'en', bead: `b${(i * 997) % BEADS}`, status: 'confirmed' }, { author: 'bench', time: `t${i}` }));
  row('saveProject full: atomic (tmp + fsync + .bak + rename)', time(15, (i) => saveProject(path, edit(i), { full: true })));
  const release = acquireLock(path);
  row('saveProject autosave in a session: journal append + fsync', time(200, (i) => saveProject(path, edit(100 + i))));
  row('loadProject: parse + zod + invariants + replay 200 entries', time(5, () => void loadProject(path)));
  row('end of session: release() folds the journal into the file', time(1, () => release()));
  rmSync(dir, { recursive: true, force: true });
}

/** Actions spread over the whole project, each valid on the state it meets. */
function actionAt(project: Project, i: number): ProjectAction {
  const beads = project.targets[0]!.beads;
  const bead = beads[(i * 7919) % (beads.length - 1)]!;
  const kinds: ProjectAction[] = [
    { type: 'set-status', lang: 'en', bead: bead.id, status: 'confirmed' },
    { type: 'merge-next', lang: 'en', bead: bead.id },
    { type: 'insert-empty', lang: 'en', after: bead.id },
    { type: 'set-note', lang: 'en', bead: bead.id, note: `note ${i}` },
  ];
  const segment = project.targets[0]!.document.segments[(i * 104729) % project.targets[0]!.document.segments.length]!;
  kinds.push({ type: 'edit-segment', lang: 'en', side: 'target', segment: segment.id, text: `${segment.text} (edited ${i})` });
  return kinds[i % kinds.length]!;
}

function benchEdit(project: Project): void {
  const ops = 1000;
  const context = { author: 'bench', time: '2026-01-01T00:00:00.000Z' };
  console.log(`\nEditing, ${ops} mixed operations (status, merge, insert, note, edit) spread over the project`);
  console.log(`${''.padEnd(58)} ${'median'.padStart(11)} ${'p95'.padStart(11)}`);
  row('baseline: structuredClone(project) per keypress', time(20, () => void structuredClone(project)));
  let plain = project;
  row('applyAction (reducer + revision)', time(ops, (i) => void (plain = applyAction(plain, actionAt(plain, i), context))));
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let state: HistoryState = createHistory(project);
  row('historyReducer do (reducer + undo patch)', time(ops, (i) => void (state = historyReducer(state, { type: 'do', action: actionAt(state.present, i), context }))));
  globalThis.gc?.();
  const held = process.memoryUsage().heapUsed - heapBefore;
  row('historyReducer undo', time(ops, () => void (state = historyReducer(state, { type: 'undo' }))));
  row('historyReducer redo', time(ops, () => void (state = historyReducer(state, { type: 'redo' }))));
  globalThis.gc?.();
  const projectBytes = (() => {
    const before = process.memoryUsage().heapUsed;
    const copy = structuredClone(project);
    globalThis.gc?.();
    const size = process.memoryUsage().heapUsed - before;
    void copy.meta;
    return size;
  })();
  console.log(`memory held by a ${ops}-operation undo history: ${(held / 2 ** 20).toFixed(1)} MiB (baseline, one deep copy of the project: ${(projectBytes / 2 ** 20).toFixed(1)} MiB, i.e. ${((projectBytes * ops) / 2 ** 30).toFixed(1)} GiB for ${ops} snapshots)`);
}

const project = buildProject();
benchSave(project);
benchEdit(project);
