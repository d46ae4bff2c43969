/**
 * Writes segment text with its inline-code placeholders as real XML elements, through an XML writer
 * (which does all escaping). `<hi>` placeholders open and close an element around
 * ordinary text; a highlight left open by an edit is closed at the end so the output stays well formed.
 */
import type { CodeElement } from './inline-codes.js';
import { hasInlineCodes, splitInlineCodes } from './inline-codes.js';
import type { XmlSink } from './xml-writer.js';

/** Cleans a run of plain text before it is written (forbidden characters, line ends). */
export type CleanText = (text: string) => string;

/** XML turns a literal CR into LF on reading, so line ends are written as LF to read back what was written. */
function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function writeElement(builder: XmlSink, element: CodeElement, clean: CleanText): void {
  builder.ele(element.name, element.attributes);
  for (const child of element.children) {
    if (typeof child === 'string') builder.txt(normalizeLineEnds(clean(child)));
    else writeElement(builder, child, clean);
  }
  builder.up();
}

/** Writes `text` as the content of the element currently open in `builder`. */
export function writeInlineText(builder: XmlSink, text: string, clean: CleanText): void {
  if (!hasInlineCodes(text)) {
    const cleaned = normalizeLineEnds(clean(text));
    if (cleaned !== '') builder.txt(cleaned);
    return;
  }
  let openHighlights = 0;
  for (const part of splitInlineCodes(text)) {
    if (typeof part === 'string') {
      const cleaned = normalizeLineEnds(clean(part));
      if (cleaned !== '') builder.txt(cleaned);
    } else if (part.kind === 'element') {
      writeElement(builder, part.element, clean);
    } else if (part.kind === 'hi-start') {
      builder.ele('hi', part.attributes);
      openHighlights += 1;
    } else if (openHighlights > 0) {
      builder.up();
      openHighlights -= 1;
    }
  }
  for (; openHighlights > 0; openHighlights--) builder.up();
}
