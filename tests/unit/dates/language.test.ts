import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { findDateMentions, readDates, type DateOptions } from '../../../src/dates/index.js';
import { BIN } from '../../helpers/cli.js';

// Sunday. A week (week start saturday) runs 2025-04-26 to 2025-05-02.
const REF = { refDate: '2025-04-27' };

/** The one mention of a text (fails when there is not exactly one), as the fields that say what it means. */
function only(text: string, options: DateOptions = REF) {
  const mentions = findDateMentions(text, options);
  expect(
    mentions.map((m) => m.text),
    text,
  ).toHaveLength(1);
  const { kind, value, grain, mod, calendar, hijri } = mentions[0]!;
  return { kind, value, grain, mod, calendar, hijri };
}
const texts = (text: string, options: DateOptions = REF) => findDateMentions(text, options).map((m) => m.text);

describe('numbers in words', () => {
  it.each([
    ['ألغي في عام ألفين وأربعة وعشرين', '2024'],
    ['منذ سنة ألف وتسعمائة وثمانية وأربعين', '1948'],
    ['عام ألفين وخمسة', '2005'],
    ['في العام ألفين وعشرين', '2020'],
  ])('reads the year of "%s"', (text, year) => {
    expect(only(text)).toMatchObject({ kind: 'year', value: year, grain: 'year' });
  });

  it('reads a Hijri year in words as the Hijri year', () => {
    expect(only('سنة ألف وأربعمائة وخمسة وأربعين هجرية')).toMatchObject({
      calendar: 'hijri',
      hijri: '1445',
      value: '2023-07-19/2024-07-06',
    });
  });

  it.each([
    ['في الخامس والعشرين من مايو 2024', '2024-05-25'],
    ['في الثالث عشر من الشهر الجاري', '2025-04-13'],
    ['الحادي والثلاثين من ديسمبر 2020', '2020-12-31'],
  ])('reads the ordinal day of "%s"', (text, value) => {
    expect(only(text).value).toBe(value);
  });

  it.each([
    ['قبل خمسة أيام', '2025-04-22', 'day'],
    ['منذ خمسة وعشرين عاما', '2000', 'year'],
    ['قبل مائة عام', '1925', 'year'],
    ['خلال الأشهر الستة المقبلة', '2025-05/2025-10', 'month'],
    ['منذ ربع قرن', '2000', 'year'],
    ['لمدة نصف قرن', 'P50Y', 'year'],
  ])('reads the count of "%s"', (text, value, grain) => {
    expect(only(text)).toMatchObject({ value, grain });
  });

  it('does not read a count of people or a number before a noun as a date', () => {
    expect(texts('شارك خمسة آلاف شخص في المسيرة')).toEqual([]);
    expect(texts('ثلاثمائة وخمسون مشاركا')).toEqual([]);
  });
});

