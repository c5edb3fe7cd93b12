/**
 * Round 49, from the dev pages of the f9 layout families: furniture inside and after a text that no earlier
 * page printed — a video block (label, title, length), an embedded post (text over "— name (@handle) day"), a
 * line saying the text goes on past an ad, a market report's disclaimers, a partner's note, the headings of
 * related lists that say to what they relate — and the counted drop rule's `lineMaxWords`.
 */
import { describe, expect, it } from 'vitest';
import { extract, validateCleaner } from '../../../src/index.js';
import { between, DATE, HEADLINE, P, page } from '../../helpers/hospital-page.js';

describe('furniture inside the text', () => {
  it("a video block: its label, the video's title under it and its length are no paragraphs", () => {
    for (const label of ['شاهد الفيديو', 'فيديو | شاهد', 'شاهد بالفيديو:'])
      for (const length of ['مدة الفيديو 02:16 ▶ تشغيل', 'مدة الفيديو 11:00 (BUTTON) ▶ شاهد الآن']) {
        const [r] = between(label, 'كاميرا الموقع ترصد الأجواء قبل انطلاق الجلسة', length);
        expect(r!.paragraphs, `${label} / ${length}`).toEqual(P);
      }
  });

  it("a paragraph under a video's label is kept: a title is a headline's length", () => {
    const paragraph =
      'وأكد مدير المستشفى في حديث للصحفيين أن الطواقم الطبية أنهت تدريبها على الأجهزة الجديدة، وأن قسم الطوارئ سيعمل على مدار الساعة منذ اليوم الأول للافتتاح.';
    const [r] = between('شاهد الفيديو', paragraph);
    expect(r!.paragraphs).toEqual([P[0], paragraph, P[1]]);
  });

  it('an embedded post, its text over its signature, is not the text, with a blank line between them or none', () => {
    const text = 'اجتماع مثمر اليوم تناولنا فيه سبل تعزيز التعاون في مجالات الاقتصاد والطاقة';
    for (const signature of [
      '— الهيئة العامة للطيران (@CivilAviationAr) 28 مايو 2018',
      '— المتحدث الرسمي (@GovSpokesman) [8]18 مايو 2018',
    ]) {
      expect(between(text, signature)[0]!.paragraphs, signature).toEqual(P);
      expect(between(`${text}\n${signature}`)[0]!.paragraphs, signature).toEqual(P);
    }
  });

  it('a line that says the text goes on past an ad ("يتابع المقال أسفل الإعلان") is no paragraph', () => {
    for (const line of ['يتابع المقال أسفل الإعلان', 'تابع القراءة بعد الإعلان'])
      expect(between(line)[0]!.paragraphs, line).toEqual(P);
  });
});

describe('furniture after the text', () => {
  it("a market report's disclaimers, a partner's note and a writer's card on one line are no paragraphs; a partner's content names the source", () => {
    const [r] = extract(
      page(
        HEADLINE,
        DATE,
        ...P,
        'هذا المحتوى من نشرة الطاقة الأسبوعية',
        'نُشر هذا التقرير بالتعاون مع مجلة رواد الأعمال العربية',
        'المعلومات الواردة في هذا التقرير لا تمثل نصيحة استثمارية.',
        'لا يتحمل الموقع مسؤولية أي قرار استثماري يُبنى على هذا المحتوى.',
        'عن الكاتب: محمد البلادي، محرر في القسم السياسي بالصحيفة منذ 2020.',
      ),
    );
    expect(r!.paragraphs).toEqual(P);
    expect(r!.source).toBe('نشرة الطاقة الأسبوعية');
  });

  it('related headings that say to what they relate, "متصلة", "قد تعجبك", "الأكثر متابعة"', () => {
    const items = ['وزير المياه يتفقد محطة التحلية الجديدة في الريان', 'افتتاح سد جديد في شمال البلاد'];
    for (const [heading, relation] of [
      ['أخبار ذات صلة بالموضوع', 'similar'],
      ['أخبار مرتبطة بالحدث', 'similar'],
      ['أخبار متصلة', 'similar'],
      ['مواضيع قد تعجبك', 'similar'],
      ['الأكثر متابعة', 'more'],
      ['اقرأ أيضا في هذا الملف:', 'read-also'],
    ]) {
      const [r] = extract(page(HEADLINE, DATE, ...P, heading!, ...items));
      expect(
        r!.related.map((x) => [x.title, x.relation]),
        heading,
      ).toEqual(items.map((title) => [title, relation]));
      expect(r!.paragraphs, heading).toEqual(P);
    }
  });
});

