/**
 * A push parser for TMX (1.1 to 1.4) on top of xml-scanner.ts: feed it text in chunks of any size, it
 * calls back once per `<tu>`, so only one unit is ever held in memory. Inline codes become placeholders
 * (see inline-codes.ts); comments, `<ude>` and header props are skipped; `lang` (TMX 1.1) is read like
 * `xml:lang`. The scanner cuts out text only inside `<seg>`, `<prop>` and `<note>`.
 */
import type { CodeElement, CodeElementName } from './inline-codes.js';
import { encodeInlineCode } from './inline-codes.js';
import { KEPT_TU_ATTRIBUTES, PROP } from './tmx-props.js';
import type { TmxAnnotations, TmxHeader, TmxUnit, TmxVariant } from './tmx-unit.js';
import { XmlScanner } from './xml-scanner.js';

export { XmlSyntaxError as TmxSyntaxError } from './xml-scanner.js';

/** Callbacks of the parser. */
export interface TmxSaxHandlers {
  onRoot(name: string, version: string | undefined): void;
  onHeader(header: TmxHeader): void;
  onUnit(unit: TmxUnit): void;
}

const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/** Parses TMX text pushed in chunks, calling `handlers` per unit. */
export class TmxSaxParser {
  private readonly scanner: XmlScanner;
  private unit: TmxUnit | undefined;
  private variant: TmxVariant | undefined;
  private collecting: 'prop' | 'note' | 'seg' | undefined;
  private propType = '';
  // The text being collected, in the pieces the scanner gave (usually one), joined once at the end.
  private text = '';
  private codes: CodeElement[] = [];
  private isRootSeen = false;
  private isInHeader = false;

  /**
   * @param trackPosition count lines for error messages; large files are read without it and read
   * again with it only to locate an error @default true
   */
  constructor(
    private readonly handlers: TmxSaxHandlers,
    trackPosition = true,
  ) {
    this.scanner = new XmlScanner(
      {
        openElement: (name) => this.open(name),
        closeElement: (name) => this.close(name),
        text: (text) => this.addText(text),
      },
      trackPosition,
    );
  }

  /** Parses the next piece of the document. */
  write(chunk: string): void {
    this.scanner.write(chunk);
  }

  /** Ends the document (checks that every element was closed). */
  end(): void {
    this.scanner.end();
  }

  private open(name: string): void {
    const scanner = this.scanner;
    if (!this.isRootSeen) {
      this.isRootSeen = true;
      this.handlers.onRoot(name, scanner.attribute('version'));
      return;
    }
    if (this.collecting === 'seg') return this.openInline(name);
    if (this.collecting) return;
    switch (name) {
      case 'header':
        this.isInHeader = true;
        this.handlers.onHeader(this.header());
        return;
      case 'tu': {
        // Only what the project keeps is read: no object with every attribute of millions of units.
        const attributes: TmxUnit['attributes'] = {};
        for (const key of KEPT_TU_ATTRIBUTES) {
          const value = scanner.attribute(key);
          if (value !== undefined) attributes[key] = value;
        }
        const srclang = scanner.attribute('srclang');
        this.unit = srclang ? { srclang, attributes, variants: [] } : { attributes, variants: [] };
        return;
      }
      case 'tuv':
        if (this.unit) this.variant = { lang: scanner.attribute('xml:lang') ?? scanner.attribute('lang') ?? '', text: '' };
        return;
      case 'prop':
      case 'note':
        if (this.isInHeader || !this.unit) return;
        this.propType = name === 'prop' ? (scanner.attribute('type') ?? '') : '';
        return this.startCollecting(name);
      case 'seg':
        if (this.variant) this.startCollecting('seg');
        return;
      default:
        return;
    }
  }

  private header(): TmxHeader {
    const header: TmxHeader = {};
    for (const key of ['srclang', 'creationdate', 'creationid', 'creationtool'] as const) {
      const value = this.scanner.attribute(key);
      if (value !== undefined) header[key] = value;
    }
    return header;
  }

  private startCollecting(what: 'prop' | 'note' | 'seg'): void {
    this.collecting = what;
    this.text = '';
    if (this.codes.length > 0) this.codes = [];
    // bitext's bead-type and bead props are recomputed on export: their text is not even cut out.
    this.scanner.wantText = what !== 'prop' || (this.propType !== PROP.beadType && this.propType !== PROP.bead);
  }

  private openInline(name: string): void {
    const parent = this.codes.at(-1);
    if (CODE_ELEMENTS.has(name) || (name === 'sub' && parent)) {
      const element: CodeElement = { name: name as CodeElementName, attributes: this.scanner.attributes(), children: [] };
      if (parent) parent.children.push(element);
      this.codes.push(element);
    } else if (name === 'hi' && !parent) {
      this.text += encodeInlineCode({ kind: 'hi-start', attributes: this.scanner.attributes() });
    }
  }

  private addText(text: string): void {
    if (!this.collecting) return;
    const code = this.codes.at(-1);
    if (!code) this.text = this.text === '' ? text : this.text + text;
    else if (typeof code.children.at(-1) === 'string') code.children[code.children.length - 1] += text;
    else code.children.push(text);
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

  private addProp(owner: TmxAnnotations, value: string): void {
    const type = this.propType;
    if (type === PROP.status) owner.status = value;
    else if (type === PROP.confidence) owner.confidence = value;
    else if (type === PROP.document) {
      if (owner === this.variant) this.variant.document = value;
    } else if (type !== PROP.beadType && type !== PROP.bead) (owner.props ??= []).push([type, value]);
  }

  private finishCollecting(): void {
    const text = this.text;
    const owner = this.variant ?? this.unit;
    if (this.collecting === 'seg' && this.variant) this.variant.text = text;
    else if (this.collecting === 'prop' && owner) this.addProp(owner, text);
    else if (this.collecting === 'note' && owner) (owner.notes ??= []).push(text);
    this.collecting = undefined;
    this.text = '';
    this.scanner.wantText = false;
  }
}
