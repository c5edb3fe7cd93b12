/**
 * A headline its site ends with a full stop, over the article's date line or byline (round 45): it was left out
 * of every field, as a sentence too short for the text and not headline-shaped for the title finder. In a
 * headline's place, one sentence of a headline's length is the title whatever its last mark.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'الحكومة تعلن خطة جديدة لدعم المزارعين.';
const TEXT = [
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر التي تعتمد على الزراعة مصدرا رئيسيا للدخل.',
  'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإن المرحلة الأولى تشمل المحافظات الأكثر تضررا من موجة الجفاف الأخيرة.',
];

describe('a headline that ends with a full stop (round 45)', () => {
  it('over the date line or a byline, it is the title', () => {
    for (const under of ['الثلاثاء 12 مارس 2024 - 10:45 ص', 'بقلم: سامي يوسف']) {
      const [record, ...rest] = extract([HEADLINE, under, ...TEXT].join('\n\n'));
      expect(rest, under).toHaveLength(0);
      expect([record!.title, record!.paragraphs], under).toEqual([HEADLINE, TEXT]);
    }
  });

  it('two sentences over the date line are no headline: a teaser is not taken for the title', () => {
    const teaser = 'أعلنت الحكومة خطة جديدة. وتشمل الخطة قروضا ميسرة.';
    const [record] = extract([teaser, 'الثلاثاء 12 مارس 2024 - 10:45 ص', ...TEXT].join('\n\n'));
    expect(record!.title).not.toBe(teaser);
  });
});
