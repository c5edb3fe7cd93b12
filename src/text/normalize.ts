/**
 * Arabic matching form. Rules and markers match on this form; output always keeps the original text.
 *
 * Folds: أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ی ک → ي ك; drops tatweel, harakat and Quranic marks,
 * bidi and zero-width marks; maps Arabic-Indic and Persian digits to ASCII; turns NBSP and other
 * Unicode spaces into a space and collapses runs of white space; lowercases ASCII. Arabic presentation
 * forms (a crawl's "اﻷخبار", a PDF's "ﺍﻟﺠﻤﻌﺔ") fold to the letters they show, their compatibility
 * decomposition (NFKC), folded again: a lam-alef ligature becomes two units, both mapped to its offset.
 */

const DROP = -1;
/** A unit that folds to several (a ligature): its units are in EXPANSIONS. */
const EXPAND = -2;
const SPACE = 0x20;

/**
 * Code unit → what to add to it to get the code unit it folds to (or DROP): a table over the whole BMP
 * (256 KiB). Zero, the most common entry, is what a new array holds, so only the folded units are written
 * when it is built: a table of targets cost every start-up a loop over all 65,536 units.
 */
const FOLD_DELTA = new Int32Array(0x10000);
const fold = (from: number | number[], to: number): void => {
  for (const c of Array.isArray(from) ? from : [from]) FOLD_DELTA[c] = to - c;
};
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

for (let c = 0x41; c <= 0x5a; c++) fold(c, c + 32); // ASCII upper case → lower case
fold([0x0623, 0x0625, 0x0622, 0x0671], 0x0627); // أ إ آ ٱ → ا
fold(0x0649, 0x064a); // ى → ي
fold(0x06cc, 0x064a); // Persian ی → ي
fold(0x06a9, 0x0643); // Persian ک → ك
fold(0x0629, 0x0647); // ة → ه
fold(0x0640, DROP); // tatweel
fold(range(0x064b, 0x065f), DROP); // harakat
fold(0x0670, DROP); // superscript alef
fold(range(0x06d6, 0x06ed), DROP); // Quranic annotation marks
fold([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff], DROP); // zero-width
fold([0x200e, 0x200f, 0x061c, ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)], DROP); // bidi
for (let d = 0; d < 10; d++) {
  fold(0x0660 + d, 0x30 + d);
  fold(0x06f0 + d, 0x30 + d);
}
fold([0x00a0, 0x1680, ...range(0x2000, 0x200a), 0x202f, 0x205f, 0x3000, 0x09, 0x0d, 0x0a, 0x0b, 0x0c], SPACE);

function mapUnit(c: number): number {
  return c + FOLD_DELTA[c]!;
}

/** What a ligature folds to: its letters (and the spaces between its words), folded. */
const EXPANSIONS = new Map<number, number[]>();
const PRESENTATION_FORMS = [...range(0xfb50, 0xfdff), ...range(0xfe70, 0xfefc)];
for (const c of PRESENTATION_FORMS) {
  const shown = String.fromCharCode(c).normalize('NFKC');
  if (shown.length === 1 && shown.charCodeAt(0) === c) continue; // no decomposition: stays as it is
  const units = [...shown].map((ch) => mapUnit(ch.charCodeAt(0))).filter((u) => u !== DROP);
  while (units[0] === SPACE) units.shift(); // a spacing mark's form ("ﹰ" = space + tanwin) is the mark alone
  while (units.at(-1) === SPACE) units.pop();
  if (units.length === 0) fold(c, DROP);
  else if (units.length === 1) fold(c, units[0]!);
  else {
    fold(c, EXPAND);
    EXPANSIONS.set(c, units);
  }
}

export interface NormalizedText {
  /** The original text. */
  source: string;
  /** The matching form. */
  text: string;
  /**
   * `offsets[i]` is the UTF-16 offset in `source` of the code unit that produced `text[i]`;
   * `offsets[text.length]` is `source.length`. Use {@link toOriginalSpan} to map a match back.
   */
  offsets: Int32Array;
}

/**
 * The matching forms of the short texts normalised on the current page: the stages ask again for those of
 * the same lines and words (half the calls on the bench corpus, a third of the characters). A page's forms
 * are kept for that page only (see forgetMatchingForms), and at most this many, of texts this long or shorter.
 */
const MATCHING_FORMS_MAX = 8192;
const MATCHING_FORM_KEPT_LENGTH = 256;
const matchingForms = new Map<string, string>();

/** Words (of the vocabulary, written in plain Arabic) as a regex group of their matching forms: "(?:a|b|…)". */
export function anyOfMatchingForms(words: readonly string[]): string {
  return `(?:${words.map(normalizeArabic).join('|')})`;
}

/** The matching form, trimmed, with white space collapsed to single spaces. */
export function normalizeArabic(input: string): string {
  if (input.length > MATCHING_FORM_KEPT_LENGTH) return matchingForm(input);
  let form = matchingForms.get(input);
  if (form === undefined) {
    if (matchingForms.size >= MATCHING_FORMS_MAX) matchingForms.clear();
    form = matchingForm(input);
    matchingForms.set(input, form);
  }
  return form;
}

/** A new page: the last page's forms are forgotten, so a long run keeps one page's lines at most, not every page's. */
export function forgetMatchingForms(): void {
  matchingForms.clear();
}

function matchingForm(input: string): string {
  return unitsToString(foldInto(input));
}

