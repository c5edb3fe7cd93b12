/**
 * The literal text a regex's matches must hold, read from its source, so that a screen can look for a few
 * strings instead of running the rules: the heads (every match starts with one of them) and the needles
 * (every match holds one of them somewhere). Both may say less than the regex (a head of "" says nothing),
 * never more: a screen built on them lets through every line a rule matches. What the reading does not know
 * (a class, an escape such as \s, a back-reference) is taken to match any one character; assertions and
 * lookarounds are taken to match the empty string.
 */

/**
 * At most this many strings in a set, of at most this many units when joined: past them a set stops growing
 * longer strings. A screen needs no more (a line's first few units tell most rules apart), and while the
 * built-ins' rules are read at build time, their heads fill a trie at every run's start-up.
 */
const MAX_STRINGS = 64;
const MAX_JOINED_UNITS = 12;

/**
 * What a piece of a regex is known to match: `exact`, all the strings it matches when they are few (else
 * null); `heads`, strings one of which starts each of its matches; `needles`, strings one of which each of
 * its matches holds.
 */
interface Known {
  exact: string[] | null;
  heads: string[];
  needles: string[];
}

const NOTHING_KNOWN: Known = { exact: null, heads: [''], needles: [''] };
const EMPTY: Known = { exact: [''], heads: [''], needles: [''] };

/** Heads and needles of a regex source (as the rule runs it, folded), whose matches all start one of the heads. */
export function regexLiterals(source: string): { heads: string[]; needles: string[] } {
  const reader = new Reader(source);
  const known = reader.alternatives();
  const { heads, needles } = withExact(known);
  return { heads: [...new Set(heads)], needles: [...new Set(needles)] };
}

/** Heads and needles taken from the exact strings, when these are known. */
function withExact(known: Known): Known {
  return known.exact ? { exact: known.exact, heads: known.exact, needles: known.exact } : known;
}

/** The shortest string's length: how much a set of strings says (a set holding "" says nothing). */
function weight(strings: string[]): number {
  return strings.reduce((min, s) => Math.min(min, s.length), Infinity);
}

/** Each string of a followed by each of b; null past the limits. */
function product(a: string[], b: string[]): string[] | null {
  if (b.length === 1 && b[0] === '') return a; // an assertion, a lookaround
  if (a.length * b.length > MAX_STRINGS || weight(a) >= MAX_JOINED_UNITS) return null;
  return a.flatMap((x) => b.map((y) => x + y));
}

/** One piece after another. */
function sequence(pieces: Known[]): Known {
  let exact: string[] | null = [''];
  let heads: string[] = [''];
  let headsOpen = true;
  let needles: string[] = [''];
  // The strings the run of exact pieces since the last other one makes: each match holds one of them.
  let run: string[] = [''];
  const better = (candidate: string[] | null): void => {
    if (candidate && weight(candidate) > weight(needles)) needles = candidate;
  };
  for (const raw of pieces) {
    const piece = withExact(raw);
    if (headsOpen) {
      const longer = product(heads, piece.heads);
      if (longer) heads = longer;
      headsOpen = longer !== null && piece.exact !== null;
    }
    exact = exact && piece.exact && product(exact, piece.exact);
    better(piece.needles);
    if (piece.exact) {
      run = product(run, piece.exact) ?? piece.exact;
      better(run);
    } else {
      better(product(run, piece.heads));
      run = [''];
    }
  }
  if (exact) return { exact, heads: exact, needles: exact };
  better(heads);
  return { exact, heads, needles };
}

/** One of several pieces. */
function either(choices: Known[]): Known {
  const all = choices.map(withExact);
  const exact = all.every((c) => c.exact) ? all.flatMap((c) => c.exact!) : null;
  return {
    exact: exact && exact.length <= MAX_STRINGS ? exact : null,
    heads: all.flatMap((c) => c.heads),
    needles: all.flatMap((c) => c.needles),
  };
}

/** A piece repeated min..max times. */
function repeated(piece: Known, min: number, max: number): Known {
  if (min === 0) return max === 1 && piece.exact ? either([EMPTY, piece]) : NOTHING_KNOWN;
  if (min === 1 && max === 1) return piece;
  const once = withExact(piece);
  return { exact: null, heads: once.heads, needles: once.needles };
}

