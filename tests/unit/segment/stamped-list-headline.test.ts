/**
 * A "latest" strip whose items each print their time before the headline ("21:10 …") or their date after it,
 * right over the page's headline (round 8f4): the first line that prints none, over the text, is the page's
 * headline, not one more item of the strip; a tab's other list, unstamped, stays the strip's.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const ITEMS = [
  '21:10 مدرب العين الإماراتي: لست سعيداً بخسارة فريقي الثالثة في معسكر النمسا',
  '18:40 قضايا محلية جديرة بالبحث في المجلس البلدي',
  '02:19 فيلم شكل الماء متصدر ترشيحات الأوسكار يواجه اتهامات بالسرقة',
];
const HEADLINE = 'التظاهرات ضد الحكومة متواصلة.. مطالبات بانتخابات مبكرة';
const STANDFIRST = 'التظاهرات والاحتجاجات تتواصل في المدن الكبرى، مطالبة بإجراء انتخابات مبكرة.';
const TEXT = [
  'أفادت مراسلة الميادين باستمرار المواجهات بين المتظاهرين المطالبين بانتخابات مبكرة وبين الشرطة، وأشارت إلى أن مئات المتظاهرين اخترقوا الحواجز حول مقر الحكومة بالتزامن مع مؤتمر صحفي لرئيسها.',
  'وتستمر التظاهرات الضخمة في العاصمة احتجاجا على سياسات الحكومة، وامتلأت الشوارع للمرة الثانية على التوالي بعشرات آلاف المطالبين بإجراء انتخابات مبكرة وتغيير الحكومة.',
  'ورأى خبير في الشؤون السياسية في حديث إلى الميادين أن الحكومة في خضم نقطة تحول مهمة، تعود إلى عدة أسباب أولها تراجع شعبيتها في استطلاعات الرأي الأخيرة.',
];
const page = (...lines: string[]): string => lines.join('\n');

describe('the headline under a strip of stamped items', () => {
  it('ends the strip when it prints no time and the text follows it (past a byline, a date, a video line)', () => {
    const [record, ...rest] = extract(
      page(
        'الأحدث',
        ...ITEMS,
        HEADLINE,
        STANDFIRST,
        'أحمد الريدي - بغداد',
        '2024-09-02 22:00',
        'شاهد: الرئيس الصيني: ملتزمون توسيع التضامن والتعاون مع جنوب أفريقيا',
        ...TEXT,
      ),
    );
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe(HEADLINE);
    expect(record!.related.map((r) => r.title)).toEqual(ITEMS.map((item) => item.slice(6)));
  });

  it("leaves an unstamped list of headlines under the stamped ones (a tab's other list) in the strip", () => {
    const others = ['تسع أطعمة تقوي مناعتك ضد الفيروسات', 'القارة الوحيدة التي لا وجود للفيروس فيها'];
    const [record] = extract(page(...TEXT.slice(0, 2), 'الأحدث', ...ITEMS, ...others, 'جميع الحقوق محفوظة'));
    expect(record!.related.map((r) => r.title)).toEqual([...ITEMS.map((item) => item.slice(6)), ...others]);
  });
});
