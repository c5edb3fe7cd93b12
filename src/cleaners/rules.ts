/**
 * The names a cleaner's rules are written with — the fields a rule fills, the lists of rules, the ways a
 * pattern matches — and a rule's name (the sections a marker opens are the vocabulary's: vocabulary.ts).
 * The schema (schema.ts) checks cleaners against them; the compiler and the cleaning stage use them on every page, without loading
 * the schema and zod, which a run with only the built-in cleaners never needs (they are validated at
 * build time).
 */
import type { SectionKind } from '../vocabulary.js';

/** Single-line fields a rule can fill from a block. */
export const FIELD_NAMES = ['source', 'author', 'date', 'imageCredit'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** The ways a literal pattern matches a block; a rule gives one of them or a regex. */
export const LITERAL_KINDS = ['exact', 'prefix', 'suffix', 'contains'] as const;
export type LiteralKind = (typeof LITERAL_KINDS)[number];

export const RULE_LISTS = ['drop', 'sections', 'fields', 'titleGlue'] as const;
export type RuleList = (typeof RULE_LISTS)[number];

/** Named groups of a field rule's regex that fill the field of the same name. */
const FIELD_GROUP = new RegExp(`\\(\\?<(${FIELD_NAMES.join('|')})>`, 'g');

/** The fields a field rule fills: its named groups, and `field`. */
export function fieldsOf(rule: { regex: string; field?: FieldName | undefined }): FieldName[] {
  const named = [...rule.regex.matchAll(FIELD_GROUP)].map((m) => m[1] as FieldName);
  return [...new Set(rule.field ? [...named, rule.field] : named)];
}

/**
 * A rule's name, as --explain shows it and cases.json lists it: the name it is given, else its list and
 * index ("drop[3]"), with the section it opens ("sections[0]:similar") or the fields it fills
 * ("fields[2]:source+date").
 */
export function ruleName(
  list: RuleList,
  index: number,
  rule: { name?: string | undefined; section?: SectionKind; regex?: string; field?: FieldName | undefined },
): string {
  if (rule.name !== undefined) return rule.name;
  if (list === 'sections') return `sections[${index}]:${rule.section}`;
  if (list === 'fields')
    return `fields[${index}]:${fieldsOf({ regex: rule.regex ?? '', field: rule.field }).join('+')}`;
  return `${list}[${index}]`;
}
