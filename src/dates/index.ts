/**
 * The date engine: finds date and time expressions in Arabic text, normalises them and resolves
 * relative ones against a reference date. Used by `extract` for every record and by `arnews dates`.
 *
 * The pass: normalise (text/normalize) → tokens with their lexicon entries (tokens) → the longest grammar match
 * at each token (recognise, grammar/*) → kind, grain and ISO value against the reference (resolve).
 */
import type { DateMention } from '../record.js';
import { analyse, toMention } from './analyse.js';
import { parseReferenceDate, weekStartDay, type DateOptions } from './options.js';

export { inferReferenceDate } from './infer.js';
export { parseDateLine } from './dateline.js';
export { parseReferenceDate, WEEK_STARTS, type DateOptions, type Prefer, type WeekStart } from './options.js';

/** Finds every date mention in `text`; offsets are UTF-16 code units into `text`. */
export function findDateMentions(text: string, options: DateOptions = {}): DateMention[] {
  const reference = options.refDate ? parseReferenceDate(options.refDate) : null;
  if (options.refDate && !reference) throw new RangeError(`refDate "${options.refDate}" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
  const settings = { reference, weekStart: weekStartDay(options.weekStart), prefer: options.prefer ?? null };
  const analysis = analyse(text);
  return analysis.candidates.map((candidate) => toMention(analysis, candidate, settings));
}
