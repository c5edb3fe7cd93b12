/**
 * Cleaner selection by signature (fast-check): a site's name marks the page as the site's on a line of its own
 * furniture, and is a mention inside a longer line of text (src/cleaners/registry.ts, siteMarkTest).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CleanerRegistry } from '../../../src/cleaners/registry.js';
import { textToDocument } from '../../../src/document/fromText.js';
import { extract, validateCleaner } from '../../../src/index.js';

const TEXT = [
  'افتتحت وزارة المياه صباح اليوم محطة جديدة لتحلية مياه البحر في مدينة الريان، بطاقة إنتاجية تبلغ خمسين ألف متر مكعب يوميا.',
  'وقال وزير المياه خلال حفل الافتتاح إن المحطة ستخدم أكثر من مئتي ألف نسمة في المدينة والقرى المحيطة بها، مشيرا إلى محطتين أخريين.',
];
const NAME = 'صحيفة الواحة';
const site = validateCleaner({ name: 'alwaha', description: 'd', appliesTo: { signatures: [NAME] } }, 'test');
const siteOf = (line: string): string | null =>
  extract([TEXT[0], line, TEXT[1]].join('\n\n'), { cleaners: [site] })[0]!.site;

/** Words of running text: no dash, no copyright mark, no source label, none of the name's. */
const word = fc.constantFrom(
  'أعلن',
  'المسؤول',
  'أمس',
  'خلال',
  'مؤتمر',
  'صحفي',
  'المشروع',
  'سينتهي',
  'قريبا',
  'وأضاف',
  'أن',
);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));

describe("a site's signature", () => {
  it('inside a longer line of text (words on both sides, no dash) is a mention: the page keeps the generic cleaner', () => {
    fc.assert(
      fc.property(words(3, 10), words(3, 10), fc.constantFrom('', '"', '«'), (before, after, quote) => {
        const line = `${before} ${quote}${NAME}${quote === '«' ? '»' : quote} ${after}.`;
        fc.pre(line.split(' ').length > 12);
        expect(siteOf(line), line).toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  it('on a short line, opening or ending a line, or in a dateline with its dash, marks the page as the site’s', () => {
    fc.assert(
      fc.property(words(0, 8), words(13, 20), words(1, 4), (short, long, place) => {
        for (const line of [
          `${short} ${NAME}`.trim(),
          `${NAME} ${long}`,
          `${long} | ${NAME}`,
          `${place} - ${NAME}: ${long}`,
        ])
          expect(siteOf(line), line).toBe('alwaha');
      }),
      { numRuns: 50 },
    );
  });

  it('repeated as a mention thousands of times in one block, is read in linear time, not quadratic', () => {
    const registry = new CleanerRegistry([site]);
    const mentions = (n: number) =>
      textToDocument(`وقالت المصادر إن ${NAME} نقلت `.repeat(n), {
        file: 'mentions.txt',
        doc: 0,
        line: 1,
        id: null,
        url: null,
      });
    const seconds = (n: number): number => {
      const doc = mentions(n);
      const started = performance.now();
      expect(registry.select(doc)).toBeNull();
      return (performance.now() - started) / 1000;
    };
    seconds(2_000); // warm up
    const small = Math.min(seconds(4_000), seconds(4_000));
    const large = Math.min(seconds(16_000), seconds(16_000));
    // Four times the text: about four times the time (quadratic, sixteen: 9 s for 20 000 before the fix).
    expect(large / small).toBeLessThan(8);
  });
});
