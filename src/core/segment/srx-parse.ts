/**
 * Reading an SRX 2.0 document (the segmentation rules format of OmegaT, Okapi and Trados) with a
 * real XML parser. Malformed XML, a document that is not SRX, or a language map pointing at a
 * missing rule set is a data error naming the problem.
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

const fail = (name: string, reason: string) => new UserError('srx-malformed', { path: name, reason }, EXIT.dataError);

function openTag(state: ParseState, tag: string, attributes: Record<string, string>, name: string): void {
  const local = tag.replace(/^.*:/, '');
  if (!state.sawRoot) {
    if (local !== 'srx') throw fail(name, `root element is <${tag}>, not <srx>`);
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
    if (languagePattern === undefined || ruleName === undefined) throw fail(name, '<languagemap> needs languagepattern and languagerulename');
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
    error ??= e;
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
  if (error instanceof UserError) throw error;
  if (error !== undefined) throw fail(name, (error as Error).message);
  if (!state.sawRoot) throw fail(name, 'no <srx> element');
  const maps = state.mapRefs.map(({ languagePattern, ruleName }) => {
    const rules = state.ruleSets.get(ruleName);
    if (!rules) throw fail(name, `<languagemap> refers to a missing languagerule "${ruleName}"`);
    return { languagePattern, rules };
  });
  return { cascade: state.cascade, maps };
}
