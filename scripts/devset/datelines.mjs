/**
 * Date lines in the forms real pages of the corpus print them (each form names the page it is taken
 * from), written for a known date so that the gold `published` is known by construction.
 */
const WEEKDAYS = ['الأحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
const LEVANT = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
const MAGHREB = [
  'جانفي',
  'فيفري',
  'مارس',
  'أفريل',
  'ماي',
  'جوان',
  'جويلية',
  'أوت',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

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

/** Each form: [page it comes from, (parts) => [line, gold ISO], needs a time]. Forms with a time need one. */
/** @type {Array<[string, (p: any) => string[], boolean]>} */
const DATE_FORMS = [
  [
    'youm7',
    (p) => [
      `${weekday(p)}، ${pad(p.d)} ${MONTHS[p.mo - 1]} ${p.y} ${pad(h12(p.h))}:${pad(p.mi)} ${p.h < 12 ? 'ص' : 'م'}`,
      isoTime(p),
    ],
    true,
  ],
  [
    'akhbarelyom',
    (p) => [
      `${weekday(p)}، ${pad(p.d)} ${MONTHS[p.mo - 1]} ${p.y} - ${pad(h12(p.h))}:${pad(p.mi)} ${p.h < 12 ? 'ص' : 'م'}`,
      isoTime(p),
    ],
    true,
  ],
  [
    'elbalad',
    (p) => [`${p.y}/${pad(p.mo)}/${pad(p.d)} - ${h12(p.h)}:${pad(p.mi)} ${p.h < 12 ? 'صباحًا' : 'مساءً'}`, isoTime(p)],
    true,
  ],
  [
    'almadenahnews',
    (p) => [
      `تم نشره ${weekday(p)} ${p.d} ${LEVANT[p.mo - 1]} / ${MONTHS[p.mo - 1]} ${p.y} ${pad(h12(p.h))}:${pad(p.mi)} ${p.h < 12 ? 'صباحاً' : 'مساءً'}`,
      isoTime(p),
    ],
    true,
  ],
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

const MOROCCO = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'ماي',
  'يونيو',
  'يوليوز',
  'غشت',
  'شتنبر',
  'أكتوبر',
  'نونبر',
  'دجنبر',
];
const hijri = (p) =>
  new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-latn', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(p.y, p.mo - 1, p.d)));

const hijriNumeric = (p) =>
  new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-latn', { day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date(Date.UTC(p.y, p.mo - 1, p.d)))
    .replace(/\u200f/gu, '');
const indic = (n) => String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[+d]);
/** Forms taken from held-back sites' pages: the families, which are dev pages, do not use them. */
const HELD_BACK_FORMS = new Set(['akhbarelyom', 'lbci', 'baghdadtoday']);

/**
 * Date-line forms of the layout families (families.mjs), by name, each as dev-split pages of the corpus
 * print it (the page named) or as the family's layout prints it: [write, needs a time].
 */
const NAMED_FORMS = {
  ...Object.fromEntries(
    DATE_FORMS.filter(([name]) => !HELD_BACK_FORMS.has(name)).map(([name, write, needsTime]) => [
      name,
      [write, needsTime],
    ]),
  ),
  // hespress.com (INVENTORY §3 E): "الأحد 9 نونبر 2014 - 00:42".
  hespress: [(p) => [`${weekday(p)} ${p.d} ${MOROCCO[p.mo - 1]} ${p.y} - ${pad(p.h)}:${pad(p.mi)}`, isoTime(p)], true],
  // alyaum.com's related items: "الاحد 12 / 04 / 2020 21:29".
  alyaum: [(p) => [`${weekday(p)} ${pad(p.d)} / ${pad(p.mo)} / ${p.y} ${pad(p.h)}:${pad(p.mi)}`, isoTime(p)], true],
  // WordPress's Arabic date: "14 يوليو، 2024".
  wordpress: [(p) => [`${p.d} ${MONTHS[p.mo - 1]}، ${p.y}`, iso(p)], false],
  short: [(p) => [`${p.d} ${MONTHS[p.mo - 1]} ${p.y}`, iso(p)], false],
  gulf: [
    (p) => [
      `${weekday(p)} ${p.d} ${MONTHS[p.mo - 1]} ${p.y} - ${pad(h12(p.h))}:${pad(p.mi)} ${p.h < 12 ? 'ص' : 'م'}`,
      isoTime(p),
    ],
    true,
  ],
  // A Gulf masthead: the Hijri and the Gregorian date ("8 محرم 1446 هـ - 14 يوليو 2024 م").
  hijri: [(p) => [`${weekday(p)} ${hijri(p)} - ${p.d} ${MONTHS[p.mo - 1]} ${p.y} م`, iso(p)], false],
  levant: [(p) => [`${weekday(p)} ${p.d} ${LEVANT[p.mo - 1]} ${p.y}`, iso(p)], false],
  iso: [(p) => [`${iso(p)} ${pad(p.h)}:${pad(p.mi)}`, isoTime(p)], true],
  agency: [(p) => [`${pad(p.d)}/${pad(p.mo)}/${p.y} ${pad(p.h)}:${pad(p.mi)}`, isoTime(p)], true],
  // A channel's stamps: published, then updated a few hours later.
  channel: [
    (p) => [
      `نشر في: ${p.d} ${MONTHS[p.mo - 1]} ${p.y} - ${pad(p.h)}:${pad(p.mi)} آخر تحديث: ${p.d} ${MONTHS[p.mo - 1]} ${p.y} - ${pad(Math.min(23, p.h + 3))}:${pad(p.mi)}`,
      isoTime(p),
    ],
    true,
  ],
  // Forms of the second set of layout families (families2.mjs).
  // An update stamp that is relative ("آخر تحديث: منذ 3 ساعات") after the absolute publication date.
  updated: [
    (p) => [
      `تاريخ النشر: ${pad(p.d)}/${pad(p.mo)}/${p.y} - ${pad(p.h)}:${pad(p.mi)} | آخر تحديث: منذ ${2 + (p.mi % 7)} ساعات`,
      isoTime(p),
    ],
    true,
  ],
  // An official agency's numeric Hijri date and the Gregorian one ("الأحد 08/01/1446 هـ الموافق 2024/07/14 م").
  'hijri-numeric': [
    (p) => [`${weekday(p)} ${hijriNumeric(p)} الموافق ${p.y}/${pad(p.mo)}/${pad(p.d)} م`, iso(p)],
    false,
  ],
  // Arabic-Indic digits ("١٤ يوليو ٢٠٢٤ - ١٠:٣٠").
  indic: [
    (p) => [`${indic(p.d)} ${MONTHS[p.mo - 1]} ${indic(p.y)} - ${indic(pad(p.h))}:${indic(pad(p.mi))}`, isoTime(p)],
    true,
  ],
  // A Levantine month with its Egyptian name in brackets ("14 تموز (يوليو) 2024").
  'levant-both': [(p) => [`${p.d} ${LEVANT[p.mo - 1]} (${MONTHS[p.mo - 1]}) ${p.y}`, iso(p)], false],
  // Dotted, with a 24-hour time ("14.07.2024 | 10:30").
  dotted: [(p) => [`${pad(p.d)}.${pad(p.mo)}.${p.y} | ${pad(p.h)}:${pad(p.mi)}`, isoTime(p)], true],
  // Forms of the sixth set of layout families (families6.mjs).
  // A Gulf government portal: the Hijri date, then the Gregorian one after "الموافق", the era letters written
  // against the year ("الأحد 12 جمادى الأولى 1446هـ الموافق 24 نوفمبر 2024م").
  muwafiq: [
    (p) => [`${weekday(p)} ${hijri(p).replace(/\s*هـ$/u, 'هـ')} الموافق ${p.d} ${MONTHS[p.mo - 1]} ${p.y}م`, iso(p)],
    false,
  ],
  // Day first with dashes and a 24-hour time ("24-11-2024 14:32").
  'dash-dmy': [(p) => [`${pad(p.d)}-${pad(p.mo)}-${p.y} ${pad(p.h)}:${pad(p.mi)}`, isoTime(p)], true],
  // A 12-hour time before the date ("10:42 ص - 24 نوفمبر 2024").
  'time-first': [
    (p) => [`${pad(h12(p.h))}:${pad(p.mi)} ${p.h < 12 ? 'ص' : 'م'} - ${p.d} ${MONTHS[p.mo - 1]} ${p.y}`, isoTime(p)],
    true,
  ],
  // Forms of the seventh set of layout families (families7.mjs).
  // Day first with slashes and no time, as Maghreb sites print it ("24/11/2024").
  'slash-dmy': [(p) => [`${pad(p.d)}/${pad(p.mo)}/${p.y}`, iso(p)], false],
  // Day first with dots and no time, as European sites print it ("24.11.2024").
  'dot-dmy': [(p) => [`${pad(p.d)}.${pad(p.mo)}.${p.y}`, iso(p)], false],
  // A form of the eighth set of layout families (families8.mjs).
  // The day, then "الساعة" and a 24-hour time ("24 نوفمبر 2024 الساعة 14:32").
  'at-hour': [(p) => [`${p.d} ${MONTHS[p.mo - 1]} ${p.y} الساعة ${pad(p.h)}:${pad(p.mi)}`, isoTime(p)], true],
};

/** A date line in the named form for a date value, with its gold ISO; null when the value has no date (or no time the form needs). */
export function dateLineIn(form, value) {
  const parts = dateParts(value);
  const named = NAMED_FORMS[form];
  if (!named) throw new Error(`unknown date form ${form}`);
  if (!parts || (named[1] && parts.h === null)) return null;
  const [line, gold] = named[0](parts);
  return { line, gold };
}

/** The date `days` after a date value, as the same kind of value ("2024-07-14T12:30"), for a masthead or a list item. */
export function daysAfter(value, days) {
  const p = dateParts(value);
  if (!p) return null;
  const t = new Date(Date.UTC(p.y, p.mo - 1, p.d + days, p.h ?? 9, p.mi ?? 0));
  return t.toISOString().slice(0, 16);
}
