/**
 * Times of day: "09:23 ص", "الساعة 10 صباحاً", "الثالثة وربع بعد الظهر", "الساعة 12 إلا ربعا", "14:30 بتوقيت غرينتش".
 */
import type { TimeSpec } from '../expr.js';
import type { DayPart } from '../lexicon.js';
import type { TokenList } from '../tokens.js';
import { cardinal, gluedToPrevious, ordinal } from './numbers.js';
import { built, recording, type Match } from './rules.js';

interface Clock {
  end: number;
  why?: Match<unknown>['why'];
  hour: number;
  minute: number | null;
  second: number | null;
  /** Written as digits with a colon (15:15); such a reading needs no other cue to be a time. */
  colon: boolean;
}

/** A time of day at token i. A bare hour (3, الثالثة) counts only after الساعة or before a day part. */
export function timeOfDay(t: TokenList, i: number): Match<TimeSpec> | null {
  const intro = t.lex(i, 'unit', (u) => u.unit === 'hour' && u.definite && u.count === 1);
  const clock = colonClock(t, intro ? intro.end : i) ?? spokenClock(t, intro ? intro.end : i);
  if (!clock) return null;
  let end = clock.end;
  const part = dayPart(t, end, clock.colon || intro !== null);
  if (part) end = part.end;
  if (!clock.colon && !intro && !part) return null;
  const zone = timeZone(t, end);
  if (zone) end = zone.end;
  const written = t.text(intro ? intro.end : i);
  return built(
    'time-of-day',
    end,
    {
      hour: clock.hour,
      minute: clock.minute ?? 0,
      second: clock.second,
      grain: clock.second !== null ? 'second' : clock.minute !== null ? 'minute' : 'hour',
      dayPart: part?.value ?? null,
      // "09:23" with its leading zero is a 24-hour reading; "3" or "3:20" could be either half of the day.
      ambiguous: !part && clock.hour >= 1 && clock.hour <= 12 && !written.startsWith('0'),
      zone: zone?.value ?? null,
    },
    clock.why ? { end: clock.end, value: null, why: clock.why } : null,
    part,
    zone,
  );
}

/** The hour on a 24-hour clock, once the day part is applied. */
export function hourOfDay(time: TimeSpec): number {
  const h = time.hour;
  switch (time.dayPart) {
    case 'am':
      return h === 12 ? 0 : h;
    case 'pm':
      return h < 12 ? h + 12 : h;
    case 'noon':
      return h >= 1 && h <= 5 ? h + 12 : h;
    case 'night':
      return h === 12 ? 0 : h >= 6 && h < 12 ? h + 12 : h;
    default:
      return h;
  }
}

/** What joins a clock's hour to its minutes and its minutes to its seconds: 15:30:05. */
export const CLOCK_SEPARATOR = ':';

function colonClock(t: TokenList, i: number): Clock | null {
  const hour = t.value(i);
  if (t.width(i) > 2 || !(hour <= 24) || gluedToPrevious(t, i)) return null;
  const minute = glued(t, i + 1, CLOCK_SEPARATOR) ?? frenchMinute(t, i + 1);
  if (minute === null || minute > 59) return null;
  const second = glued(t, i + 3, CLOCK_SEPARATOR);
  const withSeconds = second !== null && second <= 59;
  return clockOf(withSeconds ? i + 5 : i + 3, hour, minute, withSeconds ? second : null, true);
}

/** ":MM" right after the previous token with no space: two digits. */
function glued(t: TokenList, i: number, separator: string): number | null {
  if (!t.punct(i, separator) || t.spaced(i) || t.kind(i + 1) !== 'number' || t.spaced(i + 1) || t.width(i + 1) !== 2)
    return null;
  return t.value(i + 1);
}

/** The letter between a French time's hour and minutes ("13h06"). */
export const FRENCH_HOUR_MARK = 'h';

/** "h" and two digits glued to an hour, as French dates write a time ("13h06"): the minutes. */
function frenchMinute(t: TokenList, i: number): number | null {
  if (
    t.kind(i) !== 'word' ||
    t.text(i) !== FRENCH_HOUR_MARK ||
    t.spaced(i) ||
    t.kind(i + 1) !== 'number' ||
    t.spaced(i + 1)
  )
    return null;
  return t.width(i + 1) === 2 ? t.value(i + 1) : null;
}

