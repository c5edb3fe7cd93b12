/**
 * Dates in the forms machines write them, read without the date engine: ISO 8601 and what metadata writes
 * close to it ("2020-06-03T03:01+0400", "2020-12-01 02:00:00", "2020-6-3", "2020-02-18 T 07:20:50 +0330"), RFC 2822
 * and its partial forms ("Fri, 09 Mar 2018 09:48:57 +0400", "09 Mar 2018", "9 March 2018 GMT"), and Unix times in
 * seconds or milliseconds. The value is ISO 8601 at the precision written, with the zone as written in one form
 * ("+04:00", "Z"). A value of one of these forms that is no real date or time ("2015-13-45", "2015-02-30", "25:61")
 * is invalid, not a date.
 */
import { gregorian } from './calendar.js';

/** What a string of one of these forms gives: its ISO value, or `invalid`; null when it is of none of them. */
export type IsoReading = { iso: string } | { invalid: true } | null;

const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s*[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(gmt|ut|utc|z|[+-]\d{4})?)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * A Unix time: 9 to 11 digits are seconds (1973 to 5138), 12 or 13 milliseconds. A year (4 digits) or a
 * date written without separators (8) is none.
 */
const UNIX_SECONDS = /^\d{9,11}$/;
const UNIX_MILLISECONDS = /^\d{12,13}$/;
const MS_PER_SECOND = 1000;
/** Zone offsets run from -12:00 to +14:00; a larger one is a typo, not a zone. */
const MAX_ZONE_HOURS = 14;

/** ISO 8601 or RFC 2822, in any of the forms above but a Unix time. */
export function readIsoForms(text: string): IsoReading {
  const value = text.replace(/\s+/g, ' ').trim();
  const iso = ISO_LIKE.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso;
    return build(y!, Number(mo), Number(d), h, mi, s === undefined ? undefined : s + (fraction ?? ''), zone);
  }
  const rfc = RFC_2822.exec(value);
  if (!rfc) return null;
  const [, d, monthName, y, h, mi, s, zone] = rfc;
  const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  return month > 0 ? build(y!, month, Number(d), h, mi, s, zone) : null;
}

/** A Unix time written as digits, in ISO 8601 (UTC); null when the digits are none. */
export function readUnixTime(text: string): string | null {
  const value = text.trim();
  const ms = UNIX_SECONDS.test(value)
    ? Number(value) * MS_PER_SECOND
    : UNIX_MILLISECONDS.test(value)
      ? Number(value)
      : null;
  return ms === null ? null : new Date(ms).toISOString().replace('.000Z', 'Z');
}

function build(
  year: string,
  month: number,
  day: number,
  h?: string,
  mi?: string,
  s?: string,
  zone?: string,
): IsoReading {
  if (month < 1 || month > 12 || day < 1 || day > gregorian.monthLength(Number(year), month)) return { invalid: true };
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (h === undefined || mi === undefined) return { iso: date };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s?.slice(0, 2) ?? 0) > 59) return { invalid: true };
  const offset = zone === undefined ? '' : zoneOffset(zone);
  if (offset === null) return { invalid: true };
  return {
    iso: `${date}T${pad(Number(h))}:${mi}${s === undefined ? '' : `:${s.length === 1 ? `0${s}` : s}`}${offset}`,
  };
}

/** "Z", or "+HH:MM"; null for an offset no zone has. */
function zoneOffset(zone: string): string | null {
  if (/^(?:z|gmt|ut|utc)$/i.test(zone)) return 'Z';
  const [hours, minutes] = [Number(zone.slice(1, 3)), Number(zone.slice(-2))];
  return hours > MAX_ZONE_HOURS || minutes > 59 ? null : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
