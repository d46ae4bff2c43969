/** French, German, Spanish, Italian, Portuguese and Russian rules, with sentences of our own. */
import { runGoldenTable } from './golden-table.js';

runGoldenTable('fr', [
  { name: 'period', input: 'Le train part à midi. Il arrive le soir.', expected: ['Le train part à midi.', 'Il arrive le soir.'] },
  { name: 'M. before a name', input: 'M. Dupont est arrivé hier.', expected: ['M. Dupont est arrivé hier.'] },
  { name: 'Mme and M.', input: 'Mme Martin et M. Durand sont partis.', expected: ['Mme Martin et M. Durand sont partis.'] },
  { name: 'p. before a number', input: 'Voir p. 45 du rapport.', expected: ['Voir p. 45 du rapport.'] },
  { name: 'n° and a number ending a sentence', input: 'Elle habite au n° 12. Son frère habite à côté.', expected: ['Elle habite au n° 12.', 'Son frère habite à côté.'] },
  { name: 'guillemets with spaces', input: 'Il a dit : « Nous sommes prêts. » Puis il est parti.', expected: ['Il a dit : « Nous sommes prêts. »', 'Puis il est parti.'] },
  { name: 'guillemets with no-break spaces', input: 'Il a dit\u00a0: «\u00a0Non.\u00a0» Elle a souri.', expected: ['Il a dit\u00a0: «\u00a0Non.\u00a0»', 'Elle a souri.'] },
  { name: 'a year ends a sentence', input: 'Il est né en 1990. Sa sœur est née plus tard.', expected: ['Il est né en 1990.', 'Sa sœur est née plus tard.'] },
  { name: 'percentage with a space', input: 'Le taux est de 3,5 %. Il baisse.', expected: ['Le taux est de 3,5 %.', 'Il baisse.'] },
  { name: 'etc. ends a sentence', input: 'On vend des stylos, du papier, etc. Voilà tout.', expected: ['On vend des stylos, du papier, etc.', 'Voilà tout.'] },
  { name: 'space before ? and !', input: 'Qu’en pensez-vous ? Nous attendons votre réponse !', expected: ['Qu’en pensez-vous ?', 'Nous attendons votre réponse !'] },
  { name: 'ellipsis before a capital', input: 'Il hésita… Puis il partit.', expected: ['Il hésita…', 'Puis il partit.'] },
  { name: 'ellipsis before a lowercase word', input: 'Et puis… rien.', expected: ['Et puis… rien.'] },
  { name: 'art. before a number', input: 'Selon l’art. 5 de la loi, c’est interdit.', expected: ['Selon l’art. 5 de la loi, c’est interdit.'] },
  { name: 'Mlle then a pronoun', input: 'Mlle Dubois est partie. Elle reviendra.', expected: ['Mlle Dubois est partie.', 'Elle reviendra.'] },
  { name: 'abbreviation then a sentence starter', input: 'Il a vu Mme Roy et al. Nous l’avons su après.', expected: ['Il a vu Mme Roy et al.', 'Nous l’avons su après.'] },
]);

