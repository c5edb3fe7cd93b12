/**
 * What a cleaner is. Built-in and user cleaners share this one shape: a declarative part (validated
 * from JSON by zod) and optional code hooks (from an ES module). Patterns are written in ordinary
 * Arabic; they are folded to the matching form (see text/normalize.ts) when the cleaner is compiled.
 * A pattern may name lists of alternatives (`{anyOf}`, `{see-also}`: alternatives.ts); they are expanded
 * here, so that what the schema gives holds the patterns as they run.
 */
import { z } from 'zod';
import { foldPattern } from '../text/normalize.js';
import { ANY_OF, expandLiteral, expandRegex, unknownLists, usesAnyOf } from './alternatives.js';
import { HtmlSelectorsSchema } from '../document/html/selectors.js';
import type { BlockKind, Document } from '../document/model.js';
import type { ArticleRecord } from '../record.js';
import { FIELD_NAMES, fieldsOf, LITERAL_KINDS, RULE_LISTS, ruleName, type LiteralKind } from './rules.js';
import { isRelation, RELATIONS, SECTION_KINDS } from '../vocabulary.js';

const pattern = z.string().min(1);
const BLOCK_KINDS = ['paragraph', 'heading', 'list-item'] as const satisfies readonly BlockKind[];

/** Exactly one way to match a block, on its matching form. */
const matcherShape = {
  exact: pattern.optional().describe('The whole block equals this (trailing ":" and white space ignored).'),
  prefix: pattern.optional().describe('The block starts with this.'),
  suffix: pattern.optional().describe('The block ends with this (a whole word).'),
  contains: pattern.optional().describe('The block contains this.'),
  regex: pattern.optional().describe('A JavaScript regular expression (u flag) tested on the block.'),
  maxLength: z.number().int().positive().optional().describe('Only blocks of at most this many characters.'),
  kinds: z
    .array(z.enum(BLOCK_KINDS))
    .min(1)
    .optional()
    .describe(
      'Only blocks of these kinds: a section heading ("paragraph", "heading") and the same words as a menu link ("list-item") differ here.',
    ),
  cut: z
    .boolean()
    .optional()
    .describe(
      'Remove only the matched text (boilerplate glued to a paragraph); the rest of the block stays. A cut marker opens its section after the text before it.',
    ),
  name: z.string().optional().describe('A name for --explain; defaults to "<list>[<index>]".'),
  anyOf: z
    .array(pattern)
    .min(1)
    .optional()
    .describe(
      'Alternatives: "{anyOf}" in the pattern stands for any of them (a regex takes them as a group of regexes, a literal pattern is any of the patterns they make).',
    ),
};

/** A rule's patterns as written: each literal kind and the regex, with the rule's own list. */
type Written = Partial<Record<LiteralKind | 'regex', string>> & { anyOf?: string[] | undefined };

function exactlyOneMatcher(rule: Written): boolean {
  return [...LITERAL_KINDS, 'regex' as const].filter((kind) => rule[kind] !== undefined).length === 1;
}
const ONE_MATCHER = { message: 'give exactly one of "exact", "prefix", "suffix", "contains" or "regex"' };

/** The lists a rule's patterns name must exist, and a rule's own list must be named by its pattern. */
function checkLists(rule: Written, context: z.RefinementCtx): void {
  for (const kind of [...LITERAL_KINDS, 'regex'] as const) {
    const written = rule[kind];
    if (written === undefined) continue;
    for (const name of unknownLists(written, rule.anyOf)) {
      const message =
        name === ANY_OF
          ? '"{anyOf}" names the rule\'s "anyOf" list: give it'
          : `"{${name}}" names no list: give "anyOf", or one of arnews' lists (src/vocabulary.ts)`;
      context.addIssue({ code: 'custom', message, path: [kind] });
    }
    if (rule.anyOf && !usesAnyOf(written))
      context.addIssue({
        code: 'custom',
        message: 'write "{anyOf}" in the pattern where its alternatives go',
        path: ['anyOf'],
      });
  }
}

