/**
 * A page object of a JSONL line or JSON array → what the pipeline reads from it: the text or HTML, and
 * the metadata carried into the record (id, url, date, title, author). Field names are the read options
 * (`--text-field`, `--title-field` …); a dotted name reaches into nested objects (`meta.url`).
 * arnews' own records (its `--pretty` output, a JSONL of records) are pages too: their `body`, `title`,
 * `url`, `published` and `id` are read when the text field is absent.
 */
import type { PageMeta } from '../document/model.js';
import { decodeEntities } from '../text/entities.js';
import { looksLikeHtml } from './charset.js';

export interface FieldOptions {
  textField: string;
  htmlField: string;
  idField: string;
  urlField: string;
  dateField: string;
  titleField: string;
  /** Not read unless given: corpora fill their author fields with datelines and agency credits. */
  authorField: string | null;
}

/**
 * A record of a corpus read record by record (an XML corpus's element, a CSV row): its page object (its fields
 * by name), or, past the size limit, only its size, or what is wrong with it (`code`: the error entry's code
 * when it is not the form's own); with the 1-based line it opens on.
 */
export type FieldRecord =
  | { fields: Record<string, string>; line: number }
  | { tooLarge: number; line: number }
  | { error: string; line: number; code?: 'too-large' | 'missing-text' };

export interface PageFields {
  format: 'text' | 'html';
  /** The page's text or HTML, or undefined / a non-string when the record lacks it. */
  body: unknown;
  /** The field the body was looked up in, for error messages. */
  bodyField: string;
  meta: Partial<PageMeta>;
}

/**
 * The value at a field name: the key itself when the object has it (a key may hold a dot), else the
 * dotted path walked through nested objects.
 */
function fieldAt(record: Record<string, unknown>, name: string): unknown {
  if (name in record) return record[name];
  let value: unknown = record;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function scalar(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Metadata text as a reader sees it: HTML entities decoded ("&quot;العوشن&quot;"), white space collapsed. */
function metadataText(value: unknown): string | null {
  const text = scalar(value);
  return text
    ? decodeEntities(text)
        .replace(/[\s\u00a0]+/gu, ' ')
        .trim() || null
    : null;
}

/** An arnews record (its own output read back): a body and paragraphs, and where its page came from. */
function isArnewsRecord(record: Record<string, unknown>): boolean {
  return (
    typeof record.body === 'string' &&
    Array.isArray(record.paragraphs) &&
    typeof record.input === 'object' &&
    record.input !== null
  );
}

export function pageFields(record: Record<string, unknown>, options: FieldOptions): PageFields {
  const html = fieldAt(record, options.htmlField);
  const format = typeof html === 'string' && html.trim() ? 'html' : 'text';
  if (format === 'text' && fieldAt(record, options.textField) === undefined && isArnewsRecord(record)) {
    return {
      format,
      body: record.body,
      bodyField: 'body',
      meta: withNames(
        { id: scalar(record.id), url: scalar(record.url), date: scalar(record.published) },
        record.title,
        record.author,
      ),
    };
  }
  const body = format === 'html' ? html : fieldAt(record, options.textField);
  return {
    // A text field that holds a page's markup (a crawl that stored the source under "text") is read as HTML.
    format: typeof body === 'string' && looksLikeHtml(body) ? 'html' : format,
    body,
    bodyField: format === 'html' ? options.htmlField : options.textField,
    meta: withNames(
      {
        id: scalar(fieldAt(record, options.idField)),
        url: scalar(fieldAt(record, options.urlField)),
        date: scalar(fieldAt(record, options.dateField)),
      },
      fieldAt(record, options.titleField),
      options.authorField ? fieldAt(record, options.authorField) : undefined,
    ),
  };
}

/** A record's names listed in a message up to this many ("…" for the rest). */
const LISTED_NAMES_MAX = 12;

/**
 * What a record lacks when neither its text nor its HTML field is there, naming what it has (a JSONL line's
 * keys, a CSV header's columns) and, where the values are known, the one holding the longest text: a crawl's
 * own schema ("t", "raw_text", "content") is one option away.
 */
export function missingTextMessage(
  wanted: readonly string[],
  kind: 'field' | 'column',
  names: readonly string[],
  longest: string | null = null,
): string {
  const quoted = (list: readonly string[]): string => list.map((name) => `"${name}"`).join(', ');
  const listed = quoted(names.slice(0, LISTED_NAMES_MAX)) + (names.length > LISTED_NAMES_MAX ? ', …' : '');
  const holder = kind === 'field' ? 'the record' : 'the header';
  const hint = longest ? `; the longest text is in "${longest}"` : '';
  return `no ${wanted.map((name) => `"${name}"`).join(' nor ')} ${kind} (${holder} has ${listed || 'none'}${hint}); choose one with --text-field`;
}

/** The top-level string field of a record holding the longest text, if any. */
export function longestTextField(record: Record<string, unknown>): string | null {
  let best: string | null = null;
  let bestLength = 0;
  for (const [name, value] of Object.entries(record))
    if (typeof value === 'string' && value.length > bestLength) [best, bestLength] = [name, value.length];
  return best;
}

/** The title and author join the metadata only when the input has them. */
function withNames(meta: Partial<PageMeta>, title: unknown, author: unknown): Partial<PageMeta> {
  const [t, a] = [metadataText(title), metadataText(author)];
  return { ...meta, ...(t ? { title: t } : {}), ...(a ? { author: a } : {}) };
}

/** The field names of wider options (read options also carry limits and an abort signal, which a worker thread cannot be sent). */
export function fieldOptions({
  textField,
  htmlField,
  idField,
  urlField,
  dateField,
  titleField,
  authorField,
}: FieldOptions): FieldOptions {
  return { textField, htmlField, idField, urlField, dateField, titleField, authorField };
}
