import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Box } from 'ink';
import { render } from 'ink-testing-library';
import { Header } from '../../src/ui/components/Header.js';
import { initI18n } from '../../src/i18n/index.js';

initI18n('en');

const props = { name: 'scio-2020-q1', sourceLang: 'en', targetLang: 'zh-CN', confirmed: 3, total: 31, filter: 'all', shown: 31, side: 'target' } as const;

test('Header: a narrow terminal shortens the left part with an ellipsis and keeps "? help" whole, after a space', () => {
  const { lastFrame, unmount } = render(
    <Box width={60}>
      <Header {...props} isNarrow />
    </Box>,
  );
  const line = lastFrame() ?? '';
  unmount();
  assert.match(line, /… \? help$/);
  assert.match(line, /^ bitext · en → zh-CN · 3\/31 confirmed/);
});

test('Header: a wide terminal shows the whole line, project name included', () => {
  const { lastFrame, unmount } = render(
    <Box width={100}>
      <Header {...props} isNarrow={false} />
    </Box>,
  );
  const line = lastFrame() ?? '';
  unmount();
  assert.match(line, /scio-2020-q1 · en → zh-CN · 3\/31 confirmed · filter: all · acting on: target/);
  assert.match(line, / \? help$/);
});
