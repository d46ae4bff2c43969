/**
 * Strings cut from a large buffer keep the whole buffer alive: V8 represents `chunk.slice(a, b)` (13
 * characters or more) as a view into `chunk`. The XML scanner (xml-scanner.ts) hands out such views
 * of the decoded chunk, so a project that kept them would keep every chunk of the file, i.e. the
 * whole decoded file. Copying each kept string once makes memory follow the project instead of the
 * file.
 */

/** A copy of `text` that shares no storage with the string it was cut from. */
export function ownString(text: string): string {
  // Concatenation makes a rope; slicing a rope flattens it into a fresh string of its own.
  return ` ${text}`.slice(1);
}
