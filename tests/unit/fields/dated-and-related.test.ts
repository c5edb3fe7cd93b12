/**
 * The article's own date among the page's date lines (fields/published.ts) and what a related list's
 * lines give (fields/related.ts), on layouts of the dev set's families.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { wrapGreedily } from '../../helpers/wrap.js';

const page = (...lines: string[]): string => lines.join('\n\n');
const TITLE = 'وزير الري يشهد توقيع عقد دراسة السحب الآمن للخزانات الجوفية';
const DECK =
  'شهد الوزير توقيع عقد المرحلة الثانية من الدراسة مع جامعة القاهرة، بحضور عدد من قيادات الوزارة والجامعة وممثلي المحافظات المعنية.';
const TEXT = [
  'وأوضح الوزير أن الدراسة تهدف إلى تحديد كميات السحب الآمن من الخزانات الجوفية على مستوى الجمهورية، بما يضمن استدامة الموارد المائية للأجيال القادمة.',
  'وأشار رئيس قطاع المياه الجوفية إلى أن القطاع ينفذ حالياً المرحلة الأولى من آبار المراقبة العميقة التي تم تحديدها بالتنسيق مع الجامعة.',
];
const MASTHEAD = ['3 سبتمبر، 2024', 'الرئيسية', 'أخبار محلية'];

describe('published: the article date line, not the masthead', () => {
  it("a standfirst over the byline and date line: the date under the headline wins over the masthead's today", () => {
    // The wordpress-theme pages: "3 سبتمبر، 2024" atop the page, the article's date under its byline.
    const [record] = extract(page(...MASTHEAD, TITLE, DECK, 'بواسطة سالم الشهري', '2 سبتمبر، 2024', ...TEXT));
    expect(record!.title).toBe(TITLE);
    expect(record!.published).toBe('2024-09-02');
  });

  it('with no date line under the headline, the last one before the body is still taken', () => {
    expect(extract(page(...MASTHEAD, TITLE, ...TEXT, DECK))[0]!.published).toBe('2024-09-03');
  });
});

describe('published: a date line after the reading time (issue 8m)', () => {
  it('"8 دقائق قراءة 2 سبتمبر، 2024": the reading time before the date leaves the line, the date is read', () => {
    for (const [line, date] of [
      ['8 دقائق قراءة 2 سبتمبر، 2024', '2024-09-02'],
      ['6 د قراءة 06.08.2015 | 02:37', '2015-08-06T02:37'],
      ['5 دقائق للقراءة · 21 يوليو 2015', '2015-07-21'],
    ] as const) {
      const [record] = extract(page(TITLE, line, ...TEXT));
      expect(record!.published, line).toBe(date);
      expect(record!.paragraphs, line).toEqual(TEXT);
    }
  });
});

describe('related', () => {
  it('a self-link line ending a related list ("رابط المقال: https://…") is no related headline', () => {
    // The print-edition pages: the article's own link under its "similar" list, then the footer.
    const others = [
      'مقتل 20 على الاقل في خروج قطارين عن القضبان بسبب الفيضانات في وسط الهند',
      'اليمن: عدوان جديد على منطقة الجبانة غربي مدينة الحديدة',
    ];
    const self = 'رابط المقال: https://www.alayyam.example/article/88573';
    const footer = 'جميع الحقوق محفوظة لجريدة الأيام العربية';
    const [record] = extract(page(TITLE, DECK, ...TEXT, 'مقالات ذات صلة', ...others, self, footer));
    expect(record!.related).toEqual(others.map((title) => ({ title, url: null, relation: 'similar' })));
  });
});

describe('related: a list item without the list meta the renderer and the site print around it (issue 8m)', () => {
  const others = [
    '3 أخطاء أميركية ساهمت في بقاء بشار الأسد',
    'غضب دولي من تولي سوريا رئاسة مؤتمر نزع السلاح في جنيف',
    'الأسهم الأمريكية تغلق على ارتفاع',
  ];
  const expected = others.map((title) => ({ title, url: null, relation: 'more' }));

  it("a numbered list's item loses the renderer's number and the site's own, and its view count", () => {
    const items = [`1. 1 ${others[0]} 1839 مشاهدة`, `2. 2 ${others[1]} 818 مشاهدة`, `3. 3 ${others[2]} 7514 مشاهدات`];
    expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...items))[0]!.related).toEqual(expected);
  });

  it('items that end with a clock or a duration ("… 04:56", a video\'s length) lose it', () => {
    const items = [`${others[0]} 04:56`, `${others[1]} 09:18`, `${others[2]} 01:02`];
    expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...items))[0]!.related).toEqual(expected);
  });

  it('items that end with a relative time ("منذ 4 ساعات") lose it; a headline that ends so in a list of bare headlines keeps it', () => {
    const items = [`${others[0]} منذ 4 ساعات`, `${others[1]} منذ يومين`, `${others[2]} منذ ساعة`];
    expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...items))[0]!.related).toEqual(expected);
    const missing = 'البحث عن صياد مفقود منذ 3 أيام';
    const bare = [missing, others[1]!, others[2]!];
    expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...bare))[0]!.related.map((r) => r.title)).toEqual(bare);
  });

  it('items that open with a thumbnail\'s alt text ("صورة …", "[صورة الخبر] …") lose it; an item printed twice is printed once (round 47)', () => {
    for (const label of ['صورة', 'صورة الخبر', '[صورة]', '[صورة الخبر]']) {
      const items = others.map((title, i) => `${i + 1}. ${label} ${title}`);
      expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...items))[0]!.related, label).toEqual(expected);
    }
    for (const twice of [(t: string) => `${t} ${t}`, (t: string) => `[${t}] ${t}`]) {
      const items = others.map(twice);
      expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...items))[0]!.related, items[0]).toEqual(expected);
    }
    // A lone headline that opens with the word "صورة" keeps it.
    const photo = 'صورة تثير الجدل على مواقع التواصل الاجتماعي';
    const bare = [photo, others[1]!, others[2]!];
    expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...bare))[0]!.related.map((r) => r.title)).toEqual(bare);
  });

  it('items that end with a day ("… 12 مارس 2024", "… 12/03/2024", "… November 9, 2020") lose it; a lone one keeps it (round 47)', () => {
    for (const dates of [
      ['12 مارس 2024', '3 سبتمبر 2024', '1 يناير 2023'],
      ['12/03/2024', '03/09/2024', '01/01/2023'],
      ['November 9, 2020', 'November 8, 2020', 'October 30, 2020'],
    ]) {
      const items = others.map((title, i) => `${title} ${dates[i]}`);
      expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...items))[0]!.related, dates[0]).toEqual(expected);
    }
    const dated = 'انطلاق الانتخابات البلدية في 12 مارس 2024';
    const bare = [dated, others[1]!, others[2]!];
    expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...bare))[0]!.related.map((r) => r.title)).toEqual(bare);
  });

  it('items that end with their gallery\'s photos ("… 25 صورة") lose the count (round 49)', () => {
    const items = others.map((title, i) => `صورة الخبر ${title} ${13 + i} صورة`);
    expect(extract(page(TITLE, ...TEXT, 'المزيد من الصور', ...items))[0]!.related).toEqual(expected);
  });

  it('a most-read list\'s ranks without a dot ("1 …", "2 …") go; a lone headline that opens with a number keeps it (round 49)', () => {
    const items = others.map((title, i) => `${i + 1} ${title} ${1000 + i} مشاهدة`);
    expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...items))[0]!.related).toEqual(expected);
    const counted = '5 قتلى في حادث سير على الطريق الدولي';
    const bare = [counted, others[1]!, others[2]!];
    expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...bare))[0]!.related.map((r) => r.title)).toEqual(bare);
  });

  it('a rank badge glued to its item\'s first word ("1تعديل …", "2ارتفاع …") goes too (round 55, a probe made here)', () => {
    const titles = [
      'تعديل مواعيد الدوام المدرسي في رمضان',
      'ارتفاع أسعار الذهب في أسواق دبي',
      'أمطار غزيرة تغرق شوارع البصرة',
    ];
    const items = titles.map((title, i) => `  ${i + 1}. ${i + 1}${title}`);
    expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...items))[0]!.related.map((r) => r.title)).toEqual(titles);
    // A number glued to a lone item's first word, the items beside counting nothing, stays.
    const lone = ['3أيام من المفاوضات في الدوحة', titles[1]!, titles[2]!];
    expect(extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...lone))[0]!.related.map((r) => r.title)).toEqual(lone);
  });

  it("a numbered list's items that print their headline twice and their views are its items, not a story under the first (round 49)", () => {
    // Long lines, as a renderer prints an item's image text beside its link's: no text under item 1.
    const twice = others.map(
      (title, i) =>
        `${i + 1}. ${title}، وزيارة رسمية لبحث التعاون المشترك ${title}، وزيارة رسمية لبحث التعاون المشترك ${1000 + i} قراءة`,
    );
    const records = extract(page(TITLE, ...TEXT, 'الأكثر قراءة', ...twice));
    expect(records).toHaveLength(1);
    expect(records[0]!.related.map((r) => [r.title, r.relation])).toEqual(
      others.map((title) => [`${title}، وزيارة رسمية لبحث التعاون المشترك`, 'more']),
    );
  });
});

/** Two headlines as a renderer bullets them under a list heading, after the article; its related entries. */
const LISTED = ['3 أخطاء أميركية ساهمت في بقاء بشار الأسد', 'غضب دولي من تولي سوريا رئاسة مؤتمر نزع السلاح في جنيف'];
const listed = (heading: string, ...after: string[]) =>
  extract(page(TITLE, ...TEXT, heading, ...LISTED.map((o) => `* ${o}`), ...after))[0]!.related;

