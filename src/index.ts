/**
 * The arnews library API: the same pipeline as the CLI, for one page in memory (`extract`) or for
 * whole inputs, streamed document by document (`extractStream`).
 */
import type { Readable } from 'node:stream';
import { CleanerRegistry } from './cleaners/registry.js';
import type { Cleaner } from './cleaners/schema.js';
import type { Prefer, WeekStart } from './dates/index.js';
import * as htmlModule from './document/html/index.js';
import { useHtmlFrontEnd } from './document/htmlFrontEnd.js';
import { looksLikeHtml } from './io/charset.js';
import { DEFAULT_READ_OPTIONS, type Page, type ReadOptions } from './io/readers.js';
import { extractPage, recordSchema, type ExtractOptions } from './pipeline/extract.js';
import { extractInputs, type DocumentResult } from './pipeline/run.js';
import { resolveOptions } from './options.js';
import * as recordModule from './record.js';
import type { ArticleRecord } from './record.js';

// `extract` is synchronous: the library has the HTML front end and the record schema from the start.
useHtmlFrontEnd(htmlModule);
recordSchema.use(recordModule);

export * from './record.js';
export {
  findDateMentions,
  inferReferenceDate,
  parseDateLine,
  parseReferenceDate,
  readDates,
  readMetadataDate,
  readReferenceDate,
  readUpdateStamp,
  RULES,
  type DateOptions,
  type DateReading,
  type MetadataDate,
  type Reference,
  type Prefer,
  type WeekStart,
} from './dates/index.js';
export { normalizeArabic, normalizeWithOffsets, toOriginalSpan } from './text/normalize.js';
export { CleanerSpecSchema, type Cleaner, type CleanerHooks, type CleanerSpec } from './cleaners/schema.js';
export { CleanerLoadError, loadCleanerFile, validateCleaner } from './cleaners/load.js';
export { DEFAULTS, OptionError, resolveOptions, type OptionsInput, type ResolvedOptions } from './options.js';
export { DocumentError } from './pipeline/extract.js';
export type { DocumentResult } from './pipeline/run.js';
export type { Document, Block, PageMeta } from './document/model.js';
// The HTML front end on its own, for a cleaner's hook tested on the document it will be given, and the
// decoder the CLI reads HTML bytes with (charset from the BOM, the meta tags or a sniff of the text).
export { htmlToDocument, type HtmlOptions } from './document/html/index.js';
export { decodeHtmlBytes, type DecodedHtml } from './io/charset.js';

export interface ArnewsOptions {
  /** User cleaners (see `validateCleaner`, `loadCleanerFile`); they take precedence over the built-ins. */
  cleaners?: Cleaner[];
  /** Force a cleaner by name. */
  site?: string | null;
  /** Reference date for relative date mentions: one of REFERENCE_FORMS (ISO, with a zone or not, RFC 2822, a Unix time or a date line). */
  refDate?: string | null;
  weekStart?: WeekStart;
  prefer?: Prefer | null;
  /** Attach every cleaner rule that fired to each record. */
  explain?: boolean;
  /** Check every record against ArticleRecordSchema (a record that does not match is an `invalid-record` error). */
  validate?: boolean;
}

export interface ExtractTextOptions extends ArnewsOptions {
  /** "text" (a text dump) or "html"; default: HTML when the text starts like HTML. */
  format?: 'text' | 'html';
  /** Page metadata, as a JSONL corpus would carry it; the date in any form a date field may hold (see README, Input forms), a number being a Unix time. */
  id?: string | null;
  url?: string | null;
  date?: string | number | null;
  /** What `record.input.file` says. Default "<string>". */
  name?: string;
}

export interface ExtractStreamOptions extends ArnewsOptions, Partial<ReadOptions> {}

const registries = new WeakMap<Cleaner[], CleanerRegistry>();

/** The options resolved (a value they cannot take is an OptionError, a RangeError), with the registry of their cleaners, made once per array. */
function pipelineOptions(options: ArnewsOptions): ExtractOptions {
  const { cleaners, ...resolved } = resolveOptions(options);
  const user = 'loaded' in cleaners ? cleaners.loaded : [];
  let registry = registries.get(user);
  if (!registry) {
    registry = new CleanerRegistry(user);
    registries.set(user, registry);
  }
  return { ...resolved, registry };
}

/**
 * Extracts the articles of one page held in memory. Throws a `DocumentError` (with a `code`) when the
 * page yields no record, e.g. when it is only boilerplate.
 */
export function extract(text: string, options: ExtractTextOptions = {}): ArticleRecord[] {
  const id = options.id ?? null;
  const url = options.url ?? null;
  const page: Page = {
    input: { file: options.name ?? '<string>', doc: 0, line: 1, id, url },
    format: options.format ?? (looksLikeHtml(text) ? 'html' : 'text'),
    text,
    meta: { id, url, date: options.date === undefined || options.date === null ? null : String(options.date) },
    warnings: [],
  };
  return extractPage(page, pipelineOptions(options));
}

/**
 * Extracts every document of an input — a path, "-" for stdin, or a readable byte stream of a text
 * dump, JSONL corpus (gzipped or not) or HTML page — yielding one result per document as soon as it is
 * done: `{ page, records }`, or `{ error }` for a document that yields no record.
 */
export function extractStream(
  source: string | Readable,
  options: ExtractStreamOptions = {},
): AsyncGenerator<DocumentResult> {
  const read: ReadOptions = {
    textField: options.textField ?? DEFAULT_READ_OPTIONS.textField,
    htmlField: options.htmlField ?? DEFAULT_READ_OPTIONS.htmlField,
    idField: options.idField ?? DEFAULT_READ_OPTIONS.idField,
    urlField: options.urlField ?? DEFAULT_READ_OPTIONS.urlField,
    dateField: options.dateField ?? DEFAULT_READ_OPTIONS.dateField,
    titleField: options.titleField ?? DEFAULT_READ_OPTIONS.titleField,
    authorField: options.authorField ?? DEFAULT_READ_OPTIONS.authorField,
    maxDocBytes: options.maxDocBytes,
    maxInputBytes: options.maxInputBytes,
  };
  return extractInputs([{ source }], read, pipelineOptions(options));
}
