/**
 * A list heading over the menu's section links, then the page's headline and its text (a Lebanese portal
 * in lynx, round 16): above the page's first prose no article can go on under the list, so a headline that
 * its own text follows ends the list, however few of its words the text's opening writes. A ticker's
 * questions above the list read as sentences but are no article's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, type ArticleRecord } from '../../../src/index.js';
import { FIXTURES } from '../../helpers/fixtures.js';

const HEADLINE = 'وزير الخارجية يزور القاهرة لبحث التعاون';
const TEXT = [
  'استغل المجرمون لفترة طويلة المراسلات عبر البريد الالكتروني من خلال محاكاة الإشعارات التي ترسلها المصارف والشركات الكبرى إلى زبائنها، بهدف سرقة بياناتهم المالية.',
  'وقال البيان إن الجانبين تطرقا إلى عدد من القضايا ذات الاهتمام المشترك، واتفقا على مواصلة التنسيق في المرحلة المقبلة بين الأجهزة المختصة في البلدين.',
  'وأضاف أن اللقاء تناول سبل تطوير العلاقات الثنائية في مختلف المجالات، ولا سيما الاقتصادية والتجارية منها، بما يخدم مصالح الشعبين.',
];

/** A dev-set page's main record with the generic cleaner alone (as on a site with no cleaner), and its gold title. */
function genericMain(id: string): { main: ArticleRecord; goldTitle: string } {
  const dir = join(FIXTURES, 'devset');
  const gold = JSON.parse(readFileSync(join(dir, `gold/${id}.json`), 'utf8')) as { records: { title: string }[] };
  const [main] = extract(readFileSync(join(dir, `pages/${id}.txt`), 'utf8'), { site: 'generic' });
  return { main: main!, goldTitle: gold.records[0]!.title };
}

describe('a headline under a list heading over menu links, at the top of the page', () => {
  it('is the title, and the menu links stay out of the body', () => {
    const page = [
      'آخر الأخبار',
      '',
      'سياسة',
      '',
      'محليات',
      '',
      'دولية',
      '',
      HEADLINE,
      '',
      ...TEXT.flatMap((p) => [p, '']),
    ];
    const [record] = extract(page.join('\n'));
    expect(record!.title).toBe(HEADLINE);
    expect(record!.paragraphs).toEqual(TEXT);
  });

  it("is the title under a ticker's questions too, on the dev set's pages: headlines that read as sentences are no article's text", () => {
    // An Egyptian portal in lynx with references: "عاجل" over three headlines, two of them questions, then a
    // "آخر الأخبار" list of timed headlines, then the page's headline, its standfirst, byline and date line.
    // A Lebanese portal in lynx with references: "أخبار ٢٤ ساعة" among the menu's section links.
    for (const id of ['x-egypt-portal-00-lynx-refs', 'x-beirutobserver.com-10-lynx-refs']) {
      const dir = join(FIXTURES, 'devset');
      const gold = JSON.parse(readFileSync(join(dir, `gold/${id}.json`), 'utf8')) as { records: { title: string }[] };
      const [main] = extract(readFileSync(join(dir, `pages/${id}.txt`), 'utf8'));
      expect(main!.title, id).toBe(gold.records[0]!.title);
    }
  });
});

describe("a headline under a ticker's headlines that the body run took in", () => {
  it('is the title when its own byline and date line stand under it; the ticker is no text', () => {
    const ticker = [
      'مهرجان كان: أين "الدولتشي فيتا" من الأفلام الإيطالية؟',
      'جائزة مارك فيفيان فوي: الإعلان عن أسماء الثلاثي النهائي المرشح للفوز باللقب',
    ];
    const page = [
      'الدوري السعودي',
      'الدوري المصري',
      'انتقالات',
      'عاجل',
      ...ticker,
      HEADLINE,
      'كتب: سالم الشهري',
      'منذ 5 أيام 2024-09-01 12:58',
      ...TEXT,
    ];
    const [record] = extract(page.join('\n'));
    expect(record!.title).toBe(HEADLINE);
    expect(record!.author).toBe('سالم الشهري');
    expect(record!.published).toBe('2024-09-01T12:58');
    expect(record!.paragraphs).toEqual(TEXT);
  });
});

