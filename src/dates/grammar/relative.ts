/**
 * Mentions that only mean something against a reference date: اليوم، أمس، أول أمس، الأحد، الأحد الماضي،
 * الأسبوع الماضي، هذا العام، الأسابيع الثلاثة القادمة، العقدين الماضيين، منذ 3 أيام، قبل ساعتين، خلال أسبوعين،
 * لمدة عامين، الليلة; and the vague ones: قبل أيام، منذ عدة أسابيع، في غضون أشهر، السنوات الأخيرة.
 */
import type { Direction, Expr, VagueRelation } from '../expr.js';
import type { Unit } from '../lexicon.js';
import type { TokenList } from '../tokens.js';
import { calendarDate, monthOf, type Scan } from './dates.js';
import { adjectiveAt, cardinal, ordinal } from './numbers.js';
import { built, type Match } from './rules.js';

/** اليوم، أمس، غداً، يوم أمس، اليوم الذي بعد الغد، اليوم السابق; then an optional weekday or full date after it. */
export function dayShiftExpr(scan: Scan, i: number): Match<Expr> | null {
  const { t } = scan;
  const shift = namedDayShift(t, i);
  if (!shift) return null;
  let end = shift.end;
  if (t.punct(end, '،', ',')) end++;
  const weekday = t.lex(end, 'weekday', (w) => !w.bare && !w.beforeDate);
  const dateAt = weekday ? (t.punct(weekday.end, '،', ',') ? weekday.end + 1 : weekday.end) : end;
  // أمس الأحد 10 غشت 2025، اليوم 17 يوليوز الجاري: the written date says it all.
  const date = calendarDate(scan, dateAt);
  if (date?.value.type === 'calendar' && date.value.spec.day !== undefined) {
    const spec = weekday ? { ...date.value.spec, weekday: weekday.lexeme.weekday } : date.value.spec;
    return built(
      'day-shift-date',
      date.end,
      date.value.hijri ? { type: 'calendar', spec, hijri: date.value.hijri } : { type: 'calendar', spec },
      date,
    );
  }
  if (weekday)
    return built('day-shift-weekday', weekday.end, {
      type: 'dayShift',
      days: shift.value,
      weekday: weekday.lexeme.weekday,
    });
  return built('day-shift', shift.end, { type: 'dayShift', days: shift.value });
}

function namedDayShift(t: TokenList, i: number): Match<number> | null {
  const dayWord = t.lex(i, 'unit', (u) => u.unit === 'day' && u.count === 1);
  if (dayWord) {
    // يوم أمس، اليوم الذي بعد الغد، اليوم القبل البارحة
    const which = t.marker(dayWord.end, 'which');
    const shift = t.lex(which ? which.end : dayWord.end, 'dayShift', (s) => s.days !== 0);
    if (shift) return { end: shift.end, value: shift.lexeme.days };
    // اليوم الماضي، اليوم التالي
    const direction = dayWord.lexeme.definite ? t.lex(dayWord.end, 'direction') : null;
    if (direction) return { end: direction.end, value: direction.lexeme.shift };
  }
  const thisDay = t.lex(i, 'this');
  if (thisDay && t.lex(thisDay.end, 'unit', (u) => u.unit === 'day' && u.count === 1 && u.definite))
    return { end: thisDay.end + 1, value: 0 };
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
  const weekday = t.lex(lead ? lead.end : i, 'weekday', (w) => !w.beforeDate);
  if (!weekday) return null;
  const day = weekday.lexeme.weekday;
  const week = weekOf(t, weekday.end);
  if (week) return built('weekday', week.end, { type: 'weekday', weekday: day, weekShift: week.value });
  if (weekday.lexeme.bare) return null;
  const direction = t.lex(weekday.end, 'direction', (d) => d.shift !== 0);
  if (direction)
    return built('weekday', direction.end, {
      type: 'weekday',
      weekday: day,
      direction: direction.lexeme.shift as Direction,
    });
  const dayOfMonth = ordinal(t, weekday.end);
  if (dayOfMonth && dayOfMonth.value > 5) {
    const of = t.marker(dayOfMonth.end, 'of');
    const month = of ? monthOf(scan, of.end) : null;
    const spec = month
      ? { ...month.value, day: dayOfMonth.value, weekday: day }
      : { calendar: 'gregorian' as const, monthShift: 0, day: dayOfMonth.value, weekday: day };
    return built(
      'weekday-ordinal-day',
      month ? month.end : dayOfMonth.end,
      { type: 'calendar', spec },
      dayOfMonth,
      month,
    );
  }
  // "بين الاثنين", "كلا الاثنين", "بدون الاثنين" are "the two", not Monday.
  if (!lead && /^[وف]?(بين|كلا|بدون)$/.test(t.text(i - 1))) return null;
  return built('weekday', weekday.end, { type: 'weekday', weekday: day });
}

