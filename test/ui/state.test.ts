/** The pure state of the review screen: view reducer, line editor, split points, session summary. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reduceLineEditor, openEditor } from '../../src/ui/state/line-editor.js';
import type { LineEditorAction, LineEditorState } from '../../src/ui/state/line-editor.js';
import { initialSplitPoint, splitPoints } from '../../src/ui/state/split-points.js';
import { initialViewState, reduceView, scrollToShow } from '../../src/ui/state/view-reducer.js';
import type { Viewport } from '../../src/ui/state/view-reducer.js';

/** A list whose pair i is (i % 3) + 1 lines tall, counting how many heights were asked for. */
function viewport(count: number, rows: number): Viewport & { measured: () => number } {
  let measured = 0;
  return {
    count,
    rows,
    heightOf: (i) => {
      measured++;
      return (i % 3) + 1;
    },
    measured: () => measured,
  };
}

describe('reduceView', () => {
  test('moving down scrolls only when the focus would leave the screen', () => {
    const vp = viewport(100, 10);
    let state = initialViewState();
    for (let i = 0; i < 4; i++) state = reduceView(state, { type: 'move', by: 1 }, vp);
    assert.deepEqual([state.cursor, state.top], [4, 0]); // heights 1+2+3+1+2 = 9 ≤ 10
    state = reduceView(state, { type: 'move', by: 1 }, vp);
    assert.equal(state.cursor, 5);
    assert.equal(state.top, 2); // with pair 5 (3 lines): 12, without pair 0: 11, without pair 1 too: 9
    state = reduceView(state, { type: 'move', by: -5 }, vp);
    assert.deepEqual([state.cursor, state.top], [0, 0]);
  });

  test('G on 50,000 pairs measures only a screenful, not the whole list', () => {
    const vp = viewport(50_000, 40);
    const state = reduceView(initialViewState(), { type: 'last' }, vp);
    assert.equal(state.cursor, 49_999);
    assert.ok(vp.measured() < 200, `measured ${vp.measured()} pairs`);
    let used = 0;
    for (let i = state.top; i <= state.cursor; i++) used += vp.heightOf(i);
    assert.ok(used <= 40 && used + vp.heightOf(state.top - 1) > 40, 'the last pair sits at the bottom of a full screen');
  });

  test('page down moves the focus by about a screen; the focus never leaves the list', () => {
    const vp = viewport(30, 12);
    let state = reduceView(initialViewState(), { type: 'page', direction: 1 }, vp);
    assert.equal(state.cursor, 6); // 2+3+1+2+3+1 = 12 lines below the first pair
    for (let i = 0; i < 10; i++) state = reduceView(state, { type: 'page', direction: 1 }, vp);
    assert.equal(state.cursor, 29);
    state = reduceView(state, { type: 'move', by: 5 }, vp);
    assert.equal(state.cursor, 29);
  });

  test('a pair taller than the screen is shown from its first line', () => {
    assert.equal(scrollToShow(0, 2, { count: 3, rows: 4, heightOf: (i) => (i === 2 ? 9 : 1) }), 2);
  });

  test('digits accumulate for a jump; any move clears them', () => {
    const vp = viewport(100, 10);
    let state = reduceView(initialViewState(), { type: 'type-digit', digit: '4' }, vp);
    state = reduceView(state, { type: 'type-digit', digit: '2' }, vp);
    assert.equal(state.digits, '42');
    state = reduceView(state, { type: 'move', by: 1 }, vp);
    assert.equal(state.digits, '');
  });
});

describe('reduceLineEditor', () => {
  const run = (state: LineEditorState, ...actions: LineEditorAction[]) => actions.reduce(reduceLineEditor, state);

  test('Backspace removes a whole CJK character or accented letter, never half of one', () => {
    assert.deepEqual(run(openEditor('北京'), { type: 'backspace' }), { text: '北', cursor: 1 });
    assert.deepEqual(run(openEditor('cafe\u0301'), { type: 'backspace' }), { text: 'caf', cursor: 3 });
    assert.deepEqual(run(openEditor('ok 😀'), { type: 'backspace' }), { text: 'ok ', cursor: 3 });
  });

  test('word jumps stop at word starts in English and Chinese', () => {
    const en = run(openEditor('the State Council'), { type: 'word-left' });
    assert.equal(en.cursor, 10);
    assert.equal(run(en, { type: 'word-left' }, { type: 'word-left' }).cursor, 0);
    assert.equal(run(openEditor('国务院新闻办公室'), { type: 'home' }, { type: 'word-right' }).cursor > 0, true);
  });

  test('typing and pasting insert at the cursor; a pasted newline becomes a space', () => {
    const state = run(openEditor('2020年4月26日'), { type: 'home' }, { type: 'insert', text: '北京\n' }, { type: 'end' }, { type: 'insert', text: '发布' });
    assert.deepEqual(state, { text: '北京 2020年4月26日发布', cursor: 15 });
  });
});

describe('splitPoints', () => {
  test('between sentences first, else after the clause comma nearest the middle', () => {
    const two = ['First sentence.', 'Second one.'];
    const points = splitPoints(two);
    assert.deepEqual(points[initialSplitPoint(two, points)], { kind: 'between', at: 1 });
    const one = ['各省区市也派出干部驻企帮扶，协助企业开工生产、员工返岗。'];
    const inside = splitPoints(one);
    assert.deepEqual(inside[initialSplitPoint(one, inside)], { kind: 'inside', segment: 0, offset: 14 });
  });

  test('a one-character side cannot be split', () => {
    assert.equal(initialSplitPoint(['是'], splitPoints(['是'])), -1);
  });
});
