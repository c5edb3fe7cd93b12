/**
 * Finds mentions in a token list: at each token, every rule of the grammar is tried and the longest match wins;
 * the scan then jumps past it. Rules look a bounded number of tokens ahead, so the pass is linear in the text.
 * On top of the single rules (grammar/*), this module composes: a day with its time, a time with its day,
 * ranges (من 13 إلى 15 تموز), two days (يومي الأحد والاثنين), and the modifiers منذ / حتى / مطلع…أواخر.
 */
import { withDayPart, type Candidate, type CalendarSpec, type Expr, type Mod, type TimeSpec } from './expr.js';
import type { DayPart } from './lexicon.js';
import {
  calendarDate,
  holidayExpr,
  monthName,
  nthExpr,
  NUMERIC_DATE_SEPARATORS,
  yearExpr,
  type Scan,
} from './grammar/dates.js';
import { adjectiveAt, dayOfMonth, ordinal, YEAR_DIGITS } from './grammar/numbers.js';
import { centuryExpr, decadeExpr, partOfYear } from './grammar/periods.js';
import { dayShiftExpr, nightExpr, nowExpr, offsetExpr, periodExpr, weekdayExpr } from './grammar/relative.js';
import { built, longest, withValue, type Match, type Trail } from './grammar/rules.js';
import { CLOCK_SEPARATOR, FRENCH_HOUR_MARK, timeOfDay } from './grammar/time.js';
import type { TokenList } from './tokens.js';

interface Found extends Match<Expr> {
  mod: Mod | null;
}

/** A match with its modifier, made field by field (a spread would give it another shape): see `withValue`. */
function withMod(match: Match<Expr>, mod: Mod | null): Found {
  return match.why
    ? { end: match.end, value: match.value, why: match.why, mod }
    : { end: match.end, value: match.value, mod };
}

/** The dashes between a range's two ends: "13 - 15 تموز"، "(2017–2021)". */
const RANGE_DASHES = ['-', '–'];
/**
 * The punctuation a rule reads right after a number it starts with (the rest read a word there): a clock's colon
 * (15:30), a numeric date's separators (12/03/2020, 03-أغسطس-2012), a range's dash (13 - 15 تموز).
 */
const AFTER_LEADING_NUMBER: ReadonlySet<string> = new Set([
  CLOCK_SEPARATOR,
  ...NUMERIC_DATE_SEPARATORS,
  ...RANGE_DASHES,
]);

/**
 * Every mention in the tokens, sorted and non-overlapping. The grammar is tried only where a mention may start
 * (TokenList.startsLastFirst); `everyToken` tries it at every token instead, for the test that both find the same.
 */
export function recognise(tokens: TokenList, everyToken = false): Candidate[] {
  return new Recogniser(tokens, everyToken).run();
}

/** The longer of two matches; the first of equals. */
function longer<T extends { end: number }>(a: T | null, b: T | null): T | null {
  return b && (!a || b.end > a.end) ? b : a;
}

/**
 * The single rules, tried at each start. nthExpr comes before calendarDate: "الثلاثاء الثالث من أيلول" is both, and
 * nthExpr weighs the two readings.
 */
const CORE_RULES: readonly ((r: Recogniser, i: number) => Match<Expr> | null)[] = [
  (r, i) => nthExpr(r, i, r.anchor),
  calendarDate,
  yearExpr,
  (r, i) => holidayExpr(r.t, i),
  dayShiftExpr,
  weekdayExpr,
  (r, i) => periodExpr(r.t, i),
  partOfYear,
  (r, i) => decadeExpr(r.t, i),
  (r, i) => centuryExpr(r.t, i),
  (r, i) => offsetExpr(r.t, i),
  (r, i) => nightExpr(r.t, i),
  (r, i) => nowExpr(r.t, i),
  (r, i) => r.timeThenDay(i),
  (r, i) => r.dayPartOfDay(i),
];