/** "[من] هذا الأسبوع"، "[من] الأسبوع الماضي": the week a weekday falls in. */
function weekOf(t: TokenList, i: number): Match<number> | null {
  const j = t.marker(i, 'of')?.end ?? i;
  const thisWeek = t.lex(j, 'this');
  const week = t.lex(thisWeek ? thisWeek.end : j, 'unit', (u) => u.unit === 'week' && u.count === 1 && u.definite);
  if (!week) return null;
  if (thisWeek) return { end: week.end, value: 0 };
  const direction = t.lex(week.end, 'direction');
  return direction ? { end: direction.end, value: direction.lexeme.shift } : null;
}

/** Units a period named from now may be: the week, month, year, decade, century and millennium. */
const PERIOD_UNITS: readonly Unit[] = ['week', 'month', 'year', 'decade', 'century', 'millennium'];

/**
 * الأسبوع الماضي، العام قبل الماضي، هذا الشهر، القرن الماضي، الأسابيع الثلاثة القادمة، الأسبوعين المقبلين، العقدين
 * الماضيين; plural with no count, a vague span: الأيام الماضية، السنوات الأخيرة، الأشهر القليلة المقبلة.
 * العقد is also a contract ("العقد الحالي" of a player): a decade needs الماضي or المقبل.
 */
export function periodExpr(t: TokenList, i: number): Match<Expr> | null {
  const thisPeriod = t.lex(i, 'this');
  const unit = t.lex(
    thisPeriod ? thisPeriod.end : i,
    'unit',
    (u) => u.definite && (u.count !== 1 || PERIOD_UNITS.includes(u.unit)),
  );
  if (!unit) return null;
  const name = unit.lexeme.unit;
  if (thisPeriod)
    return unit.lexeme.count === 1 && name !== 'decade'
      ? built('period', unit.end, { type: 'period', unit: name, shift: 0, count: 1 })
      : null;
  if (unit.lexeme.count === null && !cardinal(t, unit.end)) return vaguePeriod(t, unit.end, name);
  if (unit.lexeme.count === 1) {
    // العام قبل الماضي، الأسبوع بعد المقبل: two away.
    const beyond = t.marker(unit.end, 'ago', 'later');
    const direction = t.lex(beyond ? beyond.end : unit.end, 'direction', (d) => name !== 'decade' || d.shift !== 0);
    if (!direction || (beyond && direction.lexeme.shift !== (beyond.lexeme.marker === 'ago' ? -1 : 1))) return null;
    return built('period', direction.end, {
      type: 'period',
      unit: name,
      shift: direction.lexeme.shift * (beyond ? 2 : 1),
      count: 1,
    });
  }
  const count = unit.lexeme.count === 2 ? { end: unit.end, value: 2 } : cardinal(t, unit.end);
  const direction = count ? t.lex(count.end, 'direction', (d) => d.shift !== 0) : null;
  if (!count || !direction || count.value < 1) return null;
  return built(
    'period',
    direction.end,
    { type: 'period', unit: name, shift: direction.lexeme.shift, count: count.value },
    count,
  );
}

/** After a plural unit: القليلة، then الماضية / المقبلة / الأخيرة (recent): a few of them, just past or to come. */
function vaguePeriod(t: TokenList, i: number, unit: Unit): Match<Expr> | null {
  const few = t.lex(i, 'fewAfter');
  const j = few ? few.end : i;
  const direction = t.lex(j, 'direction', (d) => d.shift !== 0);
  const recent = direction ? null : t.lex(j, 'ordinal', (o) => o.value === -1 && o.definite);
  const end = direction?.end ?? recent?.end;
  if (end === undefined) return null;
  const relation: VagueRelation = direction?.lexeme.shift === 1 ? 'coming' : 'past';
  return built('vague-span', end, { type: 'vague', unit, relation });
}

