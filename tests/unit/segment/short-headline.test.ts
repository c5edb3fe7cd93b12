/**
 * A two-word headline ("آفة التطرف") is too short to be headline-shaped; where the article's date line
 * stands right under it and it writes a word of the text, its place makes it the headline (issue 8, round
 * 8t20), and the writer's name beside the date line is the byline, not a headline candidate. A section's
 * name in that place ("أخبار محلية") writes no word of the text and is no headline where the page has one; where
 * it has none, the line in that place is the title all the same.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const TEXT = [
  'التعليم، التربية، البطالة، الفقر، الفساد، فوضى الخطابات الدينية والثقافية، كثيرة هي الأسباب التي تجعل التطرف ظاهرا للعيان لكنها أبداً لا تستحدثه، لا تتحمل كامل وزره، فكل هذه عوامل ثانوية يتكئ عليها.',
  'إننا حين نلوم التعليم والتربية والبطالة، فإننا نستغل وجود التطرف لنمرر بعض الأهداف والأطماع والآمال، ونطالب بتغيير المناهج الدراسية غاضين الطرف عن حقيقة أن هنالك متطرفين درسوا في الخارج.',
];

describe('a two-word headline over the date line', () => {
  it('is the title, and the name under the date line the byline', () => {
    const [record, ...rest] = extract(
      ['الرئيسية', 'آفة التطرف', '15 رمضان 1445 هـ', 'منى عبد الحميد', ...TEXT].join('\n'),
    );
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe('آفة التطرف');
    expect(record!.author).toBe('منى عبد الحميد');
    expect(record!.paragraphs).toEqual(TEXT);
  });

  it("a section's name there, which the text does not write, is no headline", () => {
    const headline = 'التطرف والتعليم في المناهج الدراسية الجديدة';
    const [record] = extract(['الرئيسية', headline, 'أخبار محلية', '2024-05-12', ...TEXT].join('\n\n'));
    expect(record!.title).toBe(headline);
  });

  it("under the writer's card (the name, then what the writer is), leaves the card the byline", () => {
    const [record] = extract(['منى عبد الحميد', 'مراسل', 'آفة التطرف', '15 رمضان 1445 هـ', ...TEXT].join('\n\n'));
    expect(record!.title).toBe('آفة التطرف');
    expect(record!.author).toBe('منى عبد الحميد');
    expect(record!.paragraphs).toEqual(TEXT);
  });

  it('over a name with an honorific over the date line: the headline the title, the name the byline', () => {
    const [record] = extract(
      ['جنرال الشعبوية', 'د. عبد العزيز القحطاني', 'آخر تحديث: 21 يناير 2024', ...TEXT].join('\n\n'),
    );
    expect(record!.title).toBe('جنرال الشعبوية');
    expect(record!.author).toBe('د. عبد العزيز القحطاني');
  });

  it('writing no word of the text, is still the title when no other line is one (no headline lost)', () => {
    const [record] = extract(['الرئيسية', 'جنرال الشعبوية', 'نشر في: 3 سبتمبر 2023', ...TEXT].join('\n\n'));
    expect(record!.title).toBe('جنرال الشعبوية');
    expect(record!.author).toBeNull();
    expect(record!.paragraphs).toEqual(TEXT);
  });
});

describe('a two-word headline right over the text, with no date line (round 29)', () => {
  // Found by eval:furniture (seed 14): "آفة التطرف" under a site's menu, the text right under it.
  it('is the title when it writes a word of the text and no other line is one', () => {
    const [record] = extract(['* سياسة', '* اقتصاد', '* محليات', '', 'آفة التطرف', '', ...TEXT].join('\n'));
    expect(record!.title).toBe('آفة التطرف');
    expect(record!.paragraphs).toEqual(TEXT);
  });

  it('is the title under a menu flattened into one line, not a byline of that menu line (round 37)', () => {
    // Found by eval:furniture (seed 169): the menu line, read as the page's headline, made "آفة التطرف" its
    // byline, and the menu line the title.
    const menu = 'سياسة اقتصاد رياضة ثقافة وفن منوعات محليات';
    const [record] = extract([menu, 'الرئيسية > أخبار > عاجل', 'آفة التطرف', ...TEXT].join('\n\n'));
    expect(record!.title).toBe('آفة التطرف');
    expect(record!.author).toBeNull();
    expect(record!.paragraphs).toEqual(TEXT);
    // A headline of bare nouns atop the page that writes a word of the text is no menu: the name under it is
    // its byline (seed 172, a column on the verse it quotes).
    const column = [
      'ذهبنا زوجتي وأنا للاطمئنان على سيدة تقارب الثمانين من عمرها، وللازدحام الشديد في حركة السير تأخرنا ما يقارب النصف ساعة حتى وصلنا إلى بيتها المطل على دوار جبل النزهة.',
      'سألتها عما إذا كان لديها أبناء، فأجابت بأن لديها ابنا وحيدا لا يزورها، فتذكرت قول الله تعالى: وقل رب ارحمهما كما ربياني صغيرا، وخرجنا من بيتها حزانى.',
    ];
    const [verse] = extract(['رب ارحمهما كما ربياني صغيراً', 'سامية العيسى', ...column].join('\n\n'));
    expect(verse!.title).toBe('رب ارحمهما كما ربياني صغيراً');
    expect(verse!.author).toBe('سامية العيسى');
  });

  it('a verse atop the page, a row of bare words with a particle ("كما"), is no menu: the name under it is its byline', () => {
    // Found by eval:furniture (seed 246, round 39; a dev column of aljazirah): the text's opening writes only
    // "كما" of the verse, which made it a menu line (a quarter of its words), and the name the title.
    const opening = [
      'ذهبنا (زوجتي وأنا) للاطمئنان على سيدة تقارب ربما الثمانين من عمرها، وللازدحام الشديد في حركة السير تأخرنا ما يقارب النصف ساعة حتى وصلناها لنجدها كما وصفت حالها لنا.',
      'فتحت باب البيت المهترئ، ودخلَت، ودخلنا بعدها لنجد أنفسنا في المجلس؛ وهو عبارة عن غرفة صغيرة فيها سريران وضعا على شكل الرقم اثنين ليجلس عليهما الضيوف.',
    ];
    const [record] = extract(
      ['رب ارحمهما كما ربياني صغيراً', 'عبد السلام الثميري', 'مشهدان', 'المشهد الأول:', ...opening].join('\n\n'),
    );
    expect(record!.title).toBe('رب ارحمهما كما ربياني صغيراً');
    expect(record!.author).toBe('عبد السلام الثميري');
  });

  it('is the title under a "latest" strip, whose last item is no headline (round 38)', () => {
    // Found by eval:furniture (seed 180): where the strip ends is unsure; its last item, writing no word of
    // the text, was the title and "آفة التطرف" was in no field.
    const strip = [
      'آخر الأخبار',
      '«بر عنيزة» يطلق سوق اكتفاء للأسر المنتجة',
      'بسبب الشفرة.. روسيا تحجب "تلغرام"',
      'أمانة المدينة تشارك نزلاء التأهيل فرحة العيد بعروض متنوعة',
    ];
    const [record] = extract([...strip, 'آفة التطرف', ...TEXT].join('\n\n'));
    expect(record!.title).toBe('آفة التطرف');
    expect(record!.paragraphs).toEqual(TEXT);
    // A kicker may stand between them (seed 180: "عاجل" over "هيا تعال").
    const [kicked] = extract([...strip, 'عاجل', 'آفة التطرف', ...TEXT].join('\n\n'));
    expect(kicked!.title).toBe('آفة التطرف');
    // The strip may keep only its first item, the next two read as lines of the page (seed 229, round 39): they
    // write no word of the text either, and are the strip's too.
    const kept = [
      'آخر الأخبار',
      'هطول أمطار رعدية في عسير والباحة وجازان ونجران ومكة المكرمة',
      'أسرى حركة الجهاد للميادين: ما يٌسرّب من السجون قليل مما نعانيه.. ونحيي جبهات الإسناد',
      'تغريم الاتحاد 100 ألف',
    ];
    const [tail] = extract(['الرئيسية > أخبار > اقتصاد', ...kept, 'آفة التطرف', ...TEXT].join('\n\n'));
    expect(tail!.title).toBe('آفة التطرف');
    expect(tail!.paragraphs).toEqual(TEXT);
    // A writer's bare name there writes no word of the text: the line under the strip stays the headline,
    // the name its byline.
    const [signed] = extract([...strip, 'خالد زاهي', ...TEXT].join('\n\n'));
    expect(signed!.title).toBe(strip.at(-1));
    expect(signed!.author).toBe('خالد زاهي');
  });

  it("a section's name there, which the text does not write, is no title", () => {
    const [record] = extract(['* سياسة', '* اقتصاد', '', 'أخبار محلية', '', ...TEXT].join('\n'));
    expect(record!.title).toBeNull();
    // Nor is a section the menu lists, whatever its words.
    const listed = extract(['* سياسة', '* ثقافة وفن', '', 'ثقافة وفن', '', ...TEXT].join('\n'));
    expect(listed[0]!.title).toBeNull();
  });

  it('writing no word of the text, is still the title when no other line is one and it names no section (round 33)', () => {
    // Found by eval:furniture (seed 91): a column's name, "شكل ومضمون", under the menu; it was in no field.
    const [record] = extract(['* سياسة', '* ثقافة وفن', '', 'شكل ومضمون', '', ...TEXT].join('\n'));
    expect(record!.title).toBe('شكل ومضمون');
    expect(record!.paragraphs).toEqual(TEXT);
  });
});

describe('a one-word headline over the date line (round 26)', () => {
  // SaudiNewsNet's "إصدارات", a books page's headline, lost in every dump form (found by eval:furniture).
  it('is the title when no other line is one, in a Markdown dump and a plain one', () => {
    for (const headline of ['# إصدارات', 'إصدارات']) {
      const [record] = extract([headline, '24/11/2024 - 10:42 ص', ...TEXT].join('\n\n'));
      expect(record!.title).toBe('إصدارات');
      expect(record!.paragraphs).toEqual(TEXT);
    }
  });

  it('wins over a two-word line under the date line and a caption that writes no word of the text (round 36)', () => {
    // Found by eval:furniture (seed 145): "كلمة الله", a book's name under the caption, took the title.
    const [record] = extract(['إصدارات', '24/11/2024 - 10:42 ص', '(أرشيفية)', 'ليل المدينة', ...TEXT].join('\n\n'));
    expect(record!.title).toBe('إصدارات');
    expect(record!.paragraphs).toEqual(['ليل المدينة', ...TEXT]);
  });

  it('gives way to a headline of the text under it', () => {
    const headline = 'التطرف والتعليم في المناهج الدراسية الجديدة';
    const [record] = extract(['محليات', '24/11/2024 - 10:42 ص', headline, ...TEXT].join('\n\n'));
    expect(record!.title).toBe(headline);
    expect(record!.paragraphs).toEqual(TEXT);
  });
});

describe('a two-word headline over the date line, writing no word of the text (round 35)', () => {
  // Found by eval:furniture (seeds 117 and 118): a column's name, "شكل ومضمون", lost to the menu line above it
  // or to a "latest" list over it.
  it('is the title under a menu flattened into one line (bare nouns, no separator left)', () => {
    const menu = 'سياسة اقتصاد رياضة ثقافة وفن منوعات محليات';
    const [record] = extract([menu, 'سياسة', 'شكل ومضمون', '24/11/2024 - 10:42 ص', ...TEXT].join('\n\n'));
    expect(record!.title).toBe('شكل ومضمون');
    expect(record!.paragraphs).toEqual(TEXT);
  });

  it('ends a "latest" list over it when a photo\'s caption, not a card\'s headline, stands under its date line', () => {
    const latest = [
      'آخر الأخبار',
      'مجلس العموم البريطاني يناقش صفقة بيع ويمبلي',
      'الخارجية الإيرانية تنفي استهداف مقراتها',
    ];
    const dump = [...latest, 'شكل ومضمون', 'آخر تحديث: الأحد 24 نوفمبر 2024 10:42 ص', 'صورة من الحدث (أ ف ب)', ...TEXT];
    const [record] = extract(dump.join('\n\n'));
    expect(record!.title).toBe('شكل ومضمون');
    expect(record!.paragraphs).toEqual(TEXT);
    expect(record!.related.map((r) => r.title)).toEqual(latest.slice(1));
  });
});

describe('a page with no headline (round 48)', () => {
  // Found by a battery of pages whose dump lost the headline: the line left over the text was made the title.
  it("a section's name over the date line, under the breadcrumb's home, is no title", () => {
    for (const section of ['اقتصاد', 'أخبار', 'عربي ودولي', 'حوادث']) {
      for (const head of [['الرئيسية', section], [section]]) {
        const [record] = extract([...head, 'الثلاثاء 12 مارس 2024', ...TEXT].join('\n\n'));
        expect(record!.title, head.join(' > ')).toBeNull();
        expect(record!.paragraphs).toEqual(TEXT);
      }
    }
  });

  it('a one-word headline over the date line that is no section name stays the title', () => {
    for (const head of [['وداعاً'], ['الرئيسية', 'إصدارات']]) {
      const [record] = extract([...head, 'الثلاثاء 12 مارس 2024', ...TEXT].join('\n\n'));
      expect(record!.title).toBe(head.at(-1));
    }
  });

  it('a stamp that names a time but no day is no title, nor text, nor over a headline', () => {
    for (const stamp of ['آخر تحديث: 12:30 م', 'نشر في: 09:15 ص', 'نشر منذ 5 دقائق', 'قبل 20 دقيقة']) {
      const [alone] = extract([stamp, ...TEXT].join('\n\n'));
      expect(alone!.title, stamp).toBeNull();
      expect(alone!.paragraphs).toEqual(TEXT);
      for (const lines of [
        ['آفة التطرف', stamp, ...TEXT],
        [stamp, 'آفة التطرف', ...TEXT],
      ]) {
        const [record] = extract(lines.join('\n\n'));
        expect(record!.title, lines.slice(0, 2).join(' / ')).toBe('آفة التطرف');
        expect(record!.paragraphs).toEqual(TEXT);
      }
    }
  });
});
