/**
 * What the recogniser makes of a mention before it is resolved: a small tree that says what the text fixes
 * (a month, a weekday, "three days ago") and leaves to the resolver what depends on the reference date.
 */
import type { Trail } from './grammar/rules.js';
import type { CalendarName, DayPart, HolidayName, Unit } from './lexicon.js';

/** -1 before now (الماضي), 0 the current one (الجاري), +1 after now (المقبل). */
export type Direction = -1 | 0 | 1;

/** A calendar date, possibly partial: fields the text leaves out are filled from the reference date. */
export interface CalendarSpec {
  calendar: CalendarName;
  year?: number;
  /** A Hijri month placed by a Gregorian year: "رمضان 2019" is the Ramadan that starts in 2019. */
  gregorianYear?: number;
  /** The year relative to the reference: العام الماضي (-1), هذا العام (0). */
  yearShift?: number;
  month?: number;
  /** The month relative to the reference when no month is named: الشهر المقبل (+1), هذا الشهر (0). */
  monthShift?: number;
  /** الماضي / الجاري / المقبل written after a named month: "18 مارس الماضي". */
  monthDirection?: Direction;
  /** Day of the month; -1 for the last one. */
  day?: number;
  /** A weekday written with the date; it also chooses the year when none is written. */
  weekday?: number;
}

export interface TimeSpec {
  hour: number;
  minute: number;
  second: number | null;
  grain: 'hour' | 'minute' | 'second';
  dayPart: DayPart | null;
  /** A 12-hour reading with no day part ("الساعة 3"): am or pm is chosen against the reference. */
  ambiguous: boolean;
  /** "Z" or "+03:00" when the text names the zone. */
  zone: string | null;
}

/** A time read with a part of the day (صباحا), no longer ambiguous: made field by field, as every time is (one shape). */
export function withDayPart(time: TimeSpec, dayPart: DayPart): TimeSpec {
  const { hour, minute, second, grain, zone } = time;
  return { hour, minute, second, grain, dayPart, ambiguous: false, zone };
}

export type Expr =
  /** A date, month or year; `hijri` is the Hijri date written alongside a Gregorian one (الموافق). */
  | { type: 'calendar'; spec: CalendarSpec; hijri?: CalendarSpec }
  /** اليوم، أمس، غدا، أول أمس; with the weekday written after it (اليوم السبت). */
  | { type: 'dayShift'; days: number; weekday?: number }
  | { type: 'now' }
  /** الأحد، الأحد الماضي (direction), أحد الأسبوع الماضي (weekShift). */
  | { type: 'weekday'; weekday: number; direction?: Direction; weekShift?: number }
  /** الأسبوع الماضي (shift -1), هذا العام (0), الأسابيع الثلاثة القادمة (+1, count 3). */
  | { type: 'period'; unit: Unit; shift: number; count: number }
  /** منذ 3 أيام (-3), بعد ساعتين (+2). */
  | { type: 'shift'; unit: Unit; amount: number }
  /** خلال أسبوعين: from the reference to that far ahead. */
  | { type: 'within'; unit: Unit; amount: number }
  /** لمدة ثلاثة أيام. */
  | { type: 'duration'; unit: Unit; amount: number }
  /** ثالث ثلاثاء من أيلول; `orDay` when the ordinal may also be the day of the month (الثلاثاء الثالث من …). */
  | { type: 'nthWeekday'; nth: number; weekday: number; month: CalendarSpec; orDay: boolean }
  /** الأسبوع الأول من أكتوبر: the weeks lying wholly in the month. */
  | { type: 'nthWeek'; nth: number; month: CalendarSpec }
  /** ثالث ثلاثاء بعد كريسماس. */
  | { type: 'weekdayAfter'; nth: number; weekday: number; anchor: Expr }
  | { type: 'holiday'; holiday: HolidayName; year?: number; yearCalendar?: CalendarName }
  /** A time of day, on a day when the text gives one; `lineDay` when that day is one said before it in its line. */
  | { type: 'time'; time: TimeSpec; day: Expr | null; lineDay?: boolean }
  | { type: 'timeRange'; from: TimeSpec; to: TimeSpec; day: Expr | null; lineDay?: boolean }
  /** الليلة (tonight), الليلة الماضية. */
  | { type: 'night'; days: number }
  | { type: 'range'; from: Expr; to: Expr }
  /** الربع الأول من 2024، النصف الثاني من القرن العشرين: the nth (-1 the last) of `parts` equal parts of a year or of years. */
  | { type: 'partOf'; parts: 2 | 4; nth: number; whole: Expr }
  /** الثمانينيات: a decade by its tens (8), in the century written with it (ثمانينيات القرن الماضي) or the latest one. */
  | { type: 'decade'; tens: number; century: Expr | null }
  /** القرن التاسع عشر، الألفية الثالثة: a century or millennium by its ordinal (the 19th century is 1801-1900). */
  | { type: 'century'; unit: 'century' | 'millennium'; nth: number }
  /**
   * A few units of time, not counted: قبل أيام (ago), بعد أشهر (later), في غضون أسابيع (within), الأيام الماضية
   * (past), السنوات المقبلة (coming). Its value is the span "a few" can mean, with mod approx.
   */
  | { type: 'vague'; unit: Unit; relation: VagueRelation };

export type VagueRelation = 'ago' | 'later' | 'within' | 'past' | 'coming';

export type Mod = 'early' | 'mid' | 'late' | 'since' | 'until' | 'approx';

/** A recognised mention: tokens [from, to) and what they say. */
export interface Candidate {
  from: number;
  to: number;
  expr: Expr;
  mod: Mod | null;
  /** The rules that built it, when explaining. */
  why?: Trail;
}
