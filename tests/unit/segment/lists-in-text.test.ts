/**
 * A list inside an article's text. Its short items weigh against the body run as a menu's links do, so a list
 * under the first paragraph cut the run in two: the first paragraph and the list were left out, the record
 * kept only the text after it (round 41). Numbered items ("1- …", "٢. …") are a list's as bulleted ones are, and
 * a list no sentence announces (bulleted, or plain lines under a short line ending with a colon) is the text's
 * when its items write the words of the prose around it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية';
const FIRST =
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر التي تعتمد على الزراعة مصدرا رئيسيا للدخل.';
const REST = [
  'وأضاف أن الوزارة خصصت مبلغا كبيرا لإعادة تأهيل قنوات الري وحفر آبار جديدة، مشيرا إلى أن التعاون مع المنظمات الدولية سيسهم في توفير الخبرات الفنية اللازمة.',
  'ورحب ممثلو الجمعيات الزراعية بالخطة، مطالبين بتبسيط إجراءات الحصول على القروض وضمان وصول الدعم إلى صغار المزارعين دون تأخير.',
];
const SHORT = ['قروض ميسرة للمزارعين', 'توزيع بذور محسنة', 'إعادة تأهيل قنوات الري', 'حفر آبار جديدة'];
const LONG = [
  'تقديم قروض ميسرة لصغار المزارعين بفوائد رمزية تسدد على خمس سنوات',
  'توزيع بذور محسنة مقاومة للجفاف على الأسر الريفية مجانا',
  'إعادة تأهيل قنوات الري في المحافظات الأكثر تضررا من موجة الجفاف',
];
const ANNOUNCE = 'وقال وزير الزراعة إن الخطة تشمل المحاور التالية:';
const page = (...lines: string[]): string => [HEADLINE, 'الثلاثاء 12 مارس 2024', ...lines].join('\n\n');
const numbered = (items: string[]): string[] => items.map((item, i) => `${i + 1}- ${item}`);
const dashed = (items: string[]): string[] => items.map((item) => `- ${item}`);

describe('a list inside the text', () => {
  it('numbered under a line that announces it: the first paragraph, the line and the items stay', () => {
    const [r] = extract(page(FIRST, ANNOUNCE, ...numbered(SHORT), ...REST));
    expect(r!.paragraphs).toEqual([FIRST, ANNOUNCE, ...numbered(SHORT), ...REST]);
  });

  for (const [name, items] of [
    ['short numbered', numbered(SHORT)],
    ['short dashed', dashed(SHORT)],
    ['long dashed', dashed(LONG)],
    ['Arabic-Indic numbers', SHORT.map((item, i) => `${'١٢٣٤'[i]}. ${item}`)],
  ] as const)
    it(`${name}, no line announcing it: in the text's words, the list and the paragraph over it are the text`, () => {
      const [r] = extract(page(FIRST, ...items, ...REST));
      expect(r!.paragraphs[0]).toBe(FIRST);
      expect(r!.paragraphs).toHaveLength(1 + items.length + REST.length);
      expect(r!.paragraphs.slice(-2)).toEqual(REST);
    });

  it('plain lines under a short line ending with a colon ("وتشمل الخطة:"): the paragraph over them, the line and the items stay', () => {
    const [r] = extract(page(FIRST, 'وتشمل الخطة:', ...SHORT, ...REST));
    expect(r!.paragraphs).toEqual([FIRST, 'وتشمل الخطة:', ...SHORT, ...REST]);
  });

  it('a bulleted box of other stories between two paragraphs is still no text of the article', () => {
    const others = [
      '- ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار',
      '- منتخب الشباب يتأهل إلى نهائي البطولة العربية',
      '- افتتاح معرض الكتاب الدولي بمشاركة مئات دور النشر',
    ];
    const [r] = extract(
      page(FIRST, ...REST, ...others, FIRST.replace('أعلنت الحكومة اليوم', 'وكانت الحكومة أعلنت أمس')),
    );
    expect(r!.paragraphs.some((p) => /الذهب|منتخب|معرض/.test(p))).toBe(false);
  });

  it("a table in the text's words, a cell a line or a row a line, keeps the paragraph over it in the text (round 43)", () => {
    const cells = ['المرحلة', 'المحافظات', 'العام', 'الأولى', 'الجنوبية', '2024', 'الثانية', 'الوسطى', '2025'];
    const rows = ['المرحلة  المحافظات  العام', 'الأولى   الجنوبية   2024', 'الثانية  الوسطى     2025'];
    const second =
      'وقال وزير الزراعة إن المرحلة الأولى تشمل المحافظات الجنوبية الأكثر تضررا من الجفاف، على أن تليها الوسطى في العام المقبل.';
    for (const table of [cells.join('\n'), rows.join('\n')]) {
      const [r] = extract(page(FIRST, table, second, ...REST));
      expect(r!.paragraphs[0], table).toBe(FIRST);
      expect(r!.paragraphs.slice(-3), table).toEqual([second, ...REST]);
    }
  });

  it('short lines of other things between a paragraph and the text (a list of sections) still leave the paragraph out', () => {
    const teaser =
      'تابعوا على موقعنا تغطية شاملة لأخبار الفن والرياضة والثقافة على مدار الساعة من مراسلينا في مختلف العواصم العربية.';
    const sections = ['فن', 'رياضة', 'ثقافة', 'منوعات'];
    const [r] = extract(page(teaser, ...sections, FIRST, ...REST));
    expect(r!.paragraphs).toEqual([FIRST, ...REST]);
  });

  it("bulleted highlights over the text, in its words, are the text's; other stories' headlines or a contents list are not (round 43)", () => {
    const highlights = [
      '• قروض ميسرة لصغار المزارعين',
      '• توزيع بذور محسنة على الأسر الريفية',
      '• إعادة تأهيل قنوات الري',
    ];
    const [r] = extract(page(...highlights, FIRST, ...REST));
    expect(r!.title).toBe(HEADLINE);
    expect(r!.paragraphs).toEqual([...highlights.map((h) => h.slice(2)), FIRST, ...REST]);
    const others = [
      '• ارتفاع أسعار الذهب في الأسواق المحلية',
      '• منتخب الشباب يتأهل إلى نهائي البطولة',
      '• افتتاح معرض الكتاب الدولي بمشاركة واسعة',
    ];
    const contents = ['1. قروض ميسرة لصغار المزارعين', '2. توزيع بذور محسنة على الأسر', '3. إعادة تأهيل قنوات الري'];
    for (const list of [others, contents]) {
      const [s] = extract(page(...list, FIRST, ...REST));
      expect(s!.paragraphs, list[0]).toEqual([FIRST, ...REST]);
    }
  });

  describe("plain lines a line announces are the text's: verses, names, results (round 44)", () => {
    const VERSES = ['يا موطني يا نبع أحلامي', 'يا شمس أيامي وأيامي', 'فيك الهوى والعز والمجد', 'وإليك ترحالي وإقدامي'];
    const RESULTS = ['الأهلي 2 - 1 الزمالك', 'الإسماعيلي 0 - 0 المصري', 'بيراميدز 3 - 1 سموحة'];
    const NAMES = ['وزير الخارجية: أحمد سالم', 'وزير المالية: خالد منصور', 'وزيرة التعليم: ليلى حسن'];

    it('a poem quoted between two paragraphs ("… التي يقول فيها:")', () => {
      const quoting = 'ونعى اتحاد الكتاب الشاعر الراحل مستذكرا قصيدته الشهيرة التي يقول فيها:';
      const [r] = extract(page(FIRST, quoting, ...VERSES, ...REST));
      expect(r!.paragraphs).toEqual([FIRST, quoting, ...VERSES, ...REST]);
    });

    it('names under a short clause that points ahead ("الأسماء التالية:"), a name the text does not write too', () => {
      const announcing = 'وضمت الحكومة الجديدة الأسماء التالية:';
      const [r] = extract(page(FIRST, announcing, ...NAMES, ...REST));
      expect(r!.paragraphs).toEqual([FIRST, announcing, ...NAMES, ...REST]);
    });

    it('results closing the text ("على النحو التالي:") are its paragraphs, not its tags', () => {
      const announcing = 'وجاءت نتائج الجولة على النحو التالي:';
      const [r] = extract(page(FIRST, ...REST, announcing, ...RESULTS, 'جميع الحقوق محفوظة © 2024'));
      expect(r!.paragraphs).toEqual([FIRST, ...REST, announcing, ...RESULTS]);
      expect(r!.keywords).toEqual([]);
    });

    it('a poem closing the text under the line that quotes it, and names under "… هي:"', () => {
      const quoting = 'ونعى اتحاد الكتاب الشاعر الراحل مستذكرا قصيدته الشهيرة التي يقول فيها:';
      const [r] = extract(page(FIRST, ...REST, quoting, ...VERSES, 'جميع الحقوق محفوظة © 2024'));
      expect(r!.paragraphs).toEqual([FIRST, ...REST, quoting, ...VERSES]);
      const countries = ['المملكة العربية السعودية', 'الإمارات العربية المتحدة', 'جمهورية مصر العربية'];
      const announcing = 'وتشارك في البرنامج ثلاث دول هي:';
      const [s] = extract(page(FIRST, announcing, ...countries, ...REST));
      expect(s!.paragraphs).toEqual([FIRST, announcing, ...countries, ...REST]);
    });

    it("a row of links under a line pointing to them, or a post's navigation label, is still no text", () => {
      const links = ['تابعوا آخر أخبارنا عبر حساباتنا على المنصات التالية:', 'فيسبوك', 'تويتر', 'يوتيوب'];
      const [r] = extract(page(FIRST, ...REST, ...links));
      expect(r!.paragraphs).toEqual([FIRST, ...REST]);
      const next = ['الخبر التالي:', 'ارتفاع أسعار الذهب في الأسواق المحلية', 'منتخب الشباب يتأهل إلى نهائي البطولة'];
      const [s] = extract(page(FIRST, ...REST, ...next));
      expect(s!.paragraphs).toEqual([FIRST, ...REST]);
    });
  });

  it('a heading of a word or three over the list ("في أرقام", a facts box) keeps the opening with the rest (round 55)', () => {
    // A probe made here: the heading and the items, figures each, cut the text in two; the opening and the heading
    // were left out, the items kept as the text's highlights.
    const opening = [
      'دشنت دولة الإمارات، أمس، محطة الظفرة للطاقة الشمسية الكهروضوئية، التي تعد أكبر محطة مستقلة للطاقة الشمسية في موقع واحد على مستوى العالم، بقدرة إنتاجية تبلغ 2 جيجاواط.',
      'وتقع المحطة على بعد 35 كيلومترا من مدينة أبوظبي، وتمتد على مساحة 21 كيلومترا مربعا، وتضم نحو أربعة ملايين لوح شمسي، وستوفر الكهرباء لنحو 160 ألف منزل في أنحاء الدولة.',
    ];
    const facts = [
      '2 جيجاواط القدرة الإنتاجية',
      '4 ملايين لوح شمسي',
      '160 ألف منزل مستفيد',
      '2.4 مليون طن خفض سنوي لانبعاثات الكربون',
    ];
    const rest = [
      'وأكد مسؤولون في شركة مياه وكهرباء الإمارات أن المحطة ستسهم في خفض انبعاثات ثاني أكسيد الكربون في أبوظبي بأكثر من 2.4 مليون طن سنويا، وهو ما يعادل إزالة نحو 470 ألف سيارة من الطرق.',
      'ويأتي المشروع ضمن استراتيجية الإمارات للطاقة 2050، التي تستهدف رفع مساهمة الطاقة النظيفة في مزيج الطاقة الإجمالي إلى خمسين في المائة، وتحقيق الحياد المناخي بحلول منتصف القرن.',
    ];
    const [r] = extract(
      [
        'الإمارات تطلق أكبر محطة للطاقة الشمسية في موقع واحد',
        '12 نوفمبر 2023',
        ...opening,
        'في أرقام',
        ...facts.map((item) => `  • ${item}`),
        ...rest,
      ].join('\n\n'),
    );
    expect(r!.paragraphs).toEqual([...opening, 'في أرقام', ...facts, ...rest]);
  });
});
