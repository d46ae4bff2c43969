/** Italian: titles "Sig.", "Dott.", "On.". */
import { defineProfile } from '../profile.js';
import { INTERNATIONAL_ABBREVIATIONS, WEB_CHROME_WORDS } from './common.js';

export const it = defineProfile({
  code: 'it',
  abbreviations: [
    ...INTERNATIONAL_ABBREVIATIONS, 'Sig', 'Sigg', 'Sig.ra', 'Sig.na', 'Dott', 'Dott.ssa', 'Dr', 'Prof', 'Prof.ssa', 'Avv',
    'Ing', 'Arch', 'Geom', 'On', 'Egr', 'Gent', 'Spett', 'S.p.A', 'S.r.l', 'art', 'artt', 'cap', 'cfr', 'ecc', 'es',
    'fig', 'n', 'nn', 'p', 'pp', 'pag', 'sec', 'tel', 'vol', 'gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago',
    'set', 'ott', 'nov', 'dic', 'c.a', 'ca', 'a.C', 'd.C', 'ss',
  ],
  prepositive: ['Sig', 'Sigg', 'Sig.ra', 'Sig.na', 'Dott', 'Dott.ssa', 'Dr', 'Prof', 'Prof.ssa', 'Avv', 'Ing', 'Arch', 'On', 'Egr', 'Gent', 'S'],
  numeric: ['art', 'artt', 'n', 'nn', 'p', 'pp', 'pag', 'cap', 'vol', 'fig'],
  sentenceStarters: [
    'Il', 'Lo', 'La', 'I', 'Gli', 'Le', 'Un', 'Uno', 'Una', 'Io', 'Noi', 'Lui', 'Lei', 'Loro', 'Questo', 'Questa', 'Questi',
    'Queste', 'In', 'Nel', 'Nella', 'Con', 'Per', 'Ma', 'E', 'Se', 'Quando', 'Come', 'Anche', 'Inoltre', 'Abbiamo', 'Ci',
    'Si', 'Al', 'Alla', 'Dal', 'Dalla', 'Del', 'Della', 'Da', 'Di', 'Dopo', 'Prima', 'Tutti', 'Ogni', 'Nostro', 'Nostra',
    'Che', 'Chi', 'Cosa', 'Perché', 'Dove', 'Grazie', 'Oggi', 'Ora', 'Poi', 'Quindi', 'Tuttavia',
  ],
  months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  speakerRoles: ['Giornalista', 'Domanda', 'Risposta', 'Moderatore', 'Moderatrice', 'Portavoce', 'D', 'R'],
  chromeWords: [...WEB_CHROME_WORDS, 'stampa', 'condividi', 'chiudi', 'e'],
});
