/**
 * Day arithmetic on "day numbers" (days since 1970-01-01) and the two calendars behind one interface, so that
 * resolving "26 شوال 1436" and "11 أغسطس 2015" is the same code.
 */
export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export interface Calendar {
  /** The day number of a date (day 1 of a month when `day` is 1). */
  toDay(year: number, month: number, day: number): number;
  fromDay(day: number): YearMonthDay;
  monthLength(year: number, month: number): number;
}

const MS_PER_DAY = 86_400_000;

export const gregorian: Calendar = {
  toDay: (year, month, day) => {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0-99 as they are
    return Math.round(date.getTime() / MS_PER_DAY);
  },
  fromDay: (day) => {
    const date = new Date(day * MS_PER_DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  },
  monthLength: (year, month) => gregorian.toDay(year, month + 1, 1) - gregorian.toDay(year, month, 1),
};

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day of the week holding `day`, weeks starting on `weekStart` (0 = Sunday … 6 = Saturday). */
export function weekStartOf(day: number, weekStart: number): number {
  return day - ((weekdayOf(day) - weekStart + 7) % 7);
}

/** Adds months to a (year, month) pair. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatDay(day: number): string {
  const { year, month, day: d } = gregorian.fromDay(day);
  return `${formatMonth(year, month)}-${pad(d)}`;
}

/** "HH:MM" or "HH:MM:SS" for a number of seconds into a day. */
export function formatClock(seconds: number, withSeconds: boolean): string {
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor((seconds % 3600) / 60);
  return withSeconds ? `${pad(hh)}:${pad(mm)}:${pad(seconds % 60)}` : `${pad(hh)}:${pad(mm)}`;
}

/** Western Easter Sunday of a year (the anonymous Gregorian computus), as a day number. */
export function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return gregorian.toDay(year, month, day);
}