class Recogniser implements Scan {
  /** Where a bare month, year or day counts as joined to what came just before (و2018 after عامي 2015). */
  private joinedAt = -1;
  /**
   * core() at a token, once per start: mentionAt asks for it, and so do the range and the modifiers around it. A
   * result depends on joinedAt too, so the memo is keyed by both; it holds a few entries and is emptied at each start.
   */
  private readonly memoAt: number[] = [];
  private readonly memoJoinedAt: number[] = [];
  private readonly memoFound: (Match<Expr> | null)[] = [];
  /** What "the nth weekday after" is counted from: ثالث ثلاثاء بعد كريسماس. */
  readonly anchor = (j: number): Match<Expr> | null => holidayExpr(this.t, j) ?? calendarDate(this, j);

  constructor(
    readonly t: TokenList,
    private readonly everyToken: boolean,
  ) {}

  run(): Candidate[] {
    const found: Candidate[] = [];
    const starts = this.t.startsLastFirst;
    let next = starts.length - 1;
    for (let i = 0; i < this.t.length;) {
      if (!this.everyToken) {
        // On to the first start at or after i (the tokens between start nothing): none left, no mention left.
        while (next >= 0 && (starts[next] as number) < i) next--;
        if (next < 0) break;
        i = starts[next] as number;
      }
      if (!this.everyToken && !this.numberGoesOn(i)) {
        i++;
        continue;
      }
      this.t.open(i);
      this.memoAt.length = 0;
      const mention = this.mentionAt(i);
      if (!mention) {
        i++;
        continue;
      }
      if (this.isName(i, mention.value)) {
        i = mention.end;
        continue;
      }
      found.push({ from: i, to: mention.end, expr: mention.value, mod: mention.mod, why: mention.why });
      i = mention.end;
      this.joinedAt =
        this.t.isAnd(i) || this.t.isOr(i) || this.t.punct(i, '،', ',') ? i + 1 : (this.t.joinedByAnd(i)?.next ?? -1);
    }
    return this.timesOnTheirDays(found);
  }

  /**
   * Whether a mention may start at token i by what follows it, when it is a number: a year in four digits may be a
   * mention alone (في 2018), any other number only before a word that goes on (7 أكتوبر، 10 صباحا، 3 و20 دقيقة مساء،
   * the "h" of French's 13h06) or the punctuation of AFTER_LEADING_NUMBER. Half the starts tried at numbers fail there (a percentage, a
   * number before a bracket, a word the lexicon does not know or the end of a line), and are not tried.
   */
  private numberGoesOn(i: number): boolean {
    const { t } = this;
    if (t.kind(i) !== 'number' || t.width(i) === YEAR_DIGITS) return true;
    switch (t.kind(i + 1)) {
      case 'word':
        return t.goesOn(i + 1) || t.text(i + 1) === FRENCH_HOUR_MARK;
      case 'punct':
        return AFTER_LEADING_NUMBER.has(t.text(i + 1));
      default:
        return false;
    }
  }

  /** "مدينة السادس من أكتوبر", "شارع 26 يوليو": a date after such a word names a place or an event. */
  private isName(i: number, expr: Expr): boolean {
    return expr.type === 'calendar' && expr.spec.year === undefined && this.t.knows(i - 1, 'nameHead');
  }

  /**
   * A time with no day of its own, in the sentence or line of a day mentioned before it, is on that day: "الأحد 9
   * نونبر 2014 | آخر تحديث: 14:30", "وصل الوفد يوم الأحد وعقد اجتماعا عند الساعة العاشرة".
   */
  private timesOnTheirDays(found: Candidate[]): Candidate[] {
    let day: Candidate | null = null;
    let previousEnd = 0;
    return found.map((candidate) => {
      // Each stretch between two mentions is looked at once: a sentence end in it ends the day's reach.
      if (day && this.sentenceBreakBetween(previousEnd, candidate.from)) day = null;
      previousEnd = candidate.to;
      const { expr } = candidate;
      if ((expr.type === 'time' || expr.type === 'timeRange') && expr.day === null) {
        if (!day) return candidate;
        const trail: Trail | undefined = candidate.why && { rule: 'time-of-date-line', parts: [candidate.why] };
        const { from, to, mod } = candidate;
        return { from, to, expr: { ...expr, day: day.expr, lineDay: true }, mod, why: trail };
      }
      if (isDay(expr)) day = candidate;
      return candidate;
    });
  }