describe('related: list headings and footer links of the third families (issue 8n)', () => {
  it('an issue\'s list ("من العدد", "أخبار العدد", "المزيد من هذا العدد") and French headings are "more"', () => {
    for (const heading of ['من العدد', 'أخبار العدد', 'المزيد من هذا العدد', 'À la une', 'Plus d’actualités'])
      expect(listed(heading), heading).toEqual(LISTED.map((title) => ({ title, url: null, relation: 'more' })));
  });

  it('"مقالات قد تهمك", "ننصحك بقراءة", "فيديوهات ذات صلة" head lists of similar stories', () => {
    for (const heading of ['مقالات قد تهمك', 'ننصحك بقراءة', 'فيديوهات ذات صلة'])
      expect(listed(heading), heading).toEqual(LISTED.map((title) => ({ title, url: null, relation: 'similar' })));
  });

  it("footer links, a print edition's page links and an aggregator's disclaimer after a list are no headlines of it", () => {
    for (const footer of [
      'صفحات العدد الصفحة 1 الصفحة 2 الصفحة 3 الصفحة 4 الصفحة 5 الصفحة 6',
      'العودة إلى الأعلى النسخة الكاملة',
      'Mentions légales Contact من نحن',
      'الأخبار المنشورة تعبر عن مصادرها',
      'نبض الأخبار محرك بحث إخباري ولا يتحمل مسؤولية ما تنشره المصادر',
    ])
      expect(
        listed('الأكثر قراءة', footer).map((r) => r.title),
        footer,
      ).toEqual(LISTED);
  });
});

