/**
 * Which of many literal strings occur in a text, found in one pass over the text instead of one search
 * per literal: at each position the next two code units are looked up in a table of the literals' first
 * two (one unit read per position, the other carried from the position before), then, for the literals
 * of four units or more, a hash of the next four units in a bit table; only a position that passes is
 * compared with the literals that start that way. A literal of one unit is known by its unit alone.
 * Cleaner selection asks this of every page for the site signatures, and a cleaner's screen of every
 * block for its rules' needles. (Measured on the bench corpus's blocks, the two-unit table turns away
 * seven positions in eight of the signatures' scan and three in four of the generic cleaner's needles';
 * one regex of the literals, V8's scan, took 1.4-2 times as long.)
 */

/** Code units hashed at each position for the literals at least that long. */
const HASHED_UNITS = 4;
const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** The multiplier that spreads a position's first unit over the two-unit table. */
const PAIR_SPREAD = 33;
/** Bits of the two-unit table: a literal of two or three units starts so; one of HASHED_UNITS or more does. */
const SHORT_PAIR = 1;
const HASHED_PAIR = 2;

/** The two-unit table's slot (written out in forEachIn too). */
function pairOf(first: number, second: number): number {
  return ((first * PAIR_SPREAD) ^ second) & TABLE_MASK;
}

/** The hash of the four units at `at`, whose first two are given (written out in forEachIn too). */
function hashAt(text: string, at: number, first: number, second: number): number {
  return (((first * 31 + second) * 31 + text.charCodeAt(at + 2)) * 31 + text.charCodeAt(at + 3)) & TABLE_MASK;
}

function addTo(buckets: Map<number, number[]>, key: number, index: number): void {
  const bucket = buckets.get(key);
  if (bucket) bucket.push(index);
  else buckets.set(key, [index]);
}

export class LiteralSet {
  /** The distinct literals; `find` and `forEachIn` answer by their index here. */
  readonly literals: readonly string[];
  /** 1 at the unit of each one-unit literal. */
  private readonly units = new Uint8Array(TABLE_MASK + 1);
  /** The literals' first two units (pairOf): SHORT_PAIR and HASHED_PAIR bits. */
  private readonly pairs = new Uint8Array(TABLE_MASK + 1);
  /** 1 at the hash of the first four units of each literal that long. */
  private readonly table = new Uint8Array(TABLE_MASK + 1);
  private readonly byUnit = new Map<number, number[]>();
  private readonly byPair = new Map<number, number[]>();
  private readonly byHash = new Map<number, number[]>();
  /** The index of the empty literal, which every text holds (-1: none). */
  private readonly empty: number;

  constructor(literals: Iterable<string>) {
    this.literals = [...new Set(literals)];
    this.empty = this.literals.indexOf('');
    this.literals.forEach((literal, index) => {
      if (literal.length === 0) return;
      const first = literal.charCodeAt(0);
      if (literal.length === 1) {
        this.units[first] = 1;
        addTo(this.byUnit, first, index);
        return;
      }
      const second = literal.charCodeAt(1);
      const pair = pairOf(first, second);
      if (literal.length < HASHED_UNITS) {
        this.pairs[pair]! |= SHORT_PAIR;
        addTo(this.byPair, pair, index);
        return;
      }
      this.pairs[pair]! |= HASHED_PAIR;
      const hash = hashAt(literal, 0, first, second);
      this.table[hash] = 1;
      addTo(this.byHash, hash, index);
    });
  }

  /**
   * Whether each literal occurs in one of the texts (a literal never spans two texts): `found[i]` is 1
   * for `literals[i]`.
   */
  find(texts: readonly string[]): Uint8Array {
    const found = new Uint8Array(this.literals.length);
    const mark = (index: number): void => {
      found[index] = 1;
    };
    for (const text of texts) this.forEachIn(text, mark);
    // The empty literal occurs in any text, even in no text at all (as includes says of "").
    if (this.empty >= 0) found[this.empty] = 1;
    return found;
  }

  /**
   * Calls `visit` with the index of each literal at each place where the text holds it, the empty
   * literal aside. Every place is read: one literal may hold another.
   */
  forEachIn(text: string, visit: (index: number) => void): void {
    const { literals, units, pairs, table } = this;
    // pairOf and hashAt are written out here: the CLI's workers run without TurboFan's inlining (README,
    // Performance), and a call per position cost more than the scan. No unit is read past the text's end
    // (charCodeAt's NaN there made the loop's numbers doubles and the scan 1.4 times slower): the last
    // position's second unit is taken as 0, which only the comparison reads.
    const end = text.length;
    let second = end > 0 ? text.charCodeAt(0) : 0;
    for (let at = 0; at < end; at++) {
      const first = second;
      second = at + 1 < end ? text.charCodeAt(at + 1) : 0;
      if (units[first] === 1) for (const index of this.byUnit.get(first)!) visit(index);
      const pair = ((first * PAIR_SPREAD) ^ second) & TABLE_MASK;
      const kinds = pairs[pair]!;
      if (kinds === 0) continue;
      if ((kinds & SHORT_PAIR) !== 0)
        for (const index of this.byPair.get(pair)!) if (text.startsWith(literals[index]!, at)) visit(index);
      if ((kinds & HASHED_PAIR) === 0 || at + HASHED_UNITS > end) continue;
      const hash = (((first * 31 + second) * 31 + text.charCodeAt(at + 2)) * 31 + text.charCodeAt(at + 3)) & TABLE_MASK;
      if (table[hash] === 0) continue;
      for (const index of this.byHash.get(hash)!) if (text.startsWith(literals[index]!, at)) visit(index);
    }
  }
}
