/**
 * `--explain` accounts for every line of the page: a line the cleaners kept that no article took (a menu no
 * rule names, a deck the segmenter read as a caption, a stray line) has a `segment/left-out` entry, one per
 * run of such lines. Before round 41 only `arnews show` printed them: with `--explain`, a line could leave
 * the record with no trace at all.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية';
const DECK = 'قروض ميسرة وبذور محسنة لآلاف الأسر';
const TEXT = [
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر التي تعتمد على الزراعة مصدرا رئيسيا للدخل.',
  'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإن المرحلة الأولى تشمل المحافظات الأكثر تضررا من موجة الجفاف الأخيرة.',
  'وأضاف أن الوزارة خصصت مبلغا كبيرا لإعادة تأهيل قنوات الري وحفر آبار جديدة، مشيرا إلى أن التعاون مع المنظمات الدولية سيسهم في توفير الخبرات الفنية اللازمة.',
];
const leftOut = (explain: { rule: string; action: string; matched: string; line: number | null }[] = []) =>
  explain.filter((e) => e.rule === 'left-out').map(({ action, matched, line }) => ({ action, matched, line }));

describe('--explain: lines no article took', () => {
  it('names each run of them, its first line and where it ends', () => {
    // Lines 1 to 5: a menu (its first item dropped by a rule), 7 the headline, 9 the date line, 11 the deck
    // under it, which the segmenter leaves out as a photo's caption.
    const page = ['الرئيسية', 'أخبار', 'اقتصاد', HEADLINE, 'الثلاثاء 12 مارس 2024', DECK, ...TEXT].join('\n\n');
    const [record] = extract(page, { explain: true });
    expect(record!.paragraphs).toEqual(TEXT);
    expect(leftOut(record!.explain)).toEqual([
      { action: '2 lines taken by no article (to line 5)', matched: 'أخبار', line: 3 },
      { action: '1 line taken by no article', matched: DECK, line: 11 },
    ]);
    // Without --explain the record carries no trace.
    expect(extract(page)[0]!.explain).toBeUndefined();
  });

  it("names none when every line is the article's or a rule's", () => {
    const [record] = extract([HEADLINE, 'الثلاثاء 12 مارس 2024', ...TEXT].join('\n\n'), { explain: true });
    expect(leftOut(record!.explain)).toEqual([]);
  });

  it("lists a line of a dated list's card that is no item (its teaser) with the list, not as left out", () => {
    const first = 'منتخب الشباب يتأهل إلى نهائي البطولة العربية';
    const second = 'ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار';
    const teaser = 'تأهل منتخب الشباب إلى النهائي بعد فوزه في نصف النهائي أمس بهدفين نظيفين.';
    const page = [HEADLINE, ...TEXT, 'آخر الأخبار', first, '12 مارس 2024', teaser, second, '11 مارس 2024'];
    const [record] = extract(page.join('\n\n'), { explain: true });
    expect(record!.paragraphs).toEqual(TEXT);
    expect(record!.related.map((r) => r.title)).toEqual([first, second]);
    expect(leftOut(record!.explain)).toEqual([]);
  });

  it("does not list an HTML page's furniture outside the article", () => {
    const html = `<html><body><nav><a href="/a">أخبار</a> <a href="/b">اقتصاد</a> <a href="/c">رياضة</a></nav>
      <article><h1>${HEADLINE}</h1>${TEXT.map((p) => `<p>${p}</p>`).join('')}</article>
      <footer>سياسة الخصوصية</footer></body></html>`;
    const [record] = extract(html, { explain: true });
    expect(record!.paragraphs).toEqual(TEXT);
    expect(leftOut(record!.explain)).toEqual([]);
  });
});
