/**
 * The one reader of the dates that metadata gives: a JSONL date field (or the library's `date`), an HTML page's
 * meta tags, JSON-LD and <time> elements, and through them the page date that picks a cleaner version and the
 * `published` of an article without a date line of its own (or the time of one whose date line names its day only:
 * publishedDate). ISO 8601, RFC 2822 and Unix times are read as
 * iso.ts reads them; anything else as a date line ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "19/08/2016").
 */
import type { Warning } from '../record.js';
import { parseDateLine } from './dateline.js';
import { readIsoForms, readUnixTime } from './iso.js';

/** A metadata string longer than this is no date (a description in the wrong field). */
const MAX_DATE_CHARS = 200;

/** Why a date that metadata gives is left out. */
export type DateProblem = 'invalid' | 'unreadable';

export interface MetadataDate {
  /** ISO 8601, or null. */
  value: string | null;
  /**
   * Set when a value was given and is left out: `invalid` when it has a date's form but is no real date
   * ("2015-13-45", "2015-02-30"), `unreadable` when it has none arnews reads.
   */
  problem: DateProblem | null;
}

/** A date as metadata gives it: a string, or a number (a Unix time in seconds or milliseconds). */
export function readMetadataDate(raw: unknown): MetadataDate {
  if (raw === null || raw === undefined) return { value: null, problem: null };
  const text =
    typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw))
      ? String(raw).replace(/\s+/g, ' ').trim()
      : null;
  if (text === '') return { value: null, problem: null };
  if (text === null || text.length > MAX_DATE_CHARS) return { value: null, problem: 'unreadable' };
  const forms = readIsoForms(text);
  if (forms) return 'iso' in forms ? { value: forms.iso, problem: null } : { value: null, problem: 'invalid' };
  const value = readUnixTime(text) ?? parseDateLine(text);
  return value ? { value, problem: null } : { value: null, problem: 'unreadable' };
}

/** The warning that a date was left out (`date-invalid`); `where` says whose date it was ("the input's date"). */
export function dateWarning(where: string, raw: unknown, problem: DateProblem): Warning {
  const why = problem === 'invalid' ? 'is no real date' : 'is not a date arnews reads';
  return { code: 'date-invalid', message: `${where} "${String(raw)}" ${why}: left out` };
}

/** An ISO day with no time: "2024-06-12". */
const ISO_DAY_LENGTH = 10;

/**
 * An article's publication date: its own date line's, else the metadata's; where the date line names the day only
 * and the metadata names that day with its time ("12 يونيو 2024" and <time datetime="2024-06-12T10:30:00+03:00">),
 * the metadata's, which the text confirms and makes no less precise.
 */
export function publishedDate(dateLine: string | null, metadata: string | null): string | null {
  if (dateLine === null) return metadata;
  return dateLine.length === ISO_DAY_LENGTH &&
    metadata !== null &&
    metadata.length > ISO_DAY_LENGTH &&
    metadata.startsWith(`${dateLine}T`)
    ? metadata
    : dateLine;
}
