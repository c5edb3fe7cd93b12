/**
 * The Hijri calendar as Umm al-Qura, from Node's own Intl data (ICU's islamic-umalqura): Gregorian → Hijri by
 * formatting a day, Hijri → Gregorian by finding the first day of the month and counting on. No table of our own
 * to keep in step with ICU.
 */
import type { Calendar, YearMonthDay } from './calendar.js';

const MS_PER_DAY = 86_400_000;
const MEAN_MONTH = 29.530588;
/** Day number of 1 Muharram 1435 (2013-11-04): the anchor for estimating other month starts. */
const ANCHOR_DAY = 16_013;
const ANCHOR_MONTH_INDEX = 1435 * 12;

const formatter = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function fromDay(day: number): YearMonthDay {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(day * MS_PER_DAY))) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day') parts[part.type] = Number.parseInt(part.value, 10);
  }
  return { year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0 };
}

const monthStarts = new Map<number, number>();

/** Day number of day 1 of a Hijri month: estimate from the mean month, then step to the true start. */
function monthStart(year: number, month: number): number {
  const index = year * 12 + (month - 1);
  const cached = monthStarts.get(index);
  if (cached !== undefined) return cached;
  let day = ANCHOR_DAY + Math.round((index - ANCHOR_MONTH_INDEX) * MEAN_MONTH);
  // A few steps at most: each lands in the target month or a neighbour and moves by the difference.
  for (let step = 0; step < 8; step++) {
    const found = fromDay(day);
    const offset = found.year * 12 + (found.month - 1) - index;
    if (offset === 0) {
      day -= found.day - 1;
      break;
    }
    // Too late: back to the last day of the month before the one found. Too early: on to the next month's start.
    day = offset > 0 ? day - found.day - (offset - 1) * 29 : day + 31 - found.day + (-offset - 1) * 29;
  }
  monthStarts.set(index, day);
  return day;
}

export const hijri: Calendar = {
  toDay: (year, month, day) => monthStart(year, month) + day - 1,
  fromDay,
  monthLength: (year, month) => {
    const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
    return monthStart(next.y, next.m) - monthStart(year, month);
  },
};
