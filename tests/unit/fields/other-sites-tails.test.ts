/**
 * Tails of pages of sites the dev set did not show before its fourth families series (round 8f4): a
 * newsletter box's lines, an empty comment box's prompts and its count, a notice that forbids copying, an
 * app line that names the stores, a next / previous strip with the headline on the label's line, a read-also
 * label ending in dots, a box of videos, the writer's other columns under "للكاتب أيضاً", "مواضيع:" tags, and tags
 * after a "related topics" label.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'مجلس الأمن الدولي يبحث اغتيال القيادي في غزة';
const P = [
  'عقد مجلس الأمن الدولي جلسة طارئة مساء الثلاثاء لبحث اغتيال القيادي في حركة حماس في مدينة غزة، بطلب من عدد من الدول الأعضاء.',
  'وقال مندوب الجزائر في مجلس الأمن الدولي إن الاغتيال يمثل تصعيدا خطيرا يهدد جهود التهدئة في قطاع غزة، داعيا إلى تحقيق دولي مستقل.',
  'من جهتها دعت الأمم المتحدة جميع الأطراف إلى ضبط النفس، محذرة من اتساع رقعة المواجهة في المنطقة خلال الأيام المقبلة.',
];
const OTHERS = ['وزير الخارجية يلتقي نظيره الفرنسي في باريس', 'ارتفاع أسعار النفط مع تراجع المخزونات الأميركية'];
const page = (...lines: string[]): string => lines.join('\n\n');
const titles = (text: string) => extract(text)[0]!.related.map((r) => `${r.relation}: ${r.title}`);

describe('tails of other sites', () => {
  it('drops newsletter, comment, copy-notice and app lines: no body paragraph, no related entry', () => {
    const tail = [
      'اشترك ليصلك كل جديد',
      'سجّل بريدك الإلكتروني ليصلك موجز الصباح',
      'أهم الأخبار في بريدك كل مساء',
      '12 تعليق',
      'كن أول من يعلق على الخبر',
      'التعليقات تعبر عن آراء أصحابها',
      'سجل الدخول للتعليق',
      'تطبيق الأسبوع العربي متاح على App Store Google Play',
      'يُمنع النسخ أو إعادة النشر دون إذن مسبق من الأسبوع العربي',
    ];
    for (const line of tail) {
      const [r] = extract(page(HEADLINE, ...P, 'المزيد من الأخبار', ...OTHERS, line));
      expect(r!.paragraphs, line).toEqual(P);
      expect(
        r!.related.map((x) => x.title),
        line,
      ).toEqual(OTHERS);
    }
  });

  it("reads a next / previous strip whose headlines stand on the labels' lines as more entries", () => {
    expect(titles(page(HEADLINE, ...P, `الموضوع السابق ${OTHERS[0]}`, `المقال التالي: ${OTHERS[1]}`))).toEqual(
      OTHERS.map((t) => `more: ${t}`),
    );
  });

  it('opens a read-also box at a label ending in dots, a more list at "فيديوهات" and "للكاتب أيضاً"', () => {
    for (const [label, relation] of [
      ['اقرأ أيضا..', 'read-also'],
      ['فيديوهات', 'more'],
      ['للكاتب أيضاً', 'more'],
    ] as const) {
      expect(titles(page(HEADLINE, ...P, label, ...OTHERS)), label).toEqual(OTHERS.map((t) => `${relation}: ${t}`));
    }
  });

  it('reads "مواضيع ذات علاقة:" with short names after it as tags, and alone as the heading of a list', () => {
    const [r] = extract(page(HEADLINE, ...P, 'مواضيع ذات علاقة: مجلس الأمن الدولي • الأمم المتحدة • قطاع غزة'));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة']);
    expect(r!.paragraphs).toEqual(P);
    expect(titles(page(HEADLINE, ...P, 'مواضيع ذات علاقة:', ...OTHERS))).toEqual(OTHERS.map((t) => `similar: ${t}`));
  });

  it('reads "مواضيع:" and "موضوعات:" lines as tags', () => {
    for (const label of ['مواضيع', 'موضوعات']) {
      const [r] = extract(page(HEADLINE, ...P, `${label}: مجلس الأمن الدولي، الأمم المتحدة، قطاع غزة`));
      expect(r!.keywords, label).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة']);
      expect(r!.paragraphs, label).toEqual(P);
    }
  });
});
