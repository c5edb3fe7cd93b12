/**
 * The grammar's productions by name, as Duckling names its rules: every match a production makes carries its
 * rule's name, so that `arnews dates --explain` can show which rules built each mention and a wrong value can be
 * traced to its rule. The table is data: a name, what the rule reads, an example. The productions live in
 * grammar/*.ts and recognise.ts and name themselves through `built`.
 *
 * Names are only recorded while explaining (`explaining`): the common pass makes no trail objects.
 */
export const RULES = {
  // numbers
  digits: 'a number in digits: "25"',
  'number-words': 'a cardinal in words, up to the thousands: "خمسة عشر", "ألفين وأربعة وعشرين"',
  'ordinal-words': 'an ordinal in words: "الثالث عشر", "الخامس والعشرين", "الأخير"',
  'day-number': 'a day of the month, 1 to 31, in digits or as an ordinal',
  // calendar dates
  'month-name': 'a month name of any region or calendar, also paired: "أكتوبر/تشرين الأول", "November", "تير"',
  'month-by-number': 'a Gregorian month by its number after شهر: "شهر 3", "الشهر التاسع"',
  'year-number': 'a four-digit year and its era: "2025", "1436 هـ"',
  'year-words': 'a year in words after عام or سنة: "ألف وتسعمائة وثمانية وأربعين"',
  'relative-year': 'a year named from now after a month: "من العام الماضي", "هذا العام"',
  'weekday-before-date': 'a weekday written before a date: "الجمعة"، "يوم الاثنين"، "Tuesday,"',
  'written-date': 'a day and month, or a month, with its year or direction: "7 أكتوبر 2023", "مارس الماضي"',
  'month-day-year': 'a month, then the day, then the year: "November 9, 2020", "ديسمبر 25, 2020"',
  'day-of-relative-month': 'a day of a month named from now: "14 من الشهر الجاري"',
  'day-of-reference-month': 'a day of the reference month: "14 منه", "يوم 14 الجاري"',
  'numeric-date': 'a numeric date, D/M/Y or Y-M-D: "2025/12/25", "17.03.2020", "۱۴۰۲/۰۵/۱۲"',
  'numeric-month': 'a numeric month and year: "2/2013"',
  'numeric-day-month': 'a numeric day and month after a weekday: "السبت 21/09"',
  'calendar-date': 'a date, month or year with the weekday written before it',
  'other-calendar': 'a date beside the same day in the other calendar: "26 شوال 1436 هـ الموافق 11 اغسطس 2015 م"',
  year: 'a year: "عام 2018", "1445هـ", "في 2018"',
  'year-range': 'two years joined by a dash: "2017-2021"',
  holiday: 'a holiday, with or without its year: "عيد الفطر 2013"',
  'nth-weekday-of-month': 'the nth weekday of a month: "ثالث ثلاثاء في أيلول"',
  'weekday-after-day': 'the nth weekday after a day: "ثالث ثلاثاء بعد كريسماس 2014"',
  'nth-day-of-month': 'the nth day of a month: "اليوم الثالث من أكتوبر"',
  'nth-week-of-month': 'the nth week of a month: "الأسبوع الأول من أكتوبر"',
  'nth-day-of-year': 'the first or last day of a year: "اليوم الأخير من العام"',
  // periods longer than a month
  'part-of-year': 'a quarter or a half of a year or a century: "الربع الأول من 2024", "النصف الثاني من العام الجاري"',
  decade: 'a decade by its tens: "الثمانينيات", "ستينيات القرن الماضي"',
  century: 'a century or millennium by its ordinal: "القرن التاسع عشر", "الألفية الثالثة"',
  // named from now
  'day-shift': 'a day named from today: "اليوم", "أمس", "أول أمس", "بعد غد"',
  'day-shift-weekday': 'a day named from today with its weekday: "اليوم السبت", "أول أمس الجمعة"',
  'day-shift-date': 'a day named from today with its date: "أمس الأحد 10 غشت 2025"',
  weekday: 'a weekday: "الأحد", "الخميس المقبل", "أحد الأسبوع الماضي"',
  'weekday-ordinal-day': 'a weekday with its day of the month: "السبت السادس عشر من هذا الشهر"',
  period: 'a week, month, year, decade or century named from now: "الأسبوع الماضي", "العقدين الماضيين"',
  shift: 'an amount of time from now: "منذ 3 أيام", "بعد شهرين"',
  within: 'from now to an amount of time ahead: "خلال أسبوعين"',
  duration: 'a duration: "لمدة ثلاثة أيام"',
  'vague-span':
    'a vague amount of time from now (mod approx): "قبل أيام", "منذ عدة أسابيع", "في غضون أشهر", "السنوات الأخيرة"',
  night: 'tonight or last night: "الليلة", "الليلة الماضية"',
  now: 'now: "الآن"',
  // times
  clock: 'a clock reading in digits or words: "09:23", "الثالثة وربع", "الساعة 10"',
  'day-part': 'a part of the day after a time: "صباحاً", "بعد الظهر", "م"',
  'time-zone': 'a zone after a time: "بتوقيت غرينتش", "+01:00"',
  'time-of-day': 'a time of day with its part of day and zone',
  // composition (recognise.ts)
  'date-with-time': 'a day and its time: "الإثنين، 24 أغسطس 2020 09:23 ص"',
  'time-on-day': 'a time, then its day: "الساعة العاشرة من صباح اليوم"',
  'day-part-of-day': 'a part of a day, then the day: "صباح اليوم", "مساء أمس"',
  since: 'since a date: "منذ 7 أكتوبر 2023"',
  until: 'until a date: "حتى نهاية 2026"',
  'part-of-period': 'the early, middle or late part of a period: "مطلع مارس 2025", "الثلث الأخير من الشهر"',
  range: 'two ends: "من 13 إلى 15 تموز", "بين عامي 2015 و2018", "(2017-2021)"',
  'two-days': 'two consecutive days: "يومي الأحد والاثنين", "يومي 22 و23 فيفري 2017"',
  'time-of-date-line':
    'a time with no day, in the sentence or line of a day before it, is on that day: "الأحد 9 نونبر 2014 | 14:30"',
} as const satisfies Record<string, string>;

