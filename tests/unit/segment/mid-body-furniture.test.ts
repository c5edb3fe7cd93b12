/**
 * Lines between an article's paragraphs that are no part of its text, as a site arnews has not seen prints
 * them (issue 8, round 53): a link to the site's photo or video story with its badge first, a story's card
 * (its headline printed twice on its line: the image's alt text, then the link's label), an advertisement's
 * label with the article, a "discover more" button. Each case is told by its shape or by the words of the
 * page's furniture, not by a site's strings. Round 54: a long caption that the image's alt text printed twice
 * before its mark, and a summary box's heading.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { between, HEADLINE, P, page } from '../../helpers/hospital-page.js';

/** Another story of the site, as its card links it. */
const CARD = 'وزير الصحة يتفقد مستشفى القاهرة الجديد';

/** Whether the page with `line` between its paragraphs gives one record, its headline and its two paragraphs. */
const leftOut = (line: string): void => {
  const records = between(line);
  expect(records, line).toHaveLength(1);
  expect([records[0]!.title, records[0]!.paragraphs], line).toEqual([HEADLINE, P]);
};

describe('furniture between the paragraphs', () => {
  it('a link to a photo or video story, its badge and a separator first, is no paragraph', () => {
    for (const line of [
      'صور | افتتاح المستشفى الجديد في القاهرة',
      'إنفوجراف: خطة تطوير المستشفيات في أرقام',
      'فيديو.. لحظة افتتاح المستشفى الجديد',
      'بالفيديو - جولة داخل غرف العمليات',
    ])
      leftOut(line);
  });

  it('a paragraph that opens with the word and ends a sentence is the text', () => {
    const line = 'صور: التقطت عدسات المصورين مشاهد الازدحام أمام المستشفى منذ ساعات الصباح الأولى.';
    expect(between(line)[0]!.paragraphs).toEqual([P[0], line, P[1]]);
  });

  it('a badge over the text is the headline’s, and the headline stays the title', () => {
    const [record] = extract(page(`فيديو | ${HEADLINE}`, ...P));
    expect([record!.title, record!.paragraphs]).toEqual([HEADLINE, P]);
  });

  it("a story's card, its headline printed twice on its line, is no paragraph, as each renderer prints it", () => {
    leftOut(`   [14]${CARD} [15]${CARD}`); // lynx, with its link numbers
    leftOut(`${CARD} ${CARD}`); // w3m, a space between the image's alt text and the link
    leftOut(`${CARD}${CARD}`); // w3m, none in the page
    leftOut(`[${CARD}]${CARD}`); // Debian html2text, the image's alt text in brackets
  });

  it("a meta line under the headline, the story's age and its section, is dropped as the age alone is", () => {
    // Under a "latest" list it had been the headline's deck, kept in the body (a made-here page's dumps).
    const latest = ['الأحدث', '* انطلاق امتحانات الثانوية العامة الأحد المقبل', '* تعادل سلبي في قمة الدوري الممتاز'];
    for (const line of ['منذ 3 ساعات | قسم: اقتصاد', 'قبل يومين • التصنيف: محليات']) {
      const [record] = extract(page(...latest, HEADLINE, line, ...P), { explain: true });
      expect([record!.title, record!.paragraphs], line).toEqual([HEADLINE, P]);
      expect(record!.explain!.filter((e) => e.rule === 'relative-time').map((e) => e.matched)).toEqual([line]);
    }
  });

  it('an advertisement’s label with the article, and a "discover more" button, are no paragraph', () => {
    for (const line of ['الإعلان', 'الإعلانات', 'اكتشف المزيد']) leftOut(line);
  });

  it('a caption printed twice before its mark is one, however long', () => {
    // Twenty words: the image's alt text, then the caption, then the mark: 41 words on the line, 21 read once.
    const caption =
      'عمال في موقع البناء يستمعون إلى شرح عن المشروع في أحد الأسواق الشعبية الأسبوع الماضي، وسط إجراءات أمنية مشددة';
    leftOut(`${caption} ${caption} (أرشيفية)`);
    leftOut(`${caption} ${caption} - صورة من الأرشيف`);
  });

  it("a summary box's heading alone is no paragraph", () => {
    for (const line of ['ملخص الخبر', 'الملخص:', 'باختصار']) leftOut(line);
  });

  it('a paragraph of the text that ends with a caption mark, printed once, stays in the text', () => {
    // A renderer glued the caption's mark to the paragraph over the photo: the text is a reader's all the same.
    const line = `${P[0]!.slice(0, -1)}، ${P[1]!.slice(0, -1)} (أرشيفية)`;
    expect(between(line)[0]!.paragraphs).toEqual([P[0], line, P[1]]);
  });
});
