/**
 * The text of a `.bitext.json` file: indented JSON, with each segment, bead and revision on one line,
 * so the file reads well, diffs line by line in version control, and writes fast for autosave.
 * The text comes in pieces of about a thousand rows, so a save can write a 50,000-bead project
 * without ever holding its whole text (and a byte copy of it) in memory at once.
 */
import type { Project, ProjectDocument, ProjectTarget } from '../types.js';

const I1 = '  ';
const I2 = '    ';
const I3 = '      ';
const ROWS_PER_PIECE = 1000;

/** `[` one element per line `]`, each element compact JSON; `after` follows the closing bracket. */
function* rows(items: readonly unknown[], indent: string, after: string): Generator<string> {
  if (items.length === 0) {
    yield `[]${after}`;
    return;
  }
  for (let start = 0; start < items.length; start += ROWS_PER_PIECE) {
    const end = Math.min(items.length, start + ROWS_PER_PIECE);
    let piece = start === 0 ? '[\n' : ',\n';
    for (let i = start; i < end; i++) piece += `${i === start ? '' : ',\n'}${indent}${JSON.stringify(items[i])}`;
    yield end === items.length ? `${piece}\n${indent.slice(2)}]${after}` : piece;
  }
}

function* documentJson(document: ProjectDocument, indent: string, after: string): Generator<string> {
  const inner = indent + I1;
  yield `{\n${inner}"lang": ${JSON.stringify(document.lang)},\n${inner}"file": ${JSON.stringify(document.file)},\n${inner}"segments": `;
  yield* rows(document.segments, inner + I1, `\n${indent}}${after}`);
}

function* targetJson(target: ProjectTarget, after: string): Generator<string> {
  yield `${I2}{\n${I3}"document": `;
  yield* documentJson(target.document, I3, ',\n');
  yield `${I3}"beads": `;
  yield* rows(target.beads, I3 + I1, `\n${I2}}${after}`);
}

/** The file's text in pieces (joined, they are `serializeProject`'s text). */
export function* serializeProjectPieces(project: Project): Generator<string> {
  yield `{\n${I1}"format": ${JSON.stringify(project.format)},\n${I1}"version": ${project.version},\n${I1}"meta": ${JSON.stringify(project.meta)},\n${I1}"source": `;
  yield* documentJson(project.source, I1, ',\n');
  if (project.targets.length === 0) yield `${I1}"targets": [],\n`;
  else {
    yield `${I1}"targets": [\n`;
    for (let t = 0; t < project.targets.length; t++) yield* targetJson(project.targets[t]!, t === project.targets.length - 1 ? `\n${I1}],\n` : ',\n');
  }
  yield `${I1}"revisions": `;
  yield* rows(project.revisions, I2, '\n}\n');
}

/** Serialises a project as the file's text (ends with a newline). Parses back to an equal project. */
export function serializeProject(project: Project): string {
  let text = '';
  for (const piece of serializeProjectPieces(project)) text += piece;
  return text;
}
