/** Japanese: no spaces between sentences; 。！？ (and the half-width ｡) always end one. */
import { defineProfile } from '../profile.js';
import { CJK_CHROME_WORDS, INTERNATIONAL_ABBREVIATIONS } from './common.js';

export const ja = defineProfile({
  code: 'ja',
  isCased: false,
  isScriptio: true,
  quotativeParticles: ['と', 'って', 'とか', 'など'],
  abbreviations: INTERNATIONAL_ABBREVIATIONS,
  prepositive: ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St'],
  numeric: ['No', 'p', 'pp'],
  speakerRoles: ['記者', '司会', '司会者', '質問', '回答', '問', '答', '報道官', '記者A', '記者B'],
  chromeWords: CJK_CHROME_WORDS,
});
