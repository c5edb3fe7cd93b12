/**
 * Page apparatus that text dumps print inside the body run (issue 8, round 8d): lines a reader does not
 * read as the article's text, told by their shape and by what surrounds them, never by a site's strings.
 */
import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../../src/document/fromText.js';
import { extract, type ArticleRecord } from '../../../src/index.js';
import { isProse } from '../../../src/segment/prose.js';
import { isCardLine } from '../../../src/text/cards.js';
import { normalizeArabic } from '../../../src/text/normalize.js';

const HEADLINE = 'وزير الري يشهد توقيع عقد دراسة السحب الآمن للخزانات الجوفية';
const TEXT = [
  'شهد الدكتور محمد عبد العاطي وزير الموارد المائية والري توقيع عقد المرحلة الثانية من دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة، بحضور عدد من قيادات الوزارة والجامعة.',
  'وأوضح الوزير أن الدراسة تهدف إلى تحديد كميات السحب الآمن من الخزانات الجوفية على مستوى الجمهورية، بما يضمن استدامة الموارد المائية للأجيال القادمة.',
];
const INPUT = { file: 't', doc: 0, line: 1, id: null, url: null };
const only = (text: string): ArticleRecord => {
  const records = extract(text);
  expect(records).toHaveLength(1);
  return records[0]!;
};

