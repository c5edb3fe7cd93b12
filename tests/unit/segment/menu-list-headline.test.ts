/**
 * A list heading over the menu's section links, then the page's headline and its text (a Lebanese portal
 * in lynx, round 16): above the page's first prose no article can go on under the list, so a headline that
 * its own text follows ends the list, however few of its words the text's opening writes.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'وزير الخارجية يزور القاهرة لبحث التعاون';
const TEXT = [
  'استغل المجرمون لفترة طويلة المراسلات عبر البريد الالكتروني من خلال محاكاة الإشعارات التي ترسلها المصارف والشركات الكبرى إلى زبائنها، بهدف سرقة بياناتهم المالية.',
  'وقال البيان إن الجانبين تطرقا إلى عدد من القضايا ذات الاهتمام المشترك، واتفقا على مواصلة التنسيق في المرحلة المقبلة بين الأجهزة المختصة في البلدين.',
  'وأضاف أن اللقاء تناول سبل تطوير العلاقات الثنائية في مختلف المجالات، ولا سيما الاقتصادية والتجارية منها، بما يخدم مصالح الشعبين.',
];

describe('a headline under a list heading over menu links, at the top of the page', () => {
  it('is the title, and the menu links stay out of the body', () => {
    const page = [
      'آخر الأخبار',
      '',
      'سياسة',
      '',
      'محليات',
      '',
      'دولية',
      '',
      HEADLINE,
      '',
      ...TEXT.flatMap((p) => [p, '']),
    ];
    const [record] = extract(page.join('\n'));
    expect(record!.title).toBe(HEADLINE);
    expect(record!.paragraphs).toEqual(TEXT);
  });
});