describe('periods: quarters and halves, decades, centuries, millennia, weeks', () => {
  it.each([
    ['الربع الأول من 2024', '2024-01/2024-03', 'quarter'],
    ['الربع الثاني من عام 2015', '2015-04/2015-06', 'quarter'],
    ['النصف الثاني من العام الجاري', '2025-07/2025-12', 'half'],
    ['الفصل الأخير من السنة', '2025-10/2025-12', 'quarter'],
    ['الربع الأخير من هذا العام 2012م', '2012-10/2012-12', 'quarter'],
    ['النصف الأول من القرن العشرين', '1901/1950', 'year'],
    ['الربع الأخير من القرن التاسع عشر الميلادي', '1876/1900', 'year'],
    ['في الثمانينيات', '1980/1989', 'decade'],
    ['ستينيات القرن الماضي', '1960/1969', 'decade'],
    ['ثمانينات القرن التاسع عشر', '1880/1889', 'decade'],
    ['القرن التاسع عشر', '1801/1900', 'century'],
    ['القرن الـ19', '1801/1900', 'century'],
    ['الألفية الثالثة', '2001/3000', 'millennium'],
  ])('%s → %s (%s)', (text, value, grain) => {
    expect(only(text)).toMatchObject({ kind: 'period', value, grain });
  });

  it.each([
    ['خلال العقدين الماضيين', '2005/2024', 'decade', null],
    ['القرن الماضي', '1901/2000', 'century', null],
    ['مطلع الألفية', '2001/3000', 'millennium', 'early'],
    ['نهاية هذا الأسبوع', '2025-04-26/2025-05-02', 'week', 'late'],
    ['منتصف الأسبوع المقبل', '2025-05-03/2025-05-09', 'week', 'mid'],
    ['الثلث الأخير من الشهر الحالي', '2025-04', 'month', 'late'],
  ])('%s → %s (%s, %s), named from now', (text, value, grain, mod) => {
    expect(only(text)).toMatchObject({ kind: 'relative', value, grain, mod });
  });

  it('gives a decade without its century no value without a reference: no guess', () => {
    expect(only('في الثمانينيات', {}).value).toBeNull();
  });

  it.each([
    'وقع العقد مع النادي',
    'ينتهي العقد الحالي للاعب في الصيف',
    'العقود الآجلة لتسليم ديسمبر',
    'العقد الثالث من عمره',
    'دول القرن الأفريقي',
    'القرن الثالث قبل الميلاد',
    'تأهل إلى الدور ربع النهائي',
    'تقدم الفريق في الربع الأول من المباراة',
    'الفصل الأول من العام الدراسي',
    'امتحانات الفصل الدراسي الأول',
  ])('finds no period in "%s"', (text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('vague and bare spans', () => {
  it.each([
    ['أعلن الوزير قبل أيام', '2025-04-18/2025-04-25', 'day'],
    ['قبل أيام قليلة', '2025-04-18/2025-04-25', 'day'],
    ['بدأت الأزمة منذ عدة أسابيع', '2025-02-23/2025-04-13', 'week'],
    ['سيتم الانتهاء في غضون أشهر', '2025-04-27/2026-01-26', 'month'],
    ['خلال الأيام القليلة الماضية', '2025-04-18/2025-04-26', 'day'],
    ['في السنوات الأخيرة', '2016/2024', 'year'],
    ['منذ عقود', '1935/2005', 'decade'],
  ])('%s → %s approx', (text, value, grain) => {
    expect(only(text)).toMatchObject({ kind: 'relative', value, grain, mod: 'approx' });
  });

  it('reads no span counted from an event or in a name', () => {
    expect(texts('قبل أيام من الانتخابات')).toEqual([]);
    expect(texts('منذ أيام الحرب')).toEqual([]);
    expect(texts('خلال أيام العيد')).toEqual([]);
  });

  it.each([
    ['صدر القرار بتاريخ 14 منه', '2025-04-14'],
    ['تنطلق الدورة يوم 14 الجاري', '2025-04-14'],
    ['في 24 من الشهر الجاري', '2025-04-24'],
    ['تنتهي المهلة في اليوم الأخير من العام', '2025-12-31'],
    ['اليوم الأول من عام 2024', '2024-01-01'],
    ['وصل الرئيس أول أمس الجمعة', '2025-04-25'],
  ])('%s → %s', (text, value) => {
    expect(only(text).value).toBe(value);
  });

  it('keeps a weekday after أمس on or before the reference and after غدا on or after it, whatever day the reference is', () => {
    const weekdays = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
    const DAY_MS = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_650 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(['أول أمس', -2], ['أمس', -1], ['اليوم', 0], ['غدا', 1], ['بعد غد', 2]),
        (refOffset, weekday, [shift, days]) => {
          const ref = new Date(Date.UTC(2020, 0, 1) + refOffset * DAY_MS);
          const refDate = ref.toISOString().slice(0, 10);
          const value = only(`قال الوزير ${shift} ${weekdays[weekday]}`, { refDate }).value!;
          const apart = (Date.parse(value) - ref.getTime()) / DAY_MS;
          expect(new Date(value).getUTCDay()).toBe(weekday);
          if (days < 0) expect(apart).toBeLessThanOrEqual(0);
          if (days > 0) expect(apart).toBeGreaterThanOrEqual(0);
          // The day nearest the one the shift names, within the side it allows.
          expect(Math.abs(apart - days)).toBeLessThanOrEqual(days === 0 ? 3 : 6);
        },
      ),
    );
    // A Wednesday reference: the Thursday before it, not the one after; on a Thursday, that Thursday.
    expect(only('قال الوزير أمس الخميس', { refDate: '2024-03-06' }).value).toBe('2024-02-29');
    expect(only('قال الوزير أمس الخميس', { refDate: '2024-03-07' }).value).toBe('2024-03-07');
  });

  it('does not take "14 الحالية" after a word that is no date context for a day', () => {
    expect(texts('في دورتها 14 الحالية')).toEqual([]);
  });

  it('reads two consecutive days as one range, in the week the tense points to', () => {
    expect(only('عقدت الاجتماعات يومي الأحد والاثنين')).toMatchObject({
      kind: 'range',
      value: '2025-04-20/2025-04-21',
    });
    expect(only('ستعقد الاجتماعات يومي الأحد والاثنين')).toMatchObject({ value: '2025-05-04/2025-05-05' });
    expect(only('إضراب عام يومي 22 و23 فيفري 2017')).toMatchObject({ value: '2017-02-22/2017-02-23' });
    // The weekdays, then their dates: one mention, the dates as written.
    expect(only('ندوة يومي السبت و الأحد فاتح و ثاني نونبر 2014')).toMatchObject({ value: '2014-11-01/2014-11-02' });
    // Two days that are not consecutive are two mentions.
    expect(texts('يومي الأحد والخميس')).toEqual(['الأحد', 'الخميس']);
  });
});

describe('Latin-script and mixed forms', () => {
  it.each([
    ['November 9, 2020', '2020-11-09'],
    ['نشر في 9 Nov 2020', '2020-11-09'],
    ['Tuesday, 11 August 2015', '2015-08-11'],
    ['ديسمبر 25, 2020', '2020-12-25'],
    ['الاثنين 25 décembre 2020', '2020-12-25'],
    ['mercredi 16 mars 2016', '2016-03-16'],
  ])('%s → %s', (text, value) => {
    expect(only(text)).toMatchObject({ kind: 'date', value });
  });

  it('reads a date with its time, an Arabic day part after a clock, and ISO inside text', () => {
    expect(only('2020/11/09 - 14:30')).toMatchObject({ kind: 'datetime', value: '2020-11-09T14:30' });
    expect(only('يبدأ الحفل الساعة 2:30 م')).toMatchObject({ value: '2025-04-27T14:30' });
    expect(only('نشر في 2020-11-09T14:30:00Z على الموقع')).toMatchObject({ value: '2020-11-09T14:30:00Z' });
    expect(only('2011-07-16, 09:32 PM')).toMatchObject({ value: '2011-07-16T21:32' });
  });

  it('reads an English month only with a day or a year', () => {
    expect(texts('we may go in may')).toEqual([]);
    expect(only('May 2020').value).toBe('2020-05');
  });
});

describe('Solar Hijri, and Umm al-Qura against the tabular Hijri reckoning', () => {
  it('reads Solar Hijri dates by their month names and in Persian digits', () => {
    expect(only('2 تير 1399')).toMatchObject({ value: '2020-06-22', calendar: 'solar-hijri', hijri: '1399-04-02' });
    expect(only('سه‌شنبه ۲۹ بهمن ۱۳۹۸')).toMatchObject({ value: '2020-02-18', calendar: 'solar-hijri' });
    expect(only('۱۴۰۲/۰۵/۱۲')).toMatchObject({ value: '2023-08-03', calendar: 'solar-hijri', hijri: '1402-05-12' });
  });

  it('reads 1398/1/6 as Solar Hijri on a Persian page and as Hijri on an Arabic one', () => {
    expect(readDates('دریافت: 1398/1/6 | پذیرش: 1398/3/12').mentions[0]).toMatchObject({
      calendar: 'solar-hijri',
      value: '2019-03-26',
    });
    expect(only('صدر بتاريخ 1398/1/6')).toMatchObject({ calendar: 'hijri', value: '1977-12-17' });
  });

  it('does not read a Persian month name without its year in Arabic text', () => {
    expect(texts('تولى المنصب إبان الحرب وحصل على مهر كبير')).toEqual([]);
  });

  it('notes a Hijri date whose written Gregorian day agrees with the tabular reckoning, not Umm al-Qura', () => {
    expect(only('الصادر في 27 من شعبان 1432 ( 29 يوليوز2011 )', {})).toMatchObject({
      value: '2011-07-29',
      calendar: 'hijri-tabular',
      hijri: '1432-08-27',
    });
    expect(only('26 شوال 1436 هـ الموافق 11 اغسطس 2015 م', {})).toMatchObject({
      value: '2015-08-11',
      calendar: 'hijri',
    });
  });

  it('takes the tabular day when only it puts a Hijri date on the weekday written with it', () => {
    // 1 Sha'ban 1444 is Tuesday 2023-02-21 by Umm al-Qura and Wednesday 2023-02-22 by the tabular reckoning.
    expect(only('الأربعاء 1 شعبان 1444 هـ', {})).toMatchObject({ value: '2023-02-22', calendar: 'hijri-tabular' });
    expect(only('الثلاثاء 1 شعبان 1444 هـ', {})).toMatchObject({ value: '2023-02-21', calendar: 'hijri' });
  });
});

describe('consistency: the weekday written with a date, and a time in a date line', () => {
  it('chooses the year where the weekday agrees with the date, else keeps the date and warns', () => {
    // 2025-09-21 is a Sunday, 2026-09-21 a Monday.
    expect(only('الاثنين 21/09 سيعقد المؤتمر').value).toBe('2026-09-21');
    const { mentions, warnings } = readDates('يوم السبت 21/09 سيعقد المؤتمر', REF);
    expect(mentions.map((m) => m.value)).toEqual(['2025-09-21']);
    expect(warnings).toEqual([
      { code: 'date-weekday-mismatch', message: expect.stringContaining('2025-09-21 is a Sunday') },
    ]);
    expect(readDates('الجمعة 25 أبريل 2025', REF).warnings).toEqual([]);
    expect(readDates('الخميس 25 أبريل 2025', REF).warnings).toHaveLength(1);
  });

  it('puts a time on the day its line or sentence gives, not the reference day', () => {
    const line = readDates('الأحد 9 نونبر 2014 | آخر تحديث: 14:30', REF).mentions;
    expect(line.map((m) => [m.kind, m.value])).toEqual([
      ['date', '2014-11-09'],
      ['time', '2014-11-09T14:30'],
    ]);
    // In the next sentence the time is the reference day's again.
    const next = readDates('وصل الوفد الأحد 9 نونبر 2014. وتبدأ الجلسة الساعة 10 صباحا', REF).mentions;
    expect(next.map((m) => m.value)).toEqual(['2014-11-09', '2025-04-27T10:00']);
  });
});

describe('rules as named data: --explain', () => {
  it('gives each mention the tree of the rules that built it', () => {
    const { rules } = readDates('الإثنين، 24 أغسطس 2020 09:23 ص', { explain: true });
    expect(rules).toEqual([
      'date-with-time(calendar-date(weekday-before-date, written-date(day-number, month-name, year-number)), time-of-day(clock, day-part))',
    ]);
    expect(readDates('الربع الأول من 2024').rules).toBeUndefined();
  });
});

describe('one reader for the reference date: library and CLI', () => {
  const dates = (args: string[], input: string) =>
    spawnSync(process.execPath, [BIN, 'dates', ...args], { input, encoding: 'utf8' });

  it.each(['2025-04-27T10:00Z', '2025-04-27T10:00+03:00', '2025-04-27T10:00:30+0300', '27/04/2025'])(
    '--ref-date %s is read as the library reads it',
    (refDate) => {
      const run = dates(['--ref-date', refDate, '-'], 'أمس');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).mentions[0].value).toBe('2025-04-26');
      expect(findDateMentions('أمس', { refDate })[0]?.value).toBe('2025-04-26');
    },
  );

  it('rejects what it cannot read with one message naming the forms, in the CLI and the library', () => {
    const run = dates(['--ref-date', 'tomorrow', '-'], 'أمس');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('with an optional zone');
    expect(() => extract('نص', { refDate: 'tomorrow' })).toThrow(/with an optional zone/);
  });

  it('lets extract() take a date line as its reference, as findDateMentions does', () => {
    const [record] = extract(
      'عنوان الخبر\n\nأعلن الوزير أمس عن خطة جديدة للتعليم تشمل كل المدارس في البلاد وتبدأ في الصيف.',
      { refDate: '19/08/2016' },
    );
    expect(record?.dateMentions.map((m) => m.value)).toEqual(['2016-08-18']);
  });

  it('prints the rules with --explain and the warnings of a line', () => {
    const run = dates(['--lines', '--explain', '--ref-date', '2025-04-27'], 'يوم السبت 21/09 سيعقد المؤتمر\n');
    const line = JSON.parse(run.stdout);
    expect(line.mentions[0].rules).toBe('calendar-date(weekday-before-date, numeric-day-month)');
    expect(line.warnings[0].code).toBe('date-weekday-mismatch');
  });
});

