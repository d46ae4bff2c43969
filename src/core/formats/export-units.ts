/**
 * What an export writes, whatever the format: translation units taken from a project's beads. Every
 * format (TMX, TSV, XLIFF) reads the same units, so they all skip the same beads and count them the
 * same way. Several targets are grouped into one unit when their beads cover exactly the same source
 * segments (same source text, same sentence boundaries); a target whose bead covers a different set
 * gets a unit of its own, which is the only faithful way to keep both alignments.
 */
import type { BeadStatus, Project, ProjectBead, ProjectSegment, Revision } from '../types.js';
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

function segmentTexts(ids: readonly string[], byId: Map<string, ProjectSegment>, lang: string, beadId: string): string {
  // Joined as the review screen joins merged segments, so an export equals a merge done by hand.
  return ids
    .map((id) => {
      const segment = byId.get(id);
      if (!segment) throw new UserError('export-unknown-segment', { bead: beadId, lang, segment: id }, EXIT.dataError);
      return segment.text;
    })
    .reduce((joined, text) => joinSegmentTexts(joined, text), '');
}

function isSelected(status: BeadStatus, wanted: 'confirmed' | 'all', skipped: SkippedCounts): boolean {
  if (status === 'excluded') skipped.excluded += 1;
  else if (status === 'auto' && wanted === 'confirmed') skipped.unconfirmed += 1;
  else return true;
  return false;
}

/**
 * The units of an export, in source order, plus the counts of beads left out (excluded, not confirmed
 * when only confirmed beads are wanted, or with an empty side). Iterate `units` once.
 */
export function collectExportUnits(project: Project, selection: ExportSelection = {}): { units: ExportUnit[]; skipped: SkippedCounts } {
  const wanted = selection.status ?? 'confirmed';
  const skipped: SkippedCounts = { excluded: 0, unconfirmed: 0, emptySide: 0 };
  const sourceById = new Map(project.source.segments.map((segment) => [segment.id, segment]));
  const sourceIndex = new Map(project.source.segments.map((segment, index) => [segment.id, index]));
  const revisions = latestRevisions(project.revisions);
  const candidates: Candidate[] = [];
  selectTargets(project, selection.targets).forEach((target, targetOrder) => {
    const lang = target.document.lang;
    const targetById = new Map(target.document.segments.map((segment) => [segment.id, segment]));
    for (const bead of target.beads) {
      if (!isSelected(bead.status, wanted, skipped)) continue;
      if (bead.source.length === 0 || bead.target.length === 0) {
        skipped.emptySide += 1;
        continue;
      }
      const text = segmentTexts(bead.target, targetById, lang, bead.id);
      const firstIndex = sourceIndex.get(bead.source[0] ?? '');
      if (firstIndex === undefined) throw new UserError('export-unknown-segment', { bead: bead.id, lang: project.source.lang, segment: bead.source[0] ?? '' }, EXIT.dataError);
      const lastRevision = revisions.get(revisionKey(lang, bead.id));
      const unitTarget: UnitTarget = { lang, document: target.document.file, text, bead, beadType: `${bead.source.length}-${bead.target.length}`, ...(lastRevision ? { lastRevision } : {}) };
      candidates.push({ firstIndex, key: bead.source.join('+'), size: bead.source.length, targetOrder, target: unitTarget });
    }
  });
  // Beads are already in source order within a target; the sort only interleaves several targets.
  if (project.targets.length > 1) candidates.sort((a, b) => a.firstIndex - b.firstIndex || a.size - b.size || a.key.localeCompare(b.key) || a.targetOrder - b.targetOrder);
  const units: ExportUnit[] = [];
  for (const candidate of candidates) {
    const previous = units.at(-1);
    if (previous && previous.id === candidate.key) {
      previous.targets.push(candidate.target);
      continue;
    }
    const sourceText = segmentTexts(candidate.target.bead.source, sourceById, project.source.lang, candidate.target.bead.id);
    units.push({ id: candidate.key, sourceLang: project.source.lang, sourceDocument: project.source.file, sourceText, targets: [candidate.target] });
  }
  return { units, skipped };
}
