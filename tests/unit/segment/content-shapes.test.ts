/**
 * The article's own lines in the shapes of page furniture (issue 8, round 46): a list that a clause of the
 * text announces, its last item at the page's end, a list of one word a line, values after a colon, a subhead
 * numbered by an ordinal, a speaker's words after a colon, a quotation between two paragraphs, a closing
 * question that goes on the text and a short paragraph that goes on from the one before (with no full stop)
 * stay in the body; none of them is the author. A wire dateline alone on its line gives the source. Round 47: a
 * pull quote (words of the text printed again between its paragraphs) is no paragraph; a standfirst, a paragraph's
 * opening sentence and a refrain printed whole again stay, and a standfirst under the date line is no tag line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { LIST_LEAD_WORDS } from '../../../src/vocabulary.js';

const HEADLINE = 'الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية';
const DATE_LINE = 'الثلاثاء 12 مارس 2024 - 10:45 ص';
const TEXT = [
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر التي تعتمد على الزراعة مصدرا رئيسيا للدخل.',
  'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإن المرحلة الأولى تشمل المحافظات الأكثر تضررا من موجة الجفاف الأخيرة.',
];
const TAGS = 'كلمات دلالية: الحكومة، الخطة';
const FOOTER = 'جميع الحقوق محفوظة © 2024';

/** The page's lines, a blank line between each two. */
const page = (...lines: string[]): string => lines.join('\n\n');

