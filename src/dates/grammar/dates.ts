/**
 * Calendar dates: "7 أكتوبر 2023", "الجمعة 24 أوت 2012", "مارس/ آذار 2025", "2025/12/25", "November 9, 2020",
 * "26 شوال 1436 هـ الموافق 11 اغسطس 2015 م", "2 تير 1399", years ("عام 2018", "1445هـ", "2017-2021", "عام ألفين
 * وأربعة وعشرين"), holidays and "the nth weekday of a month".
 */
import type { CalendarSpec, Direction, Expr } from '../expr.js';
import type { CalendarName, MonthNeeds } from '../lexicon.js';
import type { TokenList } from '../tokens.js';
import { adjectiveAt, cardinal, dayOfMonth, fourDigitYear, gluedToPrevious, ordinal, yearInWords } from './numbers.js';
import { built, longest, withValue, type Match } from './rules.js';

export interface Scan {
  t: TokenList;
  /** Whether a bare month or year at i may stand alone as a date: after في، منذ… or joined to the mention before. */
  standsAlone(i: number, forYear: boolean): boolean;
}

const GREGORIAN_YEARS = { min: 1000, max: 2999 };
/** Years a Hijri date is written with: 1300 AH is 1882. */
const HIJRI_YEARS = { min: 1300, max: 1600 };
/** Years a Solar Hijri date is written with: 1300 SH is 1921, 1404 SH is 2025. */
const SOLAR_YEARS = { min: 1300, max: 1499 };
/** A year standing alone (في 2018) is read as one only in this range: beyond it, it is more likely a count. */
const BARE_YEARS = { min: 1900, max: 2100 };

interface MonthName {
  calendar: CalendarName;
  month: number;
  needs?: MonthNeeds;
}

/** A month name, with the same month named again in another region's word: أكتوبر/تشرين الأول، مارس (آذار). */
export function monthName(t: TokenList, i: number): Match<MonthName> | null {
  const first = t.lex(i, 'month');
  if (!first) return null;
  const { calendar, month, needs } = first.lexeme;
  const same = (j: number) => t.lex(j, 'month', (m) => m.calendar === calendar && m.month === month);
  let end = first.end;
  if (t.punct(end, '/')) end = same(end + 1)?.end ?? end;
  else if (t.punct(end, '(')) {
    const inner = same(end + 1);
    if (inner && t.punct(inner.end, ')')) end = inner.end + 1;
  } else end = same(end)?.end ?? end;
  return built('month-name', end, { calendar, month, needs });
}

type YearPart = Pick<CalendarSpec, 'year' | 'gregorianYear' | 'yearShift'> & { era: CalendarName | null };

/** The year after a month: "2025", "من عام 2014", "لعام 2014", "1436 هـ", "من العام الماضي", "السنة القادمة". */
function yearAfterMonth(t: TokenList, i: number, calendar: CalendarName): Match<YearPart> | null {
  let j = t.marker(i, 'of')?.end ?? i;
  const thisYear = t.lex(j, 'this');
  const word = t.lex(thisYear ? thisYear.end : j, 'unit', (u) => u.unit === 'year' && u.count === 1);
  if (thisYear) return word?.lexeme.definite ? built('relative-year', word.end, { yearShift: 0, era: null }) : null;
  if (word) {
    j = word.end;
    const direction = word.lexeme.definite ? t.lex(j, 'direction') : null;
    if (direction) return built('relative-year', direction.end, { yearShift: direction.lexeme.shift, era: null });
  }
  return yearNumber(t, j, calendar, word !== null);
}

/**
 * A year and its era mark, read in the month's calendar (a Hijri month may take a Gregorian year): four digits, or
 * words after عام or سنة (`named`).
 */
