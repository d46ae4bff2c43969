/** Spanish: ¿ and ¡ open sentences; titles "Sr.", "Sra.", "Dña.". */
import { defineProfile } from '../profile.js';
import { INTERNATIONAL_ABBREVIATIONS, WEB_CHROME_WORDS } from './common.js';

export const es = defineProfile({
  code: 'es',
  abbreviations: [
    ...INTERNATIONAL_ABBREVIATIONS, 'Sr', 'Sra', 'Sres', 'Srta', 'D', 'Dña', 'Dª', 'Dr', 'Dra', 'Lic', 'Ing', 'Arq', 'Excmo',
    'Excma', 'Ilmo', 'Ud', 'Uds', 'Vd', 'Vds', 'art', 'aprox', 'avda', 'av', 'cap', 'cía', 'Cía', 'dcha', 'izq', 'izqda',
    'ej', 'etc', 'fig', 'núm', 'pág', 'págs', 'p', 'pp', 'tel', 'vol', 'EE.UU', 'ee.uu', 'S.A', 'S.L', 'a.C', 'd.C',
    'ene', 'feb', 'mar', 'abr', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic', 'n.º', 'nº', 'admón', 'depto', 'prov',
  ],
  prepositive: ['Sr', 'Sra', 'Sres', 'Srta', 'D', 'Dña', 'Dr', 'Dra', 'Lic', 'Ing', 'Excmo', 'Excma', 'Ilmo', 'Sto', 'Sta', 'Fr'],
  numeric: ['núm', 'pág', 'págs', 'p', 'pp', 'art', 'cap', 'n.º', 'nº', 'vol', 'fig'],
  sentenceStarters: [
    'El', 'La', 'Los', 'Las', 'Un', 'Una', 'Unos', 'Unas', 'Él', 'Ella', 'Ellos', 'Ellas', 'Yo', 'Nosotros', 'Usted',
    'Este', 'Esta', 'Estos', 'Estas', 'Eso', 'Esto', 'En', 'Con', 'Para', 'Por', 'Pero', 'Y', 'Sin', 'Según', 'Si',
    'Cuando', 'Como', 'También', 'Además', 'Así', 'Asimismo', 'Sin embargo', 'Hemos', 'Hay', 'Es', 'Se', 'Al', 'Del',
    'De', 'Desde', 'Durante', 'Tras', 'Todo', 'Todos', 'Cada', 'Nuestro', 'Nuestra', 'Nuestros', 'Su', 'Sus', 'Qué',
    'Quién', 'Cómo', 'Dónde', 'Por qué', 'Gracias', 'A', 'Ante', 'Entre', 'Hoy', 'Ahora', 'Luego', 'Entonces',
  ],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  speakerRoles: ['Periodista', 'Reportero', 'Reportera', 'Moderador', 'Moderadora', 'Pregunta', 'Respuesta', 'Portavoz', 'P', 'R'],
  chromeWords: [...WEB_CHROME_WORDS, 'imprimir', 'compartir', 'enviar', 'correo', 'cerrar', 'y', 'marcador'],
});
