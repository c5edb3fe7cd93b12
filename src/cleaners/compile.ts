/**
 * Cleaner specs → matchers over a block's matching form. Literal patterns are normalised like the
 * text they meet; regular expressions have their Arabic folded (see foldPattern) and get the `d` flag
 * so that captured values can be mapped back to the original text.
 */
import { enterRule, progressId } from '../pipeline/progress.js';
import { foldPattern, normalizeArabic, normalizeWithOffsets, toOriginalSpan } from '../text/normalize.js';
import type { BlockKind } from '../document/model.js';
import { FIELD_NAMES, ruleName, type Cleaner, type FieldName, type FieldRule, type Matcher, type SectionKind } from './schema.js';

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
  /** Tests a block's matching form; blocks of other kinds than the rule's never match. */
  match: (norm: string, kind?: BlockKind) => Hit | null;
  /** Only the matched span is removed, not the block. */
  cut: boolean;
}

export interface CompiledSection extends CompiledMatcher {
  section: SectionKind;
  /** For "drop": how many lines after the marker it drops (undefined: up to the next marker). */
  lines: number | undefined;
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
  return TRAIL_SEPARATORS.has(code) || (code <= 0x20 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : code >= 0xa0 && WHITE_SPACE.test(String.fromCharCode(code)));
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

type LiteralKind = 'exact' | 'prefix' | 'suffix' | 'contains';

function literal(kind: LiteralKind, pattern: string): (norm: string) => Hit | null {
  const folded = normalizeArabic(pattern);
  const p = folded.slice(0, trailEnd(folded));
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
function execOrNull(exec: () => RegExpExecArray | null): RegExpExecArray | null {
  try {
    return exec();
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

function regex(source: string): (norm: string) => Hit | null {
  const re = new RegExp(foldPattern(source), 'du');
  const nonEmpty = (span: Span | undefined): Span | null => (span && span[1] > span[0] ? [span[0], span[1]] : null);
  return (norm) => {
    if (norm.length > MAX_REGEX_LINE) return null;
    const m = execOrNull(() => re.exec(norm));
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

function compileMatcher(cleaner: string, rule: Matcher, name: string): CompiledMatcher {
  const kind = (['exact', 'prefix', 'suffix', 'contains'] as const).find((k) => rule[k] !== undefined);
  const test = rule.regex !== undefined ? regex(rule.regex) : anyLiteral(kind!, [rule[kind!]!].flat());
  const { maxLength, kinds } = rule;
  const id = progressId(`${cleaner}/${name}`);
  return {
    name,
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
    return execOrNull(() => super.exec(text));
  }
}

function tracedPattern(source: string, label: string): RegExp {
  const pattern = new TracedRegExp(foldPattern(source), 'du');
  pattern.progressId = progressId(label);
  return pattern;
}

/** The code hooks a cleaner may have, as the time budget's report names them ("<cleaner>/beforeSegment"). */
export const HOOK_NAMES = ['beforeSegment', 'afterRecord'] as const;

export function compileCleaner(cleaner: Cleaner): CompiledCleaner {
  const { rules, appliesTo, name } = cleaner;
  for (const hook of HOOK_NAMES) if (cleaner[hook]) progressId(`${name}/${hook}`);
  return {
    cleaner,
    drop: rules.drop.map((r, i) => compileMatcher(name, r, ruleName('drop', i, r))),
    sections: rules.sections.map((r, i) => ({ ...compileMatcher(name, r, ruleName('sections', i, r)), section: r.section, lines: r.lines, greedy: r.greedy ?? false })),
    fields: rules.fields.map((r, i) => ({
      ...compileMatcher(name, { regex: r.regex, maxLength: r.maxLength }, ruleName('fields', i, r)),
      field: r.field,
      value: r.value,
      remove: r.remove,
    })),
    titleGlue: rules.titleGlue.map((r, i) => {
      const glue = ruleName('titleGlue', i, r);
      return { name: glue, pattern: tracedPattern(r.regex, `${name}/${glue}`) };
    }),
    signatures: appliesTo.signatures.map((s) => normalizeArabic(s)),
    urlPatterns: appliesTo.urlPatterns.map((p) => new RegExp(p, 'u')),
  };
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
  const rest = `${text.slice(0, s).replace(/[\s\-–—:|،,]+$/u, '')} ${text.slice(e).replace(/^[\s\-–—:|،,]+/u, '')}`.trim();
  return /[\p{L}\p{N}]/u.test(rest) ? rest : null;
}
