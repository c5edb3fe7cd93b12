/**
 * Round 50, read from the page's own structure rather than its wording: a writer's card printed as the text's
 * last paragraph with no heading, found by the name the article's byline gives; a poll inside the text, whose
 * comment prompt must not take the rest of the text; a live entry's stamp with its zone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { FIXTURES } from '../../helpers/fixtures.js';
import { between, DATE, HEADLINE, P, page } from '../../helpers/hospital-page.js';

const CARD = 'هشام عدرة كاتب ومحلل، له مقالات منشورة في عدد من الصحف والمواقع.';

describe("a writer's card under the text", () => {
  it("opening with the byline's name, it is no paragraph", () => {
    for (const card of [
      CARD,
      'هشام عدرة صحفي يكتب في الشؤون السياسية والاقتصادية، عمل مراسلاً لعدد من الصحف العربية.',
    ]) {
      const [r] = extract(page(HEADLINE, DATE, 'بقلم: هشام عدرة', ...P, card));
      expect(r!.author).toBe('هشام عدرة');
      expect(r!.paragraphs, card).toEqual(P);
    }
  });

  it('a last paragraph opening with another name, or with no byline on the page, is the text', () => {
    expect(extract(page(HEADLINE, DATE, 'بقلم: سامر خليل', ...P, CARD))[0]!.paragraphs).toEqual([...P, CARD]);
    expect(extract(page(HEADLINE, DATE, ...P, CARD))[0]!.paragraphs).toEqual([...P, CARD]);
  });

  it("a long last paragraph opening with the writer's name is the text", () => {
    const long = `هشام عدرة ${P[0]} ${P[1]}`;
    expect(extract(page(HEADLINE, DATE, 'بقلم: هشام عدرة', ...P, long))[0]!.paragraphs).toEqual([...P, long]);
  });
});

const POLL = ['شارك برأيك', 'ما تقييمك لأداء الحكومة في هذا الملف؟', 'o أؤيد', 'o أعارض', 'صوّت عرض النتائج'];

describe('a poll inside the text', () => {
  it('its prompt, question, options and button are no text, and the text goes on after it', () => {
    expect(between(...POLL)[0]!.paragraphs).toEqual(P);
    // A paragraph that opens with no reporting verb goes on all the same.
    const goesOn =
      'وكان الوزير قد وعد بافتتاح المستشفى قبل نهاية العام الماضي، غير أن أعمال البناء تأخرت بسبب نقص التمويل.';
    expect(extract(page(HEADLINE, DATE, P[0]!, ...POLL, goesOn, P[1]!))[0]!.paragraphs).toEqual([P[0], goesOn, P[1]]);
  });

  it('a comment prompt over comments still takes them: no question and options over them', () => {
    const comment = 'وقال أحد القراء إن القرار تأخر كثيرا، وكان على الوزارة أن تتحرك منذ سنوات طويلة.';
    const [r] = extract(
      page(HEADLINE, DATE, ...P, 'شارك برأيك', 'أحمد علي', 'مقال رائع ومفيد جدا، شكرا للكاتب على هذا الجهد.', comment),
    );
    expect(r!.paragraphs).toEqual(P);
  });
});

describe("a photo's caption inside the text", () => {
  it("ending with an agency's name in brackets after no sentence's end, it is the photo's credit: no paragraph", () => {
    for (const caption of [
      'مواطنون ينتظرون أمام مبنى المستشفى صباح اليوم، بحضور عدد من المسؤولين المحليين (أ ف ب)',
      'أطباء يتابعون كلمة الافتتاح في قاعة المؤتمرات (الأناضول)',
      'جانب من حفل الافتتاح في العاصمة (غيتي)',
    ])
      expect(between(caption)[0]!.paragraphs, caption).toEqual(P);
  });

  it("after the text's last sentence, the agency is the text's source, and the sentence stays", () => {
    const [r] = extract(page(HEADLINE, DATE, P[0]!, `${P[1]!} (واس)`));
    expect(r!.paragraphs).toEqual(P);
    expect(r!.source).toBe('واس');
  });
});

describe('a pull quote', () => {
  it('cut short with an ellipsis inside its marks, quoting the opening of a paragraph (quotes inside it too), is no paragraph', () => {
    const quote = '"وقال وزير الصحة خالد عبد الغفار خلال حفل الافتتاح إن "المستشفى" يضم أقساما للطوارئ…"';
    expect(between(quote)[0]!.paragraphs).toEqual(P);
  });
});

describe('a read-also link inside the text', () => {
  it("with its headline on the marker's line, the subhead and text under it are the article's, not a further story", () => {
    const link = 'أمانة المدينة تشارك نزلاء التأهيل فرحة العيد بعروض متنوعة';
    const subhead = 'شكاوى من طول الانتظار';
    const goesOn =
      'وفي حين أعرب العديد من المرضى عن ارتياحهم للخدمات الجديدة، شكا البعض الآخر من طول الانتظار في قسم الطوارئ.';
    const records = extract(page(HEADLINE, DATE, P[0]!, `اقرأ أيضا: ${link}`, subhead, goesOn, P[1]!));
    expect(records.length).toBe(1);
    expect(records[0]!.paragraphs).toEqual([P[0], subhead, goesOn, P[1]]);
    expect(records[0]!.related).toEqual([{ title: link, url: null, relation: 'read-also' }]);
  });
});

describe('a subhead inside the text', () => {
  it('over a paragraph that takes up the text ("أما بالنسبة إلى …", "غير أن …") opens no further story', () => {
    const subhead = 'صفحات المستشفيات على مواقع التواصل';
    for (const opening of ['أما بالنسبة إلى', 'غير أن', 'لكن']) {
      const paragraph = `${opening} الصفحات الرسمية للمستشفيات على مواقع التواصل الاجتماعي، فقد نشرت صور الأقسام الجديدة وأرقام الطوارئ ومواعيد الزيارة للمرضى وذويهم.`;
      const more =
        'وتتيح الصفحات حجز المواعيد مع الأطباء إلكترونيا، وتنشر تحديثات يومية عن الخدمات الطبية المتاحة في المستشفى الجديد.';
      const records = extract(page(HEADLINE, DATE, ...P, 'تابعونا على تيليجرام', subhead, paragraph, more));
      expect(
        records.map((r) => r.title),
        opening,
      ).toEqual([HEADLINE]);
      expect(records[0]!.paragraphs, opening).toEqual([...P, subhead, paragraph, more]);
    }
  });
});

describe('bare tags under the text', () => {
  it('under a heading that names them ("مواضيع التغطية"), the heading is no tag', () => {
    const [r] = extract(page(HEADLINE, DATE, ...P, 'مواضيع التغطية', 'وزارة الصحة', 'العاصمة', 'القطاع الصحي'));
    expect(r!.keywords).toEqual(['وزارة الصحة', 'العاصمة', 'القطاع الصحي']);
  });
});

describe("a live coverage's entries", () => {
  it("under a poll, the coverage's text is the article's; an entry's stamp with its zone ('17:31 بتوقيت بيروت') is no paragraph", () => {
    const id = 'f9-levant-live-updates-06-html2text-deb';
    const gold = JSON.parse(readFileSync(join(FIXTURES, `devset/gold/${id}.json`), 'utf8')) as {
      records: { paragraphs: string[] }[];
    };
    const records = extract(readFileSync(join(FIXTURES, `devset/pages/${id}.txt`), 'utf8'));
    expect(records.length).toBe(gold.records.length);
    expect(records[0]!.paragraphs).toEqual(gold.records[0]!.paragraphs);
  });
});
