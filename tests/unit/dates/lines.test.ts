import { describe, expect, it } from 'vitest';
import { findDateMentions, inferReferenceDate, parseDateLine, readUpdateStamp } from '../../../src/dates/index.js';
import { isTimeStamp, isUpdateLine } from '../../../src/dates/dateline.js';

describe('parseDateLine: publication date lines from the corpus', () => {
  it.each([
    ['الإثنين، 24 أغسطس 2020 09:23 ص', '2020-08-24T09:23'],
    ['2020/12/25 - 1:59 صباحًا', '2020-12-25T01:59'],
    ['تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً', '2020-04-24T21:22'],
    [
      'الخميس 7/3/1429 هـ - الموافق 13/3/2008 م (آخر تحديث) الساعة 16:25 (مكة المكرمة)، 13:25 (غرينتش)',
      '2008-03-13T16:25+03:00',
    ],
    ['الثلاثاء ٢٢ نوفمبر ٢٠١٦ - ٠٤:١٩ بتوقيت غرينتش', '2016-11-22T04:19Z'],
    ['الأحد 9 نونبر 2014 - 00:42', '2014-11-09T00:42'],
    ['التاريخ: 03 يونيو 2020', '2020-06-03'],
    ['25 ديسمبر 2020 | 2:01 ص', '2020-12-25T02:01'],
    ['2026-01-08 | 12:42', '2026-01-08T12:42'],
    ['أمن 4-02-2025, 23:16 | --', '2025-02-04T23:16'],
    ['القاهرة: الأربعاء، 07 أكتوبر 2020 12:19 م', '2020-10-07T12:19'],
    ['الجمعة 24 أوت 2012 - العدد : 6816', '2012-08-24'],
    ['الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)', '2013-08-28T14:00+04:00'],
    ['الاحد 12 / 04 / 2020 21:29', '2020-04-12T21:29'],
    ['11 شوال 1441هـ - 03 يونيو 2020م', '2020-06-03'],
    ['12/04/2020', '2020-04-12'],
    // Arabic WordPress prints "j F، Y": a comma between the month and the year.
    ['21 يونيو، 2018', '2018-06-21'],
    ['الخميس، 21 يونيو، 2018 - 10:30', '2018-06-21T10:30'],
    // A zone named after بتوقيت that the lexicon has no offset for is part of the line, not read as a zone.
    ['الجمعة 03 أوت 2012 الساعة 10:12:35 بتوقيت تونس العاصمة', '2012-08-03T10:12:35'],
    // The hour after "على الساعة", as Maghreb dailies print it (round 52).
    ['الأربعاء 12 جوان 2024 على الساعة 10:30', '2024-06-12T10:30'],
    // The day in both calendars, the Gregorian first, a dash between and no era (round 52).
    ['15 يونيو 2024 - 9 ذو الحجة 1445', '2024-06-15'],
    // An update stamp after the publication time: "محدث في" (updated at) and its time.
    ['2018-05-26 19:58 محدث في 08:06', '2018-05-26T19:58'],
    // French, as bilingual Maghreb dailies print the line: its words, and a time's "h" ("13h06").
    ['Publié le 02/09/2024 à 13h06', '2024-09-02T13:06'],
    ['نشر في: 02/09/2024 - 13h06', '2024-09-02T13:06'],
    // The last update first, then the publication under its label: the publication's date and time (round 40).
    ['آخر تحديث: 12 مارس 2024 - 11:00 | نشر: 12 مارس 2024 - 10:45', '2024-03-12T10:45'],
    ['آخر تحديث 12/03/2024 10:00 - تم النشر 11/03/2024 08:30', '2024-03-11T08:30'],
    ['تاريخ النشر: 10 مارس 2024 | آخر تحديث: 12 مارس 2024', '2024-03-10'],
  ])('%s → %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it.each([
    // After the publication, or before it under its own label: the update's date and time (round 41).
    ['نشر في: 12 مارس 2024 - 10:30 | آخر تحديث: 13 مارس 2024 - 08:15', '2024-03-12T10:30', '2024-03-13T08:15'],
    ['آخر تحديث: 12 مارس 2024 - 11:00 | نشر: 12 مارس 2024 - 10:45', '2024-03-12T10:45', '2024-03-12T11:00'],
    ['تاريخ النشر: 10 مارس 2024 | آخر تحديث: 12 مارس 2024', '2024-03-10', '2024-03-12'],
    ['تم النشر: 2024/03/12 - تم التحديث: 2024/03/14', '2024-03-12', '2024-03-14'],
    // A time alone is on the publication's day, with the zone the line names.
    ['الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)', '2013-08-28T14:00+04:00', '2013-08-28T14:00+04:00'],
    // In brackets after the publication (Sputnik's line, which its cleaner reads).
    ['GMT 17:27 17.03.2020(محدثة GMT 17:49 17.03.2020) انسخ الرابط', '2020-03-17T17:27', '2020-03-17T17:49'],
    // No update named; an update time before the publication's names another day, which the line does not say.
    ['الإثنين، 24 أغسطس 2020 09:23 ص', '2020-08-24T09:23', null],
    ['2018-05-26 19:58 محدث في 08:06', '2018-05-26T19:58', null],
  ])('readUpdateStamp: %s (published %s) → %s', (line, published, iso) => {
    expect(readUpdateStamp(line, published)).toBe(iso);
  });

  it('isUpdateLine: a line that dates an update alone, not a publication line that names its update', () => {
    expect(isUpdateLine('آخر تحديث: 13 مارس 2024 - 08:15')).toBe(true);
    expect(isUpdateLine('تم التحديث 2024/03/14')).toBe(true);
    expect(isUpdateLine('الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)')).toBe(false);
    expect(isUpdateLine('آخر تحديث: 12 مارس 2024 - 11:00 | نشر: 12 مارس 2024 - 10:45')).toBe(false);
    expect(isUpdateLine('نشر في: 12 مارس 2024 - 10:30')).toBe(false);
  });

  it('returns an ISO string from metadata as it is, and an RFC 2822 one in ISO form', () => {
    expect(parseDateLine('2026-01-08T11:42:50+00:00')).toBe('2026-01-08T11:42:50+00:00');
    expect(parseDateLine(' 2025-12-02 ')).toBe('2025-12-02');
    expect(parseDateLine('Fri, 09 Mar 2018 09:48:57 +0400')).toBe('2018-03-09T09:48:57+04:00');
    expect(parseDateLine('Mon, 01 Oct 2018 14:52:05 GMT')).toBe('2018-10-01T14:52:05Z');
  });

  it('is null for a sentence that merely contains a date, and for lines with no full date', () => {
    expect(parseDateLine('وقع الهجوم في 7 أكتوبر 2023 على الحدود')).toBeNull();
    expect(parseDateLine('كتبت أسماء نصار الإثنين، 24 أغسطس 2020')).toBeNull();
    expect(parseDateLine('اليوم, 10:00')).toBeNull();
    expect(parseDateLine('قبل 19 دقيقة')).toBeNull();
    expect(parseDateLine('مارس 2025')).toBeNull();
    // بتوقيت lets a few words of a place after it, not a sentence.
    expect(
      parseDateLine('الجمعة 03 أوت 2012 الساعة 10:12 بتوقيت تونس العاصمة حيث اجتمع الوزراء لبحث الأزمة'),
    ).toBeNull();
    expect(parseDateLine('')).toBeNull();
  });
});

