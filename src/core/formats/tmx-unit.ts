/** A translation unit as read from a TMX file, before it becomes beads of a project. */

/** One `<tuv>`: a language and its segment (inline codes as placeholders), with its props and notes. */
export interface TmxVariant {
  /** The language as written in the file (`EN-us`, `fr`); normalised later. */
  lang: string;
  text: string;
  /** `[type, value]` in file order; absent when the `<tuv>` has none (most have none). */
  props?: Array<[string, string]>;
  notes?: string[];
}

/** One `<tu>`. */
export interface TmxUnit {
  srclang?: string;
  attributes: Record<string, string>;
  props?: Array<[string, string]>;
  notes?: string[];
  variants: TmxVariant[];
}

/** What the `<header>` says. */
export interface TmxHeader {
  srclang?: string;
  creationdate?: string;
  creationid?: string;
  creationtool?: string;
}