/** منذ 3 أيام، قبل ساعتين، بعد أسبوع، خلال أسبوعين، في غضون شهر، لمدة ثلاثة أيام; vague: قبل أيام، منذ عدة أسابيع. */
export function offsetExpr(t: TokenList, i: number): Match<Expr> | null {
  const marker = t.lex(i, 'marker', (m) => ['since', 'ago', 'later', 'within', 'lasting'].includes(m.marker));
  if (!marker) return null;
  const at = t.lex(marker.end, 'approx')?.end ?? marker.end;
  const vague = marker.lexeme.marker === 'lasting' ? null : fewUnits(t, at);
  if (vague) {
    const relation: VagueRelation =
      marker.lexeme.marker === 'later' ? 'later' : marker.lexeme.marker === 'within' ? 'within' : 'ago';
    return built('vague-span', vague.end, { type: 'vague', unit: vague.value, relation });
  }
  const amount = unitCount(t, at);
  if (!amount) return null;
  const { unit, count } = amount.value;
  // "قبل 3 أيام من الانتخابات", "قبل أسبوع واحد على موعدها" count from an event, not from the reference date.
  if (marker.lexeme.marker !== 'lasting' && t.marker(amount.end, 'anchor')) return null;
  switch (marker.lexeme.marker) {
    case 'since':
    case 'ago':
      return built('shift', amount.end, { type: 'shift', unit, amount: -count }, amount);
    case 'later':
      return built('shift', amount.end, { type: 'shift', unit, amount: count }, amount);
    case 'within':
      return built('within', amount.end, { type: 'within', unit, amount: count }, amount);
    default:
      return built('duration', amount.end, { type: 'duration', unit, amount: count }, amount);
  }
}

/**
 * "أيام"، "عدة أسابيع"، "بضعة أشهر"، "سنوات طويلة"، "أيام قليلة": a plural unit with no count. Not "أيام الحرب" (a
 * definite word after it makes a name of it) nor "أيام من الانتخابات" (counted from an event).
 */
function fewUnits(t: TokenList, i: number): Match<Unit> | null {
  const few = t.lex(i, 'few');
  const unit = t.lex(few ? few.end : i, 'unit', (u) => u.count === null && !u.definite);
  if (!unit) return null;
  const after = t.lex(unit.end, 'fewAfter') ?? t.lex(unit.end, 'few');
  const end = after ? after.end : unit.end;
  if (!after && t.kind(end) === 'word' && t.stem(end).startsWith('ال')) return null;
  if (t.kind(end) === 'number' || t.marker(end, 'anchor')) return null;
  return { end, value: unit.lexeme.unit };
}

/** A fraction of a unit in a smaller one: ربع قرن is 25 years, نصف ساعة 30 minutes, نصف عام 6 months. */
const SMALLER_UNIT: Partial<Record<Unit, [Unit, number]>> = {
  millennium: ['year', 1000],
  century: ['year', 100],
  decade: ['year', 10],
  year: ['month', 12],
  day: ['hour', 24],
  hour: ['minute', 60],
};

/** "3 أيام"، "ثلاثة أسابيع"، "11 يوما"، "يومين"، "أسبوع"، "عقدين"، "ربع قرن". */
function unitCount(t: TokenList, i: number): Match<{ unit: Unit; count: number }> | null {
  const fraction = t.lex(i, 'fraction');
  if (fraction) {
    const unit = t.lex(fraction.end, 'unit', (u) => !u.definite && u.count === 1);
    const smaller = unit ? SMALLER_UNIT[unit.lexeme.unit] : undefined;
    const count = smaller ? (smaller[1] * fraction.lexeme.minutes) / 60 : 0;
    return unit && smaller && Number.isInteger(count) ? { end: unit.end, value: { unit: smaller[0], count } } : null;
  }
  const number = cardinal(t, i);
  if (number) {
    const unit = t.lex(number.end, 'unit', (u) => !u.definite && u.count !== 2);
    if (!unit || number.value <= 0) return null;
    const value = { unit: unit.lexeme.unit, count: number.value };
    return number.why ? { end: unit.end, value, why: number.why } : { end: unit.end, value };
  }
  const unit = t.lex(i, 'unit', (u) => !u.definite && u.count !== null);
  // "قبل عام 2018" is "before 2018", not "a year ago"; "خلال شهر سبتمبر" is "in September".
  if (!unit || t.number(unit.end) !== null || t.has(unit.end, 'month')) return null;
  // "قبل عقد الاجتماع" is "before the meeting was held": a weak unit is one only before punctuation or its end.
  if (unit.lexeme.weak && t.kind(unit.end) === 'word' && !t.has(unit.end, 'cardinal')) return null;
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
  return built('night', direction ? direction.end : night.end, { type: 'night', days: direction ? -1 : 0 });
}

/** الآن، حالا، هذه اللحظة. */
export function nowExpr(t: TokenList, i: number): Match<Expr> | null {
  const now = t.lex(i, 'now');
  return now ? built('now', now.end, { type: 'now' }) : null;
}
