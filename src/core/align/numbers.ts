/**
 * Numbers and dates as language-independent anchor keys, so that 400,000 = 40万 = 400 000 =
 * 400.000 = 四十万, 28.8 billion = 288亿 and "March 10" = 3月10日 = 10 mars give the same key.
 * Ambiguous forms (is 400.000 four hundred thousand or four hundred?) yield every reading: a
 * spurious key only costs a little, a missed one costs an anchor.
 */

const SCALES: ReadonlyArray<[RegExp, number]> = [
  [/^(?:thousand|thousands|mille|tausend|mil)$/i, 1e3],
  [/^(?:million|millions|millionen|mio\.?|millón|millones|milioni|milione)$/i, 1e6],
  [/^(?:billion|billions|milliard|milliards|milliarde|milliarden|mrd\.?|mil millones|miliardi)$/i, 1e9],
  [/^(?:trillion|trillions|billionen|billón|billones)$/i, 1e12],
];

const CJK_SCALES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
const CJK_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, vingt: 20, trente: 30, cent: 100,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12, zwanzig: 20, hundert: 100,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, veinte: 20, cien: 100,
};

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'janvier', 'januar', 'jänner', 'enero', 'jan'],
  ['february', 'février', 'fevrier', 'februar', 'febrero', 'feb'],
  ['march', 'mars', 'märz', 'marz', 'marzo', 'mar'],
  ['april', 'avril', 'abril', 'apr'],
  ['may', 'mai', 'mayo'],
  ['june', 'juin', 'juni', 'junio', 'jun'],
  ['july', 'juillet', 'juli', 'julio', 'jul'],
  ['august', 'août', 'aout', 'agosto', 'aug'],
  ['september', 'septembre', 'septiembre', 'sept', 'sep'],
  ['october', 'octobre', 'oktober', 'octubre', 'oct', 'okt'],
  ['november', 'novembre', 'noviembre', 'nov'],
  ['december', 'décembre', 'decembre', 'dezember', 'diciembre', 'dec', 'dez'],
];
const MONTH_OF = new Map<string, number>(MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as [string, number])));

/** Canonical text of a number value: 12 significant digits, no trailing zeros. */
export function numberKey(value: number): string {
  let key = numberKeyCache.get(value);
  if (key === undefined) {
    key = `n:${Number.parseFloat(value.toPrecision(12))}`;
    // Years, heights and small counts repeat throughout a document; toPrecision is the costly part.
    if (numberKeyCache.size > 100_000) numberKeyCache.clear();
    numberKeyCache.set(value, key);
  }
  return key;
}
const numberKeyCache = new Map<number, string>();

