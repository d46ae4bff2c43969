/**
 * A streaming XML tokenizer for translation memories: push text in chunks of any size, get elements
 * and the text asked for. Built for speed on files of millions of units (see README, Design): it jumps
 * between markup with `indexOf`, makes no object per tag, slices attribute values only when asked,
 * and cuts out text only while the reader wants it (`wantText`), so the indentation between elements
 * costs nothing.
 *
 * It checks what tells a broken or foreign file from a translation memory: one root element, every
 * element closed by the matching end tag, no text outside the root, quoted and unique attributes,
 * references that XML defines, and no character XML 1.0 forbids in the text it hands on. It does not
 * validate names, DTDs or text it skips.
 */
import { findForbiddenXmlChar } from './xml-chars.js';
import { XmlReferenceError, decodeXmlAttribute, decodeXmlText } from './xml-references.js';

/** Why a document is not well-formed XML, and where (line and column are 0 when not tracked). */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(reason);
  }
}

/** What the scanner reports; attributes of an opening tag are read from the scanner during `openElement`. */
export interface XmlScanHandler {
  openElement(name: string, isEmpty: boolean): void;
  closeElement(name: string): void;
  /** Text (and CDATA) with references decoded, in pieces, only while `wantText` is set. */
  text(text: string): void;
}

const enum Char {
  Tab = 0x09,
  Newline = 0x0a,
  Return = 0x0d,
  Space = 0x20,
  Quote = 0x22,
  Hash = 0x23,
  Ampersand = 0x26,
  Apostrophe = 0x27,
  Slash = 0x2f,
  Semicolon = 0x3b,
  Less = 0x3c,
  Equals = 0x3d,
  Greater = 0x3e,
  Question = 0x3f,
  Bang = 0x21,
  OpenBracket = 0x5b,
  CloseBracket = 0x5d,
}

function isSpace(code: number): boolean {
  return code === Char.Space || code === Char.Newline || code === Char.Tab || code === Char.Return;
}

/** Ends a tag name or an attribute name. */
function endsName(code: number): boolean {
  return isSpace(code) || code === Char.Greater || code === Char.Slash || code === Char.Equals;
}

/**
 * Characters that make a text need a closer look: anything but tab, LF and the characters from space
 * to U+FFFD other than `&` and surrogates, so a reference, a CR, or a character XML 1.0 may forbid
 * (C0 controls; surrogates, which are fine in pairs; U+FFFE, U+FFFF). One regex test, because
 * it runs on millions of short texts and nearly all of them have none.
 */
const NEEDS_WORK = /[^\t\n\u0020-\u0025\u0027-\uD7FF\uE000-\uFFFD]/;

const INCOMPLETE = -1;
const ONLY_SPACE = /^[ \t\r\n]*$/;

/** Tokenizes XML pushed in chunks. */
export class XmlScanner {
  /** Set by the handler while it collects text; text is neither cut out nor decoded otherwise. */
  wantText = false;
  private buffer = '';
  /** Absolute position (in UTF-16 units) of `buffer[0]`, and the line count and line start before it. */
  private bufferStart = 0;
  private linesBefore = 0;
  private lineStart = 0;
  private readonly stack: string[] = [];
  private isRootSeen = false;
  private isStarted = false;
  // The attributes of the tag being opened, as positions in `current` (start and end of the name,
  // start and end of the raw value, four numbers each): nothing is cut out unless asked for.
  private readonly attributeBounds: number[] = [];
  private attributeCount = 0;
  /** The buffer being scanned (what attribute positions refer to). */
  private current = '';

  /**
   * @param trackPosition count lines so that errors say where they are; off, errors carry line 0
   * (a caller reading a large file re-reads it with tracking only when it is broken) @default true
   */
  constructor(
    private readonly handler: XmlScanHandler,
    private readonly trackPosition = true,
  ) {}

  /** Scans the next piece of the document. */
  write(chunk: string): void {
    let text = chunk;
    if (!this.isStarted && text !== '') {
      this.isStarted = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.buffer !== '') text = this.finishTail(text);
    this.buffer = text;
    this.scan(false);
  }

