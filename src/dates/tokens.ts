/**
 * Splits the matching form of a text into words, numbers and punctuation in one pass, and looks each word up
 * in the lexicon once (with a proclitic و ف ب ل peeled off when only that gives a hit). The recogniser then
 * works on tokens and their lexemes, never on characters, so it looks at a bounded number of tokens per
 * position and the whole pass stays linear.
 */
import { LEXICON, PHRASE_HEADS, PROCLITICS, type Lexeme, type LexemeKind } from './lexicon.js';
import type { NormalizedText } from '../text/normalize.js';

export interface Token {
  kind: 'word' | 'number' | 'punct';
  /** The token in the matching form. */
  text: string;
  /** Offsets in the matching form. */
  start: number;
  end: number;
  /** The word without its proclitic, as looked up; `text` when none was peeled. */
  stem: string;
  /** Where the stem starts in the matching form: a mention that starts here leaves the proclitic out. */
  stemStart: number;
  /** The proclitic is و or ف ("and"): the word opens a new item and may not continue one (see TokenList.open). */
  conjoined: boolean;
  /** White space before the token. */
  gap: boolean;
  /** A sentence ends just before this token (a full stop, a question mark, a line break). */
  sentenceStart: boolean;
  /** The value of a number token (NaN for very long digit runs); NaN for others. */
  value: number;
  /** Phrases of the lexicon that start at this token, longest first. */
  entries: readonly Entry[];
}

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
const SENTENCE_ENDS = new Set(['.', '!', '?', '؟', '؛', ';']);

function charClass(c: number): 'letter' | 'digit' | 'space' | 'other' {
  if (c >= 0x30 && c <= 0x39) return 'digit';
  if (c === 0x20) return 'space';
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x41 && c <= 0x5a)) return 'letter';
  return 'other';
}

/** Peels a proclitic when the rest is a word (or phrase head) of the lexicon and the whole is not. */
function stemOf(word: string): { stem: string; cut: number } {
  if (PHRASE_HEADS.has(word)) return { stem: word, cut: 0 };
  // لل + noun is ل + ال + noun with the alef dropped: للعام → العام.
  if (word.startsWith('لل') && PHRASE_HEADS.has(`ا${word.slice(1)}`)) return { stem: `ا${word.slice(1)}`, cut: 1 };
  for (const p of PROCLITICS) {
    const rest = word.slice(p.length);
    // Two letters are enough after و only (وآب); ب or ل before two letters is too often a word of its own (باب).
    if (word.startsWith(p) && rest.length >= (p === 'و' ? 2 : 3) && PHRASE_HEADS.has(rest)) return { stem: rest, cut: p.length };
  }
  return { stem: word, cut: 0 };
}

export function tokenize(normalized: NormalizedText): Token[] {
  const { text, offsets, source } = normalized;
  const tokens: Token[] = [];
  let i = 0;
  let gap = false;
  let sentenceStart = true;
  let previousEnd = 0; // offset in the source just past the previous token
  while (i < text.length) {
    const cls = charClass(text.charCodeAt(i));
    if (cls === 'space') {
      gap = true;
      i++;
      continue;
    }
    let j = i + 1;
    if (cls !== 'other') while (j < text.length && charClass(text.charCodeAt(j)) === cls) j++;
    const sourceStart = offsets[i] ?? source.length;
    for (let k = previousEnd; k < sourceStart; k++) {
      const c = source.charCodeAt(k);
      if (c === 0x0a || c === 0x0d) {
        sentenceStart = true;
        break;
      }
    }
    const tokenText = text.slice(i, j);
    const kind = cls === 'letter' ? 'word' : cls === 'digit' ? 'number' : 'punct';
    const { stem, cut } = kind === 'word' ? stemOf(tokenText) : { stem: tokenText, cut: 0 };
    tokens.push({
      kind,
      text: tokenText,
      start: i,
      end: j,
      stem,
      stemStart: i + cut,
      conjoined: cut > 0 && (tokenText.startsWith('و') || tokenText.startsWith('ف')),
      gap,
      sentenceStart,
      value: kind === 'number' && j - i <= 9 ? Number(tokenText) : Number.NaN,
      entries: NO_ENTRIES,
    });
    previousEnd = offsets[j - 1] === undefined ? source.length : (offsets[j - 1] as number) + 1;
    // A full stop between two digits (17.03.2020) does not end a sentence.
    sentenceStart = kind === 'punct' && SENTENCE_ENDS.has(tokenText) && !(tokenText === '.' && !gap && charClass(text.charCodeAt(j)) === 'digit');
    gap = false;
    i = j;
  }
  for (let t = 0; t < tokens.length; t++) (tokens[t] as Token).entries = lookUp(tokens, t);
  return tokens;
}

