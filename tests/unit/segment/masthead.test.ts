/**
 * A print edition's page opens with its masthead (the paper's name, the issue number) over the
 * headline (issue 8f): the masthead is no title. A headline that reads as a sentence ("…؟") opens the
 * body run; with its own date line under it, it is the title, not the line the search found above it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const page = (...lines: string[]): string => lines.join('\n');
const MASTHEAD = 'صحيفة المساء الجديد';
const HEADLINE = 'هل تكفي الزيادة الجديدة في الرواتب لمواجهة الغلاء؟';
const TEXT = [
  'قررت الحكومة رفع الحد الأدنى للأجور في القطاع العام ابتداء من الشهر المقبل، في خطوة قال وزير المالية إنها تأتي استجابة لمطالب النقابات العمالية.',
  'ويرى خبراء اقتصاديون أن التضخم الذي تجاوز عشرة في المئة خلال العام الماضي سيلتهم جزءا كبيرا من القرار، ما لم تتخذ إجراءات موازية لضبط الأسواق.',
  'وكانت النقابات قد هددت بالإضراب العام إذا لم تستجب الحكومة لمطالبها قبل نهاية السنة المالية الحالية.',
];

describe('a masthead over the headline', () => {
  it('the headline over its date line is the title, not the paper name above it', () => {
    const [record, ...rest] = extract(
      page('طباعة إغلاق', MASTHEAD, HEADLINE, 'الخميس 17 ماي 2018', ...TEXT, `جميع الحقوق محفوظة ل${MASTHEAD}`),
    );
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe(HEADLINE);
    expect(record!.paragraphs).toEqual(TEXT);
    expect(record!.published).toBe('2018-05-17');
  });
});