  /**
   * Scans what the last chunk left unfinished (usually part of a tag) with just enough of the new
   * chunk to finish it, and returns the rest of the new chunk: putting the whole chunk behind the
   * tail would copy every chunk once more.
   */
  private finishTail(chunk: string): string {
    const tail = this.buffer;
    const upTo = chunk.indexOf('>') + 1 || chunk.length;
    // join, not +: `+` makes a rope, and reading a rope char by char costs an indirection each time.
    this.buffer = [tail, chunk.slice(0, upTo)].join('');
    this.scan(false);
    const consumed = tail.length + upTo - this.buffer.length;
    if (consumed >= tail.length) return chunk.slice(consumed - tail.length);
    // The unfinished part goes on past the first '>' (a '>' in an attribute value or a comment): join it all.
    const rest = [this.buffer, chunk.slice(upTo)].join('');
    this.buffer = '';
    return rest;
  }

  /** Ends the document: everything must have been closed. */
  end(): void {
    this.scan(true);
    const end = this.buffer.length;
    if (end > 0) this.fail('unexpected end of the file inside markup', end);
    const open = this.stack.at(-1);
    if (open !== undefined) this.fail(`unexpected end of the file: <${open}> is not closed`, end);
    if (!this.isRootSeen) this.fail('no root element', end);
  }

  /** The value of an attribute of the element being opened (references decoded), if present. */
  attribute(name: string): string | undefined {
    const bounds = this.attributeBounds;
    for (let i = 0; i < this.attributeCount * 4; i += 4) {
      if (bounds[i + 1]! - bounds[i]! === name.length && this.current.startsWith(name, bounds[i])) return this.decodeAttribute(i);
    }
    return undefined;
  }

  /** Every attribute of the element being opened, in document order, as a fresh object. */
  attributes(): Record<string, string> {
    const attributes: Record<string, string> = {};
    const bounds = this.attributeBounds;
    for (let i = 0; i < this.attributeCount * 4; i += 4) attributes[this.current.slice(bounds[i], bounds[i + 1])] = this.decodeAttribute(i);
    return attributes;
  }

  private decodeAttribute(i: number): string {
    const start = this.attributeBounds[i + 2]!;
    try {
      return decodeXmlAttribute(this.current.slice(start, this.attributeBounds[i + 3]));
    } catch (error) {
      if (error instanceof XmlReferenceError) this.fail(error.reason, start + error.index);
      throw error;
    }
  }

  /** Handles everything complete in the buffer and keeps the rest (an unfinished tag, say) for the next write. */
  private scan(isFinal: boolean): void {
    const buffer = this.buffer;
    this.current = buffer;
    const length = buffer.length;
    let at = 0;
    while (at < length) {
      const less = buffer.indexOf('<', at);
      if (less < 0) {
        at = this.textUpToEnd(buffer, at, isFinal);
        break;
      }
      if (less > at) this.onText(buffer, at, less);
      const next = this.markup(buffer, less);
      if (next === INCOMPLETE) {
        at = less;
        break;
      }
      at = next;
    }
    if (at === 0) return;
    if (this.trackPosition) this.countLines(buffer, at);
    this.buffer = at >= length ? '' : buffer.slice(at);
    this.bufferStart += at;
  }

  /** Text running to the end of the buffer: all of it at the end, else all but a reference or line end it may cut. */
  private textUpToEnd(buffer: string, from: number, isFinal: boolean): number {
    let end = buffer.length;
    if (!isFinal) {
      const ampersand = buffer.lastIndexOf('&');
      if (ampersand >= from && buffer.indexOf(';', ampersand) < 0) end = ampersand;
      const last = buffer.charCodeAt(end - 1);
      // A CR may be followed by LF, a high surrogate by its low half, in the next chunk.
      if (end > from && (last === Char.Return || (last >= 0xd800 && last <= 0xdbff))) end -= 1;
    }
    if (end > from) this.onText(buffer, from, end);
    return end;
  }

