import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateMentions, type DateOptions } from '../../../src/dates/index.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, LEXICON, WEEKDAYS } from '../../../src/dates/lexicon.js';
import { recognise } from '../../../src/dates/recognise.js';
import { tokenize } from '../../../src/dates/tokens.js';
import { normalizeWithOffsets } from '../../../src/text/normalize.js';
import { DateMentionSchema, type DateMention } from '../../../src/record.js';
import { SEED } from '../../helpers/fixtures.js';

/** Pieces the grammar reacts to, so that random strings walk through its rules rather than past them. */
const PIECES = [
  ...Object.values(GREGORIAN_MONTHS).flat(2),
  ...HIJRI_MONTHS.flat(),
  ...WEEKDAYS.flat(),
  'اليوم',
  'أمس',
  'غداً',
  'أول أمس',
  'الأسبوع',
  'الشهر',
  'العام',
  'عام',
  'سنة',
  'الماضي',
  'المقبل',
  'الجاري',
  'منذ',
  'قبل',
  'بعد',
  'خلال',
  'لمدة',
  'من',
  'إلى',
  'حتى',
  'بين',
  'و',
  'أو',
  'في',
  'الساعة',
  'صباحاً',
  'مساءً',
  'ص',
  'م',
  'هـ',
  'الموافق',
  'مطلع',
  'منتصف',
  'أواخر',
  'الثالث',
  'عشر',
  'والعشرون',
  'ربع',
  'إلا',
  'بتوقيت',
  'غرينتش',
  'GMT',
  'عيد الفطر',
  'يوم',
  '0',
  '1',
  '7',
  '12',
  '31',
  '99',
  '2025',
  '1445',
  '٢٠٢٠',
  '۱۳۹۹',
  '٠٤',
  '123456789012',
  '/',
  '-',
  '–',
  '.',
  ':',
  ',',
  '،',
  '(',
  ')',
  '|',
  '+',
  '%',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  'ـ',
  'َ',
  'ّ',
  '\u200f',
  'و',
  'ب',
  'ل',
  'ف',
];
const piecewise = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const spaced = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(' '));
const options: fc.Arbitrary<DateOptions> = fc.record({
  refDate: fc.option(fc.constantFrom('2025-04-27', '2013-02-12T04:30', '2000-02-29', '1999-12-31T23:59'), {
    nil: null,
  }),
  weekStart: fc.constantFrom('saturday' as const, 'sunday' as const, 'monday' as const),
  prefer: fc.option(fc.constantFrom('past' as const, 'future' as const), { nil: null }),
});

const ISO_VALUE =
  /^(T\d{2}:\d{2}(:\d{2})?|\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?)(Z|[+-]\d{2}:\d{2})?(\/.+)?$|^P(T)?\d+[YMWDHM]$/;

/** What must hold of any result on any text: the contract of a mention and of the list. */
function checkMentions(text: string, mentions: DateMention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(DateMentionSchema.safeParse(m).success).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    if (m.value !== null) expect(m.value).toMatch(ISO_VALUE);
    previousEnd = m.end;
  }
}

