/** A language guess from the writing system, for texts given without `--lang`. */

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN = /\p{Script=Han}/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const LETTER = /\p{L}/gu;

/**
 * Guesses a BCP-47 tag from the script of `text`: `ja` when kana are present, `zh` for Han
 * without kana, `ko` for Hangul, `en` otherwise (segmentation rules for Latin scripts differ
 * little; `--lang` picks exact ones).
 */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return 'en';
  const kana = sample.match(KANA)?.length ?? 0;
  const han = sample.match(HAN)?.length ?? 0;
  const hangul = sample.match(HANGUL)?.length ?? 0;
  if (kana > 0 && (kana + han) / letters > 0.3) return 'ja';
  if (han / letters > 0.3) return 'zh';
  if (hangul / letters > 0.3) return 'ko';
  return 'en';
}