function yearNumber(t: TokenList, i: number, calendar: CalendarName, named: boolean): Match<YearPart> | null {
  const found = writtenYear(t, i, named);
  if (!found) return null;
  const { value, words, era } = found;
  const end = era ? era.end : found.after;
  const written = era?.lexeme.calendar ?? null;
  const yearCalendar: CalendarName =
    written ??
    (calendar === 'hijri' && value <= HIJRI_YEARS.max
      ? 'hijri'
      : calendar === 'persian' && value <= SOLAR_YEARS.max
        ? 'persian'
        : 'gregorian');
  if (yearCalendar !== 'gregorian') {
    const bounds = yearCalendar === 'hijri' ? HIJRI_YEARS : SOLAR_YEARS;
    if (value < bounds.min || value > bounds.max || yearCalendar !== calendar) return null;
    return built('year-number', end, { year: value, era: yearCalendar }, words);
  }
  if (calendar === 'persian') return null;
  return built(
    'year-number',
    end,
    calendar === 'hijri' ? { gregorianYear: value, era: written } : { year: value, era: written },
    words,
  );
}

/** A year in four digits, or in words where `named` (after عام or سنة): its value, where it ends, and its era mark. */
function writtenYear(t: TokenList, i: number, named: boolean) {
  const digits = fourDigitYear(t, i, GREGORIAN_YEARS.min, GREGORIAN_YEARS.max);
  const words = digits === null && named ? yearInWords(t, i, GREGORIAN_YEARS.min, GREGORIAN_YEARS.max) : null;
  const value = digits ?? words?.value;
  if (value === undefined) return null;
  const after = words ? words.end : i + 1;
  return { value, words, after, era: t.lex(after, 'era') };
}

/** A weekday written before a date: "الجمعة"، "يوم الاثنين في"، "الخميس الموافق"، "الأربعاء،"، "Tuesday,"، "دوشنبه". */
function weekdayBeforeDate(t: TokenList, i: number): Match<number> | null {
  const day = t.lex(i, 'unit', (u) => u.unit === 'day' && u.count === 1 && !u.definite);
  const weekday = t.lex(day ? day.end : i, 'weekday', (w) => !w.bare || w.beforeDate === true);
  if (!weekday) return null;
  let end = weekday.end;
  if (t.punct(end, '،', ',', '-')) end++;
  end = t.marker(end, 'corresponding')?.end ?? end;
  end = t.marker(end, 'of')?.end ?? end;
  return built('weekday-before-date', end, weekday.lexeme.weekday);
}

/**
 * A date, month or year-month, possibly after a weekday and before a Hijri/Gregorian counterpart. A month alone
 * needs a reason to be a date: a year, الماضي/المقبل, the word شهر, or a context word before it (scan.standsAlone).
 */
export function calendarDate(scan: Scan, i: number, withCounterpart = true): Match<Expr> | null {
  const { t } = scan;
  const weekday = weekdayBeforeDate(t, i);
  const start = weekday ? weekday.end : i;
  const body =
    numericDate(t, start, weekday !== null) ?? longest([monthDayYear(t, start), writtenDate(scan, start, true)]);
  if (!body) return null;
  const spec: CalendarSpec = weekday ? { ...body.value.spec, weekday: weekday.value } : body.value.spec;
  if (weekday && spec.day === undefined) return null;
  const date = weekday
    ? built('calendar-date', body.end, { type: 'calendar', spec } as Expr, weekday, body)
    : withValue<Expr>(body, { type: 'calendar', spec });
  return withCounterpart ? withOtherCalendar(scan, date, body.value.era) : date;
}

interface DateBody {
  spec: CalendarSpec;
  era: CalendarName | null;
}

/**
 * "7 أكتوبر 2023"، "الرابع من ابريل"، "مارس الماضي"، "شهر 3"، "الشهر التاسع"، "رمضان 2019"، "9 Nov 2020"، "14 منه". A
 * month alone needs a reason to be a date (`needsReason`) unless the caller already has one (الثالث من أكتوبر).
 */
