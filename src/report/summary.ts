/**
 * What a run produced, gathered in one pass over its records and error entries, in memory that does
 * not grow with the number of records (counters, bounded samples, lossy counting of paragraphs). Both
 * renderings of `arnews report` — HTML and terminal tables — read the `ReportData` it ends with.
 */
import type { ArticleRecord, ErrorEntry } from '../record.js';
import { normalizeArabic } from '../text/normalize.js';
import { FrequentTexts, type FrequentText } from './frequent.js';

/** The record fields whose fill rate the report shows, and when each counts as filled. */
const FILL_FIELDS = {
  title: (r) => r.title !== null,
  source: (r) => r.source !== null,
  author: (r) => r.author !== null,
  published: (r) => r.published !== null,
  keywords: (r) => r.keywords.length > 0,
  related: (r) => r.related.length > 0,
  dateMentions: (r) => r.dateMentions.length > 0,
} satisfies Record<string, (record: ArticleRecord) => boolean>;
export type FillField = keyof typeof FILL_FIELDS;
export const FILL_NAMES = Object.keys(FILL_FIELDS) as FillField[];

/** Records whose site is null ran with the generic cleaner alone. */
export const GENERIC_SITE = '(generic)';
/** Upper bounds of the body-length bins, in characters; the last bin is open. */
export const BODY_LENGTH_EDGES = [100, 200, 500, 1000, 2000, 5000, 10000] as const;
/** Examples kept per warning or error code, per frequent paragraph. */
const EXAMPLES = 3;
/** Records without a title listed as samples. */
const NULL_TITLE_SAMPLES = 20;
/** Frequent paragraphs shown, and how often a paragraph must recur to be one. */
const TOP_PARAGRAPHS = 15;
const MIN_REPEATS = 2;
/**
 * Lossy counting keeps every paragraph that opens or closes more than 1/2000 of the records; smaller
 * runs are counted exactly.
 */
const PARAGRAPH_BUCKET = 2000;
/** Longest excerpt of a paragraph kept for the report. */
const EXCERPT = 300;

/** A record as the report shows it when a table or a frequent paragraph links to it. */
export interface SampleRecord {
  id: string;
  file: string;
  doc: number;
  line: number;
  site: string;
  role: ArticleRecord['role'];
  url: string | null;
  title: string | null;
  published: string | null;
  paragraphs: number;
  bodyLength: number;
  first: string | null;
  last: string | null;
  warnings: string[];
}

export interface CodeCount<T> {
  code: string;
  count: number;
  examples: T[];
}

export interface FileCount {
  file: string;
  records: number;
  errors: number;
}

export interface ReportData {
  inputs: { records: string[]; errors: string[] };
  documents: number;
  records: number;
  embedded: number;
  errors: number;
  /** Lines of the inputs that were not records or error entries. */
  unreadable: { count: number; examples: { file: string; line: number; message: string }[] };
  sites: { site: string; records: number; filled: Record<FillField, number> }[];
  filled: Record<FillField, number>;
  files: FileCount[];
  warnings: CodeCount<{ id: string; message: string }>[];
  errorCodes: CodeCount<ErrorEntry>[];
  /** Records by the month of `published` ("2025-04"), and how many have none. */
  publishedByMonth: Map<string, number>;
  unpublished: number;
  /** Date mentions by the year their value starts in. */
  mentionsByYear: Map<number, number>;
  /** Records per body-length bin (see BODY_LENGTH_EDGES). */
  bodyLengths: number[];
  firstParagraphs: FrequentText<string>[];
  lastParagraphs: FrequentText<string>[];
  nullTitles: string[];
  /** Every record the report links to, by id. */
  samples: Map<string, SampleRecord>;
}

function noneFilled(): Record<FillField, number> {
  return Object.fromEntries(FILL_NAMES.map((f) => [f, 0])) as Record<FillField, number>;
}

export class RunSummary {
  private records = 0;
  private embedded = 0;
  private readonly unreadable: ReportData['unreadable'] = { count: 0, examples: [] };
  private readonly sites = new Map<string, { records: number; filled: Record<FillField, number> }>();
  private readonly filled = noneFilled();
  private readonly files = new Map<string, FileCount>();
  private readonly warnings = new Map<string, CodeCount<{ id: string; message: string }>>();
  private readonly errorCodes = new Map<string, CodeCount<ErrorEntry>>();
  private readonly publishedByMonth = new Map<string, number>();
  private unpublished = 0;
  private readonly mentionsByYear = new Map<number, number>();
  private readonly bodyLengths: number[] = new Array(BODY_LENGTH_EDGES.length + 1).fill(0);
  private readonly firstParagraphs = new FrequentTexts<SampleRecord>(PARAGRAPH_BUCKET, EXAMPLES);
  private readonly lastParagraphs = new FrequentTexts<SampleRecord>(PARAGRAPH_BUCKET, EXAMPLES);
  private readonly nullTitles: string[] = [];
  private readonly samples = new Map<string, SampleRecord>();
  private errors = 0;

  constructor(private readonly inputs: ReportData['inputs']) {}