describe('findDateMentions on random and adversarial text', () => {
  it('never throws, and its mentions are valid, sorted, non-overlapping slices (date-word soup)', () => {
    fc.assert(
      fc.property(piecewise, options, (text, opts) => checkMentions(text, findDateMentions(text, opts))),
      { numRuns: 400 },
    );
  });

  it('holds the same with the pieces spaced out, where more of them join into mentions', () => {
    let withMentions = 0;
    fc.assert(
      fc.property(spaced, options, (text, opts) => {
        const mentions = findDateMentions(text, opts);
        if (mentions.length > 0) withMentions++;
        checkMentions(text, mentions);
      }),
      { numRuns: 400 },
    );
    // The generator is worth its name only if it produces mentions.
    expect(withMentions).toBeGreaterThan(100);
  });

  it('finds the same mentions starting only where a mention may start as starting at every token', () => {
    const same = (text: string) => {
      const tokens = () => tokenize(normalizeWithOffsets(text));
      expect(recognise(tokens())).toEqual(recognise(tokens(), true));
    };
    fc.assert(fc.property(spaced, same), { numRuns: 400 });
    fc.assert(fc.property(piecewise, same), { numRuns: 200 });
    // Every word and phrase of the lexicon, with numbers and separators: each kind of word meets each other.
    const lexicon = fc.array(fc.constantFrom(...LEXICON.keys(), '3', '12', '2024', '1445', '/', '-', '،', '.', ':'), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(lexicon, (words) => same(words.join(' '))),
      { numRuns: 2000 },
    );
    const seed = readFileSync(SEED, 'utf8');
    same(seed);
  });

  it('holds on any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), options, (text, opts) =>
        checkMentions(text, findDateMentions(text, opts)),
      ),
      { numRuns: 300 },
    );
  });

  it('finishes a 1 MB adversarial input (runs of digits, slashes, dashes, month names, mixed digits) well within the timeout', () => {
    const runs = [
      '1'.repeat(100_000),
      '1/'.repeat(50_000),
      '12-'.repeat(30_000),
      '١/٢/'.repeat(25_000),
      'مارس '.repeat(20_000),
      'مارس/آذار/'.repeat(10_000),
      '12 مارس '.repeat(12_000),
      'من 1 إلى '.repeat(11_000),
      'بين 2015 و'.repeat(10_000),
      '10:30:'.repeat(16_000),
      'الأحد الماضي الأسبوع '.repeat(5_000),
    ];
    const text = runs.join(' ').slice(0, 1_000_000);
    const started = performance.now();
    const mentions = findDateMentions(text, { refDate: '2025-04-27T10:00' });
    const seconds = (performance.now() - started) / 1000;
    checkMentions(text, mentions);
    expect(mentions.length).toBeGreaterThan(1000);
    expect(seconds).toBeLessThan(20);
  }, 30_000);

  /** Runs of the words the new rules read: number words, parts of years, decades, vague spans, day pairs. */
  const NUMBER_WORD_RUNS = [
    'ألف وتسعمائة وثمانية وأربعين ',
    'عام ألفين و',
    'ثلاثة آلاف و',
    'و و و ',
    'الخامس والعشرين من ',
    'قبل خمسة عشر ',
    'الربع الأول من الربع الأخير من ',
    'النصف الثاني من القرن ',
    'الثمانينيات من القرن الماضي من ',
    'منذ عدة أيام قليلة ',
    'يومي الأحد والاثنين و',
    'الساعة 10 ',
    'ربع قرن ',
    '۱۴۰۲/۰۵/',
    'November 9, ',
  ];

  it('stays linear on adversarial runs of number words and period words: four times the text, at most ten times the time', () => {
    const text = (size: number) =>
      NUMBER_WORD_RUNS.map((run) => run.repeat(Math.ceil(size / NUMBER_WORD_RUNS.length / run.length)))
        .join(' ')
        .slice(0, size);
    const timed = (size: number) => {
      const input = text(size);
      const started = performance.now();
      const mentions = findDateMentions(input, { refDate: '2025-04-27T10:00' });
      checkMentions(input, mentions);
      return performance.now() - started;
    };
    timed(100_000); // warm-up
    const quarter = Math.min(timed(250_000), timed(250_000));
    const whole = timed(1_000_000);
    expect(whole / quarter).toBeLessThan(10);
  }, 60_000);

  it('reads every number-word run of the property alphabet without throwing, with valid mentions', () => {
    const words = fc.array(
      fc.constantFrom(
        ...NUMBER_WORD_RUNS.flatMap((run) => run.trim().split(' ')),
        'و',
        'عام',
        'سنة',
        'قبل',
        'منذ',
        'من',
      ),
      { maxLength: 50 },
    );
    fc.assert(
      fc.property(words, options, (parts, opts) => {
        const input = parts.join(' ');
        checkMentions(input, findDateMentions(input, opts));
      }),
      { numRuns: 300 },
    );
  });
});
