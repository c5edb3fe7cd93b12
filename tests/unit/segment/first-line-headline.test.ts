/**
 * A dump's first line, its headline, over a shorter line that writes more of the text's words (issue 8: "a
 * headline followed by a subtitle keeps the subtitle and drops the headline"): the title finder weighs the
 * lower line the title, and the headline was in no field. It is kept as the body's first paragraph, with
 * the warning `headline-kept-in-body` (round 32). A line atop the page that is furniture is not (a line
 * about something else: headline-stack.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

// A Saudi paper's story as a reader's copy prints it: the headline writes "أوروبا", the text "الأوروبي".
const HEADLINE = 'أوروبا تحتاج ما يصل إلى 800 مليار يورو إضافية سنوياً لتلبية أهدافها الرئيسية';
const DECK = 'خطة أوروبية لخفض أسعار الطاقة وتعزيز الاستثمار';
const BYLINE = 'سامية العيسى';
const TEXT = [
  'حذّر رئيس البنك المركزي الأوروبي السابق من مواجهة الاتحاد تحدياً وجودياً، ونشر تقريراً يضع خطة عمل لوقف الانحدار الاقتصادي في القارة الأوروبية.',
  'وأوصى التقرير بأن تشمل أولويات الاتحاد الأوروبي خفض أسعار الطاقة، وزيادة القدرة التنافسية، وتعزيز الاستثمار الدفاعي.',
];
const page = (head: string[]): string => [...head, ...TEXT].join('\n\n');
const codes = (record: { warnings: { code: string }[] }): string[] => record.warnings.map((w) => w.code);

describe("the dump's first line over the title found (round 32)", () => {
  it('a headline whose words the text writes in other forms only is kept in the body, with a warning', () => {
    for (const head of [
      [HEADLINE, DECK, BYLINE],
      [HEADLINE, BYLINE, DECK],
      [HEADLINE, DECK],
    ]) {
      const [record, ...rest] = extract(page(head));
      expect(rest).toHaveLength(0);
      const label =
        head.length === 2 ? 'headline, deck' : head[1] === DECK ? 'headline, deck, byline' : 'headline, byline, deck';
      // The deck is still weighed the title: it writes the text's words ("أسعار الطاقة", "الاستثمار").
      expect(record!.title, label).toBe(DECK);
      expect(record!.paragraphs, label).toEqual([HEADLINE, ...TEXT]);
      expect(codes(record!), label).toContain('headline-kept-in-body');
    }
  });

  it('a headline that writes no word of the text but words of the deck taken for the title is kept (round 52)', () => {
    // The headline shares "وزير الخارجية" with the deck and no word with the text.
    const headline = 'وزير الخارجية يزور القاهرة لبحث التعاون';
    const deck = 'وزير الخارجية يلتقي نظيره المصري لبحث خفض أسعار الطاقة';
    const [record] = extract(page([headline, deck]));
    expect(record!.title).toBe(deck);
    expect(record!.paragraphs).toEqual([headline, ...TEXT]);
    expect(codes(record!)).toContain('headline-kept-in-body');
    // A line atop the page about neither (a ticker's item) is still left out.
    const [ticker] = extract(page(['انخفاض درجات الحرارة في عمان غدا', deck]));
    expect(ticker!.paragraphs).toEqual(TEXT);
  });

  it('a menu flattened into one line with spaces only is no headline: left out, no warning', () => {
    const menu = 'سياسة اقتصاد رياضة ثقافة وفن منوعات محليات';
    const [record] = extract(page([menu, DECK, BYLINE]));
    expect(record!.title).toBe(DECK);
    expect(record!.paragraphs).toEqual(TEXT);
    expect(codes(record!)).not.toContain('headline-kept-in-body');
  });

  it('the page-title line that prints the title again is no second headline', () => {
    const [record] = extract(page([DECK, DECK, BYLINE]));
    expect(record!.title).toBe(DECK);
    expect(record!.paragraphs).toEqual(TEXT);
    expect(codes(record!)).not.toContain('headline-kept-in-body');
  });
});
