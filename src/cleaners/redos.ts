/**
 * Is a rule linear in the length of the line it meets? Measured, not guessed: the rule is timed on
 * adversarial lines at growing lengths, and a doubling of the line that more than triples the time
 * (confirmed by a second measure) is super-linear. The lines are long runs of every character class
 * a dump holds, after the rule's own leading words or not, ending well or badly — where a
 * backtracking regex is slowest. Built-in rules are checked by `scripts/linearity.mjs` (and, at small
 * sizes, in CI); user rules by `arnews cleaners --check`, which adds the attack string of a static
 * ReDoS checker (see check.ts).
 */
import { normalizeArabic } from '../text/normalize.js';
import { regexStackOverflows } from './compile.js';

/** A family of lines: `at(length)` gives one of about that many characters, in the matching form. */
export interface AdversarialLine {
  name: string;
  at: (length: number) => string;
}

/** What the rule meets, repeated to length (raw text: it is normalised as the pipeline does). */
const UNITS: Record<string, string> = {
  digits: '1234567890',
  'one digit': '1',
  'arabic-indic digits': '١٢٣٤٥',
  'latin letters': 'abcxyz',
  'latin words': 'word ',
  'arabic letters': 'كتبت',
  'arabic words': 'كلمة ',
  'arabic words and colons': 'كلمة: ',
  dashes: '-',
  'dashes and spaces': '- ',
  pipes: '|',
  'pipes and spaces': '| ',
  colons: ':',
  dots: '.',
  'arabic commas': '،',
  commas: ',',
  slashes: '/',
  underscores: '_',
  equals: '=',
  stars: '*',
  hashes: '#',
  pluses: '+',
  'em dashes': '—',
  bullets: '•',
  'percent-encoding': '%d8%a7',
  base64: 'QmFzZTY0K/9',
  'url parts': 'a/b?c=d&e-',
  'dates with dashes': '12-',
  'iso dates': '2025-01-01 ',
  'dates with slashes': '12/04/2020/',
  times: '12:30 ',
  'dotted numbers': '1.2.',
  'digits and spaces': '1 ',
  'opening brackets': '(',
  'closing brackets': ')',
  'square brackets': '[',
  quotes: '"',
  guillemets: '«',
  emoji: '😀',
  'letters and digits': 'a1-',
};

/** How a line ends: as the run goes on, or with what a rule anchored at the end does not expect. */
const TAILS: Record<string, string> = { '': '', 'then "!"': '!', 'then an Arabic word': ' بيت' };

/**
 * The literal words a rule starts with: a line that begins with them reaches the rest of the
 * pattern, where a backtracking regex does its damage. Null when the rule starts with no literal.
 */
