/**
 * Applying SRX rules on top of bitext's own boundaries: at every position where an SRX rule
 * matches, the first matching rule (in document order) decides; elsewhere bitext's decision
 * stands. SRX regular expressions are Java's; the common differences are translated.
 */
import { UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import type { SrxRule, SrxRules } from './srx-types.js';

/** An SRX rule whose pattern finds, in one pass, every position where it applies. */
export interface CompiledSrxRule {
  isBreak: boolean;
  pattern: RegExp;
}

const JAVA_CLASSES: Record<string, string> = {
  javaLowerCase: 'Ll', javaUpperCase: 'Lu', Lower: 'Ll', Upper: 'Lu', Alpha: 'L', Alnum: 'Alnum', Punct: 'P',
  Digit: 'Nd', IsAlphabetic: 'Alphabetic', IsLatin: 'Script=Latin', IsHan: 'Script=Han', Space: 'White_Space',
};

/** Rewrites the Java-only parts of a regular expression (\Q..\E, possessive quantifiers, atomic groups, POSIX classes). */
export function javaToJsRegex(source: string): { source: string; ignoreCase: boolean } {
  let out = source.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, literal: string) => literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const ignoreCase = out.startsWith('(?i)');
  if (ignoreCase) out = out.slice(4);
  out = out.replace(/([*+?}])\+/g, '$1').replace(/\(\?>/g, '(?:');
  out = out.replace(/\\([pP])\{(\w+)\}/g, (whole, p: string, name: string) => {
    const mapped = JAVA_CLASSES[name];
    if (mapped === 'Alnum') return p === 'p' ? '[\\p{L}\\p{Nd}]' : '[^\\p{L}\\p{Nd}]';
    return mapped ? `\\${p}{${mapped}}` : whole;
  });
  return { source: out, ignoreCase };
}

function compileRule(rule: SrxRule): CompiledSrxRule {
  const before = javaToJsRegex(rule.before);
  const after = javaToJsRegex(rule.after);
  const flags = `gu${before.ignoreCase || after.ignoreCase ? 'i' : ''}`;
  const source = `(?<=${before.source || ''})(?=${after.source || ''})`;
  try {
    return { isBreak: rule.isBreak, pattern: new RegExp(source, flags) };
  } catch {
    try {
      return { isBreak: rule.isBreak, pattern: new RegExp(source, flags.replace('u', '')) };
    } catch (error) {
      throw new UserError('srx-bad-regex', { pattern: `${rule.before} / ${rule.after}`, reason: (error as Error).message }, EXIT.dataError);
    }
  }
}

function matchesLanguage(pattern: string, lang: string): boolean {
  const { source } = javaToJsRegex(pattern);
  try {
    return new RegExp(`^(?:${source})$`, 'i').test(lang) || new RegExp(`^(?:${source})$`, 'i').test(lang.replace(/-/g, '_'));
  } catch {
    return false;
  }
}

/** The rules that apply to `lang`, compiled, in the order SRX says they are tried. */
export function selectSrxRules(rules: SrxRules, lang: string): CompiledSrxRule[] {
  const maps = rules.maps.filter((map) => matchesLanguage(map.languagePattern, lang));
  const chosen = rules.cascade ? maps : maps.slice(0, 1);
  return chosen.flatMap((map) => map.rules.map(compileRule));
}

/** Adds the positions where an SRX break rule applies first and removes those where a no-break rule does. */
export function applySrxRules(run: string, breaks: readonly number[], rules: readonly CompiledSrxRule[]): number[] {
  const decisions = new Map<number, boolean>();
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(run); match !== null; match = rule.pattern.exec(run)) {
      if (match.index > 0 && match.index < run.length && !decisions.has(match.index)) decisions.set(match.index, rule.isBreak);
      rule.pattern.lastIndex = match.index + 1;
    }
  }
  const result = new Set(breaks.filter((at) => decisions.get(at) !== false));
  for (const [at, isBreak] of decisions) if (isBreak) result.add(at);
  return [...result].sort((a, b) => a - b);
}
