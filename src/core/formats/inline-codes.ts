/**
 * Inline codes (TMX `<bpt> <ept> <ph> <it> <ut> <hi>`) inside segment text. A project segment is one
 * string, so each code is kept in the text as a placeholder: U+FDD0, the code as JSON, U+FDD1. These two
 * are Unicode noncharacters, reserved for a program's internal use, so they never clash with real text.
 * The code is JsonML, e.g. `["bpt",{"i":"1"},"<b>"]`;
 * the code survives editing, saving and re-export exactly, and the UI shows it compactly (`⟨1⟩`).
 * `<hi>` wraps translatable text, so it becomes two placeholders (open, close) around ordinary text.
 */

/** Opens a placeholder. */
export const PLACEHOLDER_START = '\uFDD0';
/** Closes a placeholder. */
export const PLACEHOLDER_END = '\uFDD1';

/** Elements kept whole as one placeholder (with their content and `<sub>` children). */
export type CodeElementName = 'bpt' | 'ept' | 'ph' | 'it' | 'ut' | 'sub';

/** An inline element with its attributes (in document order) and content. */
export interface CodeElement {
  name: CodeElementName;
  attributes: Record<string, string>;
  children: Array<string | CodeElement>;
}

/** One placeholder: a whole code element, or the start or end of a `<hi>` highlight. */
export type InlineCode = { kind: 'element'; element: CodeElement } | { kind: 'hi-start'; attributes: Record<string, string> } | { kind: 'hi-end' };

const PLACEHOLDER = /\uFDD0([^\uFDD0\uFDD1]*)\uFDD1/g;

/** JsonML (`[name, attributes, ...children]`), the usual way to write an XML element as JSON. */
type JsonMl = [string, Record<string, string>, ...unknown[]];

function toJsonMl(element: CodeElement): JsonMl {
  return [element.name, element.attributes, ...element.children.map((child) => (typeof child === 'string' ? child : toJsonMl(child)))];
}

function isJsonMl(value: unknown): value is JsonMl {
  return Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'object' && value[1] !== null && !Array.isArray(value[1]);
}

function fromJsonMl(value: JsonMl): CodeElement | undefined {
  const [name, attributes, ...children] = value;
  if (!CODE_ELEMENT_NAMES.has(name)) return undefined;
  const parsed: Array<string | CodeElement> = [];
  for (const child of children) {
    const element = typeof child === 'string' ? child : isJsonMl(child) ? fromJsonMl(child) : undefined;
    if (element === undefined) return undefined;
    parsed.push(element);
  }
  return { name: name as CodeElementName, attributes, children: parsed };
}

const CODE_ELEMENT_NAMES = new Set<string>(['bpt', 'ept', 'ph', 'it', 'ut', 'sub']);

/** The placeholder text that stands for `code` inside a segment (JsonML between the two delimiters). */
export function encodeInlineCode(code: InlineCode): string {
  const json = code.kind === 'element' ? toJsonMl(code.element) : code.kind === 'hi-start' ? ['hi', code.attributes] : ['/hi', {}];
  return `${PLACEHOLDER_START}${JSON.stringify(json)}${PLACEHOLDER_END}`;
}

function decodeInlineCode(json: string): InlineCode | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isJsonMl(value)) return undefined;
  if (value[0] === 'hi') return { kind: 'hi-start', attributes: value[1] };
  if (value[0] === '/hi') return { kind: 'hi-end' };
  const element = fromJsonMl(value);
  return element ? { kind: 'element', element } : undefined;
}

/** Splits segment text into plain text runs and inline codes; a damaged placeholder is dropped. */
export function splitInlineCodes(text: string): Array<string | InlineCode> {
  if (!text.includes(PLACEHOLDER_START)) return text === '' ? [] : [text];
  const parts: Array<string | InlineCode> = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    const code = decodeInlineCode(match[1] ?? '');
    if (code) parts.push(code);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  // Stray delimiters (a placeholder cut in half by an edit) are not text anyone wrote.
  return parts.map((part) => (typeof part === 'string' ? part.replace(/[\uFDD0\uFDD1]/g, '') : part)).filter((part) => part !== '');
}

/** Whether the text holds at least one inline-code placeholder. */
export function hasInlineCodes(text: string): boolean {
  return text.includes(PLACEHOLDER_START);
}

function codeNumber(attributes: Record<string, string>, fallback: number): string {
  return attributes['i'] ?? attributes['x'] ?? String(fallback);
}

function displayCode(code: InlineCode, index: number, openHighlights: string[]): string {
  if (code.kind === 'hi-start') {
    const n = codeNumber(code.attributes, index);
    openHighlights.push(n);
    return `⟨${n}⟩`;
  }
  if (code.kind === 'hi-end') return `⟨/${openHighlights.pop() ?? ''}⟩`;
  const { name, attributes } = code.element;
  const n = codeNumber(attributes, index);
  if (name === 'bpt' || (name === 'it' && attributes['pos'] === 'begin')) return `⟨${n}⟩`;
  if (name === 'ept' || name === 'it') return `⟨/${n}⟩`;
  return `⟨${n}/⟩`;
}

/** The text as a person reads it: each code shown as a short tag (`⟨1⟩bold⟨/1⟩`, `⟨2/⟩`). */
export function displayInlineCodes(text: string): string {
  let index = 0;
  const openHighlights: string[] = [];
  return splitInlineCodes(text)
    .map((part) => (typeof part === 'string' ? part : displayCode(part, ++index, openHighlights)))
    .join('');
}

/** The text with every code removed (for TSV and for measuring what a translator wrote). */
export function stripInlineCodes(text: string): string {
  return splitInlineCodes(text)
    .filter((part) => typeof part === 'string')
    .join('');
}

/** The native text of a code element (what the code stands for in the original format, e.g. `<b>`). */
export function codeElementText(element: CodeElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : codeElementText(child))).join('');
}

/** The text with each code replaced by its native text (`The <b>big</b> cat`), for plain-text formats. */
export function flattenInlineCodes(text: string): string {
  return splitInlineCodes(text)
    .map((part) => (typeof part === 'string' ? part : part.kind === 'element' ? codeElementText(part.element) : ''))
    .join('');
}
