/**
 * A minimal streaming XML writer for the TMX hot path: elements, attributes and text, appended to
 * an array of strings that the caller flushes. xmlbuilder2 (which writes XLIFF) builds a DOM node per
 * element even in its callback API, about 0.1 ms each on Node 20, which made a 1,000,000-unit TMX
 * take hours; this writes the same bytes directly. Escaping is the XML 1.0 minimum (`&`, `<`, `>` in
 * text, plus `"` and tab/LF/CR as references in attributes, so they survive attribute-value
 * normalisation); the round-trip property test and DTD validation check it.
 */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

/** Escapes character data (`>` too, so that `]]>` can never appear). */
export function escapeXmlText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/[&<>]/g, (char) => TEXT_ESCAPES[char]!) : text;
}

/** Escapes an attribute value written between double quotes. */
export function escapeXmlAttribute(value: string): string {
  return /[&<>"\t\n\r]/.test(value) ? value.replace(/[&<>"\t\n\r]/g, (char) => ATTRIBUTE_ESCAPES[char]!) : value;
}

/** The element-writing calls the inline-code writer needs (this writer, or xmlbuilder2's). */
export interface XmlSink {
  ele(name: string, attributes?: Record<string, string>): XmlSink;
  txt(text: string): XmlSink;
  up(): XmlSink;
}

/** Writes XML into `output`; element names are bitext's own constants, so they are not checked. */
export class XmlChunkWriter implements XmlSink {
  private readonly open: string[] = [];
  private isStartTagOpen = false;

  /** @param output strings are pushed here; the caller joins and flushes them */
  constructor(private readonly output: string[]) {}

  private closeStartTag(): void {
    if (this.isStartTagOpen) this.output.push('>');
    this.isStartTagOpen = false;
  }

  /** Opens an element. */
  ele(name: string, attributes: Record<string, string> = {}): this {
    this.closeStartTag();
    let tag = `<${name}`;
    for (const key in attributes) tag += ` ${key}="${escapeXmlAttribute(attributes[key]!)}"`;
    this.output.push(tag);
    this.open.push(name);
    this.isStartTagOpen = true;
    return this;
  }

  /** Writes a whole element holding only text (`<prop type="x">value</prop>`) as one piece. */
  leaf(name: string, attributes: Record<string, string>, text: string): this {
    this.closeStartTag();
    let element = `<${name}`;
    for (const key in attributes) element += ` ${key}="${escapeXmlAttribute(attributes[key]!)}"`;
    this.output.push(text === '' ? `${element}/>` : `${element}>${escapeXmlText(text)}</${name}>`);
    return this;
  }

  /** Adds character data to the open element. */
  txt(text: string): this {
    if (text === '') return this;
    this.closeStartTag();
    this.output.push(escapeXmlText(text));
    return this;
  }

  /** Closes the innermost open element (`<x/>` when it is empty). */
  up(): this {
    const name = this.open.pop();
    if (name === undefined) return this;
    this.output.push(this.isStartTagOpen ? '/>' : `</${name}>`);
    this.isStartTagOpen = false;
    return this;
  }

  /** Closes every element still open. */
  end(): void {
    while (this.open.length > 0) this.up();
  }
}
