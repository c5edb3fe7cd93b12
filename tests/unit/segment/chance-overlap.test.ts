/**
 * A short line above the headline that shares one word with the body by chance — a score line's club
 * ("الاتحاد") over a story of a workers' union ("اتحاد نقابة العمال"), a programme schedule's "نشرة الأخبار"
 * over a story that speaks of "شريط الأخبار" — is neither the headline on its overlap nor a headline over
 * the real one (round 8q: the dev set's match-centre and TV-portal families).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const STRIKE_HEADLINE = 'إضراب شامل يعم "إسرائيل": الضغط على نتنياهو لانجاز صفقة تبادل الأسرى';
const STRIKE_TEXT = [
  'عمّت الإضرابات الشاملة، منذ صباح اليوم الاثنين، "إسرائيل" تضامناً مع ذوي الأسرى الإسرائيليين في قطاع غزّة، ورفضاً لعرقلة رئيس حكومة الاحتلال، بنيامين نتنياهو إبرام صفقة تبادل أسرى ووقف إطلاق نار. وجاءت الإضرابات بدعوةٍ من اتحاد نقابة العمال "الهستدروت"، سعياً لدفع الحكومة الإسرائيلية برئاسة نتنياهو، إلى إبرام صفقة تبادل أسرى مع حركة حماس في قطاع غزّة.',
  'ومن المقرر أن يجتمع بايدن ونائبته هاريس، صباح الاثنين، مع الفريق الأميركي الذي يحاول التوسّط في صفقة إطلاق تبادل الأسرى، وفق ما أعلن البيت الأبيض.',
];

describe('a line that shares one word with the body by chance (round 8q)', () => {
  it("a match centre's score lines over the headline, its standfirst, byline and date line: the headline is the title", () => {
    // The dev set's f3-match-centre-01 page (python3-html2text), shortened.
    const standfirst =
      '"إسرائيل" تشهد إضرابات شاملة في أعقاب تظاهرات ضخمة، شاركت فيها حشود كبيرة من الإسرائيليين، للمطالبة بإعادة الأسرى الإسرائيليين في قطاع غزّة، وعقد صفقة وقف إطلاق نار.';
    const page = [
      '#### مباريات اليوم',
      'الأهلي **4 - 1** الرجاء الشوط الثاني',
      'الوداد **1 - 3** الهلال الشوط الثاني',
      'الاتحاد **0 - 4** الفيصلي الدقيقة 81',
      `# ${STRIKE_HEADLINE}`,
      standfirst,
      'كتب: فاضل السلطاني | منذ 45 دقيقة',
      'الإثنين 2 سبتمبر 2024 - 09:47 ص',
      ...STRIKE_TEXT,
    ].join('\n\n');
    const [record, ...rest] = extract(page);
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe(STRIKE_HEADLINE);
    expect(record!.paragraphs).toEqual([standfirst, ...STRIKE_TEXT]);
  });

  it('a schedule\'s item over a headline that ends with "؟", its byline and date line: the question is the title', () => {
    // The dev set's f3-tv-portal-17 page (lynx), shortened.
    const headline = 'ما أثر التعديلات الجديدة في فيس بوك على الإعلانات وصفحات وسائل الإعلام؟';
    const text = [
      'يراقب خبراء وسائل التواصل الاجتماعي عن كثب أثر التعديل الأخير الذي أعلنته شبكة فيس بوك الخميس، على صفحات وسائل الإعلام وعلى الدعاية في المنصة الرقمية الأكثر شعبية بالعالم.',
      'قد يسفر التعديل الكبير في شريط الأخبار الذي أعلنته فيس بوك دون سابق إنذار لإعادة التركيز على أخبار الأقارب والأصدقاء عن ضحايا هي وسائل الإعلام الأكثر تعويلا على شبكات التواصل الاجتماعي.',
    ];
    const page = [
      'على الشاشة الآن',
      '',
      '     * 13:00 ما وراء الخبر',
      '     * 16:09 المسائية',
      '     * 03:34 نشرة الأخبار',
      '     * 07:08 حديث الساعة',
      '',
      headline,
      '',
      '   تقرير: فاضل السلطاني',
      '',
      '   تاريخ النشر: 13/01/2018 - 16:41 | آخر تحديث: منذ 8 ساعات',
      '',
      ...text.flatMap((p) => [`   ${p}`, '']),
    ].join('\n');
    const [record] = extract(page);
    expect(record!.title).toBe(headline);
    expect(record!.paragraphs).toEqual(text);
    expect(record!.author).toBe('فاضل السلطاني');
  });
});
