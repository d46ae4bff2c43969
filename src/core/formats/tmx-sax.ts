/**
 * A push parser for TMX (1.1 to 1.4) on top of saxes: feed it text in chunks of any size, it calls
 * back once per `<tu>`, so only one unit is ever held in memory. Inline codes become placeholders
 * (see inline-codes.ts); comments, `<ude>` and header props are skipped; `lang` (TMX 1.1) is read like
 * `xml:lang`.
 *
 * Speed: the text handler is attached only inside `<seg>`, `<prop>` and `<note>`, so saxes does not
 * cut out (and call back with) the indentation between elements, which is most of a TMX's text nodes.
 */
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import type { CodeElement, CodeElementName } from './inline-codes.js';
import { encodeInlineCode } from './inline-codes.js';
import type { TmxHeader, TmxUnit, TmxVariant } from './tmx-unit.js';

/** Why a file could not be parsed as XML, and where. */
export class TmxSyntaxError extends Error {
  override readonly name = 'TmxSyntaxError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(reason);
  }
}

/** Callbacks of the parser. */
export interface TmxSaxHandlers {
  onRoot(name: string, version: string | undefined): void;
  onHeader(header: TmxHeader): void;
  onUnit(unit: TmxUnit): void;
}

const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

// saxes makes a fresh attributes object for every tag, so it can be kept without copying.
function stringAttributes(tag: SaxesTagPlain): Record<string, string> {
  return tag.attributes;
}

/** Parses TMX text pushed in chunks, calling `handlers` per unit. */
export class TmxSaxParser {
  private readonly parser: SaxesParser<{ xmlns: false; position: boolean }>;
  private unit: TmxUnit | undefined;
  private variant: TmxVariant | undefined;
  private collecting: 'prop' | 'note' | 'seg' | undefined;
  private propType = '';
  private text = '';
  private codes: CodeElement[] = [];
  private isRootSeen = false;
  private isInHeader = false;

  /**
   * @param trackPosition count lines and columns for error messages; costs about half the parsing
   * speed, so large files are read without it and read again with it only to locate an error
   * @default true
   */
  constructor(
    private readonly handlers: TmxSaxHandlers,
    trackPosition = true,
  ) {
    this.parser = new SaxesParser({ xmlns: false, position: trackPosition });
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', (tag) => this.close(tag.name));
    this.parser.on('cdata', (text) => this.addText(text));
    this.parser.on('error', (error) => {
      throw new TmxSyntaxError(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''), this.parser.line, this.parser.column);
    });
  }

  /** Parses the next piece of the document. */
  write(chunk: string): void {
    this.parser.write(chunk);
  }

  /** Ends the document (checks that every element was closed). */
  end(): void {
    this.parser.close();
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name;
    if (!this.isRootSeen) {
      this.isRootSeen = true;
      this.handlers.onRoot(name, tag.attributes['version']);
      return;
    }
    if (this.collecting === 'seg') return this.openInline(name, stringAttributes(tag));
    if (this.collecting) return;
    switch (name) {
      case 'header':
        this.isInHeader = true;
        this.handlers.onHeader(this.headerOf(tag));
        return;
      case 'tu': {
        const attributes = stringAttributes(tag);
        const srclang = attributes['srclang'];
        this.unit = srclang ? { srclang, attributes, variants: [] } : { attributes, variants: [] };
        return;
      }
      case 'tuv':
        if (this.unit) this.variant = { lang: tag.attributes['xml:lang'] ?? tag.attributes['lang'] ?? '', text: '' };
        return;
      case 'prop':
      case 'note':
        if (this.isInHeader || !this.unit) return;
        this.propType = tag.attributes['type'] ?? '';
        return this.startCollecting(name);
      case 'seg':
        if (this.variant) this.startCollecting('seg');
        return;
      default:
        return;
    }
  }

  private headerOf(tag: SaxesTagPlain): TmxHeader {
    const header: TmxHeader = {};
    for (const key of ['srclang', 'creationdate', 'creationid', 'creationtool'] as const) {
      const value = tag.attributes[key];
      if (value !== undefined) header[key] = value;
    }
    return header;
  }

  private startCollecting(what: 'prop' | 'note' | 'seg'): void {
    this.collecting = what;
    this.text = '';
    if (this.codes.length > 0) this.codes = [];
    this.parser.on('text', this.onText);
  }

  private readonly onText = (text: string): void => this.addText(text);

  private openInline(name: string, attributes: Record<string, string>): void {
    const parent = this.codes.at(-1);
    if (CODE_ELEMENTS.has(name) || (name === 'sub' && parent)) {
      const element: CodeElement = { name: name as CodeElementName, attributes, children: [] };
      if (parent) parent.children.push(element);
      this.codes.push(element);
    } else if (name === 'hi' && !parent) {
      this.text += encodeInlineCode({ kind: 'hi-start', attributes });
    }
  }

  private addText(text: string): void {
    if (!this.collecting) return;
    const code = this.codes.at(-1);
    if (code) code.children.push(text);
    else this.text += text;
  }

  private close(name: string): void {
    if (this.collecting === 'seg' && name !== 'seg') return this.closeInline(name);
    if (this.collecting === name) return this.finishCollecting();
    if (name === 'header') this.isInHeader = false;
    else if (name === 'tuv' && this.unit && this.variant) {
      this.unit.variants.push(this.variant);
      this.variant = undefined;
    } else if (name === 'tu' && this.unit) {
      this.handlers.onUnit(this.unit);
      this.unit = undefined;
    }
  }

  private closeInline(name: string): void {
    const code = this.codes.at(-1);
    if (code && code.name === name) {
      this.codes.pop();
      if (this.codes.length === 0) this.text += encodeInlineCode({ kind: 'element', element: code });
    } else if (name === 'hi' && !code) {
      this.text += encodeInlineCode({ kind: 'hi-end' });
    }
  }

  private finishCollecting(): void {
    const text = this.text;
    const owner = this.variant ?? this.unit;
    if (this.collecting === 'seg' && this.variant) this.variant.text = text;
    else if (this.collecting === 'prop' && owner) (owner.props ??= []).push([this.propType, text]);
    else if (this.collecting === 'note' && owner) (owner.notes ??= []).push(text);
    this.collecting = undefined;
    this.text = '';
    this.parser.off('text');
  }
}
