/**
 * The output contract. This zod schema is the single source of truth for a record: the pipeline builds
 * records by typed code to its shape (keys in its order), the test suite holds every record it makes to
 * it (tests/helpers/records.ts), `--validate` checks each record of a run against it, `arnews schema`
 * prints its JSON Schema, and the README documents each field from it. Change output here, in the
 * README and in the golden fixtures together.
 */
import { z } from 'zod';
import { RELATIONS } from './vocabulary.js';

export const DATE_KINDS = [
  'date',
  'month',
  'year',
  'period',
  'weekday',
  'relative',
  'range',
  'time',
  'datetime',
  'duration',
] as const;
export const DATE_GRAINS = [
  'millennium',
  'century',
  'decade',
  'year',
  'half',
  'quarter',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
] as const;
export const DATE_MODS = ['early', 'mid', 'late', 'since', 'until', 'approx'] as const;
export const DATE_CALENDARS = ['gregorian', 'hijri', 'hijri-tabular', 'solar-hijri'] as const;

/** One date or time expression found by the date engine, with offsets into the text it was found in. */
export const DateMentionSchema = z
  .object({
    text: z.string().describe('The mention exactly as written: text === source.slice(start, end).'),
    start: z.number().int().nonnegative().describe('UTF-16 offset of the first code unit.'),
    end: z.number().int().nonnegative().describe('UTF-16 offset just past the last code unit.'),
    kind: z
      .enum(DATE_KINDS)
      .describe(
        'date (a day), month, year, period (a quarter or half of a year, a decade, a century: الربع الأول من 2024, الثمانينيات), weekday (a day named by its weekday), relative (named from now: اليوم, الأسبوع الماضي, منذ 3 أيام, قبل أيام), range (two ends), time, datetime, duration.',
      ),
    value: z
      .string()
      .nullable()
      .describe(
        'ISO 8601: "2025-04-12", "2025-03", "2018", "2025-04-12T10:00", "2016-11-22T04:19Z" (with a zone the text names), an interval "2017/2021" (each end inclusive at the precision it is written in; a week is its days, a quarter its months "2024-01/2024-03", a decade or century its years "1980/1989"), a duration "P3D", "T10:00" for a time whose day is unknown; null when it needs a reference date and has none.',
      ),
    grain: z
      .enum(DATE_GRAINS)
      .describe(
        'The unit the mention speaks in: a week, a quarter ("2024-01/2024-03"), a half, a decade, a century or a millennium is written as the interval of its days, months or years.',
      ),
    calendar: z
      .enum(DATE_CALENDARS)
      .describe(
        'The calendar the mention is written in: hijri (converted by Umm al-Qura), hijri-tabular (a Hijri date whose written weekday or Gregorian day agrees with the tabular reckoning, not Umm al-Qura), solar-hijri (Iran); value always holds Gregorian days.',
      ),
    hijri: z
      .string()
      .nullable()
      .describe(
        'For a Hijri or Solar Hijri mention, the date in its own calendar as written, in ISO form ("1436-10-26", "1445", "1399-04-02"); value holds its Gregorian equivalent.',
      ),
    mod: z
      .enum(DATE_MODS)
      .nullable()
      .describe(
        'early/mid/late for parts of a period (value is the whole period: مطلع مارس 2025 → "2025-03", early), since/until for open intervals (منذ، حتى), approx for a vague span (قبل أيام → the days 2 to 9 days ago).',
      ),
  })
  .strict();
export type DateMention = z.infer<typeof DateMentionSchema>;

export const RecordDateMentionSchema = DateMentionSchema.extend({
  field: z.enum(['title', 'body']).describe('The record field that start/end point into.'),
}).strict();
export type RecordDateMention = z.infer<typeof RecordDateMentionSchema>;

export const RelatedSchema = z
  .object({
    title: z.string(),
    url: z.string().nullable().describe('Absolute URL when the input has links (HTML), else null.'),
    relation: z.enum(RELATIONS),
  })
  .strict();
