/**
 * Splits the matching form of a text into words, numbers and punctuation in one pass, and finds the words that
 * may begin a mention among them (the triggers: digits, months, weekdays, units, ordinals, relative words, the
 * markers that open one…) by a hash of each word taken as it is read (with a proclitic و ف ب ل peeled off when
 * only that gives a hit): the other words are never cut out or looked up there. Their lexicon entries (في، على،
 * الماضي) are looked up when the grammar or the tense reads them, next to a trigger; most are never read. It marks
 * the tokens a mention may start at (markStarts). The recogniser then works on tokens and their lexemes, never on
 * characters, so it looks at a bounded number of tokens per position and the whole pass stays linear.
 *
 * Tokens are kept in typed columns, not objects: most words of a text are no date word, and an object each
 * costs more than the whole date pass. The grammar reads a token's fields through the TokenList's accessors.
 */
import { readFileSync } from 'node:fs';
import { KIND_BITS, LEXICON, PHRASE_HEADS, PROCLITICS, type Lexeme, type LexemeKind, type Marker } from './lexicon.js';
import type { NormalizedText } from '../text/normalize.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Entry {
  /** How many tokens the phrase covers. */
  length: number;
  /** The lexeme's kind, read here: the lexemes have as many shapes as kinds, the entries one. */
  kind: LexemeKind;
  lexeme: Lexeme;
}

type LexemeOf<K extends LexemeKind> = Extract<Lexeme, { kind: K }>;
export interface Found<K extends LexemeKind> {
  end: number;
  lexeme: LexemeOf<K>;
}

const NO_ENTRIES: readonly Entry[] = [];
const KINDS: readonly TokenKind[] = ['word', 'number', 'punct'];
const [WORD, NUMBER, PUNCT, SPACE] = [0, 1, 2, 3];
const GAP = 1;
const SENTENCE_START = 2;
const CONJOINED = 4;
/** A mention may start at the token: the first word of some production of the grammar (see markStarts). */
const STARTS = 8;
/** The token's form and lexicon entries are known (numbers and punctuation have none to look up): see resolve. */
const RESOLVED = 16;
const SENTENCE_ENDS = new Set(['.', '!', '?', '؟', '؛', ';'].map((c) => c.charCodeAt(0)));
const FULL_STOP = 0x2e;
const [AND, THEN] = ['و', 'ف'].map((c) => c.charCodeAt(0));

/**
 * The class of each code unit, looked up once per character: a table over the whole BMP (64 KiB),
 * filled by ranges (a function called per code unit cost a worker's start-up some 50 ms).
 */
const CLASSES = new Uint8Array(0x10000).fill(PUNCT);
CLASSES.fill(NUMBER, 0x30, 0x3a);
CLASSES[0x20] = SPACE;
for (const [from, to] of [
  [0x61, 0x7a],
  [0x41, 0x5a],
  [0x0621, 0x064a],
  [0x0671, 0x06d3],
  [0xc0, 0x24f],
] as const)
  CLASSES.fill(WORD, from, to + 1);
// Latin letters with accents (0xc0-0x24f) are words, for French months (décembre, août); × and ÷ are no letters.
CLASSES[0xd7] = PUNCT;
CLASSES[0xf7] = PUNCT;
const charClass = (c: number): number => CLASSES[c] as number;

const bitsOf = (kinds: readonly LexemeKind[]): number =>
  kinds.reduce((bits, kind) => bits | (KIND_BITS.get(kind) ?? 0), 0);
/** Words a mention may start with, whatever follows them. */
const STARTER_BITS = bitsOf(['month', 'dayShift', 'now', 'unit', 'ordinal', 'decadeName', 'night', 'holiday']);
/** Markers that open a mention: منذ، حتى، قبل، بعد، خلال، لمدة، من (a range), بين. */
const STARTER_MARKERS: ReadonlySet<Marker> = new Set([
  'since',
  'until',
  'ago',
  'later',
  'within',
  'lasting',
  'from',
  'between',
]);
/** Words that start a mention only before what may go on (see markStarts: each has its case there). */
const LEADER_BITS = bitsOf(['weekday', 'cardinal', 'yearPart', 'this', 'part', 'dayPart']);
/** Whether a mention may start at a lexeme: a starter, a leader or a marker that opens a mention. */
const mayStart = (lexeme: Lexeme): boolean =>
  ((KIND_BITS.get(lexeme.kind) ?? 0) & (STARTER_BITS | LEADER_BITS)) !== 0 ||
  (lexeme.kind === 'marker' && STARTER_MARKERS.has(lexeme.marker));
