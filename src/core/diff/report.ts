/** What the renderers receive: one or more comparisons between two named inputs. */
import type { Revision } from '../types.js';
import type { ChangeKind, DiffResult } from './types.js';

/** What was compared. */
export type ReportSubject = 'text' | 'project' | 'tmx' | 'revision';

/** One comparison of a report: a text, or one target language of a project or TMX file. */
export interface Comparison {
  /** Short title (the languages compared, e.g. "en → zh-CN"). */
  title: string;
  result: DiffResult;
}

/** Everything a renderer shows. */
export interface DiffReport {
  subject: ReportSubject;
  /** How the old and new inputs are named for people (file names, "rev 3"). */
  oldName: string;
  newName: string;
  comparisons: Comparison[];
  /** For a revision diff: the revisions recorded between the two compared ones. */
  revisions?: Revision[];
}

/** Translates a locale key of the `diff.*` surface; the core never calls i18next itself. */
export type Translate = (key: DiffLabelKey, params?: Record<string, string | number>) => string;

/** The locale keys the renderers use. */
export type DiffLabelKey =
  | `diff.kind.${ChangeKind}`
  | 'diff.position.old'
  | 'diff.position.new'
  | 'diff.position.none'
  | 'diff.skipped'
  | 'diff.summary'
  | 'diff.summaryCount'
  | 'diff.listSeparator'
  | 'diff.summaryWords'
  | 'diff.identical'
  | 'diff.htmlTitle'
  | 'diff.columnOld'
  | 'diff.columnNew';

/** How to render a report. */
export interface RenderOptions {
  /** Unchanged segments shown around each change. @default 1 */
  context?: number;
  /** Show only these kinds of change (all when absent). */
  only?: ReadonlySet<ChangeKind>;
  translate: Translate;
}

/** True when no comparison of the report found a difference. */
export function isReportEqual(report: DiffReport): boolean {
  return report.comparisons.every((c) => c.result.entries.every((e) => e.kind === 'equal'));
}
