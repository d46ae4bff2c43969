/**
 * Reading an SRX 2.0 document (the segmentation rules format of OmegaT, Okapi and Trados) with a
 * real XML parser. Malformed XML, a document that is not SRX, or a language map pointing at a
 * missing rule set is a data error (`srx-malformed`) whose parameters name the problem as a code
 * with its own parameters (`problem: 'srx-wrong-root', root: 'tmx'`); the edge translates it.
 */
import { SaxesParser } from 'saxes';
import { UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import type { SrxRule, SrxRules } from './srx-types.js';

interface ParseState {
  cascade: boolean;
  ruleSets: Map<string, SrxRule[]>;
  mapRefs: Array<{ languagePattern: string; ruleName: string }>;
  currentSet: SrxRule[] | undefined;
  currentRule: SrxRule | undefined;
  textTarget: 'before' | 'after' | undefined;
  sawRoot: boolean;
}

/** What is wrong with an SRX document; `code` is a locale key under `errors.`. */
export type SrxProblem =
  | { code: 'srx-not-xml'; line: number; column: number; /** the XML parser's own words */ detail: string }
  | { code: 'srx-no-root' }
  | { code: 'srx-wrong-root'; root: string }
  | { code: 'srx-map-attributes' }
  | { code: 'srx-map-unknown-rule'; rule: string };

const fail = (name: string, { code, ...params }: SrxProblem) => new UserError('srx-malformed', { path: name, problem: code, ...params }, EXIT.dataError);

/** The XML parser's message without the `line:column: ` it starts with (those become parameters). */
function xmlProblem(error: unknown, line: number, column: number): SrxProblem {
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'srx-not-xml', line, column, detail: message.replace(/^(?:.*?:)?\d+:\d+: /, '').replace(/\.$/, '') };
}

function openTag(state: ParseState, tag: string, attributes: Record<string, string>, name: string): void {
  const local = tag.replace(/^.*:/, '');
  if (!state.sawRoot) {
    if (local !== 'srx') throw fail(name, { code: 'srx-wrong-root', root: tag });
    state.sawRoot = true;
  }
  if (local === 'header') state.cascade = (attributes['cascade'] ?? 'no').toLowerCase() === 'yes';
  else if (local === 'languagerule') {
    state.currentSet = [];
    state.ruleSets.set(attributes['languagerulename'] ?? '', state.currentSet);
  } else if (local === 'rule') {
    state.currentRule = { isBreak: (attributes['break'] ?? 'yes').toLowerCase() !== 'no', before: '', after: '' };
    state.currentSet?.push(state.currentRule);
  } else if (local === 'beforebreak') state.textTarget = 'before';
  else if (local === 'afterbreak') state.textTarget = 'after';
  else if (local === 'languagemap') {
    const languagePattern = attributes['languagepattern'];
    const ruleName = attributes['languagerulename'];
    if (languagePattern === undefined || ruleName === undefined) throw fail(name, { code: 'srx-map-attributes' });
    state.mapRefs.push({ languagePattern, ruleName });
  }
}

/**
 * Parses SRX 2.0 text into rules.
 * @param xml the SRX document
 * @param name how to name it in errors (a path)
 */
export function parseSrx(xml: string, name = 'SRX'): SrxRules {
  const state: ParseState = { cascade: false, ruleSets: new Map(), mapRefs: [], currentSet: undefined, currentRule: undefined, textTarget: undefined, sawRoot: false };
  const parser = new SaxesParser({ position: true });
  let error: unknown;
  parser.on('error', (e) => {
    error ??= fail(name, xmlProblem(e, parser.line, parser.column));
  });
  parser.on('opentag', (node) => {
    if (error === undefined) {
      try {
        openTag(state, node.name, node.attributes as Record<string, string>, name);
      } catch (e) {
        error = e;
      }
    }
  });
  parser.on('text', (text) => {
    if (state.textTarget && state.currentRule) state.currentRule[state.textTarget] += text;
  });
  parser.on('closetag', (node) => {
    const local = node.name.replace(/^.*:/, '');
    if (local === 'beforebreak' || local === 'afterbreak') state.textTarget = undefined;
    if (local === 'languagerule') state.currentSet = undefined;
  });
  parser.write(xml).close();
  if (error !== undefined) throw error;
  if (!state.sawRoot) throw fail(name, { code: 'srx-no-root' });
  const maps = state.mapRefs.map(({ languagePattern, ruleName }) => {
    const rules = state.ruleSets.get(ruleName);
    if (!rules) throw fail(name, { code: 'srx-map-unknown-rule', rule: ruleName });
    return { languagePattern, rules };
  });
  return { cascade: state.cascade, maps };
}
