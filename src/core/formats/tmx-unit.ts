/** A translation unit as read from a TMX file, before it becomes beads of a project. */
import type { KeptTuAttribute } from './tmx-props.js';

/**
 * What a `<tu>` or `<tuv>` says about itself: bitext's own props (status, confidence) read into
 * fields as they are parsed, other tools' props kept as they are, and notes. bitext's bead-type and
 * bead props are recomputed on export, so they are not kept.
 */
export interface TmxAnnotations {
  /** The last `x-bitext-status` prop. */
  status?: string;
  /** The last `x-bitext-confidence` prop. */
  confidence?: string;
  /** Other props, `[type, value]` in file order; absent when there are none (most units). */
  props?: Array<[string, string]>;
  notes?: string[];
}

/** One `<tuv>`: a language and its segment (inline codes as placeholders), with its props and notes. */
export interface TmxVariant extends TmxAnnotations {
  /** The language as written in the file (`EN-us`, `fr`); normalised later. */
  lang: string;
  text: string;
  /** The last `x-bitext-document` prop: the file the segment came from. */
  document?: string;
}

/** One `<tu>`. */
export interface TmxUnit extends TmxAnnotations {
  srclang?: string;
  /** The attributes bitext keeps from other tools (KEPT_TU_ATTRIBUTES) that the unit has. */
  attributes: Partial<Record<KeptTuAttribute, string>>;
  variants: TmxVariant[];
}

/** What the `<header>` says. */
export interface TmxHeader {
  srclang?: string;
  creationdate?: string;
  creationid?: string;
  creationtool?: string;
}
