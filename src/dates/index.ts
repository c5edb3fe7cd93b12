/**
 * The date engine: finds date and time expressions in Arabic text, normalises them and resolves
 * relative ones against a reference date. Used by `extract` for every record and by `arnews dates`.
 */
import type { DateMention } from '../record.js';

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

/** Finds every date mention in `text`; offsets are UTF-16 code units into `text`. */
export function findDateMentions(_text: string, _options: DateOptions = {}): DateMention[] {
  return [];
}

/**
 * Infers an article's date from its own texts when nothing else gives one: explicit years plus
 * الجاري/الماضي and weekday cues. Returns null when the evidence is too thin.
 */
export function inferReferenceDate(_texts: string[]): { date: string; evidence: string } | null {
  return null;
}

/** Parses a date line or metadata string ("الإثنين، 24 أغسطس 2020 09:23 ص") to ISO, or null. */
export function parseDateLine(_line: string): string | null {
  return null;
}