/** The matching form plus a map from each of its code units back to the original. */
export function normalizeWithOffsets(input: string): NormalizedText {
  const length = foldInto(input);
  return { source: input, text: unitsToString(length), offsets: scratchOffsets.slice(0, length + 1) };
}

/**
 * Scratch space for the folded code units and their offsets in the input, grown as needed and reused
 * by every call: this runs for every block of every page, and two fresh arrays per call cost more
 * than the folding itself.
 */
let scratchUnits = new Uint16Array(1024);
let scratchOffsets = new Int32Array(1025);

/** Folds `input` into the scratch arrays (offsets[length] = input.length); returns the folded length. */
function foldInto(input: string): number {
  const length = foldUnits(input);
  if (length >= 0) return length;
  // A presentation-form ligature writes more units than it reads: its letters are spelt out first, and the
  // offsets of the folded text mapped back through them (a page that has one is rare; the loop stays lean).
  const spelt = spellOutLigatures(input);
  const folded = foldUnits(spelt.text);
  for (let k = 0; k < folded; k++) scratchOffsets[k] = spelt.origin[scratchOffsets[k]!]!;
  scratchOffsets[folded] = input.length;
  return folded;
}

/** The fold of a text with no ligature, or -1 at the first ligature (foldInto spells them out). */
function foldUnits(input: string): number {
  if (scratchUnits.length < input.length) {
    scratchUnits = new Uint16Array(input.length * 2);
    scratchOffsets = new Int32Array(input.length * 2 + 1);
  }
  const units = scratchUnits;
  const offsets = scratchOffsets;
  let length = 0;
  let spaceAt = -1; // offset of the first white space of a pending run, -1 when none
  let surrogates = false;
  for (let i = 0; i < input.length; i++) {
    const c = mapUnit(input.charCodeAt(i));
    if (c < 0) {
      if (c === DROP) continue;
      return -1; // EXPAND
    }
    if (c === SPACE) {
      if (length > 0 && spaceAt < 0) spaceAt = i;
      continue;
    }
    if (spaceAt >= 0) {
      offsets[length] = spaceAt;
      units[length++] = SPACE;
      spaceAt = -1;
    }
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    offsets[length] = i;
    units[length++] = c;
  }
  offsets[length] = input.length;
  if (surrogates) replaceLoneSurrogates(units, length);
  return length;
}

/** The text with each ligature's letters in its place, and for each of its units the offset in `input` it comes from. */
function spellOutLigatures(input: string): { text: string; origin: Int32Array } {
  const parts: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const expansion = EXPANSIONS.get(input.charCodeAt(i));
    const spelt = expansion ? String.fromCharCode(...expansion) : input[i]!;
    parts.push(spelt);
    for (let k = 0; k < spelt.length; k++) origin.push(i);
  }
  return { text: parts.join(''), origin: Int32Array.from(origin) };
}

/**
 * A surrogate without its other half (once the marks between the two are dropped) becomes U+FFFD, as a
 * UTF-16 decoder reads it: still one unit, so offsets hold, and the matching form is well-formed.
 */
function replaceLoneSurrogates(units: Uint16Array, length: number): void {
  for (let i = 0; i < length; i++) {
    const c = units[i]!;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length && units[i + 1]! >= 0xdc00 && units[i + 1]! <= 0xdfff) i++;
    else if (c >= 0xd800 && c <= 0xdfff) units[i] = REPLACEMENT;
  }
}

const REPLACEMENT = 0xfffd;
/**
 * Up to this many units, String.fromCharCode is faster than a decoder call; beyond, the decoder is (Node 20: 100-150
 * ns a call either way at 8-16 units; at 256 units 5 ns a unit against 1.5, at 1024 4.5 against 1.1).
 */
const FROM_CHAR_CODE_MAX = 24;
/** Made at the first text longer than that, not at import (a worker that reads only short lines never needs one). */
let utf16: InstanceType<typeof TextDecoder> | null = null;

/** The first `length` scratch units as a string. */
function unitsToString(length: number): string {
  const units = scratchUnits.subarray(0, length);
  return length <= FROM_CHAR_CODE_MAX
    ? String.fromCharCode.apply(null, units as unknown as number[])
    : (utf16 ??= new TextDecoder('utf-16le')).decode(units);
}

/** Marks that belong to the letter before them: a span that ends on a letter takes its marks along. */
function isCombining(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x06d6 && c <= 0x06ed);
}

/** Maps a half-open span `[start, end)` of the matching form back to a span of the original. */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): [number, number] {
  const from = n.offsets[start] ?? n.source.length;
  if (end <= start) return [from, from];
  let to = (n.offsets[end - 1] ?? 0) + 1;
  while (to < n.source.length && isCombining(n.source.charCodeAt(to))) to++;
  return [from, to];
}

/**
 * Folds the Arabic letters, marks and digits of a regular-expression source the way
 * {@link normalizeArabic} folds text, leaving ASCII (escapes, classes, case) untouched, so that rule
 * authors can write ordinary Arabic in patterns that run on the matching form.
 */
export function foldPattern(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 0x80) {
      out += source[i];
      continue;
    }
    const f = mapUnit(c);
    if (f === EXPAND) out += String.fromCharCode(...EXPANSIONS.get(c)!);
    else if (f !== DROP) out += String.fromCharCode(f);
  }
  return out;
}
