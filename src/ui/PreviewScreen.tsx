/**
 * The review screen's first frame, drawn from a preview of the project (core/project/preview.ts)
 * before the whole file is parsed: the same header, list and footer the screen itself draws when it
 * opens (cursor on the first pair, no filter), from the first pairs alone. It reads no key; the
 * screen replaces it, before any key is read, once the project has loaded (see run-review.tsx).
 */
import type { PreviewTarget, ProjectPreview } from '../core/project/preview.js';
import { Footer } from './components/Footer.js';
import { Header } from './components/Header.js';
import { PairList } from './components/PairList.js';
import { EmptyList, ReviewFrame, TooSmall, bodyRows, isTooSmall } from './components/ReviewFrame.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { TerminalSize } from './hooks/use-terminal-size.js';
import { isSideBySide, wideColumns } from './layout/pair-layout.js';
import { layoutOptions, rowsOfPairs, viewportOfPairs } from './state/list-model.js';
import type { PairView } from './state/pairs.js';
import { initialViewState } from './state/view-reducer.js';
import type { Notice } from './state/view-reducer.js';

/** Props of PreviewScreen. */
export interface PreviewScreenProps {
  preview: ProjectPreview & { target: PreviewTarget };
  /** The message the screen opens with. */
  notice?: Notice;
  /** Fixed terminal size (tests and benchmarks). */
  size?: TerminalSize;
}

/** The first frame of the review screen, from a preview. */
export function PreviewScreen({ preview, notice, size }: PreviewScreenProps) {
  const terminal = useTerminalSize(size);
  if (isTooSmall(terminal)) return <TooSmall size={terminal} />;
  const { target } = preview;
  const view = initialViewState({ notice });
  const rows = bodyRows(terminal);
  const options = layoutOptions(preview.sourceLang, target.lang, target.beadCount, terminal.columns);
  const pairs: PairView[] = target.pairs.map((pair, index) => ({ index, ...pair }));
  const pairAtPosition = (position: number) => pairs[position];
  const viewport = viewportOfPairs(pairAtPosition, pairs.length, options, rows);
  const body =
    pairs.length === 0 ? (
      <EmptyList height={rows} />
    ) : (
      <PairList rows={rowsOfPairs(pairAtPosition, options, viewport, view)} height={rows} activeSide={view.side} columns={isSideBySide(terminal.columns) ? wideColumns(options) : undefined} />
    );
  const header = (
    <Header
      name={preview.meta.name}
      sourceLang={preview.sourceLang}
      targetLang={target.lang}
      confirmed={target.confirmedCount}
      total={target.beadCount}
      filter={view.filter}
      shown={target.beadCount}
      side={view.side}
      isNarrow={!isSideBySide(terminal.columns)}
    />
  );
  return <ReviewFrame width={terminal.columns} header={header} body={body} bottom={<Footer notice={view.notice} digits={view.digits} width={terminal.columns} />} />;
}
