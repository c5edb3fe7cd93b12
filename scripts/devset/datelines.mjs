/**
 * Date lines in the forms real pages of the corpus print them (each form names the page it is taken
 * from), written for a known date so that the gold `published` is known by construction.
 */
const WEEKDAYS = ['الأحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const MAGHREB = ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

const pad = (n) => String(n).padStart(2, '0');

/** "2015-08-06 02:30:44", "2024-09-01T00:04:00+03:00", "Tue, 03 Apr 2018 18:48:51 +0000" → wall-clock parts as written. */
export function dateParts(value) {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  if (m) return { y: +m[1], mo: +m[2], d: +m[3], h: m[4] ? +m[4] : null, mi: m[5] ? +m[5] : null };
  m = /^\w{3}, (\d{1,2}) (\w{3}) (\d{4}) (\d{2}):(\d{2})/.exec(value);
  if (m) {
    const mo = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(m[2]) + 1;
    return { y: +m[3], mo, d: +m[1], h: +m[4], mi: +m[5] };
  }
  return null;
}

const weekday = ({ y, mo, d }) => WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
const iso = ({ y, mo, d }) => `${y}-${pad(mo)}-${pad(d)}`;
const isoTime = (p, h = p.h, mi = p.mi) => `${iso(p)}T${pad(h)}:${pad(mi)}`;
const h12 = (h) => (h % 12 === 0 ? 12 : h % 12);

/** Each form: [page it comes from, (parts) => [line, gold ISO]]. Forms with a time need one. */
export const DATE_FORMS = [
  ['youm7', (p) => [`${weekday(p)}، ${pad(p.d)} ${MONTHS[p.mo - 1]} ${p.y} ${pad(h12(p.h))}:${pad(p.mi)} ${p.h < 12 ? 'ص' : 'م'}`, isoTime(p)], true],
  ['akhbarelyom', (p) => [`${weekday(p)}، ${pad(p.d)} ${MONTHS[p.mo - 1]} ${p.y} - ${pad(h12(p.h))}:${pad(p.mi)} ${p.h < 12 ? 'ص' : 'م'}`, isoTime(p)], true],
  ['elbalad', (p) => [`${p.y}/${pad(p.mo)}/${pad(p.d)} - ${h12(p.h)}:${pad(p.mi)} ${p.h < 12 ? 'صباحًا' : 'مساءً'}`, isoTime(p)], true],
  ['almadenahnews', (p) => [`تم نشره ${weekday(p)} ${p.d} ${LEVANT[p.mo - 1]} / ${MONTHS[p.mo - 1]} ${p.y} ${pad(h12(p.h))}:${pad(p.mi)} ${p.h < 12 ? 'صباحاً' : 'مساءً'}`, isoTime(p)], true],
  ['albayan', (p) => [`التاريخ: ${pad(p.d)} ${MONTHS[p.mo - 1]} ${p.y}`, iso(p)], false],
  ['lbci', (p) => [`${iso(p)} | ${pad(p.h)}:${pad(p.mi)}`, isoTime(p)], true],
  ['assabah', (p) => [`${weekday(p)} ${p.d} ${MAGHREB[p.mo - 1]} ${p.y}`, iso(p)], false],
  ['baghdadtoday', (p) => [`(${p.d} ${LEVANT[p.mo - 1]} ${p.y})`, iso(p)], false],
];

/** A date line in form `n` for a date value, with its gold ISO; null when the value has no date (or no time a form needs). */
export function dateLine(value, n) {
  const parts = dateParts(value);
  if (!parts) return null;
  const [, write, needsTime] = DATE_FORMS[n % DATE_FORMS.length];
  if (needsTime && parts.h === null) return null;
  const [line, gold] = write(parts);
  return { line, gold };
}
