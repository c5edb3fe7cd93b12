/**
 * Cleaner specs → matchers over a block's matching form. Literal patterns are normalised like the
 * text they meet; regular expressions have their Arabic folded (see foldPattern) and get the `d` flag
 * so that captured values can be mapped back to the original text.
 */
import { enterRule, progressId } from '../pipeline/progress.js';
import { foldPattern, normalizeArabic, normalizeWithOffsets, toOriginalSpan } from '../text/normalize.js';
import type { BlockKind } from '../document/model.js';
import { FIELD_NAMES, LITERAL_KINDS, ruleName, type FieldName, type LiteralKind } from './rules.js';
import type { Cleaner, FieldRule, Matcher } from './schema.js';
import type { SectionKind } from '../vocabulary.js';
import { escapeRegExp, HeadTrie, NeedleSet, needlePattern, regexLiterals } from './heads.js';
import { builtinScreenPlan } from './builtins.js';

type Span = [number, number];

/**
 * A hit on a block, in the matching form: `[start, end)` is the matched span, `value` the captured
 * span (the text after a prefix marker, or a regex's group "value"), `groups` the spans of named
 * groups that are field names.
 */
export interface Hit {
  start: number;
  end: number;
  value: Span | null;
  groups: Partial<Record<FieldName, Span>>;
}

export interface CompiledMatcher {
  name: string;
  /** Its place among the cleaner's block rules (sections, then drop, then fields), as a RuleScreen names it. */
  place: number;
  /** Tests a block's matching form; blocks of other kinds than the rule's never match. */
  match: (norm: string, kind?: BlockKind) => Hit | null;
  /** Only the matched span is removed, not the block. */
  cut: boolean;
}

interface CompiledSection extends CompiledMatcher {
  section: SectionKind;
  /** For "drop": how many lines after the marker it drops (undefined: up to the next marker). */
  lines: number | undefined;
  /** With `lines`: the most words a dropped line has; a longer line ends the count. */
  lineMaxWords: number | undefined;
  /** For a related list: it runs to the next marker. */
  greedy: boolean;
}

export interface CompiledField extends CompiledMatcher {
  field: FieldName | undefined;
  value: string | undefined;
  remove: FieldRule['remove'];
}

export interface CompiledCleaner {
  cleaner: Cleaner;
  /**
   * Which block rules (sections, drop, fields) of the cleaner may match a block's matching form: null
   * when none can. Absent: every rule is tried (user cleaners, see screenOf).
   */
  screen: ((norm: string) => RuleScreen | null) | null;
  drop: CompiledMatcher[];
  sections: CompiledSection[];
  fields: CompiledField[];
  titleGlue: { name: string; pattern: RegExp }[];
  signatures: string[];
  urlPatterns: RegExp[];
}

/** Separators that may trail a marker or sit between it and its inline content. */
const LEAD = /^[\s:：\-–—|]+/u;
const TRAIL_SEPARATORS = new Set([...':：-–—|.،'].map((c) => c.charCodeAt(0)));
const WHITE_SPACE = /\s/u;

function isTrailing(code: number): boolean {
  return (
    TRAIL_SEPARATORS.has(code) ||
    (code <= 0x20
      ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
      : code >= 0xa0 && WHITE_SPACE.test(String.fromCharCode(code)))
  );
}

/**
 * Where the text ends once trailing separators and white space are set aside. A loop from the end,
 * not a regex such as /[…]+$/, which would try every start in a long run of separators: quadratic on
 * such a line.
 */
function trailEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isTrailing(text.charCodeAt(end - 1))) end--;
  return end;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function literal(kind: LiteralKind, pattern: string): (norm: string) => Hit | null {
  const p = literalText(pattern);
  const hit = (start: number, end: number, value: Span | null = null): Hit => ({ start, end, value, groups: {} });
  if (kind === 'exact') {
    return (norm) => (trailEnd(norm) === p.length && norm.startsWith(p) ? hit(0, norm.length) : null);
  }
  if (kind === 'prefix') {
    return (norm) => {
      if (!norm.startsWith(p) || WORD_CHAR.test(norm.charAt(p.length))) return null;
      const rest = norm.slice(p.length);
      const lead = LEAD.exec(rest)?.[0].length ?? 0;
      const valueStart = p.length + lead;
      const valueEnd = trailEnd(norm);
      return hit(0, norm.length, valueEnd > valueStart ? [valueStart, valueEnd] : null);
    };
  }
  if (kind === 'suffix') {
    return (norm) => {
      const bodyEnd = trailEnd(norm);
      const at = bodyEnd - p.length;
      if (at < 0 || !norm.startsWith(p, at) || WORD_CHAR.test(norm.charAt(at - 1))) return null;
      const valueEnd = trailEnd(norm.slice(0, at));
      return hit(0, norm.length, valueEnd > 0 ? [0, valueEnd] : null);
    };
  }
  return (norm) => {
    const at = norm.indexOf(p);
    return at < 0 ? null : hit(at, at + p.length);
  };
}

