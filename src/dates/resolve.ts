/**
 * Turns a recognised expression into the fields of a mention: kind, grain, calendar, the Hijri date as written,
 * and the ISO value resolved against the reference date (null when it needs one and there is none).
 */
import type { DateMention } from '../record.js';
import { addMonths, easterDay, formatClock, formatDay, formatMonth, formatYear, gregorian, weekdayOf, weekStartOf, type Calendar } from './calendar.js';
import type { CalendarSpec, Expr, TimeSpec } from './expr.js';
import { hourOfDay } from './grammar/time.js';
import { hijri } from './hijri.js';
import type { CalendarName, HolidayName, Unit } from './lexicon.js';

type Grain = DateMention['grain'];
type Kind = DateMention['kind'];

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
  /** The Hijri date in ISO form for Hijri mentions. */
  hijri: string | null;
  /** When the resolution is coarser than the words (الآن against a reference with no time). */
  grain?: Grain;
}

const CALENDARS: Record<CalendarName, Calendar> = { gregorian, hijri };

const dayPoint = (day: number): Point => ({ day, seconds: null, precision: 'day', zone: null });
const monthPoint = (year: number, month: number): Point => ({ day: gregorian.toDay(year, month, 1), seconds: null, precision: 'month', zone: null });
const yearPoint = (year: number): Point => ({ day: gregorian.toDay(year, 1, 1), seconds: null, precision: 'year', zone: null });
const clockPoint = (day: number, seconds: number): Point => ({ day, seconds, precision: 'minute', zone: null });
const one = (start: Point, hijriDate: string | null = null): Resolved => ({ start, end: null, hijri: hijriDate });
const span = (start: Point, end: Point, hijriDate: string | null = null): Resolved => ({ start, end, hijri: hijriDate });
const pad2 = (n: number): string => String(n).padStart(2, '0');

export interface MentionFields {
  kind: Kind;
  value: string | null;
  grain: Grain;
  calendar: CalendarName;
  hijri: string | null;
}

export function describe(expr: Expr, resolution: Resolution): MentionFields {
  const resolved = resolve(expr, resolution);
  const value = expr.type === 'duration' ? formatDuration(expr.unit, expr.amount) : resolved ? formatValue(resolved) : null;
  return {
    kind: kindOf(expr),
    value,
    grain: resolved?.grain ?? grainOf(expr),
    calendar: calendarOf(expr),
    hijri: resolved?.hijri ?? null,
  };
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
      return expr.day ? 'datetime' : 'time';
    case 'range':
    case 'timeRange':
      return 'range';
    case 'nthWeekday':
    case 'nthWeek':
    case 'weekdayAfter':
    case 'holiday':
      return 'date';
    default:
      return 'relative';
  }
}

const UNIT_GRAIN: Record<Unit, Grain> = { minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' };

function grainOf(expr: Expr): Grain {
  switch (expr.type) {
    case 'calendar':
      if (expr.spec.day !== undefined || expr.spec.calendar === 'hijri') return 'day';
      return expr.spec.month !== undefined || expr.spec.monthShift !== undefined ? 'month' : 'year';
    case 'now':
      return 'second';
    case 'period':
    case 'duration':
      return UNIT_GRAIN[expr.unit];
    case 'shift':
      return expr.unit === 'week' ? 'day' : UNIT_GRAIN[expr.unit];
    case 'within':
      return expr.unit === 'hour' || expr.unit === 'minute' ? 'minute' : 'day';
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
    default:
      return 'day';
  }
}

const ISLAMIC_HOLIDAYS: Partial<Record<HolidayName, [month: number, day: number]>> = {
  'eid-al-fitr': [10, 1],
  'eid-al-adha': [12, 10],
  'islamic-new-year': [1, 1],
  mawlid: [3, 12],
  ashura: [1, 10],
  arafah: [12, 9],
};

function calendarOf(expr: Expr): CalendarName {
  switch (expr.type) {
    case 'calendar':
      return expr.hijri ? 'hijri' : expr.spec.calendar;
    case 'holiday':
      return ISLAMIC_HOLIDAYS[expr.holiday] ? 'hijri' : 'gregorian';
    case 'range':
      return calendarOf(expr.from) === 'hijri' && calendarOf(expr.to) === 'hijri' ? 'hijri' : 'gregorian';
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
      return expr.type === 'nthWeek' ? nthWeek(expr.nth, month, r.weekStart) : nthWeekday(expr.nth, expr.weekday, expr.orDay, month);
    }
    case 'weekdayAfter': {
      const anchor = resolve(expr.anchor, r);
      if (anchor?.start.day === null || anchor?.start.day === undefined) return null;
      const first = anchor.start.day + ((expr.weekday - weekdayOf(anchor.start.day) + 7) % 7 || 7);
      return one(dayPoint(first + 7 * (expr.nth - 1)));
    }
    default:
      return ref ? resolveRelative(expr, ref, r) : null;
  }
}

