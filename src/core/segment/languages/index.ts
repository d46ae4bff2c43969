/** Every language profile bitext ships, by primary BCP-47 subtag. */
import type { LanguageProfile } from '../profile.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { zh } from './zh.js';

export { generic } from './generic.js';

/** Profiles keyed by lowercase primary language subtag. */
export const PROFILES: ReadonlyMap<string, LanguageProfile> = new Map(
  [en, zh, ja, fr, de, es, it, pt, ru].map((profile) => [profile.code, profile]),
);
