/**
 * The check every exporter runs on text before it reaches the XML writer: a character XML 1.0 forbids
 * is an error naming the bead, or, when the user asked to sanitize, it is removed and counted.
 */
import { UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { findForbiddenXmlChar, removeForbiddenXmlChars } from './xml-chars.js';

/**
 * xmlbuilder2 leaves an `&` that starts `&amp;`, `&lt;`, `&gt;`, `&quot;` or `&apos;` unescaped (it
 * takes it for an entity the caller already wrote), so a segment saying `&amp;` would come back as
 * `&`. Doubling every `&` first makes its output exact; everything else is still its escaping.
 */
export function keepAmpersands(text: string): string {
  return text.includes('&') ? text.replace(/&/g, '&amp;') : text;
}

/** `keepAmpersands` applied to every attribute value. */
export function keepAmpersandsInAttributes(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, keepAmpersands(value)]));
}

/** Characters removed from one bead's text under `--sanitize`. */
export interface SanitizedBead {
  bead: string;
  lang: string;
  removed: number;
}

/** Checks (or cleans) the text of beads, remembering what it removed. */
export class XmlTextGuard {
  /** Beads that lost characters, in the order they were met. */
  readonly sanitized: SanitizedBead[] = [];

  /** @param sanitize remove forbidden characters instead of refusing @default false */
  constructor(private readonly sanitize = false) {}

  /** `text` ready for XML: unchanged, cleaned, or refused with `export-forbidden-char`. */
  clean(text: string, bead: string, lang: string): string {
    const forbidden = findForbiddenXmlChar(text);
    if (forbidden === undefined) return text;
    if (!this.sanitize) throw new UserError('export-forbidden-char', { bead, lang, char: forbidden }, EXIT.dataError);
    const result = removeForbiddenXmlChars(text);
    const last = this.sanitized.at(-1);
    if (last && last.bead === bead && last.lang === lang) last.removed += result.removed;
    else this.sanitized.push({ bead, lang, removed: result.removed });
    return result.text;
  }
}
