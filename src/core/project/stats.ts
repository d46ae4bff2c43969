/**
 * Figures about a project for `bitext info` and the review header: counts by status and by bead
 * shape, how many segments were edited, and a histogram of the aligner's confidence.
 */
import type { BeadStatus, Project, ProjectTarget } from '../types.js';

/** Number of histogram bins over [0, 1]; bin k holds confidences in [k/10, (k+1)/10), the last includes 1. */
export const CONFIDENCE_BINS = 10;

/** Figures for one target. */
export interface TargetStats {
  lang: string;
  file: string;
  segments: number;
  beads: number;
  byStatus: Record<BeadStatus, number>;
  /** Bead shapes such as `1-1`, `2-1`, `0-1`, most frequent first (ties by name). */
  byType: Array<{ type: string; count: number }>;
  /** Target segments whose text was edited. */
  editedSegments: number;
  /** Confidence histogram of the beads still `auto` (the ones left to review). */
  confidence: number[];
  /** Beads still `auto` with a confidence below 0.5: where to look first. */
  lowConfidence: number;
}

/** Figures for a whole project. */
export interface ProjectStats {
  name: string;
  source: { lang: string; file: string; segments: number; editedSegments: number };
  targets: TargetStats[];
  revisions: number;
  created: string;
  changed: string;
  author: string;
  toolVersion: string;
}

function targetStats(target: ProjectTarget): TargetStats {
  const byStatus: Record<BeadStatus, number> = { auto: 0, confirmed: 0, excluded: 0 };
  const types = new Map<string, number>();
  const confidence = new Array<number>(CONFIDENCE_BINS).fill(0);
  let lowConfidence = 0;
  for (const bead of target.beads) {
    byStatus[bead.status]++;
    const type = `${bead.source.length}-${bead.target.length}`;
    types.set(type, (types.get(type) ?? 0) + 1);
    if (bead.status !== 'auto') continue;
    confidence[Math.min(CONFIDENCE_BINS - 1, Math.floor(bead.confidence * CONFIDENCE_BINS))]!++;
    if (bead.confidence < 0.5) lowConfidence++;
  }
  const byType = [...types].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return {
    lang: target.document.lang,
    file: target.document.file,
    segments: target.document.segments.length,
    beads: target.beads.length,
    byStatus,
    byType,
    editedSegments: target.document.segments.filter((s) => s.original !== undefined).length,
    confidence,
    lowConfidence,
  };
}

/** Computes the figures of a project. */
export function projectStats(project: Project): ProjectStats {
  return {
    name: project.meta.name,
    source: {
      lang: project.source.lang,
      file: project.source.file,
      segments: project.source.segments.length,
      editedSegments: project.source.segments.filter((s) => s.original !== undefined).length,
    },
    targets: project.targets.map(targetStats),
    revisions: project.revisions.length,
    created: project.meta.created,
    changed: project.meta.changed,
    author: project.meta.author,
    toolVersion: project.meta.toolVersion,
  };
}
