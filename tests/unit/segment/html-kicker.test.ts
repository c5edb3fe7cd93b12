/**
 * An HTML article whose <h1> has a kicker over it inside the article ("عاجل", a section's name): the kicker
 * was the body's first paragraph; and with no <title> nor og:title, the record had no title at all, the
 * <h1> judged outside the text and taken by nothing (round 40). A label over the headline, with no prose
 * before it, is no paragraph; the <h1> is the title when nothing else names one.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية';
const TEXT = [
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر التي تعتمد على الزراعة مصدرا رئيسيا للدخل.',
  'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإن المرحلة الأولى تشمل المحافظات الأكثر تضررا من موجة الجفاف الأخيرة.',
  'ورحب ممثلو الجمعيات الزراعية بالخطة، مطالبين بتبسيط إجراءات الحصول على القروض وضمان وصول الدعم إلى صغار المزارعين دون تأخير.',
];
const page = (head: string, article: string): string =>
  `<html><head><meta charset="utf-8">${head}</head><body><article>${article}</article></body></html>`;
const paragraphs = TEXT.map((p) => `<p>${p}</p>`).join('');

describe('a kicker over the <h1> inside an HTML article', () => {
  for (const kicker of ['<div class="kicker">عاجل</div>', '<span>اقتصاد</span>'])
    for (const head of ['', `<title>${HEADLINE} - الموقع</title>`])
      it(`is no paragraph, and the <h1> is the title (${kicker}${head ? ', a <title>' : ', no <title>'})`, () => {
        const [record] = extract(page(head, `${kicker}<h1>${HEADLINE}</h1>${paragraphs}`), { format: 'html' });
        expect(record!.title).toBe(HEADLINE);
        expect(record!.paragraphs).toEqual(TEXT);
      });

  it('a line over the <h1> after prose is the text: the <h1> there heads no article of the page', () => {
    const [lead, ...rest] = TEXT;
    const [record] = extract(
      page('', `<p>${lead}</p><p>ملخص</p><h1>${HEADLINE}</h1>${rest.map((p) => `<p>${p}</p>`).join('')}`),
      {
        format: 'html',
      },
    );
    expect(record!.paragraphs).toContain('ملخص');
  });
});