runGoldenTable('de', [
  { name: 'day ordinal before a month', input: 'Am 26. April 2020 fand die Sitzung statt.', expected: ['Am 26. April 2020 fand die Sitzung statt.'] },
  { name: 'ordinal before a noun', input: 'Er belegte den 3. Platz. Das war ein Erfolg.', expected: ['Er belegte den 3. Platz.', 'Das war ein Erfolg.'] },
  { name: 'a year ends a sentence', input: 'Das geschah im Jahr 2019. Danach änderte sich alles.', expected: ['Das geschah im Jahr 2019.', 'Danach änderte sich alles.'] },
  { name: 'Dr. before a name', input: 'Dr. Müller kommt morgen.', expected: ['Dr. Müller kommt morgen.'] },
  { name: 'z.B. before a lowercase word', input: 'Das gilt z.B. für Kinder.', expected: ['Das gilt z.B. für Kinder.'] },
  { name: 'S. before a page number', input: 'Siehe S. 12 im Bericht.', expected: ['Siehe S. 12 im Bericht.'] },
  { name: 'Co. before a capitalised noun', input: 'Die Firma Meyer & Co. KG hat geliefert.', expected: ['Die Firma Meyer & Co. KG hat geliefert.'] },
  { name: 'German guillemets »…«', input: 'Er sagte: »Wir sind bereit.« Dann ging er.', expected: ['Er sagte: »Wir sind bereit.«', 'Dann ging er.'] },
  { name: 'quotation „…“ with a lowercase attribution', input: '„Kommst du?“ fragte sie.', expected: ['„Kommst du?“ fragte sie.'] },
  { name: 'quotation „…“ then a new sentence', input: '„Ja.“ Er nickte.', expected: ['„Ja.“', 'Er nickte.'] },
  { name: 'percentage', input: 'Der Umsatz stieg um 3,5 %. Das ist viel.', expected: ['Der Umsatz stieg um 3,5 %.', 'Das ist viel.'] },
  { name: 'Art. and Abs. before numbers', input: 'Bitte beachten Sie Art. 3 Abs. 2 der Verordnung.', expected: ['Bitte beachten Sie Art. 3 Abs. 2 der Verordnung.'] },
  { name: 'question and answer', input: 'Ist das wahr? Ja, das ist es.', expected: ['Ist das wahr?', 'Ja, das ist es.'] },
  { name: 'exclamation', input: 'Achtung! Der Boden ist nass.', expected: ['Achtung!', 'Der Boden ist nass.'] },
  { name: 'ca. before a number', input: 'Die Stadt liegt ca. 5 km entfernt.', expected: ['Die Stadt liegt ca. 5 km entfernt.'] },
  { name: 'month ends a sentence, next one starts with an ordinal', input: 'Das war am 1. Januar. Am 2. Januar regnete es.', expected: ['Das war am 1. Januar.', 'Am 2. Januar regnete es.'] },
]);

runGoldenTable('es', [
  { name: '¿? and ¡!', input: '¿Vienes mañana? ¡Claro que sí!', expected: ['¿Vienes mañana?', '¡Claro que sí!'] },
  { name: 'Sr. before a name', input: 'El Sr. García llegó tarde.', expected: ['El Sr. García llegó tarde.'] },
  { name: 'EE.UU. inside a sentence', input: 'Vivo en EE.UU. desde 2010.', expected: ['Vivo en EE.UU. desde 2010.'] },
  { name: 'pág. then a number ending a sentence', input: 'Ver pág. 12. El resto sigue.', expected: ['Ver pág. 12.', 'El resto sigue.'] },
]);

runGoldenTable('it', [
  { name: 'Sig. before a name', input: 'Il Sig. Rossi è arrivato. Noi siamo partiti.', expected: ['Il Sig. Rossi è arrivato.', 'Noi siamo partiti.'] },
  { name: 'Dott. and art.', input: 'Il Dott. Bianchi cita l’art. 5 della legge.', expected: ['Il Dott. Bianchi cita l’art. 5 della legge.'] },
]);

runGoldenTable('pt', [
  { name: 'Sra. before a name', input: 'A Sra. Silva chegou. Ela trouxe os documentos.', expected: ['A Sra. Silva chegou.', 'Ela trouxe os documentos.'] },
  { name: 'pág. before a number', input: 'Veja a pág. 7 do relatório.', expected: ['Veja a pág. 7 do relatório.'] },
]);

runGoldenTable('ru', [
  { name: 'г. after a year', input: 'Это было в 1990 г. в Москве. Потом он уехал.', expected: ['Это было в 1990 г. в Москве.', 'Потом он уехал.'] },
  { name: 'initials before a surname', input: 'Стихи написал А. С. Пушкин. Они известны всем.', expected: ['Стихи написал А. С. Пушкин.', 'Они известны всем.'] },
  { name: 'т. е. inside a sentence', input: 'Это важно, т. е. срочно.', expected: ['Это важно, т. е. срочно.'] },
]);
