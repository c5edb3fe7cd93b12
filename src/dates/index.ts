/**
 * The date engine: finds date and time expressions in Arabic text, normalises them and resolves
 * relative ones against a reference date. Used by `extract` for every record and by `arnews dates`.
 *
 * The pass: normalise (text/normalize) → tokens with their lexicon entries (tokens) → the longest grammar match
 * at each token (recognise, grammar/*) → kind, grain and ISO value against the reference (resolve).
 */
import type { DateMention } from '../record.js';
import { analyse, toMention } from './analyse.js';
import { parseDateLine } from './dateline.js';
import { parseReferenceDate, weekStartDay, type DateOptions } from './options.js';

export { inferReferenceDate } from './infer.js';
export { parseDateLine };
export { parseReferenceDate, WEEK_STARTS, type DateOptions, type Prefer, type WeekStart } from './options.js';

/**
 * Finds every date mention in `text`; offsets are UTF-16 code units into `text`. `refDate` is an ISO date or date-time,
 * or any date line parseDateLine reads (a page's "19/08/2016" metadata); another string is a RangeError.
 */
export function findDateMentions(text: string, options: DateOptions = {}): DateMention[] {
  const { refDate } = options;
  const reference = refDate ? (parseReferenceDate(refDate) ?? parseReferenceDate(parseDateLine(refDate) ?? '')) : null;
  if (refDate && !reference) throw new RangeError(`refDate "${refDate}" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)`);
  const settings = { reference, weekStart: weekStartDay(options.weekStart), prefer: options.prefer ?? null };
  const analysis = analyse(text);
  return analysis.candidates.map((candidate) => toMention(analysis, candidate, settings));
}
