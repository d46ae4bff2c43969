/**
 * The line-breaking rules of Chinese and Japanese typesetting (kinsoku shori), as character
 * classes: what may not start a line, what may not end one, and which units stay with the number
 * before them. Close to CSS `line-break: normal` (UAX #14 classes CL, CP, EX, IS, NS, IN, OP) —
 * small kana and ー may start a line, as in most Chinese and Japanese software.
 */

/** Closing brackets and quotes, punctuation, iteration marks: never the first character of a line. */
const NO_LINE_START = new Set(
  Array.from(
    '，。、；：？！）》」』”’〉】〕〗〙〛〟｝］｠．｡､・ヽヾゝゞ々〻…‥％‰℃' + // CJK and full-width forms
      ',.;:?!)]}%', // ASCII
  ),
);

/** Opening brackets and quotes: never the last character of a line. */
const NO_LINE_END = new Set(Array.from('（《「『“‘〈【〔〖〘〚〝｛［｟' + '([{'));

/** Counters and units that stay on the line of the number before them (3月, 10日, 18位; a per cent sign may not start a line at all). */
const UNITS = new Set(Array.from('年月日号时分秒周天万亿千百元円个家位名人次项件条倍岁吨米户台辆所座期回割兆'));

/** Characters printed as one mark when repeated (——, ……): never broken between. */
const INSEPARABLE = new Set(Array.from('—…‥'));

/** Whether `char` may not be the first character of a line (closing punctuation and the like). */
export const mayNotStartLine = (char: string): boolean => NO_LINE_START.has(char);

/** Whether `char` may not be the last character of a line (opening brackets and quotes). */
export const mayNotEndLine = (char: string): boolean => NO_LINE_END.has(char);

/**
 * How a character takes part in line breaking. `"` (the ASCII quote Chinese text sometimes uses
 * for “ and ”) is opening or closing by its place among the quotes of the paragraph.
 */
export type BreakClass = 'opening' | 'closing' | 'digit' | 'unit' | 'inseparable' | 'space' | 'other';

/** The break class of each grapheme of a paragraph. */
export function breakClasses(graphemes: readonly string[]): BreakClass[] {
  let quotes = 0;
  return graphemes.map((g) => {
    if (g === '"') return quotes++ % 2 === 0 ? 'opening' : 'closing';
    if (g === ' ') return 'space';
    if (NO_LINE_START.has(g)) return 'closing';
    if (NO_LINE_END.has(g)) return 'opening';
    if (g >= '0' && g <= '9' && g.length === 1) return 'digit';
    if (UNITS.has(g)) return 'unit';
    if (INSEPARABLE.has(g)) return 'inseparable';
    return 'other';
  });
}