describe('one day in two calendars, a dash between (round 52)', () => {
  it('is one date, the Gregorian first or last, not a range from one calendar into the other', () => {
    for (const text of ['15 يونيو 2024 - 9 ذو الحجة 1445', '9 ذو الحجة 1445 - 15 يونيو 2024']) {
      const mentions = findDateMentions(text);
      expect(
        mentions.map((m) => [m.kind, m.value]),
        text,
      ).toEqual([['date', '2024-06-15']]);
    }
    // Two days of one calendar are a range.
    expect(findDateMentions('15 يونيو 2024 - 20 يونيو 2024').map((m) => m.kind)).toEqual(['range']);
  });
});

describe('inferReferenceDate: the documented rule on small articles', () => {
  it('needs a month marked current: otherwise null', () => {
    expect(inferReferenceDate(['وقع الهجوم في 7 أكتوبر 2023', 'الأسبوع الماضي اجتمع الوزير'])).toBeNull();
  });

  it('needs a written year: a current month alone is null', () => {
    expect(inferReferenceDate(['استضافت مسقط في 12 أبريل الجاري الجولة الأولى'])).toBeNull();
  });

  it('takes the year of the latest dated mention, the next one when the current month comes earlier in the year', () => {
    expect(inferReferenceDate(['بدأ في 19 يناير 2025', 'في 12 أبريل الجاري'])?.date).toBe('2025-04-12');
    expect(inferReferenceDate(['انتهى في نوفمبر 2024', 'في 3 فبراير الجاري'])?.date).toBe('2025-02-03');
  });

  it('puts the article after the days it dates, on its lead weekday', () => {
    // Saturday 2025-04-12 was dated, not named "السبت": it lies before the article's week, and the lead says Tuesday.
    const inferred = inferReferenceDate([
      'التقى الوزير، الثلاثاء، نظيره',
      'بعد اتفاق 19 يناير 2025 وجولة 12 أبريل الجاري',
    ]);
    expect(inferred?.date).toBe('2025-04-22');
    expect(inferred?.evidence).toContain('older than this week');
  });

  it('with الأسبوع الماضي, places a day dated in the current month before last week', () => {
    const withWeeks = inferReferenceDate([
      'بعد اتفاق 19 يناير 2025 وجولة 12 أبريل الجاري',
      'والأسبوع الماضي عقدت جولة ثانية',
    ]);
    expect(withWeeks?.date).toBe('2025-04-26');
    expect(withWeeks?.evidence).toContain('older than last week');
  });

  it('quotes its cues as the mentions are written, marks kept', () => {
    const texts = [
      'التقى الوزيرُ، يوم الثلاثاء، نظيره',
      'بعد اتفاق 19 ينايرَ 2025 وجولة 12 أبريلَ الجاري',
      'والأسبوع الماضي عقدت جولة ثانية',
    ];
    const inferred = inferReferenceDate(texts);
    expect(inferred?.evidence).toBe(
      '"12 أبريلَ الجاري" puts it in 2025-04, after "19 ينايرَ 2025"; on or after 2025-04-26 (a day it dates is ' +
        'older than last week); a Tuesday ("يوم الثلاثاء")',
    );
    const written = texts.flatMap((text) => findDateMentions(text).map((m) => m.text));
    for (const [, quoted] of inferred?.evidence.matchAll(/"([^"]+)"/g) ?? []) expect(written).toContain(quoted);
  });

  it('ignores dates in future-tense sentences as lower bounds', () => {
    expect(
      inferReferenceDate(['بدأ في 19 يناير 2025', 'في 12 أبريل الجاري', 'وستعقد القمة في 20 ديسمبر 2026'])?.date,
    ).toBe('2025-04-12');
  });
});

describe('stamps that name a time but no day (round 48)', () => {
  it('a time after a publication or update label, or a recent past, is a stamp, and no date line', () => {
    for (const line of ['آخر تحديث: 12:30 م', 'نشر في: 09:15 ص', 'تحديث 14:05', 'منذ 3 ساعات', 'نشر منذ 5 دقائق']) {
      expect(parseDateLine(line), line).toBeNull();
      expect(isTimeStamp(line), line).toBe(true);
    }
  });

  it('a clock time alone (a schedule), a year, days ago, a date line, a sentence: none is a stamp', () => {
    for (const line of [
      '12:30 م',
      'الساعة 18:00',
      'كأس العالم 2022',
      'منذ 3 أيام',
      'الثلاثاء 12 مارس 2024 - 10:45 ص',
      'وصل الوزير الساعة 12:30 إلى المطار',
    ])
      expect(isTimeStamp(line), line).toBe(false);
  });
});
