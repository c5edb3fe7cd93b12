/**
 * A "most read" list at the top of the page, then the page's headline, its byline after a city
 * ("القاهرة - مها بن عبد العظيم") and its text. The byline is no second headline: the headline over it
 * ends the list and is the title, and the byline gives the author. Found by a probe that puts the dev
 * split's articles in random page furniture (round 23).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'الإمارات تتوعد المسيئين للذات الإلهية والأنبياء والأديان بالسجن والغرامة';
const TEXT = [
  'أصدر رئيس الدولة مرسوما بقانون بشأن مكافحة التمييز والكراهية يقضي بتجريم الأفعال المرتبطة بازدراء الأديان ومقدساتها ومكافحة جميع أشكال التمييز ونبذ خطاب الكراهية.',
  'ويحظر القانون الإساءة إلى الذات الإلهية أو الأديان أو الأنبياء أو الرسل أو الكتب السماوية أو دور العبادة، ويعاقب بالسجن والغرامة كل من ارتكب فعلا من الأفعال المنصوص عليها.',
  'وأشار المرسوم إلى أنه يعفى من العقوبة كل من بادر من الجناة بإبلاغ السلطات القضائية أو الإدارية عن الجريمة قبل الكشف عنها.',
];
const MOST_READ = [
  'الأكثر قراءة',
  'مقتل مسلحين في هجوم على كنيسة بالشيشان',
  'لوحة إعلانات تسقط على مذيع ومدربين في الدوري الأردني',
  'القسام تنشر فيديو جديدا وأبو عبيدة يكشف تعليمات بشأن التعامل مع الأسرى',
];

const page = (byline: string, kicker: string[] = []): string =>
  [...MOST_READ, ...kicker, HEADLINE, byline, ...TEXT].join('\n\n') + '\n';

describe('a headline over its byline under a "most read" list', () => {
  for (const [byline, author] of [
    ['القاهرة - مها بن عبد العظيم', 'مها بن عبد العظيم'],
    ['محمد بن عبد الله العتيبي', 'محمد بن عبد الله العتيبي'],
  ] as const)
    for (const kicker of [[], ['عاجل']])
      it(`is the title, "${byline}" the author${kicker.length ? ', under a kicker' : ''}`, () => {
        const [record] = extract(page(byline, kicker));
        expect(record!.title).toBe(HEADLINE);
        expect(record!.author).toBe(author);
        expect(record!.paragraphs).toEqual(TEXT);
      });
});

describe('a headline over a standfirst and its byline under a "most read" list (round 35)', () => {
  // Found by eval:furniture (seed 115): a standfirst of a sentence between the headline and the writer's bare
  // name read as a list's teaser, and the headline as one more item of the list.
  const STANDFIRST = 'مرسوم بقانون يجرم ازدراء الأديان ويعاقب على خطاب الكراهية.';
  const CAPTION = 'جانب من الاجتماع (واس)';
  for (const kicker of [[], ['منوعات']])
    it(`is the title, the name the author${kicker.length ? ', under a kicker' : ''}`, () => {
      const dump = [...MOST_READ, ...kicker, HEADLINE, STANDFIRST, 'فريح الرمالي', CAPTION, ...TEXT].join('\n\n');
      const [record] = extract(`${dump}\n`);
      expect(record!.title).toBe(HEADLINE);
      expect(record!.author).toBe('فريح الرمالي');
      expect(record!.paragraphs).toEqual([STANDFIRST, ...TEXT]);
      expect(record!.related.map((r) => r.title)).toEqual(MOST_READ.slice(1));
    });
});

describe('a "most read" list of short headlines over the page\'s headline (round 35)', () => {
  // Found by eval:furniture (seed 123): the list's first item, over its other items and the page's text,
  // opened an article of that text; the page's headline was lost.
  const SHORT_ITEMS = ['قطان وإلجام المشككين', 'الفال رئيساً لتحرير «عكاظ»', 'مقتل جندي في كمين'];
  it('the headline over the text, as short as they are, is the title, the items related', () => {
    const headline = 'الإمارات تجرم ازدراء الأديان';
    const records = extract([MOST_READ[0]!, ...SHORT_ITEMS, headline, ...TEXT].join('\n\n'));
    expect(records.map((r) => r.title)).toEqual([headline]);
    expect(records[0]!.paragraphs).toEqual(TEXT);
    // The last item, right over a headline as short, reads as its kicker: no record's related (not yet).
    expect(records[0]!.related.map((r) => r.title)).toEqual(SHORT_ITEMS.slice(0, -1));
  });
});

describe('a "<country>: <statement>" headline over the date line under a "most read" list (round 36)', () => {
  // Found by eval:furniture (seed 132): "الأردن: ملتزمون بمواصلة الإصلاح الاقتصادي" read as a city and a
  // writer's name under the list's last item, which took the title. Its words are the text's, with another
  // proclitic ("ومواصلة"): no one's name. The probe's list: a short item first keeps the last one a headline.
  const PROBE_LIST = [
    'الأكثر قراءة',
    'أنت مبدع!',
    'مانشستر يونايتد يبحث عن استعادة توازنه بعد بداية متعثرة الموسم الماضي',
    'بعد البلبلة.. هل تتزوج شيرين من حسام حبيب خلال ساعات؟',
  ];
  const HEADLINE_STATEMENT = 'مصر: حريصون بتعزيز الشراكة الاستثمارية';
  const STATEMENT_TEXT = [
    'أكد رئيس الوزراء المصري في بيان صحافي حرص الحكومة على تعزيز الشراكة مع القطاع الخاص، وقال إن الدولة ماضية في برنامج الإصلاح.',
    'وأضاف أن الحكومة ستعمل على تذليل العقبات أمام المستثمرين ولتعزيز الشراكة مع الدول الشقيقة والصديقة خلال العام المقبل.',
  ];
  it('is the title, and no author', () => {
    const dump = [...PROBE_LIST, HEADLINE_STATEMENT, 'آخر تحديث: الأحد 24 نوفمبر 2024 10:42 ص', ...STATEMENT_TEXT];
    const [record] = extract(`${dump.join('\n\n')}\n`);
    expect(record!.title).toBe(HEADLINE_STATEMENT);
    expect(record!.author).toBeNull();
    expect(record!.paragraphs).toEqual(STATEMENT_TEXT);
  });
  // The list's first item, a headline of two words that exclaims or asks, is one of its items (the list
  // ended at it, and none of them was related).
  for (const short of ['أنت مبدع!', 'ماذا بعد؟'])
    it(`lists "${short}" with the other items as related`, () => {
      const list = [PROBE_LIST[0]!, short, ...PROBE_LIST.slice(2)];
      const dump = [...list, HEADLINE_STATEMENT, 'آخر تحديث: الأحد 24 نوفمبر 2024 10:42 ص', ...STATEMENT_TEXT];
      const [record] = extract(`${dump.join('\n\n')}\n`);
      expect(record!.title).toBe(HEADLINE_STATEMENT);
      expect(record!.related.map((r) => [r.title, r.relation])).toEqual(list.slice(1).map((item) => [item, 'more']));
    });
});
