/**
 * Tails and slots that hand-written layouts showed left in a body (round 41): readers' comments under "آراء
 * القراء", a source line in brackets ("(المصدر: رويترز)", also not read as the source), a disclaimer behind a
 * note's label ("ملاحظة: الآراء الواردة …"), and an ad slot's label between dashes ("- إعلان -").
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية';
const TEXT = [
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر التي تعتمد على الزراعة مصدرا رئيسيا للدخل.',
  'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإن المرحلة الأولى تشمل المحافظات الأكثر تضررا من موجة الجفاف الأخيرة.',
  'ورحب ممثلو الجمعيات الزراعية بالخطة، مطالبين بتبسيط إجراءات الحصول على القروض وضمان وصول الدعم إلى صغار المزارعين دون تأخير.',
];
const record = (after: string[], middle: string[] = []) =>
  extract([HEADLINE, 'الثلاثاء 12 مارس 2024', TEXT[0]!, ...middle, ...TEXT.slice(1), ...after].join('\n\n'))[0]!;

describe('tails and slots left in a body', () => {
  it('"آراء القراء" heads the comments: the readers\' prose is no text of the article', () => {
    const comments = [
      'خطوة ممتازة من الحكومة ونتمنى أن يصل الدعم فعلا إلى المزارعين الصغار في القرى البعيدة وليس إلى كبار الملاك كما يحدث في كل مرة.',
      'للأسف هذه الوعود نسمعها كل عام ولا شيء يتغير على أرض الواقع، المزارع ما زال يعاني من ارتفاع أسعار الأسمدة والبذور.',
    ];
    expect(record(['آراء القراء', ...comments]).paragraphs).toEqual(TEXT);
  });

  it('a source line in brackets is the source', () => {
    const r = record(['(المصدر: رويترز)']);
    expect(r.paragraphs).toEqual(TEXT);
    expect(r.source).toBe('رويترز');
  });

  it("a source's name keeps its own brackets (round 54: the closing one had been cut)", () => {
    for (const line of ['المصدر: وكالة الأنباء السعودية (واس)', '(المصدر: وكالة الأنباء الأردنية (بترا))']) {
      const r = record([line]);
      expect([r.source, r.paragraphs], line).toEqual([
        line.includes('واس') ? 'وكالة الأنباء السعودية (واس)' : 'وكالة الأنباء الأردنية (بترا)',
        TEXT,
      ]);
    }
  });

  it("a site's disclaimer behind a note's label leaves the body", () => {
    const note = 'ملاحظة: الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع.';
    expect(record([note]).paragraphs).toEqual(TEXT);
  });

  it('an ad slot labelled between dashes leaves the body', () => {
    expect(record([], ['- إعلان -']).paragraphs).toEqual(TEXT);
  });
});
