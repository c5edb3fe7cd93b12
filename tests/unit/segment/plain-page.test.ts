/**
 * A plain page (no marker, no line a rule removed, no link, no menu: a print paper's text file, a corpus
 * record) keeps all its text lines (round 8v, "nothing is lost"): a poem's short lines, a list of works
 * opened with "ـ", a day's schedule after the prose. Its lone byline or agency line stays out of the
 * body, and a page with boilerplate signals still leaves a run of short lines out. Lines from the dev
 * files of the Arabic Newspapers Corpus (IQC2, MRC1, TMS1).
 */
import { describe, expect, it } from 'vitest';
import { extract, type ArticleRecord } from '../../../src/index.js';

const only = (text: string): ArticleRecord => {
  const records = extract(text, { format: 'text' });
  expect(records).toHaveLength(1);
  return records[0]!;
};

// IQC2: a poem column (title, date, short verse lines).
const POEM = [
  'ترميم السيرة الذاتية',
  '07/04/2012',
  'لم أجد ما أضيفه إلى سيرتي الذاتية',
  'فكل شيء .. تعرفه الحكومة عني ..',
  'لم يضعوا جهاز تتبع في داخل رأسي',
  'أو على سترتي دون أن أعلم',
  'إلا إنهم .. كانوا يملكون أجهزة تتبعٍ بدائية ..',
  'وحمقاء في بعض الأحيان ...',
  'لم أجد ما أضيفه إلى سيرتي الذاتية',
  'فلقد نشأت ولداً مطيعاً ..',
  'وأذكر أنني كنت أحب نعال والدي',
  'إلى درجة أنني كنت أنظفه كل يوم',
  'وكنت أحزن كثيراً ..',
  'لأني لم أجد ما اضيفه إلى سيرتي الذاتية ..',
];

// MRC1: prose, then a list of works opened with a tatweel.
const PROSE = [
  'كان رجلا عالما ورعا ورجل سياسة بارزا ومصلحا اجتماعيا حكيما لعب دورا سياسيا واجتماعيا وفكريا وروحيا في الحياة الصحراوية حتى وفاته.',
  'ويلخص النص السابق منطقة نفوذ الشيخ سيدي المختار التي تشمل إفريقيا الغربية الفرنسية حتى نجيريا الإنجليزية مرورا ببلاد السودان.',
];
const WORKS = [
  'لائحة مؤلفات الشيخ سيد المختار الكنتي',
  'ـ هداية الطلاب وشرحه فتح الواهاب (3 اجزاء ـ 3600 صفحة )',
  'ـ فقه الأعيان',
  'ـ الرشاد على الفقه',
  'ـ المنة في اعتقاد آهل السنة',
  'ـ الممزوج بين الشريعة والحقيقة',
];

