/**
 * Word-level helpers on the matching form, shared by the segmenter and the field extractors. They ask
 * the same questions of the same blocks many times over (how many words has this line, which content
 * words has the body's opening), so each answer is worked out once per text and kept: see `read`.
 */

const WORD = /[\p{L}\p{N}]+/gu;
/**
 * A text longer than this has its words matched in pieces of at most this many units, the pieces of one
 * word joined back: one match over a word of megabytes (a fuzzed 8 MB run of digits) overflows the
 * regex engine's backtrack stack.
 */
const WORD_PIECE_MAX = 4096;
const WORD_PIECE = new RegExp(`[\\p{L}\\p{N}]{1,${WORD_PIECE_MAX}}`, 'gu');
/** Words of letters (not a date or a count: "ديسمبر 25, 2020" has one). */
const LETTER_WORD = /\p{L}{2,}/gu;

/** What the helpers found in a text; each part is filled when first asked for. */
interface Reading {
  count: number;
  letterWords?: number;
  words?: readonly string[];
  content?: readonly string[];
}

/**
 * Texts read on the current page, with what was found in them. A page's answers are kept for that page
 * only (see forgetReadings), and at most this many (a page has a few hundred blocks).
 */
const READ_TEXTS_MAX = 8192;
const readings = new Map<string, Reading>();

/** The reading of a text, made (with its word count) at the first question about it. */
function read(norm: string): Reading {
  let reading = readings.get(norm);
  if (!reading) {
    if (readings.size >= READ_TEXTS_MAX) readings.clear();
    reading = { count: countWords(norm) };
    readings.set(norm, reading);
  }
  return reading;
}

/** A new page: what was read on the last one is forgotten, so that no page is read faster for another (as repeated pages would be). */
export function forgetReadings(): void {
  readings.clear();
}

/** Words of a text (on its matching form, letters and digits only). */
export function words(norm: string): readonly string[] {
  const reading = read(norm);
  return (reading.words ??= findWords(norm));
}

function findWords(norm: string): string[] {
  if (norm.length <= WORD_PIECE_MAX) return norm.match(WORD) ?? [];
  const found: string[] = [];
  let end = -1;
  for (const piece of norm.matchAll(WORD_PIECE)) {
    if (piece.index === end) found[found.length - 1] += piece[0];
    else found.push(piece[0]);
    end = piece.index + piece[0].length;
  }
  return found;
}

/** Number of words (runs of letters and digits). */
export function wordCount(norm: string): number {
  return read(norm).count;
}

/** Number of words of two letters or more (digits and one-letter words aside). */
export function letterWordCount(norm: string): number {
  const reading = read(norm);
  return (reading.letterWords ??= norm.match(LETTER_WORD)?.length ?? 0);
}

/**
 * Number of words counted without a regular expression. Non-ASCII code units count as letters except
 * the punctuation blocks.
 */
function countWords(norm: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < norm.length; i++) {
    const word = isWordUnit(norm.charCodeAt(i));
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return !(
    (c >= 0x80 && c <= 0xbf) || // Latin-1 punctuation, NBSP
    c === 0xd7 ||
    c === 0xf7 ||
    c === 0x060c ||
    c === 0x061b ||
    c === 0x061f ||
    (c >= 0x066a && c <= 0x066d) ||
    c === 0x06d4 || // ، ؛ ؟ ٪ ٫ ٬ ٭ ۔
    (c >= 0x2000 && c <= 0x2bff) || // general punctuation, symbols, arrows, shapes
    (c >= 0x2e00 && c <= 0x2e7f) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xfd3e && c <= 0xfd3f) ||
    (c >= 0xfe10 && c <= 0xfe6f) ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xd800 && c <= 0xdfff) // emoji and other astral symbols
  );
}

/** Function words and news filler that say nothing about a topic. */
const STOP = new Set(
  'في من علي الي عن مع او ان ان لا ما هذا هذه ذلك تلك التي الذي الذين كان كانت قد لقد ثم بين بعد قبل حتي عند كل غير اي هو هي هم نحن انت انا ايضا وفق خلال منذ لدي لكن اذا اما بل قال وقال اكد واكد اليوم امس غدا'.split(
    ' ',
  ),
);

/** Arabic proclitics that attach to a word (و ف ب ل ك, ال): stripped to compare content words. */
function stem(word: string): string {
  let w = word;
  if (w.length > 4 && /^(?:وال|فال|بال|كال|لل)/.test(w)) w = w.slice(3);
  else if (w.length > 3 && w.startsWith('ال')) w = w.slice(2);
  else if (w.length > 3 && /^[وفبلك]/.test(w)) w = w.slice(1);
  return w;
}

/** Content words of a text: stop words removed, proclitics stripped, at least 3 letters. */
export function contentWords(norm: string): readonly string[] {
  const reading = read(norm);
  if (reading.content) return reading.content;
  const out: string[] = [];
  for (const w of words(norm)) {
    if (STOP.has(w)) continue;
    const s = stem(w);
    if (s.length >= 3 && !STOP.has(s)) out.push(s);
  }
  return (reading.content = out);
}

/** Share of the content words of `a` that occur in `b` (0 when `a` has none). */
export function overlap(a: readonly string[], b: Set<string>): number {
  if (a.length === 0) return 0;
  let hit = 0;
  for (const w of a) if (b.has(w)) hit++;
  return hit / a.length;
}