describe("the article's lines in furniture's shapes", () => {
  // A clause of the text (its first word joined to "و"), four words with no word that points ahead.
  const CLAUSES = [
    [
      'وحدد البيان ثلاثة شروط:',
      'أولا: الالتزام بالجدول الزمني',
      'ثانيا: الشفافية في التمويل',
      'ثالثا: إشراك المجتمع المحلي',
    ],
    ['ومرت الأزمة بعدة محطات:', '12 مارس: إعلان الخطة', '20 مارس: بدء التنفيذ', '1 أبريل: أول تقييم'],
    ['واستشهد المتحدث ببيت الشاعر:', 'إذا الشعب يوما أراد الحياة', 'فلا بد أن يستجيب القدر'],
  ];
  // A short clause that a reporting verb or a word leading to a list opens, of any length.
  const LEADS = [
    ['وقال الشاعر:', 'وما نيل المطالب بالتمني', 'ولكن تؤخذ الدنيا غلابا'],
    ['وتشمل الشروط المطلوبة:', '* أن يكون المتقدم مقيما في المنطقة', '* ألا تزيد مساحة أرضه على عشرة أفدنة'],
    ['وجاءت النتائج:', 'الأهلي 2 - 1 الزمالك', 'الإسماعيلي 0 - 0 المصري', 'بيراميدز 3 - 1 سموحة'],
  ];
  for (const list of [...CLAUSES, ...LEADS])
    it(`a list that a clause of the text announces closes the text ("${list[0]}"), on a bare page and over tags`, () => {
      for (const tail of [[], [TAGS, FOOTER]]) {
        const [record] = extract(page(HEADLINE, DATE_LINE, ...TEXT, ...list, ...tail));
        expect(record!.paragraphs).toEqual([...TEXT, ...list.map((line) => line.replace(/^\* /u, ''))]);
        expect(record!.author).toBeNull();
      }
    });

  it("the last item of an announced list at the page's end is the list's, not the writer's signature", () => {
    const list = [
      'واتخذت الجهات المعنية عدة خطوات أبرزها:',
      'رفع الجاهزية في المستشفيات',
      'زيادة عدد سيارات الإسعاف',
      'توفير الأدوية في الصيدليات',
    ];
    for (const separator of ['\n', '\n\n'])
      for (const last of ['تدريب الكوادر الطبية', 'تدريب الأطباء']) {
        const [record] = extract([HEADLINE, DATE_LINE, ...TEXT, ...list, last].join(separator));
        expect(record!.paragraphs).toEqual([...TEXT, ...list, last]);
        expect(record!.author).toBeNull();
      }
  });

  it("a speaker's quoted words after a colon are a closing sentence, not a name and a city", () => {
    const closing = 'وختم قائلا: «لن نتراجع».';
    for (const tail of [[], [TAGS, FOOTER]]) {
      const [record] = extract(page(HEADLINE, DATE_LINE, ...TEXT, closing, ...tail));
      expect(record!.paragraphs).toEqual([...TEXT, closing]);
      expect(record!.author).toBeNull();
    }
  });

  it('a quotation between two paragraphs, which the paragraph under it takes up, stays in the text', () => {
    const quotation = '«لن نترك أحدا خلفنا»';
    const takenUp = 'بهذه الكلمات لخص الوزير رؤيته للمرحلة المقبلة أمام حشد من الصحفيين والمسؤولين في العاصمة.';
    const [record] = extract(page(HEADLINE, DATE_LINE, TEXT[0]!, quotation, takenUp, TEXT[1]!));
    expect(record!.paragraphs).toEqual([TEXT[0], quotation, takenUp, TEXT[1]]);
  });

  it('a closing question that goes on the text ("فهل …؟") is its last paragraph, though it names none of the text\'s words', () => {
    const question = 'فهل تنجح المساعي هذه المرة؟';
    const [record] = extract(page(HEADLINE, ...TEXT, question));
    expect(record!.paragraphs.at(-1)).toBe(question);
  });

  it("a list of one word a line that the text announces is its own; a row of the site's sections is none", () => {
    const countries = ['وشملت الجولة أربع دول هي:', 'مصر', 'الأردن', 'تونس', 'المغرب'];
    const [record] = extract(page(HEADLINE, DATE_LINE, ...TEXT, ...countries));
    expect(record!.paragraphs).toEqual([...TEXT, ...countries]);
    const sections = ['وتصفحوا أقسام الموقع التالية:', 'أخبار', 'منوعات', 'حوادث'];
    const [menu] = extract(page(HEADLINE, DATE_LINE, ...TEXT, ...sections));
    expect(menu!.paragraphs).toEqual(TEXT);
  });

  it("numbers under a short clause that leads to them are the text's, though one names none of its words", () => {
    const stats = ['وبحسب الأرقام الرسمية:', 'عدد المستفيدين: 120 ألف أسرة', 'قيمة القروض: 5 مليارات'];
    const [record] = extract(page(HEADLINE, DATE_LINE, TEXT[0]!, ...stats, TEXT[1]!));
    expect(record!.paragraphs).toEqual([TEXT[0], ...stats, TEXT[1]]);
  });

  it('a subhead numbered by an ordinal ("أولا: خلفية الأزمة") is no city and name: it stays in the text', () => {
    const subhead = 'أولا: خلفية الأزمة';
    const under =
      'تعود جذور الأزمة إلى العام الماضي حين ارتفعت أسعار الأسمدة بشكل غير مسبوق، ما دفع كثيرا من المزارعين إلى ترك أراضيهم.';
    const [record] = extract(page(HEADLINE, DATE_LINE, TEXT[0]!, subhead, under, TEXT[1]!));
    expect(record!.paragraphs).toEqual([TEXT[0], subhead, under, TEXT[1]]);
    expect(record!.author).toBeNull();
  });

  it('a breaking label and a speaker before a colon ("عاجل | الوزير: …") are no city of a byline', () => {
    const [record] = extract(page(HEADLINE, DATE_LINE, ...TEXT, 'عاجل | الوزير: بدء صرف الدعم غدا'));
    expect(record!.author).toBeNull();
  });

  it("a wire dateline alone on its line, with the agency's brackets, colon or dash or none, gives the source", () => {
    const datelines: [string, string][] = [
      ['القاهرة - (أ ش أ):', 'أ ش أ'],
      ['بيروت - (أ ف ب):', 'أ ف ب'],
      ['القاهرة (رويترز) -', 'رويترز'],
      ['القاهرة - أ ش أ', 'أ ش أ'],
      ['الرياض - واس:', 'واس'],
    ];
    for (const [dateline, agency] of datelines) {
      const [record] = extract(page(HEADLINE, DATE_LINE, dateline, ...TEXT));
      expect(record!.source).toBe(agency);
      expect(record!.paragraphs).toEqual(TEXT);
    }
  });

  it("a closing paragraph that goes on from the one before is the text's, though it has no full stop", () => {
    for (const closing of [
      'وأضاف الوزير أن الخطة ستبدأ الشهر المقبل في عشر محافظات',
      'من جهته قال رئيس الاتحاد إن المزارعين يرحبون بالخطة',
    ]) {
      const [record] = extract(page(HEADLINE, DATE_LINE, ...TEXT, closing, TAGS));
      expect(record!.paragraphs).toEqual([...TEXT, closing]);
    }
  });

  it("a short paragraph that goes on from the one before is no stray line, though it names none of the text's words", () => {
    const goingOn = 'وأكد أن الدولة لن تتخلى عن أحد';
    const [record] = extract(page(HEADLINE, DATE_LINE, TEXT[0]!, goingOn, TEXT[1]!, TAGS));
    expect(record!.paragraphs).toEqual([TEXT[0], goingOn, TEXT[1]]);
  });

  it('any list that a lead word announces closes the text whole, its announcing line with it, and none of it is the author', () => {
    const noun = fc.constantFrom('الشروط', 'النتائج', 'الإجراءات', 'القائمة', 'الخطة', 'المطالب', 'الأرقام', 'البنود');
    const itemWord = fc.constantFrom(
      'رفع',
      'الأسعار',
      'دعم',
      'المزارعين',
      'تطوير',
      'الطرق',
      'بناء',
      'المدارس',
      'زيادة',
      'الرواتب',
      'خفض',
      'الضرائب',
    );
    const announcing = fc
      .tuple(fc.constantFrom('', 'و', 'ف'), fc.constantFrom(...LIST_LEAD_WORDS), fc.array(noun, { maxLength: 3 }))
      .map(([conjunction, lead, nouns]) => `${conjunction}${[lead, ...nouns].join(' ')}:`);
    const item = fc.array(itemWord, { minLength: 2, maxLength: 5 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(
        announcing,
        fc.uniqueArray(item, { minLength: 2, maxLength: 5 }),
        fc.boolean(),
        (line, items, tagged) => {
          const [record] = extract(page(HEADLINE, DATE_LINE, ...TEXT, line, ...items, ...(tagged ? [TAGS] : [])));
          expect(record!.paragraphs).toEqual([...TEXT, line, ...items]);
          expect(record!.author).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a pull quote: words of the text printed again between its paragraphs (round 47)', () => {
  const LAST = 'وأضاف أن الوزارة خصصت مبلغا كبيرا لإعادة تأهيل قنوات الري وحفر آبار جديدة في القرى الأكثر تضررا.';
  const QUOTE = 'الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين';

  it('is no paragraph, as text and as HTML, «…» or not', () => {
    for (const quote of [QUOTE, `«${QUOTE}»`]) {
      const [text] = extract(page(HEADLINE, DATE_LINE, TEXT[0]!, quote, TEXT[1]!, LAST));
      expect(text!.paragraphs, quote).toEqual([...TEXT, LAST]);
      const html = `<html><body><article><h1>${HEADLINE}</h1><p>${TEXT[0]}</p><blockquote class="pull-quote">${quote}</blockquote><p>${TEXT[1]}</p><p>${LAST}</p></article></body></html>`;
      const [fromHtml] = extract(html, { format: 'html' });
      expect(fromHtml!.paragraphs, quote).toEqual([...TEXT, LAST]);
    }
  });

  it('a standfirst that the lead takes up, a sentence that opens a paragraph and a refrain stay', () => {
    const standfirst = 'قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر التي تعتمد على الزراعة';
    const [lead] = extract(page(HEADLINE, standfirst, ...TEXT));
    expect(lead!.paragraphs).toEqual([standfirst, ...TEXT]);
    // Under the date line, the lead writing it whole, it is no line of tags either.
    const [dated] = extract(page(HEADLINE, DATE_LINE, standfirst, ...TEXT));
    expect(dated!.keywords).toEqual([]);
    expect(dated!.paragraphs.slice(-2)).toEqual(TEXT);
    const opening = 'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ';
    const [opens] = extract(page(HEADLINE, DATE_LINE, TEXT[0]!, opening, TEXT[1]!, LAST));
    expect(opens!.paragraphs).toEqual([TEXT[0], opening, TEXT[1], LAST]);
    const refrain = 'لم أجد ما أضيفه إلى سيرتي الذاتية';
    const closing = 'وختم الوزير كلمته بالشكر للحضور وللمزارعين الذين تحملوا سنوات الجفاف الطويلة.';
    const text = [TEXT[0]!, refrain, `${TEXT[1]!} ${refrain}`, refrain, closing];
    const [r] = extract(page(HEADLINE, DATE_LINE, ...text));
    expect(r!.paragraphs).toEqual(text);
  });
});