describe('apparatus inside the body run', () => {
  it("html2text (Debian): the image's alt text in brackets (the headline again) and its caption on one line are no paragraph", () => {
    const record = only(
      [
        'الرئيسية اخبار عاجلة تقارير_مصرية',
        `****** ${HEADLINE} ******`,
        'الإثنين، 24 أغسطس 2020 09:23 ص',
        `[${HEADLINE}] الدكتور محمد عبد العاطي وزير الموارد المائية والري`,
        '',
        ...TEXT.flatMap((p) => [p, '']),
      ].join('\n'),
    );
    expect(record.title).toBe(HEADLINE);
    expect(record.paragraphs).toEqual(TEXT);
  });

  it("lynx: an address wrapped over lines (a share button's link, percent-escaped) is no paragraph", () => {
    // The real lines of a lynx dump (one link of 900 characters, cut where the renderer wrapped it).
    const link = [
      '[18]http://www.facebook.com/plugins/like.php?href=http%3A%2F%2Fwww.example.tn%2Farticle%2F164913%2F%25D8%25A7%25D9%2584%25D9%2586%25D8%25A7%25D8%25B4%25D8%25B7-%25D8%25A7%25D9%2584%25D8%2',
      '5AD%25D9%2582%25D9%2588%25D9%2582%25D9%258A-%25D8%25A7%25D9%2584%25D8%25B3%25D9%2588%25D8%25AF%25D8%25A7%25D9%2586%25D9%258A-%25D8%25AE%25D8%25A7%25D9%2584%25D8%25AF-%25D8%25B9%25D8%25A8%25D8',
      '%25AF-%25D8%25A7%25D9%2584%25D9%2583%25D8%25B1%25D9%258A%25D9%2585-%25D9%2585%25D8%25A7%25D8%25B3%25D8%25A7-%25D9%2584%25D9%2580%25C2%25AB%25D8%25A7%25D9%2584%25D8%25B5%25D8%25A8%25D8%25A7%25',
      'D8%25AD%25C2%25BB-%25D9%2583%25D9%2584-%25D8%25A7%25D9%2584%25D8%25B4%25D8%25B1%25D9%2588%25D8%25B7-%25D9%2585%25D8%25AA%25D9%2588%25D9%2581%25D8%25B1%25D8%25A9-%25D9%2584%25D8%25AB%25D9%2588',
      '%25D8%25B1%25D8%25A9&layout=button_count&show_faces=false&action=like&font=arial&colorscheme=light',
    ];
    // The dump's longest line (a 584-character menu) hides its wrap width: each piece stays a line of its own.
    for (const line of link) expect(isProse(textToDocument(line, INPUT).blocks[0]!)).toBe(false);
    for (const block of textToDocument(TEXT.join('\n\n'), INPUT).blocks) expect(isProse(block)).toBe(true);
  });

  it("a writer's box after the source line (name, one line of bio) is not the article's text", () => {
    const record = only(
      [
        HEADLINE,
        ...TEXT,
        'المصدر: الميادين نت',
        'علاوة مزياني',
        'صحفي ومحرر في قسم أخبار العالم، يكتب في الشؤون المحلية والعربية منذ سنوات.',
        'مقالات ذات صلة',
        'وزير بريطاني: على بوتين تحمل المسؤولية عن محاولة اغتيال سكريبال',
        'د. السديري : الهدف تحسين مستوى الخدمات المقدمة للمساجد',
      ].join('\n\n'),
    );
    expect(record.title).toBe(HEADLINE);
    expect(record.paragraphs).toEqual(TEXT);
    expect(record.source).toBe('الميادين نت');
  });

  const DECK =
    'وزارة الري تقول إن الدراسة تحدد كميات السحب الآمن من الخزانات الجوفية، وتضمن استدامة الموارد للأجيال القادمة.';
  it('a caption under the date line stays out past a view count printed between them (issue 8f)', () => {
    const record = only(
      [
        HEADLINE,
        '',
        DECK,
        '',
        'بواسطة سالم الشهري',
        '2 سبتمبر، 2024',
        '4788',
        '',
        'الوزير خلال توقيع العقد',
        '',
        ...TEXT,
      ].join('\n'),
    );
    expect(record.paragraphs).toEqual([DECK, ...TEXT]);
  });

  it('a short line in the text that shares no word with the article is a card, a poll or a teaser, not a paragraph (issue 8f)', () => {
    for (const stray of ['اصابات بفيروس كورونا في امريكا', 'Poll نعم Poll لا Poll Buttons']) {
      const record = only([HEADLINE, '', TEXT[0], '', stray, '', TEXT[1]].join('\n'));
      expect(record.paragraphs, stray).toEqual(TEXT);
    }
    // A subhead of the article, written in its words, stays.
    const subhead = 'المرحلة الثانية من الدراسة';
    expect(only([HEADLINE, '', TEXT[0], '', subhead, '', TEXT[1]].join('\n')).paragraphs).toEqual([
      TEXT[0],
      subhead,
      TEXT[1],
    ]);
  });

  it('a photo caption that says what it is, "(أرشيفية)", is no paragraph where it stands (issue 8f)', () => {
    // Worded like the text, under the headline where a deck stands: still the photo's caption.
    for (const caption of ['الخزانات الجوفية (أرشيفية)', 'السحب الآمن للخزانات الجوفية (صورة أرشيفية)']) {
      const record = only([HEADLINE, '', caption, '', ...TEXT].join('\n'));
      expect(record.paragraphs, caption).toEqual(TEXT);
    }
    // A sentence that ends with a parenthesis is the text.
    const sentence = 'وأكد الوزير أن العمل في محطة رفع المياه الجديدة سينتهي خلال شهرين (أرشيفية).';
    expect(only([HEADLINE, '', TEXT[0], '', sentence].join('\n')).paragraphs).toEqual([TEXT[0], sentence]);
  });
  it("the names a page's metadata prints between its image's and its logo's addresses are no paragraph (issue 8x)", () => {
    // resiliparse and w3m print a page's schema.org block: the image's address, the site's slogan, its logo's
    // address, its name, the logo again.
    const meta = [
      'https://cdn.example.com/img/1044423427_0:0:1280:721.jpg',
      'عربي - أخبار وآراء وراديو المثال',
      'https://cdn.example.com/i/logo.png',
      'المثال',
      'https://cdn.example.com/i/logo.png',
    ];
    const record = only([HEADLINE, '', TEXT[0], '', ...meta, '', TEXT[1]].join('\n'));
    expect(record.paragraphs).toEqual(TEXT);
    // A subhead under one address only stays where it is.
    const kept = 'المرحلة الثانية من دراسة السحب الآمن';
    expect(only([HEADLINE, '', TEXT[0], '', meta[0], kept, '', TEXT[1]].join('\n')).paragraphs).toEqual([
      TEXT[0],
      kept,
      TEXT[1],
    ]);
  });
  it("a question headline under the text that names none of its words is another story's teaser (issue 8x)", () => {
    const teaser = 'منتدى دافوس: هل يهدد الذكاء الاصطناعي مستقبل الوظائف في العالم؟';
    expect(only([HEADLINE, '', TEXT[0], '', TEXT[1], '', teaser].join('\n')).paragraphs).toEqual(TEXT);
    // A closing question in the article's words is its last paragraph.
    const closing = 'فهل تكفي دراسة السحب الآمن لحماية الخزانات الجوفية؟';
    expect(only([HEADLINE, '', TEXT[0], '', TEXT[1], '', closing].join('\n')).paragraphs).toEqual([...TEXT, closing]);
  });
  it("a bulleted question headline under the text is the first item of the list under it, even in the text's words (round 8c3)", () => {
    const item = 'خبراء: هل تكفي الخزانات الجوفية لسد العجز المائي؟';
    expect(only([HEADLINE, '', TEXT[0], '', TEXT[1], '', `  • ${item}`].join('\n')).paragraphs).toEqual(TEXT);
    // Unbulleted, the same question in the article's words is its closing paragraph.
    expect(only([HEADLINE, '', TEXT[0], '', TEXT[1], '', item].join('\n')).paragraphs).toEqual([...TEXT, item]);
  });
});