describe("extract: the engine's warnings go to the record", () => {
  it('warns of a weekday that does not agree with its date', () => {
    const [record] = extract(
      'عنوان الخبر\n\nيعقد المؤتمر يوم السبت 21/09 في العاصمة بحضور الوزراء والسفراء من كل الدول العربية.',
      { refDate: '2025-04-27' },
    );
    expect(record?.warnings.filter((w) => w.code === 'date-weekday-mismatch')).toHaveLength(1);
  });
});

describe("extract: each text is analysed once, and the article's own date wins over the input's", () => {
  // A page crawled on 2025-06-10 whose date line says it was published on 2025-04-27 (issue 12).
  const page =
    'عنوان الخبر\n\nالأحد 27 أبريل 2025\n\nأعلن الوزير أمس عن خطة جديدة للتعليم تشمل كل المدارس في البلاد وتبدأ في الصيف المقبل بعد اكتمال الدراسات.';

  it('resolves "أمس" against the published date, not the crawl date of the input', () => {
    const [record] = extract(page, { date: '2025-06-10' });
    expect(record?.published).toBe('2025-04-27');
    expect(record?.dateMentions.find((m) => m.text === 'أمس')?.value).toBe('2025-04-26');
  });

  it('still takes --ref-date first', () => {
    const [record] = extract(page, { date: '2025-06-10', refDate: '2025-01-02' });
    expect(record?.dateMentions.find((m) => m.text === 'أمس')?.value).toBe('2025-01-01');
  });
});
