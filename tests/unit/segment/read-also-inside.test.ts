/**
 * Read-also boxes inside an article. Its marker on a line of its own, then another story's headline, with
 * the article's text going on under it. When the paragraphs after the box used other words than those
 * before it, they were read as the boxed story's text: an embedded record under the other headline took
 * them, and the main record lost them (round 40). A paragraph that opens by going on ("وأضاف …", "من
 * جهته، …") is the article before, resumed: no story's text opens so. And a box printed on one line, its
 * label and its headline: "اقرأ أيضا: …" was read as one, "شاهد أيضا: …" or "اقرأ: …" left the body with no
 * trace, as a stray line, and `related` did not list the headline (round 40), as did labels that pick a story
 * with no verb of reading ("اخترنا لك", "لا تفوت") and headings of similar stories with a headline beside them
 * ("قد يهمك أيضا: …") (round 41).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { READ_ALSO } from '../../../src/vocabulary.js';

const HEADLINE = 'الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية';
const BEFORE = [
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر التي تعتمد على الزراعة مصدرا رئيسيا للدخل.',
  'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإن المرحلة الأولى تشمل المحافظات الأكثر تضررا من موجة الجفاف الأخيرة.',
];
/** The text after the box writes none of the boxed headline's words, and few of the paragraphs before it. */
const AFTER_OPENINGS = ['وأضاف', 'وأوضحت المتحدثة', 'من جهته،', 'بدوره'];
const after = (opening: string): string[] => [
  `${opening} أن الوزارة خصصت مبلغا كبيرا لإعادة تأهيل قنوات الري وحفر آبار جديدة، مشيرا إلى أن التعاون مع المنظمات الدولية سيسهم في توفير الخبرات الفنية اللازمة.`,
  'ورحب ممثلو الجمعيات الزراعية بالخطة، مطالبين بتبسيط إجراءات الحصول على القروض وضمان وصول الدعم إلى صغار المزارعين دون تأخير.',
];
const BOXED = 'ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار';

describe('the text going on under a read-also box', () => {
  for (const opening of AFTER_OPENINGS)
    it(`is the article's when its paragraph opens "${opening}"; the boxed headline is related`, () => {
      const page = [HEADLINE, 'الثلاثاء 12 مارس 2024', ...BEFORE, `${READ_ALSO}:`, BOXED, ...after(opening)];
      const records = extract(page.join('\n\n'));
      expect(records).toHaveLength(1);
      expect(records[0]!.title).toBe(HEADLINE);
      expect(records[0]!.paragraphs).toEqual([...BEFORE, ...after(opening)]);
      expect(records[0]!.related).toEqual([{ title: BOXED, url: null, relation: 'read-also' }]);
    });

  it('is the boxed story when its paragraph opens as a story does', () => {
    const story = [
      'سجلت أسعار الذهب في الأسواق المحلية ارتفاعا ملحوظا صباح اليوم مع تراجع سعر صرف الدولار أمام العملات الرئيسية، وسط إقبال متزايد من المستثمرين على المعدن الأصفر.',
      'وتوقع متعاملون أن تواصل الأسعار صعودها خلال الأيام المقبلة إذا استمر ضعف الدولار في الأسواق العالمية.',
    ];
    const page = [HEADLINE, 'الثلاثاء 12 مارس 2024', ...BEFORE, `${READ_ALSO}:`, BOXED, ...story];
    const [main, embedded, ...rest] = extract(page.join('\n\n'));
    expect(rest).toHaveLength(0);
    expect(main!.paragraphs).toEqual(BEFORE);
    expect(embedded!.title).toBe(BOXED);
    expect(embedded!.paragraphs).toEqual(story);
  });
});

describe('a read-also label and its headline on one line', () => {
  const cases = [
    ['شاهد أيضا: ', 'read-also'],
    ['تابع كذلك - ', 'read-also'],
    ['انظر أيضا: ', 'read-also'],
    ['اقرأ: ', 'read-also'],
    ['طالع - ', 'read-also'],
    // Labels that pick a story for the reader without a verb of reading, and headings of similar stories
    // with their headline beside them (round 41).
    ['اخترنا لك: ', 'read-also'],
    ['لا تفوت - ', 'read-also'],
    ['للمزيد اقرأ: ', 'read-also'],
    ['اقرأ المزيد: ', 'read-also'],
    ['قد يهمك أيضا: ', 'read-also'],
    ['يهمك أيضا - ', 'read-also'],
  ] as const;
  for (const [label, relation] of cases)
    it(`"${label.trim()}" lists the headline in related (${relation}) and keeps the text around it`, () => {
      const text = [...BEFORE, ...after('وأضاف')];
      const page = [HEADLINE, ...BEFORE, `${label}${BOXED}`, ...after('وأضاف')];
      const records = extract(page.join('\n\n'));
      expect(records).toHaveLength(1);
      expect(records[0]!.paragraphs).toEqual(text);
      expect(records[0]!.related).toEqual([{ title: BOXED, url: null, relation }]);
    });
});

describe('a picking label alone on its line, over the headline it picks', () => {
  for (const label of ['اخترنا لك', 'لا تفوت', 'لا يفوتك:', 'للمزيد اقرأ:'])
    it(`"${label}" opens a read-also box: the headline is related, not body`, () => {
      const page = [HEADLINE, ...BEFORE, label, BOXED, ...after('وأضاف')];
      const records = extract(page.join('\n\n'));
      expect(records).toHaveLength(1);
      expect(records[0]!.paragraphs).toEqual([...BEFORE, ...after('وأضاف')]);
      expect(records[0]!.related).toEqual([{ title: BOXED, url: null, relation: 'read-also' }]);
    });
});