function writtenDate(scan: Scan, i: number, needsReason: boolean): Match<DateBody> | null {
  const { t } = scan;
  const day = dayOfMonth(t, i);
  let j = day ? day.end : i;
  // 03-أغسطس-2012, 08/ديسمبر/2009, "13 - أبريل - 2025": the numeric form's separators around a month name, the
  // same on both sides (then the year must follow).
  const separator = day !== null ? separatorAt(t, j) : undefined;
  const dashed = separator !== undefined;
  if (day) j = t.marker(j, 'of')?.end ?? (dashed ? j + 1 : j);
  const relative = day ? relativeMonth(t, j) : null;
  if (day && relative) {
    return built(
      'day-of-relative-month',
      relative.end,
      { spec: { ...relative.value, day: day.value }, era: null },
      day,
      relative,
    );
  }
  const ofReference = day && !dashed ? dayOfReferenceMonth(scan, i, day) : null;
  if (ofReference) return ofReference;
  const monthWord = t.lex(j, 'unit', (u) => u.unit === 'month' && u.count === 1);
  const named = monthName(t, monthWord ? monthWord.end : j);
  const month = named ?? (monthWord ? monthByNumber(t, monthWord.end, monthWord.lexeme.definite) : null);
  if (!month) return null;
  const calendar = month.value.calendar;
  const spec: CalendarSpec = { calendar, month: month.value.month, ...(day ? { day: day.value } : {}) };
  let end = month.end;
  let era: CalendarName | null = null;
  // "21 يونيو، 2018" (Arabic WordPress): a comma between a day's month and its year.
  const commaYear = day && !dashed && t.punct(end, '،', ',') ? yearAfterMonth(t, end + 1, calendar) : null;
  const year = yearAfterMonth(t, dashed && sameSeparator(t, end, separator) ? end + 1 : end, calendar) ?? commaYear;
  if (dashed && !year) return null;
  if (year) {
    const { era: yearEra, ...fields } = year.value;
    Object.assign(spec, fields);
    era = yearEra;
    end = year.end;
  } else {
    const found = t.lex(end, 'direction');
    if (found) {
      spec.monthDirection = found.lexeme.shift as Direction;
      end = found.end;
    }
  }
  const needs = named?.value.needs;
  // صفر is "zero" as often as Safar ("3 صفر" is a score), تير and مهر are Arabic words: they need a year or the
  // word شهر (a Persian month with its day is enough on a Persian page); "May" needs a day or a year.
  if (needs === 'year' && !year && !monthWord && !(calendar === 'persian' && day && t.persian)) return null;
  if (needs === 'day-or-year' && !year && !day) return null;
  const confirmed = day || year || spec.monthDirection !== undefined || monthWord;
  if (!confirmed && needsReason && !scan.standsAlone(i, false)) return null;
  return built('written-date', end, { spec, era }, day, month, year);
}

/** "بتاريخ 14 منه"، "يوم 14 الجاري": a day of the reference month, after a word that makes the number a day. */
function dayOfReferenceMonth(scan: Scan, i: number, day: Match<number>): Match<DateBody> | null {
  const { t } = scan;
  const current = t.marker(day.end, 'ofIt') ?? t.lex(day.end, 'direction', (d) => d.shift === 0);
  if (!current) return null;
  const dayWord = t.knows(i - 1, 'unit') && t.stem(i - 1) === 'يوم';
  if (!dayWord && !scan.standsAlone(i, false)) return null;
  return built(
    'day-of-reference-month',
    current.end,
    { spec: { calendar: 'gregorian', monthShift: 0, day: day.value }, era: null },
    day,
  );
}

/** "November 9, 2020"، "ديسمبر 25, 2020": the month first, then the day and (for an Arabic name, always) the year. */
function monthDayYear(t: TokenList, i: number): Match<DateBody> | null {
  const month = monthName(t, i);
  if (!month || month.value.calendar !== 'gregorian' || t.kind(month.end) !== 'number') return null;
  const day = dayOfMonth(t, month.end);
  if (!day) return null;
  const comma = t.punct(day.end, ',', '،') ? day.end + 1 : day.end;
  const year = fourDigitYear(t, comma, BARE_YEARS.min, BARE_YEARS.max);
  const spec: CalendarSpec = { calendar: 'gregorian', month: month.value.month, day: day.value };
  if (year !== null) return built('month-day-year', comma + 1, { spec: { ...spec, year }, era: null }, month, day);
  // "يوليو 13-15" is a range; a Latin "November 9" is a date of its own.
  if (month.value.needs !== 'day-or-year' || t.punct(day.end, '-', '–')) return null;
  return built('month-day-year', day.end, { spec, era: null }, month, day);
}