/** What may count an amount after a marker besides a start: عدة، ربع، ألف، ثلاثة، نحو. */
const AMOUNT_BITS = bitsOf(['few', 'fraction', 'scale', 'cardinal']);
const UNIT_BIT = bitsOf(['unit']);
const MARKER_BIT = bitsOf(['marker']);
const ORDINAL_BIT = bitsOf(['ordinal']);
const DAY_PART_BITS = bitsOf(['dayPart', 'night']);
/** "أحد الأسبوع الماضي": a weekday without ال is read only before its week, at most this many tokens on. */
const WEEK_REACH = 3;
/** "ثلاث وعشرين دقيقة فجرا": a number word is an hour only before a part of day, at most this many tokens on. */
const CLOCK_REACH = 8;
const CLOCK_HOURS = 12;

/** Tokens are a fifth of the characters or fewer in news text: the columns start at a quarter (2 ** -2). */
const TOKENS_PER_CHAR_SHIFT = 2;

/** Letters only Persian writes (ی ک پ چ ژ گ), and the Arabic letters ي and ك that Persian's ی and ک replace. */
const PERSIAN_LETTERS = new Set([0x06cc, 0x06a9, 0x067e, 0x0686, 0x0698, 0x06af]);
const ARABIC_YEH_KAF = new Set([0x064a, 0x0643]);

