/**
 * A print paper's head as the Arabic Newspapers Corpus files print it (round 52, found on the newspaper files'
 * fourth round of the dev set): an overline over the headline, and bylines that end with the mark leading into
 * the text, part the city and the name with a slash, or put an office's title before the doctor's.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { leadingByline, nameOf } from '../../../src/segment/bylines.js';

const TEXT = [
  'عاد إلى العاصمة صنعاء مساء أمس الأخ الرئيس بعد زيارة قصيرة لدولة قطر بناء على دعوة من أخيه أمير دولة قطر، التقى خلالها عددا من المسؤولين.',
  'وعبر الرئيس عن سعادته البالغة لهذه الزيارة القصيرة في مدتها والكبيرة بنتائجها، معتبرا أن المرحلة الانتقالية ستمثل محطة عبور لليمن.',
  'ورافق الرئيس في هذه الزيارة عدد من مستشاريه ووزير الخارجية ومدير مكتب رئاسة الجمهورية.',
];

const page = (...top: string[]): string => [...top, ...TEXT].join('\n') + '\n';
const headlineOnly = 'الرئيس يعود إلى صنعاء بعد زيارة قصيرة لدولة قطر';

describe("a print paper's overline", () => {
  it('is the text\'s first paragraph and the line under it the headline ("بعد …", "قبيل …", "خلال …")', () => {
    const headline = 'رئيس الجمهورية: المرحلة الانتقالية ستمثل محطة عبور لليمن من خلال الإصلاحات الشاملة';
    for (const overline of [
      'بعد زيارة قصيرة لدولة قطر',
      'قبيل عودة الرئيس إلى صنعاء',
      'خلال زيارة قصيرة لدولة قطر',
      'باختتام زيارة قصيرة لدولة قطر',
    ]) {
      const [record] = extract(page(overline, headline));
      expect(record!.title).toBe(headline);
      expect(record!.paragraphs).toEqual([overline, ...TEXT]);
      // One warning, the overline's: the line under it was taken for its deck, then for the headline.
      expect(record!.warnings.map((w) => w.message)).toEqual([
        `an overline over the headline is kept as a paragraph: "${overline}"`,
      ]);
    }
  });

  it('is no overline when a headline is glued to it, nor when prose follows it', () => {
    const glued = 'في ظل زيارة قصيرة لدولة قطر.. الرئيس يعود إلى صنعاء';
    const deck = 'مستشاروه ووزير الخارجية رافقوه';
    const [withDeck] = extract(page(glued, deck));
    expect(withDeck!.title).toBe(glued);
    expect(withDeck!.paragraphs).toEqual([deck, ...TEXT]);
    // A place's name that opens like a verbal noun with "ب" ("باريس", "باكستان") opens a headline.
    const [city] = extract(page('باكستان تستقبل الرئيس في زيارة قصيرة', withDeck!.paragraphs[0]!));
    expect(city!.title).toBe('باكستان تستقبل الرئيس في زيارة قصيرة');
    // A headline that opens with "بعد" right over the text is the headline.
    const [overText] = extract(page('بعد زيارة قصيرة لدولة قطر'));
    expect(overText!.title).toBe('بعد زيارة قصيرة لدولة قطر');
    expect(overText!.paragraphs).toEqual(TEXT);
  });
});

describe("a print paper's decks", () => {
  it('under the headline atop the file are kept when they sum up a later part of the text, not only its opening', () => {
    const later = [
      'وقال مدير مكتب الرئاسة إن الوفد بحث مع المسؤولين في الدوحة مشاريع الكهرباء والموانئ في عدن والمكلا.',
      'وأضاف أن الجانبين اتفقا على تمويل محطتين للكهرباء بقيمة 200 مليون دولار خلال العام المقبل.',
    ];
    const decks = ['200 مليون دولار لمحطتين للكهرباء في عدن والمكلا', 'مدير مكتب الرئاسة: الموانئ على طاولة البحث'];
    const [record] = extract([headlineOnly, ...decks, ...TEXT, ...later].join('\n') + '\n');
    expect(record!.title).toBe(headlineOnly);
    expect(record!.paragraphs).toEqual([...decks, ...TEXT, ...later]);
  });
});

describe("a print paper's byline", () => {
  const headline = 'الرئيس يعود إلى صنعاء بعد زيارة قصيرة لدولة قطر';

  it.each([
    ['بقلم: السفير د. عبدالله الأشعل', 'السفير د. عبدالله الأشعل'],
    ['كتب/ عبدالله القاضي:', 'عبدالله القاضي'],
    ['تونس / محمد الخميسي -', 'محمد الخميسي'],
    ['بغداد - محمد الخميسي -', 'محمد الخميسي'],
  ])('"%s" under the headline names the writer', (byline, writer) => {
    const [record] = extract(page(headline, byline));
    expect(record!.title).toBe(headline);
    expect(record!.author).toBe(writer);
    expect(record!.paragraphs).toEqual(TEXT);
  });

  it.each(['رويترز', 'أ ف ب'])('a news agency\'s name alone ("%s") over the date line is the source', (agency) => {
    const [record] = extract(page(headline, agency, 'الجمعة 27 يناير 2012'));
    expect(record!.source).toBe(agency);
    expect(record!.author).toBeNull();
    expect(record!.published).toBe('2012-01-27');
    expect(record!.paragraphs).toEqual(TEXT);
  });

  it("takes an office's title only before a doctor's", () => {
    expect(nameOf('السفير د. عبدالله الأشعل')).toBe('السفير د. عبدالله الأشعل');
    expect(nameOf('السفير السعودي')).toBeNull();
  });

  it('opening the text after a city or a genre, with a colon: the writer, not a speaker', () => {
    expect(leadingByline('تحقيق ـ حسين التتان: أكثر من 12 عاماً وعائشة تتردد على محال العشابين.')).toBe('حسين التتان');
    expect(leadingByline('عمان - محمد الطائي : أخفق منتخبنا الشبابي في تحقيق نتيجة مثمرة.')).toBe('محمد الطائي');
    expect(leadingByline('القاهرة - وزير الخارجية: قال الوزير إن الجانبين تطرقا إلى القضايا.')).toBeNull();
  });
});
