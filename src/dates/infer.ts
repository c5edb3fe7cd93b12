/**
 * A last-resort reference date for an article that has no date of its own, read from its mentions. News reports
 * what has happened, so the dates an article writes in its non-future sentences are lower bounds of its own date,
 * and the article is dated as soon after them as its cues allow:
 *
 * 1. Month: a named month marked current ("12 أبريل الجاري", "أبريل الحالي") gives the article's month. Without
 *    one the evidence is too thin and there is no inference.
 * 2. Year: the year of the latest dated mention with a written year (مطلع مارس 2025), or the next one when the
 *    current month comes before that mention's month in the year. Without a written year, no inference.
 * 3. Lower bounds in that month: every dated mention (a day of the current month, "18 مارس الماضي" the day after).
 * 4. Week scale: news names the days of the current week by their weekday (السبت) and last week's as الأسبوع
 *    الماضي. So when the article speaks that way, a day it gives by date in the current month lies before the
 *    current week (bare weekdays), or before last week too (الأسبوع الماضي): the article's week starts at least
 *    one, or two, weeks after that day's week.
 * 5. Weekday: "اليوم السبت", else the first bare weekday of a non-future sentence (a lead's "الأحد"), is the
 *    article's day when one such day fits; the earliest day left is the answer.
 * A cue that would leave no day at all (an inconsistent article) is set aside rather than trusted.
 */
import { analyse, tenseOf, writtenSpan, type Analysis } from './analyse.js';
import { formatDay, formatMonth, gregorian, weekdayOf, weekStartOf } from './calendar.js';
import type { Candidate, CalendarSpec } from './expr.js';
import { weekStartDay, type WeekStart } from './options.js';

/**
 * A mention of the article, read only as far as a rule asks: the words of those the evidence quotes, the tense of
 * the dates and weekdays (most mentions are neither).
 */
interface Cue {
  candidate: Candidate;
  analysis: Analysis;
}

const quoted = (cue: Cue): string => `"${writtenSpan(cue.analysis, cue.candidate).written}"`;
const future = (cue: Cue): boolean => tenseOf(cue.analysis, cue.candidate) === 'future';

/** `texts`: strings, or texts analysed once by `analyse` (extract shares them with mention finding). */
export function inferReferenceDate(
  texts: readonly (string | Analysis)[],
  options: { weekStart?: WeekStart } = {},
): { date: string; evidence: string } | null {
  const weekStart = weekStartDay(options.weekStart);
  const cues: Cue[] = texts.flatMap((text) => {
    const analysis = typeof text === 'string' ? analyse(text) : text;
    return analysis.candidates.map((candidate) => ({ candidate, analysis }));
  });
  const specOf = (cue: Cue): CalendarSpec | null =>
    cue.candidate.expr.type === 'calendar' ? cue.candidate.expr.spec : null;
  const gregorianSpecs = cues.flatMap((cue) => {
    const spec = specOf(cue);
    return spec && spec.calendar === 'gregorian' && !future(cue) ? [{ cue, spec }] : [];
  });

  const current = gregorianSpecs.find(({ spec }) => spec.monthDirection === 0 && spec.month !== undefined);
  if (!current?.spec.month) return null;
  const month = current.spec.month;
  const dated = gregorianSpecs
    .filter(({ spec }) => spec.year !== undefined)
    .map(({ cue, spec }) => ({
      cue,
      day: gregorian.toDay(spec.year as number, spec.month ?? 1, Math.max(spec.day ?? 1, 1)),
    }))
    .sort((a, b) => a.day - b.day);
  const latest = dated.at(-1);
  if (!latest) return null;
  const latestDate = gregorian.fromDay(latest.day);
  const year = month < latestDate.month ? latestDate.year + 1 : latestDate.year;
  const evidence = [`${quoted(current.cue)} puts it in ${formatMonth(year, month)}, after ${quoted(latest.cue)}`];

  const first = gregorian.toDay(year, month, 1);
  const last = first + gregorian.monthLength(year, month) - 1;
  let earliest = Math.max(first, latest.day);
  const inMonth = gregorianSpecs.flatMap(({ cue, spec }) => {
    if (spec.day === undefined || spec.month === undefined || spec.day < 1) return [];
    if (spec.monthDirection === 0) return [{ cue, day: gregorian.toDay(year, spec.month, spec.day) }];
    if (spec.monthDirection === -1)
      return [{ cue, day: gregorian.toDay(spec.month < month ? year : year - 1, spec.month, spec.day) + 1 }];
    return [];
  });
  for (const { day } of inMonth) if (day <= last) earliest = Math.max(earliest, day);

  const weeksBack = cues.some(
    ({ candidate: { expr } }) => expr.type === 'period' && expr.unit === 'week' && expr.shift === -1,
  )
    ? 2
    : cues.some(
          ({ candidate: { expr } }) =>
            expr.type === 'weekday' && expr.direction === undefined && expr.weekShift === undefined,
        )
      ? 1
      : 0;
  const currentDays = inMonth.filter(({ cue }) => specOf(cue)?.monthDirection === 0).map(({ day }) => day);
  if (weeksBack > 0 && currentDays.length > 0) {
    const bound = Math.max(...currentDays.map((day) => weekStartOf(day, weekStart) + 7 * weeksBack));
    if (bound <= last && bound > earliest) {
      earliest = bound;
      evidence.push(
        `on or after ${formatDay(bound)} (a day it dates is older than ${weeksBack === 2 ? 'last week' : 'this week'})`,
      );
    }
  }
  if (earliest > last) return null;

  const weekdayCue =
    cues.find(({ candidate: { expr } }) => expr.type === 'dayShift' && expr.days === 0 && expr.weekday !== undefined) ??
    cues.find(
      (cue) =>
        cue.candidate.expr.type === 'weekday' &&
        cue.candidate.expr.direction === undefined &&
        cue.candidate.expr.weekShift === undefined &&
        !future(cue),
    );
  const weekday = weekdayCue && 'weekday' in weekdayCue.candidate.expr ? weekdayCue.candidate.expr.weekday : undefined;
  let day = earliest;
  if (weekday !== undefined && weekdayCue) {
    const onWeekday = earliest + ((weekday - weekdayOf(earliest) + 7) % 7);
    if (onWeekday <= last) {
      day = onWeekday;
      evidence.push(`a ${WEEKDAY_NAMES[weekday]} (${quoted(weekdayCue)})`);
    }
  }
  return { date: formatDay(day), evidence: evidence.join('; ') };
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
