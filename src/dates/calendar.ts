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
/** A Date holds the days within ±10^8 of 1970-01-01: past them it is NaN. */
const DATE_DAYS = 100_000_000;
/** The proleptic Gregorian calendar repeats every 400 years, of 146,097 days. */
const ERA_YEARS = 400;
const ERA_DAYS = 146_097;
/** Day 0 of the computation below (0000-03-01) is this many days before 1970-01-01. */
const EPOCH_SHIFT = 719_468;

/** A Date for the day numbers and years a Date cannot hold, and for values that are not integers. */
export const gregorianByDate: Calendar = {
  toDay: (year, month, day) => {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0-99 as they are
    return Math.round(date.getTime() / MS_PER_DAY);
  },
  fromDay: (day) => {
    const date = new Date(day * MS_PER_DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  },
  monthLength: (year, month) => gregorianByDate.toDay(year, month + 1, 1) - gregorianByDate.toDay(year, month, 1),
};

/** Within these bounds a Date holds every day the arithmetic below meets, and the two agree (tested). */
const ARITHMETIC_YEARS = 100_000;
const ARITHMETIC_MONTHS = 12_000;
const ARITHMETIC_DAYS = 10_000_000;
const within = (value: number, bound: number): boolean => Number.isInteger(value) && Math.abs(value) <= bound;

/**
 * Day numbers by arithmetic (H. Hinnant's days_from_civil and civil_from_days), equal to a Date's and several
 * times cheaper: each mention resolved asks for a few. Months and days past their ends roll over, as a Date's do.
 */
export const gregorian: Calendar = {
  toDay: (year, month, day) => {
    if (!within(year, ARITHMETIC_YEARS) || !within(month, ARITHMETIC_MONTHS) || !within(day, ARITHMETIC_DAYS))
      return gregorianByDate.toDay(year, month, day);
    // Years counted from March, so that February's leap day ends them.
    const monthIndex = month - 1;
    const fromMarch = (((monthIndex - 2) % 12) + 12) % 12;
    const y = year + Math.floor(monthIndex / 12) - (fromMarch >= 10 ? 1 : 0);
    const era = Math.floor(y / ERA_YEARS);
    const yearOfEra = y - era * ERA_YEARS;
    const dayOfYear = Math.floor((153 * fromMarch + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * ERA_DAYS + dayOfEra - EPOCH_SHIFT;
  },
  fromDay: (day) => {
    if (!within(day, DATE_DAYS)) return gregorianByDate.fromDay(day);
    const z = day + EPOCH_SHIFT;
    const era = Math.floor(z / ERA_DAYS);
    const dayOfEra = z - era * ERA_DAYS;
    const yearOfEra = Math.floor(
      (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
    );
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const fromMarch = Math.floor((5 * dayOfYear + 2) / 153);
    const month = fromMarch < 10 ? fromMarch + 3 : fromMarch - 9;
    const year = yearOfEra + era * ERA_YEARS + (month <= 2 ? 1 : 0);
    return { year, month, day: dayOfYear - Math.floor((153 * fromMarch + 2) / 5) + 1 };
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