  private sentenceBreakBetween(from: number, to: number): boolean {
    for (let k = from; k <= to; k++) if (this.t.startsSentence(k)) return true;
    return false;
  }

  /** Runs a parse with a bare item allowed at `at`, then restores what held before. */
  private joined<T>(at: number, parse: () => T): T {
    const saved = this.joinedAt;
    this.joinedAt = at;
    try {
      return parse();
    } finally {
      this.joinedAt = saved;
    }
  }

  standsAlone(i: number, forYear: boolean): boolean {
    if (i === this.joinedAt) return true;
    if (this.t.kind(i - 1) !== 'word') return false;
    // "من 2000" is as often "of 2000 (people)" as "from 2000": a year after من needs a range.
    if (forYear && this.t.stem(i - 1) === 'من') return false;
    return this.t.knows(i - 1, 'context') || this.t.knows(i - 1, 'part');
  }

  private mentionAt(i: number): Found | null {
    const core = this.core(i);
    let found: Found | null = core && withMod(core, core.value.type === 'vague' ? 'approx' : null);
    found = longer(found, this.modified(i));
    found = longer(found, this.part(i));
    found = longer(found, this.range(i, this.rangeSide));
    return longer(found, this.twoDays(i));
  }

  /** One date, time or relative expression, with the time of a day attached when it follows. */
  private core(i: number): Match<Expr> | null {
    const { memoAt, memoJoinedAt, memoFound } = this;
    for (let k = 0; k < memoAt.length; k++)
      if (memoAt[k] === i && memoJoinedAt[k] === this.joinedAt) return memoFound[k] ?? null;
    const found = this.coreAt(i);
    // Written by index, not pushed: memoAt's length is what the memo holds (set to 0 at each start).
    const k = memoAt.length;
    memoAt[k] = i;
    memoJoinedAt[k] = this.joinedAt;
    memoFound[k] = found;
    return found;
  }

  /** The single rules at i (CORE_RULES); the longest match wins, the first of equals. */
  private coreAt(i: number): Match<Expr> | null {
    let found: Match<Expr> | null = null;
    for (const rule of CORE_RULES) found = longer(found, rule(this, i));
    return found && isDay(found.value) ? this.withTime(found) : found;
  }

  /** A day-level expression at i: "اليوم"، "الأحد"، "يوم الخميس 12 مارس". */
  private day(i: number): Match<Expr> | null {
    const date = calendarDate(this, i);
    return longest([dayShiftExpr(this, i), weekdayExpr(this, i), date && isDay(date.value) ? date : null]);
  }

  /**
   * "الإثنين، 24 أغسطس 2020 09:23 ص"، "2017-04-29T07:41:00+01:00"، "الخميس من الساعة التاسعة وحتى الحادية عشرة
   * صباحا"; a part of day said with the day (مساء اليوم) holds for a time that has none (في الساعة الثامنة).
   */
  private withTime(day: Match<Expr>, dayPart: DayPart | null = null): Match<Expr> {
    const { t } = this;
    let j = day.end;
    // "03 مايو ,2024: 12:45 م" (Al Arabiya's date line) has a colon between the day and its time.
    if (t.punct(j, '،', ',', '-', '–', '|', ':') || (t.text(j) === 't' && !t.spaced(j) && !t.spaced(j + 1))) j++;
    j = t.marker(j, 'at', 'of')?.end ?? j;
    const withPart = (time: TimeSpec): TimeSpec =>
      time.dayPart === null && dayPart ? withDayPart(time, dayPart) : time;
    const range = this.range(j, (k) => {
      const time = timeOfDay(t, k);
      return time && withValue<Expr>(time, { type: 'time', time: withPart(time.value), day: null });
    });
    if (range?.value.type === 'timeRange')
      return built('date-with-time', range.end, { ...range.value, day: day.value }, day, range);
    const time = timeOfDay(t, j);
    return time
      ? built('date-with-time', time.end, { type: 'time', time: withPart(time.value), day: day.value }, day, time)
      : day;
  }