describe('related: list headings and forms of the markup series (issue 8p)', () => {
  it('"المزيد من <section>" over a list is "more", whatever the section\'s name, and no headline of it', () => {
    for (const heading of ['المزيد من آراء', 'المزيد من تكنولوجيا', 'المزيد من ثقافة وفن', '### المزيد من عاجل'])
      expect(listed(heading), heading).toEqual(LISTED.map((title) => ({ title, url: null, relation: 'more' })));
  });

  it('"المزيد من التفاصيل" stays a read-more link, no list heading', () => {
    expect(listed('المزيد من التفاصيل').filter((r) => r.relation === 'more')).toEqual([]);
  });

  it('a newsletter form as renderers print it ("… ____ (BUTTON) اشترك") is no headline of the list above it', () => {
    for (const form of [
      'النشرة الإخبارية ____________________ (BUTTON) اشترك',
      'النشرة الإخبارية [Unknown INPUT type] اشترك',
      'النشرة الإخبارية ____________________ (BUTTON) سجل الآن',
    ])
      expect(
        listed('الأكثر قراءة', form).map((r) => r.title),
        form,
      ).toEqual(LISTED);
  });
});

describe('related: list headings of opinion and sports pages (issue 8r)', () => {
  it('"كتّاب الرأي اليوم", "أقلام الرأي", "أخبار الفريق" head lists of other stories ("more")', () => {
    for (const heading of ['كتّاب الرأي اليوم', 'كتاب الرأي', 'أقلام الرأي', 'أخبار الفريق', '### أخبار النادي'])
      expect(listed(heading), heading).toEqual(LISTED.map((title) => ({ title, url: null, relation: 'more' })));
  });

  it("an opinion page's disclaimer and an app prompt after a list are no headlines of it", () => {
    for (const footer of [
      'الآراء الواردة في المقالات تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الصحيفة',
      'تابع النتائج المباشرة عبر تطبيقنا',
    ])
      expect(
        listed('كتّاب الرأي اليوم', footer).map((r) => r.title),
        footer,
      ).toEqual(LISTED);
  });
});

