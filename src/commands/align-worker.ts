/**
 * A worker thread of `bitext align --batch`: aligns one manifest entry per message. The first
 * round returns word co-occurrences; the final round aligns with the lexicon learnt from all of
 * them and writes the entry's output.
 */
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { AlignWarning, CooccurrenceCounts, KeyLexicon, Lexicon } from '../core/align/index.js';
import { UserError } from '../core/errors.js';
import { lexiconsFor } from '../io/align-lexicons.js';
import type { AlignCommandOptions } from './align.js';
import { alignDocuments, readDocument, saveIntoProject } from './align.js';
import { formatAlignment } from './align-output.js';

/** One line of the manifest, with paths resolved. */
export interface BatchEntry {
  source: string;
  target: string;
  output: string;
}

/** A message to a worker. */
export interface BatchTask {
  round: 'first' | 'final';
  index: number;
  entry: BatchEntry;
  options: AlignCommandOptions;
  learnt?: KeyLexicon;
}

/** A worker's answer. */
export type BatchReply =
  | { index: number; ok: true; counts?: CooccurrenceCounts; warnings: AlignWarning[]; beads: number }
  | { index: number; ok: false; code: string; params: Record<string, string | number>; message?: string };

let lexicons: Lexicon[] | undefined;

function run(task: BatchTask): BatchReply {
  const { entry, options } = task;
  lexicons ??= lexiconsFor(options.sourceLang, options.targetLang, options.dict);
  const source = readDocument(entry.source, options.sourceLang, options.presegmented === true);
  const target = readDocument(entry.target, options.targetLang, options.presegmented === true);
  if (task.round === 'first') {
    const result = alignDocuments(source, target, options, lexicons, undefined, false);
    return { index: task.index, ok: true, counts: result.cooccurrences, warnings: result.warnings, beads: result.beads.length };
  }
  const result = alignDocuments(source, target, options, lexicons, task.learnt);
  if (entry.output.endsWith('.bitext.json')) saveIntoProject(entry.output, source, target, result, options);
  else {
    const texts = (segments: typeof source.segments) => segments.map((s) => s.text);
    writeFileSync(entry.output, formatAlignment(options.format, result.beads, texts(source.segments), texts(target.segments), options.sourceLang, options.targetLang));
  }
  return { index: task.index, ok: true, warnings: [], beads: result.beads.length };
}

parentPort?.on('message', (task: BatchTask) => {
  let reply: BatchReply;
  try {
    reply = run(task);
  } catch (error) {
    reply =
      error instanceof UserError
        ? { index: task.index, ok: false, code: error.code, params: { ...error.params } }
        : { index: task.index, ok: false, code: 'bug', params: {}, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
