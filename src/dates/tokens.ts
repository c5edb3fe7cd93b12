/**
 * Splits the matching form of a text into words, numbers and punctuation in one pass, and looks each word up
 * in the lexicon once (with a proclitic و ف ب ل peeled off when only that gives a hit). The recogniser then
 * works on tokens and their lexemes, never on characters, so it looks at a bounded number of tokens per
 * position and the whole pass stays linear.
 *
 * Tokens are kept in typed columns, not objects: most words of a text are no date word, and an object each
 * costs more than the whole date pass. The grammar reads a token's fields through the TokenList's accessors.
 */
import { KIND_BITS, LEXICON, PHRASE_HEADS, PROCLITICS, type Lexeme, type LexemeKind } from './lexicon.js';
import type { NormalizedText } from '../text/normalize.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Entry {
  /** How many tokens the phrase covers. */
  length: number;
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
const LEXICAL = 8;
const SENTENCE_ENDS = new Set(['.', '!', '?', '؟', '؛', ';']);

function charClass(c: number): number {
  if (c >= 0x30 && c <= 0x39) return NUMBER;
  if (c === 0x20) return SPACE;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x41 && c <= 0x5a)) return WORD;
  // Latin letters with accents, for French months (décembre, août); × and ÷ are no letters.
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return WORD;
  return PUNCT;
}

/** Letters only Persian writes (ی ک پ چ ژ گ), and the Arabic letters ي and ك that Persian's ی and ک replace. */
const PERSIAN_LETTERS = new Set([0x06cc, 0x06a9, 0x067e, 0x0686, 0x0698, 0x06af]);
const ARABIC_YEH_KAF = new Set([0x064a, 0x0643]);

