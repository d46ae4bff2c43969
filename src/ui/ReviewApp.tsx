/**
 * The review screen: header, the virtualised list of pairs, and a footer or the open panel. It
 * holds the session (project history + view) and saves the project after every change.
 */
import { Text, useApp } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UserError } from '../core/errors.js';
import type { Project } from '../core/types.js';
import { t } from '../i18n/index.js';
import { EditorPanel, TextWithCursor } from './components/EditorPanel.js';
import { Footer } from './components/Footer.js';
import { Header } from './components/Header.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { HistoryPanel } from './components/HistoryPanel.js';
import { PairList } from './components/PairList.js';
import { CHROME_LINES, EmptyList, ReviewFrame, TooSmall, isTooSmall } from './components/ReviewFrame.js';
import { SplitPanel } from './components/SplitPanel.js';
import { useAutosave } from './hooks/use-autosave.js';
import { useReviewKeys } from './hooks/use-review-keys.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { TerminalSize } from './hooks/use-terminal-size.js';
import { isSideBySide, wideColumns } from './layout/pair-layout.js';
import { wrapText } from './layout/wrap.js';
import { listRows } from './state/list-model.js';
import { confirmedCount, targetFor } from './state/pairs.js';
import type { SessionState, SessionSummary } from './state/session.js';
import { lastRevision, summarize } from './state/session.js';
import type { SessionContext } from './state/session-ops.js';
import { deriveList, errorNotice, focusedPair, notify } from './state/session-ops.js';
import { splitPoints } from './state/split-points.js';
import { initialViewState } from './state/view-reducer.js';
import type { Notice } from './state/view-reducer.js';


/** What the screen reports when it closes. */
export interface ReviewResult {
  project: Project;
  summary: SessionSummary;
}

/** Props of ReviewApp. */
export interface ReviewAppProps {
  project: Project;
  /** Target language to open; the first target when absent. */
  lang?: string;
  author: string;
  /** Revision the "changed" filter compares with. @default the project's last revision when opened */
  sinceRevision?: number;
  /** Saves the project; called right after every change is shown (autosave). A UserError it throws is shown. */
  onSave: (project: Project) => void;
  onExit: (result: ReviewResult) => void;
  /** Clock for revisions. @default the current time */
  now?: () => string;
  /** Fixed terminal size (tests and benchmarks). */
  size?: TerminalSize;
  /** A message for the footer when the screen opens. */
  initialNotice?: Notice;
}

const MAX_PANEL_LINES = 8;

function panelHeight(state: SessionState, columns: number, texts: readonly string[]): number {
  const text = state.view.mode === 'edit' ? (state.editor?.state.text ?? '') : texts.join(' ┊ ');
  return Math.min(MAX_PANEL_LINES, wrapText(`${text} `, columns - 2).length + 2);
}

/** The review screen. */
export function ReviewApp({ project, lang, author, sinceRevision, onSave, onExit, now = () => new Date().toISOString(), size, initialNotice }: ReviewAppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(size);
  const [state, setState] = useState<SessionState>(() => ({
    history: { present: project, past: [], future: [] },
    lang: targetFor(project, lang).document.lang,
    view: initialViewState({ notice: initialNotice }),
    isCharDiff: false,
  }));
  const stateRef = useRef(state);
  const since = sinceRevision ?? lastRevision(project);
  const startRevision = useRef(lastRevision(project)).current;

  const isPanel = state.view.mode === 'edit' || state.view.mode === 'split';
  const baseContext: SessionContext = { author, now, sinceRevision: since, width: columns, listRows: Math.max(1, rows - CHROME_LINES) };
  const pair = isPanel ? focusedPair(state, baseContext) : undefined;
  const panelTexts = pair ? pair[state.view.side] : [];
  const panelLines = isPanel ? panelHeight(state, columns, panelTexts) : 0;
  const context: SessionContext = { ...baseContext, listRows: Math.max(1, rows - CHROME_LINES + (isPanel ? 1 - panelLines : 0)) };

  const update = useCallback((transition: (s: SessionState) => SessionState) => {
    const previous = stateRef.current;
    const next = transition(previous);
    if (next === previous) return;
    stateRef.current = next;
    setState(next);
    if (next.history.present !== previous.history.present) autosaveRef.current.schedule(next.history.present);
  }, []);
  const onSaveError = useCallback((error: UserError) => update((s) => notify(s, 'saveFailed', errorNotice(error).params)), [update]);
  const autosave = useAutosave(onSave, onSaveError);
  const autosaveRef = useRef(autosave);
  useEffect(() => {
    autosaveRef.current = autosave;
  }, [autosave]);
  const quit = useCallback(() => {
    autosave.flush();
    const final = stateRef.current.history.present;
    onExit({ project: final, summary: summarize(final, startRevision) });
    exit();
  }, [autosave, exit, onExit, startRevision]);
  useReviewKeys(() => stateRef.current, update, context, quit);

  if (isTooSmall({ columns, rows })) return <TooSmall size={{ columns, rows }} />;
  const list = deriveList(state, context);
  const { view } = state;
  const body = () => {
    if (view.mode === 'help') return <HelpOverlay height={context.listRows} width={columns} />;
    if (view.mode === 'history') return <HistoryPanel project={list.project} lang={state.lang} pair={focusedPair(state, context)} isCharDiff={state.isCharDiff} height={context.listRows} />;
    if (list.visible.length === 0) return <EmptyList height={context.listRows} />;
    const rows = listRows(list.project, list.target, list.visible, list.options, list.viewport, view);
    return <PairList rows={rows} height={context.listRows} activeSide={view.side} columns={isSideBySide(columns) ? wideColumns(list.options) : undefined} />;
  };
  const bottom = () => {
    const number = (pair?.index ?? 0) + 1;
    const sideName = t(`review.side.${view.side}`);
    if (view.mode === 'edit' && state.editor) {
      const title = t('review.edit.title', { number, side: sideName, index: state.editor.segment + 1, count: panelTexts.length });
      return <EditorPanel title={title} hint={t('review.edit.hint')} editor={state.editor.state} height={panelLines} />;
    }
    if (view.mode === 'split' && state.split) {
      const title = t('review.split.title', { number, side: sideName });
      return <SplitPanel title={title} hint={t('review.split.hint')} texts={panelTexts} point={splitPoints(panelTexts)[state.split.point]} height={panelLines} />;
    }
    if (view.mode === 'search' && state.search) {
      return (
        <Text>
          {` ${t('review.search.prompt')} `}
          <TextWithCursor editor={state.search} />
        </Text>
      );
    }
    return <Footer notice={view.notice} digits={view.digits} width={columns} />;
  };
  const header = (
    <Header
      name={list.project.meta.name}
      sourceLang={list.project.source.lang}
      targetLang={state.lang}
      confirmed={confirmedCount(list.target)}
      total={list.target.beads.length}
      filter={view.filter}
      shown={list.visible.length}
      side={view.side}
      isNarrow={!isSideBySide(columns)}
    />
  );
  return <ReviewFrame width={columns} header={header} body={body()} bottom={bottom()} />;
}
