/**
 * One reader for the dates metadata gives (issue 12, point 3): a JSONL date field, an HTML page's meta
 * tags and JSON-LD, the page date that picks a cleaner version, and `published` when the article has no
 * date line of its own: ISO forms (zones written "+0400" normalised to "+04:00"), RFC 2822 and its
 * partial forms, Unix times, date lines; a date that is no real date is rejected with a warning.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishedDate, readMetadataDate } from '../../../src/dates/metadata.js';
import {
  extract,
  extractStream,
  findDateMentions,
  parseDateLine,
  readReferenceDate,
  type ArticleRecord,
} from '../../../src/index.js';
import { datedVersion } from '../../helpers/cleaners.js';

const PROSE = [
  'افتتحت وزارة المياه صباح اليوم محطة جديدة لتحلية مياه البحر في مدينة الريان، بطاقة إنتاجية تبلغ خمسين ألف متر مكعب يوميا.',
  'وقال وزير المياه خلال حفل الافتتاح إن المحطة ستخدم أكثر من مئتي ألف نسمة في المدينة والقرى المحيطة بها، مشيرا إلى محطتين أخريين.',
];
const TEXT = ['افتتاح محطة لتحلية المياه في مدينة الريان', ...PROSE].join('\n\n');

/** The records of JSONL rows, read as `arnews extract` reads a file. */
async function fromJsonl(rows: object[]): Promise<ArticleRecord[]> {
  const records: ArticleRecord[] = [];
  const input = Readable.from([Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n'))]);
  for await (const result of extractStream(input)) {
    if ('error' in result) throw new Error(result.error.message);
    records.push(...result.records);
  }
  return records;
}

const htmlPage = (
  meta: string,
): string => `<!doctype html><html lang="ar"><head><title>افتتاح محطة لتحلية المياه</title>${meta}</head>
<body><article><h1>افتتاح محطة لتحلية المياه في مدينة الريان</h1><p>${PROSE[0]}</p><p>${PROSE[1]}</p></article></body></html>`;

describe('a JSONL date field is read as an HTML page reads its date metadata (issue 12)', () => {
  const forms: [string | number, string][] = [
    ['2020-06-03T03:01+0400', '2020-06-03T03:01+04:00'],
    ['2020-06-03T03:01:00+04:00', '2020-06-03T03:01:00+04:00'],
    ['2020-12-01 02:00:00', '2020-12-01T02:00:00'],
    ['2020-6-3', '2020-06-03'],
    ['09 Mar 2018', '2018-03-09'],
    ['Fri, 09 Mar 2018 09:48:57 +0400', '2018-03-09T09:48:57+04:00'],
    ['Mon, 01 Oct 2018 14:52:05 GMT', '2018-10-01T14:52:05Z'],
    [1520588937, '2018-03-09T09:48:57Z'],
    [1520588937000, '2018-03-09T09:48:57Z'],
    ['1520588937', '2018-03-09T09:48:57Z'],
    ['الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07T12:09'],
  ];

  it.each(forms)('%s is published %s, from JSONL and from an HTML page alike', async (date, iso) => {
    const [record] = await fromJsonl([{ text: TEXT, date }]);
    expect(record?.published).toBe(iso);
    expect(record?.warnings).toEqual([]);
    const [page] = extract(htmlPage(`<meta property="article:published_time" content="${date}">`));
    expect(page?.published).toBe(iso);
  });

  it.each(['2015-13-45', '2015-02-30', '2015-02-28T25:61'])(
    'rejects %s, which is no date, with a warning (date-invalid)',
    async (date) => {
      const [record] = await fromJsonl([{ text: TEXT, date }]);
      expect(record?.published).toBeNull();
      expect(record?.warnings).toEqual([
        { code: 'date-invalid', message: `the input's date "${date}" is no real date: left out` },
      ]);
      const [page] = extract(htmlPage(`<meta property="article:published_time" content="${date}">`));
      expect(page?.published).toBeNull();
      expect(page?.warnings).toEqual([
        { code: 'date-invalid', message: `the page's date "${date}" is no real date: left out` },
      ]);
    },
  );

  it('says when a date field holds no date at all, instead of ignoring it silently', async () => {
    const [record] = await fromJsonl([{ text: TEXT, date: 'yesterday' }]);
    expect(record?.published).toBeNull();
    expect(record?.warnings).toEqual([
      { code: 'date-invalid', message: `the input's date "yesterday" is not a date arnews reads: left out` },
    ]);
  });

  it('resolves relative mentions against the date it read, and picks the cleaner version for it', async () => {
    const cleaners = [datedVersion(undefined, '2018-12-31', 'قديم'), datedVersion('2019-01-01', undefined, 'جديد')];
    const page = ['قديم', 'جديد', TEXT, 'وأعلن الوزير أمس عن خطة جديدة للتعليم تشمل كل المدارس في البلاد.'].join(
      '\n\n',
    );
    for (const date of ['Fri, 09 Mar 2018 09:48:57 +0400', 1520588937]) {
      const [record] = extract(page, { cleaners, url: 'https://dated.example/1', date, explain: true });
      expect(
        record?.explain?.filter((e) => e.cleaner === 'dated' && !e.rule.startsWith('select')).map((e) => e.rule),
      ).toEqual(['قديم']);
      expect(record?.dateMentions.find((m) => m.text === 'أمس')?.value).toBe('2018-03-08');
    }
  });
});

describe('readMetadataDate', () => {
  it('reads ISO forms at the precision written, zones in one form', () => {
    expect(readMetadataDate('2020-06-03T03:01:07.250+0330')).toEqual({
      value: '2020-06-03T03:01:07.250+03:30',
      problem: null,
    });
    expect(readMetadataDate('2020-02-18 T 07:20:50 -0500')).toEqual({
      value: '2020-02-18T07:20:50-05:00',
      problem: null,
    });
    expect(readMetadataDate('2020-06-03t03:01z').value).toBe('2020-06-03T03:01Z');
    expect(readMetadataDate(' 2020-06-03 ').value).toBe('2020-06-03');
    expect(readMetadataDate('2024-02-29').value).toBe('2024-02-29');
  });

  it("tells a value of no date (unreadable) from one of a date's form that is no real date (invalid), and nothing given from both", () => {
    expect(readMetadataDate('2023-02-29')).toEqual({ value: null, problem: 'invalid' });
    expect(readMetadataDate('2020-06-03T03:01+2500')).toEqual({ value: null, problem: 'invalid' });
    expect(readMetadataDate('31 Feb 2018')).toEqual({ value: null, problem: 'invalid' });
    expect(readMetadataDate('2020')).toEqual({ value: null, problem: 'unreadable' });
    expect(readMetadataDate('20180309')).toEqual({ value: null, problem: 'unreadable' });
    expect(readMetadataDate({ date: '2020-06-03' })).toEqual({ value: null, problem: 'unreadable' });
    expect(readMetadataDate('x'.repeat(201))).toEqual({ value: null, problem: 'unreadable' });
    for (const none of [null, undefined, '', '  '])
      expect(readMetadataDate(none)).toEqual({ value: null, problem: null });
  });

  it('reads a Unix time in seconds or milliseconds, as a number or as digits', () => {
    expect(readMetadataDate(0.5e9).value).toBe('1985-11-05T00:53:20Z');
    expect(readMetadataDate(1520588937123).value).toBe('2018-03-09T09:48:57.123Z');
    expect(readMetadataDate('1520588937').value).toBe('2018-03-09T09:48:57Z');
  });

  it('gives every real date-time back in ISO form, whatever form of zone it was written with (property)', () => {
    const dateTime = fc.record({
      day: fc.date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2099-12-31T23:59:59Z'),
        noInvalidDate: true,
      }),
      zone: fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45)),
      colon: fc.boolean(),
    });
    fc.assert(
      fc.property(dateTime, ({ day, zone: [sign, h, m], colon }) => {
        const [date, time] = day.toISOString().slice(0, 19).split('T');
        const hh = String(h).padStart(2, '0');
        const mm = String(m).padStart(2, '0');
        const { value } = readMetadataDate(`${date}T${time}${sign}${hh}${colon ? ':' : ''}${mm}`);
        expect(value).toBe(`${date}T${time}${sign}${hh}:${mm}`);
        expect(readReferenceDate(value!)).not.toBeNull();
      }),
    );
  });

  it('is how date lines in ISO or RFC 2822 form, and reference dates, are read', () => {
    expect(parseDateLine('2020-06-03T03:01+0400')).toBe('2020-06-03T03:01+04:00');
    expect(parseDateLine('2015-13-45')).toBeNull();
    expect(findDateMentions('أمس', { refDate: '1520588937' })[0]?.value).toBe('2018-03-08');
    expect(findDateMentions('أمس', { refDate: 'Fri, 09 Mar 2018 23:48:57 +0400' })[0]?.value).toBe('2018-03-08');
    expect(() => findDateMentions('أمس', { refDate: '2015-13-45' })).toThrow(RangeError);
  });
});

