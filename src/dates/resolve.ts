/**
 * Turns a recognised expression into the fields of a mention: kind, grain, calendar, the Hijri date as written,
 * and the ISO value resolved against the reference date (null when it needs one and there is none).
 */
import type { DateMention, Warning } from '../record.js';
import {
  addMonths,
  easterDay,
  formatClock,
  formatDay,
  formatMonth,
  formatYear,
  gregorian,
  weekdayOf,
  weekStartOf,
  type Calendar,
} from './calendar.js';
import type { CalendarSpec, Expr, TimeSpec, VagueRelation } from './expr.js';
import { hourOfDay } from './grammar/time.js';
import { hijri, solarHijri, tabularHijri } from './hijri.js';
import type { CalendarName, HolidayName, Unit } from './lexicon.js';

type Grain = DateMention['grain'];
type Kind = DateMention['kind'];
type MentionCalendar = DateMention['calendar'];

export interface Reference {
  /** Day number (days since 1970-01-01). */
  day: number;
  /** Seconds into the day when the reference has a time. */
  seconds: number | null;
}

export interface Resolution {
  reference: Reference | null;
  /** 0 = Sunday … 6 = Saturday. */
  weekStart: number;
  /** How a mention with no explicit direction leans: the sentence's tense, else the preference, else past. */
  lean: () => -1 | 1;
  /** Reports a doubt about the mention's value (a weekday that does not agree with its date). */
  warn: (warning: Warning) => void;
}

/** One end of a value and how precisely it is written. */
interface Point {
  /** Day number; null for a time of day with no day known. */
  day: number | null;
  seconds: number | null;
  precision: 'year' | 'month' | 'day' | 'minute' | 'second';
  zone: string | null;
}

interface Resolved {
  start: Point;
  end: Point | null;
  /** The Hijri (or Solar Hijri) date in ISO form, as written. */
  hijri: string | null;
  /** When the resolution is coarser than the words (الآن against a reference with no time). */
  grain?: Grain;
  /** The reckoning that agrees with what is written, when it is not the calendar's usual one (tabular Hijri). */
  calendar?: MentionCalendar;
}

const CALENDARS: Record<CalendarName, Calendar> = { gregorian, hijri, persian: solarHijri };

const dayPoint = (day: number): Point => ({ day, seconds: null, precision: 'day', zone: null });
const monthPoint = (year: number, month: number): Point => ({
  day: gregorian.toDay(year, month, 1),
  seconds: null,
  precision: 'month',
  zone: null,
});
const yearPoint = (year: number): Point => ({
  day: gregorian.toDay(year, 1, 1),
  seconds: null,
  precision: 'year',
  zone: null,
});
const clockPoint = (day: number, seconds: number): Point => ({ day, seconds, precision: 'minute', zone: null });
const one = (start: Point, hijriDate: string | null = null): Resolved => ({ start, end: null, hijri: hijriDate });
const span = (start: Point, end: Point, hijriDate: string | null = null): Resolved => ({
  start,
  end,
  hijri: hijriDate,
});
const yearSpan = (first: number, last: number): Resolved =>
  first === last ? one(yearPoint(first)) : span(yearPoint(first), yearPoint(last));