/** Every reading of an Arabic-digit number written with any thousands/decimal convention. */
export function readArabicNumber(raw: string): number[] {
  if (ONLY_DIGITS.test(raw)) return [Number(raw)];
  const text = raw.replace(/[\u00a0\u202f\u2009' ’]/g, ' ');
  const groups = text.split(/[ ,.]/);
  const separators = text.replace(/[0-9]/g, '');
  const readings = new Set<number>();
  const isThousandsGrouping = groups.length > 1 && groups.slice(1).every((group) => group.length === 3);
  if (separators.length === 0) readings.add(Number(text));
  else if (/^[ ]+$/.test(separators) && isThousandsGrouping) readings.add(Number(groups.join('')));
  else {
    if (isThousandsGrouping && new Set(separators).size === 1) readings.add(Number(groups.join('')));
    const lastSeparator = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'));
    const integerPart = text.slice(0, lastSeparator).replace(/[ ,.]/g, '');
    const fraction = text.slice(lastSeparator + 1);
    if (!/[ ]/.test(text.slice(lastSeparator))) readings.add(Number(`${integerPart}.${fraction}`));
  }
  return [...readings].filter((value) => Number.isFinite(value));
}

const ONLY_DIGITS = /^[0-9]+$/;

/** Value of a run of Chinese/Japanese numerals (四十万, 二〇二〇, 三千五百), or undefined. */
export function readCjkNumber(text: string): number | undefined {
  const hasScale = [...text].some((char) => CJK_SCALES[char] !== undefined);
  if (!hasScale) {
    // 二〇二〇 is read digit by digit, as years are written.
    if (text.length < 2) return CJK_DIGITS[text];
    return Number([...text].map((char) => CJK_DIGITS[char] ?? '').join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of text) {
    const value = CJK_DIGITS[char];
    if (value !== undefined) {
      digit = value;
      continue;
    }
    const scale = CJK_SCALES[char] ?? 1;
    if (scale >= 1e4) {
      total = (total + section + digit) * scale;
      section = 0;
    } else section += (digit || 1) * scale;
    digit = 0;
  }
  return total + section + digit;
}

/** Number words and month names that count on their own ("may"/"mai" are usually verbs: see dateKeys). */
const NUMBER_WORDS = [...Object.keys(WORD_NUMBERS), ...[...MONTH_OF.keys()].filter((name) => name.length > 3)];

/**
 * Digits (with any grouping, and a scale word after them), runs of CJK numerals, and number words or
 * month names as whole words (not "tres" in "mètres": a word is a run of \w and Latin-1 letters). It runs on lower-cased text without the `i` flag: a case-insensitive
 * Unicode alternation of many words costs V8 several times as much, and most sentences hold none.
 */
const NUMBER_PATTERN = new RegExp(
  String.raw`(\d{1,3}(?:[,.\u00a0\u202f\u2009' ’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(\s*(?:%|[万萬亿億千百兆]|(?:thousand|million|billion|trillion|milliards?|milliarden?|millionen|millions?|mio\.?|mrd\.?|mil millones|millones|millón|mil)\b))?|([零〇一二两兩三四五六七八九十百千万萬亿億兆]+)|(?<![\wÀ-ÿ])(` +
    NUMBER_WORDS.join('|') +
    String.raw`)(?![\wÀ-ÿ])`,
  'gu',
);
const HAS_DIGIT = /[0-9]/;

/** Keys (`n:<value>`, `m:<month>`, `d:<month>-<day>`) of every number, month and date in `text`. */
export function numberKeys(text: string): string[] {
  return numberKeysOfNormalized(text.normalize('NFKC'));
}

/** `numberKeys` of a text already in NFKC (the tokeniser normalises each sentence once). */
export function numberKeysOfNormalized(normalized: string): string[] {
  const lower = normalized.toLowerCase();
  const keys: string[] = [];
  for (const [, digits, suffix, cjk, word] of execAll(NUMBER_PATTERN, lower)) {
    if (digits !== undefined) {
      const scale = scaleOf((suffix ?? '').trim());
      for (const value of readArabicNumber(digits)) keys.push(numberKey(value * scale));
    } else if (cjk !== undefined) {
      // A lone 一 is an article or "one of", not an anchor.
      if (cjk === '一' || cjk === '零') continue;
      const value = readCjkNumber(cjk);
      if (value !== undefined && Number.isFinite(value)) keys.push(numberKey(value));
    } else if (word !== undefined) {
      const value = WORD_NUMBERS[word];
      if (value !== undefined) keys.push(numberKey(value));
      const month = MONTH_OF.get(word);
      if (month !== undefined && word.length > 3) keys.push(`m:${month}`);
    }
  }
  // Every date pattern has a day or month in digits.
  if (HAS_DIGIT.test(lower)) keys.push(...dateKeys(lower));
  return keys;
}

/**
 * The matches of a global pattern. `matchAll` copies the pattern on every call, which costs more
 * than the matching itself on a short sentence; none of these patterns can match the empty string.
 */
function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) matches.push(match);
  return matches;
}

function scaleOf(suffix: string): number {
  if (suffix === '' || suffix === '%') return 1;
  const cjk = CJK_SCALES[suffix];
  if (cjk !== undefined) return cjk;
  for (const [pattern, scale] of SCALES) if (pattern.test(suffix)) return scale;
  return 1;
}

const CJK_DATE = /(\d{1,2})月(?:(\d{1,2})[日号])?/gu;
const MONTH_DAY = /\b([A-Za-zÀ-ÿ]{3,})\.?\s+(\d{1,2})\b/gu;
const DAY_MONTH = /\b(\d{1,2})\.?\s+(?:de\s+)?([A-Za-zÀ-ÿ]{3,})\b/gu;

function dateKeys(text: string): string[] {
  const keys: string[] = [];
  for (const [, month, day] of execAll(CJK_DATE, text)) {
    keys.push(`m:${Number(month)}`);
    if (day !== undefined) keys.push(`d:${Number(month)}-${Number(day)}`);
  }
  for (const [, name, day] of execAll(MONTH_DAY, text)) {
    const month = MONTH_OF.get(name!.toLowerCase());
    if (month !== undefined) keys.push(`d:${month}-${Number(day)}`);
  }
  for (const [, day, name] of execAll(DAY_MONTH, text)) {
    const month = MONTH_OF.get(name!.toLowerCase());
    if (month !== undefined) keys.push(`d:${month}-${Number(day)}`);
  }
  return keys;
}
