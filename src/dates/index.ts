/**
 * The date engine: finds date and time expressions in Arabic text, normalises them and resolves
 * relative ones against a reference date. Used by `extract` for every record and by `arnews dates`.
 *
 * The pass: normalise (text/normalize) → tokens with their lexicon entries (tokens) → the longest grammar match
 * at each token (recognise, grammar/*) → kind, grain and ISO value against the reference (resolve).
 */
import type { DateMention } from '../record.js';
import { normalizeWithOffsets, toOriginalSpan } from '../text/normalize.js';
import { gregorian } from './calendar.js';
import { recognise } from './recognise.js';
import { describe, type Reference } from './resolve.js';
import { tenseAround } from './tense.js';
import { tokenize, TokenList } from './tokens.js';

export { inferReferenceDate } from './infer.js';
export { parseDateLine } from './dateline.js';

export type WeekStart = 'saturday' | 'sunday' | 'monday';
export type Prefer = 'past' | 'future';

export interface DateOptions {
  /** Reference date-time for relative mentions: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM". Null: leave them unresolved. */
  refDate?: string | null;
  /** First day of the week for "this/last/next week". Default saturday. */
  weekStart?: WeekStart;
  /** How a mention with no tense cue resolves; default: the sentence's tense, falling back to past. */
  prefer?: Prefer | null;
}

export const WEEK_STARTS: Readonly<Record<WeekStart, number>> = { sunday: 0, monday: 1, saturday: 6 };

const REFERENCE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Reads "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]"; null when malformed or not a real date or time. */
export function parseReferenceDate(text: string): Reference | null {
  const m = REFERENCE.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined || month < 1 || month > 12 || day < 1) return null;
  if (day > gregorian.monthLength(year, month)) return null;
  if (hour !== undefined && (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59)) return null;
  return { day: gregorian.toDay(year, month, day), seconds: hour === undefined ? null : hour * 3600 + (minute ?? 0) * 60 + (second ?? 0) };
}

/** Finds every date mention in `text`; offsets are UTF-16 code units into `text`. */
export function findDateMentions(text: string, options: DateOptions = {}): DateMention[] {
  const reference = options.refDate ? parseReferenceDate(options.refDate) : null;
  if (options.refDate && !reference) throw new RangeError(`refDate "${options.refDate}" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
  const weekStart = WEEK_STARTS[options.weekStart ?? 'saturday'];
  if (weekStart === undefined) throw new RangeError(`weekStart "${options.weekStart}" is not saturday, sunday or monday`);
  const prefer = options.prefer ?? null;

  const normalized = normalizeWithOffsets(text);
  const tokens = new TokenList(tokenize(normalized));
  return recognise(tokens).map((candidate) => {
    const [start, end] = toOriginalSpan(normalized, tokens.tokens[candidate.from]?.stemStart ?? 0, tokens.tokens[candidate.to - 1]?.end ?? 0);
    let lean: -1 | 1 | undefined;
    const fields = describe(candidate.expr, {
      reference,
      weekStart,
      // Only weekdays, months without a year and bare hours ask: compute the tense then, once.
      lean: () => (lean ??= (tenseAround(tokens, candidate.from, candidate.to) ?? prefer ?? 'past') === 'past' ? -1 : 1),
    });
    return { text: text.slice(start, end), start, end, ...fields, mod: candidate.mod };
  });
}
