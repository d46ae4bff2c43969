/**
 * Projects and TMX files compared bead by bead: beads are matched on their source text, and a
 * bead is unchanged only when its source and its target texts are both unchanged.
 */
import { UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import type { Project, ProjectDocument, ProjectTarget } from '../types.js';
import { diffUnits, sentenceUnits } from './compare.js';
import { joinSegments } from './entry.js';
import type { Comparison } from './report.js';
import type { DiffUnit } from './types.js';

function textsOf(document: ProjectDocument): Map<string, string> {
  return new Map(document.segments.map((s) => [s.id, s.text]));
}

/** The beads of one target as diff units: key = source text, texts = [source, target]. */
export function beadUnits(project: Project, target: ProjectTarget): DiffUnit[] {
  const source = textsOf(project.source);
  const translation = textsOf(target.document);
  return target.beads.map((bead) => {
    const sourceText = joinSegments(bead.source.map((id) => source.get(id) ?? ''), project.source.lang);
    const targetText = joinSegments(bead.target.map((id) => translation.get(id) ?? ''), target.document.lang);
    return { key: sourceText, texts: [sourceText, targetText], id: bead.id };
  });
}

/**
 * Compares two versions of a project (or two TMX files read as projects): one comparison per
 * target language they share, or of the source texts alone when neither has a target.
 * @param lang compare only this target language
 * @throws UserError `diff-no-common-target` when the projects share no target language
 */
export function diffProjectVersions(before: Project, after: Project, lang?: string): Comparison[] {
  if (before.targets.length === 0 && after.targets.length === 0) {
    const sourceLang = after.source.lang;
    const texts = (p: Project) => p.source.segments.map((s) => s.text);
    const result = diffUnits(sentenceUnits(texts(before)), sentenceUnits(texts(after)), { langs: [sourceLang] });
    return [{ title: sourceLang, result }];
  }
  const comparisons: Comparison[] = [];
  for (const newTarget of after.targets) {
    const targetLang = newTarget.document.lang;
    if (lang !== undefined && targetLang.toLowerCase() !== lang.toLowerCase()) continue;
    const oldTarget = before.targets.find((t) => t.document.lang.toLowerCase() === targetLang.toLowerCase());
    if (!oldTarget) continue;
    const langs = [after.source.lang, targetLang];
    const result = diffUnits(beadUnits(before, oldTarget), beadUnits(after, newTarget), { langs });
    comparisons.push({ title: `${after.source.lang} → ${targetLang}`, result });
  }
  if (comparisons.length === 0) throw new UserError('diff-no-common-target', { lang: lang ? ` (${lang})` : '' }, EXIT.userError);
  return comparisons;
}