describe('a plain page keeps its text lines', () => {
  it('keeps a poem of short lines under its title and date line', () => {
    const record = only(POEM.join('\r\n'));
    expect(record.title).toBe(POEM[0]);
    expect(record.published?.slice(0, 10)).toBe('2012-04-07');
    expect(record.paragraphs).toEqual(POEM.slice(2));
  });

  it('keeps a list of works after the prose, and a schedule of one-line items (TMS1)', () => {
    const works = only(['الشيخ سيدي المختار الكنتي: النفوذ الروحي والسياسي', ...PROSE, ...WORKS].join('\n'));
    expect(works.paragraphs).toEqual([...PROSE, ...WORKS]);
    const schedule = [
      'برنامج مسابقات  اليوم في اولمبياد لندن 2012',
      'الكرة الحديدية',
      'كرة السلة ( فتيات)',
      'الكرة الطائرة الشاطئية',
      'الملاكمة ( وزن 52 كلغ و 69 كلغ)',
    ];
    const olympics = only(
      ['أولمبياد لندن : الملولي يدخل اليوم منافسات 1500م سباحة حرّة', ...PROSE, ...schedule].join('\n'),
    );
    expect(olympics.paragraphs.slice(PROSE.length)).toEqual(schedule);
  });

  it('leaves out a lone dateline over the text and a lone name under it', () => {
    const record = only(['النفوذ الروحي والسياسي', 'محمد العتيبي – الرياض', ...PROSE, 'د. عامر مشموشي'].join('\n'));
    expect(record.paragraphs).toEqual(PROSE);
  });

  it('still leaves short lines out of a page with boilerplate signals (a link line)', () => {
    const record = only(
      [
        'الشيخ سيدي المختار الكنتي: النفوذ الروحي والسياسي',
        ...PROSE,
        'https://example.com/share',
        ...WORKS.slice(2),
      ].join('\n'),
    );
    expect(record.paragraphs).toEqual(PROSE);
  });
  it("does not take a print paper's deck (kicker, headlines, byline) over the text into it: its headline stays the title", () => {
    // YES2 (الثورة): a kicker, another story's headline, the interview's headline, another story's headline
    // and the writer's name, then the interview's second headline and its text. Taken into the text as a row of lines above the body run, the deck
    // left the article with no title; only a row under a date line or byline is the text's (a poem's stanzas).
    const deck = [
      'لاعب العروبة المتألق وهداف الدوري شعبان النجار لـ(الثورة):',
      'العراق يلاقي تونس في نهائي كأس العرب',
      'مباراة اليوم مصيرية .. ولقـــب الهـــداف إنجاز كبير كنت آمله من الموسم الأول',
      'اليوم .. منتخب الناشئين يواجه المغرب على البرونز',
      'يحيى الحلالي -',
    ];
    const text = [
      'الدوري الأقوى والمنافسة على الهداف ساخنة ولن أترك العروبة إلا بالاحتراف الخارجي',
      'أكد لاعب فريق العروبة المحترف المصري المتألق شعبان النجار على أن مباراة اليوم التي تجمع فريقه بفريق اتحاد إب في ختام منافسات دوري الأولى قوية وحساسة ومصيرية، مشيراً إلى أن الاتحاد ليس بالفريق السهل خاصة أنه قدم مستوى مت',
      'وقال في سياق حديثه الخاص لـ(الثورة): فريقنا جاهز لمواجهة اليوم ونحن متحمسون ومعنوياتنا مرتفعة وبإذن الله تعالى نكلل جهودنا وتعبنا طوال الموسم بنيل اللقب الثاني للنادي، ولكن المباراة لن تكون بالسهلة على الطرفين.',
      'وأوضح النجار هداف دوري الموسم الحالي أن تتويجه بلقب هداف الدوري برصيد 14 هدفاً إنجاز كبير ورائع يفتخر به خاصة أنه حقق هذا التتويج وهو في صفوف فريق العروبة الذي يمثل له الشيء الكثير، متمنياً أن يزيد رصيده التهديفي خلال مبا',
    ];
    const record = only([...deck, ...text].join('\n'));
    expect(record.title).toBe(deck[2]);
    expect(record.paragraphs[0]).toBe(text[1]);
  });

  it('keeps a poem with no line long enough to weigh as prose, its title set apart by a blank line', () => {
    // Al-Mutanabbi's verse, one hemistich a line: no line is prose, so the page had no body run and
    // gave no record at all ("no article text found").
    const verse = [
      'الخيل والليل والبيداء تعرفني',
      'والسيف والرمح والقرطاس والقلم',
      'أنا الذي نظر الأعمى إلى أدبي',
      'وأسمعت كلماتي من به صمم',
      'أنام ملء جفوني عن شواردها',
      'ويسهر الخلق جراها ويختصم',
    ];
    const titled = only(['من قصيدة واحر قلباه', '', ...verse].join('\n'));
    expect(titled.title).toBe('من قصيدة واحر قلباه');
    expect(titled.paragraphs).toEqual(verse);
    // With no blank line under it, nothing tells the title from the first verse: it stays in the body.
    const untitled = only(['من قصيدة واحر قلباه', ...verse].join('\n'));
    expect(untitled.title).toBeNull();
    expect(untitled.paragraphs).toEqual(['من قصيدة واحر قلباه', ...verse]);
  });

  it("takes a list under the headline's date line, or under the headline the page's title line names, as the text of a page with a menu and a footer", () => {
    // Probe seed 158 (a SaudiNewsNet article of the furniture probe): a critic's top ten under the headline
    // and its date line, a footer under it. No line weighs as prose, and the page is no plain page (a
    // footer rule fired), so it gave no record at all ("no article text found").
    const films = [
      '1. Coming Home | Hal Ashby (USA)',
      '2. The Deer Hunter | Michael Cimino (USA)',
      '3. Days of Heaven | Terence Malick (USA)',
      '4. Superman | Richard Donner (UK - USA)',
      '5. The Driver | Walter Hill (USA)',
    ];
    const footer = ['أعلن معنا | اتصل بنا | خريطة الموقع', 'جميع الحقوق محفوظة لصحيفة الوطن 2024 ©'];
    const page = (...lines: string[]): string => lines.join('\n\n');
    const record = only(page('أفضل عشرة أفلام', 'تاريخ النشر: 24-11-2024', ...films, ...footer));
    expect(record.title).toBe('أفضل عشرة أفلام');
    expect(record.published?.slice(0, 10)).toBe('2024-11-24');
    expect(record.paragraphs).toEqual(films);
    // A row of headlines under no date line (a "latest" strip with no marker) is still no article.
    expect(() => extract(page('الرئيسية', 'أخبار', 'رياضة', ...films, ...footer), { format: 'text' })).toThrow(
      /no article text/,
    );
    // Under the headline that the page's title line names, with no date line (probe seed 192), the row is the
    // text as under a date line.
    const named = only(page('أفضل عشرة أفلام :: صحيفة الوطن', 'ثقافة', 'أفضل عشرة أفلام', ...films, ...footer));
    expect(named.title).toBe('أفضل عشرة أفلام');
    expect(named.paragraphs).toEqual(films);
  });
});
