/** SRX 2.0 segmentation rules as bitext uses them (parsed by `parseSrx`). */

/** One SRX rule: at a position where `before` matches the text before and `after` the text after. */
export interface SrxRule {
  /** `break="yes"` (a boundary) or `break="no"` (an exception that prevents one). */
  isBreak: boolean;
  /** Java-style regular expression matched against the text ending at the position; may be empty. */
  before: string;
  /** Regular expression matched against the text starting at the position; may be empty. */
  after: string;
}

/** A `<languagemap>`: which language codes (a regular expression) use which rules, in order. */
export interface SrxLanguageMap {
  languagePattern: string;
  rules: SrxRule[];
}

/** A parsed SRX document. */
export interface SrxRules {
  /** `cascade="yes"`: the rules of every matching language map apply, in order; otherwise only the first map's. */
  cascade: boolean;
  maps: SrxLanguageMap[];
}