/** Mentions that need the reference: اليوم، الأحد، الأسبوع الماضي، منذ 3 أيام، الليلة. */
function resolveRelative(expr: Expr, ref: Reference, r: Resolution): Resolved | null {
  switch (expr.type) {
    case 'dayShift': {
      let day = ref.day + expr.days;
      // "اليوم السبت" when the reference is not a Saturday: the Saturday nearest to it.
      if (expr.weekday !== undefined) day += ((expr.weekday - weekdayOf(day) + 10) % 7) - 3;
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
      if (expr.unit === 'hour' || expr.unit === 'minute') {
        const end = shifted(expr.unit, expr.amount, ref);
        return end ? span(start, end.start) : null;
      }
      return span(start, dayPoint(unitEnd(expr.unit, expr.amount, ref.day) - 1));
    }
    case 'night': {
      const day = ref.day + expr.days;
      return span(clockPoint(day, 18 * 3600), clockPoint(day, 23 * 3600));
    }
    default:
      return null;
  }
}

function weekdayDay(weekday: number, direction: number | undefined, weekShift: number | undefined, ref: Reference, r: Resolution): number {
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

/** `count` whole weeks, months, years or days: the ones just before (shift < 0), current (0), or just after. */
function periodSpan(unit: Unit, shift: number, count: number, ref: Reference, weekStart: number): Resolved | null {
  const first = shift < 0 ? shift - count + 1 : shift;
  const last = shift < 0 ? shift : shift + count - 1;
  const { year, month } = gregorian.fromDay(ref.day);
  switch (unit) {
    case 'day':
      return first === last ? one(dayPoint(ref.day + first)) : span(dayPoint(ref.day + first), dayPoint(ref.day + last));
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
      return first === last ? one(yearPoint(year + first)) : span(yearPoint(year + first), yearPoint(year + last));
    default:
      return null;
  }
}

/** The reference moved by an amount of a unit (منذ 3 أيام، بعد ساعتين), at the unit's grain. */
function shifted(unit: Unit, amount: number, ref: Reference): Resolved | null {
  const { year, month } = gregorian.fromDay(ref.day);
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
  return { calendar, year: place.year, month: place.month, first, last: first + calendar.monthLength(place.year, place.month) - 1 };
}

/**
 * The year (and month) a partial date falls in. A written year wins; then العام الماضي/هذا العام; then
 * الماضي/الجاري/المقبل after the month; then the lean (tense or preference): the nearest such month not after
 * (past) or not before (future) the reference month. A weekday written with the date may move it a year.
 */
function placeMonth(spec: CalendarSpec, calendar: Calendar, r: Resolution): { year: number; month?: number } | null {
  const ref = r.reference;
  const today = ref ? calendar.fromDay(ref.day) : null;
  if (spec.month === undefined) {
    if (spec.monthShift !== undefined || spec.day !== undefined) return today ? addMonths(today.year, today.month, spec.monthShift ?? 0) : null;
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
    if (weekdayOf(dayIn(calendar, year, month, spec.day)) !== spec.weekday && weekdayOf(dayIn(calendar, other, month, spec.day)) === spec.weekday) year = other;
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

function resolveCalendar(spec: CalendarSpec, r: Resolution, writtenHijri?: CalendarSpec): Resolved | null {
  const calendar = CALENDARS[spec.calendar];
  const place = placeMonth(spec, calendar, r);
  if (!place) return null;
  const isHijri = spec.calendar === 'hijri';
  if (place.month === undefined) {
    if (!isHijri) return one(yearPoint(place.year));
    return span(dayPoint(hijri.toDay(place.year, 1, 1)), dayPoint(hijri.toDay(place.year + 1, 1, 1) - 1), String(place.year));
  }
  const { year, month } = place;
  const length = calendar.monthLength(year, month);
  if (spec.day === undefined) {
    if (!isHijri) return one(monthPoint(year, month));
    const first = hijri.toDay(year, month, 1);
    return span(dayPoint(first), dayPoint(first + length - 1), `${year}-${pad2(month)}`);
  }
  const day = spec.day === -1 ? length : spec.day;
  if (day > length) return null;
  const number = calendar.toDay(year, month, day);
  const written = isHijri ? { year, month, day } : writtenHijri ? hijriAsWritten(writtenHijri, number) : null;
  return one(dayPoint(number), written ? `${written.year}-${pad2(written.month)}-${pad2(written.day)}` : null);
}

/** The Hijri side of a pair as written, its missing fields taken from the Gregorian day. */
function hijriAsWritten(spec: CalendarSpec, gregorianDay: number): { year: number; month: number; day: number } {
  const computed = hijri.fromDay(gregorianDay);
  return { year: spec.year ?? computed.year, month: spec.month ?? computed.month, day: spec.day ?? computed.day };
}

function nthWeekday(nth: number, weekday: number, orDay: boolean, month: MonthSpan): Resolved | null {
  if (orDay && month.first + nth - 1 <= month.last && weekdayOf(month.first + nth - 1) === weekday) return one(dayPoint(month.first + nth - 1));
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

/** The days a holiday falls on in a Gregorian year (an Islamic one may fall twice). */
function holidayDays(holiday: HolidayName, year: number): number[] {
  const islamic = ISLAMIC_HOLIDAYS[holiday];
  if (islamic) {
    const first = hijri.fromDay(gregorian.toDay(year, 1, 1)).year;
    return [first, first + 1].map((hy) => hijri.toDay(hy, islamic[0], islamic[1])).filter((day) => gregorian.fromDay(day).year === year);
  }
  if (holiday === 'easter') return [easterDay(year)];
  return [holiday === 'christmas' ? gregorian.toDay(year, 12, 25) : gregorian.toDay(year, 1, 1)];
}

function resolveHoliday(holiday: HolidayName, year: number | undefined, yearCalendar: CalendarName | undefined, r: Resolution): Resolved | null {
  const islamic = ISLAMIC_HOLIDAYS[holiday];
  let day: number | undefined;
  if (year !== undefined) {
    day = yearCalendar === 'hijri' && islamic ? hijri.toDay(year, islamic[0], islamic[1]) : holidayDays(holiday, year)[0];
  } else if (r.reference) {
    const ref = r.reference.day;
    const thisYear = gregorian.fromDay(ref).year;
    const days = [thisYear - 1, thisYear, thisYear + 1].flatMap((y) => holidayDays(holiday, y));
    day = r.lean() < 0 ? days.filter((d) => d <= ref).pop() : days.find((d) => d >= ref);
  }
  if (day === undefined) return null;
  const h = islamic ? hijri.fromDay(day) : null;
  return one(dayPoint(day), h ? `${h.year}-${pad2(h.month)}-${pad2(h.day)}` : null);
}

function resolveTime(time: TimeSpec, dayExpr: Expr | null, r: Resolution): Resolved | null {
  const ref = r.reference;
  let day: number | null = ref?.day ?? null;
  if (dayExpr) {
    const resolved = resolve(dayExpr, r);
    if (!resolved || resolved.end || resolved.start.day === null) return null;
    day = resolved.start.day;
  }
  let hour = hourOfDay(time);
  // "الساعة 3" on the reference day: 03:00 or 15:00, whichever lies on the side the sentence leans to.
  if (time.ambiguous && !dayExpr && ref?.seconds !== null && ref?.seconds !== undefined && hour < 12) {
    const clock = (h: number) => h * 3600 + time.minute * 60;
    const [early, late] = [clock(hour), clock(hour + 12)];
    hour = r.lean() > 0 ? (early >= ref.seconds ? hour : late >= ref.seconds ? hour + 12 : hour) : late <= ref.seconds ? hour + 12 : hour;
  }
  const seconds = hour * 3600 + time.minute * 60 + (time.second ?? 0);
  return one({ day, seconds, precision: time.second !== null ? 'second' : 'minute', zone: time.zone });
}

function resolveRange(from: Expr, to: Expr, r: Resolution): Resolved | null {
  const start = resolve(from, r);
  let end = resolve(to, r);
  if (!start || !end) return null;
  // "من شهر سبتمبر إلى يوليو": an end written without a year comes after the start, in the next year if need be.
  if (to.type === 'calendar' && to.spec.year === undefined && to.spec.yearShift === undefined && to.spec.gregorianYear === undefined) {
    const [first, last] = [start.start.day, end.start.day];
    if (first !== null && last !== null && last < first) {
      end = resolveCalendar({ ...to.spec, year: CALENDARS[to.spec.calendar].fromDay(first).year + 1 }, r) ?? end;
    }
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

const DURATION_DESIGNATORS: Record<Unit, string> = { minute: 'TM', hour: 'TH', day: 'D', week: 'W', month: 'M', year: 'Y' };

function formatValue(resolved: Resolved): string {
  const start = formatPoint(resolved.start);
  return resolved.end ? `${start}/${formatPoint(resolved.end)}` : start;
}

/** ISO 8601 duration: P3D, P2W, PT2H. */
function formatDuration(unit: Unit, amount: number): string {
  const designator = DURATION_DESIGNATORS[unit];
  return designator.startsWith('T') ? `PT${amount}${designator.slice(1)}` : `P${amount}${designator}`;
}
