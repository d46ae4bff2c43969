/**
 * The text of a `.bitext.json` file: indented JSON, with each segment, bead and revision on one line,
 * so the file reads well, diffs line by line in version control, and writes fast for autosave.
 */
import type { Project, ProjectDocument, ProjectTarget } from '../types.js';

const I1 = '  ';
const I2 = '    ';
const I3 = '      ';

/** `[` one element per line `]`, each element compact JSON. */
function rows(items: readonly unknown[], indent: string): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => indent + JSON.stringify(item)).join(',\n')}\n${indent.slice(2)}]`;
}

function documentJson(document: ProjectDocument, indent: string): string {
  const inner = indent + I1;
  return `{\n${inner}"lang": ${JSON.stringify(document.lang)},\n${inner}"file": ${JSON.stringify(document.file)},\n${inner}"segments": ${rows(document.segments, inner + I1)}\n${indent}}`;
}

function targetJson(target: ProjectTarget): string {
  return `${I2}{\n${I3}"document": ${documentJson(target.document, I3)},\n${I3}"beads": ${rows(target.beads, I3 + I1)}\n${I2}}`;
}

/** Serialises a project as the file's text (ends with a newline). Parses back to an equal project. */
export function serializeProject(project: Project): string {
  const targets = project.targets.length === 0 ? '[]' : `[\n${project.targets.map(targetJson).join(',\n')}\n${I1}]`;
  return (
    `{\n${I1}"format": ${JSON.stringify(project.format)},\n${I1}"version": ${project.version},\n` +
    `${I1}"meta": ${JSON.stringify(project.meta)},\n` +
    `${I1}"source": ${documentJson(project.source, I1)},\n` +
    `${I1}"targets": ${targets},\n` +
    `${I1}"revisions": ${rows(project.revisions, I2)}\n}\n`
  );
}
