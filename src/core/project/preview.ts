/**
 * What the review screen's first frame shows of a project: its name and languages, how far the
 * review of one target has come, and that target's first pairs with their texts. It can be read
 * off a project file's bytes without parsing the whole file (preview-bytes.ts), because JSON.parse
 * of a 50,000-pair file takes most of half a second and the screen can be drawn before it; or taken
 * from a parsed project, here.
 */
import type { Project, ProjectBead, ProjectDocument, ProjectMeta } from '../types.js';

/** One pair as the first frame shows it. */
export interface PreviewPair {
  bead: ProjectBead;
  source: string[];
  target: string[];
}

/** The target a preview shows. */
export interface PreviewTarget {
  lang: string;
  beadCount: number;
  confirmedCount: number;
  /** The first pairs, as many as asked for (fewer when the target has fewer). */
  pairs: PreviewPair[];
}

/** What the first frame of the review screen needs of a project. */
export interface ProjectPreview {
  meta: ProjectMeta;
  sourceLang: string;
  /** Languages of all targets, in file order. */
  targetLangs: string[];
  /** The target asked for, else the first one; absent when the project has no target. */
  target?: PreviewTarget;
}

/** Which target to preview (its language; the first target when absent or unknown) and how many pairs. */
export interface PreviewRequest {
  lang?: string;
  pairs: number;
}

/** The preview of a parsed project (when the file could not be previewed unparsed). */
export function previewOfProject(project: Project, request: PreviewRequest): ProjectPreview {
  const targetLangs = project.targets.map((target) => target.document.lang);
  const chosen = project.targets.find((target) => target.document.lang === request.lang) ?? project.targets[0];
  const preview: ProjectPreview = { meta: project.meta, sourceLang: project.source.lang, targetLangs };
  if (!chosen) return preview;
  const beads = chosen.beads.slice(0, request.pairs);
  let confirmedCount = 0;
  for (const bead of chosen.beads) if (bead.status === 'confirmed') confirmedCount++;
  const sourceText = textsOf(project.source, beads, 'source');
  const targetText = textsOf(chosen.document, beads, 'target');
  const pairs = beads.map((bead) => ({ bead, source: bead.source.map(sourceText), target: bead.target.map(targetText) }));
  return { ...preview, target: { lang: chosen.document.lang, beadCount: chosen.beads.length, confirmedCount, pairs } };
}

/** Text by segment id for the first beads: their segments lead the document (beads partition it in order). */
function textsOf(document: ProjectDocument, beads: readonly ProjectBead[], side: 'source' | 'target'): (id: string) => string {
  const used = beads.reduce((sum, bead) => sum + bead[side].length, 0);
  const leading = new Map(document.segments.slice(0, used).map((segment) => [segment.id, segment.text]));
  return (id) => leading.get(id) ?? document.segments.find((segment) => segment.id === id)?.text ?? '';
}
