/**
 * A bulleted "latest" list over the article (w3m, lynx and html2text print an <li> with a bullet): the
 * article's headline after it, with no bullet and a blank line over it, was taken as the list's last item
 * when a standfirst under it read as another headline, and the page lost its headline. Found by
 * eval:furniture --render w3m (round 28, seed 9).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const LATEST = [
  'متحف اللوفر في باريس يغلق جناح الفنون الإسلامية تحسبا للفيضانات',
  'شاهد.. مصلون يطردون خطيبا حوثيا من على منبر مسجد بصنعاء',
  'د. السديري : الهدف تحسين مستوى الخدمات المقدمة للمساجد',
];
const HEADLINE = 'ضابط إسرائيلي يُقرّ بالإخفاقات في الشمال والجنوب.. وهذا ما كشفه عن الهجوم الإيراني';
const STANDFIRST = 'ضابط في سلاح الجو الإسرائيلي يكشف عجز الاحتلال عن الاستمرار في الحرب من دون دعم خارجي';
const TEXT = [
  'كشف ضابط كبير في سلاح الجو الإسرائيلي أن قادة الاحتلال يعملون على تقليل الاعتماد على الدول الأجنبية، وخصوصاً الولايات المتحدة الأميركية، في تسليح الجيش.',
  'ويُجري سلاح الجو الإسرائيلي تحقيقين شاملين، يتعلق الأول بأحداث السابع من أكتوبر، والثاني بالهجوم الإيراني، ومن المتوقع أن تؤدي التوصيات إلى تغيير جذري.',
];

const page = (list: string[], afterList: string[] = []): string =>
  [
    'آخر الأخبار',
    '',
    ...list.map((item) => `  • ${item}`),
    ...afterList,
    '',
    HEADLINE,
    '',
    STANDFIRST,
    '',
    'آخر تحديث: الأحد 24 نوفمبر 2024 10:42 ص',
    'خلدون غسان سعيد | 24 نوفمبر 2024',
    '',
    ...TEXT.flatMap((p) => [p, '']),
  ].join('\n');

describe('a bulleted list of headlines ends at its last item', () => {
  it("the headline with no bullet under it is the article's title, not the list's item", () => {
    const [record] = extract(page(LATEST));
    expect(record!.title).toBe(HEADLINE);
    expect(record!.related.map((r) => r.title)).toEqual(LATEST);
    expect(record!.paragraphs).toEqual([STANDFIRST, ...TEXT]);
  });

  it('a bulleted row of tabs over headlines with no bullets is no such list: the headlines are its items', () => {
    const tabs = ['صور', 'كاريكاتير', 'انفوجرافيك'];
    const [record] = extract(page(tabs, ['', ...LATEST]));
    expect(record!.related.map((r) => r.title)).toEqual(expect.arrayContaining(LATEST));
  });
});
