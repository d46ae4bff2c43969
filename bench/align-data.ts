/** Loading the alignment benchmark data: ../shared/bench/align and the sample corpus gold. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLadder } from './metric.js';
import type { LadderBead } from './metric.js';

/** One document pair with its gold beads. */
export interface GoldDocument {
  source: string[];
  target: string[];
  gold: LadderBead[];
}

/** A benchmark set: documents of one language pair. */
export interface GoldSet {
  name: string;
  sourceLang: string;
  targetLang: string;
  documents: GoldDocument[];
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SHARED_BENCH = process.env['BITEXT_BENCH_DATA'] ?? fileURLToPath(new URL('../../shared/bench/align/', import.meta.url));

/** The lines of a file, without the empty one after a final newline. */
export function lines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}

/** Every available set (missing shared data is skipped with a note). */
export function loadGoldSets(): GoldSet[] {
  const sets: GoldSet[] = [];
  const textberg = `${SHARED_BENCH}textberg-de-fr-dev/`;
  if (existsSync(textberg)) {
    sets.push({ name: 'Text+Berg de-fr dev', sourceLang: 'de', targetLang: 'fr', documents: [{ source: lines(`${textberg}dev.de`), target: lines(`${textberg}dev.fr`), gold: parseLadder(readFileSync(`${textberg}dev.defr`, 'utf8')) }] });
  }
  const mac = `${SHARED_BENCH}mac-zh-en-dev/`;
  if (existsSync(mac)) {
    const documents = readdirSync(`${mac}zh`).sort().map((file) => ({ source: lines(`${mac}zh/${file}`), target: lines(`${mac}en/${file}`), gold: parseLadder(readFileSync(`${mac}gold/${file}.align`, 'utf8')) }));
    sets.push({ name: 'MAC zh-en dev', sourceLang: 'zh', targetLang: 'en', documents });
  }
  const gold = `${ROOT}test/fixtures/gold/`;
  for (const lang of ['zh-CN', 'fr', 'ja', 'es', 'de']) {
    sets.push({
      name: `sample en-${lang}`,
      sourceLang: 'en',
      targetLang: lang,
      documents: [{ source: lines(`${gold}en.sentences.txt`), target: lines(`${gold}${lang}.sentences.txt`), gold: parseLadder(readFileSync(`${gold}en-${lang}.ladder`, 'utf8')) }],
    });
  }
  return sets;
}
