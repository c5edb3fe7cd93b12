/**
 * The language a page's text is written in, as far as its script tells: Arabic-script text is
 * Arabic unless letters that only Persian or Urdu use are common in it. Used to check a declared
 * language (beirutobserver.com declares en-US over Arabic text) and to fill an undeclared one.
 */

const ARABIC_SCRIPT = /\p{Script=Arabic}/gu;
const LATIN_SCRIPT = /\p{Script=Latin}/gu;
/** Letters of Persian (پ چ ژ گ ی ک) and Urdu (ٹ ڈ ڑ ں ہ ے ھ) that Arabic does not use. */
const PERSIAN_LETTERS = /[پچژگیک]/gu;
const URDU_LETTERS = /[ٹڈڑںہےۓ]/gu;

/** 'ar', 'fa' or 'ur' for text mostly in Arabic script; 'latin' for Latin-script text; null when too little text. */
export function scriptLanguage(text: string): 'ar' | 'fa' | 'ur' | 'latin' | null {
  const sample = text.slice(0, 20_000);
  const arabic = sample.match(ARABIC_SCRIPT)?.length ?? 0;
  const latin = sample.match(LATIN_SCRIPT)?.length ?? 0;
  if (arabic + latin < 50) return null;
  if (latin > arabic) return 'latin';
  const urdu = sample.match(URDU_LETTERS)?.length ?? 0;
  const persian = sample.match(PERSIAN_LETTERS)?.length ?? 0;
  if (urdu > arabic * 0.01) return 'ur';
  if (persian > arabic * 0.01) return 'fa';
  return 'ar';
}

/** Languages written in Arabic script (a declaration of one of these fits Arabic-script text). */
export const ARABIC_SCRIPT_LANGUAGES = new Set([
  'ar',
  'fa',
  'ur',
  'ps',
  'ku',
  'ckb',
  'sd',
  'ug',
  'arz',
  'ary',
  'apc',
  'acm',
  'aeb',
]);