describe("a headline glued to a ticker's word, printed bare again over its text", () => {
  const ticker = (label: string): string[] => [
    `${label} ${HEADLINE}`,
    `${label} مصادر: جائحة كورونا تؤجل انعقاد الحوار الشامل في موسكو لأسابيع`,
    '',
    'وزيرة الصحة ضمن الفريق الطبي الذي استقبل العائدين من ووهان الصينية',
    '',
  ];

  it('is the title as the text prints it, and neither line is a paragraph', () => {
    for (const label of ['عاجل', 'متابعات |', 'خاص:']) {
      const page = ['سياسة', 'اقتصاد', 'رياضة', '', ...ticker(label), HEADLINE, '', ...TEXT.flatMap((p) => [p, ''])];
      const [record] = extract(page.join('\n'));
      expect(record!.title, label).toBe(HEADLINE);
      expect(record!.paragraphs, label).toEqual(TEXT);
    }
  });

  it("on the dev set's page with the generic cleaner alone (a news agency's breaking ticker in w3m)", () => {
    const { main, goldTitle } = genericMain('c-arabic.sputniknews.com-06-w3m');
    expect(main.title).toBe(goldTitle);
    expect(main.paragraphs).not.toContain(goldTitle);
  });
});

describe('a title taken for want of a better line (it shares no word with the text)', () => {
  it("gives way to a headline with its own date line among the text's first lines (numbered breadcrumbs over a question headline)", () => {
    const question = 'من يفوز بجائزة أفضل لاعب في العالم هذا العام؟';
    const page = ['1. الرئيسية', '2. عربي ودولي', `3. ${question}`, '', 'عاجل', '', question, '', '3 سبتمبر 2018', ''];
    const [record] = extract([...page, ...TEXT.flatMap((p) => [p, ''])].join('\n'));
    expect(record!.title).toBe(question);
    expect(record!.published).toBe('2018-09-03');
    expect(record!.paragraphs).toEqual(TEXT);
  });

  it("on the dev set's page with the generic cleaner alone (a card layout in python3-html2text)", () => {
    const { main, goldTitle } = genericMain('m-news-cards-10-html2text-py');
    expect(main.title).toBe(goldTitle);
  });
});

describe('a headline under a "latest" list, over its date line, a one-sentence standfirst and a photo caption', () => {
  const STANDFIRST = 'تعرف على تفاصيل الزيارة وأهم الملفات التي يبحثها الوزير مع نظيره المصري.';
  const CAPTION = 'جانب من لقاء سابق بين الوزيرين';
  const page = (...top: string[]): string =>
    [
      'آخر الأخبار',
      'الأمير يستقبل السفير الفرنسي في قصر الحكم',
      'ارتفاع أسعار النفط في الأسواق العالمية',
      ...top,
      HEADLINE,
      'الجمعة 24 أبريل 2020 09:22 مساءً',
      STANDFIRST,
      CAPTION,
      ...TEXT,
    ].join('\n\n');

  it("is the title: the caption under the standfirst is the photo's, not a next list item that ends the sample of text", () => {
    for (const top of [[], ['عربي ودولي']]) {
      const [record] = extract(page(...top), { site: 'generic' });
      expect(record!.title, top.join()).toBe(HEADLINE);
      expect(record!.paragraphs.slice(-3), top.join()).toEqual(TEXT);
    }
  });

  it('a list whose items each have a date line and a teaser stays a list, up to the headline its text follows', () => {
    // The item's next headline reads as a caption, but a date line stands under it (the standfirst rule's
    // guard); a teaser of a dozen words reads as prose, but it stands under an item's date line, over the
    // next headline: the list's, where it used to end the list and leave its last item as the title.
    const text = [`قال وزير الخارجية إن زيارته القاهرة تهدف لبحث التعاون. ${TEXT[0]!}`, ...TEXT.slice(1)];
    for (const teaser of [
      'تعرف على التفاصيل الكاملة للخبر.',
      'تعرف على التفاصيل الكاملة لهذا الخبر وأبرز ردود الفعل الرسمية والشعبية عليه.',
    ]) {
      const items = ['الأمير يستقبل السفير الفرنسي في قصر الحكم', 'ارتفاع أسعار النفط في الأسواق العالمية'].flatMap(
        (h) => [h, 'الجمعة 24 أبريل 2020', teaser],
      );
      const [record, ...more] = extract(
        ['آخر الأخبار', ...items, HEADLINE, 'السبت 25 أبريل 2020', ...text].join('\n\n'),
        { site: 'generic' },
      );
      expect(record!.title, teaser).toBe(HEADLINE);
      expect(record!.paragraphs, teaser).toEqual(text);
      expect(more, teaser).toEqual([]);
    }
  });

  it("on the dev set's page whose standfirst and caption stand so (a Jordanian portal in html2text-py)", () => {
    const { main, goldTitle } = genericMain('c-almadenahnews.com-10-html2text-py');
    expect(main.title).toBe(goldTitle);
  });
});

