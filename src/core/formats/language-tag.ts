/** Language tags as other tools write them (`EN-US`, `en_us`, `zh-cn`) brought to one BCP-47 spelling. */

// A memory repeats a handful of tags millions of times, and Intl is slow.
const canonical = new Map<string, string>();

/** Canonical BCP-47 case (`en-US`, `zh-Hant-TW`); tags Intl cannot parse keep their own spelling, trimmed. */
export function normalizeLanguageTag(tag: string): string {
  const known = canonical.get(tag);
  if (known !== undefined) return known;
  const cleaned = tag.trim().replace(/_/g, '-');
  let result = cleaned;
  try {
    result = Intl.getCanonicalLocales(cleaned)[0] ?? cleaned;
  } catch {
    // Not a well-formed tag: keep it as written.
  }
  if (canonical.size < 10_000) canonical.set(tag, result);
  return result;
}

/** Whether two tags name the same language variety, ignoring case and `_`/`-`. */
export function sameLanguage(a: string, b: string): boolean {
  return normalizeLanguageTag(a).toLowerCase() === normalizeLanguageTag(b).toLowerCase();
}
