/**
 * Round 48, from the dev pages of the f8 layout families: an editor's note on the story (a correction, an update,
 * how it was checked), a translated column's disclaimer, and "محتوى مشابه" over a list of similar stories.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { DATE, HEADLINE, P, page } from '../../helpers/hospital-page.js';

describe("an editor's note on the story", () => {
  it('is no paragraph, under the text or between its paragraphs', () => {
    for (const note of [
      'تصحيح: ورد في نسخة سابقة من هذا الخبر خطأ في تاريخ الاجتماع، وقد جرى تصويبه.',
      'ملاحظة المحرر: حُدّث هذا الخبر بمعلومات إضافية بعد نشره أول مرة.',
      'ملاحظة المحرر: طلبنا تعليقاً من الجهات المعنية ولم نتلق رداً حتى ساعة النشر.',
      'ملاحظة: جرى التحقق من الأرقام الواردة في التحقيق من مصدرين مستقلين على الأقل.',
      'توضيح: عُدّل عنوان هذا التقرير بعد نشره.',
      'منهجية التحقيق: اعتمد الفريق على وثائق رسمية ومقابلات مع مصادر متعددة.',
    ]) {
      for (const lines of [
        [HEADLINE, DATE, ...P, note],
        [HEADLINE, DATE, P[0]!, note, P[1]!],
      ]) {
        const [r] = extract(page(...lines));
        expect(r!.paragraphs, note).toEqual(P);
      }
    }
  });

  it('a plain note that does not speak of the story stays in the text', () => {
    const note = 'ملاحظة: يُنصح المراجعون بحجز مواعيدهم مسبقاً عبر المنصة الإلكترونية لتفادي الازدحام في الأيام الأولى.';
    const [r] = extract(page(HEADLINE, DATE, ...P, note));
    expect(r!.paragraphs).toEqual([...P, note]);
  });

  it("a translated column's disclaimer is no paragraph", () => {
    const [r] = extract(
      page(HEADLINE, DATE, ...P, 'المقالات المترجمة تعبر عن آراء كتابها ووجهة نظر الصحف التي نشرتها.'),
    );
    expect(r!.paragraphs).toEqual(P);
  });
});

describe('"محتوى مشابه" over a list of similar stories', () => {
  it('heads the list, as "قد يهمك كذلك" does ("also" after a similar heading)', () => {
    const items = [
      'ارتفاع أسعار الذهب في الأسواق المحلية مع نهاية الأسبوع',
      'الحكومة تناقش موازنة العام المقبل في جلستها الأسبوعية',
    ];
    for (const heading of ['قد يهمك كذلك', 'محتوى مشابه أيضا']) {
      const [r] = extract(page(HEADLINE, DATE, ...P, heading, items.map((i) => `* ${i}`).join('\n')));
      expect(r!.paragraphs, heading).toEqual(P);
      expect(r!.related.map((x) => x.relation)).toEqual(['similar', 'similar']);
    }
  });

  it('heads the list: its items are related stories, not the text', () => {
    const items = [
      'ارتفاع أسعار الذهب في الأسواق المحلية مع نهاية الأسبوع',
      'الحكومة تناقش موازنة العام المقبل في جلستها الأسبوعية',
    ];
    const [r] = extract(page(HEADLINE, DATE, ...P, 'محتوى مشابه', items.map((i) => `* ${i}`).join('\n')));
    expect(r!.paragraphs).toEqual(P);
    expect(r!.related.map((x) => [x.title, x.relation])).toEqual(items.map((i) => [i, 'similar']));
  });
});

describe("a list of the site's other stories whose heading says whose they are", () => {
  it('"تقارير أخرى من مراسلينا" heads a list of more stories', () => {
    const items = [
      'غضب دولي من تولي سوريا رئاسة مؤتمر نزع السلاح في جنيف',
      'عام على تحرير الموصل وما زال الإعمار متعثرا',
    ];
    for (const heading of ['تقارير أخرى من مراسلينا', 'مقالات أخرى في القسم']) {
      const [r] = extract(page(HEADLINE, DATE, ...P, heading, items.map((i) => `* ${i}`).join('\n')));
      expect(r!.paragraphs, heading).toEqual(P);
      expect(r!.related.map((x) => [x.title, x.relation])).toEqual(items.map((i) => [i, 'more']));
    }
  });
});
