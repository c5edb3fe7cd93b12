/**
 * The date engine: finds date and time expressions in Arabic text, normalises them and resolves
 * relative ones against a reference date. Used by `extract` for every record and by `arnews dates`.
 *
 * The pass: normalise (text/normalize) → tokens with their lexicon entries (tokens) → the longest grammar match
 * at each token (recognise, grammar/*) → kind, grain and ISO value against the reference (resolve).
 */
import type { DateMention, Warning } from '../record.js';
import { analyse, toMention, type Analysis } from './analyse.js';
import { parseDateLine, readUpdateStamp } from './dateline.js';
import { formatTrail } from './grammar/rules.js';
import { weekStartDay, type DateOptions } from './options.js';
import { readReferenceDate, REFERENCE_FORMS } from './reference.js';
import type { Reference } from './resolve.js';

export { analyse, type Analysis } from './analyse.js';
export { inferReferenceDate } from './infer.js';
export { parseDateLine, readUpdateStamp };
export { RULES } from './grammar/rules.js';
export { parseReferenceDate, type DateOptions, type Prefer, type WeekStart } from './options.js';
export type { Reference } from './resolve.js';
export { readReferenceDate };
export { readMetadataDate, type MetadataDate } from './metadata.js';

/** What the engine reads in a text: its mentions, and its doubts about their values. */
export interface DateReading {
  mentions: DateMention[];
  /** A weekday written with a date that falls on another day (`date-weekday-mismatch`), naming the mention. */
  warnings: Warning[];
  /** With `explain`: for each mention, the rules that built it, as a tree ("written-date(day-number, month-name)"). */
  rules?: string[];
}

/**
 * Reads the date mentions of `text`; offsets are UTF-16 code units into `text`. `refDate` is one of REFERENCE_FORMS;
 * another string is a RangeError.
 */
export function readDates(text: string, options: DateOptions & { explain?: boolean } = {}): DateReading {
  return readAnalysis(analyse(text, options.explain ?? false), options);
}

/**
 * readDates on a text analysed once by `analyse`: extract analyses each title and body once, infers a reference
 * from the analyses when it has none (inferReferenceDate takes them too), and reads the mentions from them.
 */
export function readAnalysis(analysis: Analysis, options: DateOptions & { explain?: boolean } = {}): DateReading {
  const { refDate } = options;
  const reference =
    typeof refDate === 'string' && refDate ? keptReference(refDate) : typeof refDate === 'object' ? refDate : null;
  if (typeof refDate === 'string' && refDate && !reference)
    throw new RangeError(`refDate "${refDate}" is not a date: give ${REFERENCE_FORMS}`);
  const settings = { reference, weekStart: weekStartDay(options.weekStart), prefer: options.prefer ?? null };
  const warnings: Warning[] = [];
  const mentions = analysis.candidates.map((candidate) => toMention(analysis, candidate, settings, warnings));
  if (!options.explain) return { mentions, warnings };
  return { mentions, warnings, rules: analysis.candidates.map((c) => (c.why ? formatTrail(c.why) : '')) };
}

/** The last reference string read, and what it gave: a caller passes the same one with every text it reads. */
let lastRefDate = '';
let lastReference: Reference | null = null;

/** readReferenceDate, read again only when the string changes (1.2 µs a call, a third of a short text's pass). */
function keptReference(refDate: string): Reference | null {
  if (refDate !== lastRefDate) {
    lastReference = readReferenceDate(refDate);
    lastRefDate = refDate;
  }
  return lastReference;
}

/** Finds every date mention in `text` (readDates without its warnings). */
export function findDateMentions(text: string, options: DateOptions = {}): DateMention[] {
  return readDates(text, options).mentions;
}

/** A day ends with a digit ("… 12 مارس 2024", "… 12/03/2024"): only such texts are read for one. */
const ENDS_WITH_DIGIT = /\d\s*$/u;
/** The kinds of mention that name a day. */
const DAY_KINDS: ReadonlySet<string> = new Set(['date', 'datetime']);

/**
 * Where the day that a text ends with starts ("الزمالك يحسم موقف زيزو14 مارس 2025": a list's item and the day it was
 * posted), or -1 where the text ends with none.
 */
export function trailingDayStart(text: string): number {
  const end = text.trimEnd().length;
  if (!ENDS_WITH_DIGIT.test(text)) return -1;
  const last = findDateMentions(text.slice(0, end)).at(-1);
  return last && last.end === end && DAY_KINDS.has(last.kind) ? last.start : -1;
}
