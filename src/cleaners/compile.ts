/**
 * Cleaner specs → matchers over a block's matching form. Literal patterns are normalised like the
 * text they meet; regular expressions have their Arabic folded (see foldPattern) and get the `d` flag
 * so that captured values can be mapped back to the original text.
 */
import { foldPattern, normalizeArabic, normalizeWithOffsets, toOriginalSpan } from '../text/normalize.js';
import type { BlockKind } from '../document/model.js';
import { FIELD_NAMES, type Cleaner, type FieldName, type FieldRule, type Matcher, type SectionKind } from './schema.js';

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
const TRAIL = /[\s:：\-–—|.،]+$/u;
const LEAD = /^[\s:：\-–—|]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

type LiteralKind = 'exact' | 'prefix' | 'suffix' | 'contains';

function literal(kind: LiteralKind, pattern: string): (norm: string) => Hit | null {
  const p = normalizeArabic(pattern).replace(TRAIL, '');
  const hit = (start: number, end: number, value: Span | null = null): Hit => ({ start, end, value, groups: {} });
  if (kind === 'exact') {
    return (norm) => (norm.replace(TRAIL, '') === p ? hit(0, norm.length) : null);
  }
  if (kind === 'prefix') {
    return (norm) => {
      if (!norm.startsWith(p) || WORD_CHAR.test(norm.charAt(p.length))) return null;
      const rest = norm.slice(p.length);
      const lead = LEAD.exec(rest)?.[0].length ?? 0;
      const valueStart = p.length + lead;
      const valueEnd = norm.replace(TRAIL, '').length;
      return hit(0, norm.length, valueEnd > valueStart ? [valueStart, valueEnd] : null);
    };
  }
  if (kind === 'suffix') {
    return (norm) => {
      const body = norm.replace(TRAIL, '');
      const at = body.length - p.length;
      if (at < 0 || !body.endsWith(p) || WORD_CHAR.test(body.charAt(at - 1))) return null;
      const valueEnd = body.slice(0, at).replace(TRAIL, '').length;
      return hit(0, norm.length, valueEnd > 0 ? [0, valueEnd] : null);
    };
  }
  return (norm) => {
    const at = norm.indexOf(p);
    return at < 0 ? null : hit(at, at + p.length);
  };
}

function regex(source: string): (norm: string) => Hit | null {
  const re = new RegExp(foldPattern(source), 'du');
  const nonEmpty = (span: Span | undefined): Span | null => (span && span[1] > span[0] ? [span[0], span[1]] : null);
  return (norm) => {
    const m = re.exec(norm);
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

function compileMatcher(rule: Matcher, fallbackName: string): CompiledMatcher {
  const kind = (['exact', 'prefix', 'suffix', 'contains'] as const).find((k) => rule[k] !== undefined);
  const test = rule.regex !== undefined ? regex(rule.regex) : literal(kind!, rule[kind!]!);
  const { maxLength, kinds } = rule;
  return {
    name: rule.name ?? fallbackName,
    match: (norm, kind) => ((maxLength !== undefined && norm.length > maxLength) || (kinds && kind && !kinds.includes(kind)) ? null : test(norm)),
    cut: rule.cut ?? false,
  };
}

export function compileCleaner(cleaner: Cleaner): CompiledCleaner {
  const { rules, appliesTo } = cleaner;
  return {
    cleaner,
    drop: rules.drop.map((r, i) => compileMatcher(r, `drop[${i}]`)),
    sections: rules.sections.map((r, i) => ({ ...compileMatcher(r, `sections[${i}]:${r.section}`), section: r.section, lines: r.lines, greedy: r.greedy ?? false })),
    fields: rules.fields.map((r, i) => ({
      ...compileMatcher({ regex: r.regex, maxLength: r.maxLength, name: r.name }, `fields[${i}]:${r.field}`),
      field: r.field,
      value: r.value,
      remove: r.remove,
    })),
    titleGlue: rules.titleGlue.map((r, i) => ({ name: r.name ?? `titleGlue[${i}]`, pattern: new RegExp(foldPattern(r.regex), 'du') })),
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