describe('a headline under a "latest" list, its standfirst over its date line (round 32)', () => {
  // Found by eval:furniture (seed 71): an ANT story (BBC Arabic) under a "الأحدث" list: the headline, its
  // standfirst, then its date line and its photo's caption over the text. The headline was taken for the list's
  // last item (the caption cut the text from it) and the page had no title.
  const latest = [
    'الأحدث',
    'الإعلام البلجيكي سعيد وحذر بعد الفوز على الأخضر',
    'تقرير صادم.. تسريب بيانات حساسة عبر آلاف التطبيقات',
  ];
  const headline = 'المركزي السوداني يخفض قيمة الجنيه للمرة الثانية خلال أسابيع';
  const standfirst =
    'البنك المركزي في السودان يخفض قيمة الجنيه مقابل الدولار بحيث قد يصل سعر الدولار إلى 31.5 جنيه سوداني.';
  const text = [
    'أعلن البنك المركزي في السودان خفض قيمة الجنيه مقابل الدولار بحيث قد يصل سعر الدولار إلى 31.5 جنيه سوداني.',
    'وقد هبط الجنيه السوداني بمستوى قياسي في السوق السوداء خلال العام الحالي بعد أن خفضت قيمته من 6.7 إلى 18 مقابل الدولار عقب دعوة من صندوق النقد الدولي إلى تعويمه.',
    'واستبعدت الحكومة إخضاع قيمة الجنيه لأحوال السوق لكنها حددت القيمة التقريبية لصرف الجنيه بحيث تتراواح قيمة الدولار بين 16-20 جنيها.',
  ];

  it('ends the list: the headline is the title, the standfirst the first paragraph, the caption in neither', () => {
    const page = [...latest, headline, standfirst, '24/11/2024 - 10:42 ص', 'جانب من الاجتماع (واس)', ...text];
    const [record, ...rest] = extract(page.join('\n\n'));
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe(headline);
    expect(record!.paragraphs).toEqual([standfirst, ...text]);
    expect(record!.related.map((r) => r.title)).toEqual(latest.slice(1));
  });

  it('with no date line, past a caption that says it is one (round 33)', () => {
    // Found by eval:furniture (seed 91): an Al Mayadeen story under a "most read" list and a kicker, its
    // standfirst and a marked caption ("… (أ ف ب)") over the text; the page had no title.
    const page = [...latest, 'اقتصاد', headline, standfirst, 'صورة من الحدث (أ ف ب)', ...text];
    const [record, ...rest] = extract(page.join('\n\n'));
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe(headline);
    expect(record!.paragraphs).toEqual([standfirst, ...text]);
  });
});