/** The separators of a numeric date ("03-08-2012", "08/12/2009") that may stand around a month's name too. */
const NUMERIC_SEPARATORS = ['-', '/'] as const;

/** A separator as it stands: glued to both its sides ("13-أبريل-2025") or spaced from both ("13 - أبريل - 2025"). */
interface Separator {
  mark: string;
  spaced: boolean;
}

/** The separator at token i when its two sides are alike; a dash spaced on one side only joins no date's parts. */
function separatorAt(t: TokenList, i: number): Separator | undefined {
  const mark = NUMERIC_SEPARATORS.find((candidate) => t.punct(i, candidate));
  if (mark === undefined || t.spaced(i) !== t.spaced(i + 1)) return undefined;
  return { mark, spaced: t.spaced(i) };
}

/** Whether token i is the separator the date's day stood with, standing the same way. */
function sameSeparator(t: TokenList, i: number, separator: Separator): boolean {
  const at = separatorAt(t, i);
  return at !== undefined && at.mark === separator.mark && at.spaced === separator.spaced;
}

/** "شهر 3"، "شهر عشرة"، "الشهر التاسع": a Gregorian month by its number. */
function monthByNumber(t: TokenList, i: number, definite: boolean): Match<MonthName> | null {
  const number = definite ? ordinal(t, i) : cardinal(t, i);
  if (!number || number.value < 1 || number.value > 12) return null;
  return built('month-by-number', number.end, { calendar: 'gregorian', month: number.value, needs: undefined }, number);
}

/**
 * After a date, the same day in the other calendar: "1436 هـ الموافق 11 اغسطس 2015 م", "15 رجب 1442هـ 27 فبراير
 * 2021م", "27 من شعبان 1432 ( 29 يوليوز2011 )". One of the two is Gregorian: its value is the date as written.
 */
function withOtherCalendar(scan: Scan, date: Match<Expr>, era: CalendarName | null): Match<Expr> {
  const { t } = scan;
  if (date.value.type !== 'calendar') return date;
  let j = date.end;
  const bracketed = t.punct(j, '(');
  // A dash after a whole date, before a date of the other calendar, writes one day twice ("15 يونيو 2024 - 9 ذو
  // الحجة 1445"), era or none: no range runs from one calendar into the other.
  const dashed = t.punct(j, '-', '–') && date.value.spec.year !== undefined;
  if (bracketed || t.punct(j, '-', '،', ',', '/')) j++;
  const corresponding = t.marker(j, 'corresponding');
  if (!corresponding && !bracketed && !dashed && era === null) return date;
  const other = calendarDate(scan, corresponding ? corresponding.end : j, false);
  if (other?.value.type !== 'calendar' || other.value.spec.calendar === date.value.spec.calendar) return date;
  if (date.value.spec.calendar !== 'gregorian' && other.value.spec.calendar !== 'gregorian') return date;
  if (bracketed && !t.punct(other.end, ')')) return date;
  const end = bracketed ? other.end + 1 : other.end;
  const [written, gregorian] =
    date.value.spec.calendar === 'gregorian'
      ? [other.value.spec, date.value.spec]
      : [date.value.spec, other.value.spec];
  const weekday = date.value.spec.weekday;
  const spec = weekday === undefined ? gregorian : { ...gregorian, weekday };
  return built('other-calendar', end, { type: 'calendar', spec, hijri: written }, date, other);
}

/** The separators of a numeric date: 08/12/2009, 2017-04-29, 17.03.2020. */
export const NUMERIC_DATE_SEPARATORS: readonly string[] = ['/', '-', '.'];

/**
 * Numeric dates: D/M/Y as Arabic news writes them (and M/D/Y when the middle number cannot be a month), Y-M-D,
 * D.M.Y, M/Y; D/M without a year only after a weekday. Never glued to more numbers and separators, so a phone
 * number or a long run of digits and slashes is no date. A year of 1300-1499 in Persian digits or on a Persian
 * page is Solar Hijri (۱۴۰۲/۰۵/۱۲); otherwise a year of 1300-1600 is Hijri.
 */