describe('published: the date line names the day, the metadata its time (round 52)', () => {
  it("takes the metadata where it names the date line's day with a time; the date line everywhere else", () => {
    expect(publishedDate('2024-06-12', '2024-06-12T10:30:00+03:00')).toBe('2024-06-12T10:30:00+03:00');
    // Another day, or a date line with its own time, or no metadata: the date line.
    expect(publishedDate('2024-06-12', '2024-06-11T23:30:00Z')).toBe('2024-06-12');
    expect(publishedDate('2024-06-12T10:30', '2024-06-12T07:30:00Z')).toBe('2024-06-12T10:30');
    expect(publishedDate('2024-06-12', '2024-06-12')).toBe('2024-06-12');
    expect(publishedDate('2024-06-12', null)).toBe('2024-06-12');
    expect(publishedDate(null, '2024-06-12T10:30:00+03:00')).toBe('2024-06-12T10:30:00+03:00');
  });

  it("an HTML page's date line over the text and its <time datetime> under the headline", () => {
    const html =
      '<html lang="ar"><body><article><h1>وزير الخارجية يزور القاهرة لبحث التعاون</h1>' +
      '<div><span>بقلم: سامي علي</span> <time datetime="2024-06-12T10:30:00+03:00">12 يونيو 2024</time></div>' +
      '<p>وصل وزير الخارجية إلى القاهرة مساء أمس في زيارة رسمية تستغرق يومين يلتقي خلالها نظيره المصري وعددا من المسؤولين.</p>' +
      '<p>وقال الوزير إن الزيارة تهدف إلى تعزيز التعاون الثنائي في مجالات الاقتصاد والطاقة والأمن، مشيرا إلى أهمية التنسيق المشترك.</p>' +
      '</article></body></html>';
    const [record] = extract(html);
    expect(record!.published).toBe('2024-06-12T10:30:00+03:00');
    expect(record!.author).toBe('سامي علي');
  });
});