/** A rule once its lists are expanded: a regex is one string, a literal kind one pattern or several. */
type Expanded<T> = Omit<T, 'anyOf' | LiteralKind> & { [K in Extract<keyof T, LiteralKind>]?: string | string[] };

function expandLists<T extends Written>(rule: T): Expanded<T> {
  const { anyOf, ...rest } = rule;
  const out: Record<string, unknown> = { ...rest };
  if (rule.regex !== undefined) out.regex = expandRegex(rule.regex, anyOf);
  for (const kind of LITERAL_KINDS) {
    const written = rule[kind];
    if (written === undefined) continue;
    const patterns = expandLiteral(written, anyOf);
    out[kind] = patterns.length === 1 ? patterns[0] : patterns;
  }
  return out as Expanded<T>;
}
const compiles = (source: string, flags: string): boolean => {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
};
/** A rule's regex is compiled folded (see compile.ts): both forms must be valid ("ـ+" folds to "+"), its lists expanded. */
const validRegex = (rule: Written): boolean => {
  if (rule.regex === undefined || unknownLists(rule.regex, rule.anyOf).length > 0) return true;
  const source = expandRegex(rule.regex, rule.anyOf);
  return compiles(source, 'u') && compiles(foldPattern(source), 'du');
};
const VALID_REGEX = {
  message: 'not a valid regular expression (as written, or once its Arabic is folded)',
  path: ['regex'],
};
const urlPattern = pattern.refine((source) => compiles(source, 'u'), 'not a valid regular expression');

const MatcherSchema = z
  .object(matcherShape)
  .strict()
  .refine(exactlyOneMatcher, ONE_MATCHER)
  .superRefine(checkLists)
  .refine(validRegex, VALID_REGEX)
  .transform(expandLists);
export type Matcher = z.infer<typeof MatcherSchema>;

const SectionRuleSchema = z
  .object({
    ...matcherShape,
    section: z
      .enum(SECTION_KINDS)
      .describe(
        'What the marker opens: a tail section, or a field (source, author, date) read from its line or the next.',
      ),
    greedy: z
      .boolean()
      .optional()
      .describe(
        'With read-also, similar or more: the list runs to the next marker whatever its lines look like (items with summaries, counts, dates); only headline-like lines become related entries.',
      ),
    lines: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        'With section "drop": drop exactly this many lines after the marker (a news ticker under "آخر الأخبار"), not everything up to the next marker.',
      ),
    lineMaxWords: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        'With "lines": a line after the marker is dropped only while it has at most this many words; a longer one ends the count (a video\'s title under its label, not the paragraph under a player that printed nothing).',
      ),
  })
  .strict()
  .refine(exactlyOneMatcher, ONE_MATCHER)
  .superRefine(checkLists)
  .refine(validRegex, VALID_REGEX)
  .refine((r) => r.lines === undefined || r.section === 'drop', {
    message: '"lines" goes with section "drop"',
    path: ['lines'],
  })
  .refine((r) => r.lineMaxWords === undefined || r.lines !== undefined, {
    message: '"lineMaxWords" goes with "lines"',
    path: ['lineMaxWords'],
  })
  .refine((r) => !r.greedy || isRelation(r.section), {
    message: `"greedy" goes with a related list (${RELATIONS.join(', ')})`,
    path: ['greedy'],
  })
  .transform(expandLists);

const FieldRuleSchema = z
  .object({
    regex: pattern.describe(
      'Tested on the block. Named groups "source", "author", "date" and "imageCredit" fill those fields; a group "value" fills "field" below. A date is read by the date engine.',
    ),
    field: z.enum(FIELD_NAMES).optional().describe('The field that the group "value", or the fixed "value", fills.'),
    value: z.string().optional().describe('A fixed value for "field" (e.g. the agency a dateline names).'),
    remove: z
      .enum(['block', 'match', 'none'])
      .default('block')
      .describe('"block": the block leaves the body; "match": only the matched text is cut; "none": it stays.'),
    maxLength: z.number().int().positive().optional(),
    name: z.string().optional(),
    anyOf: matcherShape.anyOf,
  })
  .strict()
  .superRefine(checkLists)
  .refine(validRegex, VALID_REGEX)
  .refine((r) => fieldsOf({ regex: expandRegex(r.regex, r.anyOf), field: r.field }).length > 0, {
    message: `name the field: give "field", or a named group (?<${FIELD_NAMES.join('>, (?<')}>) in "regex"`,
    path: ['field'],
  })
  .transform(expandLists);
