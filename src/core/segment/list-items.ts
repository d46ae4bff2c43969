/**
 * Lists written inside one line ("1) first 2) second", "a. one b. two", "• 9. first • 10. second"):
 * each item is a segment. An item starts at a bullet after a space, or at the next marker of an
 * enumeration (same style, value one higher) whose first marker opens the line or is 1/a/A.
 */
import { BULLETS } from './text-classes.js';

const MARKER = /(\d{1,3}|[a-zA-Z])(\.\)|\)|\.)(?=\s)/gu;
/** An enumeration can only start with 1, a or A (or a marker opening the line). */
const FIRST_MARKER = /(?:^|\s)(?:1|a|A)(?:\.\)|\)|\.)\s/u;
const MARKER_AT_START = /^(?:\d{1,3}|[a-zA-Z])(?:\.\)|\)|\.)\s/u;
const ANY_BULLET = /[•⁃▪◦‣●■➢➤►]/u;

interface Marker {
  index: number;
  value: number;
  isLetter: boolean;
  style: string;
}

function collectMarkers(run: string): Marker[] {
  const markers: Marker[] = [];
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(run); match !== null; match = MARKER.exec(run)) {
    const charBefore = run[match.index - 1];
    if (charBefore !== undefined && !/[\s•⁃▪◦‣●■➢➤►]/u.test(charBefore)) continue;
    const label = match[1]!;
    const isLetter = /[a-z]/i.test(label);
    const value = isLetter ? label.toLowerCase().charCodeAt(0) - 96 : Number(label);
    // A bullet before the marker ("⁃9.", "• 10.") belongs to the item.
    let index = match.index;
    if (BULLETS.includes(run[index - 1] ?? '')) index--;
    else if (run[index - 1] === ' ' && BULLETS.includes(run[index - 2] ?? '')) index -= 2;
    markers.push({ index, value, isLetter, style: `${isLetter ? (label === label.toUpperCase() ? 'A' : 'a') : '1'}${match[2]}` });
  }
  return markers;
}

const BULLET_AFTER_SPACE = /(?<=\s)[•⁃▪◦‣●■➢➤►]/gu;

/** Whether an enumeration may start here: after a colon or the end of a sentence ("Steps: 1. Mix 2. Bake"), not after a word ("am 1. Januar"). */
function opensEnumeration(run: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /\s/u.test(run[i]!)) i--;
  return i < 0 || /[:：.!?;。！？]/u.test(run[i]!);
}

/** Offsets in `run` where a new list item starts (never at the line's first item), sorted. */
export function findListItemStarts(run: string): number[] {
  const contentStart = run.search(/[^\s•⁃▪◦‣●■➢➤►]/u);
  const hasBullet = ANY_BULLET.test(run);
  if (!hasBullet && !FIRST_MARKER.test(run) && !MARKER_AT_START.test(run.slice(contentStart, contentStart + 6))) return [];
  const isLineStart = (index: number) => contentStart === -1 || index <= contentStart;
  const starts = new Set<number>();
  if (hasBullet) for (const match of run.matchAll(BULLET_AFTER_SPACE)) if (!isLineStart(match.index)) starts.add(match.index);
  // One open enumeration per style ("1.)", "a."): the markers seen so far, awaiting value + 1.
  const open = new Map<string, Marker[]>();
  for (const marker of collectMarkers(run)) {
    const chain = open.get(marker.style);
    const last = chain?.[chain.length - 1];
    if (chain && last && marker.value === last.value + 1) {
      chain.push(marker);
      const added = chain.length === 2 ? chain : [marker];
      for (const item of added) if (!isLineStart(item.index)) starts.add(item.index);
    } else if (isLineStart(marker.index) || (marker.value === 1 && opensEnumeration(run, marker.index))) {
      open.set(marker.style, [marker]);
    }
  }
  return [...starts].sort((a, b) => a - b);
}
