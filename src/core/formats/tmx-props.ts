/**
 * The `<prop>` types bitext writes and reads back, and the TMX attributes of a `<tu>` kept from an
 * imported file. Kept in one place so the writer and the reader cannot drift apart.
 */

/** Prop types (user-defined, hence `x-`) bitext writes for each bead. */
export const PROP = {
  status: 'x-bitext-status',
  confidence: 'x-bitext-confidence',
  beadType: 'x-bitext-bead-type',
  bead: 'x-bitext-bead',
  document: 'x-bitext-document',
} as const;

const OWN_PROPS = new Set<string>(Object.values(PROP));

/** Whether a prop type is one bitext computes (and therefore never stores among a bead's kept props). */
export function isOwnProp(type: string): boolean {
  return OWN_PROPS.has(type);
}

/**
 * `<tu>` attributes of an imported TMX kept in a bead's props under `@name` (`@changedate`), so that
 * re-exporting a memory keeps who made each unit and when.
 */
export const KEPT_TU_ATTRIBUTES = ['creationdate', 'creationid', 'changedate', 'changeid', 'usagecount', 'lastusagedate'] as const;

/** One of KEPT_TU_ATTRIBUTES. */
export type KeptTuAttribute = (typeof KEPT_TU_ATTRIBUTES)[number];

/** The prop key under which a kept `<tu>` attribute is stored. */
export function attributeProp(name: string): string {
  return `@${name}`;
}

/** Whether a kept prop is really a `<tu>` attribute (written as an attribute, not a `<prop>`). */
export function isAttributeProp(key: string): boolean {
  return key.startsWith('@');
}
