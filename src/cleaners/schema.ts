/**
 * What a cleaner is. Built-in and user cleaners share this one shape: a declarative part (validated
 * from JSON by zod) and optional code hooks (from an ES module). Patterns are written in ordinary
 * Arabic; they are folded to the matching form (see text/normalize.ts) when the cleaner is compiled.
 */
import { z } from 'zod';
import type { Document } from '../document/model.js';
import type { ArticleRecord } from '../record.js';

/** A tail or side section that a marker line opens; see segment/ for how each is read. */
export const SECTION_KINDS = ['keywords', 'read-also', 'similar', 'more', 'comments', 'footer', 'drop'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Single-line fields a rule can fill from a block. */
export const FIELD_NAMES = ['source', 'author', 'date', 'imageCredit'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

const pattern = z.string().min(1);

/** Exactly one way to match a block, on its matching form. */
const matcherShape = {
  exact: pattern.optional().describe('The whole block equals this (trailing ":" and white space ignored).'),
  prefix: pattern.optional().describe('The block starts with this.'),
  contains: pattern.optional().describe('The block contains this.'),
  regex: pattern.optional().describe('A JavaScript regular expression (u flag) tested on the block.'),
  maxLength: z.number().int().positive().optional().describe('Only blocks of at most this many characters.'),
  name: z.string().optional().describe('A name for --explain; defaults to "<list>[<index>]".'),
};

function exactlyOneMatcher(rule: { exact?: string; prefix?: string; contains?: string; regex?: string }): boolean {
  return [rule.exact, rule.prefix, rule.contains, rule.regex].filter((v) => v !== undefined).length === 1;
}
const ONE_MATCHER = { message: 'give exactly one of "exact", "prefix", "contains" or "regex"' };
const validRegex = (source: string | undefined): boolean => {
  if (source === undefined) return true;
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
};
const VALID_REGEX = { message: 'not a valid regular expression', path: ['regex'] };

export const MatcherSchema = z.object(matcherShape).strict().refine(exactlyOneMatcher, ONE_MATCHER).refine((r) => validRegex(r.regex), VALID_REGEX);
export type Matcher = z.infer<typeof MatcherSchema>;

export const SectionRuleSchema = z
  .object({ ...matcherShape, section: z.enum(SECTION_KINDS).describe('What the marker opens.') })
  .strict()
  .refine(exactlyOneMatcher, ONE_MATCHER)
  .refine((r) => validRegex(r.regex), VALID_REGEX);
export type SectionRule = z.infer<typeof SectionRuleSchema>;

export const FieldRuleSchema = z
  .object({
    regex: pattern.describe('Tested on the block; a named group "value" captures the field, else "value" below is used.'),
    field: z.enum(FIELD_NAMES),
    value: z.string().optional().describe('A fixed value for the field (e.g. the agency a dateline names).'),
    remove: z
      .enum(['block', 'match', 'none'])
      .default('block')
      .describe('"block": the block leaves the body; "match": only the matched text is cut; "none": it stays.'),
    maxLength: z.number().int().positive().optional(),
    name: z.string().optional(),
  })
  .strict()
  .refine((r) => validRegex(r.regex), VALID_REGEX);
export type FieldRule = z.infer<typeof FieldRuleSchema>;

export const TitleGlueRuleSchema = z
  .object({
    regex: pattern.describe('Named groups "title" and "credit" (a photo credit) or "site" (a site name) split a glued title.'),
    name: z.string().optional(),
  })
  .strict()
  .refine((r) => validRegex(r.regex), VALID_REGEX);
export type TitleGlueRule = z.infer<typeof TitleGlueRuleSchema>;

export const RulesSchema = z
  .object({
    drop: z.array(MatcherSchema).default([]).describe('Blocks to remove.'),
    sections: z.array(SectionRuleSchema).default([]).describe('Marker blocks that open a section.'),
    fields: z.array(FieldRuleSchema).default([]).describe('Blocks (or parts) that fill a field: source, author, date, imageCredit.'),
    titleGlue: z.array(TitleGlueRuleSchema).default([]).describe('Splits of a title glued to a credit or site name.'),
  })
  .strict();
export type Rules = z.infer<typeof RulesSchema>;

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
        urlPatterns: z.array(pattern).default([]).describe('Regular expressions tested on the page URL.'),
        signatures: z.array(pattern).default([]).describe('Text that identifies the site in a bare dump (a block contains it).'),
      })
      .strict()
      .default({ hosts: [], urlPatterns: [], signatures: [] }),
    validFrom: isoDate.optional().describe('First publication date these rules fit (inclusive).'),
    validUntil: isoDate.optional().describe('Last publication date these rules fit (inclusive).'),
    rules: RulesSchema.default({ drop: [], sections: [], fields: [], titleGlue: [] }),
  })
  .strict();
export type CleanerSpec = z.infer<typeof CleanerSpecSchema>;

/** Code hooks, for what rules cannot say. Both are optional; a throw fails only that document. */
export interface CleanerHooks {
  /** Runs on the document before segmentation; returns the document to use. */
  beforeSegment?: (doc: Document) => Document;
  /** Runs on each record after its fields are filled; returns the record to write. */
  afterRecord?: (record: ArticleRecord) => ArticleRecord;
}

export type Cleaner = CleanerSpec & CleanerHooks & { /** Where it was loaded from: "builtin" or a path. */ origin: string };
