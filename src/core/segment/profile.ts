/**
 * What the segmenter needs to know about a language: which abbreviations never end a sentence,
 * which words usually start one, and how its script marks sentence ends. Everything here is data,
 * so adding a language means adding one file under `languages/`.
 */

/** Per-language segmentation data. Words are compared without their final period. */
export interface LanguageProfile {
  /** Primary BCP-47 subtag this profile is for (`en`, `zh` ...), or `und` for the generic one. */
  readonly code: string;
  /** Whether the script has upper and lower case (a lowercase word after "." continues the sentence). */
  readonly isCased: boolean;
  /** Whether sentences are written without spaces between them (CJK): 。！？ end a sentence even when text follows directly. */
  readonly isScriptio: boolean;
  /** Abbreviations (without the final period) that a following capitalised word does not break after unless it starts a sentence. */
  readonly abbreviations: ReadonlySet<string>;
  /** Titles such as "Mr", "Dr", "Mt": never end a sentence before a capitalised word or a number. */
  readonly prepositive: ReadonlySet<string>;
  /** Abbreviations that precede a number ("No. 5", "p. 55", "Art. 3"): no break before a digit. */
  readonly numeric: ReadonlySet<string>;
  /** Words that commonly begin a sentence (compared case-sensitively): after an abbreviation, only these make a boundary. */
  readonly sentenceStarters: ReadonlySet<string>;
  /** Names written with "!" ("Yahoo!"): not a sentence end. */
  readonly exclamationWords: ReadonlySet<string>;
  /** Abbreviations that often close a sentence ("etc."): a boundary before any capitalised word. */
  readonly finalAbbreviations: ReadonlySet<string>;
  /** Particles that continue a sentence after a closed quotation (Japanese 「…。」と言った). */
  readonly quotativeParticles: readonly string[];
  /**
   * Whether "12." before a word is an ordinal (German "am 26. April", "der 3. Platz") rather than a
   * number ending a sentence.
   */
  readonly hasOrdinalDot: boolean;
  /** Month names (lowercase): a date line such as "April 26, 2020" is a dateline heading. */
  readonly months: ReadonlySet<string>;
  /** Role names (lowercase) that make a line ending in ":" a speaker label ("Reporter:", "记者："). */
  readonly speakerRoles: ReadonlySet<string>;
  /** Words (lowercase) of page boilerplate ("print", "share", "打印"): a line made only of them is chrome. */
  readonly chromeWords: ReadonlySet<string>;
}

/** The raw lists a language file provides; `defineProfile` turns them into sets. */
export interface LanguageData {
  code: string;
  isCased?: boolean;
  isScriptio?: boolean;
  abbreviations?: readonly string[];
  prepositive?: readonly string[];
  numeric?: readonly string[];
  sentenceStarters?: readonly string[];
  exclamationWords?: readonly string[];
  finalAbbreviations?: readonly string[];
  quotativeParticles?: readonly string[];
  hasOrdinalDot?: boolean;
  months?: readonly string[];
  speakerRoles?: readonly string[];
  chromeWords?: readonly string[];
}

const lower = (words: readonly string[] = []) => new Set(words.map((w) => w.toLowerCase()));

/**
 * Builds a profile from a language file's lists. Abbreviations, titles and roles are matched
 * case-insensitively; sentence starters keep their case.
 */
export function defineProfile(data: LanguageData): LanguageProfile {
  return {
    code: data.code,
    isCased: data.isCased ?? true,
    isScriptio: data.isScriptio ?? false,
    abbreviations: lower(data.abbreviations),
    prepositive: lower(data.prepositive),
    numeric: lower(data.numeric),
    sentenceStarters: new Set(data.sentenceStarters ?? []),
    exclamationWords: lower(data.exclamationWords),
    finalAbbreviations: lower(data.finalAbbreviations ?? ['etc', 'usw', 'ecc', 'и т.д', 'т.д', 'т.п']),
    quotativeParticles: data.quotativeParticles ?? [],
    hasOrdinalDot: data.hasOrdinalDot ?? false,
    months: lower(data.months),
    speakerRoles: lower(data.speakerRoles),
    chromeWords: lower(data.chromeWords),
  };
}
