/**
 * A photo's caption that opens with a caption word and ends with the photo's credit in brackets
 * ("صورة من الحدث (أ ف ب)", "جانب من الاجتماع (واس)") says it is one, as "(أرشيفية)" does: under a "most
 * read" list, it is no second headline that makes the page's headline the list's item, nor the title.
 * Found by the furniture probe (scripts/eval-furniture.mjs, round 23).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { isMarkedCaption } from '../../../src/segment/prose.js';
import { normalizeArabic } from '../../../src/text/normalize.js';
import { DATE, HEADLINE as HOSPITAL, P as HOSPITAL_TEXT } from '../../helpers/hospital-page.js';

const HEADLINE = 'نمر يعضّ حارسة متنزه ترفيهي في أستراليا';
const TEXT = [
  'تعرّضت حارسة حديقة حيوانات في مدينة دريم وورلد الترفيهية بالقرب من بريزبين في أستراليا، اليوم الاثنين، لعضّة نمر، وفق ما أفادت جهات طبية محلية.',
  'وأوضحت هيئة الإسعاف في ولاية كوينزلاند أنّ الفتاة البالغة نحو ثلاثين عاما أصيبت بتمزّق في ذراعها، لكنّ وضعها مستقر، ونقلت إلى المستشفى للعلاج.',
];
const MOST_READ = [
  'الأكثر قراءة',
  'مركز مكافحة الجريمة ينظّم برامج للحد من سرقة السيارات',
  'الكشف عن لوحتين أثريتين على ساحل البحر الأحمر في مصر',
  'برنامج تعريفي بالسنة التحضيرية لجامعة الملك سعود',
];
const line = (text: string) => ({ text, norm: normalizeArabic(text) }) as Parameters<typeof isMarkedCaption>[0];

describe('a caption with its credit in brackets', () => {
  it('says it is a caption; a headline with a bracketed word, or a sentence, does not', () => {
    for (const caption of ['صورة من الحدث (أ ف ب)', 'جانب من الاجتماع (واس)', 'صورة تعبيرية (رويترز)', '(أرشيفية)'])
      expect(isMarkedCaption(line(caption)), caption).toBe(true);
    for (const other of ['الرئيس يستقبل وفدا من رجال الأعمال (رويترز)', 'صورة الوضع في غزة تزداد قتامة (تقرير).'])
      expect(isMarkedCaption(line(other)), other).toBe(false);
  });

  it('under a "most read" list, the headline over it is the title', () => {
    for (const caption of ['صورة من الحدث (أ ف ب)', 'جانب من الحادث (رويترز)']) {
      const [record] = extract([...MOST_READ, HEADLINE, caption, ...TEXT].join('\n\n'));
      expect(record!.title, caption).toBe(HEADLINE);
      expect(record!.paragraphs).toEqual(TEXT);
    }
  });
});

describe('a caption that opens "صورة أرشيفية" (round 41)', () => {
  it('says it is one with no brackets, and leaves the text under the headline when its credit stands under it', () => {
    for (const caption of ['صورة أرشيفية لوزير الزراعة', 'صورة تعبيرية لحقل قمح في الريف'])
      expect(isMarkedCaption(line(caption)), caption).toBe(true);
    expect(isMarkedCaption(line('صور: الحقول الخضراء تعود إلى الريف'))).toBe(false);
    const [record] = extract([HEADLINE, 'صورة أرشيفية لحارسة الحديقة', '(تصوير: أحمد حسن)', ...TEXT].join('\n\n'));
    expect(record!.paragraphs).toEqual(TEXT);
    expect(record!.imageCredit).toBe('أحمد حسن');
  });
});

describe('a caption that ends with its mark (round 48)', () => {
  it('is no paragraph, written as a sentence and long as one, between the paragraphs or under the date line', () => {
    const caption = 'أعضاء اللجنة يتابعون كلمة الافتتاح أمام مبنى البلدية يوم الأحد، وسط إجراءات أمنية مشددة';
    for (const line of [`${caption}. (صورة أرشيفية)`, `${caption} - أرشيفية`, `${caption}. - صورة من الأرشيف`]) {
      for (const lines of [
        [HOSPITAL, DATE, HOSPITAL_TEXT[0]!, line, HOSPITAL_TEXT[1]!],
        [HOSPITAL, DATE, line, ...HOSPITAL_TEXT],
      ]) {
        const [r] = extract(lines.join('\n\n'));
        expect(r!.paragraphs, line).toEqual(HOSPITAL_TEXT);
      }
    }
  });

  it('a paragraph that ends with other words after a dash keeps them', () => {
    const line = 'وأكد الوزير أن المستشفى سيستقبل المرضى اعتبارا من الأسبوع المقبل - بحسب البيان';
    const [r] = extract([HOSPITAL, DATE, ...HOSPITAL_TEXT, line].join('\n\n'));
    expect(r!.paragraphs).toEqual([...HOSPITAL_TEXT, line]);
  });
});

describe('a caption printed twice (round 49)', () => {
  const caption =
    'صحفيون خلال جولة ميدانية في أحد الأسواق الشعبية يوم الأحد، في إطار الاستعدادات الجارية للموسم المقبل';

  it("is no paragraph in a row between the text's paragraphs (the photo's text, then its caption)", () => {
    for (const lines of [[caption, caption], [`${caption}\n${caption}`]]) {
      const [r] = extract([HOSPITAL, DATE, HOSPITAL_TEXT[0]!, ...lines, HOSPITAL_TEXT[1]!].join('\n\n'));
      expect(r!.paragraphs, lines.join(' / ')).toEqual(HOSPITAL_TEXT);
    }
  });

  it('a line said once stays a paragraph, and so does a text of one paragraph printed twice', () => {
    const [r] = extract([HOSPITAL, DATE, HOSPITAL_TEXT[0]!, caption, HOSPITAL_TEXT[1]!].join('\n\n'));
    expect(r!.paragraphs).toEqual([HOSPITAL_TEXT[0], caption, HOSPITAL_TEXT[1]]);
    const [twice] = extract([HOSPITAL, DATE, HOSPITAL_TEXT[0]!, HOSPITAL_TEXT[0]!].join('\n\n'));
    expect(twice!.paragraphs).toEqual([HOSPITAL_TEXT[0], HOSPITAL_TEXT[0]]);
  });
});

describe("a gallery's captions (round 49)", () => {
  it("a caption under its counter ('2 / 3') heads no story, though it reads as a headline over the caption under it", () => {
    const headline = 'نادي الأسير: الاحتلال ينقل ثلاثة أسرى من عزل إلى آخر';
    const story = [
      'أفاد نادي الأسير الفلسطيني بأن إدارة السجون نقلت ثلاثة أسرى من عزل سجن ريمون إلى عزل سجن أيالون، بعد أيام على استشهاد نجل أحدهم في غارة على المخيم.',
      'وأشار النادي إلى أن إدارة السجون نقلت أيضا الأسير محمد العارضة إلى عزل سجن الرملة، مؤكدا أن النقل يأتي بعد سلسلة من العقوبات بحق الأسرى.',
    ];
    // As lynx prints a gallery: each counter a list's item, its caption on the line under it.
    const gallery = [
      'صور من الحدث',
      [
        '     * 1 / 3',
        '       مواطنون يرفعون لافتات',
        '     * 2 / 3',
        '       عناصر من الدفاع المدني يعملون على إزالة آثار الأمطار على الطريق الساحلي (الأناضول)',
        '     * 3 / 3',
        '       طلاب يعملون على إزالة آثار الأمطار على الطريق الساحلي في وقت سابق من هذا الشهر، بحضور عدد من المسؤولين المحليين',
      ].join('\n'),
    ];
    const records = extract(
      [HOSPITAL, DATE, ...HOSPITAL_TEXT, ...gallery, headline, '(9 أيلول 2024)', ...story].join('\n\n'),
    );
    expect(records.map((r) => r.title)).toEqual([HOSPITAL, headline]);
    expect(records[1]!.paragraphs).toEqual(story);
  });
});