/** Escapes that stand for the character after the backslash. */
const SYNTAX_CHARACTER = /[\^$\\.*+?()[\]{}|/\-,:=!<>#&~%@;'"`_ ]/;
const CONTROL_ESCAPE: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f', '0': '\0' };
const QUANTIFIER_START = /[*+?{]/;
const PLAIN_RUN = /[^\\^$.*+?()[\]{}|]+/uy;
const QUANTIFIER = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/;

/** A recursive reading of a regex source, as far as the literal text it needs. */
class Reader {
  private at = 0;

  constructor(private readonly source: string) {}

  /** Alternatives up to the end of the source or of the enclosing group. */
  alternatives(): Known {
    const choices = [this.pieces()];
    while (this.source[this.at] === '|') {
      this.at++;
      choices.push(this.pieces());
    }
    return choices.length === 1 ? choices[0]! : either(choices);
  }

  private pieces(): Known {
    const pieces: Known[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const q = QUANTIFIER.exec(this.source.slice(this.at, this.at + 24));
      if (!q) {
        pieces.push(atom);
        continue;
      }
      this.at += q[0].length;
      const [min, max] =
        q[1] === '*' ? [0, Infinity] : q[1] === '+' ? [1, Infinity] : q[1] === '?' ? [0, 1] : bounds(q);
      pieces.push(repeated(atom, min, max));
    }
    return sequence(pieces);
  }

  private atom(): Known {
    const c = this.source[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return NOTHING_KNOWN;
    }
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') {
      this.at++;
      return EMPTY;
    }
    if (c === '.') {
      this.at++;
      return NOTHING_KNOWN;
    }
    // A run of plain characters is one string, up to the last one before a quantifier (which applies to it alone).
    PLAIN_RUN.lastIndex = this.at;
    const run = PLAIN_RUN.exec(this.source)![0];
    const text =
      QUANTIFIER_START.test(this.source.charAt(this.at + run.length)) && [...run].length > 1
        ? run.slice(0, run.length - lastPointLength(run))
        : run;
    this.at += text.length;
    return { exact: [text], heads: [text], needles: [text] };
  }

  private group(): Known {
    const head = /^\((\?(?:<[=!]|[=!:]|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.at, this.at + 64))!;
    this.at += head[0].length;
    const inner = this.alternatives();
    this.at++; // ")"
    const kind = head[1] ?? '';
    // A lookaround matches the empty string; what it asks of the text is left to the rule.
    return kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!' ? EMPTY : inner;
  }

  private skipClass(): void {
    this.at++;
    while (this.at < this.source.length && this.source[this.at] !== ']')
      this.at += this.source[this.at] === '\\' ? 2 : 1;
    this.at++;
  }

  private escape(): Known {
    const next = this.source[this.at + 1] ?? '';
    const literal = (text: string, length: number): Known => {
      this.at += length;
      return { exact: [text], heads: [text], needles: [text] };
    };
    if (next === 'b' || next === 'B') {
      this.at += 2;
      return EMPTY;
    }
    if (CONTROL_ESCAPE[next] !== undefined && !/\d/.test(this.source[this.at + 2] ?? '')) {
      return literal(CONTROL_ESCAPE[next]!, 2);
    }
    if (SYNTAX_CHARACTER.test(next)) return literal(next, 2);
    const code = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/.exec(
      this.source.slice(this.at, this.at + 12),
    );
    if (code) return literal(String.fromCodePoint(parseInt(code[1] ?? code[2] ?? code[3]!, 16)), code[0].length);
    // A class (\d, \s, \p{…}), a back-reference or anything else: some text not known here.
    const unknown = /^\\(?:[pP]\{[^}]*\}|k<[^>]*>|\d+|c[A-Za-z]|.)/su.exec(this.source.slice(this.at, this.at + 64))!;
    this.at += unknown[0].length;
    return NOTHING_KNOWN;
  }
}

/** The code units of a text's last code point (two outside the BMP). */
function lastPointLength(text: string): number {
  return /[\uDC00-\uDFFF]$/.test(text) && text.length > 1 ? 2 : 1;
}

function bounds(q: RegExpExecArray): [number, number] {
  const min = Number(q[2]);
  return [min, q[3] === undefined ? min : q[4] ? Number(q[4]) : Infinity];
}

/**
 * The rules whose heads a line starts with, found by walking a trie of the heads over the line's first code
 * units: each node holds the rules whose head ends there or before (rules with a head of "" at the root).
 * The edges are kept in one open-addressed table of typed arrays, looked up by node and unit: the walk makes
 * no call and no object (Map nodes made the walk cost as much as the regex it replaced).
 */
export class HeadTrie {
  /** Per edge slot: the node it leaves (-1: a free slot), its unit, and the node it reaches. */
  private readonly from: Int32Array;
  private readonly unit: Uint16Array;
  private readonly to: Int32Array;
  private readonly mask: number;
  /** The hash's top bits index the table (Fibonacci hashing: the low bits of the product mix too little). */
  private readonly shift: number;
  /** Per node: the rules whose head ends at it or above it (null: none). */
  private readonly rules: (Uint8Array | null)[] = [null];

  /** @param heads for each rule (by its index), the strings one of which each line it matches starts with */
  constructor(heads: readonly (readonly string[] | null)[]) {
    const ends: [string, number][] = [];
    heads.forEach((strings, rule) => strings?.forEach((head) => ends.push([head, rule])));
    // Shortest heads first, so that a node's rule set is complete before its children copy it.
    ends.sort((a, b) => a[0].length - b[0].length);
    const units = ends.reduce((sum, [head]) => sum + head.length, 0);
    const bits = Math.max(1, Math.ceil(Math.log2(2 * units + 2)));
    const size = 2 ** bits;
    this.shift = 32 - bits;
    this.from = new Int32Array(size).fill(-1);
    this.unit = new Uint16Array(size);
    this.to = new Int32Array(size);
    this.mask = size - 1;
    for (const [head, rule] of ends) {
      let node = 0;
      for (let i = 0; i < head.length; i++) {
        const code = head.charCodeAt(i);
        const slot = this.slot(node, code);
        if (this.from[slot] === -1) {
          // Plain assignments: a destructuring runs the iterator protocol, and this runs at start-up, not yet optimised.
          this.from[slot] = node;
          this.unit[slot] = code;
          this.to[slot] = this.rules.length;
          this.rules.push(this.rules[node]!);
        }
        node = this.to[slot]!;
      }
      // A node shares its parent's set until a head ends at it (shorter heads first: no descendant yet).
      const own = this.rules[node];
      if (!own?.[rule]) {
        this.rules[node] = own ? new Uint8Array(own) : new Uint8Array(heads.length);
        this.rules[node]![rule] = 1;
      }
    }
  }

  /** The rules (1 at a rule's index) whose heads the text starts with, null if none; shared, not to be changed. */
  rulesAt(text: string): Uint8Array | null {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const slot = this.slot(node, text.charCodeAt(i));
      if (this.from[slot] === -1) break;
      node = this.to[slot]!;
    }
    return this.rules[node]!;
  }

  /** The slot of the edge from a node by a unit, or the free slot where it would go. */
  private slot(node: number, code: number): number {
    let slot = Math.imul(node * 0x10000 + code, 0x9e3779b1) >>> this.shift;
    while (this.from[slot] !== -1 && (this.from[slot] !== node || this.unit[slot] !== code))
      slot = (slot + 1) & this.mask;
    return slot;
  }
}