  /** "الساعة العاشرة من صباح اليوم"، "الثالثة فجرا"، "15:15". */
  timeThenDay(i: number): Match<Expr> | null {
    const time = timeOfDay(this.t, i);
    if (!time) return null;
    const of = this.t.marker(time.end, 'of');
    const day = this.day(time.end) ?? (of ? this.day(of.end) : null);
    return day
      ? built('time-on-day', day.end, { type: 'time', time: time.value, day: day.value }, time, day)
      : withValue<Expr>(time, { type: 'time', time: time.value, day: null });
  }

  /** "صباح اليوم"، "مساء أمس"، "فجر الأحد": the day, with its part of day in the span and for its time. */
  dayPartOfDay(i: number): Match<Expr> | null {
    const part = this.t.lex(i, 'dayPart', (p) => !p.afterTimeOnly);
    const day = part ? this.day(part.end) : null;
    if (!day || !part) return null;
    const withTime = this.withTime(day, part.lexeme.dayPart);
    return built('day-part-of-day', withTime.end, withTime.value, withTime);
  }

  /** "منذ 7 أكتوبر 2023"، "حتى الساعة 2:00"، "منذ مطلع العام". */
  private modified(i: number): Found | null {
    const marker = this.t.marker(i, 'since', 'until');
    if (!marker) return null;
    const inner = this.joined(marker.end, () => longest([this.core(marker.end), this.part(marker.end)]));
    if (!inner || ['shift', 'duration', 'within', 'vague'].includes(inner.value.type)) return null;
    const mod = marker.lexeme.marker === 'since' ? 'since' : 'until';
    return withMod(built(mod, inner.end, inner.value, inner), mod);
  }

  /**
   * "مطلع مارس 2025"، "منتصف آذار"، "أواخر 2019"، "نهاية العام الماضي"، "مطلع العام"، "منتصف القرن التاسع عشر"،
   * "الثلث الأخير من الشهر الحالي" (thirds of a period are its early, middle and late parts).
   */
  private part(i: number): Found | null {
    const { t } = this;
    const part = this.partWord(i);
    if (!part) return null;
    const j = part.end;
    // مطلع العام: this year's; not "نهاية السنة المالية" (the fiscal year) nor "نهاية العقد" (of a contract).
    const unit = t.lex(
      j,
      'unit',
      (u) => u.definite && u.count === 1 && !['day', 'hour', 'minute', 'decade'].includes(u.unit),
    );
    const current = unit && !adjectiveAt(t, unit.end) ? unit : null;
    const inner = longest<Match<Expr>>([
      calendarDate(this, j),
      yearExpr(this, j),
      periodExpr(t, j),
      decadeExpr(t, j),
      centuryExpr(t, j),
      current && { end: current.end, value: { type: 'period', unit: current.lexeme.unit, shift: 0, count: 1 } },
    ]);
    if (!inner || isDay(inner.value)) return null;
    return withMod(built('part-of-period', inner.end, inner.value, inner), part.value);
  }

  /** مطلع، منتصف، أواخر…; or "الثلث الأول/الثاني/الأخير من". */
  private partWord(i: number): Match<'early' | 'mid' | 'late'> | null {
    const { t } = this;
    const word = t.lex(i, 'part');
    if (word) return { end: word.end, value: word.lexeme.part };
    const third = t.lex(i, 'yearPart', (p) => p.parts === 3);
    const nth = third ? ordinal(t, third.end) : null;
    const of = nth?.definite ? t.marker(nth.end, 'of') : null;
    if (!nth || !of) return null;
    const part =
      nth.value === 1 ? 'early' : nth.value === 2 ? 'mid' : nth.value === 3 || nth.value === -1 ? 'late' : null;
    return part ? { end: of.end, value: part } : null;
  }

