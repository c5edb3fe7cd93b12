/**
 * HTML: a page's widgets left inside the article's box in plain <div>s (round 43). An article written in <p>
 * paragraphs holds its own lines in markup that says what they are; a short line of a plain <div> or <span>
 * there that holds no sentence is a widget's (a poll, prayer times, a video's duration, a gallery's counter).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية';
const P = [
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر التي تعتمد على الزراعة مصدرا رئيسيا للدخل.',
  'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإن المرحلة الأولى تشمل المحافظات الأكثر تضررا من موجة الجفاف الأخيرة.',
  'ورحب ممثلو الجمعيات الزراعية بالخطة، مطالبين بتبسيط إجراءات الحصول على القروض وضمان وصول الدعم إلى صغار المزارعين دون تأخير.',
];
const WIDGETS = [
  ['استطلاع الرأي', 'هل تتوقع نجاح الخطة الجديدة؟', 'نعم', 'لا', 'لا أعرف', 'النتائج'],
  ['مواقيت الصلاة', 'الفجر 04:12', 'الظهر 11:58', 'العصر 15:20', 'المغرب 18:05', 'العشاء 19:25'],
  ['02:35'],
  ['1 / 12'],
];
const divs = (lines: string[]): string => `<div class="box">${lines.map((l) => `<div>${l}</div>`).join('')}</div>`;
const html = (inner: string): string =>
  `<html><head><meta charset="utf-8"></head><body><article><h1>${HEADLINE}</h1>${inner}</article></body></html>`;

describe("HTML: a page's widgets in plain <div>s inside an article written in <p>s (round 43)", () => {
  it('leave the body, wherever they stand', () => {
    for (const widget of WIDGETS) {
      for (const at of [1, 2, 3]) {
        const inner = [
          ...P.slice(0, at).map((p) => `<p>${p}</p>`),
          divs(widget),
          ...P.slice(at).map((p) => `<p>${p}</p>`),
        ];
        const [r] = extract(html(inner.join('')), { format: 'html' });
        expect(r!.paragraphs, `${widget[0]} after paragraph ${at}`).toEqual(P);
      }
    }
  });

  it("stay where the article's text itself is in <div>s, and a long line of a <div> (a deck of pull quotes) stays", () => {
    const short = 'قروض ميسرة للمزارعين';
    const [inDivs] = extract(html([P[0]!, short, P[1]!, P[2]!].map((p) => `<div>${p}</div>`).join('')), {
      format: 'html',
    });
    expect(inDivs!.paragraphs).toEqual([P[0], short, P[1], P[2]]);
    const deck =
      '- المزارعون في المناطق الريفية ينتظرون القروض منذ سنوات طويلة - الخطة تشمل المحافظات الأكثر تضررا من الجفاف';
    const [withDeck] = extract(html(`<div>${deck}</div>${P.map((p) => `<p>${p}</p>`).join('')}`), { format: 'html' });
    expect(withDeck!.paragraphs).toEqual([deck, ...P]);
  });

  it('a short line of the text in markup that says what it is (a subheading, a quote) stays', () => {
    const subhead = 'مراحل الخطة';
    const quote = 'دعم بلا تأخير';
    const inner = `<p>${P[0]}</p><h2>${subhead}</h2><p>${P[1]}</p><blockquote>${quote}</blockquote><p>${P[2]}</p>`;
    const [r] = extract(html(inner), { format: 'html' });
    expect(r!.paragraphs).toEqual([P[0], subhead, P[1], quote, P[2]]);
  });

  it("lines of plain <div>s under a paragraph that announces them (a poem's verses) are the text (round 44)", () => {
    const quoting = 'ونعى اتحاد الكتاب الشاعر الراحل مستذكرا قصيدته الشهيرة التي يقول فيها:';
    const verses = ['يا موطني يا نبع أحلامي', 'يا شمس أيامي وأيامي', 'فيك الهوى والعز والمجد'];
    const inner = `<p>${P[0]}</p><p>${quoting}</p>${divs(verses)}<p>${P[1]}</p><p>${P[2]}</p>`;
    const [r] = extract(html(inner), { format: 'html' });
    expect(r!.paragraphs).toEqual([P[0], quoting, ...verses, P[1], P[2]]);
    // A widget after the text that goes on under them is still a widget.
    const [s] = extract(html(`${inner}${divs(WIDGETS[0]!)}`), { format: 'html' });
    expect(s!.paragraphs).toEqual([P[0], quoting, ...verses, P[1], P[2]]);
  });
});
