/** Numbers as the date grammar meets them: digits, cardinal words (ثلاثة وعشرون) and ordinals (الثالث عشر). */
import type { TokenList } from '../tokens.js';

export interface Match<T> {
  end: number;
  value: T;
}

/** Digits, or a cardinal in words: ثلاثة، ثمانية عشرة، خمس وأربعون. */
export function cardinal(t: TokenList, i: number): Match<number> | null {
  const digits = t.number(i);
  if (digits !== null) return { end: i + 1, value: digits };
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
export function ordinal(t: TokenList, i: number): Match<number> & { definite: boolean } | null {
  const word = t.lex(i, 'ordinal');
  if (!word) return null;
  const { value, definite } = word.lexeme;
  if (value > 0 && value < 10) {
    if (t.has(word.end, 'teen')) return { end: word.end + 1, value: value + 10, definite };
    const tens = joinedTens(t, word.end, 'ordinal');
    if (tens) return { end: tens.end, value: value + tens.value, definite };
  }
  return { end: word.end, value, definite };
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
    // 09:23 is a time, 12/04 a numeric date: a day number stands alone.
    if (t.punct(i + 1, ':', '/', '.') && !t.spaced(i + 1)) return null;
    return { end: i + 1, value };
  }
  const word = ordinal(t, i);
  return word && word.value >= 1 && word.value <= 31 ? word : null;
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

/** A four-digit year in the given bounds. */
export function fourDigitYear(t: TokenList, i: number, min: number, max: number): number | null {
  if (t.kind(i) !== 'number' || t.width(i) !== 4) return null;
  const value = t.value(i);
  return value >= min && value <= max ? value : null;
}
