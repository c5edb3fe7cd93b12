/**
 * A two-column dump (w3m renders a layout table so): a "latest news" column beside the article, its
 * lines split off the article's and judged outside it (issue 8, round 8e). The side column's items
 * printed between a related box's first headline and that story's text do not hide the story.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const COLUMN = 30;
const right = (text: string): string => `${' '.repeat(COLUMN)}${text}`;
const both = (left: string, text: string): string => `${left}${' '.repeat(COLUMN - left.length)}${text}`;

const MAIN_TITLE = 'الحكومة تقر خطة جديدة لدعم المزارعين في المحافظات الجنوبية';
const MAIN = [
  'أقرت الحكومة في جلستها الأسبوعية خطة جديدة لدعم المزارعين في المحافظات الجنوبية تشمل قروضا ميسرة وبذورا محسنة وإعفاءات من رسوم الري لمدة عامين.',
  'وقال وزير الزراعة إن الخطة تستهدف رفع إنتاج القمح والشعير وتقليل الاستيراد، وإن التمويل سيصرف على دفعات بحسب المساحات المزروعة في كل محافظة.',
];
const STORY_TITLE = 'فريق المدينة يفوز بكأس البطولة بعد مباراة مثيرة';
const STORY = [
  'فاز فريق المدينة بكأس البطولة الوطنية لكرة القدم بعد فوزه على ضيفه بثلاثة أهداف مقابل هدفين في المباراة النهائية التي أقيمت مساء السبت.',
  'وقال مدرب الفريق في المؤتمر الصحفي بعد اللقاء إن لاعبيه قدموا أداء كبيرا طوال الموسم وإن اللقب جاء ثمرة عمل طويل وصبر من الجماهير.',
  'واحتفل آلاف المشجعين في شوارع المدينة حتى ساعات الصباح الأولى.',
];
const SIDE = ['خبر جانبي عن الطقس', 'خبر جانبي عن الأسعار', 'خبر جانبي عن الطرق'];

/** The page: a menu, the main article in the right column, then what follows it, then the footer. */
const page = (after: string[]): string =>
  [
    'الرئيسية محليات عربي دولي',
    right(MAIN_TITLE),
    right('2018-05-10 | 09:00'),
    '',
    right(MAIN[0]!),
    '',
    right(MAIN[1]!),
    '',
    ...after,
    '',
    'جميع الحقوق محفوظة ©',
  ].join('\n');

describe('a two-column dump', () => {
  it('reads the story after a related box through the side column printed beside it', () => {
    const records = extract(
      page([
        right('موضوعات متعلقة'),
        '',
        right(`  • ${STORY_TITLE}`),
        'آخر الأخبار',
        right('2018-05-13 | 06:14'),
        both(`  • ${SIDE[0]}`, STORY[0]!),
        '    2018/05/05 - 7:49',
        `  • ${SIDE[1]}`,
        both('    2018/04/29 - 7:49', STORY[1]!),
        both(`  • ${SIDE[2]}`, STORY[2]!),
      ]),
    );
    expect(records.map((r) => r.title)).toEqual([MAIN_TITLE, STORY_TITLE]);
    expect(records[0]!.paragraphs).toEqual(MAIN);
    expect(records[1]!.paragraphs).toEqual(STORY);
  });

  it('reads the tags printed one a line under the text through the side column beside them (items, dates)', () => {
    const tags = ['المزارعين', 'وزير الزراعة', 'القمح'];
    const tagged = page([
      both(`  • ${SIDE[0]}`, `• ${tags[0]}`),
      both('    2018/05/05 - 7:49', `• ${tags[1]}`),
      both(`  • ${SIDE[1]}`, `• ${tags[2]}`),
    ]);
    const [record] = extract(tagged);
    expect(record!.paragraphs).toEqual(MAIN);
    expect(record!.keywords).toEqual(tags);
  });
});