  private onText(buffer: string, from: number, to: number): void {
    if (this.stack.length > 0) {
      if (this.wantText) this.emitText(buffer.slice(from, to), from);
    } else if (!ONLY_SPACE.test(buffer.slice(from, to))) {
      this.fail(this.isRootSeen ? 'text after the root element' : 'text before the root element', from);
    }
  }

  private emitText(raw: string, offset: number): void {
    this.handler.text(NEEDS_WORK.test(raw) ? this.decodeText(raw, offset) : raw);
  }

  private decodeText(raw: string, offset: number): string {
    const forbidden = findForbiddenXmlChar(raw);
    if (forbidden !== undefined) this.fail(`character ${forbidden} is not allowed in XML 1.0`, offset);
    try {
      return decodeXmlText(raw);
    } catch (error) {
      if (error instanceof XmlReferenceError) this.fail(error.reason, offset + error.index);
      throw error;
    }
  }

  /** Markup starting at `less` (a `<`): returns where it ends, or INCOMPLETE when the buffer stops inside it. */
  private markup(buffer: string, less: number): number {
    const code = buffer.charCodeAt(less + 1);
    if (code === Char.Slash) return this.closeTag(buffer, less);
    if (code === Char.Bang) return this.declaration(buffer, less);
    if (code === Char.Question) {
      const end = buffer.indexOf('?>', less + 2);
      return end < 0 ? INCOMPLETE : end + 2;
    }
    if (Number.isNaN(code)) return INCOMPLETE;
    return this.openTag(buffer, less);
  }

  private openTag(buffer: string, less: number): number {
    const length = buffer.length;
    let at = less + 1;
    while (at < length && !endsName(buffer.charCodeAt(at))) at++;
    if (at >= length) return INCOMPLETE;
    if (at === less + 1) this.fail("an element name must follow '<'", less);
    const name = buffer.slice(less + 1, at);
    this.attributeCount = 0;
    for (;;) {
      let code = buffer.charCodeAt(at);
      while (isSpace(code)) code = buffer.charCodeAt(++at);
      if (Number.isNaN(code)) return INCOMPLETE;
      if (code === Char.Greater) return this.opened(name, false, less, at + 1);
      if (code === Char.Slash) {
        if (at + 1 >= length) return INCOMPLETE;
        if (buffer.charCodeAt(at + 1) !== Char.Greater) this.fail("'>' must follow '/' in a tag", at);
        return this.opened(name, true, less, at + 2);
      }
      const next = this.readAttribute(buffer, at);
      if (next === INCOMPLETE) return INCOMPLETE;
      at = next;
    }
  }

  /** One `name="value"` inside a tag, stored; returns where it ends. */
  private readAttribute(buffer: string, start: number): number {
    const length = buffer.length;
    let at = start;
    while (at < length && !endsName(buffer.charCodeAt(at))) at++;
    if (at === start) this.fail('an attribute name is expected', start);
    const nameEnd = at;
    let code = buffer.charCodeAt(at);
    while (isSpace(code)) code = buffer.charCodeAt(++at);
    if (Number.isNaN(code)) return INCOMPLETE;
    if (code !== Char.Equals) this.fail(`attribute ${buffer.slice(start, at).trim()} has no value`, at);
    code = buffer.charCodeAt(++at);
    while (isSpace(code)) code = buffer.charCodeAt(++at);
    if (Number.isNaN(code)) return INCOMPLETE;
    if (code !== Char.Quote && code !== Char.Apostrophe) this.fail('attribute values must be quoted', at);
    const close = buffer.indexOf(code === Char.Quote ? '"' : "'", at + 1);
    if (close < 0) return INCOMPLETE;
    const after = buffer.charCodeAt(close + 1);
    if (!isSpace(after) && after !== Char.Greater && after !== Char.Slash && !Number.isNaN(after)) this.fail('attributes must be separated by white space', close + 1);
    const bounds = this.attributeBounds;
    for (let i = 0; i < this.attributeCount * 4; i += 4) {
      if (bounds[i + 1]! - bounds[i]! === nameEnd - start && buffer.startsWith(buffer.slice(start, nameEnd), bounds[i])) this.fail(`attribute ${buffer.slice(start, nameEnd)} appears twice`, start);
    }
    const i = this.attributeCount++ * 4;
    bounds[i] = start;
    bounds[i + 1] = nameEnd;
    bounds[i + 2] = at + 1;
    bounds[i + 3] = close;
    return close + 1;
  }

