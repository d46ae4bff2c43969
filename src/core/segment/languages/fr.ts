/** French: titles (M., Mme), ordinal abbreviations, and a space before ":" in speaker labels. */
import { defineProfile } from '../profile.js';
import { INTERNATIONAL_ABBREVIATIONS, WEB_CHROME_WORDS } from './common.js';

export const fr = defineProfile({
  code: 'fr',
  abbreviations: [
    ...INTERNATIONAL_ABBREVIATIONS, 'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mgr', 'Pr', 'Dr', 'Drs', 'av', 'apr',
    'J.-C', 'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'env', 'cf', 'chap', 'coll', 'éd', 'éds',
    'ex', 'fig', 'hab', 'ill', 'min', 'max', 'n°', 'no', 'p', 'pp', 'qqch', 'qqn', 'resp', 's', 'suiv', 't', 'trad',
    'vol', 'art', 'bd', 'boul', 'S.A', 'S.E', 'S.M', 'Cie', 'Éts', 'ann', 'dir', 'réf', 'tél', 'c.-à-d', 'etc', 'hon',
  ],
  prepositive: ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mgr', 'Pr', 'Dr', 'St', 'Ste', 'S.E', 'S.M'],
  numeric: ['n°', 'no', 'p', 'pp', 'art', 'vol', 't', 'chap', 'fig', 'éd'],
  sentenceStarters: [
    'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Il', 'Elle', 'Ils', 'Elles', 'Je', 'Nous', 'Vous', 'On', 'Ce', 'Cet', 'Cette',
    'Ces', 'C’est', "C'est", 'Dans', 'En', 'Pour', 'Par', 'Mais', 'Et', 'Or', 'Donc', 'Ainsi', 'Alors', 'Après', 'Avant',
    'Depuis', 'Pendant', 'Selon', 'Si', 'Quand', 'Lorsque', 'Comme', 'Cependant', 'Toutefois', 'Enfin', 'Puis', 'Au', 'Aux',
    'Du', 'De', 'Sur', 'Avec', 'Sans', 'Tous', 'Toutes', 'Chaque', 'Notre', 'Nos', 'Leur', 'Leurs', 'Son', 'Sa', 'Ses',
    'Qui', 'Que', 'Quel', 'Quelle', 'Quels', 'Quelles', 'Pourquoi', 'Comment', 'Où', 'Merci', 'À', 'Y', 'Il y a',
  ],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  speakerRoles: ['Journaliste', 'Question', 'Réponse', 'Présentateur', 'Présentatrice', 'Modérateur', 'Modératrice', 'Porte-parole', 'Interprète', 'Q', 'R'],
  chromeWords: [...WEB_CHROME_WORDS, 'imprimer', 'partager', 'envoyer', 'courriel', 'fermer', 'haut', 'de', 'la', 'page', 'et', 'favoris'],
});
