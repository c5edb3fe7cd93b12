/**
 * Issue 8's layout — menu, "latest news" list, headline, date line, text — with a brief's text: two short
 * paragraphs, under the forty words a further article's text takes. The headline was read as the list's
 * last item (in `related`), and the record had no title (round 39).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const MENU = ['الرئيسية', 'أخبار', 'رياضة'];
const LATEST = ['آخر الأخبار', 'ارتفاع أسعار الذهب في الأسواق المحلية', 'افتتاح معرض الكتاب الدولي بمشاركة واسعة'];
const HEADLINE = 'وزير يطلق برنامجا وطنيا لتدريب الشباب';
// The text writes two of the headline's words ("تدريب", "الشباب"), others in other forms ("الوزير").
const BRIEF = [
  'أعلن الوزير اليوم عن إطلاق البرنامج الذي يستهدف تدريب آلاف الشباب في مختلف المناطق خلال العام المقبل.',
  'وأوضح أن البرنامج سيمتد ثلاث سنوات بتمويل حكومي كامل، وأن التسجيل يبدأ الشهر القادم.',
];

describe('a brief under a "latest" list', () => {
  it('is the record, its headline the title, over its own date line (with a blank line above it or none)', () => {
    for (const gap of ['\n', '\n\n']) {
      const page = `${MENU.join('\n')}\n\n${LATEST.join('\n')}${gap}${HEADLINE}\n21 يونيو 2024\n\n${BRIEF.join('\n\n')}\n`;
      const records = extract(page);
      expect(records, JSON.stringify(gap)).toHaveLength(1);
      expect(records[0]!.title).toBe(HEADLINE);
      expect(records[0]!.paragraphs).toEqual(BRIEF);
      expect(records[0]!.published).toBe('2024-06-21');
      expect(records[0]!.related.map((r) => r.title)).toEqual(LATEST.slice(1));
    }
  });

  it('is the record under a dated list whose items print a sentence of teaser each: no teaser is a record', () => {
    const items = [
      [
        'ارتفاع أسعار الذهب في الأسواق المحلية',
        '20 يونيو 2024',
        'سجلت أسعار الذهب ارتفاعا جديدا في الأسواق المحلية صباح اليوم.',
      ],
      [
        'افتتاح معرض الكتاب الدولي بمشاركة واسعة',
        '19 يونيو 2024',
        'افتتح معرض الكتاب الدولي أبوابه بمشاركة مئات دور النشر.',
      ],
    ];
    const page = [LATEST[0], ...items.flat(), HEADLINE, '21 يونيو 2024', ...BRIEF].join('\n\n');
    const [record, ...rest] = extract(page);
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe(HEADLINE);
    expect(record!.paragraphs).toEqual(BRIEF);
  });
});