export type RuleName = keyof typeof RULES;

/** Which rules built a match: the rule that made it, and the trails of the matches it was made of. */
export interface Trail {
  rule: RuleName;
  parts: readonly Trail[];
}

/** What a production found: tokens up to `end` (exclusive) and what they say; `why` only while explaining. */
export interface Match<T> {
  end: number;
  value: T;
  why?: Trail;
}

let explaining = false;

/** Runs `parse` with trails recorded. The grammar runs synchronously, so a module flag is enough. */
export function withTrails<T>(parse: () => T): T {
  const before = explaining;
  explaining = true;
  try {
    return parse();
  } finally {
    explaining = before;
  }
}

/** Whether trails are being recorded: hot productions build their matches themselves and add one only then. */
export function recording(): boolean {
  return explaining;
}

/** A match made by `rule` out of `parts` (the sub-matches it used; absent ones are skipped). */
export function built<T>(
  rule: RuleName,
  end: number,
  value: T,
  ...parts: readonly (Match<unknown> | null | undefined | false)[]
): Match<T> {
  if (!explaining) return { end, value };
  const kids: Trail[] = [];
  for (const part of parts) if (part && part.why) kids.push(part.why);
  return { end, value, why: { rule, parts: kids } };
}

/**
 * The same tokens read as another value, with the match's trail: made as `built` makes a match (never by spreading
 * one, which gives the object another shape), so that the code reading matches sees one shape and stays optimised.
 */
export function withValue<T>(match: Match<unknown>, value: T): Match<T> {
  return match.why ? { end: match.end, value, why: match.why } : { end: match.end, value };
}

/** A trail as Duckling prints one: "written-date(day-number(digits), month-name, year-number)". */
export function formatTrail(trail: Trail): string {
  return trail.parts.length === 0 ? trail.rule : `${trail.rule}(${trail.parts.map(formatTrail).join(', ')})`;
}

/** The longest match; the first of equals. */
export function longest<T extends { end: number }>(matches: readonly (T | null | undefined | false)[]): T | null {
  let best: T | null = null;
  for (const m of matches) if (m && (!best || m.end > best.end)) best = m;
  return best;
}