/** Peels a proclitic when the rest is a word (or phrase head) of the lexicon and the whole is not. */
function stemOf(word: string): { stem: string; cut: number } | null {
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

const singleWordEntries = new Map<string, readonly Entry[]>();

/** The one-word entries of a stem, shared by every token of that stem. */
function wordEntries(stem: string): readonly Entry[] {
  let entries = singleWordEntries.get(stem);
  if (!entries) {
    entries = (LEXICON.get(stem) ?? []).map((lexeme) => ({ length: 1, lexeme }));
    singleWordEntries.set(stem, entries);
  }
  return entries;
}

/** Growable typed columns, one row a token. */
class Columns {
  count = 0;
  kinds = new Uint8Array(64);
  flags = new Uint8Array(64);
  cuts = new Uint8Array(64);
  starts = new Int32Array(64);
  ends = new Int32Array(64);

  push(kind: number, flags: number, cut: number, start: number, end: number): void {
    if (this.count === this.kinds.length) this.grow();
    const k = this.count++;
    this.kinds[k] = kind;
    this.flags[k] = flags;
    this.cuts[k] = cut;
    this.starts[k] = start;
    this.ends[k] = end;
  }

  private grow(): void {
    const size = this.kinds.length * 2;
    const widen = <T extends Uint8Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.kinds = widen(this.kinds, (n) => new Uint8Array(n));
    this.flags = widen(this.flags, (n) => new Uint8Array(n));
    this.cuts = widen(this.cuts, (n) => new Uint8Array(n));
    this.starts = widen(this.starts, (n) => new Int32Array(n));
    this.ends = widen(this.ends, (n) => new Int32Array(n));
  }
}

export function tokenize(normalized: NormalizedText): TokenList {
  const { text, offsets, source } = normalized;
  const columns = new Columns();
  const stems: (string | undefined)[] = [];
  const lineBreaks = new LineBreaks(source);
  let gap = false;
  let sentenceStart = true;
  for (let i = 0; i < text.length; ) {
    const cls = charClass(text.charCodeAt(i));
    if (cls === SPACE) {
      gap = true;
      i++;
      continue;
    }
    let j = i + 1;
    if (cls !== PUNCT) while (j < text.length && charClass(text.charCodeAt(j)) === cls) j++;
    if (lineBreaks.before(offsets[i] ?? source.length)) sentenceStart = true;
    let cut = 0;
    let conjoined = false;
    const stem = cls === WORD ? stemOf(text.slice(i, j)) : null;
    if (stem) {
      cut = stem.cut;
      conjoined = cut > 0 && (text[i] === 'و' || text[i] === 'ف');
    }
    stems.push(stem?.stem);
    columns.push(cls, (gap ? GAP : 0) | (sentenceStart ? SENTENCE_START : 0) | (conjoined ? CONJOINED : 0), cut, i, j);
    // A full stop between two digits (17.03.2020) does not end a sentence.
    const c = text[i] as string;
    sentenceStart = cls === PUNCT && SENTENCE_ENDS.has(c) && !(c === '.' && !gap && charClass(text.charCodeAt(j)) === NUMBER);
    gap = false;
    i = j;
  }
  return new TokenList(normalized, columns, stems);
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

  private find(char: string, from: number): number {
    const at = this.source.indexOf(char, from);
    return at < 0 ? Infinity : at;
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
  /** Where a joined word may open an item: the mention's start and the places after a conjunction. */
  private readonly opened: number[] = [];
  /** The matching form of the text. */
  private readonly matching: string;
  private persianText: boolean | undefined;

  constructor(
    private readonly normalized: NormalizedText,
    private readonly columns: Columns,
    /** Per token, the looked-up stem of a word whose stem is a lexicon phrase head. */
    private readonly stems: readonly (string | undefined)[],
  ) {
    this.matching = normalized.text;
    this.length = columns.count;
    this.kindsOfEntries = new Int32Array(columns.count);
    this.entries = new Array<readonly Entry[] | undefined>(columns.count);
    for (let i = 0; i < this.length; i++) {
      const stem = stems[i];
      const found = stem === undefined ? NO_ENTRIES : this.lookUp(i, stem);
      if (found.length === 0) continue;
      this.entries[i] = found;
      (columns.flags[i] as number) |= LEXICAL;
      for (const entry of found) (this.kindsOfEntries[i] as number) |= KIND_BITS.get(entry.lexeme.kind) ?? 0;
    }
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
    for (let k = this.columns.starts[i] as number; k < (this.columns.ends[i] as number); k++) value = value * 10 + this.matching.charCodeAt(k) - 0x30;
    return value;
  }

  /** The word as looked up, its proclitic peeled when that gave a lexicon hit. */
  stem(i: number): string {
    return this.stems[i] ?? this.text(i);
  }

  /** Where token i starts in the matching form, after its proclitic: a mention starting here leaves it out. */
  stemStart(i: number): number {
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

  /** Whether a mention may start at i: a lexicon word or a number. */
  mayStart(i: number): boolean {
    return ((this.columns.flags[i] ?? 0) & LEXICAL) !== 0 || this.columns.kinds[i] === NUMBER;
  }

  /** The lexicon phrases at i, joined or not: for looking at the words around a mention. */
  entriesAt(i: number): readonly Entry[] {
    return this.entries[i] ?? NO_ENTRIES;
  }

  /** The lexicon phrases starting at token i, longest first. */
  private lookUp(i: number, stem: string): readonly Entry[] {
    const longest = PHRASE_HEADS.get(stem) ?? 1;
    if (longest === 1) return wordEntries(stem);
    const keys: string[] = [stem];
    for (let n = 1; n < longest && i + n < this.length && this.columns.kinds[i + n] !== PUNCT; n++) {
      keys.push(`${keys[n - 1]} ${this.text(i + n)}`);
    }
    const found: Entry[] = [];
    for (let n = keys.length; n >= 2; n--) {
      for (const lexeme of LEXICON.get(keys[n - 1] as string) ?? []) found.push({ length: n, lexeme });
    }
    return found.length === 0 ? wordEntries(stem) : [...found, ...wordEntries(stem)];
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
    const kinds = this.kindsOfEntries[i];
    if (!kinds || (kinds & (KIND_BITS.get(kind) ?? 0)) === 0) return null;
    if (((this.columns.flags[i] ?? 0) & CONJOINED) !== 0 && !this.opened.includes(i)) return null;
    return this.find(i, kind, test);
  }

  has(i: number, kind: LexemeKind): boolean {
    return this.lex(i, kind) !== null;
  }

  /** Whether token i is a word of this kind, and joined or not: for looking at the words around a mention. */
  knows(i: number, kind: LexemeKind): boolean {
    return this.find(i, kind) !== null;
  }

  private find<K extends LexemeKind>(i: number, kind: K, test?: (lexeme: LexemeOf<K>) => boolean): Found<K> | null {
    const kinds = this.kindsOfEntries[i];
    if (!kinds || (kinds & (KIND_BITS.get(kind) ?? 0)) === 0) return null;
    for (const entry of this.entries[i] ?? NO_ENTRIES) {
      if (entry.lexeme.kind === kind && (!test || test(entry.lexeme as LexemeOf<K>))) {
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
    return this.columns.kinds[i] === PUNCT && i < this.length && chars.includes(this.matching[this.columns.starts[i] as number] as string);
  }

  /** Whether token i is the stand-alone word (or glued letter) "و". */
  isAnd(i: number): boolean {
    return this.columns.kinds[i] === WORD && this.width(i) === 1 && this.matching[this.columns.starts[i] as number] === 'و';
  }

  /** Whether token i is the word أو ("or"): "في سبتمبر أو أكتوبر". */
  isOr(i: number): boolean {
    return this.columns.kinds[i] === WORD && this.width(i) === 2 && this.text(i) === 'او';
  }

  /** Where the item after a conjunction و starts: i + 1 after the word و, i itself for وأبريل (then opened). */
  joinedByAnd(i: number): { next: number } | null {
    if (this.isAnd(i)) return { next: i + 1 };
    if (((this.columns.flags[i] ?? 0) & CONJOINED) === 0 || this.matching[this.columns.starts[i] as number] !== 'و') return null;
    this.opened.push(i);
    return { next: i };
  }
}