describe('a counted drop rule', () => {
  it('with lineMaxWords drops the lines after its marker only while they are that short', () => {
    const video = validateCleaner(
      {
        name: 'video-site',
        description: 'a video label over its title',
        appliesTo: { hosts: ['video.example'] },
        rules: { sections: [{ regex: '^فيديو$', section: 'drop', lines: 1, lineMaxWords: 8 }] },
      },
      'test',
    );
    const title = 'لقطات من موقع الحدث';
    const run = (...lines: string[]) =>
      extract(page(HEADLINE, DATE, P[0]!, 'فيديو', ...lines, P[1]!), {
        cleaners: [video],
        url: 'https://video.example/a/1',
      })[0]!.paragraphs;
    expect(run(title)).toEqual(P);
    const paragraph =
      'وأكد مدير المستشفى في حديث للصحفيين أن الطواقم الطبية أنهت تدريبها على الأجهزة الجديدة، وأن قسم الطوارئ سيعمل على مدار الساعة.';
    expect(run(paragraph)).toEqual([P[0], paragraph, P[1]]);
  });

  it('takes lineMaxWords with "lines" only', () => {
    expect(() =>
      validateCleaner(
        {
          name: 'bad',
          description: 'd',
          appliesTo: { hosts: ['bad.example'] },
          rules: { sections: [{ regex: '^فيديو$', section: 'drop', lineMaxWords: 8 }] },
        },
        'test',
      ),
    ).toThrow('"lineMaxWords" goes with "lines"');
  });
});

describe('headline badges, byline labels and tool rows (round 49)', () => {
  it('a badge and a bar before the headline ("فيديو | …", "عاجل| …") leave the title and related titles, with no warning', () => {
    for (const badge of ['فيديو | ', 'عاجل| ', 'بالصور | ']) {
      const [r] = extract(
        page(`${badge}${HEADLINE}`, DATE, ...P, 'الأكثر قراءة', `${badge}افتتاح سد جديد في شمال البلاد`),
      );
      expect(r!.title, badge).toBe(HEADLINE);
      expect(
        r!.related.map((x) => x.title),
        badge,
      ).toEqual(['افتتاح سد جديد في شمال البلاد']);
      expect(
        r!.warnings.map((w) => w.code),
        badge,
      ).not.toContain('title-credit-split');
    }
  });

  it('a dash between a byline label and the name ("كتب - لمياء باعشن 02/09/2024 18:09") gives the writer and the day', () => {
    const [r] = extract(page(HEADLINE, 'كتب - لمياء باعشن 02/09/2024 18:09', ...P));
    expect([r!.author, r!.published]).toEqual(['لمياء باعشن', '2024-09-02T18:09']);
  });

  it("a row of the page's tools (a share button, the reading time at its head) is no writer and no text", () => {
    for (const row of [
      'A+ A- طباعة مشاركة',
      '5 دقائق قراءة A+ A- طباعة مشاركة',
      'وقت القراءة: 2 دقائق حجم الخط: A+ A- | طباعة | نسخ الرابط',
    ]) {
      // Lines one under another, as warc2text prints them: the row had read as a writer's meta line.
      const [r] = extract([HEADLINE, 'الأحد، 06 مايو 2018 06:26 م', row, ...P].join('\n'));
      expect([r!.author, r!.paragraphs], row).toEqual([null, P]);
    }
  });
});

describe("a 'latest' list of dated headlines over the page's article (round 49)", () => {
  it('its first item, printing its day after it, opens no story though a short item under it reads as a byline', () => {
    // The items of a dev page of the f9 series (f9-yemen-audio-news-05-warc2text).
    const items = [
      'كتائب القسام للإسرائيليين: نتنياهو يصنع العشرات من رون أراد 20 أغسطس 2015',
      'يكفينا الماء البارد 9 أغسطس 2015',
      'وزارة الصحة في غزة: ارتقاء 47 شهيداً بالساعات الـ24 الماضية.. وعدد شهداء العدوان يرتفع إلى 40,738 21 أغسطس 2015',
      'هطول أمطار رعدية في عسير والباحة وجازان ونجران ومكة المكرمة 14 أغسطس 2015',
    ];
    const records = extract(
      ['آخر الأخبار', ...items, HEADLINE, 'عدن - أحمد الريدي', 'الخميس، 06 أغسطس 2015 08:28 ص', ...P].join('\n'),
    );
    expect(records.map((r) => r.title)).toEqual([HEADLINE]);
    expect([records[0]!.author, records[0]!.paragraphs]).toEqual(['أحمد الريدي', P]);
    expect(records[0]!.related.map((r) => r.title)).toHaveLength(4);
  });
});

describe('a byline that prints the city after the name (round 49)', () => {
  it('gives the name alone ("محمد عليان دبي", "ريم حسن رام الله"); a two-word name ending in no city keeps its words', () => {
    for (const [line, name] of [
      ['محمد عليان دبي', 'محمد عليان'],
      ['ريم حسن رام الله', 'ريم حسن'],
      ['فاضل السلطاني الدوحة', 'فاضل السلطاني'],
      ['عبد الله الكويتي', 'عبد الله الكويتي'],
    ]) {
      const [r] = extract([HEADLINE, line!, '01:43 ص - 6 أغسطس 2015', ...P].join('\n'));
      expect(r!.author, line).toBe(name);
    }
  });

  it("a list's first item with its correspondent's city and day stays the list's, though a name once the city is off", () => {
    const items = [
      'ظاهرة هاربر لي رام الله – 26 سبتمبر 2018',
      'حظوظ المنتخبات العربية في كأس العالم 2018 تونس – 15 سبتمبر 2018',
    ];
    const [r] = extract([HEADLINE, DATE, ...P, 'تقارير أخرى من مراسلينا', ...items].join('\n'));
    expect(r!.related.map((x) => x.title)).toEqual([
      'ظاهرة هاربر لي رام الله',
      'حظوظ المنتخبات العربية في كأس العالم 2018 تونس',
    ]);
    expect(r!.author).toBeNull();
  });
});
