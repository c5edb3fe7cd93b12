/**
 * Mentions that only mean something against a reference date: اليوم، أمس، أول أمس، الأحد، الأحد الماضي،
 * الأسبوع الماضي، هذا العام، الأسابيع الثلاثة القادمة، منذ 3 أيام، قبل ساعتين، خلال أسبوعين، لمدة عامين، الليلة.
 */
import type { Direction, Expr } from '../expr.js';
import type { Unit } from '../lexicon.js';
import type { TokenList } from '../tokens.js';
import { calendarDate, monthOf, type Scan } from './dates.js';
import { adjectiveAt, cardinal, ordinal, type Match } from './numbers.js';

/** اليوم، أمس، غداً، يوم أمس، اليوم الذي بعد الغد، اليوم السابق; then an optional weekday or full date after it. */
export function dayShiftExpr(scan: Scan, i: number): Match<Expr> | null {
  const { t } = scan;
  const shift = namedDayShift(t, i);
  if (!shift) return null;
  let end = shift.end;
  if (t.punct(end, '،', ',')) end++;
  const weekday = t.lex(end, 'weekday', (w) => !w.bare);
  const dateAt = weekday ? (t.punct(weekday.end, '،', ',') ? weekday.end + 1 : weekday.end) : end;
  // أمس الأحد 10 غشت 2025، اليوم 17 يوليوز الجاري: the written date says it all.
  const date = calendarDate(scan, dateAt);
  if (date?.value.type === 'calendar' && date.value.spec.day !== undefined) {
    const spec = weekday ? { ...date.value.spec, weekday: weekday.lexeme.weekday } : date.value.spec;
    return { end: date.end, value: { type: 'calendar', spec, ...(date.value.hijri ? { hijri: date.value.hijri } : {}) } };
  }
  if (weekday) return { end: weekday.end, value: { type: 'dayShift', days: shift.value, weekday: weekday.lexeme.weekday } };
  return { end: shift.end, value: { type: 'dayShift', days: shift.value } };
}

function namedDayShift(t: TokenList, i: number): Match<number> | null {
  const dayWord = t.lex(i, 'unit', (u) => u.unit === 'day' && u.count === 1);
  if (dayWord) {
    // يوم أمس، اليوم الذي بعد الغد، اليوم القبل البارحة
    const which = t.lex(dayWord.end, 'marker', (m) => m.marker === 'which');
    const shift = t.lex(which ? which.end : dayWord.end, 'dayShift', (s) => s.days !== 0);
    if (shift) return { end: shift.end, value: shift.lexeme.days };
    // اليوم الماضي، اليوم التالي
    const direction = dayWord.lexeme.definite ? t.lex(dayWord.end, 'direction') : null;
    if (direction) return { end: direction.end, value: direction.lexeme.shift };
  }
  const thisDay = t.lex(i, 'this');
  if (thisDay && t.lex(thisDay.end, 'unit', (u) => u.unit === 'day' && u.count === 1 && u.definite)) return { end: thisDay.end + 1, value: 0 };
  const shift = t.lex(i, 'dayShift');
  if (!shift) return null;
  if (shift.lexeme.days === 0 && !isToday(t, i)) return null;
  return { end: shift.end, value: shift.lexeme.days };
}

/**
 * Whether a bare اليوم means "today": not in a name (بغداد اليوم، المصري اليوم), not "that day" (ذلك اليوم), not "the
 * national day" (اليوم الوطني: a definite nisba adjective follows), not "the seventh day" (an ordinal follows).
 */
function isToday(t: TokenList, i: number): boolean {
  return !t.knows(i - 1, 'mediaName') && !t.has(i + 1, 'ordinal') && !adjectiveAt(t, i + 1);
}

/** الأحد، يوم الثلاثاء السابق، الأحد من الأسبوع الماضي، أحد الأسبوع الماضي، السبت السادس عشر من هذا الشهر. */
export function weekdayExpr(scan: Scan, i: number): Match<Expr> | null {
  const { t } = scan;
  const lead = t.lex(i, 'unit', (u) => u.unit === 'day' && u.count === 1 && !u.definite) ?? t.lex(i, 'this');
  const weekday = t.lex(lead ? lead.end : i, 'weekday');
  if (!weekday) return null;
  const day = weekday.lexeme.weekday;
  const week = weekOf(t, weekday.end);
  if (week) return { end: week.end, value: { type: 'weekday', weekday: day, weekShift: week.value } };
  if (weekday.lexeme.bare) return null;
  const direction = t.lex(weekday.end, 'direction', (d) => d.shift !== 0);
  if (direction) return { end: direction.end, value: { type: 'weekday', weekday: day, direction: direction.lexeme.shift as Direction } };
  const dayOfMonth = ordinal(t, weekday.end);
  if (dayOfMonth && dayOfMonth.value > 5) {
    const of = t.lex(dayOfMonth.end, 'marker', (m) => m.marker === 'of');
    const month = of ? monthOf(scan, of.end) : null;
    const spec = month ? { ...month.value, day: dayOfMonth.value, weekday: day } : { calendar: 'gregorian' as const, monthShift: 0, day: dayOfMonth.value, weekday: day };
    return { end: month ? month.end : dayOfMonth.end, value: { type: 'calendar', spec } };
  }
  // "بين الاثنين", "كلا الاثنين", "بدون الاثنين" are "the two", not Monday.
  if (!lead && /^[وف]?(بين|كلا|بدون)$/.test(t.text(i - 1))) return null;
  return { end: weekday.end, value: { type: 'weekday', weekday: day } };
}

