/**
 * Numbers as the date grammar meets them: digits, cardinals in words up to the thousands (ثلاثة وعشرون، ألف
 * وتسعمائة وثمانية وأربعين) and ordinals (الثالث عشر).
 */
import type { TokenList } from '../tokens.js';
import { built, recording, type Match } from './rules.js';

/** Digits, or a cardinal in words: ثلاثة، ثمانية عشر، خمس وأربعون، مائتين، ألفين وأربعة وعشرين. */
export function cardinal(t: TokenList, i: number): Match<number> | null {
  const digits = t.number(i);
  if (digits !== null) return built('digits', i + 1, digits);
  return numberWords(t, i);
}

/**
 * A cardinal in words, in the order Arabic writes it: thousands, و hundreds, و units, و tens. Each part is
 * optional but one; after the first, each needs its و.
 */
function numberWords(t: TokenList, i: number): Match<number> | null {
  const thousands = thousandsAt(t, i);
  let total = thousands?.value ?? 0;
  let end = thousands?.end ?? i;
  const hundreds = thousands ? joined(t, end, hundredsAt) : hundredsAt(t, i);
  if (hundreds) {
    total += hundreds.value;
    end = hundreds.end;
  }
  const rest = thousands || hundreds ? joined(t, end, belowHundred) : belowHundred(t, i);
  if (rest) {
    total += rest.value;
    end = rest.end;
  }
  if (end === i) return null;
  return built('number-words', end, total, thousands, hundreds, rest);
}

/** The item after a conjunction و at i, read by `parse`. */
function joined(
  t: TokenList,
  i: number,
  parse: (t: TokenList, j: number) => Match<number> | null,
): Match<number> | null {
  const and = t.joinedByAnd(i);
  return and ? parse(t, and.next) : null;
}

/** ألف، ألفين; or a count of thousands: ثلاثة آلاف، عشرين ألف. */
function thousandsAt(t: TokenList, i: number): Match<number> | null {
  const word = t.lex(i, 'scale', (s) => s.value >= 1000 && !s.times);
  if (word) return { end: word.end, value: word.lexeme.value };
  const count = belowHundred(t, i);
  const times = count ? t.lex(count.end, 'scale', (s) => s.value === 1000) : null;
  return count && times ? { end: times.end, value: count.value * 1000 } : null;
}

/** مائة، مائتين، تسعمائة; or "ثلاث مائة" in two words. */
function hundredsAt(t: TokenList, i: number): Match<number> | null {
  const word = t.lex(i, 'scale', (s) => s.value < 1000);
  if (word) return { end: word.end, value: word.lexeme.value };
  const unit = t.lex(i, 'cardinal', (c) => c.value >= 3 && c.value <= 9);
  const hundred = unit ? t.lex(unit.end, 'scale', (s) => s.value === 100) : null;
  return unit && hundred ? { end: hundred.end, value: unit.lexeme.value * 100 } : null;
}

/** 1 to 99 in words: ثلاثة، خمسة عشر، خمس وأربعون، عشرون. */
function belowHundred(t: TokenList, i: number): Match<number> | null {
  const word = t.lex(i, 'cardinal');
  if (!word) return null;
  const unit = word.lexeme.value;
  if (unit < 10) {
    if (t.has(word.end, 'teen')) return { end: word.end + 1, value: unit + 10 };
    const tens = joinedTens(t, word.end, 'cardinal');
    if (tens) return { end: tens.end, value: unit + tens.value };
  }
  return { end: word.end, value: unit };
}

/** An ordinal in words: الثالث، الحادي عشر، الثالث والعشرون; -1 for "last". */
export function ordinal(t: TokenList, i: number): (Match<number> & { definite: boolean }) | null {
  const word = t.lex(i, 'ordinal');
  if (!word) return null;
  const { value, definite } = word.lexeme;
  let end = word.end;
  let total = value;
  if (value > 0 && value < 10) {
    const tens = t.has(end, 'teen') ? { end: end + 1, value: 10 } : joinedTens(t, end, 'ordinal');
    if (tens) {
      end = tens.end;
      total += tens.value;
    }
  }
  const found = { end, value: total, definite };
  return recording() ? { ...built('ordinal-words', end, total), definite } : found;
}

/** "و" + a multiple of ten (وعشرون، و العشرين), as the second half of a compound number. */
function joinedTens(t: TokenList, i: number, kind: 'cardinal' | 'ordinal'): Match<number> | null {
  const and = t.joinedByAnd(i);
  if (!and) return null;
  const tens = t.lex(and.next, kind, (l) => l.value >= 20 && l.value % 10 === 0);
  return tens ? { end: tens.end, value: tens.lexeme.value } : null;
}

/** A day of the month: 1 to 31 in one or two digits, or an ordinal (الثالث عشر، فاتح). */
export function dayOfMonth(t: TokenList, i: number): Match<number> | null {
  if (t.kind(i) === 'number') {
    const value = t.value(i);
    if (t.width(i) > 2 || value < 1 || value > 31) return null;
    // 09:23 is a time, 12/04 a numeric date: a day number stands alone, or before a month's name in the
    // numeric form's place (08/ديسمبر/2009).
    if (t.punct(i + 1, ':', '/', '.') && !t.spaced(i + 1) && !(t.punct(i + 1, '/') && t.kind(i + 2) !== 'number'))
      return null;
    return built('day-number', i + 1, value);
  }
  const word = ordinal(t, i);
  return word && word.value >= 1 && word.value <= 31 ? built('day-number', word.end, word.value, word) : null;
}

/** Whether token i is glued to a number or a separator before it: 4-3, 1/2/3 — a piece of something else. */
export function gluedToPrevious(t: TokenList, i: number): boolean {
  return !t.spaced(i) && (t.kind(i - 1) === 'number' || t.punct(i - 1, '/', '-', '.', ':', '+'));
}

/**
 * Whether token i is a definite nisba adjective the lexicon does not know (الوطني، المالية): after اليوم or
 * العام it makes a name ("اليوم الوطني", "السنة المالية"), not "today" or "this year".
 */
export function adjectiveAt(t: TokenList, i: number): boolean {
  if (t.kind(i) !== 'word' || t.entriesAt(i).length > 0) return false;
  const word = t.text(i);
  return word.startsWith('ال') && (word.endsWith('ي') || word.endsWith('يه'));
}

/** How many digits a year written in digits has. */
export const YEAR_DIGITS = 4;

/** A four-digit year in the given bounds. */
export function fourDigitYear(t: TokenList, i: number, min: number, max: number): number | null {
  if (t.kind(i) !== 'number' || t.width(i) !== YEAR_DIGITS) return null;
  const value = t.value(i);
  return value >= min && value <= max ? value : null;
}

/** A year in words, in the given bounds: "ألفين وأربعة وعشرين", "ألف وتسعمائة وثمانية وأربعين". */
export function yearInWords(t: TokenList, i: number, min: number, max: number): Match<number> | null {
  if (t.kind(i) !== 'word') return null;
  const words = numberWords(t, i);
  return words && words.value >= min && words.value <= max ? built('year-words', words.end, words.value, words) : null;
}