/** Peels a proclitic when the rest is a word (or phrase head) of the lexicon and the whole is not. */
function stemOf(word: string): Stem | null {
  if (PHRASE_HEADS.has(word)) return { stem: word, cut: 0 };
  // لل + noun is ل + ال + noun with the alef dropped: للعام → العام.
  if (word.startsWith('لل') && PHRASE_HEADS.has(`ا${word.slice(1)}`)) return { stem: `ا${word.slice(1)}`, cut: 1 };
  const first = word.charCodeAt(0);
  for (const p of PROCLITICS) {
    if (p.charCodeAt(0) !== first || !word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    // Two letters are enough after و only (وآب); ب or ل before two letters is too often a word of its own (باب).
    if (rest.length >= (p === 'و' ? 2 : 3) && PHRASE_HEADS.has(rest)) return { stem: rest, cut: p.length };
  }
  return null;
}

interface Stem {
  stem: string;
  cut: number;
}

/** A written form of a word of the lexicon: its stem, its one-word entries and their KIND_BITS, found once. */
interface Form extends Stem {
  /** The form as written, and its hash (hashStep): what FORM_CACHE compares a word of the text with. */
  word: string;
  hash: number;
  entries: readonly Entry[];
  bits: number;
  /** The most words a phrase starting with the stem has. */
  longest: number;
  /** The hashes of the words that may follow the stem in a phrase of the lexicon (PHRASE_NEXT); null when none. */
  next: ReadonlySet<number> | null;
  /** A mention may start at the word by one of its own entries (TRIGGER_HEADS): the tokenizer looks it up. */
  trigger: boolean;
}

/** The KIND_BITS of a list of entries; a word's own list (the same object each time) computes them once. */
const wordBits = new Map<readonly Entry[], number>();
function kindBitsOf(entries: readonly Entry[]): number {
  const cached = wordBits.get(entries);
  if (cached !== undefined) return cached;
  let bits = 0;
  for (const entry of entries) bits |= KIND_BITS.get(entry.kind) ?? 0;
  return bits;
}

const singleWordEntries = new Map<string, readonly Entry[]>();

/** The one-word entries of a stem, shared by every token of that stem. */
function wordEntries(stem: string): readonly Entry[] {
  let entries = singleWordEntries.get(stem);
  if (!entries) {
    entries = (LEXICON.get(stem) ?? []).map((lexeme) => ({ length: 1, kind: lexeme.kind, lexeme }));
    singleWordEntries.set(stem, entries);
    wordBits.set(entries, kindBitsOf(entries));
  }
  return entries;
}

/** Hashes are kept to 30 bits: a small integer, no heap number. */
const HASH_MASK = 0x3fffffff;
const HASH_BASE = 31;
/** The hash of a word's code units, as the tokenizer computes it while it reads them. */
const hashStep = (hash: number, code: number): number => (Math.imul(hash, HASH_BASE) + code) & HASH_MASK;

/** The hash of text[from, to), as hashStep makes it. */
function hashOfRange(text: string, from = 0, to = text.length): number {
  let hash = 0;
  for (let k = from; k < to; k++) hash = hashStep(hash, text.charCodeAt(k));
  return hash;
}

/**
 * A bit per hash (its low bits) of every written form that stemOf stems — each phrase head, with each
 * proclitic, and its لل form: most words fail here, before any lookup. Only the bits are made, by the build
 * (makeWordBits); a form's stem and entries are found the first time a word of the text passes the bit (see
 * formAt), so a run does not stem the lexicon's some 8,600 forms when it starts (that cost a worker's start-up
 * 50-70 ms).
 */
const FORM_BITS_BYTES = 1 << 17;
/** A hash's bit in a table of bits (a power of two bytes long): its low bits. */
const setBit = (bits: Uint8Array, hash: number): void => {
  const bit = hash & ((bits.length << 3) - 1);
  (bits[bit >> 3] as number) |= 1 << (bit & 7);
};
const hasBit = (bits: Uint8Array, hash: number): boolean => {
  const bit = hash & ((bits.length << 3) - 1);
  return ((bits[bit >> 3] as number) & (1 << (bit & 7))) !== 0;
};
/** hashOfRange(a + b) from the hash of a, the hash of b and HASH_BASE to the power of b's length (no string made). */
const joinedHash = (hashA: number, hashB: number, powerB: number): number =>
  (Math.imul(hashA, powerB) + hashB) & HASH_MASK;
const PROCLITIC_HASHES = PROCLITICS.map((p) => hashOfRange(p));
/** The written forms of lexicon words found in texts so far (stemOf's answer, kept: at most the some 8,600 forms). */
const FORMS = new Map<string, Form>();

/** For each head of a phrase of several words, the hashes of the words that may follow it ("في" → غضون، خلال، تمام). */
const PHRASE_NEXT = new Map<string, Set<number>>();
for (const key of LEXICON.keys()) {
  const [head, next] = key.split(' ');
  if (head === undefined || next === undefined) continue;
  const hashes = PHRASE_NEXT.get(head) ?? new Set<number>();
  hashes.add(hashOfRange(next));
  PHRASE_NEXT.set(head, hashes);
}

/**
 * The triggers: the phrase heads with a one-word entry a mention may start at (mayStart), and the hashes of the
 * second words of the phrases it may start at (كانون الثاني، في غضون، ما بين): a word after which the word before
 * it is looked up. TRIGGER_BITS holds a bit for the written forms of the heads (as FORM_BITS) and for the second
 * words: a word that fails it is no trigger, and the tokenizer leaves its look-up to the grammar (resolve).
 */
const TRIGGER_HEADS = new Set<string>();
const TRIGGER_SECONDS = new Set<number>();
/** 16 KiB: it is read for every word (L1-sized), and the triggers' some 5,000 forms fill a twenty-fifth of it. */
const TRIGGER_BITS_BYTES = 1 << 14;
const startingPhrases = [...LEXICON].filter(([, lexemes]) => lexemes.some(mayStart)).map(([key]) => key.split(' '));
for (const [head, second] of startingPhrases) if (second === undefined && head !== undefined) TRIGGER_HEADS.add(head);
// A head that is a trigger itself (اول من أمس) is looked up anyway: its phrases' second words need not say so.
for (const [head, second] of startingPhrases) {
  if (second === undefined || head === undefined || TRIGGER_HEADS.has(head)) continue;
  TRIGGER_SECONDS.add(hashOfRange(second));
}

/**
 * FORM_BITS and TRIGGER_BITS, one after the other, made from the lexicon: the bits of the written forms stemOf
 * stems to each head (itself, after each proclitic, its لل form; a trigger's in TRIGGER_BITS too) and of the
 * triggers' second words. One loop over the heads, not a function called for each of the some 8,600: V8 finds such a
 * function hot and compiles it with TurboFan (round 10m's formHashes: 35M instructions of a small run's start-up).
 */
export function makeWordBits(): Uint8Array {
  const bits = new Uint8Array(FORM_BITS_BYTES + TRIGGER_BITS_BYTES);
  const formBits = bits.subarray(0, FORM_BITS_BYTES);
  const triggerBits = bits.subarray(FORM_BITS_BYTES);
  for (const head of PHRASE_HEADS.keys()) {
    const hash = hashOfRange(head);
    let power = 1;
    for (let k = 0; k < head.length; k++) power = Math.imul(power, HASH_BASE);
    const forms = [hash];
    for (const proclitic of PROCLITIC_HASHES) forms.push(joinedHash(proclitic, hash, power));
    if (head.startsWith('ا')) forms.push(hashOfRange(`ل${head.slice(1)}`));
    const trigger = TRIGGER_HEADS.has(head);
    for (const form of forms) {
      setBit(formBits, form);
      if (trigger) setBit(triggerBits, form);
    }
  }
  for (const second of TRIGGER_SECONDS) setBit(triggerBits, second);
  return bits;
}

/**
 * Where the build stores makeWordBits() (scripts/store-word-bits.mjs): a run reads them, 144 KiB, instead of hashing
 * the lexicon's forms at import (some 23M instructions, a small run's start-up). Where the sources run as they are
 * (the tests), there is no such file, and they are made here.
 */
export const STORED_WORD_BITS = new URL('./word-bits.bin', import.meta.url);
function storedWordBits(): Uint8Array | null {
  try {
    const stored = readFileSync(STORED_WORD_BITS);
    // A plain Uint8Array, as makeWordBits gives: the readers see one kind of array.
    return new Uint8Array(stored.buffer, stored.byteOffset, stored.length);
  } catch {
    return null;
  }
}
const WORD_BITS = storedWordBits() ?? makeWordBits();
const FORM_BITS = WORD_BITS.subarray(0, FORM_BITS_BYTES);
const TRIGGER_BITS = WORD_BITS.subarray(FORM_BITS_BYTES);

/**
 * The forms of FORMS by the low bits of their hash, the last one found in each slot: a quarter of a text's words
 * are lexicon words (في، من، على، عام), and a word met before is found here by comparing it in place, without
 * cutting it out of the text and hashing the string again for FORMS.
 */
const FORM_CACHE_BITS = 12;
const FORM_CACHE = new Array<Form | null>(1 << FORM_CACHE_BITS).fill(null);
const FORM_CACHE_MASK = (1 << FORM_CACHE_BITS) - 1;
/**
 * Likewise the words whose hash passes FORM_BITS but that are no lexicon word (one word in a hundred), by the same
 * slot: each would be cut out, looked up in FORMS and stemmed again every time it is met.
 */
const NON_FORM_WORDS = new Array<string>(1 << FORM_CACHE_BITS).fill('');
const NON_FORM_HASHES = new Int32Array(1 << FORM_CACHE_BITS);

/** Whether text[i, j) is `word`. */
function writes(text: string, i: number, j: number, word: string): boolean {
  if (word.length !== j - i) return false;
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** The form at text[i, j), whose code units hash to `hash`; null when it is no lexicon word. */
function formAt(text: string, i: number, j: number, hash: number): Form | null {
  if (!hasBit(FORM_BITS, hash)) return null;
  const slot = hash & FORM_CACHE_MASK;
  const cached = FORM_CACHE[slot];
  if (cached && cached.hash === hash && writes(text, i, j, cached.word)) return cached;
  if (NON_FORM_HASHES[slot] === hash && writes(text, i, j, NON_FORM_WORDS[slot] as string)) return null;
  const word = text.slice(i, j);
  let form = FORMS.get(word);
  if (!form) {
    const found = stemOf(word);
    if (!found) {
      NON_FORM_HASHES[slot] = hash;
      NON_FORM_WORDS[slot] = word;
      return null;
    }
    const entries = wordEntries(found.stem);
    form = {
      stem: found.stem,
      cut: found.cut,
      word,
      hash,
      entries,
      bits: kindBitsOf(entries),
      longest: PHRASE_HEADS.get(found.stem) ?? 1,
      next: PHRASE_NEXT.get(found.stem) ?? null,
      trigger: TRIGGER_HEADS.has(found.stem),
    };
    FORMS.set(word, form);
  }
  FORM_CACHE[slot] = form;
  return form;
}

/** Growable typed columns, one row a token. */
class Columns {
  count = 0;
  kinds!: Uint8Array;
  flags!: Uint8Array;
  cuts!: Uint8Array;
  starts!: Int32Array;
  ends!: Int32Array;
  /** The KIND_BITS of the token's entries, set when the word is looked up (TokenList.resolve). */
  entryKinds!: Int32Array;

  /** `capacity`: a guess at the number of tokens; the columns grow past it. */
  constructor(capacity: number) {
    this.allocate(Math.max(64, capacity));
  }

  /** A token, its proclitic's cut 0 until resolve looks the word up. */
  push(kind: number, flags: number, start: number, end: number): void {
    if (this.count === this.kinds.length) this.grow();
    const k = this.count++;
    this.kinds[k] = kind;
    this.flags[k] = flags;
    this.cuts[k] = 0;
    this.starts[k] = start;
    this.ends[k] = end;
  }

  /**
   * The columns as views of one buffer: one allocation per text, not six (a buffer costs a text of a title's
   * length more than its whole reading).
   */
  private allocate(size: number): void {
    const buffer = new ArrayBuffer(size * 15);
    this.starts = new Int32Array(buffer, 0, size);
    this.ends = new Int32Array(buffer, size * 4, size);
    this.entryKinds = new Int32Array(buffer, size * 8, size);
    this.kinds = new Uint8Array(buffer, size * 12, size);
    this.flags = new Uint8Array(buffer, size * 13, size);
    this.cuts = new Uint8Array(buffer, size * 14, size);
  }

  private grow(): void {
    const { kinds, flags, cuts, starts, ends, entryKinds } = this;
    this.allocate(kinds.length * 2);
    this.kinds.set(kinds);
    this.flags.set(flags);
    this.cuts.set(cuts);
    this.starts.set(starts);
    this.ends.set(ends);
    this.entryKinds.set(entryKinds);
  }
}

/**
 * The tokens of a text. `everyWord` looks every lexicon word up here, as the grammar would find it, not only the
 * triggers: the plain reading, for the test that both find the same mentions.
 */
export function tokenize(normalized: NormalizedText, everyWord = false): TokenList {
  const { text, offsets, source } = normalized;
  const columns = new Columns(text.length >> TOKENS_PER_CHAR_SHIFT);
  // The form of each trigger, by token; and the tokens that are triggers or numbers, in order.
  const forms = new Array<Form | undefined>(columns.kinds.length);
  const noted: number[] = [];
  let previousWordHash = 0;
  const lineBreaks = new LineBreaks(source);
  let gap = false;
  let sentenceStart = true;
  for (let i = 0; i < text.length;) {
    const cls = charClass(text.charCodeAt(i));
    if (cls === SPACE) {
      gap = true;
      i++;
      continue;
    }
    let j = i + 1;
    let hash = hashStep(0, text.charCodeAt(i));
    if (cls !== PUNCT) {
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (charClass(c) !== cls) break;
        hash = hashStep(hash, c);
      }
    }
    if (lineBreaks.before(offsets[i] ?? source.length)) sentenceStart = true;
    const k = columns.count;
    // A trigger, or the second word of a phrase a mention may start at (a number too: تشرين 1), whose head, the
    // word before it, is then looked up.
    const mayTrigger = cls !== PUNCT && ((everyWord && cls === WORD) || hasBit(TRIGGER_BITS, hash));
    if (mayTrigger && columns.kinds[k - 1] === WORD && (noted.at(-1) ?? -1) < k - 1 && TRIGGER_SECONDS.has(hash)) {
      const head = k - 1;
      const headForm = formAt(text, columns.starts[head] as number, columns.ends[head] as number, previousWordHash);
      if (headForm) forms[head] = headForm;
      noted.push(head);
    }
    if (cls === WORD && mayTrigger) {
      const form = formAt(text, i, j, hash);
      if (form && (everyWord || form.trigger)) {
        forms[k] = form;
        noted.push(k);
      }
    } else if (cls === NUMBER) noted.push(k);
    columns.push(cls, (gap ? GAP : 0) | (sentenceStart ? SENTENCE_START : 0) | (cls === WORD ? 0 : RESOLVED), i, j);
    if (cls === WORD) previousWordHash = hash;
    const first = text.charCodeAt(i);
    // A full stop between two digits (17.03.2020) does not end a sentence.
    sentenceStart =
      cls === PUNCT &&
      SENTENCE_ENDS.has(first) &&
      !(first === FULL_STOP && !gap && j < text.length && charClass(text.charCodeAt(j)) === NUMBER);
    gap = false;
    i = j;
  }
  return new TokenList(normalized, columns, forms, noted);
}

/** Walks the line breaks of the source in step with the tokens (native indexOf, not a loop over characters). */
class LineBreaks {
  private lf: number;
  private cr: number;

  constructor(private readonly source: string) {
    this.lf = this.find('\n', 0);
    this.cr = this.find('\r', 0);
  }

  /** Whether a line break lies before `offset` and after the previous call's offset. */
  before(offset: number): boolean {
    if (this.lf >= offset && this.cr >= offset) return false;
    // Each search starts where the last one stopped: every character is looked at once.
    if (this.lf < offset) this.lf = this.find('\n', offset);
    if (this.cr < offset) this.cr = this.find('\r', offset);
    return true;
  }

  /** The next `char` from `from`; none is the source's length, past every token (an integer: Infinity is a heap number). */
  private find(char: string, from: number): number {
    const at = this.source.indexOf(char, from);
    return at < 0 ? this.source.length : at;
  }
}

/**
 * Read access to the tokens of one text, for the grammar. A word joined by و or ف (والسبت، وأبريل) is read as
 * itself only where an item may open: where a mention starts (open) and right after a conjunction the grammar
 * asks for (joinedByAnd). Elsewhere it is no continuation: "اليوم وأمس" is two mentions, not "يوم أمس".
 */
export class TokenList {
  readonly length: number;
  private readonly entries: (readonly Entry[] | undefined)[];
  /** Per token, the KIND_BITS of its entries: most lookups fail, and fail here. */
  private readonly kindsOfEntries: Int32Array;
  /** The tokens a mention may start at (see markStarts), the last first: the grammar goes from one to the next. */
  readonly startsLastFirst: number[] = [];
  /** Where a joined word may open an item: the mention's start and the places after a conjunction. */
  private readonly opened: number[] = [];
  /** The matching form of the text. */
  private readonly matching: string;
  private persianText: boolean | undefined;

  constructor(
    private readonly normalized: NormalizedText,
    private readonly columns: Columns,
    /** The form of each word (by token) whose stem is a lexicon phrase head, as far as it is known (resolve). */
    private readonly forms: (Form | undefined)[],
    /** The triggers and numbers, in order: the only tokens a mention may start at. */
    noted: readonly number[],
  ) {
    this.matching = normalized.text;
    this.length = columns.count;
    this.kindsOfEntries = columns.entryKinds;
    this.entries = new Array<readonly Entry[] | undefined>(columns.count);
    for (const i of noted) this.resolve(i);
    this.markStarts(noted);
  }

  /**
   * Looks up the form and lexicon entries of word i, once: the tokenizer did so for the triggers, any other word
   * is looked up here when the grammar or the tense first reads it. Every reader of a word's form, cut, joining
   * and entries comes through here, so a word reads the same whenever it is looked up.
   */
  private resolve(i: number): void {
    const flags = this.columns.flags;
    if (i < 0 || i >= this.length || ((flags[i] as number) & RESOLVED) !== 0) return;
    (flags[i] as number) |= RESOLVED;
    const start = this.columns.starts[i] as number;
    const end = this.columns.ends[i] as number;
    const form = this.forms[i] ?? formAt(this.matching, start, end, hashOfRange(this.matching, start, end));
    if (!form) return;
    this.forms[i] = form;
    this.columns.cuts[i] = form.cut;
    const first = this.matching.charCodeAt(start);
    if (form.cut > 0 && (first === AND || first === THEN)) (flags[i] as number) |= CONJOINED;
    const found = this.lookUp(i, form);
    if (found.length === 0) return;
    this.entries[i] = found;
    this.kindsOfEntries[i] = found === form.entries ? form.bits : kindBitsOf(found);
  }

  /** The entries of token i, looked up if need be (none past either end). */
  private entriesOf(i: number): readonly Entry[] | undefined {
    const entries = this.entries[i];
    // Inline, the common cases: a word with entries, a word looked up with none, punctuation, past the end.
    if (entries !== undefined || ((this.columns.flags[i] ?? RESOLVED) & RESOLVED) !== 0) return entries;
    this.resolve(i);
    return this.entries[i];
  }

  /**
   * Marks the tokens a mention may start at, from the last to the first: a number, a month, a unit, an ordinal…
   * (STARTER_KINDS); a word that only leads into one (منذ، من، بين، هذا، مطلع، صباح، الربع) when what follows it
   * can go on; a weekday without ال before its week, a number word before a part of day. Most words of a text
   * (في، على، أن، التي، قال) start none, and the grammar is not tried there. tests/unit/dates/property.test.ts checks that
   * starting only here finds what starting at every token finds.
   */
  private markStarts(noted: readonly number[]): void {
    const flags = this.columns.flags;
    const starts = (i: number): boolean => i < this.length && ((flags[i] ?? 0) & STARTS) !== 0;
    const has = (i: number, bits: number): boolean =>
      this.entriesOf(i) !== undefined && ((this.kindsOfEntries[i] as number) & bits) !== 0;
    const within = (i: number, reach: number, bits: number): boolean => {
      for (let k = i + 1; k <= i + reach && k < this.length; k++) if (has(k, bits)) return true;
      return false;
    };
    // What may follow a marker: a start, or the count of an amount (عدة، ربع، ألف، ثلاثة) or a hedge before one.
    const amount = (i: number): boolean => starts(i) || has(i, AMOUNT_BITS);
    // Any other token is punctuation or a word no entry of which may start a mention (no trigger): it starts nothing.
    for (let n = noted.length - 1; n >= 0; n--) {
      const i = noted[n] as number;
      const kinds = this.kindsOfEntries[i] ?? 0;
      let start = this.columns.kinds[i] === NUMBER || (kinds & STARTER_BITS) !== 0;
      if (start || kinds === 0) {
        if (start) this.markStart(i);
        continue;
      }
      for (const { lexeme, length } of this.entries[i] ?? NO_ENTRIES) {
        if (start) break;
        switch (lexeme.kind) {
          case 'weekday':
            start = !lexeme.bare || lexeme.beforeDate === true || within(i, WEEK_REACH, UNIT_BIT);
            break;
          case 'cardinal':
            start = lexeme.value <= CLOCK_HOURS && within(i, CLOCK_REACH, DAY_PART_BITS);
            break;
          case 'marker':
            if (STARTER_MARKERS.has(lexeme.marker)) {
              const next = i + length;
              const hedge = this.entriesOf(next)?.find((e) => e.lexeme.kind === 'approx');
              start = amount(next) || (hedge !== undefined && amount(next + hedge.length));
            }
            break;
          case 'yearPart':
            start = has(i + length, ORDINAL_BIT);
            break;
          case 'this':
          case 'part':
          case 'dayPart':
            start = starts(i + length);
            break;
          default:
            break;
        }
      }
      if (start) this.markStart(i);
    }
  }

  private markStart(i: number): void {
    (this.columns.flags[i] as number) |= STARTS;
    this.startsLastFirst.push(i);
  }

  /** The kind of token i; undefined past either end. */
  kind(i: number): TokenKind | undefined {
    return i >= 0 && i < this.length ? KINDS[this.columns.kinds[i] as number] : undefined;
  }

  /** Token i in the matching form ('' past either end). */
  text(i: number): string {
    return i >= 0 && i < this.length ? this.matching.slice(this.columns.starts[i], this.columns.ends[i]) : '';
  }

  /** How many code units token i has. */
  width(i: number): number {
    return i >= 0 && i < this.length ? (this.columns.ends[i] as number) - (this.columns.starts[i] as number) : 0;
  }

  /** The value of number token i; NaN for any other token and for runs of more than nine digits. */
  value(i: number): number {
    if (this.kind(i) !== 'number' || this.width(i) > 9) return Number.NaN;
    let value = 0;
    for (let k = this.columns.starts[i] as number; k < (this.columns.ends[i] as number); k++)
      value = value * 10 + this.matching.charCodeAt(k) - 0x30;
    return value;
  }

  /** The word as looked up, its proclitic peeled when that gave a lexicon hit. */
  stem(i: number): string {
    this.resolve(i);
    return this.forms[i]?.stem ?? this.text(i);
  }

  /** Where token i starts in the matching form, after its proclitic: a mention starting here leaves it out. */
  stemStart(i: number): number {
    this.resolve(i);
    return (this.columns.starts[i] ?? 0) + (this.columns.cuts[i] ?? 0);
  }

  /** Where token i ends in the matching form. */
  end(i: number): number {
    return this.columns.ends[i] ?? 0;
  }

  /** White space comes before token i. */
  spaced(i: number): boolean {
    return ((this.columns.flags[i] ?? 0) & GAP) !== 0;
  }

  /** A sentence ends just before token i (a full stop, a question mark, a line break). */
  startsSentence(i: number): boolean {
    return ((this.columns.flags[i] ?? 0) & SENTENCE_START) !== 0;
  }

  /** The lexicon phrases at i, joined or not: for looking at the words around a mention. */
  entriesAt(i: number): readonly Entry[] {
    return this.entriesOf(i) ?? NO_ENTRIES;
  }

  /** The lexicon phrases starting at token i, longest first. */
  private lookUp(i: number, { stem, longest, entries, next }: Form): readonly Entry[] {
    // Most heads of phrases are common words (في، من، أول): a phrase is looked up only when its second word follows.
    if (longest === 1 || !next?.has(this.hashOf(i + 1))) return entries;
    const keys: string[] = [stem];
    for (let n = 1; n < longest && i + n < this.length && this.columns.kinds[i + n] !== PUNCT; n++) {
      keys.push(`${keys[n - 1]} ${this.text(i + n)}`);
    }
    const found: Entry[] = [];
    for (let n = keys.length; n >= 2; n--) {
      for (const lexeme of LEXICON.get(keys[n - 1] as string) ?? [])
        found.push({ length: n, kind: lexeme.kind, lexeme });
    }
    return found.length === 0 ? entries : [...found, ...entries];
  }

  /** The hash of token i's code units (hashStep), as the forms and phrases are keyed. */
  private hashOf(i: number): number {
    return hashOfRange(this.matching, this.columns.starts[i] ?? 0, this.columns.ends[i] ?? 0);
  }

  /** Whether number token i is written in Persian digits (۱۴۰۲), as Iranian dates are. */
  persianDigits(i: number): boolean {
    const c = this.normalized.source.charCodeAt(this.normalized.offsets[this.columns.starts[i] ?? 0] ?? 0);
    return c >= 0x06f0 && c <= 0x06f9;
  }

  /** Whether the text is Persian: its Persian letters outnumber the Arabic ي and ك (counted once, when asked). */
  get persian(): boolean {
    if (this.persianText === undefined) {
      const { source } = this.normalized;
      let balance = 0;
      for (let k = 0; k < source.length; k++) {
        const c = source.charCodeAt(k);
        if (PERSIAN_LETTERS.has(c)) balance++;
        else if (ARABIC_YEH_KAF.has(c)) balance--;
      }
      this.persianText = balance > 0;
    }
    return this.persianText;
  }

  /** Starts reading a mention at i. */
  open(i: number): void {
    this.opened.length = 0;
    this.opened.push(i);
  }

  /** The longest phrase at i of this kind (and passing `test`), with the index just past it. */
  lex<K extends LexemeKind>(i: number, kind: K, test?: (lexeme: LexemeOf<K>) => boolean): Found<K> | null {
    if (!this.hasKind(i, kind)) return null;
    if (((this.columns.flags[i] ?? 0) & CONJOINED) !== 0 && !this.opened.includes(i)) return null;
    return this.entryOf(i, kind, test);
  }

  /** The longest marker phrase at i that is `a` (or `b`): a lex() of markers without a test function to allocate. */
  marker(i: number, a: Marker, b?: Marker): Found<'marker'> | null {
    if (this.entriesOf(i) === undefined || ((this.kindsOfEntries[i] as number) & MARKER_BIT) === 0) return null;
    if (((this.columns.flags[i] ?? 0) & CONJOINED) !== 0 && !this.opened.includes(i)) return null;
    for (const entry of this.entries[i] ?? NO_ENTRIES) {
      if (entry.kind !== 'marker') continue;
      const lexeme = entry.lexeme as LexemeOf<'marker'>;
      if (lexeme.marker === a || lexeme.marker === b) return { end: i + entry.length, lexeme };
    }
    return null;
  }

  has(i: number, kind: LexemeKind): boolean {
    return this.lex(i, kind) !== null;
  }

  /** Whether token i is a word of this kind, and joined or not: for looking at the words around a mention. */
  knows(i: number, kind: LexemeKind): boolean {
    return this.find(i, kind) !== null;
  }

  private find<K extends LexemeKind>(i: number, kind: K, test?: (lexeme: LexemeOf<K>) => boolean): Found<K> | null {
    return this.hasKind(i, kind) ? this.entryOf(i, kind, test) : null;
  }

  /**
   * Whether token i has an entry of this kind. Most tokens have none; the others a few, compared by their kind in
   * place (a kind's bit in KIND_BITS, looked up for a kind that changes from call to call, cost more than that).
   */
  private hasKind(i: number, kind: LexemeKind): boolean {
    const entries = this.entriesOf(i);
    if (entries === undefined) return false;
    for (let k = 0; k < entries.length; k++) if ((entries[k] as Entry).kind === kind) return true;
    return false;
  }

  /** The longest phrase at i of this kind (and passing `test`), once hasKind has said there may be one. */
  private entryOf<K extends LexemeKind>(i: number, kind: K, test?: (lexeme: LexemeOf<K>) => boolean): Found<K> | null {
    for (const entry of this.entries[i] ?? NO_ENTRIES) {
      if (entry.kind === kind && (!test || test(entry.lexeme as LexemeOf<K>))) {
        return { end: i + entry.length, lexeme: entry.lexeme as LexemeOf<K> };
      }
    }
    return null;
  }

  /** A number token at i (its value), or null. */
  number(i: number): number | null {
    const value = this.value(i);
    return Number.isNaN(value) ? null : value;
  }

  /** Whether token i is this punctuation. */
  punct(i: number, ...chars: string[]): boolean {
    return (
      this.columns.kinds[i] === PUNCT &&
      i < this.length &&
      chars.includes(this.matching[this.columns.starts[i] as number] as string)
    );
  }

  /**
   * Whether word i may go on a mention after a number: the lexicon knows it (glued to و or not: وربع), or it is the
   * word و (3 و20 دقيقة); the grammar reads no other word there.
   */
  goesOn(i: number): boolean {
    return this.entriesOf(i) !== undefined || this.isAnd(i);
  }

  /** Whether token i is the stand-alone word (or glued letter) "و". */
  isAnd(i: number): boolean {
    return (
      this.columns.kinds[i] === WORD && this.width(i) === 1 && this.matching[this.columns.starts[i] as number] === 'و'
    );
  }

  /** Whether token i is the word أو ("or"): "في سبتمبر أو أكتوبر". */
  isOr(i: number): boolean {
    return this.columns.kinds[i] === WORD && this.width(i) === 2 && this.text(i) === 'او';
  }

  /** Where the item after a conjunction و starts: i + 1 after the word و, i itself for وأبريل (then opened). */
  joinedByAnd(i: number): { next: number } | null {
    if (this.isAnd(i)) return { next: i + 1 };
    this.resolve(i);
    if (((this.columns.flags[i] ?? 0) & CONJOINED) === 0 || this.matching[this.columns.starts[i] as number] !== 'و')
      return null;
    this.opened.push(i);
    return { next: i };
  }
}