  /** One end of a range: a full mention, or a bare day or "month day" waiting for the other end's month. */
  private readonly rangeSide = (i: number): Match<Expr> | null => {
    const { t } = this;
    const day = dayOfMonth(t, i);
    const month = monthName(t, i);
    const monthFirst = month && dayOfMonth(t, month.end);
    return longest<Match<Expr>>([
      this.core(i),
      day && withValue<Expr>(day, { type: 'calendar', spec: { calendar: 'gregorian', day: day.value } }),
      monthFirst &&
        month &&
        built<Expr>(
          'month-day-year',
          monthFirst.end,
          {
            type: 'calendar',
            spec: { calendar: month.value.calendar, month: month.value.month, day: monthFirst.value },
          },
          month,
          monthFirst,
        ),
    ]);
  };

  /** "من 13 إلى 15 تموز"، "بين عامي 2015 و2018"، "(2017-2021)"، "من الساعة 3 إلى الساعة 4 بعد العصر". */
  private range(i: number, side: (j: number) => Match<Expr> | null): Found | null {
    const { t } = this;
    const opener = t.marker(i, 'from', 'between');
    const first = opener ? this.joined(opener.end, () => side(opener.end)) : side(i);
    if (!first) return null;
    const between = opener?.lexeme.marker === 'between';
    const and = t.joinedByAnd(first.end)?.next;
    const next = between
      ? and
      : (t.marker(and ?? first.end, 'to')?.end ?? (t.punct(first.end, ...RANGE_DASHES) ? first.end + 1 : undefined));
    if (next === undefined) return null;
    const second = this.joined(next, () => side(next));
    const joined = second && joinEnds(first.value, second.value);
    return joined && second ? withMod(built('range', second.end, joined, first, second), null) : null;
  }

  /**
   * "يومي الأحد والاثنين"، "يومي 22 و23 فيفري 2017"، "يومي السبت و الأحد فاتح و ثاني نونبر 2014": two consecutive
   * days, one range; two weekdays followed by their dates are those dates, on those weekdays.
   */
  private twoDays(i: number): Found | null {
    const dual = this.t.lex(i, 'unit', (u) => u.unit === 'day' && u.count === 2 && !u.definite);
    const days = dual ? this.dayPair(dual.end) : null;
    if (!days || days.value.type !== 'range') return null;
    const { from, to } = days.value;
    const weekdays = from.type === 'weekday' && to.type === 'weekday' ? [from.weekday, to.weekday] : null;
    const dates = weekdays ? this.dayPair(days.end) : null;
    if (
      weekdays &&
      dates?.value.type === 'range' &&
      dates.value.from.type === 'calendar' &&
      dates.value.to.type === 'calendar'
    ) {
      const value: Expr = {
        type: 'range',
        from: { type: 'calendar', spec: { ...dates.value.from.spec, weekday: weekdays[0] } },
        to: { type: 'calendar', spec: { ...dates.value.to.spec, weekday: weekdays[1] } },
      };
      return withMod(built('two-days', dates.end, value, days, dates), null);
    }
    return withMod(built('two-days', days.end, days.value, days), null);
  }

  /** Two consecutive days joined by و: "الأحد والاثنين"، "22 و23 فيفري 2017". */
  private dayPair(i: number): Match<Expr> | null {
    const first = this.joined(i, () => this.rangeSide(i));
    const and = first ? this.t.joinedByAnd(first.end) : null;
    if (!first || !and) return null;
    const second = this.joined(and.next, () => this.rangeSide(and.next));
    const joined = second && joinEnds(first.value, second.value);
    return second && joined && consecutive(joined) ? built('two-days', second.end, joined, first, second) : null;
  }
}