function numericDate(t: TokenList, i: number, afterWeekday: boolean): Match<DateBody> | null {
  if (t.kind(i) !== 'number' || gluedToPrevious(t, i)) return null;
  const separator = t.kind(i + 1) === 'punct' ? t.text(i + 1) : '';
  if (!NUMERIC_DATE_SEPARATORS.includes(separator) || t.kind(i + 2) !== 'number') return null;
  // A full stop is a separator only when nothing is spaced: "17.03.2020".
  const tight = (k: number) => separator !== '.' || (!t.spaced(k) && !t.spaced(k + 1));
  if (!tight(i + 1)) return null;
  const [a, b] = [t.value(i), t.value(i + 2)];
  if (t.punct(i + 3, separator) && t.kind(i + 4) === 'number' && tight(i + 3)) {
    // A fourth number joined the same way makes no date ("13-04-2025-10"); one past a spaced dash is the
    // time's ("13-04-2025 - 10:30 م").
    if (t.punct(i + 5, separator) && t.kind(i + 6) === 'number' && !(t.spaced(i + 5) && t.spaced(i + 6))) return null;
    const c = t.value(i + 4);
    const era = t.lex(i + 5, 'era');
    const yearAt = t.width(i) === 4 ? i : t.width(i + 4) === 4 ? i + 4 : -1;
    const parts = yearAt === i ? { year: a, month: b, day: c } : yearAt > i ? dayMonthOrder(a, b, c) : null;
    const body =
      parts &&
      numericSpec(
        parts.year,
        parts.month,
        parts.day,
        era?.lexeme.calendar ?? null,
        () => t.persianDigits(yearAt) || t.persian,
      );
    return body ? built('numeric-date', era ? era.end : i + 5, body) : null;
  }
  if (separator !== '/' || (t.punct(i + 3, '/', '-', '.') && t.kind(i + 4) === 'number')) return null;
  if (t.width(i + 2) === 4 && t.width(i) <= 2) {
    const body = numericSpec(
      b,
      a,
      undefined,
      t.lex(i + 3, 'era')?.lexeme.calendar ?? null,
      () => t.persianDigits(i + 2) || t.persian,
    );
    return body ? built('numeric-month', i + 3, body) : null;
  }
  if (afterWeekday && t.width(i) <= 2 && t.width(i + 2) <= 2 && a >= 1 && a <= 31 && b >= 1 && b <= 12) {
    return built('numeric-day-month', i + 3, { spec: { calendar: 'gregorian', month: b, day: a }, era: null });
  }
  return null;
}

/** D/M/Y, or M/D/Y when the middle number is no month but the first is. */
function dayMonthOrder(a: number, b: number, year: number): { year: number; month: number; day: number } | null {
  if (b >= 1 && b <= 12) return { year, month: b, day: a };
  if (a >= 1 && a <= 12) return { year, month: a, day: b };
  return null;
}

/** The calendar a numeric date's year puts it in; `persian` tells whether it is written the Iranian way. */
function numericSpec(
  year: number,
  month: number,
  day: number | undefined,
  era: CalendarName | null,
  persian: () => boolean,
): DateBody | null {
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return null;
  const solar = era === 'persian' || (era === null && year >= SOLAR_YEARS.min && year <= SOLAR_YEARS.max && persian());
  const hijri = !solar && (era === 'hijri' || (era === null && year >= HIJRI_YEARS.min && year <= HIJRI_YEARS.max));
  const calendar: CalendarName = solar ? 'persian' : hijri ? 'hijri' : 'gregorian';
  const bounds = solar ? SOLAR_YEARS : hijri ? HIJRI_YEARS : BARE_YEARS;
  if (year < bounds.min || year > bounds.max) return null;
  const spec: CalendarSpec = { calendar, year, month, ...(day !== undefined ? { day } : {}) };
  return { spec, era };
}

