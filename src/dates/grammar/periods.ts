/**
 * Periods longer than a month, named by the calendar: quarters and halves of a year ("الربع الأول من 2024", "النصف
 * الثاني من العام الجاري", "الفصل الأخير من السنة") or of a century ("النصف الأول من القرن العشرين"), decades
 * ("الثمانينيات", "ستينيات القرن الماضي") and centuries or millennia by their ordinal ("القرن التاسع عشر", "القرن الـ19",
 * "الألفية الثالثة"). Named from now (القرن الماضي، العقدين الماضيين) they are periods of relative.ts.
 */
import type { Expr } from '../expr.js';
import type { TokenList } from '../tokens.js';
import { wholeYear, type Scan } from './dates.js';
import { ordinal } from './numbers.js';
import { periodExpr } from './relative.js';
import { built, longest, withValue, type Match } from './rules.js';

/** Centuries written with a number: "القرن 19", "القرن الـ19" (the article glued to the digits). */
const CENTURY_NUMBERS = { min: 1, max: 30 };

/**
 * "الربع الأول من 2024"، "النصف الثاني من العام الجاري"، "الربع الأخير من القرن التاسع عشر". The part needs من and
 * a year or a century after it: "الربع الأول" alone is as often a quarter of a match, "الفصل الأول" a school term.
 * Thirds (الثلث الأخير من الشهر) are parts of a period with a mod: see recognise.ts.
 */
export function partOfYear(scan: Scan, i: number): Match<Expr> | null {
  const { t } = scan;
  const part = t.lex(i, 'yearPart', (p) => p.parts !== 3);
  const nth = part ? ordinal(t, part.end) : null;
  if (!part || !nth?.definite) return null;
  const parts = part.lexeme.parts as 2 | 4;
  if (nth.value !== -1 && (nth.value < 1 || nth.value > parts)) return null;
  const of = t.marker(nth.end, 'of');
  if (!of) return null;
  const year = wholeYear(scan, of.end);
  const whole = longest<Match<Expr>>([
    year && withValue<Expr>(year, { type: 'calendar', spec: year.value }),
    part.lexeme.weak ? null : centuryExpr(t, of.end),
    part.lexeme.weak ? null : centuryPeriod(t, of.end),
  ]);
  if (!whole) return null;
  return built('part-of-year', whole.end, { type: 'partOf', parts, nth: nth.value, whole: whole.value }, nth, whole);
}

/** "القرن التاسع عشر"، "القرن الـ19 الميلادي"، "الألفية الثالثة"; not a century "قبل الميلاد" or a Hijri one. */
export function centuryExpr(t: TokenList, i: number): Match<Expr> | null {
  const unit = t.lex(
    i,
    'unit',
    (u) => (u.unit === 'century' || u.unit === 'millennium') && u.count === 1 && u.definite,
  );
  if (!unit) return null;
  const nth = ordinal(t, unit.end) ?? centuryNumber(t, unit.end);
  if (!nth || nth.value < 1) return null;
  const era = t.lex(nth.end, 'era');
  if (era && era.lexeme.calendar !== 'gregorian') return null;
  const end = era ? era.end : nth.end;
  if (beforeChrist(t, end)) return null;
  const name = unit.lexeme.unit === 'millennium' ? 'millennium' : 'century';
  return built('century', end, { type: 'century', unit: name, nth: nth.value }, nth);
}

/** "الـ19"، "19" after القرن. */
function centuryNumber(t: TokenList, i: number): Match<number> | null {
  const article = t.text(i) === 'ال' && !t.spaced(i + 1) ? i + 1 : i;
  const value = t.number(article);
  return value !== null && value >= CENTURY_NUMBERS.min && value <= CENTURY_NUMBERS.max
    ? built('digits', article + 1, value)
    : null;
}

/** "قبل الميلاد", "ق.م": the years count back. */
function beforeChrist(t: TokenList, i: number): boolean {
  return (t.marker(i, 'ago') !== null && t.text(i + 1) === 'الميلاد') || (t.text(i) === 'ق' && t.punct(i + 1, '.'));
}

/** "القرن الماضي"، "القرن الحالي": a century named from now, as a decade or a part of a century is read against. */
function centuryPeriod(t: TokenList, i: number): Match<Expr> | null {
  const period = periodExpr(t, i);
  return period?.value.type === 'period' &&
    period.value.count === 1 &&
    (period.value.unit === 'century' || period.value.unit === 'millennium')
    ? period
    : null;
}

/**
 * "الثمانينيات"، "التسعينات من القرن الماضي"، "ستينيات القرن العشرين": a decade by its tens. Without ال it is read
 * only with its century ("ثمانينيات القرن الماضي").
 */
export function decadeExpr(t: TokenList, i: number): Match<Expr> | null {
  const name = t.lex(i, 'decadeName');
  if (!name) return null;
  const of = t.marker(name.end, 'of');
  const at = of ? of.end : name.end;
  const century = longest([centuryExpr(t, at), centuryPeriod(t, at)]);
  if (!century && !t.stem(i).startsWith('ال')) return null;
  return built(
    'decade',
    century ? century.end : name.end,
    { type: 'decade', tens: name.lexeme.tens, century: century?.value ?? null },
    century,
  );
}