/** One literal pattern, or the first of several (a list of alternatives) that matches. */
function anyLiteral(kind: LiteralKind, patterns: string[]): (norm: string) => Hit | null {
  const tests = patterns.map((p) => literal(kind, p));
  if (tests.length === 1) return tests[0]!;
  return (norm) => {
    for (const test of tests) {
      const hit = test(norm);
      if (hit) return hit;
    }
    return null;
  };
}

/**
 * Regex rules are not tried on longer lines: boilerplate is never a line of a million characters,
 * and two hundred rules scanning a 30 MB line would cost seconds for nothing.
 */
export const MAX_REGEX_LINE = 1024 * 1024;

/**
 * Runs a rule's regex; a regex the engine cannot finish on this line does not match it. In Unicode
 * mode the engine keeps a backtracking entry per character of a loop, and on a line of some million
 * characters its stack overflows (a RangeError) where the same rule is linear and harmless.
 */
function execOrNull(re: RegExp, text: string): RegExpExecArray | null {
  try {
    // RegExp's own exec, which a TracedRegExp's calls too (a closure per call would be garbage).
    return RegExp.prototype.exec.call(re, text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    overflows++;
    return null;
  }
}

let overflows = 0;

/**
 * How many times a regex rule overflowed the engine's stack so far. On a line of thousands of
 * characters (not millions) that is the mark of a regex that backtracks without end: the linearity
 * checks count it as a failure.
 */
export function regexStackOverflows(): number {
  return overflows;
}

/**
 * @param builtin a built-in rule (checked linear when it was built) is made at its first use, and goes straight
 *   to machine code then, as the screens do (see MACHINE_CODE_TEXT): a run meets some 200 rules, and making their
 *   bytecode first cost a few milliseconds each; and its screen holds most rules back on most pages, while making
 *   a regex parses it (with a `\p{…}` class, some 2M instructions): 84 of the 100 rules a small page compiles
 *   never run. A user's rule is made now, so that a regex the engine refuses is reported before any page, and
 *   might backtrack on that text: it is left to V8's own tier-up.
 */
function regex(source: string, builtin: boolean): (norm: string) => Hit | null {
  let re = builtin ? null : new RegExp(foldPattern(source), 'du');
  const nonEmpty = (span: Span | undefined): Span | null => (span && span[1] > span[0] ? [span[0], span[1]] : null);
  return (norm) => {
    if (norm.length > MAX_REGEX_LINE) return null;
    if (re === null) {
      re = new RegExp(foldPattern(source), 'du');
      re.test(MACHINE_CODE_TEXT);
    }
    const m = execOrNull(re, norm);
    if (!m?.indices) return null;
    const [start, end] = m.indices[0]!;
    const groups: Hit['groups'] = {};
    for (const field of FIELD_NAMES) {
      const span = nonEmpty(m.indices.groups?.[field]);
      if (span) groups[field] = span;
    }
    return { start, end, value: nonEmpty(m.indices.groups?.value), groups };
  };
}

function compileMatcher(
  cleaner: string,
  rule: Matcher,
  name: string,
  place: number,
  builtin: boolean,
): CompiledMatcher {
  const kind = LITERAL_KINDS.find((k) => rule[k] !== undefined);
  const test = rule.regex !== undefined ? regex(rule.regex, builtin) : anyLiteral(kind!, [rule[kind!]!].flat());
  const { maxLength, kinds } = rule;
  const id = progressId(`${cleaner}/${name}`);
  return {
    name,
    place,
    match: (norm, kind) => {
      if ((maxLength !== undefined && norm.length > maxLength) || (kinds && kind && !kinds.includes(kind))) return null;
      enterRule(id);
      return test(norm);
    },
    cut: rule.cut ?? false,
  };
}

/** A title-glue pattern that records its rule as running (see pipeline/progress.ts) each time it is tried. */
class TracedRegExp extends RegExp {
  progressId: number | undefined;

  override exec(text: string): RegExpExecArray | null {
    if (text.length > MAX_REGEX_LINE) return null;
    if (this.progressId !== undefined) enterRule(this.progressId);
    return execOrNull(this, text);
  }
}

function tracedPattern(source: string, label: string): RegExp {
  const pattern = new TracedRegExp(foldPattern(source), 'du');
  pattern.progressId = progressId(label);
  return pattern;
}

/** The code hooks a cleaner may have, as the time budget's report names them ("<cleaner>/beforeSegment"). */
const HOOK_NAMES = ['beforeSegment', 'afterRecord'] as const;
/** What the time budget's report names a cleaner's screen ("<cleaner>/(screen)"). */
const SCREEN = '(screen)';

/**
 * @param builtin whether the cleaner is one of arnews' own (their rules are checked linear, so they may be
 *   screened together: see screenOf); the registry knows, not the cleaner's origin. A built-in cleaner's rules
 *   are compiled the first time they are used: a run compiles the generic cleaner and the site cleaners its
 *   pages select, not all of them (compiling every built-in cost each start-up 20-30 ms). A user's cleaner is
 *   compiled now, so that a regex the engine refuses is reported before any page.
 */
export function compileCleaner(cleaner: Cleaner, builtin = false): CompiledCleaner {
  const { appliesTo, name } = cleaner;
  for (const hook of HOOK_NAMES) if (cleaner[hook]) progressId(`${name}/${hook}`);
  const selection = {
    cleaner,
    signatures: appliesTo.signatures.map((s) => normalizeArabic(s)),
    urlPatterns: appliesTo.urlPatterns.map((p) => new RegExp(p, 'u')),
  };
  const names = ruleNames(cleaner);
  if (!builtin) return { ...selection, ...compileRules(cleaner, names, false) };
  // The worker sends the labels of the progress ids once it is set up: the rules' are named now.
  for (const label of [SCREEN, ...names.sections, ...names.drop, ...names.fields, ...names.titleGlue])
    progressId(`${name}/${label}`);
  let rules: CompiledRules | null = null;
  const compiled = (): CompiledRules => (rules ??= compileRules(cleaner, names, true));
  return {
    ...selection,
    get screen() {
      return compiled().screen;
    },
    get drop() {
      return compiled().drop;
    },
    get sections() {
      return compiled().sections;
    },
    get fields() {
      return compiled().fields;
    },
    get titleGlue() {
      return compiled().titleGlue;
    },
  };
}

type CompiledRules = Pick<CompiledCleaner, 'screen' | 'drop' | 'sections' | 'fields' | 'titleGlue'>;
type RuleNames = Record<'sections' | 'drop' | 'fields' | 'titleGlue', string[]>;

/** The name of each rule of a cleaner, by list (see ruleName). */
function ruleNames({ rules }: Cleaner): RuleNames {
  return {
    sections: rules.sections.map((r, i) => ruleName('sections', i, r)),
    drop: rules.drop.map((r, i) => ruleName('drop', i, r)),
    fields: rules.fields.map((r, i) => ruleName('fields', i, r)),
    titleGlue: rules.titleGlue.map((r, i) => ruleName('titleGlue', i, r)),
  };
}

function compileRules(cleaner: Cleaner, names: RuleNames, builtin: boolean): CompiledRules {
  const { rules, name } = cleaner;
  // Places as a RuleScreen counts them: sections, then drop, then fields.
  const [dropFrom, fieldsFrom] = [rules.sections.length, rules.sections.length + rules.drop.length];
  return {
    screen: builtin ? screenOf(cleaner) : null,
    drop: rules.drop.map((r, i) => compileMatcher(name, r, names.drop[i]!, dropFrom + i, builtin)),
    sections: rules.sections.map((r, i) => ({
      ...compileMatcher(name, r, names.sections[i]!, i, builtin),
      section: r.section,
      lines: r.lines,
      lineMaxWords: r.lineMaxWords,
      greedy: r.greedy ?? false,
    })),
    fields: rules.fields.map((r, i) => ({
      ...compileMatcher(name, { regex: r.regex, maxLength: r.maxLength }, names.fields[i]!, fieldsFrom + i, builtin),
      field: r.field,
      value: r.value,
      remove: r.remove,
    })),
    titleGlue: rules.titleGlue.map((r, i) => ({
      name: names.titleGlue[i]!,
      pattern: tracedPattern(r.regex, `${name}/${names.titleGlue[i]}`),
    })),
  };
}

/**
 * What one look at a block says of a cleaner's block rules: a rule may match when the line starts with one
 * of its heads, or holds one of its needles, or (a rule with neither) when one of the rules with neither does.
 */
class RuleScreen {
  constructor(
    private readonly way: Uint8Array,
    /** The rules whose heads the line starts with (null: none). */
    private readonly headed: Uint8Array | null,
    /** The rules one of whose needles the line holds (null: none). */
    private readonly needled: Uint8Array | null,
    private readonly anyOther: boolean,
  ) {}

  /** Whether the rule at this place may match the block. */
  may(place: number): boolean {
    const way = this.way[place];
    if (way === BY_HEAD) return this.headed !== null && this.headed[place] === 1;
    if (way === BY_NEEDLE) return this.needled !== null && this.needled[place] === 1;
    return this.anyOther;
  }
}

/** How a rule is screened: by the heads its matches start with, by the needles they hold, or by its own regex. */
export const [BY_HEAD, BY_NEEDLE, BY_REGEX] = [0, 1, 2];

/**
 * Whether a needle is worth looking for: one character (a space, a colon, a dash) is on most lines, and a
 * rule screened by it would be tried on them (a space let two site rules through on 7 lines in 10 of the
 * fixtures'); a symbol outside ASCII ("©") is rare enough.
 */
function isSelective(needle: string): boolean {
  return needle.length >= 2 || RARE_SYMBOL.test(needle);
}

const RARE_SYMBOL = /^(?![\0-\x7f])\p{S}$/u;

/**
 * One look at all the block rules of a cleaner, before they are tried: most blocks match none, and a few
 * literal look-ups cost a fraction of a regex run per rule. Most rules need some literal text, read from
 * their sources (regexLiterals: a screen on it lets through more lines than the rule matches, never fewer).
 * An anchored rule (a regex from ^, an exact or prefix literal) needs one of the heads its matches start
 * with: they are looked up in a trie walked over the line's first units (HeadTrie). Another rule needs one
 * of the needles its matches hold: the cleaner's needles are looked for in one pass (NeedleSet). The rules
 * with neither (a head or needle that says nothing, or a needle of one common character) are the
 * alternatives of two regexes, the anchored ones and the others, which match whenever one of them does;
 * each is run only on a line that holds one of its rules' needles, common characters too (its guard).
 *
 * Built-in cleaners only: their rules are checked to be linear (scripts/linearity.mjs), while a user's
 * rule may backtrack for ever, and the time budget's report must then name that rule, not a combination.
 * What the screen looks for is read from the rules once, at build time (scripts/compile-cleaners.mjs, see
 * builtinScreenPlan): read at start-up, it made a run's start-up half as long again (bench-startup
 * --instructions, 730M against 486M for the screen it replaced). Where the built-ins run from their sources
 * (the tests), it is read when the cleaner is compiled.
 */
function screenOf(cleaner: Cleaner): ((norm: string) => RuleScreen | null) | null {
  const plan = builtinScreenPlan(cleaner);
  return screenFrom(cleaner.name, plan === undefined ? planScreen(cleaner) : plan);
}

/**
 * What a cleaner's screen looks for (see screenOf), as plain data the build stores: for each block rule (by
 * place) how it is screened and its heads or needles, and the sources of the two regexes of the rules
 * screened by their own, with their guards. Null when the rules cannot be screened together (one refers back to a group, or
 * two name a group alike).
 */
export interface ScreenPlan {
  /** Per rule: how it is screened (BY_HEAD, BY_NEEDLE, BY_REGEX). */
  way: number[];
  /** Per rule screened by its heads, these; null for the others. */
  heads: (string[] | null)[];
  /** Per rule screened by its needles, these; empty for the others. */
  needles: string[][];
  /** Their needlePattern. */
  needlePattern: string | null;
  /** The rules screened by their own regex that start at the line's start, under one ^ (null: none). */
  atStart: string | null;
  /** The others (null: none). */
  anywhere: string | null;
  /**
   * The needlePattern of each of these two groups' rules' needles, one character ones too: a line that holds
   * none of them matches none of the group's rules, and its regex is not run (null: the group has no regex,
   * or a rule of it holds no known text).
   */
  atStartGuard: string | null;
  anywhereGuard: string | null;
}

/** Reads what a cleaner's screen looks for from its block rules (see ScreenPlan). */
export function planScreen(cleaner: Cleaner): ScreenPlan | null {
  const { sections, drop, fields } = cleaner.rules;
  const rules = [...sections, ...drop, ...fields] as Matcher[];
  const way: number[] = [];
  const heads: (string[] | null)[] = [];
  const needles: string[][] = [];
  // The sources of the rules screened by their own regex, and their needles: anchored ones, then the others.
  const sources: [string[], string[]] = [[], []];
  const groupNeedles: [string[][], string[][]] = [[], []];
  for (const rule of rules) {
    const kind = LITERAL_KINDS.find((k) => rule[k] !== undefined);
    const folded = rule.regex === undefined ? '' : foldPattern(rule.regex);
    const literals = rule.regex === undefined ? [rule[kind!]!].flat().map(literalText) : [];
    const anchored = rule.regex === undefined && (kind === 'exact' || kind === 'prefix');
    const shape =
      rule.regex === undefined
        ? {
            source: `${anchored ? '^' : ''}(?:${literals.map(escapeRegExp).join('|')})`,
            anchored,
            backreference: false,
          }
        : regexShape(folded);
    if (shape.backreference) return null;
    const known = rule.regex === undefined ? { heads: literals, needles: literals } : regexLiterals(folded);
    const byHead = shape.anchored && !known.heads.includes('');
    const byNeedle = !byHead && known.needles.every(isSelective);
    way.push(byHead ? BY_HEAD : byNeedle ? BY_NEEDLE : BY_REGEX);
    heads.push(byHead ? known.heads : null);
    needles.push(byNeedle ? known.needles : []);
    if (!byHead && !byNeedle) {
      sources[shape.anchored ? 0 : 1].push(shape.source); // an anchored source starts with its ^
      groupNeedles[shape.anchored ? 0 : 1].push(known.needles);
    }
  }
  // The anchored ones under one ^ of their own: V8 tries `(?:^a)|(?:^b)` at every place of the line, each
  // alternative failing there in turn (the old screen's 58 anchored rules cost it 2 µs a block).
  const alternatives = (group: string[], anchor: string): string | null =>
    group.length > 0 ? `${anchor}(?:${group.map((s) => `(?:${s})`).join('|')})` : null;
  const atStart = alternatives(
    sources[0].map((s) => s.slice(1)),
    '^',
  );
  const anywhere = alternatives(sources[1], '');
  try {
    for (const source of [atStart, anywhere]) if (source !== null) new RegExp(source, 'u');
  } catch {
    return null; // a group name regexShape does not read, given by two rules
  }
  // A group is guarded only when every rule of it holds some known text ("" is in any line).
  const guard = (group: string[][]): string | null =>
    group.length > 0 && group.every((strings) => !strings.includes('')) ? needlePattern(group) : null;
  return {
    way,
    heads,
    needles,
    needlePattern: needlePattern(needles),
    atStart,
    anywhere,
    atStartGuard: guard(groupNeedles[0]),
    anywhereGuard: guard(groupNeedles[1]),
  };
}

/** The screen a plan describes (null: none), its regexes made machine code now (see MACHINE_CODE_TEXT). */
function screenFrom(cleanerName: string, plan: ScreenPlan | null): ((norm: string) => RuleScreen | null) | null {
  if (plan === null) return null;
  const way = Uint8Array.from(plan.way);
  const compiled = (source: string | null): RegExp | null => (source === null ? null : new RegExp(source, 'u'));
  const [atStart, anywhere] = [compiled(plan.atStart), compiled(plan.anywhere)];
  const [atStartGuard, anywhereGuard] = [compiled(plan.atStartGuard), compiled(plan.anywhereGuard)];
  for (const re of [atStart, anywhere, atStartGuard, anywhereGuard]) re?.test(MACHINE_CODE_TEXT);
  const needleSet = new NeedleSet(plan.needles, plan.needlePattern);
  needleSet.warm(MACHINE_CODE_TEXT);
  const trie = new HeadTrie(plan.heads);
  const id = progressId(`${cleanerName}/${SCREEN}`);
  return (norm) => {
    if (norm.length > MAX_REGEX_LINE) return null;
    enterRule(id);
    const headed = trie.rulesAt(norm);
    const needled = needleSet.rulesIn(norm);
    const anyOther = guardedFound(atStartGuard, atStart, norm) || guardedFound(anywhereGuard, anywhere, norm);
    return headed === null && needled === null && !anyOther ? null : new RuleScreen(way, headed, needled, anyOther);
  };
}

/**
 * V8 runs a regex as bytecode first and compiles it to machine code at its second run, unless its first
 * run is on a text this long or longer: then it goes straight to machine code. For the big Unicode classes
 * of the screens (\p{L} under the u flag) making the bytecode is the slow part (some 5 ms a class, against
 * 0.1 ms of machine code: the generic cleaner's screen cost a run's first page 60-110 ms), and a screen
 * runs on every block, so it is run once on such a text when it is made. (A V8 heuristic,
 * JSRegExp::kTierUpForSubjectLengthValue: where it does not hold, this costs one run of the screen.)
 * The machine code is made for one width of text: Arabic text is two-byte, so the text is Arabic (a
 * screen made on one-byte text compiled again at the first Arabic block, 10-15 ms for the generic one).
 */
const MACHINE_CODE_TEXT = 'ا'.repeat(1000);

/**
 * Whether a group's regex matches, run only on a line that holds one of the group's needles (its guard, a
 * plain alternation of literals: a scan for a few characters such as "(" or "|" costs a fraction of the
 * anchored group's backtracking over each line's words).
 */
function guardedFound(guard: RegExp | null, re: RegExp | null, norm: string): boolean {
  return (guard === null || guard.test(norm)) && found(re, norm);
}

/** Whether a regex matches; a regex the engine cannot finish on the line may (RangeError: see execOrNull). */
function found(re: RegExp | null, norm: string): boolean {
  try {
    return re !== null && re.test(norm);
  } catch (error) {
    if (error instanceof RangeError) return true;
    throw error;
  }
}

/** What a literal rule looks for in the matching form (trailing separators aside: see literal). */
function literalText(pattern: string): string {
  const folded = normalizeArabic(pattern);
  return folded.slice(0, trailEnd(folded));
}

/**
 * A regex source made fit to stand among others, read without a full parser: its groups capture
 * nothing (two rules may name a group alike, and the combination numbers its own groups), and whether
 * it starts at the line's start (a leading ^ and no | outside parentheses) and refers back to a group
 * (\1, \k<name>) is noted. Escapes and character classes are stepped over, so a "(" or "|" in them
 * counts for nothing. A letter (\p{L}, outside a negated class) becomes any non-space (\S): the shape
 * matches more, never less, which a screen may; and the generic screen's machine code took half as
 * long to make (some 6 ms of each run's start).
 */
const [LETTER, NON_SPACE] = ['\\p{L}', '\\S'];

export function regexShape(source: string): { source: string; anchored: boolean; backreference: boolean } {
  let out = '';
  let depth = 0;
  let alternation = false;
  let backreference = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (source.startsWith(LETTER, i)) {
      out += NON_SPACE;
      i += LETTER.length - 1;
    } else if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9k]/.test(next)) backreference = true;
      out += c + next;
      i++;
    } else if (c === '[') {
      const negated = source[i + 1] === '^';
      let end = i + 1;
      out += c;
      while (end < source.length && source[end] !== ']') {
        const widened = !negated && source.startsWith(LETTER, end);
        const step = widened ? LETTER.length : source[end] === '\\' ? 2 : 1;
        out += widened ? NON_SPACE : source.slice(end, end + step);
        end += step;
      }
      out += source[end] ?? '';
      i = end;
    } else if (c === '(') {
      depth++;
      const named = /^\(\?<([A-Za-z_$][\w$]*)>/.exec(source.slice(i, i + 64));
      if (named) {
        out += '(?:';
        i += named[0].length - 1;
      } else out += source[i + 1] === '?' ? c : '(?:';
    } else {
      if (c === ')') depth--;
      else if (c === '|' && depth === 0) alternation = true;
      out += c;
    }
  }
  return { source: out, anchored: source.startsWith('^') && !alternation, backreference };
}

/** Maps a span of a text's matching form back to the original text, trimmed. */
export function originalSlice(text: string, span: [number, number]): string {
  const n = normalizeWithOffsets(text);
  const [s, e] = toOriginalSpan(n, span[0], span[1]);
  return text.slice(s, e).trim();
}

/** The original text with a span of its matching form cut out, trimmed of separators; null if nothing is left. */
export function originalWithout(text: string, span: [number, number]): string | null {
  const n = normalizeWithOffsets(text);
  const [s, e] = toOriginalSpan(n, span[0], span[1]);
  const rest =
    `${text.slice(0, s).replace(/[\s\-–—:|،,]+$/u, '')} ${text.slice(e).replace(/^[\s\-–—:|،,]+/u, '')}`.trim();
  return /[\p{L}\p{N}]/u.test(rest) ? rest : null;
}
