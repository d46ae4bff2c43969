/**
 * Problems with the input that do not stop an alignment but that the user must hear about: an
 * empty side, a language tag that does not match the text's script, wildly different lengths.
 */
import { primaryLanguage } from './lexicon.js';

/** A warning code (a locale key under `align.warnings.`) with its parameters. */
export interface AlignWarning {
  code: 'empty-side' | 'language-mismatch' | 'length-mismatch';
  params: Record<string, string | number>;
}

const SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ['Han', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Latin', /\p{Script=Latin}/u],
];

const EXPECTED_SCRIPTS: Readonly<Record<string, readonly string[]>> = {
  zh: ['Han'], ja: ['Han', 'Kana'], ko: ['Hangul', 'Han'], ru: ['Cyrillic'], uk: ['Cyrillic'], bg: ['Cyrillic'], sr: ['Cyrillic', 'Latin'],
  ar: ['Arabic'], fa: ['Arabic'], el: ['Greek'], he: ['Hebrew'],
};

/** Letters (and other non-ASCII characters) looked at before the script is decided. */
const ENOUGH_LETTERS = 20_000;

/** The script most letters of the text are written in, or undefined when there are none. */
export function dominantScript(sentences: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  const add = (script: string): void => {
    counts.set(script, (counts.get(script) ?? 0) + 1);
  };
  // Most of a Latin text is ASCII or accented Latin letters: those are counted apart, without a
  // pattern test and a map update each. A few thousand letters tell the script.
  let latinLetters = 0;
  let examined = 0;
  for (const sentence of sentences) {
    if (examined >= ENOUGH_LETTERS) break;
    for (let index = 0; index < sentence.length; index++) {
      const code = sentence.charCodeAt(index);
      if (code < 0x250) {
        if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7)) {
          latinLetters++;
          examined++;
        }
        continue;
      }
      examined++;
      const point = sentence.codePointAt(index)!;
      if (point > 0xffff) index++;
      const char = String.fromCodePoint(point);
      const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0];
      if (script) add(script);
    }
  }
  if (latinLetters > 0) counts.set('Latin', (counts.get('Latin') ?? 0) + latinLetters);
  let best: string | undefined;
  for (const [script, count] of counts) if (best === undefined || count > counts.get(best)!) best = script;
  return best;
}

/** Whether text mostly in `script` can be in language `lang` (unknown languages: any alphabet). */
export function scriptFits(lang: string, script: string): boolean {
  const expected = EXPECTED_SCRIPTS[primaryLanguage(lang)] ?? ['Latin'];
  return expected.includes(script);
}

/** Length ratio (in characters, after the language's usual ratio) above which we warn. */
const LENGTH_MISMATCH_FACTOR = 10;

/** Warnings about the input of one alignment. */
export function inputWarnings(source: readonly string[], target: readonly string[], sourceLang: string, targetLang: string): AlignWarning[] {
  const warnings: AlignWarning[] = [];
  if (source.length === 0 || target.length === 0) {
    warnings.push({ code: 'empty-side', params: { side: source.length === 0 ? 'source' : 'target' } });
    return warnings;
  }
  for (const [side, sentences, lang] of [['source', source, sourceLang], ['target', target, targetLang]] as const) {
    const script = dominantScript(sentences);
    if (script && !scriptFits(lang, script)) warnings.push({ code: 'language-mismatch', params: { side, lang, script } });
  }
  const ratio = Math.max(source.length, target.length) / Math.min(source.length, target.length);
  if (ratio >= LENGTH_MISMATCH_FACTOR) warnings.push({ code: 'length-mismatch', params: { source: source.length, target: target.length } });
  return warnings;
}
