/**
 * The profile for languages bitext has no data for: international abbreviations only, and no
 * sentence-starter list, so an abbreviation before a capitalised word never ends a sentence.
 */
import { defineProfile } from '../profile.js';
import { CJK_CHROME_WORDS, INTERNATIONAL_ABBREVIATIONS, WEB_CHROME_WORDS } from './common.js';

export const generic = defineProfile({
  code: 'und',
  abbreviations: INTERNATIONAL_ABBREVIATIONS,
  prepositive: ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Mt'],
  numeric: ['No', 'Nr', 'N°', 'p', 'pp', 'art', 'vol', 'fig'],
  chromeWords: [...WEB_CHROME_WORDS, ...CJK_CHROME_WORDS],
});
