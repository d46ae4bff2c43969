/**
 * The first frame of `bitext review` comes from a preview of the project file, and the screen
 * replaces it once the project has loaded: the two must be the same frame, or the screen would
 * jump as it becomes usable. Compared character for character, on the terminal sizes and projects
 * that change the layout (side by side or stacked, number width, statuses, a notice).
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { render } from 'ink-testing-library';
import { applyAction, serializeProject } from '../../src/core/project/index.js';
import { previewProjectBytes } from '../../src/core/project/preview-bytes.js';
import type { Project } from '../../src/core/types.js';
import { initI18n } from '../../src/i18n/index.js';
import { PreviewScreen } from '../../src/ui/PreviewScreen.js';
import { ReviewApp } from '../../src/ui/ReviewApp.js';
import type { Notice } from '../../src/ui/state/view-reducer.js';
import { repeatedGoldProject } from '../core/project/gold-project.js';
import { FIXED_NOW, sampleProject } from './helpers.js';

const tick = async () => {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setTimeout(resolve, 0));
};

async function frames(project: Project, size: { columns: number; rows: number }, lang?: string, notice?: Notice): Promise<{ preview: string; screen: string }> {
  const preview = previewProjectBytes(new TextEncoder().encode(serializeProject(project)), { lang, pairs: size.rows });
  assert.ok(preview?.target, 'the file has a preview');
  const first = render(<PreviewScreen preview={{ ...preview, target: preview.target }} size={size} notice={notice} />);
  const screen = render(<ReviewApp project={project} lang={lang} author="li.wei" now={FIXED_NOW} size={size} initialNotice={notice} onSave={() => {}} onExit={() => {}} />);
  await tick();
  const frames = { preview: first.lastFrame() ?? '', screen: screen.lastFrame() ?? '' };
  first.unmount();
  screen.unmount();
  return frames;
}

describe('the preview frame', () => {
  before(() => initI18n('en'));

  test('is the frame the screen draws when it opens, side by side and stacked', async () => {
    for (const size of [
      { columns: 100, rows: 30 },
      { columns: 140, rows: 50 },
      { columns: 80, rows: 24 },
      { columns: 40, rows: 10 },
    ]) {
      for (const lang of ['zh-CN', 'fr']) {
        const { preview, screen } = await frames(sampleProject(), size, lang);
        assert.match(screen, lang === 'fr' ? /en → fr/ : /en → zh-CN/, 'the frame is the screen, not an error');
        assert.equal(preview, screen, `${size.columns}×${size.rows} ${lang}`);
      }
    }
  });

  test('shows the same progress, statuses, weak pairs and notice as the screen', async () => {
    const context = { author: 'li.wei', time: FIXED_NOW() };
    let project = applyAction(sampleProject(), { type: 'confirm-through', lang: 'zh-CN', bead: 'b2' }, context);
    project = applyAction(project, { type: 'set-status', lang: 'zh-CN', bead: 'b4', status: 'excluded' }, context);
    const notice: Notice = { key: 'staleLock', params: { pid: 4242 } };
    const { preview, screen } = await frames(project, { columns: 100, rows: 30 }, 'zh-CN', notice);
    assert.match(screen, /3\/35 confirmed/);
    assert.match(screen, /4242/, 'the notice is shown');
    assert.equal(preview, screen);
  });

  test('pads pair numbers to the widest of a long project', async () => {
    // 34 gold beads repeated 300 times: numbers up to 10,200, five digits wide.
    const { preview, screen } = await frames(repeatedGoldProject(300), { columns: 120, rows: 40 });
    assert.match(screen, /0\/10200 confirmed/);
    assert.match(screen, / {4}1 · 1-1/, 'number 1 padded to five columns');
    assert.equal(preview, screen);
  });
});
