/**
 * Headlines a title finder tuned on plain headlines lost (round 45):
 * - one its site ends with a full stop, over the article's date line or byline: it was left out of every field, as
 *   a sentence too short for the text and not headline-shaped. In a headline's place, one sentence of a headline's
 *   length is the title whatever its last mark;
 * - the page's own headline printed after a see-also label ("اقرأ: <headline>"): the read-also rule took it for a
 *   link, and with no other line to be the title the page lost its headline to `related`. Right over the text (past
 *   the date line), with no item under it and about the text as a title is, it is the title.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'الحكومة تعلن خطة جديدة لدعم المزارعين.';
const DATE_LINE = 'الثلاثاء 12 مارس 2024 - 10:45 ص';

const TEXT = [
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر التي تعتمد على الزراعة مصدرا رئيسيا للدخل.',
  'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإن المرحلة الأولى تشمل المحافظات الأكثر تضررا من موجة الجفاف الأخيرة.',
];

describe('a headline that ends with a full stop (round 45)', () => {
  it('over the date line or a byline, it is the title', () => {
    for (const under of [DATE_LINE, 'بقلم: سامي يوسف']) {
      const [record, ...rest] = extract([HEADLINE, under, ...TEXT].join('\n\n'));
      expect(rest, under).toHaveLength(0);
      expect([record!.title, record!.paragraphs], under).toEqual([HEADLINE, TEXT]);
    }
  });

  it('two sentences over the date line are no headline: a teaser is not taken for the title', () => {
    const teaser = 'أعلنت الحكومة خطة جديدة. وتشمل الخطة قروضا ميسرة.';
    const [record] = extract([teaser, DATE_LINE, ...TEXT].join('\n\n'));
    expect(record!.title).not.toBe(teaser);
  });
});

describe('a headline after a see-also label, right over its text (round 45)', () => {
  it('is the title, and no related link', () => {
    const headline = 'لحظة إعلان الحكومة خطة جديدة لدعم المزارعين';
    const [record, ...rest] = extract([`اقرأ: ${headline}`, DATE_LINE, ...TEXT].join('\n\n'));
    expect(rest).toHaveLength(0);
    expect([record!.title, record!.related, record!.paragraphs]).toEqual([headline, [], TEXT]);
  });

  it('a story on another subject there stays a read-also link', () => {
    const other = 'منتخب الشباب يتأهل إلى نهائي البطولة العربية';
    const [record] = extract([`اقرأ أيضا: ${other}`, DATE_LINE, ...TEXT].join('\n\n'));
    expect(record!.related).toEqual([{ title: other, url: null, relation: 'read-also' }]);
    expect(record!.title).not.toBe(other);
  });
});