/** "[من] هذا الأسبوع"، "[من] الأسبوع الماضي": the week a weekday falls in. */
function weekOf(t: TokenList, i: number): Match<number> | null {
  const j = t.lex(i, 'marker', (m) => m.marker === 'of')?.end ?? i;
  const thisWeek = t.lex(j, 'this');
  const week = t.lex(thisWeek ? thisWeek.end : j, 'unit', (u) => u.unit === 'week' && u.count === 1 && u.definite);
  if (!week) return null;
  if (thisWeek) return { end: week.end, value: 0 };
  const direction = t.lex(week.end, 'direction');
  return direction ? { end: direction.end, value: direction.lexeme.shift } : null;
}

const PERIOD_UNITS: readonly Unit[] = ['week', 'month', 'year'];

/** الأسبوع الماضي، العام قبل الماضي، هذا الشهر، الأسابيع الثلاثة القادمة، الأسبوعين المقبلين. */
export function periodExpr(t: TokenList, i: number): Match<Expr> | null {
  const thisPeriod = t.lex(i, 'this');
  const unit = t.lex(thisPeriod ? thisPeriod.end : i, 'unit', (u) => u.definite && (u.count !== 1 || PERIOD_UNITS.includes(u.unit)));
  if (!unit) return null;
  const name = unit.lexeme.unit;
  if (thisPeriod) return unit.lexeme.count === 1 ? { end: unit.end, value: { type: 'period', unit: name, shift: 0, count: 1 } } : null;
  if (unit.lexeme.count === 1) {
    // العام قبل الماضي، الأسبوع بعد المقبل: two away.
    const beyond = t.lex(unit.end, 'marker', (m) => m.marker === 'ago' || m.marker === 'later');
    const direction = t.lex(beyond ? beyond.end : unit.end, 'direction');
    if (!direction || (beyond && direction.lexeme.shift !== (beyond.lexeme.marker === 'ago' ? -1 : 1))) return null;
    return { end: direction.end, value: { type: 'period', unit: name, shift: direction.lexeme.shift * (beyond ? 2 : 1), count: 1 } };
  }
  const count = unit.lexeme.count === 2 ? { end: unit.end, value: 2 } : cardinal(t, unit.end);
  const direction = count ? t.lex(count.end, 'direction', (d) => d.shift !== 0) : null;
  if (!count || !direction || count.value < 1) return null;
  return { end: direction.end, value: { type: 'period', unit: name, shift: direction.lexeme.shift, count: count.value } };
}

/** منذ 3 أيام، قبل ساعتين، بعد أسبوع، خلال أسبوعين، في غضون شهر، لمدة ثلاثة أيام. */
export function offsetExpr(t: TokenList, i: number): Match<Expr> | null {
  const marker = t.lex(i, 'marker', (m) => ['since', 'ago', 'later', 'within', 'lasting'].includes(m.marker));
  if (!marker) return null;
  const amount = unitCount(t, t.lex(marker.end, 'approx')?.end ?? marker.end);
  if (!amount) return null;
  const { unit, count } = amount.value;
  // "قبل 3 أيام من الانتخابات", "قبل أسبوع واحد على موعدها" count from an event, not from the reference date.
  if (marker.lexeme.marker !== 'lasting' && t.lex(amount.end, 'marker', (m) => m.marker === 'anchor')) return null;
  const value: Expr = (() => {
    switch (marker.lexeme.marker) {
      case 'since':
      case 'ago':
        return { type: 'shift', unit, amount: -count };
      case 'later':
        return { type: 'shift', unit, amount: count };
      case 'within':
        return { type: 'within', unit, amount: count };
      default:
        return { type: 'duration', unit, amount: count };
    }
  })();
  return { end: amount.end, value };
}

/** "3 أيام"، "ثلاثة أسابيع"، "11 يوما"، "يومين"، "أسبوع". */
function unitCount(t: TokenList, i: number): Match<{ unit: Unit; count: number }> | null {
  const number = cardinal(t, i);
  if (number) {
    const unit = t.lex(number.end, 'unit', (u) => !u.definite && u.count !== 2);
    return unit && number.value > 0 ? { end: unit.end, value: { unit: unit.lexeme.unit, count: number.value } } : null;
  }
  const unit = t.lex(i, 'unit', (u) => !u.definite && u.count !== null);
  // "قبل عام 2018" is "before 2018", not "a year ago"; "خلال شهر سبتمبر" is "in September".
  if (!unit || t.number(unit.end) !== null || t.has(unit.end, 'month')) return null;
  // "أسبوع واحد": the "one" said again.
  const one = unit.lexeme.count === 1 ? t.lex(unit.end, 'cardinal', (c) => c.value === 1) : null;
  return { end: one ? one.end : unit.end, value: { unit: unit.lexeme.unit, count: unit.lexeme.count ?? 1 } };
}

/** الليلة، هذه الليلة، الليلة الماضية. */
export function nightExpr(t: TokenList, i: number): Match<Expr> | null {
  const thisNight = t.lex(i, 'this');
  const night = t.lex(thisNight ? thisNight.end : i, 'night');
  if (!night) return null;
  const direction = thisNight ? null : t.lex(night.end, 'direction', (d) => d.shift === -1);
  return { end: direction ? direction.end : night.end, value: { type: 'night', days: direction ? -1 : 0 } };
}

/** الآن، حالا، هذه اللحظة. */
export function nowExpr(t: TokenList, i: number): Match<Expr> | null {
  const now = t.lex(i, 'now');
  return now ? { end: now.end, value: { type: 'now' } } : null;
}