export type FieldRule = z.infer<typeof FieldRuleSchema>;

const TitleGlueRuleSchema = z
  .object({
    regex: pattern.describe(
      'Named groups "title" and "credit" (a photo credit), "site" (a site name) or "section" (a section label) split a glued title.',
    ),
    name: z.string().optional(),
    anyOf: matcherShape.anyOf,
  })
  .strict()
  .superRefine(checkLists)
  .refine(validRegex, VALID_REGEX)
  .transform(expandLists);

const RulesSchema = z
  .object({
    drop: z.array(MatcherSchema).default([]).describe('Blocks to remove.'),
    sections: z.array(SectionRuleSchema).default([]).describe('Marker blocks that open a section.'),
    fields: z
      .array(FieldRuleSchema)
      .default([])
      .describe('Blocks (or parts) that fill a field: source, author, date, imageCredit.'),
    titleGlue: z
      .array(TitleGlueRuleSchema)
      .default([])
      .describe('Splits of a title glued to a credit, a site name or a section label.'),
  })
  .strict()
  .superRefine((rules, context) => {
    // Rules are named in --explain and in cases.json: a name must say which rule fired.
    const seen = new Set<string>();
    for (const list of RULE_LISTS) {
      rules[list].forEach((rule, index) => {
        const name = ruleName(list, index, rule);
        if (seen.has(name))
          context.addIssue({
            code: 'custom',
            message: `"${name}" names another rule of this cleaner too`,
            path: [list, index, 'name'],
          });
        seen.add(name);
      });
    }
  });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const CleanerSpecSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase letters, digits, ".", "_" and "-"'),
    description: z.string().min(1),
    family: z.string().optional().describe('The region or site family, for listing.'),
    appliesTo: z
      .object({
        hosts: z.array(z.string()).default([]).describe('Host names; a host also claims its subdomains.'),
        urlPatterns: z.array(urlPattern).default([]).describe('Regular expressions tested on the page URL.'),
        signatures: z
          .array(pattern)
          .default([])
          .describe('Text that identifies the site in a bare dump (a block contains it).'),
      })
      .strict()
      .default({ hosts: [], urlPatterns: [], signatures: [] }),
    validFrom: isoDate.optional().describe('First publication date these rules fit (inclusive).'),
    validUntil: isoDate.optional().describe('Last publication date these rules fit (inclusive).'),
    rules: RulesSchema.default({ drop: [], sections: [], fields: [], titleGlue: [] }),
    html: HtmlSelectorsSchema.optional().describe(
      'CSS selector rules for HTML pages: content, remove, title, date, author, tags, related (see the README, HTML input).',
    ),
  })
  .strict()
  .refine((c) => !c.validFrom || !c.validUntil || c.validFrom <= c.validUntil, {
    message: 'validFrom is after validUntil',
    path: ['validUntil'],
  });
export type CleanerSpec = z.infer<typeof CleanerSpecSchema>;

/** Code hooks, for what rules cannot say. Both are optional; a throw fails only that document. */
export interface CleanerHooks {
  /** Runs on the document before segmentation; returns the document to use. */
  beforeSegment?: (doc: Document) => Document;
  /** Runs on each record after its fields are filled; returns the record to write. */
  afterRecord?: (record: ArticleRecord) => ArticleRecord;
}

export type Cleaner = CleanerSpec &
  CleanerHooks & { /** Where it was loaded from: "builtin" or a path. */ origin: string };
