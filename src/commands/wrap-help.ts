/**
 * Line wrapping for help text in any UI language: breaks at spaces and, in Chinese and Japanese,
 * between characters, measuring columns with string-width (CJK counts two), and keeps the
 * line-breaking rules CJK typesetting expects (kinsoku): no line starts with ，。、）」 and the like,
 * and none ends with （「 and the like.
 */
import stringWidth from 'string-width';
// The same kinsoku rules as the review screen's wrapping, so help and screen break CJK text alike.
import { mayNotEndLine, mayNotStartLine } from '../ui/layout/kinsoku.js';

/** A character that can be broken before or after without a space: CJK ideographs, kana, hangul, full-width forms. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

interface Piece {
  text: string;
  spaceBefore: boolean;
}

/** Splits a run without spaces where CJK allows a break. */
function chunks(run: string): string[] {
  const result: string[] = [];
  let current: string[] = [];
  for (const char of run) {
    const previous = current.at(-1);
    if (previous !== undefined && (WIDE.test(char) || WIDE.test(previous)) && !mayNotStartLine(char) && !mayNotEndLine(previous)) {
      result.push(current.join(''));
      current = [];
    }
    current.push(char);
  }
  result.push(current.join(''));
  return result;
}

/** French sets a space inside « » and before : ; ? ! that must not become a line break. */
const GLUED_AFTER_SPACE = /^[»:;?!]/u;
const GLUED_BEFORE_SPACE = /«$/u;

/** Cuts a line into the smallest pieces a line may break between. */
function pieces(line: string): Piece[] {
  const result: Piece[] = [];
  let spaceBefore = false;
  for (const run of line.split(/( +)/)) {
    if (run === '') continue;
    if (run.startsWith(' ')) {
      spaceBefore = true;
      continue;
    }
    const [first, ...rest] = chunks(run);
    const last = result.at(-1);
    if (last !== undefined && spaceBefore && (GLUED_AFTER_SPACE.test(run) || GLUED_BEFORE_SPACE.test(last.text))) last.text += ` ${first!}`;
    else result.push({ text: first!, spaceBefore });
    for (const text of rest) result.push({ text, spaceBefore: false });
    spaceBefore = false;
  }
  return result;
}

function wrapLine(line: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces(line)) {
    const candidate = current === '' ? piece.text : `${current}${piece.spaceBefore ? ' ' : ''}${piece.text}`;
    if (current === '' || stringWidth(candidate) <= width) current = candidate;
    else {
      lines.push(current);
      current = piece.text;
    }
  }
  lines.push(current);
  return lines;
}

/**
 * Wraps `text` to `width` terminal columns, keeping its own line breaks. A piece wider than the
 * width (a long path) stays whole on its own line.
 */
export function wrapColumns(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}
