/**
 * What an export writes, whatever the format: translation units taken from a project's beads. Every
 * format (TMX, TSV, XLIFF) reads the same units, so they all skip the same beads and count them the
 * same way. Several targets are grouped into one unit when their beads cover exactly the same source
 * segments (same source text, same sentence boundaries); a target whose bead covers a different set
 * gets a unit of its own, which is the only faithful way to keep both alignments.
 *
 * Units are produced lazily (`exportUnits`), so an export of a million beads never holds a second copy
 * of the project: beads partition their documents in order (a project invariant), so each segment is
 * found at a cursor instead of through an index, and several targets are merged as sorted streams.
 */
import type { BeadStatus, Project, ProjectBead, ProjectDocument, ProjectTarget, Revision } from '../types.js';
import { UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { joinSegmentTexts } from '../project/segment-text.js';
import { sameLanguage } from './language-tag.js';

/** Which beads to export. */
export interface ExportSelection {
  /** `confirmed`: only beads a person confirmed; `all`: confirmed and automatic (never excluded). @default 'confirmed' */
  status?: 'confirmed' | 'all';
  /** Target languages to export (any case); all targets when empty or absent. */
  targets?: readonly string[];
}

/** One target side of a unit. */
export interface UnitTarget {
  lang: string;
  document: string;
  text: string;
  bead: ProjectBead;
  /** `2-1` for two source sentences aligned with one target sentence. */
  beadType: string;
  /** The latest revision that touched this bead, if any. */
  lastRevision?: Revision;
}

/** One translation unit: a source text and its translations. */
export interface ExportUnit {
  /** Source segment ids joined by `+`: unique in the export, stable across exports. */
  id: string;
  sourceLang: string;
  sourceDocument: string;
  sourceText: string;
  targets: UnitTarget[];
}

/** How many beads were left out of an export, and why. */
export interface SkippedCounts {
  excluded: number;
  unconfirmed: number;
  emptySide: number;
}

interface Candidate {
  firstIndex: number;
  key: string;
  size: number;
  targetOrder: number;
  sourceText: string;
  target: UnitTarget;
}

function revisionKey(lang: string, beadId: string): string {
  return `${lang}\u0000${beadId}`;
}

function latestRevisions(revisions: readonly Revision[]): Map<string, Revision> {
  const latest = new Map<string, Revision>();
  for (const revision of revisions) for (const bead of revision.beads) latest.set(revisionKey(revision.lang, bead), revision);
  return latest;
}

/** The project's targets chosen by `selection.targets`; an unknown language is a user error. */
export function selectTargets(project: Project, targets: readonly string[] | undefined): Project['targets'] {
  if (!targets || targets.length === 0) return project.targets;
  return targets.map((lang) => {
    const target = project.targets.find((candidate) => sameLanguage(candidate.document.lang, lang));
    if (!target) throw new UserError('export-unknown-target', { lang, available: project.targets.map((t) => t.document.lang).join(', ') });
    return target;
  });
}

/**
 * Finds segments of one document by id, in bead order: the next id is almost always the segment after
 * the last one found. A project that breaks the order still exports, through an index built then.
 */
class SegmentCursor {
  private next = 0;
  private index: Map<string, number> | undefined;
  /** Position of the first segment of the last `text` call. */
  firstIndex = 0;

  constructor(
    private readonly document: ProjectDocument,
    private readonly lang: string,
  ) {}

  /** Position of segment `id`; `export-unknown-segment` (naming `beadId`) when there is none. */
  indexOf(id: string, beadId: string): number {
    const segments = this.document.segments;
    if (segments[this.next]?.id === id) return this.next++;
    this.index ??= new Map(segments.map((segment, i) => [segment.id, i]));
    const at = this.index.get(id);
    if (at === undefined) throw new UserError('export-unknown-segment', { bead: beadId, lang: this.lang, segment: id }, EXIT.dataError);
    this.next = at + 1;
    return at;
  }

  /** The texts of `ids` joined as the review screen joins merged segments (so an export equals a merge done by hand). */
  text(ids: readonly string[], beadId: string): string {
    let joined = '';
    for (let k = 0; k < ids.length; k++) {
      const at = this.indexOf(ids[k]!, beadId);
      const text = this.document.segments[at]!.text;
      if (k === 0) this.firstIndex = at;
      joined = k === 0 ? text : joinSegmentTexts(joined, text);
    }
    return joined;
  }
}

function isSelected(status: BeadStatus, wanted: 'confirmed' | 'all', skipped: SkippedCounts): boolean {
  if (status === 'excluded') skipped.excluded += 1;
  else if (status === 'auto' && wanted === 'confirmed') skipped.unconfirmed += 1;
  else return true;
  return false;
}

/** The exported beads of one target, in source order, counting those left out. */
function* targetCandidates(project: Project, target: ProjectTarget, targetOrder: number, wanted: 'confirmed' | 'all', revisions: Map<string, Revision>, skipped: SkippedCounts): Generator<Candidate> {
  const lang = target.document.lang;
  const sources = new SegmentCursor(project.source, project.source.lang);
  const targets = new SegmentCursor(target.document, lang);
  for (const bead of target.beads) {
    if (!isSelected(bead.status, wanted, skipped)) continue;
    if (bead.source.length === 0 || bead.target.length === 0) {
      skipped.emptySide += 1;
      continue;
    }
    const text = targets.text(bead.target, bead.id);
    const sourceText = sources.text(bead.source, bead.id);
    const firstIndex = sources.firstIndex;
    const lastRevision = revisions.size > 0 ? revisions.get(revisionKey(lang, bead.id)) : undefined;
    const unitTarget: UnitTarget = { lang, document: target.document.file, text, bead, beadType: `${bead.source.length}-${bead.target.length}` };
    if (lastRevision) unitTarget.lastRevision = lastRevision;
    yield { firstIndex, key: bead.source.length === 1 ? bead.source[0]! : bead.source.join('+'), size: bead.source.length, targetOrder, sourceText, target: unitTarget };
  }
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return a.firstIndex - b.firstIndex || a.size - b.size || a.key.localeCompare(b.key) || a.targetOrder - b.targetOrder;
}

/** Every target's candidates merged in source order (each stream is already in source order). */
function* mergedCandidates(streams: Array<Iterator<Candidate>>): Generator<Candidate> {
  const heads = streams.map((stream) => stream.next());
  for (;;) {
    let best: Candidate | undefined;
    let bestAt = -1;
    heads.forEach((head, i) => {
      if (!head.done && (!best || compareCandidates(head.value, best) < 0)) [best, bestAt] = [head.value, i];
    });
    if (!best) return;
    yield best;
    heads[bestAt] = streams[bestAt]!.next();
  }
}

/**
 * The units of an export, one at a time in source order. `skipped` counts the beads left out
 * (excluded, not confirmed when only confirmed beads are wanted, or with an empty side); it is complete
 * once the units are.
 */
export function* exportUnits(project: Project, selection: ExportSelection, skipped: SkippedCounts): Generator<ExportUnit> {
  const wanted = selection.status ?? 'confirmed';
  const revisions = latestRevisions(project.revisions);
  const streams = selectTargets(project, selection.targets).map((target, order) => targetCandidates(project, target, order, wanted, revisions, skipped));
  let unit: ExportUnit | undefined;
  for (const candidate of streams.length === 1 ? streams[0]! : mergedCandidates(streams)) {
    if (unit && unit.id === candidate.key) {
      unit.targets.push(candidate.target);
      continue;
    }
    if (unit) yield unit;
    unit = { id: candidate.key, sourceLang: project.source.lang, sourceDocument: project.source.file, sourceText: candidate.sourceText, targets: [candidate.target] };
  }
  if (unit) yield unit;
}

/** All the units of an export at once, with the counts of beads left out (for small outputs: TSV, XLIFF). */
export function collectExportUnits(project: Project, selection: ExportSelection = {}): { units: ExportUnit[]; skipped: SkippedCounts } {
  const skipped: SkippedCounts = { excluded: 0, unconfirmed: 0, emptySide: 0 };
  return { units: [...exportUnits(project, selection, skipped)], skipped };
}