/** The lexicon phrases starting at token t, longest first. */
function lookUp(tokens: Token[], t: number): readonly Entry[] {
  const first = tokens[t] as Token;
  const longest = first.kind === 'punct' ? undefined : PHRASE_HEADS.get(first.stem);
  if (longest === undefined) return NO_ENTRIES;
  const entries: Entry[] = [];
  let key = '';
  const keys: string[] = [];
  for (let n = 0; n < longest && t + n < tokens.length; n++) {
    const token = tokens[t + n] as Token;
    if (n > 0 && token.kind === 'punct') break;
    key = n === 0 ? first.stem : `${key} ${token.text}`;
    keys.push(key);
  }
  for (let n = keys.length; n >= 1; n--) {
    for (const lexeme of LEXICON.get(keys[n - 1] as string) ?? []) entries.push({ length: n, lexeme });
  }
  return entries;
}

/**
 * Read access to the tokens of one text, for the grammar. A word joined by و or ف (والسبت، وأبريل) is read as
 * itself only where an item may open: where a mention starts (open) and right after a conjunction the grammar
 * asks for (joinedByAnd). Elsewhere it is no continuation: "اليوم وأمس" is two mentions, not "يوم أمس".
 */
export class TokenList {
  private readonly opened = new Set<number>();

  constructor(readonly tokens: readonly Token[]) {}

  /** Starts reading a mention at i. */
  open(i: number): void {
    this.opened.clear();
    this.opened.add(i);
  }

  get length(): number {
    return this.tokens.length;
  }

  at(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** The longest phrase at i of this kind (and passing `test`), with the index just past it. */
  lex<K extends LexemeKind>(i: number, kind: K, test?: (lexeme: LexemeOf<K>) => boolean): Found<K> | null {
    const token = this.tokens[i];
    if (!token || (token.conjoined && !this.opened.has(i))) return null;
    return this.find(i, kind, test);
  }

  /** Whether token i is a word of this kind, and joined or not: for looking at the words around a mention. */
  knows(i: number, kind: LexemeKind): boolean {
    return this.find(i, kind) !== null;
  }

  private find<K extends LexemeKind>(i: number, kind: K, test?: (lexeme: LexemeOf<K>) => boolean): Found<K> | null {
    for (const entry of this.tokens[i]?.entries ?? NO_ENTRIES) {
      if (entry.lexeme.kind === kind && (!test || test(entry.lexeme as LexemeOf<K>))) {
        return { end: i + entry.length, lexeme: entry.lexeme as LexemeOf<K> };
      }
    }
    return null;
  }

  has(i: number, kind: LexemeKind): boolean {
    return this.lex(i, kind) !== null;
  }

  /** A number token at i (its value), or null. */
  number(i: number): number | null {
    const token = this.tokens[i];
    return token?.kind === 'number' && !Number.isNaN(token.value) ? token.value : null;
  }

  /** Whether token i is this punctuation. */
  punct(i: number, ...chars: string[]): boolean {
    const token = this.tokens[i];
    return token?.kind === 'punct' && chars.includes(token.text);
  }

  /** Whether token i is the stand-alone word (or glued letter) "و". */
  isAnd(i: number): boolean {
    return this.tokens[i]?.text === 'و';
  }

  /** Where the item after a conjunction و starts: i + 1 after the word و, i itself for وأبريل (then opened). */
  joinedByAnd(i: number): { next: number } | null {
    const token = this.tokens[i];
    if (!token) return null;
    if (token.text === 'و') return { next: i + 1 };
    if (!token.conjoined || !token.text.startsWith('و')) return null;
    this.opened.add(i);
    return { next: i };
  }
}
