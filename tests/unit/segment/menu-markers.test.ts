/**
 * A list marker that is a link of the page's menu (issue 8, round 8p): "آخر الأخبار" among the section
 * links atop a page opens no "more" list, so the headline under the menu stays the title; a tab row of
 * list headings ("آخر الأخبار", "الأكثر قراءة") over their headlines still heads its list.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'مستشارو بايدن لعائلات الأسرى: لا نعرف إن كانت الصفقة في غزة ستحصل قريباً أم لا';
const TEXT = [
  'قال مستشارو الرئيس الأميركي لعائلات الأسرى الإسرائيليين في غزة إنهم لا يعرفون إن كانت صفقة التبادل ستحصل قريباً، بحسب ما نقلت وسائل إعلام إسرائيلية.',
  'وأضافت المصادر أن الاجتماع الذي عقد في البيت الأبيض تناول الجهود المبذولة لإعادة الأسرى، في ظل تعثر المفاوضات بين الطرفين منذ أسابيع.',
];
const OTHERS = ['3 أخطاء أميركية ساهمت في بقاء بشار الأسد', 'غضب دولي من تولي سوريا رئاسة مؤتمر نزع السلاح في جنيف'];

describe('a list marker among the links of a menu', () => {
  it('"آخر الأخبار" between section links opens no list: the headline under the menu is the title', () => {
    const menu = ['     * الرئيسية', '     * آخر الأخبار', '     * سياسة', '     * مجتمع', '     * رياضة'].join('\n');
    const [record, ...rest] = extract(
      [
        menu,
        `      ${HEADLINE}`,
        'تاريخ النشر: 02/09/2024 - 17:05 | آخر تحديث: منذ 6 ساعات',
        'Tags: غزة، البيت الأبيض',
        ...TEXT,
        'اقرأ أيضاً',
        ...OTHERS.map((o) => `   * ${o}`),
      ].join('\n\n'),
    );
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe(HEADLINE);
    expect(record!.published).toBe('2024-09-02T17:05');
    expect(record!.keywords).toEqual(['غزة', 'البيت الأبيض']);
    expect(record!.related.map((r) => r.title)).toEqual(OTHERS);
  });

  it('a tab row of list headings over their headlines still heads a "more" list', () => {
    const tabs = ['   * آخر الأخبار', '   * الأكثر قراءة', ...OTHERS.map((o) => `   * ${o}`)].join('\n');
    const [record] = extract([HEADLINE, ...TEXT, 'الأخبار', tabs].join('\n\n'));
    expect(record!.title).toBe(HEADLINE);
    expect(record!.related).toEqual(OTHERS.map((title) => ({ title, url: null, relation: 'more' })));
  });

  it('in a dump with no bullets nor blank lines (warc2text), "آخر الأخبار" between section links opens no list (round 8s)', () => {
    // The dev set's self-link family in warc2text: the page's <title> line, the menu, then the headline.
    const menu = ['الرئيسية', 'آخر الأخبار', 'سياسة', 'مجتمع', 'رياضة'];
    const [record, ...rest] = extract(
      [`${HEADLINE} | نبأ نت`, ...menu, HEADLINE, '2024-09-02 17:05', 'Tags:غزة', ...TEXT].join('\n'),
    );
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe(HEADLINE);
    expect(record!.published).toBe('2024-09-02T17:05');
    expect(record!.paragraphs).toEqual(TEXT);
    // Between two lists' "more" buttons, or over its first card's category, the heading heads its list.
    for (const below of ['المزيد', 'حوادث']) {
      const [article] = extract([HEADLINE, ...TEXT, 'المزيد', 'آخر الأخبار', below, ...OTHERS].join('\n'));
      expect(article!.related, below).toEqual(OTHERS.map((title) => ({ title, url: null, relation: 'more' })));
    }
  });
});