describe("published: a date line after html2text's empty emphasis of an icon (issue 8p)", () => {
  it('"__2 سبتمبر 2024", "__02/09/2024 20:10 __3613": the icon\'s "__" leaves the line, the date is read', () => {
    for (const [line, date] of [
      ['__2 سبتمبر 2024', '2024-09-02'],
      ['__02/09/2024 20:10 __3613', '2024-09-02T20:10'],
      ['__21 يوليو 2015 __38', '2015-07-21'],
    ] as const) {
      const [record] = extract(page(TITLE, line, ...TEXT));
      expect(record!.published, line).toBe(date);
      expect(record!.paragraphs, line).toEqual(TEXT);
    }
  });
});

describe('related: "<any plural> ذات صلة" heads a list of similar stories (issue 8t)', () => {
  it('"فتاوى ذات صلة", "كتب ذات علاقة" head "similar" lists and are no items of them', () => {
    for (const heading of ['فتاوى ذات صلة', 'كتب ذات علاقة', 'روابط ذات صلة:'])
      expect(listed(heading), heading).toEqual(LISTED.map((title) => ({ title, url: null, relation: 'similar' })));
  });
});

describe('modified: the update its date line names (round 41)', () => {
  it('a text dump has no metadata: the date line under the headline gives the last update beside the publication', () => {
    const [record] = extract(page(TITLE, 'نشر في: 12 مارس 2024 - 10:30 | آخر تحديث: 13 مارس 2024 - 08:15', ...TEXT));
    expect(record!.published).toBe('2024-03-12T10:30');
    expect(record!.modified).toBe('2024-03-13T08:15');
  });

  it('an update on a line of its own, over or under the publication line: the publication is published', () => {
    const publication = 'نشر في: 12 مارس 2024 - 10:30';
    const update = 'آخر تحديث: 13 مارس 2024 - 08:15';
    for (const lines of [
      [publication, update],
      [update, publication],
    ]) {
      const [record] = extract(page(TITLE, ...lines, ...TEXT));
      expect(record!.published, lines[0]).toBe('2024-03-12T10:30');
      expect(record!.modified, lines[0]).toBe('2024-03-13T08:15');
    }
  });

  it("an update's label alone on the line over its date dates the update (round 55, a probe made here)", () => {
    for (const label of ['آخر تحديث', 'آخر تحديث:', 'تم التحديث']) {
      const [record] = extract(page(TITLE, 'نشر في 12 مارس 2024', label, '13 مارس 2024 - 08:15 ص', ...TEXT));
      expect(record!.published, label).toBe('2024-03-12');
      expect(record!.modified, label).toBe('2024-03-13T08:15');
    }
  });

  it('a date line with a few words before it, a bar or a dash among them, or a counter after it, dates the text (round 55, probes made here)', () => {
    for (const [line, published] of [
      ['أبوظبي - سكاي نيوز عربية آخر تحديث: 17 ديسمبر 2022 - 19:40', '2022-12-17T19:40'],
      ['المشهد اليمني - خاص الثلاثاء 18 نوفمبر 2025 10:15 ص', '2025-11-18T10:15'],
      ['إيلاف من عمان | السبت 16 نوفمبر 2024', '2024-11-16'],
      // A counter's label before its count, with no article.
      ['14 يوليو 2024 تعليقات 12', '2024-07-14'],
    ] as const) {
      const [record] = extract(page(TITLE, line, ...TEXT));
      expect([record!.published, record!.paragraphs], line).toEqual([published, TEXT]);
    }
  });

  it('a date line that names no update leaves it null', () => {
    expect(extract(page(TITLE, 'الثلاثاء 12 مارس 2024', ...TEXT))[0]!.modified).toBeNull();
  });

  it("the page's metadata outranks the date line", () => {
    const html = `<html><head><meta property="article:modified_time" content="2024-03-14T09:00:00Z"></head><body><article><h1>${TITLE}</h1><p>نشر في: 12 مارس 2024 - 10:30 | آخر تحديث: 13 مارس 2024 - 08:15</p>${TEXT.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(extract(html)[0]!.modified).toBe('2024-03-14T09:00:00Z');
  });
});

describe('related: a next/previous strip printed on one line (round 56, probes made here)', () => {
  it('"السابق: <headline> التالي: <headline>" gives both headlines, each with its own link in HTML', () => {
    const [prev, next] = ['ارتفاع أسعار الذهب محليا بمقدار 40 قرشا للغرام', 'الأرصاد: أجواء دافئة في معظم المناطق'];
    const [text] = extract(page(TITLE, ...TEXT, `السابق: ${prev} التالي: ${next}`));
    expect(text!.related).toEqual([prev, next].map((title) => ({ title, url: null, relation: 'more' })));
    const html = `<html lang="ar"><body><article><h1>${TITLE}</h1>${TEXT.map((p) => `<p>${p}</p>`).join('')}
      <div class="prev-next"><a href="/n/1">السابق: ${prev}</a> <a href="/n/2">التالى: ${next}</a></div></article></body></html>`;
    const [fromHtml] = extract(html, { format: 'html' });
    expect(fromHtml!.related).toEqual([
      { title: prev, url: '/n/1', relation: 'more' },
      { title: next, url: '/n/2', relation: 'more' },
    ]);
  });
});

describe('related: a latest list whose items the renderer glued to their time (round 56, probes made here)', () => {
  it('"… الجهوية19:02": the headline without the clock, where the items beside print one too', () => {
    const items = ['وزارة التربية الوطنية تكشف موعد الامتحانات الجهوية', 'الرجاء يفوز على الوداد في ديربي البيضاء'];
    const [r] = extract(page('آخر الأخبار', `• ${items[0]}19:02`, `• ${items[1]}18:47`, TITLE, ...TEXT));
    expect(r!.related.map((x) => x.title)).toEqual(items);
  });
});

describe('related: a "more" button over a list of headlines under the tail (round 57, a probe\'s page)', () => {
  it('"اقرأ المزيد" under the tags, over two headlines, heads them; a poll\'s "نعم" and "لا" are no tags', () => {
    const items = [
      'وزارة الموارد: خطة لزيادة الإطلاقات المائية نحو البصرة',
      'نفوق الأسماك في أهوار الفاو يثير قلق الصيادين',
    ];
    const [r] = extract(
      page(TITLE, ...TEXT, '#الخزانات_الجوفية #المياه', 'اقرأ المزيد', ...items.map((item) => `  • ${item}`)),
    );
    expect(r!.related.map((x) => [x.title, x.relation])).toEqual(items.map((item) => [item, 'more']));
    expect(r!.paragraphs).toEqual(TEXT);
    const [s] = extract(
      page(
        TITLE,
        ...TEXT,
        'المصدر: وكالات',
        'استطلاع رأي',
        'هل تؤيد القرار؟',
        'نعم',
        'لا',
        'صوّت',
        'المزيد',
        ...items.map((item) => `  • ${item}`),
      ),
    );
    expect(s!.keywords).toEqual([]);
    expect(s!.related.map((x) => x.title)).toEqual(items);
  });
});

describe("related: items whose day is glued to their headline, printed at the wrap width (lynx, round 57, a probe's page)", () => {
  it('each item is its own line, without its day', () => {
    const items = [
      'الزمالك يحسم موقف زيزو من المشاركة في القمة المرتقبة أمام الأهلي السبت المقبل',
      'حكم أجنبي لإدارة مباراة القمة بين الأهلي والزمالك في الجولة الثامنة عشرة',
      'بيراميدز يفوز على سيراميكا ويواصل مطاردة الصدارة في الدوري المصري الممتاز',
    ];
    const wrapped = TEXT.flatMap((p) => [...wrapGreedily(p, 92), '']);
    const page = [TITLE, '', ...wrapped, 'أخبار متعلقة', '', ...items.map((t, k) => `   ${t}${14 - k} مارس 2025`)];
    const [r] = extract(page.join('\n'));
    expect(r!.related.map((x) => x.title)).toEqual(items);
    expect(r!.paragraphs).toEqual(TEXT);
  });
});
