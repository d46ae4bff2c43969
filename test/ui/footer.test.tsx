/** The footer at real widths in every UI language: the most useful keys that fit, never a key cut in half. */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { ReactNode } from 'react';
import { Box, renderToString } from 'ink';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { initI18n, tDynamic } from '../../src/i18n/index.js';
import { ReviewApp } from '../../src/ui/ReviewApp.js';
import { Footer } from '../../src/ui/components/Footer.js';
import { Header } from '../../src/ui/components/Header.js';
import { KEYMAP, displayKey } from '../../src/ui/keymap.js';
import { sampleProject } from './helpers.js';

/**
 * The frame of `node` in a terminal `width` columns wide. ink-testing-library's terminal is 100
 * columns, so wider screens go through Ink's renderToString, which takes the terminal width.
 */
function frameAt(node: ReactNode, width: number): string {
  const tree = (
    <Box width={width} flexDirection="column">
      {node}
    </Box>
  );
  if (width > 100) return renderToString(tree, { columns: width });
  const { lastFrame, unmount } = render(tree);
  const frame = lastFrame() ?? '';
  unmount();
  return frame;
}

const footerAt = (width: number) => frameAt(<Footer digits="" width={width} />, width);

/** The footer keys of the keymap as "key label", most important first, help and quit last. */
function keyTexts(): { ranked: string[]; always: string[] } {
  const text = (b: (typeof KEYMAP)[number]) => `${displayKey(b.keys[0]!)} ${tDynamic(b.label)}`;
  const ranked = KEYMAP.filter((b) => typeof b.footer === 'number').sort((a, b) => (a.footer as number) - (b.footer as number));
  return { ranked: ranked.map(text), always: KEYMAP.filter((b) => b.footer === 'always').map(text) };
}

describe('Footer', () => {
  after(() => initI18n('en'));

  for (const lng of ['en', 'zh-CN', 'fr']) {
    for (const width of [40, 80, 120]) {
      test(`${lng} at ${width} columns: help and quit always, then a prefix of the ranked keys, each whole`, () => {
        initI18n(lng);
        const line = footerAt(width);
        const { ranked, always } = keyTexts();
        assert.ok(stringWidth(line) <= width, line);
        assert.ok(!line.includes('…'), line);
        const parts = line.trim().split('  ');
        assert.deepEqual(parts.slice(-always.length), always, line);
        const shown = parts.slice(0, -always.length);
        assert.deepEqual(shown, ranked.slice(0, shown.length), line);
        // Dropped only for lack of room: the next key would not have fitted.
        const next = ranked[shown.length];
        if (next !== undefined) assert.ok(stringWidth(line) + 2 + stringWidth(next) > width, `${next} would fit: ${line}`);
      });
    }
  }

  test('fr at 80 columns (QA: was cut at "f filt…"): five keys, then aide and quitter', () => {
    initI18n('fr');
    assert.equal(footerAt(80), ' ⏎ confirmer  m fusionner  s scinder  e modifier  u annuler  ? aide  q quitter');
  });

  test('fr and zh-CN at 120 columns show every footer key, the language switch t included', () => {
    initI18n('fr');
    assert.equal(footerAt(120), ' ⏎ confirmer  m fusionner  s scinder  e modifier  u annuler  / chercher  f filtrer  t langue  ? aide  q quitter');
    initI18n('zh-CN');
    assert.equal(footerAt(120), ' ⏎ 确认  m 合并  s 拆分  e 编辑  u 撤销  / 搜索  f 筛选  t 语言  ? 帮助  q 退出');
  });

  test('the review screen in French at 80 columns ends with the whole footer, quitter last', () => {
    initI18n('fr');
    const app = render(<ReviewApp project={sampleProject()} author="li.wei" size={{ columns: 80, rows: 24 }} onSave={() => {}} onExit={() => {}} />);
    const lines = (app.lastFrame() ?? '').split('\n');
    app.unmount();
    assert.equal(lines.at(-1), ' ⏎ confirmer  m fusionner  s scinder  e modifier  u annuler  ? aide  q quitter');
    assert.match(lines[0]!, / \? aide$/);
  });

  test('en at 40 columns (the smallest screen): confirm and merge, then help and quit', () => {
    initI18n('en');
    assert.equal(footerAt(40), ' ⏎ confirm  m merge  ? help  q quit');
  });
});

describe('Header in French and Chinese', () => {
  after(() => initI18n('en'));
  const props = { name: 'scio-2020-q1', sourceLang: 'en', targetLang: 'zh-CN', confirmed: 3, total: 31, filter: 'unconfirmed', shown: 28, side: 'target' } as const;

  for (const [lng, help] of [['fr', '? aide'], ['zh-CN', '? 帮助']] as const) {
    for (const width of [80, 120]) {
      test(`${lng} at ${width} columns: one line, no wider than the screen, help hint whole at the end`, () => {
        initI18n(lng);
        const frame = frameAt(<Header {...props} isNarrow={width < 100} />, width);
        assert.equal(frame.split('\n').length, 1, frame);
        assert.ok(stringWidth(frame) <= width, frame);
        assert.ok(frame.endsWith(` ${help} `) || frame.endsWith(` ${help}`), frame);
        assert.ok(frame.startsWith(' bitext'), frame);
      });
    }
  }
});
