/** The engine's options and their checks, shared by the API, the CLI and the reference inference. */
import { gregorian } from './calendar.js';
import type { Reference } from './resolve.js';

export type WeekStart = 'saturday' | 'sunday' | 'monday';
export type Prefer = 'past' | 'future';

export const PREFERS: readonly Prefer[] = ['past', 'future'];

/** Weeks start on Saturday in most Arab countries. */
export const DEFAULT_WEEK_START: WeekStart = 'saturday';

export interface DateOptions {
  /**
   * Reference date-time for relative mentions: one of REFERENCE_FORMS (reference.ts), or the value
   * readReferenceDate read from one. Null: leave them unresolved.
   */
  refDate?: string | Reference | null;
  /** First day of the week for "this/last/next week". Default DEFAULT_WEEK_START. */
  weekStart?: WeekStart;
  /** How a mention with no tense cue resolves; default: the sentence's tense, falling back to past. */
  prefer?: Prefer | null;
}

/** Day numbers as Date#getUTCDay gives them. */
export const WEEK_STARTS: Readonly<Record<WeekStart, number>> = { sunday: 0, monday: 1, saturday: 6 };

/** A date, an optional time (seconds and fraction allowed) and an optional zone, which is dropped. */
const REFERENCE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", and the longer ISO forms metadata and parseDateLine give
 * ("2026-01-08T11:42:50+00:00"): the reference is the wall-clock time as written, its zone set aside.
 * Null when malformed or not a real date or time.
 */
export function parseReferenceDate(text: string): Reference | null {
  const m = REFERENCE.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined || month < 1 || month > 12 || day < 1) return null;
  if (day > gregorian.monthLength(year, month)) return null;
  if (hour !== undefined && (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59)) return null;
  return {
    day: gregorian.toDay(year, month, day),
    seconds: hour === undefined ? null : hour * 3600 + (minute ?? 0) * 60 + (second ?? 0),
  };
}

/** The week start as a day number; throws on a name that is not one. */
export function weekStartDay(name: WeekStart | undefined): number {
  const day = WEEK_STARTS[name ?? DEFAULT_WEEK_START];
  if (day === undefined) throw new RangeError(`weekStart "${name}" is not saturday, sunday or monday`);
  return day;
}