const pad2 = (n: number): string => String(n).padStart(2, '0');
const isoDate = (date: { year: number; month: number; day: number }): string =>
  `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;

/** Years an ISO value can hold: a shift or a count that leaves them ("منذ ثلاثة آلاف عام") has no value. */
const ISO_YEARS = { min: 1, max: 9999 };

/** A vague count of units (قبل أيام، منذ عدة أسابيع): at least two and, as بضعة says, fewer than ten. */
const FEW = { least: 2, most: 9 };

/** How many years a unit longer than a year spans. */
const YEARS_IN: Partial<Record<Unit, number>> = { decade: 10, century: 100, millennium: 1000 };

export interface MentionFields {
  kind: Kind;
  value: string | null;
  grain: Grain;
  calendar: MentionCalendar;
  hijri: string | null;
}

export function describe(expr: Expr, resolution: Resolution): MentionFields {
  const resolved = resolve(expr, resolution);
  const value =
    expr.type === 'duration'
      ? formatDuration(expr.unit, expr.amount)
      : resolved && inIsoYears(resolved)
        ? formatValue(resolved)
        : null;
  return {
    kind: kindOf(expr),
    value,
    grain: resolved?.grain ?? grainOf(expr),
    calendar: resolved?.calendar ?? calendarOf(expr),
    hijri: resolved?.hijri ?? null,
  };
}

function inIsoYears(resolved: Resolved): boolean {
  return [resolved.start, resolved.end].every((p) => {
    if (p?.day === null || p?.day === undefined) return true;
    const { year } = gregorian.fromDay(p.day);
    return year >= ISO_YEARS.min && year <= ISO_YEARS.max;
  });
}

function kindOf(expr: Expr): Kind {
  switch (expr.type) {
    case 'calendar':
      if (expr.spec.day !== undefined) return 'date';
      return expr.spec.month !== undefined || expr.spec.monthShift !== undefined ? 'month' : 'year';
    case 'weekday':
      return 'weekday';
    case 'duration':
      return 'duration';
    case 'time':
      // A time whose day is the one before it in its line is written as a time: its value has that day.
      return expr.day && !expr.lineDay ? 'datetime' : 'time';
    case 'range':
    case 'timeRange':
      return 'range';
    case 'nthWeekday':
    case 'nthWeek':
    case 'weekdayAfter':
    case 'holiday':
      return 'date';
    case 'partOf':
    case 'decade':
    case 'century':
      return 'period';
    default:
      return 'relative';
  }
}

const UNIT_GRAIN: Record<Unit, Grain> = {
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  decade: 'decade',
  century: 'century',
  millennium: 'millennium',
};

function grainOf(expr: Expr): Grain {
  switch (expr.type) {
    case 'calendar':
      if (expr.spec.day !== undefined || expr.spec.calendar !== 'gregorian') return 'day';
      return expr.spec.month !== undefined || expr.spec.monthShift !== undefined ? 'month' : 'year';
    case 'now':
      return 'second';
    case 'period':
    case 'duration':
    case 'vague':
      return UNIT_GRAIN[expr.unit];
    case 'shift':
      return expr.unit === 'week' ? 'day' : expr.unit in YEARS_IN ? 'year' : UNIT_GRAIN[expr.unit];
    case 'within':
      return expr.unit === 'hour' || expr.unit === 'minute' ? 'minute' : expr.unit in YEARS_IN ? 'year' : 'day';
    case 'nthWeek':
      return 'week';
    case 'time':
      return expr.time.grain;
    case 'timeRange':
      return expr.to.grain;
    case 'night':
      return 'hour';
    case 'range':
      return grainOf(expr.to);
    case 'partOf':
      // A quarter or half of one year; a part of a century is years.
      return isOneYear(expr.whole) ? (expr.parts === 4 ? 'quarter' : 'half') : 'year';
    case 'decade':
      return 'decade';
    case 'century':
      return expr.unit;
    default:
      return 'day';
  }
}

/** Whether an expression names one year (عام 2024، العام الجاري). */
function isOneYear(expr: Expr): boolean {
  if (expr.type === 'calendar') return expr.spec.month === undefined && expr.spec.day === undefined;
  return expr.type === 'period' && expr.unit === 'year' && expr.count === 1;
}

const ISLAMIC_HOLIDAYS: Partial<Record<HolidayName, [month: number, day: number]>> = {
  'eid-al-fitr': [10, 1],
  'eid-al-adha': [12, 10],
  'islamic-new-year': [1, 1],
  mawlid: [3, 12],
  ashura: [1, 10],
  arafah: [12, 9],
};

/** How a calendar is named in a mention: the Hijri one as Umm al-Qura (hijri), Iran's as solar-hijri. */
const MENTION_CALENDARS: Record<CalendarName, MentionCalendar> = {
  gregorian: 'gregorian',
  hijri: 'hijri',
  persian: 'solar-hijri',
};

function calendarOf(expr: Expr): MentionCalendar {
  switch (expr.type) {
    case 'calendar':
      return MENTION_CALENDARS[expr.hijri ? expr.hijri.calendar : expr.spec.calendar];
    case 'holiday':
      return ISLAMIC_HOLIDAYS[expr.holiday] ? 'hijri' : 'gregorian';
    case 'range': {
      const from = calendarOf(expr.from);
      return from === calendarOf(expr.to) ? from : 'gregorian';
    }
    case 'time':
    case 'timeRange':
      return expr.day ? calendarOf(expr.day) : 'gregorian';
    default:
      return 'gregorian';
  }
}

function resolve(expr: Expr, r: Resolution): Resolved | null {
  const ref = r.reference;
  switch (expr.type) {
    case 'calendar':
      return resolveCalendar(expr.spec, r, expr.hijri);
    case 'holiday':
      return resolveHoliday(expr.holiday, expr.year, expr.yearCalendar, r);
    case 'range':
      return resolveRange(expr.from, expr.to, r);
    case 'time':
      return resolveTime(expr.time, expr.day, r);
    case 'timeRange': {
      const from = resolveTime(expr.from, expr.day, r);
      const to = resolveTime(expr.to, expr.day, r);
      return from && to ? span(from.start, to.start) : null;
    }
    case 'nthWeekday':
    case 'nthWeek': {
      const month = monthSpan(expr.month, r);
      if (!month) return null;
      return expr.type === 'nthWeek'
        ? nthWeek(expr.nth, month, r.weekStart)
        : nthWeekday(expr.nth, expr.weekday, expr.orDay, month);
    }
    case 'weekdayAfter': {
      const anchor = resolve(expr.anchor, r);
      if (anchor?.start.day === null || anchor?.start.day === undefined) return null;
      const first = anchor.start.day + ((expr.weekday - weekdayOf(anchor.start.day) + 7) % 7 || 7);
      return one(dayPoint(first + 7 * (expr.nth - 1)));
    }
    case 'partOf':
      return resolvePartOf(expr.parts, expr.nth, expr.whole, r);
    case 'decade':
      return resolveDecade(expr.tens, expr.century, r);
    case 'century': {
      const length = expr.unit === 'century' ? 100 : 1000;
      return yearSpan(length * (expr.nth - 1) + 1, length * expr.nth);
    }
    default:
      return ref ? resolveRelative(expr, ref, r) : null;
  }
}

/** Mentions that need the reference: اليوم، الأحد، الأسبوع الماضي، منذ 3 أيام، الليلة، قبل أيام. */
function resolveRelative(expr: Expr, ref: Reference, r: Resolution): Resolved | null {
  switch (expr.type) {
    case 'dayShift': {
      let day = ref.day + expr.days;
      if (expr.weekday !== undefined) {
        // "اليوم السبت" when the reference is not a Saturday: the Saturday nearest to it…
        day += ((expr.weekday - weekdayOf(day) + 10) % 7) - 3;
        // …but "أمس الخميس" is never after the reference nor "غدا الخميس" before it. The reference day itself is
        // allowed: a page dated Thursday says "غدا الخميس" when it was written on the eve.
        if (expr.days < 0 && day > ref.day) day -= 7;
        if (expr.days > 0 && day < ref.day) day += 7;
      }
      return one(dayPoint(day));
    }
    case 'now':
      return ref.seconds === null
        ? { ...one(dayPoint(ref.day)), grain: 'day' }
        : one({ day: ref.day, seconds: ref.seconds, precision: 'second', zone: null });
    case 'weekday':
      return one(dayPoint(weekdayDay(expr.weekday, expr.direction, expr.weekShift, ref, r)));
    case 'period':
      return periodSpan(expr.unit, expr.shift, expr.count, ref, r.weekStart);
    case 'shift':
      return shifted(expr.unit, expr.amount, ref);
    case 'within': {
      const start = ref.seconds === null ? dayPoint(ref.day) : clockPoint(ref.day, ref.seconds);
      const end = within(expr.unit, expr.amount, ref);
      return end ? span(start, end) : null;
    }
    case 'vague':
      return vagueSpan(expr.unit, expr.relation, ref);
    case 'night': {
      const day = ref.day + expr.days;
      return span(clockPoint(day, 18 * 3600), clockPoint(day, 23 * 3600));
    }
    default:
      return null;
  }
}

function weekdayDay(
  weekday: number,
  direction: number | undefined,
  weekShift: number | undefined,
  ref: Reference,
  r: Resolution,
): number {
  if (weekShift !== undefined) {
    const start = weekStartOf(ref.day, r.weekStart) + 7 * weekShift;
    return start + ((weekday - r.weekStart + 7) % 7);
  }
  // A past-tense "الأحد" may be today; "الأحد الماضي" and any future one are not.
  if ((direction ?? r.lean()) < 0) {
    const back = (weekdayOf(ref.day) - weekday + 7) % 7;
    return ref.day - (back === 0 && direction !== undefined ? 7 : back);
  }
  return ref.day + ((weekday - weekdayOf(ref.day) + 7) % 7 || 7);
}

/** The first and last year of the period of `unit` holding `year`: 2020-2029, 2001-2100 (the 21st century), 2001-3000. */
function periodOfYear(unit: Unit, year: number): [number, number] {
  const length = YEARS_IN[unit] ?? 1;
  // Decades go by their digits (the 2020s); centuries and millennia by their ordinal, from year 1.
  const first = unit === 'decade' ? year - (year % 10) : Math.floor((year - 1) / length) * length + 1;
  return [first, first + length - 1];
}

/** `count` whole units: the ones just before (shift < 0), the current one (0), or the ones just after. */
function periodSpan(unit: Unit, shift: number, count: number, ref: Reference, weekStart: number): Resolved | null {
  const first = shift < 0 ? shift - count + 1 : shift;
  const last = shift < 0 ? shift : shift + count - 1;
  const { year, month } = gregorian.fromDay(ref.day);
  switch (unit) {
    case 'day':
      return first === last
        ? one(dayPoint(ref.day + first))
        : span(dayPoint(ref.day + first), dayPoint(ref.day + last));
    case 'week': {
      const start = weekStartOf(ref.day, weekStart);
      return span(dayPoint(start + 7 * first), dayPoint(start + 7 * last + 6));
    }
    case 'month': {
      const point = (offset: number): Point => {
        const m = addMonths(year, month, offset);
        return monthPoint(m.year, m.month);
      };
      return first === last ? one(point(first)) : span(point(first), point(last));
    }
    case 'year':
      return yearSpan(year + first, year + last);
    case 'decade':
      // "العقدين الماضيين" are the twenty years before this one; "العقد المقبل" the ten after it.
      if (shift !== 0) return shift < 0 ? yearSpan(year + 10 * first, year - 1) : yearSpan(year + 1, year + 10 * last);
      return yearSpan(...periodOfYear(unit, year));
    case 'century':
    case 'millennium': {
      const length = YEARS_IN[unit] as number;
      const [start] = periodOfYear(unit, year);
      return yearSpan(start + length * first, start + length * (last + 1) - 1);
    }
    default:
      return null;
  }
}

/** The reference moved by an amount of a unit (منذ 3 أيام، بعد ساعتين، منذ عقدين), at the unit's grain. */
function shifted(unit: Unit, amount: number, ref: Reference): Resolved | null {
  const { year, month } = gregorian.fromDay(ref.day);
  const years = YEARS_IN[unit];
  if (years) return one(yearPoint(year + amount * years));
  switch (unit) {
    case 'day':
    case 'week':
      return one(dayPoint(ref.day + amount * (unit === 'week' ? 7 : 1)));
    case 'month': {
      const m = addMonths(year, month, amount);
      return one(monthPoint(m.year, m.month));
    }
    case 'year':
      return one(yearPoint(year + amount));
    default: {
      if (ref.seconds === null) return null;
      const total = ref.seconds + amount * (unit === 'hour' ? 3600 : 60);
      const day = ref.day + Math.floor(total / 86_400);
      return one(clockPoint(day, ((total % 86_400) + 86_400) % 86_400));
    }
  }
}

/** The last point `amount` units after the reference (خلال شهرين: the day before two months on). */
function within(unit: Unit, amount: number, ref: Reference): Point | null {
  if (unit === 'hour' || unit === 'minute') return shifted(unit, amount, ref)?.start ?? null;
  const years = YEARS_IN[unit];
  if (years) return yearPoint(gregorian.fromDay(ref.day).year + amount * years);
  return dayPoint(unitEnd(unit, amount, ref.day) - 1);
}

/** The day number `amount` units after `day` (خلال شهرين: two months on). */
function unitEnd(unit: Unit, amount: number, day: number): number {
  const date = gregorian.fromDay(day);
  switch (unit) {
    case 'week':
      return day + 7 * amount;
    case 'month':
    case 'year': {
      const m = addMonths(date.year, date.month, unit === 'year' ? 12 * amount : amount);
      return gregorian.toDay(m.year, m.month, Math.min(date.day, gregorian.monthLength(m.year, m.month)));
    }
    default:
      return day + amount;
  }
}

/**
 * A few units from now, as the span "a few" can mean (FEW): قبل أيام is 2 to 9 days ago, في غضون أشهر from now to 9
 * months on, الأيام الماضية the 9 days before today, السنوات المقبلة the 9 years after this one.
 */
function vagueSpan(unit: Unit, relation: VagueRelation, ref: Reference): Resolved | null {
  const at = (amount: number): Point | null => shifted(unit, amount, ref)?.start ?? null;
  // The span just past or to come ends or starts one step from now: a day, a month or a year (for decades too).
  const step = (sign: -1 | 1): Point | null =>
    YEARS_IN[unit] ? (shifted('year', sign, ref)?.start ?? null) : at(sign);
  const [from, to] = {
    ago: [at(-FEW.most), at(-FEW.least)],
    later: [at(FEW.least), at(FEW.most)],
    within: [ref.seconds === null ? dayPoint(ref.day) : clockPoint(ref.day, ref.seconds), within(unit, FEW.most, ref)],
    past: [at(-FEW.most), step(-1)],
    coming: [step(1), at(FEW.most)],
  }[relation];
  return from && to ? span(from, to) : null;
}

interface MonthSpan {
  calendar: Calendar;
  year: number;
  month: number;
  first: number;
  last: number;
}

function monthSpan(spec: CalendarSpec, r: Resolution): MonthSpan | null {
  const calendar = CALENDARS[spec.calendar];
  const place = placeMonth(spec, calendar, r);
  if (!place || place.month === undefined) return null;
  const first = calendar.toDay(place.year, place.month, 1);
  return {
    calendar,
    year: place.year,
    month: place.month,
    first,
    last: first + calendar.monthLength(place.year, place.month) - 1,
  };
}

/**
 * The year (and month) a partial date falls in. A written year wins; then العام الماضي/هذا العام; then
 * الماضي/الجاري/المقبل after the month; then the lean (tense or preference): the nearest such month not after
 * (past) or not before (future) the reference month. A weekday written with the date picks, of that year and the
 * next one the lean points to, the one where the date falls on that weekday.
 */
function placeMonth(spec: CalendarSpec, calendar: Calendar, r: Resolution): { year: number; month?: number } | null {
  const ref = r.reference;
  const today = ref ? calendar.fromDay(ref.day) : null;
  if (spec.month === undefined) {
    if (spec.monthShift !== undefined || spec.day !== undefined)
      return today ? addMonths(today.year, today.month, spec.monthShift ?? 0) : null;
    if (spec.year !== undefined) return { year: spec.year };
    return today && spec.yearShift !== undefined ? { year: today.year + spec.yearShift } : null;
  }
  const month = spec.month;
  if (spec.year !== undefined) return { year: spec.year, month };
  if (spec.gregorianYear !== undefined) return hijriMonthInGregorianYear(month, spec.gregorianYear);
  if (!today || !ref) return null;
  if (spec.yearShift !== undefined) return { year: today.year + spec.yearShift, month };
  const explicit = spec.monthDirection;
  const lean = explicit ?? r.lean();
  let year = today.year;
  if (explicit === -1 || explicit === 1) {
    const after = spec.day !== undefined ? dayIn(calendar, year, month, spec.day) > ref.day : month > today.month;
    const before = spec.day !== undefined ? dayIn(calendar, year, month, spec.day) < ref.day : month < today.month;
    if (explicit === -1 && !before) year--;
    if (explicit === 1 && !after) year++;
  } else if (lean === -1 && month > today.month) year--;
  else if (lean === 1 && month < today.month) year++;
  if (spec.weekday !== undefined && spec.day !== undefined && explicit === undefined) {
    const other = year + lean;
    if (
      weekdayOf(dayIn(calendar, year, month, spec.day)) !== spec.weekday &&
      weekdayOf(dayIn(calendar, other, month, spec.day)) === spec.weekday
    )
      year = other;
  }
  return { year, month };
}

/** A day of a month, the last day standing for -1 and for a day past the month's end. */
function dayIn(calendar: Calendar, year: number, month: number, day: number): number {
  const length = calendar.monthLength(year, month);
  return calendar.toDay(year, month, day === -1 ? length : Math.min(day, length));
}

/** "رمضان 2019": the Hijri month that starts in that Gregorian year. */
function hijriMonthInGregorianYear(month: number, year: number): { year: number; month: number } {
  const first = hijri.fromDay(gregorian.toDay(year, 1, 1)).year;
  const startsInYear = (hy: number) => gregorian.fromDay(hijri.toDay(hy, month, 1)).year === year;
  return { year: startsInYear(first) ? first : first + 1, month };
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function resolveCalendar(spec: CalendarSpec, r: Resolution, writtenOther?: CalendarSpec): Resolved | null {
  const calendar = CALENDARS[spec.calendar];
  const place = placeMonth(spec, calendar, r);
  if (!place) return null;
  const other = spec.calendar !== 'gregorian';
  if (place.month === undefined) {
    if (!other) return one(yearPoint(place.year));
    return span(
      dayPoint(calendar.toDay(place.year, 1, 1)),
      dayPoint(calendar.toDay(place.year + 1, 1, 1) - 1),
      String(place.year),
    );
  }
  const { year, month } = place;
  const length = calendar.monthLength(year, month);
  if (spec.day === undefined) {
    if (!other) return one(monthPoint(year, month));
    const first = calendar.toDay(year, month, 1);
    return span(dayPoint(first), dayPoint(first + length - 1), `${year}-${pad2(month)}`);
  }
  const day = spec.day === -1 ? length : spec.day;
  if (day > length) return null;
  const written = { year, month, day };
  if (spec.calendar === 'hijri') return hijriDay(written, spec.weekday, r);
  const number = calendar.toDay(year, month, day);
  if (spec.weekday !== undefined && weekdayOf(number) !== spec.weekday) warnWeekday(r, spec.weekday, number);
  if (spec.calendar === 'persian') return one(dayPoint(number), isoDate(written));
  if (!writtenOther) return one(dayPoint(number));
  const pair = otherAsWritten(writtenOther, number);
  return {
    ...one(dayPoint(number), isoDate(pair.date)),
    ...(pair.tabular ? { calendar: 'hijri-tabular' as const } : {}),
  };
}

/**
 * A Hijri day by Umm al-Qura; by the tabular reckoning when only that one puts it on the weekday written with it
 * (a weekday that agrees with neither is reported).
 */
function hijriDay(
  written: { year: number; month: number; day: number },
  weekday: number | undefined,
  r: Resolution,
): Resolved {
  const ummAlQura = hijri.toDay(written.year, written.month, written.day);
  const resolved = one(dayPoint(ummAlQura), isoDate(written));
  if (weekday === undefined || weekdayOf(ummAlQura) === weekday) return resolved;
  const tabular = tabularHijri.toDay(written.year, written.month, written.day);
  if (weekdayOf(tabular) === weekday) return { ...one(dayPoint(tabular), isoDate(written)), calendar: 'hijri-tabular' };
  warnWeekday(r, weekday, ummAlQura);
  return resolved;
}

function warnWeekday(r: Resolution, weekday: number, day: number): void {
  r.warn({
    code: 'date-weekday-mismatch',
    message: `the weekday written (${WEEKDAY_NAMES[weekday]}) does not agree with the date: ${formatDay(day)} is a ${WEEKDAY_NAMES[weekdayOf(day)]}`,
  });
}

/**
 * The other-calendar side of a pair as written, its missing fields taken from the Gregorian day; `tabular` when the
 * written Hijri date is that day by the tabular reckoning and not by Umm al-Qura.
 */
function otherAsWritten(
  spec: CalendarSpec,
  gregorianDay: number,
): { date: { year: number; month: number; day: number }; tabular: boolean } {
  const calendar = CALENDARS[spec.calendar];
  const computed = calendar.fromDay(gregorianDay);
  const date = { year: spec.year ?? computed.year, month: spec.month ?? computed.month, day: spec.day ?? computed.day };
  const complete =
    spec.calendar === 'hijri' &&
    spec.year !== undefined &&
    spec.month !== undefined &&
    spec.day !== undefined &&
    spec.day > 0;
  const tabular =
    complete &&
    hijri.toDay(date.year, date.month, date.day) !== gregorianDay &&
    tabularHijri.toDay(date.year, date.month, date.day) === gregorianDay;
  return { date, tabular };
}

function nthWeekday(nth: number, weekday: number, orDay: boolean, month: MonthSpan): Resolved | null {
  if (orDay && month.first + nth - 1 <= month.last && weekdayOf(month.first + nth - 1) === weekday)
    return one(dayPoint(month.first + nth - 1));
  const day =
    nth === -1
      ? month.last - ((weekdayOf(month.last) - weekday + 7) % 7)
      : month.first + ((weekday - weekdayOf(month.first) + 7) % 7) + 7 * (nth - 1);
  return day <= month.last ? one(dayPoint(day)) : null;
}

/** The nth of the weeks lying wholly inside the month. */
function nthWeek(nth: number, month: MonthSpan, weekStart: number): Resolved | null {
  let start: number;
  if (nth === -1) {
    start = weekStartOf(month.last, weekStart);
    if (start + 6 > month.last) start -= 7;
  } else {
    start = weekStartOf(month.first, weekStart);
    if (start < month.first) start += 7;
    start += 7 * (nth - 1);
  }
  return start >= month.first && start + 6 <= month.last ? span(dayPoint(start), dayPoint(start + 6)) : null;
}

/**
 * The nth of `parts` equal parts of a whole: of one year, its months (the first quarter is January to March); of
 * several years (a century), its years (the first half of the 20th century is 1901-1950).
 */
function resolvePartOf(parts: number, nth: number, whole: Expr, r: Resolution): Resolved | null {
  const resolved = resolve(whole, r);
  if (!resolved || resolved.start.day === null) return null;
  const index = nth === -1 ? parts - 1 : nth - 1;
  const first = gregorian.fromDay(resolved.start.day).year;
  if (isOneYear(whole)) {
    const months = 12 / parts;
    return span(monthPoint(first, 1 + months * index), monthPoint(first, months * (index + 1)));
  }
  const lastDay = resolved.end?.day ?? resolved.start.day;
  const length = gregorian.fromDay(lastDay).year - first + 1;
  if (length % parts !== 0) return null;
  const size = length / parts;
  return yearSpan(first + size * index, first + size * (index + 1) - 1);
}

/**
 * A decade by its tens: in the century written with it (the 80s of the 20th century, 1901-2000, are 1980-1989),
 * else the latest such decade that has begun by the reference year (none without a reference).
 */
function resolveDecade(tens: number, century: Expr | null, r: Resolution): Resolved | null {
  if (century) {
    const resolved = resolve(century, r);
    if (!resolved || resolved.start.day === null) return null;
    const hundreds = Math.floor(gregorian.fromDay(resolved.start.day).year / 100) * 100;
    return yearSpan(hundreds + tens * 10, hundreds + tens * 10 + 9);
  }
  if (!r.reference) return null;
  const year = gregorian.fromDay(r.reference.day).year;
  let start = Math.floor(year / 100) * 100 + tens * 10;
  if (start > year) start -= 100;
  return yearSpan(start, start + 9);
}

/** The days a holiday falls on in a Gregorian year (an Islamic one may fall twice). */
function holidayDays(holiday: HolidayName, year: number): number[] {
  const islamic = ISLAMIC_HOLIDAYS[holiday];
  if (islamic) {
    const first = hijri.fromDay(gregorian.toDay(year, 1, 1)).year;
    return [first, first + 1]
      .map((hy) => hijri.toDay(hy, islamic[0], islamic[1]))
      .filter((day) => gregorian.fromDay(day).year === year);
  }
  if (holiday === 'easter') return [easterDay(year)];
  return [holiday === 'christmas' ? gregorian.toDay(year, 12, 25) : gregorian.toDay(year, 1, 1)];
}

function resolveHoliday(
  holiday: HolidayName,
  year: number | undefined,
  yearCalendar: CalendarName | undefined,
  r: Resolution,
): Resolved | null {
  const islamic = ISLAMIC_HOLIDAYS[holiday];
  let day: number | undefined;
  if (year !== undefined) {
    day =
      yearCalendar === 'hijri' && islamic ? hijri.toDay(year, islamic[0], islamic[1]) : holidayDays(holiday, year)[0];
  } else if (r.reference) {
    const ref = r.reference.day;
    const thisYear = gregorian.fromDay(ref).year;
    const days = [thisYear - 1, thisYear, thisYear + 1].flatMap((y) => holidayDays(holiday, y));
    day = r.lean() < 0 ? days.filter((d) => d <= ref).pop() : days.find((d) => d >= ref);
  }
  if (day === undefined) return null;
  return one(dayPoint(day), islamic ? isoDate(hijri.fromDay(day)) : null);
}

function resolveTime(time: TimeSpec, dayExpr: Expr | null, r: Resolution): Resolved | null {
  const ref = r.reference;
  let day: number | null = ref?.day ?? null;
  let written: Resolved | null = null;
  if (dayExpr) {
    written = resolve(dayExpr, r);
    if (!written || written.end || written.start.day === null) return null;
    day = written.start.day;
  }
  let hour = hourOfDay(time);
  // "الساعة 3" on the reference day: 03:00 or 15:00, whichever lies on the side the sentence leans to.
  if (time.ambiguous && !dayExpr && ref?.seconds !== null && ref?.seconds !== undefined && hour < 12) {
    const clock = (h: number) => h * 3600 + time.minute * 60;
    const [early, late] = [clock(hour), clock(hour + 12)];
    hour =
      r.lean() > 0
        ? early >= ref.seconds
          ? hour
          : late >= ref.seconds
            ? hour + 12
            : hour
        : late <= ref.seconds
          ? hour + 12
          : hour;
  }
  const seconds = hour * 3600 + time.minute * 60 + (time.second ?? 0);
  const point: Point = { day, seconds, precision: time.second !== null ? 'second' : 'minute', zone: time.zone };
  // The day's calendar as written goes with it: "1 رمضان 1440 هـ الساعة 10" is a Hijri date-time.
  return { ...one(point, written?.hijri ?? null), ...(written?.calendar ? { calendar: written.calendar } : {}) };
}

function resolveRange(from: Expr, to: Expr, r: Resolution): Resolved | null {
  const start = resolve(from, r);
  let end = resolve(to, r);
  if (!start || !end) return null;
  const [first, last] = [start.start.day, end.start.day];
  // "من شهر سبتمبر إلى يوليو": an end written without a year comes after the start, in the next year if need be.
  if (
    to.type === 'calendar' &&
    to.spec.year === undefined &&
    to.spec.yearShift === undefined &&
    to.spec.gregorianYear === undefined
  ) {
    if (first !== null && last !== null && last < first) {
      end = resolveCalendar({ ...to.spec, year: CALENDARS[to.spec.calendar].fromDay(first).year + 1 }, r) ?? end;
    }
  }
  // "من الأحد إلى الخميس"، "يومي الأحد والاثنين": the end weekday is the first one after the start; a past pair
  // ends by the reference.
  if (
    to.type === 'weekday' &&
    to.direction === undefined &&
    to.weekShift === undefined &&
    first !== null &&
    !start.end
  ) {
    let day = first + ((to.weekday - weekdayOf(first) + 7) % 7 || 7);
    let startDay = first;
    const ref = r.reference?.day;
    if (
      from.type === 'weekday' &&
      from.direction === undefined &&
      from.weekShift === undefined &&
      ref !== undefined &&
      r.lean() < 0 &&
      day > ref
    ) {
      day -= 7;
      startDay -= 7;
    }
    return span(dayPoint(startDay), dayPoint(day));
  }
  const hijriSpan = start.hijri && end.hijri ? `${start.hijri}/${end.hijri}` : null;
  return span(start.start, end.end ?? end.start, hijriSpan);
}

function formatPoint(p: Point): string {
  const clock = (): string => `${formatClock(p.seconds ?? 0, p.precision === 'second')}${p.zone ?? ''}`;
  if (p.day === null) return `T${clock()}`;
  const { year, month } = gregorian.fromDay(p.day);
  switch (p.precision) {
    case 'year':
      return formatYear(year);
    case 'month':
      return formatMonth(year, month);
    case 'day':
      return formatDay(p.day);
    default:
      return `${formatDay(p.day)}T${clock()}`;
  }
}

function formatValue(resolved: Resolved): string {
  const start = formatPoint(resolved.start);
  return resolved.end ? `${start}/${formatPoint(resolved.end)}` : start;
}

const DURATION_DESIGNATORS: Record<Unit, string> = {
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  week: 'W',
  month: 'M',
  year: 'Y',
  decade: 'Y',
  century: 'Y',
  millennium: 'Y',
};

/** ISO 8601 duration: P3D, P2W, PT2H; decades and centuries in years (P20Y), as ISO has no unit for them. */
function formatDuration(unit: Unit, amount: number): string {
  const designator = DURATION_DESIGNATORS[unit];
  const count = amount * (YEARS_IN[unit] ?? 1);
  return designator.startsWith('T') ? `PT${count}${designator.slice(1)}` : `P${count}${designator}`;
}
