/**
 * Characters that XML 1.0 cannot carry at all, not even as character references: C0 controls other than
 * tab, LF and CR, lone surrogates, U+FFFE and U+FFFF. A TMX or XLIFF file containing one is rejected by
 * every conforming parser, so bitext refuses to write it (or removes it when asked to sanitize).
 */

// With the `u` flag a lone surrogate is matched as one code point, so it falls outside the allowed ranges.
const FORBIDDEN_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const FORBIDDEN_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// A code-unit class, several times faster than the `u` regex: nearly all text has none of these, and
// text that has one (a surrogate of an emoji is fine) goes on to the exact check.
const MAYBE_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/;

/** The first character of `text` that XML 1.0 forbids, as `U+XXXX`, or undefined when there is none. */
export function findForbiddenXmlChar(text: string): string | undefined {
  if (!MAYBE_FORBIDDEN.test(text)) return undefined;
  const match = FORBIDDEN_XML_CHAR.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` without the characters XML 1.0 forbids, and how many were removed. */
export function removeForbiddenXmlChars(text: string): { text: string; removed: number } {
  let removed = 0;
  const clean = text.replace(FORBIDDEN_XML_CHARS, () => {
    removed += 1;
    return '';
  });
  return { text: clean, removed };
}