/** "عام 2018"، "سنة ٢٠٢٠"، "1445هـ"، "2017-2021"، "عام ألفين وأربعة وعشرين", and a bare year where it stands alone (في 2018). */
export function yearExpr(scan: Scan, i: number): Match<Expr> | null {
  const { t } = scan;
  const word = t.lex(i, 'unit', (u) => u.unit === 'year' && u.count !== null);
  const start = word ? word.end : i;
  const first = gluedToPrevious(t, start) ? null : yearWithEra(t, start, word !== null);
  if (!first) return null;
  const dash = t.punct(first.end, '-', '–', '/');
  const second = dash ? yearWithEra(t, first.end + 1) : null;
  if (second && second.value.year > first.value.year && second.value.year - first.value.year <= 50) {
    const calendar = second.value.calendar;
    const bare = !word && !first.value.explicit && !second.value.explicit;
    const plausible =
      !bare || (isBareYear(first.value.year) && isBareYear(second.value.year) && !looksLikeCount(t, second.end));
    if ((first.value.calendar === calendar || !first.value.explicit) && plausible) {
      const value: Expr = {
        type: 'range',
        from: { type: 'calendar', spec: { calendar, year: first.value.year } },
        to: { type: 'calendar', spec: { calendar, year: second.value.year } },
      };
      return built('year-range', second.end, value, first, second);
    }
  }
  if (!word && !first.value.explicit) {
    const year = first.value.year;
    if (!isBareYear(year) || !scan.standsAlone(i, true) || looksLikeCount(t, first.end)) return null;
  }
  return built(
    'year',
    first.end,
    { type: 'calendar', spec: { calendar: first.value.calendar, year: first.value.year } },
    first,
  );
}

const isBareYear = (year: number): boolean => year >= BARE_YEARS.min && year <= BARE_YEARS.max;

interface YearWithEra {
  year: number;
  calendar: CalendarName;
  explicit: boolean;
}

/**
 * A four-digit year with its era if written (explicit): هـ makes it Hijri, شمسي Solar Hijri. `named`: after عام or
 * سنة, where a year may also be written in words.
 */
function yearWithEra(t: TokenList, i: number, named = false): Match<YearWithEra> | null {
  const found = writtenYear(t, i, named);
  if (!found) return null;
  const { value: year, words, era, after } = found;
  const calendar = era?.lexeme.calendar ?? 'gregorian';
  const bounds = calendar === 'hijri' ? HIJRI_YEARS : calendar === 'persian' ? SOLAR_YEARS : GREGORIAN_YEARS;
  if (year < bounds.min || year > bounds.max) return null;
  // "1500 م" is as often 1500 metres as a year: the letter م makes a year only in the years news writes alone.
  if (calendar === 'gregorian' && era && !named && t.width(after) === 1 && !isBareYear(year)) {
    return built('year-number', after, { year, calendar, explicit: false }, words);
  }
  return built(
    'year-number',
    era ? era.end : after,
    { year, calendar, explicit: era !== null || words !== null },
    words,
  );
}

/** A number followed by what it counts (2018 شخصا، 2000 دولار، 1500 %) is no year. */
function looksLikeCount(t: TokenList, i: number): boolean {
  return (
    t.has(i, 'countNoun') ||
    t.has(i, 'unit') ||
    t.punct(i, '%', '٪') ||
    (t.punct(i, ':', '/', '-', '.', ',') && !t.spaced(i) && t.kind(i + 1) === 'number')
  );
}

/** "عيد الفطر"، "عيد الأضحى 2013"، "رأس السنة الهجرية 1441 هـ". */
export function holidayExpr(t: TokenList, i: number): Match<Expr> | null {
  const holiday = t.lex(i, 'holiday');
  if (!holiday) return null;
  const year = yearWithEra(t, holiday.end);
  const value: Expr = year
    ? { type: 'holiday', holiday: holiday.lexeme.holiday, year: year.value.year, yearCalendar: year.value.calendar }
    : { type: 'holiday', holiday: holiday.lexeme.holiday };
  return built('holiday', year ? year.end : holiday.end, value, year);
}

/** "هذا الشهر"، "الشهر القادم": the month relative to the reference. */
function relativeMonth(t: TokenList, i: number): Match<CalendarSpec> | null {
  const thisMonth = t.lex(i, 'this');
  const word = t.lex(thisMonth ? thisMonth.end : i, 'unit', (u) => u.unit === 'month' && u.count === 1 && u.definite);
  if (!word) return null;
  if (thisMonth) return { end: word.end, value: { calendar: 'gregorian', monthShift: 0 } };
  const direction = t.lex(word.end, 'direction');
  return direction
    ? { end: direction.end, value: { calendar: 'gregorian', monthShift: direction.lexeme.shift } }
    : null;
}