describe('a two-column dump whose article is the wide left column (issue 8n)', () => {
  // As w3m renders a layout table: the article in a cell of 140 cells, a short side column beside it
  // (a heading, two items, a heading, a line) that only two lines of its own show; the others share a line
  // with the article's headline, date line and the end of a paragraph.
  const WIDE = 140;
  const beside = (left: string, text: string): string => `${left}${' '.repeat(Math.max(2, WIDE - left.length))}${text}`;
  const [p0, p1] = MAIN as [string, string];
  /** A paragraph wrapped at the cell's width, at a space. */
  const wrap = (p: string): [string, string] => {
    const cut = p.lastIndexOf(' ', WIDE - 2);
    return [p.slice(0, cut), p.slice(cut + 1)];
  };
  const third =
    'وأضاف أن الوزارة ستتابع التنفيذ مع المحافظين وتصدر تقريرا شهريا عن سير العمل في المشاريع الزراعية الجديدة.';
  const text = [
    '  • الرئيسية',
    '  • أخبار',
    '',
    beside(MAIN_TITLE, 'الأكثر قراءة'),
    '',
    beside('الأحد 12 مايو 2024', '  • ارتفاع أسعار الذهب في الأسواق المحلية اليوم'),
    `${' '.repeat(WIDE)}  • منتخب الشباب يتأهل إلى نهائي البطولة العربية`,
    ...wrap(p0),
    `${' '.repeat(WIDE)}تابعونا`,
    wrap(p1)[0],
    beside(wrap(p1)[1], 'فيسبوك تويتر'),
    '',
    third,
    '',
    'جميع الحقوق محفوظة 2024',
  ].join('\n');

  it("splits the side column off: the headline, date and paragraphs are the article's alone", () => {
    const [record] = extract(text);
    expect(record!.title).toBe(MAIN_TITLE);
    expect(record!.published).toBe('2024-05-12');
    expect(record!.paragraphs).toEqual([p0, p1, third]);
  });
});

describe('a Debian html2text two-column dump whose article outruns the side column (round 8q)', () => {
  // As Debian html2text renders the dev set's markets-table family: the article's cell padded with spaces
  // to the right column (counted in UTF-8 bytes) on every line the side column (index and currency
  // tickers under starred headings) shares, a paragraph a line; the article goes on alone below it. No
  // line of the side column stands alone, so the column shows only where the text resumes after a gap.
  const CELL_BYTES = 400;
  const beside = (left: string, text: string): string =>
    `${left}${' '.repeat(Math.max(2, CELL_BYTES - Buffer.byteLength(left)))}${text}`;
  const [p0, p1] = MAIN as [string, string];
  const more = [
    'وأضاف الوزير أن الوزارة ستتابع التنفيذ مع المحافظين وتصدر تقريرا شهريا عن سير العمل في المشاريع الزراعية الجديدة، وأن لجنة من الخبراء ستزور المحافظات الجنوبية كل شهر لتقييم ما أنجز من الخطة وما تأخر منها ورفع توصياتها إلى مجلس الوزراء في نهاية كل فصل.',
    'ورحب اتحاد المزارعين بالخطة.',
  ];
  const text = [
    '    * الرئيسية',
    '    * أسواق',
    beside(`****** ${MAIN_TITLE} ******`, '*** المؤشرات ***'),
    beside(p0, 'تاس5880.98 ▼ 2.19%'),
    beside('06/09/2018 14:17', 'EGX30 6337.74 ▲ 1.15%'),
    beside(p1, '*** العملات ***'),
    beside('وقال المتحدث إن صرف الدفعة الأولى سيبدأ الشهر المقبل.', 'الدولار 38.31 ▼ 0.99%'),
    ...more,
    '© أسواق العرب 2024 - جميع الحقوق محفوظة',
  ].join('\n');

  it("splits the side column off at the gap: the headline and the paragraphs are the article's alone", () => {
    const [record] = extract(text);
    expect(record!.title).toBe(MAIN_TITLE);
    expect(record!.published).toBe('2018-09-06T14:17');
    expect(record!.paragraphs).toEqual([p0, p1, 'وقال المتحدث إن صرف الدفعة الأولى سيبدأ الشهر المقبل.', ...more]);
  });

  it("a form's empty input boxes, a gap inside brackets, make no column", () => {
    // A line with a double space where the boxes' gap ends (the dev set's youm7 page in w3m) is no
    // article line beside a side column.
    const box = '[                    ]';
    const line = `وأثنى الوزير عبدالعاطي  ${p1}`;
    const [record] = extract([MAIN_TITLE, '', p0, '', line, '', box, box, box, box, box].join('\n'));
    expect(record!.paragraphs).toEqual([p0, line]);
  });
});
