/** German: nouns are capitalised, so ordinals ("26. April", "3. Platz") and many abbreviations matter. */
import { defineProfile } from '../profile.js';
import { INTERNATIONAL_ABBREVIATIONS, WEB_CHROME_WORDS } from './common.js';

export const de = defineProfile({
  code: 'de',
  hasOrdinalDot: true,
  abbreviations: [
    ...INTERNATIONAL_ABBREVIATIONS, 'Abb', 'Abs', 'Abt', 'allg', 'Anm', 'Art', 'Aufl', 'Bd', 'Bde', 'bes', 'bspw', 'bzgl',
    'bzw', 'ca', 'd.h', 'Dipl', 'Dr', 'Hr', 'Hrn', 'Fr', 'ebd', 'evtl', 'f', 'ff', 'geb', 'gem', 'ggf', 'Hrsg', 'i.A',
    'inkl', 'insb', 'Jh', 'Jhd', 'Kap', 'lt', 'max', 'min', 'Mio', 'Mrd', 'Nr', 'o.ä', 'o.g', 'Prof', 's', 'S', 'sog',
    'St', 'Std', 'Str', 'Tel', 'u', 'u.a', 'u.ä', 'usw', 'u.U', 'v', 'v.a', 'v.Chr', 'n.Chr', 'vgl', 'z', 'z.B', 'z.T',
    'zzgl', 'Jan', 'Feb', 'Apr', 'Aug', 'Sept', 'Okt', 'Nov', 'Dez', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So', 'ehem',
    'gegr', 'jr', 'sen', 'Ing', 'Mag', 'Bsp', 'Verf', 'Vors', 'Frl',
  ],
  prepositive: ['Dr', 'Prof', 'Hr', 'Hrn', 'Fr', 'Frl', 'Dipl', 'Ing', 'Mag', 'St'],
  numeric: ['Nr', 'S', 'Abs', 'Art', 'Bd', 'Kap', 'Abb', 'Tab', 'Anm', 'Ziff', 'Rn', 'Nrn'],
  sentenceStarters: [
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Ihr', 'Man', 'Im',
    'In', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Mit', 'Nach', 'Seit', 'Von', 'Vor', 'Zu', 'Zum', 'Zur', 'Für', 'Durch', 'Um',
    'Aber', 'Und', 'Doch', 'Denn', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Damit', 'Dabei', 'Dazu', 'Daher', 'Deshalb',
    'Außerdem', 'Zudem', 'Auch', 'So', 'Wenn', 'Als', 'Wie', 'Was', 'Wer', 'Wo', 'Warum', 'Welche', 'Welcher', 'Unsere',
    'Unser', 'Alle', 'Jede', 'Jeder', 'Viele', 'Nun', 'Jetzt', 'Heute', 'Danke', 'Erstens', 'Zweitens', 'Drittens',
  ],
  months: ['Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  speakerRoles: ['Journalist', 'Journalistin', 'Reporter', 'Reporterin', 'Moderator', 'Moderatorin', 'Frage', 'Antwort', 'Sprecher', 'Sprecherin', 'F', 'A'],
  chromeWords: [...WEB_CHROME_WORDS, 'drucken', 'teilen', 'schließen', 'nach', 'oben', 'und', 'lesezeichen'],
});