/**
 * The rules whose needles a line holds. One regex of all the needles, plain text, finds each place where
 * one starts (V8 scans for such an alternation much faster than the rules' own regexes, or a search per
 * needle, run); there the needles that start with that unit are compared.
 */
export class NeedleSet {
  /** Whether a text holds a needle: most lines hold none, and a test makes no match array. */
  private readonly any: RegExp | null;
  /** The same, global: where each needle starts. */
  private readonly each: RegExp | null;
  private readonly byFirstUnit = new Map<number, { needle: string; rules: number[] }[]>();
  private readonly count: number;

  /**
   * @param needles for each rule (by its index), the strings one of which each line it matches holds
   * @param pattern their needlePattern, when it was made before (a built-in cleaner's, at build time)
   */
  constructor(needles: readonly (readonly string[])[], pattern: string | null = needlePattern(needles)) {
    this.count = needles.length;
    const rulesOf = new Map<string, number[]>();
    needles.forEach((strings, rule) =>
      strings.forEach((needle) => rulesOf.set(needle, [...(rulesOf.get(needle) ?? []), rule])),
    );
    for (const [needle, rules] of rulesOf) {
      const first = needle.charCodeAt(0);
      this.byFirstUnit.set(first, [...(this.byFirstUnit.get(first) ?? []), { needle, rules }]);
    }
    this.any = pattern === null ? null : new RegExp(pattern, 'u');
    this.each = this.any && new RegExp(this.any.source, 'gu');
  }

  /** The rules (1 at a rule's index) one of whose needles the text holds, null if none. */
  rulesIn(text: string): Uint8Array | null {
    if (this.each === null || !this.any!.test(text)) return null;
    let rules: Uint8Array | null = null;
    this.each.lastIndex = 0;
    // Every place where a needle starts, not only the non-overlapping matches: one needle may hold another.
    for (let m = this.each.exec(text); m !== null; m = this.each.exec(text)) {
      const at = m.index;
      for (const { needle, rules: holders } of this.byFirstUnit.get(text.charCodeAt(at))!) {
        if (!text.startsWith(needle, at)) continue;
        rules ??= new Uint8Array(this.count);
        for (const rule of holders) rules[rule] = 1;
      }
      this.each.lastIndex = at + 1;
    }
    return rules;
  }

  /** Runs the regex once on Arabic text long enough to be compiled to machine code (see MACHINE_CODE_TEXT). */
  warm(text: string): void {
    for (const re of [this.any, this.each]) re?.test(text);
  }
}

/**
 * The regex a NeedleSet finds where its needles start with (null: no needle). Making it is most of what
 * making the set costs, in code that runs once per run, not yet optimised: the built-ins' are made at
 * build time (the generic cleaner's cost start-up some 70M instructions).
 */
export function needlePattern(needles: readonly (readonly string[])[]): string | null {
  const distinct = new Set(needles.flat());
  return distinct.size > 0 ? prefixAlternation([...distinct]) : null;
}

/**
 * A regex that matches where one of the strings starts, its alternatives sharing their prefixes
 * ("ab|ac" as "a(?:b|c)"): the engine tries each alternative in turn at each place of the text, and a flat
 * list of the generic cleaner's 185 needles cost more than the old screen's regexes. A string that ends
 * where a longer one goes on stands for both: only where a match starts is asked.
 */
function prefixAlternation(strings: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const text of strings) {
    let node = root;
    for (const char of text) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    if (node.end) return '';
    const branches = [...node.next].map(([char, child]) => escapeRegExp(char) + source(child));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return source(root);
}

/** Text as a regex that matches it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
