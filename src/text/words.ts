/** Word-level helpers on the matching form, shared by the segmenter and the field extractors. */

const WORD = /[\p{L}\p{N}]+/gu;
/**
 * Longest run one regex match may take: an unbounded `+` over a multi-megabyte word (a line of 8 MB of
 * digits, found by the fuzz) overflows the regex engine's stack; longer words are read in pieces and joined.
 */
const WORD_PIECE_MAX = 4096;
const WORD_PIECE = new RegExp(`[\\p{L}\\p{N}]{1,${WORD_PIECE_MAX}}`, 'gu');

/** Words of a text (on its matching form, letters and digits only). */
export function words(norm: string): string[] {
  if (norm.length <= WORD_PIECE_MAX) return norm.match(WORD) ?? [];
  const out: string[] = [];
  let previousEnd = -1;
  for (const piece of norm.matchAll(WORD_PIECE)) {
    // A piece that starts where the last one ended continues its word.
    if (piece.index === previousEnd) out[out.length - 1] += piece[0];
    else out.push(piece[0]);
    previousEnd = piece.index + piece[0].length;
  }
  return out;
}

/**
 * Number of words (runs of letters and digits), counted without a regular expression: this runs for
 * every block several times. Non-ASCII code units count as letters except the punctuation blocks.
 */
export function wordCount(norm: string): number {
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
    c === 0x060c || c === 0x061b || c === 0x061f || (c >= 0x066a && c <= 0x066d) || c === 0x06d4 || // ، ؛ ؟ ٪ ٫ ٬ ٭ ۔
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
export function contentWords(norm: string): string[] {
  const out: string[] = [];
  for (const w of words(norm)) {
    if (STOP.has(w)) continue;
    const s = stem(w);
    if (s.length >= 3 && !STOP.has(s)) out.push(s);
  }
  return out;
}

/** Share of the content words of `a` that occur in `b` (0 when `a` has none). */
export function overlap(a: string[], b: Set<string>): number {
  if (a.length === 0) return 0;
  let hit = 0;
  for (const w of a) if (b.has(w)) hit++;
  return hit / a.length;
}
