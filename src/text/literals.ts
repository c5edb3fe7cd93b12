/**
 * Which of many literal strings occur in a text, found in one pass over the text instead of one search
 * per literal: at each position a hash of the next few code units is looked up in a bit table built
 * from the literals' first units, and only a position whose hash is in the table is compared with the
 * literals that start that way. Cleaner selection asks this of every page for the site signatures.
 */

/** Code units hashed at each position; a literal shorter than that is searched for on its own. */
const HASHED_UNITS = 4;
const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

function hashAt(text: string, at: number): number {
  return (
    (((text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) * 31 + text.charCodeAt(at + 2)) * 31 +
      text.charCodeAt(at + 3)) &
    TABLE_MASK
  );
}

export class LiteralSet {
  /** The distinct literals; `found` answers by their index here. */
  readonly literals: readonly string[];
  private readonly table = new Uint8Array(TABLE_MASK + 1);
  private readonly byHash = new Map<number, { literal: string; index: number }[]>();
  /** Literals too short to hash: each searched for with includes. */
  private readonly short: { literal: string; index: number }[] = [];

  constructor(literals: Iterable<string>) {
    this.literals = [...new Set(literals)];
    this.literals.forEach((literal, index) => {
      if (literal.length < HASHED_UNITS) {
        this.short.push({ literal, index });
        return;
      }
      const hash = hashAt(literal, 0);
      this.table[hash] = 1;
      const bucket = this.byHash.get(hash);
      if (bucket) bucket.push({ literal, index });
      else this.byHash.set(hash, [{ literal, index }]);
    });
  }

  /**
   * Whether each literal occurs in one of the texts (a literal never spans two texts): `found[i]` is 1
   * for `literals[i]`. With `accept`, only an occurrence it accepts counts (where the literal stands in its
   * text: `at`, the literal's start, and its length).
   */
  find(texts: readonly string[], accept?: (text: string, at: number, length: number) => boolean): Uint8Array {
    const found = new Uint8Array(this.literals.length);
    const counts = (text: string, at: number, literal: string): boolean => !accept || accept(text, at, literal.length);
    for (const text of texts) {
      const last = text.length - HASHED_UNITS;
      for (let at = 0; at <= last; at++) {
        const hash = hashAt(text, at);
        if (this.table[hash] === 0) continue;
        for (const { literal, index } of this.byHash.get(hash)!)
          if (found[index] === 0 && text.startsWith(literal, at) && counts(text, at, literal)) found[index] = 1;
      }
      for (const { literal, index } of this.short) {
        if (literal === '') continue;
        for (let at = text.indexOf(literal); at >= 0 && found[index] === 0; at = text.indexOf(literal, at + 1))
          if (counts(text, at, literal)) found[index] = 1;
      }
    }
    // The empty literal occurs in any text, even in no text at all (as includes says of "").
    for (const { literal, index } of this.short) if (literal === '') found[index] = 1;
    return found;
  }
}
