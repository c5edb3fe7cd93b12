/**
 * A live coverage's entries, each a stamp and a headline over its text (round 44). The first entry's headline
 * stands where a photo's caption stands, under the date line, and was left out when the run began at its text;
 * the entries under it kept theirs. A stamp alone over each entry's text (no headline) stays out of the text.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'مباشر | زيارة وزير الخارجية إلى القاهرة';
const ENTRIES = [
  [
    '10:45',
    'وزير الخارجية يصل إلى القاهرة',
    'وصل وزير الخارجية إلى القاهرة صباح اليوم في زيارة رسمية تستغرق يومين، يلتقي خلالها عددا من المسؤولين لبحث التطورات الإقليمية.',
  ],
  [
    '11:20',
    'بدء المباحثات الرسمية',
    'بدأت المباحثات الرسمية بين الجانبين في مقر وزارة الخارجية، وتناولت سبل تعزيز التعاون الثنائي في المجالات الاقتصادية والأمنية.',
  ],
  [
    '12:05',
    'مؤتمر صحفي مشترك',
    'عقد الوزيران مؤتمرا صحفيا مشتركا أكدا فيه أهمية التنسيق المستمر بين البلدين، وضرورة الحل السياسي للأزمات في المنطقة.',
  ],
] as const;
const page = (entries: string[]): string =>
  ['الرئيسية', HEADLINE, 'الثلاثاء 12 مارس 2024', 'تغطية مباشرة', ...entries, 'جميع الحقوق محفوظة © 2024'].join('\n\n');

describe("a live coverage's first entry", () => {
  it('keeps its headline under a stamp alone on its line', () => {
    const [r] = extract(page(ENTRIES.flatMap(([time, headline, text]) => [time, headline, text])));
    expect(r!.title).toBe(HEADLINE);
    expect(r!.paragraphs).toEqual(ENTRIES.flatMap(([, headline, text]) => [headline, text]));
  });

  it('keeps its stamped headline ("10:45 وزير الخارجية …")', () => {
    const [r] = extract(page(ENTRIES.flatMap(([time, headline, text]) => [`${time} ${headline}`, text])));
    expect(r!.paragraphs).toEqual(ENTRIES.flatMap(([time, headline, text]) => [`${time} ${headline}`, text]));
  });

  it('takes no stamp alone as its text when the entries have no headline', () => {
    const [r] = extract(page(ENTRIES.flatMap(([time, , text]) => [`${time} ص`, text])));
    expect(r!.paragraphs).toEqual(ENTRIES.map(([, , text]) => text));
  });
});