/**
 * Headline cards printed by Debian html2text: the image's alt text in brackets, then the link's label, the
 * same headline ("[عنوان] عنوان"). Printed twice a headline is as long as a paragraph, but it is a list's
 * item, never running text (issue 8, round 8z).
 */
const CARDS = [
  'تعرفوا على أسعار الذهب محليا',
  'جابر : تبادل النقد من أهم الاسباب في نقل العدوى بفيروس كورونا',
  'وثيقة : استمرار اغلاق محلات بيع المشروبات الروحية خلال شهر رمضان',
  'عبيدات : اذا لم نسجل اصابة خلال ثلاث اسابيع نكون سيطرنا على الوضع',
  'جابر : الملك يقدم وجبات افطار اول يومين من رمضان لكافة الطواقم الطبية',
  'اربد : لص سرق 3 الاف دينار فأضاعها مجددا وأمانة معلم تعيدها لصاحبها',
  'لا ايجاز صحفي حول مستجدات كورونا في رمضان - تفاصيل',
];
/** Debian html2text joins a link's words with "_". */
const linked = (text: string): string => text.replaceAll(' ', '_');
const card = (text: string): string => `[${linked(text)}]_${linked(text)}`;
describe('headline cards', () => {
  it('a card line is no prose: the alt text and the label are the same words, a list number or a date aside', () => {
    const norm = (line: string): string => textToDocument(line, INPUT).blocks[0]!.norm;
    for (const line of [
      card(CARDS[1]!),
      `[${CARDS[2]}]${CARDS[2]}`,
      `2. [${linked(CARDS[3]!)}] ${linked(CARDS[3]!)} 12/5/2024`,
    ]) {
      expect(isCardLine(norm(line)), line).toBe(true);
      expect(isProse(textToDocument(line, INPUT).blocks[0]!), line).toBe(false);
    }
    // An image's placeholder alt text, a footnote's number, a caption unlike the alt text: no card.
    for (const line of [
      `[صورة] ${CARDS[1]}`,
      `[1] ${TEXT[0]}`,
      `[${HEADLINE}] ${TEXT[0]}`,
      `[${CARDS[1]}] ${CARDS[1]} عاجل`,
    ])
      expect(isCardLine(normalizeArabic(line)), line).toBe(false);
  });

  it("cards under a list's marker past the text are the list's items, not paragraphs", () => {
    const record = only(
      [HEADLINE, '', ...TEXT.flatMap((p) => [p, '']), 'مواضيع ساخنة اخرى', ...CARDS.map(card)].join('\n'),
    );
    expect(record.title).toBe(HEADLINE);
    expect(record.paragraphs).toEqual(TEXT);
    // The card's alt text is its headline: the item is printed once (round 47).
    expect(record.related.map((r) => r.title)).toEqual(CARDS);
  });

  it("a card of the headline in the text (the photo's alt text, the headline again as its caption) is no paragraph", () => {
    const question = 'رؤية نتنياهو تجاه غزة.. استنزاف لا تطيقه "إسرائيل"؟';
    // Debian html2text's card, and w3m's (a space between the alt text and the caption, or none: round 54).
    for (const card of [`[${question}]${question}`, `${question} ${question}`, `${question}${question}`]) {
      const record = only([question, '', TEXT[0], '', card, '', TEXT[1]].join('\n'));
      expect(record.title, card).toBe(question);
      expect(record.paragraphs, card).toEqual(TEXT);
    }
  });
});
