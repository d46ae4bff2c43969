/** Portuguese: titles "Sr.", "Sra.", "Dra.". */
import { defineProfile } from '../profile.js';
import { INTERNATIONAL_ABBREVIATIONS, WEB_CHROME_WORDS } from './common.js';

export const pt = defineProfile({
  code: 'pt',
  abbreviations: [
    ...INTERNATIONAL_ABBREVIATIONS, 'Sr', 'Sra', 'Srs', 'Srta', 'D', 'Dr', 'Dra', 'Drs', 'Prof', 'Profa', 'Eng', 'Exmo',
    'Exma', 'V.Exa', 'art', 'arts', 'av', 'cap', 'cf', 'ex', 'fig', 'n', 'nº', 'n.º', 'p', 'pp', 'pág', 'págs', 'tel',
    'vol', 'jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez', 'a.C', 'd.C', 'Ltda',
    'S.A', 'Cia', 'aprox', 'etc',
  ],
  prepositive: ['Sr', 'Sra', 'Srs', 'Srta', 'D', 'Dr', 'Dra', 'Prof', 'Profa', 'Eng', 'Exmo', 'Exma', 'Sto', 'Sta'],
  numeric: ['art', 'arts', 'n', 'nº', 'n.º', 'p', 'pp', 'pág', 'págs', 'cap', 'vol', 'fig'],
  sentenceStarters: [
    'O', 'A', 'Os', 'As', 'Um', 'Uma', 'Ele', 'Ela', 'Eles', 'Elas', 'Eu', 'Nós', 'Você', 'Este', 'Esta', 'Isso', 'Isto',
    'Esse', 'Essa', 'Em', 'No', 'Na', 'Com', 'Para', 'Por', 'Mas', 'E', 'Se', 'Quando', 'Como', 'Também', 'Além', 'Assim',
    'Ao', 'Do', 'Da', 'De', 'Desde', 'Durante', 'Após', 'Todos', 'Cada', 'Nosso', 'Nossa', 'Seu', 'Sua', 'Que', 'Quem',
    'Onde', 'Porque', 'Obrigado', 'Obrigada', 'Hoje', 'Agora', 'Então', 'Contudo', 'No entanto',
  ],
  months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  speakerRoles: ['Jornalista', 'Repórter', 'Pergunta', 'Resposta', 'Moderador', 'Moderadora', 'Porta-voz', 'P', 'R'],
  chromeWords: [...WEB_CHROME_WORDS, 'imprimir', 'compartilhar', 'partilhar', 'fechar', 'e'],
});