  addRecord(record: ArticleRecord): void {
    this.records++;
    if (record.role === 'embedded') this.embedded++;
    const site = record.site ?? GENERIC_SITE;
    const bySite = this.sites.get(site) ?? { records: 0, filled: noneFilled() };
    this.sites.set(site, bySite);
    bySite.records++;
    for (const field of FILL_NAMES) {
      if (!FILL_FIELDS[field](record)) continue;
      this.filled[field]++;
      bySite.filled[field]++;
    }
    this.fileCount(record.input.file).records++;
    for (const warning of record.warnings) {
      if (this.count(this.warnings, warning.code, { id: record.id, message: warning.message })) this.keep(record);
    }
    const month = /^\d{4}-\d{2}/.exec(record.published ?? '')?.[0];
    if (month) this.publishedByMonth.set(month, (this.publishedByMonth.get(month) ?? 0) + 1);
    else this.unpublished++;
    for (const mention of record.dateMentions) {
      const year = /^(\d{4})(?!\d)/.exec(mention.value ?? '')?.[1];
      if (year) this.mentionsByYear.set(Number(year), (this.mentionsByYear.get(Number(year)) ?? 0) + 1);
    }
    const bin = BODY_LENGTH_EDGES.findIndex((edge) => record.body.length < edge);
    this.bodyLengths[bin < 0 ? BODY_LENGTH_EDGES.length : bin]!++;
    const first = record.paragraphs[0];
    const last = record.paragraphs.at(-1);
    if (first !== undefined) this.firstParagraphs.add(paragraphKey(first), excerpt(first), () => sampleOf(record));
    if (last !== undefined) this.lastParagraphs.add(paragraphKey(last), excerpt(last), () => sampleOf(record));
    if (record.title === null && this.nullTitles.length < NULL_TITLE_SAMPLES) {
      this.nullTitles.push(record.id);
      this.keep(record);
    }
  }

  addError(entry: ErrorEntry): void {
    this.errors++;
    this.fileCount(entry.file).errors++;
    this.count(this.errorCodes, entry.code, entry);
  }

  /** A line of an input that holds neither a record nor an error entry. */
  addUnreadable(file: string, line: number, message: string): void {
    this.unreadable.count++;
    if (this.unreadable.examples.length < EXAMPLES) this.unreadable.examples.push({ file, line, message });
  }

  finish(): ReportData {
    const samples = new Map(this.samples);
    const paragraphs = (frequent: FrequentTexts<SampleRecord>): FrequentText<string>[] =>
      frequent.top(TOP_PARAGRAPHS, MIN_REPEATS).map((p) => {
        for (const sample of p.examples) samples.set(sample.id, sample);
        return { ...p, examples: p.examples.map((sample) => sample.id) };
      });
    const firstParagraphs = paragraphs(this.firstParagraphs);
    const lastParagraphs = paragraphs(this.lastParagraphs);
    const byCount = <T extends { count: number }>(a: T, b: T): number => b.count - a.count;
    return {
      inputs: this.inputs,
      documents: this.records - this.embedded + this.errors,
      records: this.records,
      embedded: this.embedded,
      errors: this.errors,
      unreadable: this.unreadable,
      sites: [...this.sites].map(([site, s]) => ({ site, ...s })).sort((a, b) => b.records - a.records),
      filled: this.filled,
      files: [...this.files.values()],
      warnings: [...this.warnings.values()].sort(byCount),
      errorCodes: [...this.errorCodes.values()].sort(byCount),
      publishedByMonth: this.publishedByMonth,
      unpublished: this.unpublished,
      mentionsByYear: this.mentionsByYear,
      bodyLengths: this.bodyLengths,
      firstParagraphs,
      lastParagraphs,
      nullTitles: this.nullTitles,
      samples,
    };
  }

  private fileCount(file: string): FileCount {
    let count = this.files.get(file);
    if (!count) this.files.set(file, (count = { file, records: 0, errors: 0 }));
    return count;
  }

  /** Counts a code; true when the example was kept. */
  private count<T>(counts: Map<string, CodeCount<T>>, code: string, example: T): boolean {
    let entry = counts.get(code);
    if (!entry) counts.set(code, (entry = { code, count: 0, examples: [] }));
    entry.count++;
    if (entry.examples.length >= EXAMPLES) return false;
    entry.examples.push(example);
    return true;
  }

  private keep(record: ArticleRecord): void {
    if (!this.samples.has(record.id)) this.samples.set(record.id, sampleOf(record));
  }
}

function sampleOf(record: ArticleRecord): SampleRecord {
  const first = record.paragraphs[0];
  const last = record.paragraphs.at(-1);
  return {
    id: record.id,
    file: record.input.file,
    doc: record.input.doc,
    line: record.input.line,
    site: record.site ?? GENERIC_SITE,
    role: record.role,
    url: record.url,
    title: record.title,
    published: record.published,
    paragraphs: record.paragraphs.length,
    bodyLength: record.body.length,
    first: first === undefined ? null : excerpt(first),
    last: last === undefined || record.paragraphs.length < 2 ? null : excerpt(last),
    warnings: record.warnings.map((w) => w.code),
  };
}

/** Paragraphs that differ only in spelling variants, marks or spacing count as one. */
function paragraphKey(text: string): string {
  return normalizeArabic(text).slice(0, EXCERPT);
}

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;
}
