/**
 * zod (95 modules, some 80 ms in a new process) loads when a project is first validated, not when a
 * command merely imports the project file code: `bitext review` draws its first frame before it
 * validates, and must not pay for zod before that frame.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveProject } from '../../src/io/project-file.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { goldProject } from '../core/project/gold-project.js';

const source = (path: string) => JSON.stringify(new URL(`../../src/${path}`, import.meta.url).href);

test('importing the review command and the project file code does not load zod; loading a project does', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'bitext-zod-')), 'p.bitext.json');
  saveProject(path, goldProject(['zh-CN']));
  // Both of zod's builds (ES module and CommonJS) set this global when they are evaluated.
  const script = `
    const zodLoaded = () => '__zod_globalConfig' in globalThis;
    await import(${source('commands/review.ts')});
    await import(${source('io/project-journal.ts')});
    await import(${source('core/project/index.ts')});
    const { loadProject } = await import(${source('io/project-file.ts')});
    const afterImport = zodLoaded();
    const project = loadProject(${JSON.stringify(path)});
    console.log(JSON.stringify({ afterImport, afterLoad: zodLoaded(), beads: project.targets[0].beads.length > 0 }));
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), { afterImport: false, afterLoad: true, beads: true });
});
