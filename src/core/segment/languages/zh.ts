/** Chinese (Simplified and Traditional): no spaces between sentences; 。！？ always end one. */
import { defineProfile } from '../profile.js';
import { CJK_CHROME_WORDS, INTERNATIONAL_ABBREVIATIONS } from './common.js';

export const zh = defineProfile({
  code: 'zh',
  isCased: false,
  isScriptio: true,
  // Latin abbreviations still occur inside Chinese text ("U.S.", "Dr.").
  abbreviations: INTERNATIONAL_ABBREVIATIONS,
  prepositive: ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St'],
  numeric: ['No', 'p', 'pp'],
  months: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  speakerRoles: ['记者', '主持人', '问', '答', '发言人', '新闻发言人', '主持', '提问', '回答', '記者', '發言人', '译者', '翻译'],
  chromeWords: CJK_CHROME_WORDS,
});