/** An hour in digits or words, with its minutes: و18 دقيقة، وربع، إلا ثلث. */
function spokenClock(t: TokenList, i: number): Clock | null {
  const hour = spokenHour(t, i);
  if (!hour) return null;
  const plus = t.joinedByAnd(hour.end);
  if (plus) {
    const minutes = minutesAt(t, plus.next);
    if (minutes) return clockOf(minutes.end, hour.value, minutes.value, null, false, hour);
  }
  if (t.marker(hour.end, 'except')) {
    const minutes = minutesAt(t, hour.end + 1);
    if (minutes && minutes.value > 0)
      return clockOf(minutes.end, (hour.value + 23) % 24, 60 - minutes.value, null, false, hour);
  }
  return clockOf(hour.end, hour.value, null, null, false, hour);
}

/** A clock reading, with its trail while explaining (built here: clocks are tried at every number). */
function clockOf(
  end: number,
  hour: number,
  minute: number | null,
  second: number | null,
  colon: boolean,
  from?: Match<number>,
): Clock {
  const clock: Clock = { end, hour, minute, second, colon };
  if (recording()) clock.why = built('clock', end, null, from).why;
  return clock;
}

function spokenHour(t: TokenList, i: number): Match<number> | null {
  // "4-3 ظهر السبت": the 3 of a score is no hour.
  if (t.kind(i) === 'number')
    return t.width(i) <= 2 && t.value(i) <= 24 && !gluedToPrevious(t, i) ? { end: i + 1, value: t.value(i) } : null;
  const word = ordinal(t, i) ?? cardinal(t, i);
  return word && word.value >= 1 && word.value <= 12 ? word : null;
}

/** Minutes after و or إلا: a fraction of the hour (ربع) or a count, with or without دقيقة. */
function minutesAt(t: TokenList, i: number): Match<number> | null {
  const fraction = t.lex(i, 'fraction');
  if (fraction) return { end: fraction.end, value: fraction.lexeme.minutes };
  const count = cardinal(t, i);
  if (!count || count.value > 59) return null;
  const unit = t.lex(count.end, 'unit', (u) => u.unit === 'minute' && !u.definite);
  return { end: unit ? unit.end : count.end, value: count.value };
}

/** صباحاً، بعد الظهر، هذا الصباح، هذه الليلة; "ص" and "م" only after a clearly written time. */
function dayPart(t: TokenList, i: number, allowLetters: boolean): Match<DayPart> | null {
  const start = t.lex(i, 'this') ? i + 1 : t.marker(i, 'of') ? i + 1 : i;
  const night = t.lex(start, 'night');
  if (night) return built('day-part', night.end, 'night');
  const part = t.lex(start, 'dayPart', (p) => allowLetters || !p.afterTimeOnly);
  if (!part || (part.lexeme.afterTimeOnly && start !== i)) return null;
  return built('day-part', part.end, part.lexeme.dayPart);
}

/** بتوقيت غرينتش، GMT، (GMT+0400)، (مكة المكرمة), and the ISO and RFC offsets after a clock: +01:00، +0400، Z. */
function timeZone(t: TokenList, i: number): Match<string> | null {
  if (t.text(i) === 'z' && !t.spaced(i)) return built('time-zone', i + 1, 'Z');
  const iso = t.punct(i, '+') ? numericOffset(t, i + 1) : null;
  if (iso) return built('time-zone', iso.end, `+${iso.value}`);
  let j = t.marker(i, 'zoneIntro')?.end ?? i;
  const open = t.punct(j, '(');
  if (open) j++;
  const zone = t.lex(j, 'zone');
  // Without بتوقيت or brackets only GMT/UTC is a zone: "الساعة 3 مكة" is no time zone.
  if (!zone || (!open && j === i && !/^[a-z]/.test(t.text(j)))) return null;
  j = zone.end;
  let offset = zone.lexeme.offset;
  const shift = offset === 'Z' && t.punct(j, '+', '-') ? numericOffset(t, j + 1) : null;
  if (shift) {
    offset = `${t.text(j)}${shift.value}`;
    j = shift.end;
  }
  if (open) {
    if (!t.punct(j, ')')) return null;
    j++;
  }
  return built('time-zone', j, offset);
}

/** The hours (and minutes) of an offset after its sign: 3, 03:00, 0400 → "03:00", "04:00". */
function numericOffset(t: TokenList, i: number): Match<string> | null {
  if (t.kind(i) !== 'number' || t.spaced(i)) return null;
  const digits = t.text(i);
  if (digits.length === 4) return { end: i + 1, value: `${digits.slice(0, 2)}:${digits.slice(2)}` };
  if (digits.length > 2) return null;
  const minutes = t.punct(i + 1, ':') && t.width(i + 2) === 2 && !t.spaced(i + 2) ? t.text(i + 2) : null;
  return { end: minutes ? i + 3 : i + 1, value: `${digits.padStart(2, '0')}:${minutes ?? '00'}` };
}
