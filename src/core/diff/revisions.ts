/**
 * Revision diff: the texts of a project as they were at revision A and at revision B, compared side
 * by side. A project keeps only its latest state and a log of revisions; each text operation in the
 * log records its before and after texts, so earlier texts are recovered by undoing the log.
 */
import { UserError } from '../errors.js';
import type { Project, Revision } from '../types.js';
import { diffSentences, diffUnits, sentenceUnits } from './compare.js';
import type { Comparison } from './report.js';

/** The segments of one document (the source, or a target) at some revision. */
export interface SideTexts {
  side: 'source' | 'target';
  lang: string;
  segments: Array<{ id: string; text: string }>;
}

/** The operation `update` records: the whole source before and after re-segmentation. */
export const UPDATE_SOURCE_OPERATION = 'update-source';

/** The latest revision number of a project (0 when nothing was recorded). */
export function latestRevision(project: Project): number {
  return project.revisions.reduce((max, r) => Math.max(max, r.number), 0);
}

function currentTexts(project: Project): SideTexts[] {
  const side = (kind: 'source' | 'target', lang: string, segments: Project['source']['segments']): SideTexts => ({
    side: kind,
    lang,
    segments: segments.map((s) => ({ id: s.id, text: s.text })),
  });
  return [side('source', project.source.lang, project.source.segments), ...project.targets.map((t) => side('target', t.document.lang, t.document.segments))];
}

/** Undoes the text effect of one revision on the document it touched. */
function undoRevision(sides: SideTexts[], revision: Revision): void {
  if (revision.side === 'both' || !revision.before) return;
  const doc = revision.side === 'source' ? sides[0]! : sides.find((s) => s.side === 'target' && s.lang === revision.lang);
  if (!doc) return;
  const ids = revision.segments ?? [];
  const before = revision.before;
  if (revision.operation === UPDATE_SOURCE_OPERATION) {
    doc.segments = undoUpdate(doc.segments, before, revision.number);
    return;
  }
  const at = findSegment(doc.segments, ids[0], revision.after ?? []);
  if (at < 0) throw new UserError('diff-rev-not-undoable', { revision: revision.number });
  // Edits replace one segment, splits two (back into one), merges one (back into two).
  const replaced = revision.operation === 'split-segment' ? 2 : 1;
  const restored = before.map((text, k) => ({ id: k === 0 ? ids[0]! : `${ids[0]!}~${revision.number}.${k}`, text }));
  doc.segments.splice(at, replaced, ...restored);
}

/**
 * Where the segment a revision touched is now: by id, else (when undoing a later merge made up an
 * id) the only segment whose text is what the revision wrote.
 */
function findSegment(segments: SideTexts['segments'], id: string | undefined, after: readonly string[]): number {
  const byId = segments.findIndex((s) => s.id === id);
  if (byId >= 0 || after.length === 0) return byId;
  const byText = segments.flatMap((s, k) => (s.text === after[0] ? [k] : []));
  return byText.length === 1 ? byText[0]! : -1;
}

/** The source before an update: unchanged sentences get their ids back, the others get new ones. */
function undoUpdate(current: SideTexts['segments'], before: readonly string[], number: number): SideTexts['segments'] {
  const { entries } = diffSentences(current.map((s) => s.text), before, { lang: 'und' });
  const restored: SideTexts['segments'] = [];
  for (const entry of entries) {
    entry.new.forEach((j, k) => {
      const id = entry.kind === 'equal' ? current[entry.old[k]!]!.id : `r${number}.${j}`;
      restored.push({ id, text: before[j]! });
    });
  }
  return restored;
}

/** The texts of every document of `project` as they were right after revision `number`. */
export function textsAtRevision(project: Project, number: number): SideTexts[] {
  const sides = currentTexts(project);
  const newestFirst = [...project.revisions].sort((a, b) => b.number - a.number);
  for (const revision of newestFirst) {
    if (revision.number <= number) break;
    undoRevision(sides, revision);
  }
  return sides;
}

/**
 * Compares a project's texts at revision `from` with its texts at revision `to`, one comparison
 * per document, and lists the revisions in between.
 * @throws UserError `diff-rev-out-of-range` for a revision the project does not have
 */
export function diffRevisions(project: Project, from: number, to: number, path: string): { comparisons: Comparison[]; revisions: Revision[] } {
  const latest = latestRevision(project);
  for (const revision of [from, to]) {
    if (!Number.isInteger(revision) || revision < 0 || revision > latest) throw new UserError('diff-rev-out-of-range', { revision, path, latest });
  }
  const before = textsAtRevision(project, from);
  const after = textsAtRevision(project, to);
  const comparisons = after.map((side, k) => {
    const old = before[k]!;
    const result = diffUnits(sentenceUnits(old.segments.map((s) => s.text)), sentenceUnits(side.segments.map((s) => s.text)), { langs: [side.lang] });
    return { title: `${side.side} (${side.lang})`, result };
  });
  const [low, high] = from <= to ? [from, to] : [to, from];
  const revisions = project.revisions.filter((r) => r.number > low && r.number <= high);
  return { comparisons, revisions };
}