  private opened(name: string, isEmpty: boolean, less: number, end: number): number {
    if (this.stack.length === 0) {
      if (this.isRootSeen) this.fail(`a second root element <${name}>`, less);
      this.isRootSeen = true;
    }
    if (isEmpty) {
      this.handler.openElement(name, true);
      this.handler.closeElement(name);
    } else {
      this.stack.push(name);
      this.handler.openElement(name, false);
    }
    this.attributeCount = 0;
    return end;
  }

  private closeTag(buffer: string, less: number): number {
    const open = this.stack.at(-1);
    // Compared in place: the usual end tag is exactly `</` + the open name + `>`.
    const isExact = open !== undefined && buffer.charCodeAt(less + 2 + open.length) === Char.Greater && buffer.startsWith(open, less + 2);
    const greater = isExact ? less + 2 + open.length : buffer.indexOf('>', less + 2);
    if (greater < 0) return INCOMPLETE;
    this.stack.pop();
    if (!isExact) {
      const name = buffer.slice(less + 2, greater).trimEnd();
      if (open === undefined) this.fail(`end tag </${name}> without a start tag`, less);
      if (name !== open) this.fail(`end tag </${name}> does not match <${open}>`, less);
    }
    this.handler.closeElement(open!);
    return greater + 1;
  }

  /** `<!--…-->`, `<![CDATA[…]]>` or `<!DOCTYPE …>` (internal subset skipped). */
  private declaration(buffer: string, less: number): number {
    if (buffer.startsWith('<!--', less)) {
      const end = buffer.indexOf('-->', less + 4);
      return end < 0 ? INCOMPLETE : end + 3;
    }
    if (buffer.startsWith('<![CDATA[', less)) {
      const end = buffer.indexOf(']]>', less + 9);
      if (end < 0) return INCOMPLETE;
      if (this.stack.length === 0) this.fail('CDATA outside the root element', less);
      if (this.wantText) this.emitCdata(buffer.slice(less + 9, end), less + 9);
      return end + 3;
    }
    if (buffer.startsWith('<!DOCTYPE', less)) {
      if (this.isRootSeen) this.fail('a DOCTYPE after the root element', less);
      const bracket = buffer.indexOf('[', less);
      let greater = buffer.indexOf('>', less);
      if (bracket >= 0 && (greater < 0 || bracket < greater)) {
        const close = buffer.indexOf(']', bracket);
        greater = close < 0 ? -1 : buffer.indexOf('>', close);
      }
      return greater < 0 ? INCOMPLETE : greater + 1;
    }
    // Too short yet to tell which it is.
    if (buffer.length - less < 9) return INCOMPLETE;
    return this.fail('unknown markup after <!', less);
  }

  private emitCdata(text: string, offset: number): void {
    const forbidden = findForbiddenXmlChar(text);
    if (forbidden !== undefined) this.fail(`character ${forbidden} is not allowed in XML 1.0`, offset);
    this.handler.text(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
  }

  private countLines(buffer: string, upTo: number): void {
    for (let at = buffer.indexOf('\n'); at >= 0 && at < upTo; at = buffer.indexOf('\n', at + 1)) {
      this.linesBefore += 1;
      this.lineStart = this.bufferStart + at + 1;
    }
  }

  /** Throws the syntax error for a position in the current buffer. */
  private fail(reason: string, index: number): never {
    if (!this.trackPosition) throw new XmlSyntaxError(reason, 0, 0);
    let line = this.linesBefore + 1;
    let lineStart = this.lineStart;
    const upTo = Math.min(index, this.buffer.length);
    for (let at = this.buffer.indexOf('\n'); at >= 0 && at < upTo; at = this.buffer.indexOf('\n', at + 1)) {
      line += 1;
      lineStart = this.bufferStart + at + 1;
    }
    throw new XmlSyntaxError(reason, line, this.bufferStart + upTo - lineStart + 1);
  }
}