export function leadingLiteral(rule: {
  exact?: string | string[];
  prefix?: string | string[];
  suffix?: string | string[];
  contains?: string | string[];
  regex?: string;
}): string | null {
  const literal = [rule.exact ?? rule.prefix ?? rule.contains ?? rule.suffix].flat()[0];
  if (literal !== undefined) return literal;
  if (rule.regex === undefined) return null;
  const start = rule.regex.replace(/^\^?(?:\(\?:)*/, '');
  const words = /^(?:[^\\^$.|?*+()[\]{}]|\\[sS])+/u.exec(start)?.[0].replace(/\\s/g, ' ');
  // A quantifier after the literal applies to its last character only: leave that one out.
  const text = words && /^[?*+{]/.test(start.slice(words.length)) ? words.slice(0, -1) : words;
  return text && text.trim() ? text : null;
}

/** Every character class, with and without the rule's leading literal, with every tail. */
export function adversarialLines(literal: string | null): AdversarialLine[] {
  const lines: AdversarialLine[] = [];
  const prefixes = literal ? ['', literal] : [''];
  for (const prefix of prefixes) {
    for (const [unitName, unit] of Object.entries(UNITS)) {
      for (const [tailName, tail] of Object.entries(TAILS)) {
        const name = `${prefix ? `"${prefix}" then ` : ''}${unitName}${tailName ? ` ${tailName}` : ''}`;
        lines.push({ name, at: repeatedLine(prefix, unit, tail) });
      }
    }
  }
  return lines;
}

/** Runs already built, normalised once: every rule meets the same ones. */
const runs = new Map<string, string>();

/** prefix + unit repeated + tail, normalised, about `length` characters long (the prefix comes on top). */
function repeatedLine(prefix: string, unit: string, tail: string): (length: number) => string {
  const folded = normalizeArabic(prefix);
  return (length) => {
    const key = `${length}\u0000${unit}\u0000${tail}`;
    let run = runs.get(key);
    if (run === undefined) {
      run = normalizeArabic(`${unit.repeat(Math.max(1, Math.ceil((length - tail.length) / unit.length)))}${tail}`);
      runs.set(key, run);
    }
    return folded ? `${folded} ${run}` : run;
  };
}

/** A line that repeats a ReDoS checker's pump: `prefix + pump × n + suffix`. */
export function pumpedLine(name: string, prefix: string, pump: string, suffix: string): AdversarialLine {
  return {
    name,
    at: (length) =>
      `${prefix}${pump.repeat(Math.max(1, Math.ceil((length - prefix.length - suffix.length) / Math.max(1, pump.length))))}${suffix}`,
  };
}

export interface Growth {
  linear: boolean;
  /** Why not: "time grows faster than the line", "slow", or what it threw. */
  reason?: string;
  sizes?: number[];
  /** Milliseconds at each size measured. */
  times?: number[];
}

/** A doubling of the line may cost up to this factor: linear is 2, and a measure is noisy. */
const MAX_DOUBLING_FACTOR = 3;
/** Times under this (ms) are noise: no ratio of them means anything. */
const NOISE_MS = 0.5;
/** One call slower than this (ms), per 8 KB of line, is too slow whatever the growth. */
const SLOW_MS_PER_8KB = 250;
/** Repeats when a measure must be confirmed: the best of them counts. */
const CONFIRM_RUNS = 3;

/**
 * Times `match` on the line at maxChars/8, /4, /2 and maxChars characters (shortest first, so a rule
 * that explodes is seen before the longest line); linear unless a doubling more than triples the
 * time (twice in a row measured, best of three), a call is slow, or the rule throws (a regex whose
 * backtracking overflows its stack).
 */
export function growth(match: (text: string) => unknown, line: AdversarialLine, maxChars: number): Growth {
  const sizes = [8, 4, 2, 1].map((d) => Math.max(16, Math.round(maxChars / d)));
  const times: number[] = [];
  const overflowsBefore = regexStackOverflows();
  const overflowed = (): Growth | null =>
    regexStackOverflows() > overflowsBefore
      ? {
          linear: false,
          reason: "overflows the regex engine's backtracking stack (it backtracks without end)",
          sizes,
          times,
        }
      : null;
  try {
    match(line.at(sizes[0]!)); // compiles the regex; not timed
    for (const [i, size] of sizes.entries()) {
      const text = line.at(size);
      times.push(timed(match, text));
      const overflow = overflowed();
      if (overflow) return overflow;
      if (i > 0 && superLinear(times[i - 1]!, times[i]!)) {
        times[i - 1] = best(match, line.at(sizes[i - 1]!));
        times[i] = best(match, text);
        if (superLinear(times[i - 1]!, times[i]!))
          return { linear: false, reason: 'time grows faster than the line', sizes, times };
      }
      if (times[i]! > (SLOW_MS_PER_8KB * size) / 8192) return { linear: false, reason: 'slow', sizes, times };
    }
  } catch (error) {
    return { linear: false, reason: `throws "${(error as Error)?.message ?? String(error)}"`, sizes, times };
  }
  return overflowed() ?? { linear: true, sizes, times };
}

function superLinear(before: number, after: number): boolean {
  return after > NOISE_MS && after / Math.max(before, NOISE_MS) > MAX_DOUBLING_FACTOR;
}

function timed(match: (text: string) => unknown, text: string): number {
  const started = performance.now();
  match(text);
  return performance.now() - started;
}

function best(match: (text: string) => unknown, text: string): number {
  let fastest = Infinity;
  for (let i = 0; i < CONFIRM_RUNS; i++) fastest = Math.min(fastest, timed(match, text));
  return fastest;
}
