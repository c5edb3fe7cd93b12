/**
 * Date strings from page metadata → ISO 8601, keeping the page's own offset. ISO-like forms
 * ("2020-06-03T03:01+0400", "2020-12-01 02:00:00", "2020-02-18 T 07:20:50 +0330") and RFC 822 are
 * read here; anything else ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹") goes to the
 * date engine's `parseDateLine`.
 */
import { parseDateLine } from '../../dates/index.js';

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s*[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC_822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(gmt|ut|utc|z|[+-]\d{4})?)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** ISO form of a metadata date, or null when neither this reader nor the date engine understands it. */
export function metaDateToIso(raw: string): string | null {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (value === '' || value.length > 200) return null;
  const iso = ISO_LIKE.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso;
    return build(y!, mo!, d!, h, mi, s === undefined ? undefined : s + (fraction ?? ''), zone);
  }
  const rfc = RFC_822.exec(value);
  if (rfc) {
    const [, d, monthName, y, h, mi, s, zone] = rfc;
    const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
    if (month > 0) return build(y!, String(month), d!, h, mi, s, zone);
  }
  return parseDateLine(value);
}

function build(y: string, mo: string, d: string, h?: string, mi?: string, s?: string, zone?: string): string | null {
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (h === undefined || mi === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59) return date;
  const time = `${pad(Number(h))}:${mi}${s === undefined ? '' : `:${s.length === 1 ? `0${s}` : s}`}`;
  return `${date}T${time}${zone === undefined ? '' : offset(zone)}`;
}

function offset(zone: string): string {
  if (/^(?:z|gmt|ut|utc)$/i.test(zone)) return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
