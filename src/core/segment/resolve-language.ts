/** Choosing a language profile from a BCP-47 tag such as `en-GB`, `zh-Hant-TW` or `fr_CA`. */
import { PROFILES, generic } from './languages/index.js';
import type { LanguageProfile } from './profile.js';

/** The profile chosen for a tag, and whether it is the generic fallback (so the CLI can warn). */
export interface ResolvedLanguage {
  profile: LanguageProfile;
  isFallback: boolean;
}

/** Finds the profile for a BCP-47 tag by its primary subtag; unknown or empty tags get the generic profile. */
export function resolveLanguageProfile(lang: string): ResolvedLanguage {
  const primary = lang.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  const profile = PROFILES.get(primary);
  return profile ? { profile, isFallback: false } : { profile: generic, isFallback: true };
}

/** Primary subtags that have their own profile, for help texts and warnings. */
export function supportedLanguages(): string[] {
  return [...PROFILES.keys()];
}
