/**
 * A "latest news" list of dated items (headline, date, headline, date) right over the page's article,
 * whose headline has its own date line (round 15): the headline under the list's last date is the
 * article's when a whole text about it follows; under a list's teasers it is one more item.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const ITEMS = [
  'وزير بريطاني: على بوتين تحمل المسؤولية عن محاولة الاغتيال',
  '2015/08/12 - 6:26 مساءً',
  'آثار تراجع أسعار النفط على الاقتصاد العالمي',
  '2015/08/09 - 6:26 مساءً',
];
const HEADLINE = 'وصول خامس طائرة سعودية إغاثية إلى مطار عدن';
const TEXT = [
  'وصلت أمس الطائرة الإغاثية السعودية الخامسة إلى مطار عدن الدولي، وعلى متنها الأجهزة والمستلزمات الطبية لمرضى الفشل الكلوي، يرافقها فريق من مركز الملك سلمان للإغاثة والأعمال الإنسانية.',
  'وتأتي هذه المساعدات إنفاذًا لتوجيهات خادم الحرمين الشريفين، ضمن الجسر الجوي الذي يسيره المركز إلى مطار عدن لإيصال المساعدات الطبية والغذائية إلى المحتاجين في المحافظات اليمنية.',
  'وأوضح المتحدث باسم المركز أن الطائرة الإغاثية حملت أكثر من ثلاثين طنا من الأدوية، وأن طائرات أخرى ستصل إلى مطار عدن خلال الأيام المقبلة لتغطية احتياجات المستشفيات.',
];
const page = (...lines: string[]): string => lines.join('\n');

describe('the headline under a dated list', () => {
  it('is the title when its own date line and a whole text about it follow', () => {
    const [record, ...rest] = extract(page('آخر الأخبار', ...ITEMS, HEADLINE, '2015/08/06 - 6:26 مساءً', ...TEXT));
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe(HEADLINE);
    expect(record!.paragraphs).toEqual(TEXT);
    expect(record!.published).toBe('2015-08-06T18:26');
    expect(record!.related.map((r) => r.title)).toEqual([ITEMS[0], ITEMS[2]]);
  });

  it('is one more item when only a teaser follows it', () => {
    const teaser = TEXT[0]!;
    const records = extract(
      page(
        'تقرير عن المساعدات',
        TEXT[1]!,
        TEXT[2]!,
        'آخر الأخبار',
        ...ITEMS,
        HEADLINE,
        '2015/08/06 - 6:26 مساءً',
        teaser,
        'عنوان آخر في القائمة عن الطقس',
        '2015/08/05 - 6:26 مساءً',
      ),
    );
    expect(records.map((r) => r.title)).not.toContain(HEADLINE);
  });
});
