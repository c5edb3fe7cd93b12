/**
 * The calendars besides the Gregorian one, from Node's own Intl data (ICU): the Hijri calendar as Umm al-Qura
 * (islamic-umalqura) and as the tabular (civil) reckoning, and the Solar Hijri calendar of Iran (persian).
 * Gregorian → other by formatting a day, other → Gregorian by finding the first day of the month and counting on.
 * No table of our own to keep in step with ICU.
 */
import type { Calendar, YearMonthDay } from './calendar.js';

const MS_PER_DAY = 86_400_000;
/** Steps from an estimate to a month's first day: each lands in the target month or a neighbour. */
const MAX_STEPS = 12;
/** The most formatted days a calendar keeps. */
const DAYS_KEPT = 4096;

interface MonthShape {
  /** An anchor for estimating month starts: the day number of the first day of `year`'s first month. */
  anchorDay: number;
  anchorYear: number;
  meanMonth: number;
  shortestMonth: number;
  longestMonth: number;
}

function icuCalendar(id: string, shape: MonthShape): Calendar {
  // Made at the first use, not at import: most pages name no Hijri or Persian date.
  let formatter: Intl.DateTimeFormat | null = null;
  // A formatted day is kept: ICU's formatToParts costs 3-12 µs a call, and the pages of a run name the same few days
  // (every partial Hijri date asks for the reference day's month).
  const days = new Map<number, YearMonthDay>();
  const fromDay = (day: number): YearMonthDay => {
    let found = days.get(day);
    if (!found) {
      if (days.size >= DAYS_KEPT) days.clear();
      found = formatDay(day);
      days.set(day, found);
    }
    return found;
  };
  const formatDay = (day: number): YearMonthDay => {
    formatter ??= new Intl.DateTimeFormat(`en-u-ca-${id}`, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    const parts: Record<string, number> = {};
    for (const part of formatter.formatToParts(new Date(day * MS_PER_DAY))) {
      if (part.type === 'year' || part.type === 'month' || part.type === 'day')
        parts[part.type] = Number.parseInt(part.value, 10);
    }
    return { year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0 };
  };
  const monthStarts = new Map<number, number>();
  /** Day number of day 1 of a month: estimate from the mean month, then step to the true start. */
  const monthStart = (year: number, month: number): number => {
    const index = year * 12 + (month - 1);
    const cached = monthStarts.get(index);
    if (cached !== undefined) return cached;
    let day = shape.anchorDay + Math.round((index - shape.anchorYear * 12) * shape.meanMonth);
    for (let step = 0; step < MAX_STEPS; step++) {
      const found = fromDay(day);
      const offset = found.year * 12 + (found.month - 1) - index;
      if (offset === 0) {
        day -= found.day - 1;
        break;
      }
      // Too late: back to the last day of the month before the one found. Too early: on past the found month's end.
      day =
        offset > 0
          ? day - found.day - (offset - 1) * shape.shortestMonth
          : day + shape.longestMonth + 1 - found.day + (-offset - 1) * shape.shortestMonth;
    }
    monthStarts.set(index, day);
    return day;
  };
  const calendar: Calendar = {
    toDay: (year, month, day) => monthStart(year, month) + day - 1,
    fromDay,
    monthLength: (year, month) => {
      const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
      return monthStart(next.y, next.m) - monthStart(year, month);
    },
  };
  return calendar;
}

/** 1 Muharram 1435 was 2013-11-04 (day 16013); a lunar month is 29.53 days. */
const LUNAR: MonthShape = {
  anchorDay: 16_013,
  anchorYear: 1435,
  meanMonth: 29.530588,
  shortestMonth: 29,
  longestMonth: 30,
};

/** The Hijri calendar as Umm al-Qura (Saudi Arabia's, and what most Arabic news means). */
export const hijri = icuCalendar('islamic-umalqura', LUNAR);
/** The tabular (civil) Hijri calendar, which some pages and software compute: a day or two off Umm al-Qura at times. */
export const tabularHijri = icuCalendar('islamic-civil', LUNAR);
/** The Solar Hijri calendar: 1 Farvardin 1400 was 2021-03-21 (day 18707); a month of 29 to 31 days. */
export const solarHijri = icuCalendar('persian', {
  anchorDay: 18_707,
  anchorYear: 1400,
  meanMonth: 30.436875,
  shortestMonth: 29,
  longestMonth: 31,
});