/** Whether a range's two ends are a day and the next: a weekday and the one after it, or days D and D+1 of a month. */
function consecutive(expr: Expr): boolean {
  if (expr.type !== 'range') return false;
  const { from, to } = expr;
  if (from.type === 'weekday' && to.type === 'weekday') return (to.weekday - from.weekday + 7) % 7 === 1;
  return (
    from.type === 'calendar' &&
    to.type === 'calendar' &&
    from.spec.day !== undefined &&
    to.spec.day === from.spec.day + 1 &&
    from.spec.month === to.spec.month
  );
}

/** Whether an expression names one day, so that a time may follow it. */
function isDay(expr: Expr): boolean {
  switch (expr.type) {
    case 'calendar':
      return expr.spec.day !== undefined && (expr.spec.month !== undefined || expr.spec.monthShift !== undefined);
    case 'dayShift':
    case 'weekday':
    case 'nthWeekday':
    case 'weekdayAfter':
    case 'holiday':
      return true;
    default:
      return false;
  }
}

const isBareDay = (spec: CalendarSpec): boolean =>
  spec.month === undefined && spec.monthShift === undefined && spec.day !== undefined;

/**
 * Completes each end from the other (13 إلى 15 تموز: the month; 10 يونيو إلى 10 يوليوز 2016: the year). A bare day
 * joins only a day of a month: "3-صفر" (a score) and "عام 2006 إلى 9" are no ranges.
 */
function joinEnds(from: Expr, to: Expr): Expr | null {
  if (from.type === 'calendar' && to.type === 'calendar') {
    const [a, b] = [from.spec, to.spec];
    // A date written with its weekday is a whole date, no end waiting for a bare day: "۱۸ - يکشنبه ۲۱ ارديبهشت ۱۳۹۹"
    // is a clock reading (۵۹ : ۱۸) beside a date line.
    const dayOfAMonth = (spec: CalendarSpec) =>
      spec.day !== undefined && !isBareDay(spec) && spec.weekday === undefined;
    if ((isBareDay(a) && !dayOfAMonth(b)) || (isBareDay(b) && !dayOfAMonth(a))) return null;
    const { weekday: _a, ...aDate } = a;
    const { weekday: _b, ...bDate } = b;
    const start: CalendarSpec = isBareDay(a) ? { ...bDate, day: a.day } : borrowYear(a, b);
    const end: CalendarSpec = isBareDay(b) ? { ...aDate, day: b.day } : b;
    return { type: 'range', from: { type: 'calendar', spec: start }, to: { type: 'calendar', spec: end } };
  }
  if ((from.type === 'calendar' && isBareDay(from.spec)) || (to.type === 'calendar' && isBareDay(to.spec))) return null;
  if (from.type === 'time' && to.type === 'time' && (from.day === null || to.day === null)) {
    const [a, b] = shareDayPart(from.time, to.time);
    return { type: 'timeRange', from: a, to: b, day: from.day ?? to.day };
  }
  if (from.type === 'duration' || to.type === 'duration' || from.type === 'time' || to.type === 'time') return null;
  if (from.type === 'vague' || to.type === 'vague') return null;
  return { type: 'range', from, to };
}

/** A start with no year takes the end's: "من العاشر يونيو إلى غاية العاشر يوليوز 2016". */
function borrowYear(start: CalendarSpec, end: CalendarSpec): CalendarSpec {
  if (start.year !== undefined || start.yearShift !== undefined || start.gregorianYear !== undefined) return start;
  if (end.year !== undefined && start.calendar === end.calendar) return { ...start, year: end.year };
  return start;
}

/** "من الساعة 3 إلى الساعة 4 بعد العصر": a day part written once holds for both ends. */
function shareDayPart(a: TimeSpec, b: TimeSpec): [TimeSpec, TimeSpec] {
  if (a.dayPart === null && b.dayPart !== null) return [withDayPart(a, b.dayPart), b];
  if (b.dayPart === null && a.dayPart !== null) return [a, withDayPart(b, a.dayPart)];
  return [a, b];
}