/** The month of "the nth weekday of": "شهر ايلول من عام 2014"، "الشهر القادم"، "هذا الشهر"، "الشهر التاسع سنة 2014". */
export function monthOf(scan: Scan, i: number): Match<CalendarSpec> | null {
  const relative = relativeMonth(scan.t, i);
  if (relative) return relative;
  const date = writtenDate(scan, i, false);
  return date && date.value.spec.day === undefined ? withValue(date, date.value.spec) : null;
}

/**
 * A whole year as a part of it is read against: "العام 2024"، "عام 2015"، "العام الجاري"، "هذا العام 2012م"، "السنة"
 * (this year), "2024". Not "العام الدراسي" or "السنة المالية": a definite word the lexicon does not know makes a name.
 */
export function wholeYear(scan: Scan, i: number): Match<CalendarSpec> | null {
  const { t } = scan;
  const thisYear = t.lex(i, 'this');
  const word = t.lex(thisYear ? thisYear.end : i, 'unit', (u) => u.unit === 'year' && u.count === 1);
  if (!word) return thisYear ? null : yearNumberOf(t, i);
  if (thisYear && !word.lexeme.definite) return null;
  const direction = word.lexeme.definite && !thisYear ? t.lex(word.end, 'direction') : null;
  const after = direction ? direction.end : word.end;
  // "العام الحالي 2015م": the year written after the words wins.
  const written = yearNumberOf(t, after, true);
  if (written) return built('year', written.end, written.value, written);
  if (!word.lexeme.definite) return null;
  const shift = thisYear ? 0 : direction ? direction.lexeme.shift : 0;
  if (!thisYear && !direction && (t.has(word.end, 'era') || namesAfter(t, word.end))) return null;
  return built('relative-year', after, { calendar: 'gregorian', yearShift: shift });
}

/** A Gregorian year number at i as a spec. */
function yearNumberOf(t: TokenList, i: number, named = false): Match<CalendarSpec> | null {
  const year = yearNumber(t, i, 'gregorian', named);
  return year?.value.year !== undefined ? withValue(year, { calendar: 'gregorian', year: year.value.year }) : null;
}

/** Words after "العام" that say which year it is other than this one: "العام نفسه", "العام ذاته". */
const SAME = new Set(['نفسه', 'ذاته']);

/**
 * Whether token i says the year is not this one: a definite word the lexicon does not know ("العام الدراسي", "العام
 * الجديد") or "نفسه" (the year spoken of before).
 */
function namesAfter(t: TokenList, i: number): boolean {
  if (t.kind(i) !== 'word') return false;
  return adjectiveAt(t, i) || SAME.has(t.text(i)) || (t.stem(i).startsWith('ال') && t.entriesAt(i).length === 0);
}

/** "من"، "في", or the proclitic ب of the next word (بأيلول، بشهر): what links "the nth X" to its month. */
function linkToMonth(t: TokenList, i: number): number | null {
  const of = t.marker(i, 'of');
  if (of) return of.end;
  const proclitic = t.text(i).slice(0, t.stemStart(i) - (t.end(i) - t.width(i)));
  return /[بل]/.test(proclitic) ? i : null;
}

/**
 * The nth weekday, day or week of a month, and the nth weekday after a day: "ثالث ثلاثاء في أيلول"، "الاثنين
 * الأخير من شهر ثلاثة"، "اليوم الثالث من أكتوبر"، "آخر يوم بشهر عشرة سنة 2015"، "أول أسبوع بشهر أكتوبر 2014"،
 * "ثالث ثلاثاء بعد كريسماس 2014"; the first or last day of a year: "اليوم الأخير من العام".
 */
