/**
 * Cleaner specs → matchers over a block's matching form. Literal patterns are normalised like the
 * text they meet; regular expressions have their Arabic folded (see foldPattern) and get the `d` flag
 * so that captured values can be mapped back to the original text.
 */
import { foldPattern, normalizeArabic, normalizeWithOffsets, toOriginalSpan } from '../text/normalize.js';
import type { Cleaner, FieldName, FieldRule, Matcher, SectionKind } from './schema.js';

/** A hit on a block: `[start, end)` is the matched span and `value` the captured span, in the matching form. */
export interface Hit {
  start: number;
  end: number;
  value: [number, number] | null;
}

export interface CompiledMatcher {
  name: string;
  match: (norm: string) => Hit | null;
}

export interface CompiledSection extends CompiledMatcher {
  section: SectionKind;
}

export interface CompiledField extends CompiledMatcher {
  field: FieldName;
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

function literal(kind: 'exact' | 'prefix' | 'contains', pattern: string): (norm: string) => Hit | null {
  const p = normalizeArabic(pattern).replace(TRAIL, '');
  if (kind === 'exact') {
    return (norm) => (norm.replace(TRAIL, '') === p ? { start: 0, end: norm.length, value: null } : null);
  }
  if (kind === 'prefix') {
    return (norm) => {
      if (!norm.startsWith(p) || WORD_CHAR.test(norm.charAt(p.length))) return null;
      const rest = norm.slice(p.length);
      const lead = LEAD.exec(rest)?.[0].length ?? 0;
      const valueStart = p.length + lead;
      const valueEnd = norm.replace(TRAIL, '').length;
      return { start: 0, end: norm.length, value: valueEnd > valueStart ? [valueStart, valueEnd] : null };
    };
  }
  return (norm) => {
    const at = norm.indexOf(p);
    return at < 0 ? null : { start: at, end: at + p.length, value: null };
  };
}

function regex(source: string): (norm: string) => Hit | null {
  const re = new RegExp(foldPattern(source), 'du');
  return (norm) => {
    const m = re.exec(norm);
    if (!m?.indices) return null;
    const [start, end] = m.indices[0]!;
    const value = m.indices.groups?.value ?? null;
    return { start, end, value: value && value[1] > value[0] ? [value[0], value[1]] : null };
  };
}

function compileMatcher(rule: Matcher, fallbackName: string): CompiledMatcher {
  const test = rule.regex !== undefined ? regex(rule.regex) : rule.exact !== undefined ? literal('exact', rule.exact) : rule.prefix !== undefined ? literal('prefix', rule.prefix) : literal('contains', rule.contains!);
  const maxLength = rule.maxLength;
  return {
    name: rule.name ?? fallbackName,
    match: maxLength === undefined ? test : (norm) => (norm.length <= maxLength ? test(norm) : null),
  };
}

export function compileCleaner(cleaner: Cleaner): CompiledCleaner {
  const { rules, appliesTo } = cleaner;
  return {
    cleaner,
    drop: rules.drop.map((r, i) => compileMatcher(r, `drop[${i}]`)),
    sections: rules.sections.map((r, i) => ({ ...compileMatcher(r, `sections[${i}]:${r.section}`), section: r.section })),
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
