/**
 * XML 1.0 text as a parser hands it on: line ends normalised, the five predefined entities and
 * numeric character references decoded, and everything XML forbids refused. Used by xml-scanner.ts
 * on the text and attribute values a reader asks for.
 */

/** A problem with a reference, at `index` within the text given. */
export class XmlReferenceError extends Error {
  constructor(
    readonly reason: string,
    readonly index: number,
  ) {
    super(reason);
  }
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

// A well-formed reference (group 1: its body), a lone `&` (no group), or a literal line end. One pass,
// so that a line end written as `&#13;` stays a CR while a literal CR LF becomes LF.
const TEXT_SPECIALS = /&(?:(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_:][\w.:-]*);)?|\r\n?/g;
// The same for attribute values, where literal tabs and line ends become spaces.
const ATTRIBUTE_SPECIALS = /&(?:(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_:][\w.:-]*);)?|\r\n|[\t\n\r]/g;

const ATTRIBUTE_NEEDS_WORK = /[&\t\n\r]/;

/** Whether XML 1.0's `Char` production allows the code point (tab, LF, CR, and most of Unicode). */
function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  if (code <= 0xd7ff) return true;
  if (code < 0xe000) return false;
  return code <= 0xfffd || (code >= 0x10000 && code <= 0x10ffff);
}

function decodeReference(body: string | undefined, index: number): string {
  if (body === undefined) throw new XmlReferenceError("'&' must start an entity or character reference (write &amp;)", index);
  if (body.charCodeAt(0) !== 0x23) {
    const value = PREDEFINED[body];
    if (value === undefined) throw new XmlReferenceError(`undefined entity: &${body};`, index);
    return value;
  }
  const code = body.charCodeAt(1) === 0x78 ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
  if (!isXmlChar(code)) throw new XmlReferenceError(`character reference &${body}; names a character XML 1.0 forbids`, index);
  return String.fromCodePoint(code);
}

/** Text content: references decoded, literal CR LF and lone CR turned into LF. */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&') && !raw.includes('\r')) return raw;
  return raw.replace(TEXT_SPECIALS, (match, body: string | undefined, index: number) => (match.charCodeAt(0) === 0x0d ? '\n' : decodeReference(body, index)));
}

/** An attribute value: references decoded, literal tabs and line ends turned into spaces (XML attribute normalisation). */
export function decodeXmlAttribute(raw: string): string {
  if (!ATTRIBUTE_NEEDS_WORK.test(raw)) return raw;
  return raw.replace(ATTRIBUTE_SPECIALS, (match, body: string | undefined, index: number) => (match.charCodeAt(0) === 0x26 ? decodeReference(body, index) : ' '));
}