export type Related = z.infer<typeof RelatedSchema>;

export const WarningSchema = z
  .object({
    code: z.string().describe('A stable, kebab-case code, e.g. "title-credit-split".'),
    message: z.string(),
  })
  .strict();
export type Warning = z.infer<typeof WarningSchema>;

export const ExplainEntrySchema = z
  .object({
    cleaner: z.string(),
    rule: z.string(),
    action: z
      .string()
      .describe(
        'What the rule did: drop, cut, section:<kind>, field:<name>=<value>, split:title|<part>, site (how the site cleaner was chosen), … (see the README, --explain).',
      ),
    matched: z.string().describe('The text the rule matched (shortened when long).'),
    line: z.number().int().nullable().describe('1-based line of the matched block in the input document.'),
  })
  .strict();
export type ExplainEntry = z.infer<typeof ExplainEntrySchema>;

export const InputRefSchema = z
  .object({
    file: z.string().describe('The input path as given, or "-" for standard input.'),
    doc: z.number().int().nonnegative().describe('0-based index of the page within the input.'),
    line: z.number().int().positive().describe('1-based line of the input where the page starts.'),
    id: z.string().nullable().describe('The page id from the input metadata (JSONL), if any.'),
    url: z.string().nullable().describe('The page URL from the input metadata (JSONL), if any.'),
  })
  .strict();
export type InputRef = z.infer<typeof InputRefSchema>;

export const ArticleRecordSchema = z
  .object({
    id: z.string().describe('Stable id: the same input gives the same id.'),
    input: InputRefSchema,
    role: z
      .enum(['main', 'embedded'])
      .describe('"main" for the page\'s own article, "embedded" for one glued after a read-also marker.'),
    parent: z.string().nullable().describe("For an embedded article, the id of its page's main record; else null."),
    site: z
      .string()
      .nullable()
      .describe('The site cleaner that handled the page, or null when only the generic cleaner ran.'),
    url: z.string().nullable().describe('The article URL: canonical URL from HTML, else the input URL.'),
    lang: z.string().nullable().describe('Language from the page (HTML lang), else null.'),
    title: z.string().nullable().describe('The headline; null when the dump has none (never invented).'),
    body: z.string().describe('The paragraphs joined by a blank line.'),
    paragraphs: z.array(z.string()),
    source: z.string().nullable().describe('Attribution such as "المصدر: X" → X, or a wire agency.'),
    imageCredit: z.string().nullable(),
    author: z.string().nullable(),
    published: z
      .string()
      .nullable()
      .describe(
        "ISO date (or date-time) of publication, from the article's own date line or the input metadata (its time where the date line names the same day only).",
      ),
    modified: z
      .string()
      .nullable()
      .describe(
        'ISO date-time of the last update, where the page gives it: its metadata, else the update its date line names.',
      ),
    section: z.string().nullable().describe('The section or category the page files the article under.'),
    image: z.string().nullable().describe('The lead image URL, where the page gives it.'),
    keywords: z.array(z.string()),
    related: z.array(RelatedSchema),
    dateMentions: z.array(RecordDateMentionSchema),
    warnings: z.array(WarningSchema),
    explain: z
      .array(ExplainEntrySchema)
      .optional()
      .describe('Only with --explain: every cleaner rule that fired on this article.'),
  })
  .strict();
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** An input document that yielded no record, as written to --errors and summarised on stderr. */
export const ErrorEntrySchema = z
  .object({
    file: z.string(),
    doc: z
      .number()
      .int()
      .nullable()
      .describe('0-based page index within the input, null when the input could not be read at all.'),
    line: z.number().int().nullable(),
    code: z.string(),
    message: z.string(),
  })
  .strict();
export type ErrorEntry = z.infer<typeof ErrorEntrySchema>;

/** The JSON Schema of a record, as `arnews schema` prints it. */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(ArticleRecordSchema, { target: 'draft-2020-12' });
}
