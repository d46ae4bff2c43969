/** English: abbreviations from sentence-splitter's list (minus words that are also common words), plus ours. */
import { English } from 'sentence-splitter/lang';
import { defineProfile } from '../profile.js';
import { INTERNATIONAL_ABBREVIATIONS, WEB_CHROME_WORDS } from './common.js';

/** Entries of sentence-splitter's list that are ordinary English words and often end a sentence. */
const COMMON_WORDS = new Set(['is', 'me', 'man', 'may', 'miss', 'ok', 'ill', 'ken', 'mass', 'wash', 'con', 'id', 'ore', 'fed', 'mo', 'min', 'cal', 'ind', 'la', 'pa', 'del', 'exp', 'ext', 'res', 'op', 'ord', 'ver', 'med', 'man']);

const fromSplitter = (words: readonly string[]) =>
  words.map((w) => w.replace(/\.$/, '')).filter((w) => !COMMON_WORDS.has(w.toLowerCase()));

export const en = defineProfile({
  code: 'en',
  abbreviations: [
    ...fromSplitter(English.ABBREVIATIONS),
    ...INTERNATIONAL_ABBREVIATIONS,
    'a.k.a', 'abbr', 'admin', 'approx', 'apt', 'assoc', 'avg', 'b.c', 'a.d', 'dept', 'div', 'est', 'fig', 'figs', 'govt',
    'hrs', 'incl', 'intl', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue',
    'wed', 'thu', 'fri', 'sat', 'sun', 'mins', 'misc', 'mr', 'mrs', 'ms', 'nat', 'natl', 'pp', 'pt', 'qty', 'sq', 'tel',
    'univ', 'vol', 'vols', 'yr', 'yrs', 'oz', 'lb', 'lbs', 'ft', 'in', 'cm', 'mm', 'km', 'kg', 'no', 'nos', 'u.s.a', 'd.c',
    'n.y', 'l.a', 'r.i.p', 'p.s', 'q.v', 'n.b', 'a.s.a.p',
  ].filter((w) => w !== 'in'),
  prepositive: [...English.PREPOSITIVE_ABBREVIATIONS.map((w) => w.replace(/\.$/, '')), 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Mt', 'Ft', 'Pres', 'Hon', 'Rev', 'Gov', 'Sen', 'Rep', 'Gen', 'Col', 'Capt', 'Lt', 'Sgt', 'Messrs', 'Mmes', 'Fr', 'Sr', 'Jr'].filter((w) => !['V', 'Vs', 'Ph'].includes(w)),
  numeric: ['No', 'Nos', 'Nr', 'N°', 'n°', 'p', 'pp', 'fig', 'figs', 'vol', 'vols', 'art', 'arts', 'ch', 'chap', 'sec', 'para', 'op', 'ed', 'eq', 'tab', 'app', 'ex', 'no'],
  sentenceStarters: [
    'A', 'About', 'After', 'All', 'Also', 'Although', 'An', 'And', 'Another', 'Any', 'As', 'At', 'Because', 'Before', 'Being',
    'Both', 'But', 'By', 'Can', 'Could', 'Did', 'Do', 'Does', 'During', 'Each', 'Even', 'Every', 'First', 'For', 'From',
    'Furthermore', 'He', 'Her', 'Here', 'His', 'How', 'However', 'I', 'If', 'In', 'Indeed', 'Is', 'It', 'Its', "It's", 'Let',
    'Many', 'Meanwhile', 'More', 'Moreover', 'Most', 'My', 'No', 'Nor', 'Not', 'Now', 'Of', 'On', 'Once', 'One', 'Only', 'Or',
    'Other', 'Our', 'She', 'Since', 'So', 'Some', 'Still', 'Such', 'That', 'The', 'Their', 'Then', 'There', 'Therefore',
    'These', 'They', 'This', 'Those', 'Though', 'Thus', 'To', 'Today', 'Under', 'Unlike', 'Was', 'We', 'Were', 'What',
    'When', 'Where', 'Whether', 'Which', 'While', 'Who', 'Why', 'Will', 'With', 'Yet', 'You', 'Your', 'Millions', 'Thank',
  ],
  exclamationWords: English.EXCLAMATION_WORDS.map((w) => w.replace(/!$/, '')).concat(['Jeopardy', 'Yum']),
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
  speakerRoles: ['Reporter', 'Journalist', 'Moderator', 'Host', 'Chairman', 'Chair', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Interviewer', 'Question', 'Answer', 'Q', 'A', 'Narrator', 'Audience', 'Translator', 'Interpreter'],
  chromeWords: WEB_CHROME_WORDS,
});