export function nthExpr(scan: Scan, i: number, anchorAt: (j: number) => Match<Expr> | null): Match<Expr> | null {
  const { t } = scan;
  const lead = ordinal(t, i);
  if (lead && !lead.definite && (lead.value === -1 || (lead.value >= 1 && lead.value <= 5))) {
    // ثالث [يوم] ثلاثاء …
    const dayWord = t.lex(lead.end, 'unit', (u) => u.unit === 'day' && u.count === 1 && !u.definite);
    const weekday = t.lex(dayWord ? dayWord.end : lead.end, 'weekday', (w) => w.bare && !w.beforeDate);
    if (weekday) {
      const after = t.marker(weekday.end, 'later');
      const anchor = after ? anchorAt(after.end) : null;
      if (anchor) {
        const value: Expr = {
          type: 'weekdayAfter',
          nth: lead.value,
          weekday: weekday.lexeme.weekday,
          anchor: anchor.value,
        };
        return built('weekday-after-day', anchor.end, value, lead, anchor);
      }
      return ofMonth(scan, weekday.end, 'nth-weekday-of-month', lead, (month) => ({
        type: 'nthWeekday',
        nth: lead.value,
        weekday: weekday.lexeme.weekday,
        month,
        orDay: false,
      }));
    }
    // ثالث يوم من …، أول أسبوع بـ…
    const unit = t.lex(
      lead.end,
      'unit',
      (u) => (u.unit === 'day' || u.unit === 'week') && u.count === 1 && !u.definite,
    );
    if (unit)
      return ofMonth(
        scan,
        unit.end,
        unit.lexeme.unit === 'week' ? 'nth-week-of-month' : 'nth-day-of-month',
        lead,
        (month) => nthOf(unit.lexeme.unit, lead.value, month),
      );
    return null;
  }
  // اليوم الثالث من …، الأسبوع الأخير في …، اليوم الأخير من العام
  const unit = t.lex(i, 'unit', (u) => (u.unit === 'day' || u.unit === 'week') && u.count === 1 && u.definite);
  if (unit) {
    const nth = ordinal(t, unit.end);
    if (!nth?.definite) return null;
    const ofYear = unit.lexeme.unit === 'day' ? dayOfYear(scan, nth) : null;
    return (
      ofYear ??
      ofMonth(scan, nth.end, unit.lexeme.unit === 'week' ? 'nth-week-of-month' : 'nth-day-of-month', nth, (month) =>
        nthOf(unit.lexeme.unit, nth.value, month),
      )
    );
  }
  // الثلاثاء الثالث من …: the third Tuesday, or Tuesday the third when the 3rd is a Tuesday.
  const weekday = t.lex(i, 'weekday', (w) => !w.bare && !w.beforeDate);
  const nth = weekday ? ordinal(t, weekday.end) : null;
  if (weekday && nth?.definite && (nth.value === -1 || (nth.value >= 1 && nth.value <= 5))) {
    return ofMonth(scan, nth.end, 'nth-weekday-of-month', nth, (month) => ({
      type: 'nthWeekday',
      nth: nth.value,
      weekday: weekday.lexeme.weekday,
      month,
      orDay: nth.value > 0,
    }));
  }
  return null;
}

/** "اليوم الأول من العام"، "اليوم الأخير من عام 2024": the first or last day of a year. */
function dayOfYear(scan: Scan, nth: Match<number>): Match<Expr> | null {
  if (nth.value !== 1 && nth.value !== -1) return null;
  const of = scan.t.marker(nth.end, 'of');
  const year = of ? wholeYear(scan, of.end) : null;
  if (!year) return null;
  const spec: CalendarSpec = { ...year.value, month: nth.value === 1 ? 1 : 12, day: nth.value };
  return built('nth-day-of-year', year.end, { type: 'calendar', spec }, nth, year);
}

function nthOf(unit: 'day' | 'week' | string, nth: number, month: CalendarSpec): Expr {
  return unit === 'week' ? { type: 'nthWeek', nth, month } : { type: 'calendar', spec: { ...month, day: nth } };
}

function ofMonth(
  scan: Scan,
  i: number,
  rule: 'nth-weekday-of-month' | 'nth-day-of-month' | 'nth-week-of-month',
  nth: Match<number>,
  build: (month: CalendarSpec) => Expr,
): Match<Expr> | null {
  const link = linkToMonth(scan.t, i);
  const month = link === null ? null : monthOf(scan, link);
  return month ? built(rule, month.end, build(month.value), nth, month) : null;
}
