/**
 * A crawl extractor's dump (warc2text) opens with the page's <title>, "Headline | Site", and prints the
 * headline again under the site's menu: past a long menu too (round 8t20), that line is the title, and the
 * text starts under it (a photo's caption or a ticker's headlines over it are not the article's).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'تقرير: أوروبا تحتاج ما يصل إلى 800 مليار يورو إضافية سنوياً لتلبية أهدافها الرئيسية';
const MENU = ['أسواق', 'طاقة', 'عقارات', 'شركات', 'تقنية', 'اقتصاد دولي', 'رأي', 'الاتحاد الأوروبي', 'أوروبا', 'سياحة'];
const TEXT = [
  'حذّر رئيس البنك المركزي الأوروبي السابق من مواجهة الاتحاد تحدياً وجودياً، ونشر تقريراً يضع خطة عمل لوقف الانحدار الاقتصادي في القارة الأوروبية، وأكد فيه أن الاتحاد يحتاج إلى مستوى غير مسبوق من الاستثمار.',
  'وأوصى التقرير بأن تشمل أولويات الاتحاد الأوروبي خفض أسعار الطاقة، وزيادة القدرة التنافسية، وتنسيق السياسة الصناعية وتعزيز الاستثمار الدفاعي في السنوات المقبلة.',
];

describe('the headline printed again under a long menu', () => {
  it('is the title, and the caption over it is no paragraph', () => {
    const [record, ...rest] = extract(
      [
        `${HEADLINE} | الاقتصادي اليوم`,
        ...MENU,
        'قطاع الطاقة في القارة الأوروبية',
        HEADLINE,
        'التاريخ: 09 سبتمبر 2024',
        ...TEXT,
      ].join('\n'),
    );
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe(HEADLINE);
    expect(record!.paragraphs).toEqual(TEXT);
  });

  it("a ticker's headlines over it are no paragraphs", () => {
    const ticker = [
      'مهرجان كان: أين "الدولتشي فيتا" من الأفلام الإيطالية؟',
      'جائزة مارك فيفيان فوي: الإعلان عن أسماء الثلاثي النهائي المرشح للفوز',
    ];
    const [record] = extract(
      [`${HEADLINE} | الاقتصادي اليوم`, ...MENU, ...ticker, HEADLINE, 'التاريخ: 09 سبتمبر 2024', ...TEXT].join('\n'),
    );
    expect(record!.title).toBe(HEADLINE);
    expect(record!.paragraphs).toEqual(TEXT);
  });

  it('a headline of a word or two is the title too when a date line or byline stands under it', () => {
    // Found by eval:furniture (its page-title line): the headline is no longer than the site's name.
    for (const [headline, meta] of [
      ['إصدارات', 'التاريخ: 09 سبتمبر 2024'],
      ['أنت مبدع!', 'كتب: خالد محمود'],
    ]) {
      const [record] = extract([`${headline} – صحيفة الوطن`, ...MENU, headline, meta, ...TEXT].join('\n\n'));
      expect(record!.title, headline).toBe(headline);
      expect(record!.paragraphs, headline).toEqual(TEXT);
    }
  });

  it("a headline of two words is the title when the page's title's other part is an outlet's name", () => {
    // Found by eval:furniture (round 28, seeds 9 and 10): a photo's caption under the headline, no date line.
    for (const [headline, separator] of [
      ['شكل ومضمون', '::'],
      ['أنت مبدع!', '-'],
    ]) {
      const [record] = extract(
        [`${headline} ${separator} صحيفة الوطن`, ...MENU, headline, 'جانب من الاجتماع (واس)', ...TEXT].join('\n\n'),
      );
      expect(record!.title, headline).toBe(headline);
      expect(record!.paragraphs, headline).toEqual(TEXT);
    }
  });

  it("a headline of two words is the title when the page's title's other part is a brand in Latin letters (round 29)", () => {
    // Found by eval:furniture (seed 14): "شكل ومضمون | Akhbar News" over a "latest" list, whose last item was taken.
    const latest = [
      'فيدرر يودع بطولة أمريكا المفتوحة بعد الخسارة أمام المصنف 55 عالميا',
      'شهداء وجرحى في قصف مركّز على غزة.. والاحتلال يمنع قوافل "الصحة العالمية" من دخول القطاع',
      '"غلوبال تايمز": التعاون بين الصين وأفريقيا لتعزيز التنمية المشتركة',
    ];
    for (const site of ['Akhbar News', 'BBC News عربي']) {
      const [record] = extract(
        [`شكل ومضمون | ${site}`, ...MENU, 'الأحدث', ...latest, 'شكل ومضمون', ...TEXT].join('\n\n'),
      );
      expect(record!.title, site).toBe('شكل ومضمون');
      expect(record!.paragraphs, site).toEqual(TEXT);
    }
  });

  it("a menu item in the page's title, with no date line under it, is no title", () => {
    // "أسواق | الاقتصادي اليوم": the section's page, whose title names the section the menu lists.
    for (const site of ['الاقتصادي اليوم', 'صحيفة الوطن']) {
      const [record] = extract([`أسواق | ${site}`, ...MENU, HEADLINE, 'التاريخ: 09 سبتمبر 2024', ...TEXT].join('\n'));
      expect(record!.title, site).toBe(HEADLINE);
    }
  });

  it("the site's name printed as its logo over the issue's date line is no title: the headline printed later is", () => {
    // A print edition's dump (dev page f3-print-edition-daily-05-warc2text): both parts of its <title> again.
    const [record] = extract(
      [
        `${HEADLINE} - صحيفة الوطن اليومية`,
        'صحيفة الوطن اليومية',
        'العدد 16695 | 23 يوليو 2015',
        ...MENU,
        HEADLINE,
        'التاريخ: 21 يوليو 2015',
        ...TEXT,
      ].join('\n'),
    );
    expect([record!.title, record!.published]).toEqual([HEADLINE, '2015-07-21']);
  });

  it('ends a "latest" list over it, though a byline and a deck stand between it and its text (round 31)', () => {
    // Found by eval:furniture (seed 61, warc2text, dev page 0110): the list took the headline for its fourth
    // item, and the deck under the byline was the title.
    const latest = [
      'هيفاء وهبي لمنتقدي مسلسلها: اخبطوا رأسكم بالحيط',
      'لوحة إعلانات تسقط على مذيع ومدربين في الدوري الأردني',
      'مسؤول إسرائيلي يصف كلام بايدن بالخطير',
    ];
    const deck = 'خطة أوروبية لخفض أسعار الطاقة وتعزيز الاستثمار';
    const page = (masthead: string[]): string =>
      [
        `${HEADLINE} | الاقتصادي اليوم`,
        ...masthead,
        ...MENU,
        'الأحدث',
        ...latest,
        HEADLINE,
        'سامية العيسى',
        deck,
        ...TEXT,
      ].join('\n');
    const [record] = extract(page([]));
    expect(record!.title).toBe(HEADLINE);
    expect(record!.paragraphs.slice(-TEXT.length)).toEqual(TEXT);
    expect(record!.related.map((r) => r.title)).toEqual(latest);
    // A masthead's "label: name" line is no page title: the name in a list stays the list's item.
    const name = 'إلهام أبو الفتح';
    const [listed] = extract(
      [
        `الإشراف العام : ${name}`,
        ...MENU,
        'الأحدث',
        ...latest,
        name,
        'قمة مصرية فرنسية ساخنة',
        HEADLINE,
        'التاريخ: 09 سبتمبر 2024',
        ...TEXT,
      ].join('\n'),
    );
    expect(listed!.title).toBe(HEADLINE);
    expect(listed!.related.map((r) => r.title)).toEqual([...latest, name, 'قمة مصرية فرنسية ساخنة']);
  });
});

describe("the byline under the standfirst of the headline that the page's title line names (round 32)", () => {
  it('is the byline: the title line, about the article too, is not taken for the headline it stands over', () => {
    // Found by eval:furniture (seed 72): an Al Mayadeen story under the page's title line and a kicker, its
    // standfirst, the writer's name, the photo's caption, then the text. The name was read as a paragraph.
    const headline = 'الرئيس الصيني: ملتزمون توسيع التضامن والتعاون مع جنوب أفريقيا';
    const standfirst =
      'رئيس الصين شي جين بينغ يؤكد لنظيره الجنوب أفريقي سيريل رامافوزا التزام بكين توسعة التعاون مع جنوب أفريقيا، والأخير يؤكد أن التعاون التنموي بين البلدين يواصل التطوّر.';
    const text = [
      'أكد الرئيس الصيني شي جين بينغ، اليوم الاثنين، أن بلاده "ملتزمة توسيع التضامن والتعاون مع دولة جنوب أفريقيا". وخلال محادثاته مع رئيس جنوب أفريقيا، سيريل رامافوزا، الذي يجري زيارة إلى الصين، أكد بينغ أن "جنوب أفريقيا هي الدولة الأفريقية الأكثر زيارة بالنسبة لنا".',
      'بدوره، أكد رامافوزا أن "التعاون التنموي بين الصين وجنوب أفريقيا يواصل التطوّر، ويغطي العديد من المجالات" مشيداً بالتقدّم المحرز في العديد من المشاريع المتعلقة بمنتدى التعاون الصيني الأفريقي.',
    ];
    const [record] = extract(
      [
        `${headline} – Akhbar News`,
        'عاجل',
        headline,
        standfirst,
        'سامية العيسى',
        'جانب من الاجتماع (واس)',
        ...text,
      ].join('\n\n'),
    );
    expect(record!.title).toBe(headline);
    expect(record!.author).toBe('سامية العيسى');
    expect(record!.paragraphs).toEqual([standfirst, ...text]);
  });
});

describe('a "latest" list over the headline that the page\'s title line names (round 32)', () => {
  it('goes on to its last item: the short headline under it is no byline of that item', () => {
    // Found by eval:furniture (seed 72): a two-word headline ("هيا تعال"), shaped as a name, under a "latest"
    // list and over its photo's caption: the list's last item was taken for the headline, and the page's
    // headline for its writer's name. The page's title line names the headline.
    const items = [
      'ترمب يفرض رسوماً جمركية على الصلب ويستثني كندا والمكسيك',
      'مهرجان كان: نادين لبكي في مرافعة "وثائقية" عن المهمشين في لبنان',
      'أوبك تقلص توقعاتها لنمو الطلب العالمي',
    ];
    const text = [
      'عندما نتبادل أطراف الحديث في قضية ما، ومع أي شخص كان، تأخذنا الكلمات يمنة ويسرة، وتجول بنا أماكن عدة، فنُسهب في الحديث حتى يصبح موقعنا أحيانا في الحاشية من الكلام، وننسى أننا من الآكد أن نكون في المتن، فنترك الموضوع الأم ونصول ونجول في الاستطرادات، حتى أن أحدنا ينتبه لذلك، فيجدنا قد حدنا عن طريق القضية، فيقول بلغتنا الدارجة على الألسن «خلينا في المهم»، لصلب موضوعنا من حيث ما تركناه، ولكي نكمل الحديث حتى نهايته وكما يقال «الحديث ذو شجون». لكن البعض تعوّد على حب الخروج عن المتون والذهاب للحواشي، فبعد برهة من الزمن يعود مرة أخرى للحديث بعد أن تذكروا «خلينا في المهم»، والمصيبة العظمى أن ينتهي الحديث وهم ما زالوا في حاشية الكلام.',
      'قال الطائر الأزرق: توالت مقولتهم بنيّتهم «هيا تعال»، وأقولها بمقصد آخر: هيا تعال لعَشْرَة فاضلة من الأيام، فهذه إشارة يا لبيب، وأظنها تكفيك لاستشعار ذلك، فـ(خلينا في الأهم) من أمور الحياة في هذه الأيام وما بعدها.',
    ];
    const [record, ...rest] = extract(
      ['هيا تعال | الخبر', 'الأكثر مشاهدة', ...items, 'هيا تعال', '(أرشيفية)', ...text].join('\n\n'),
    );
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe('هيا تعال');
    expect(record!.author).toBeNull();
    expect(record!.paragraphs).toEqual(text);
    expect(record!.related.map((r) => r.title)).toEqual(items);
  });

  it("HTML: the block that prints the <title> without the site's name is the headline, with no <h1> nor og:site_name (round 44)", () => {
    for (const headline of [
      `<table><tr><td><font size="5"><b>${HEADLINE}</b></font></td></tr></table>`,
      `<div class="post-title"><a href="/a">${HEADLINE}</a></div>`,
      `<div><span class="t">${HEADLINE}</span></div>`,
    ]) {
      const html = `<html><head><meta charset="utf-8"><title>${HEADLINE} - الاقتصادي اليوم</title></head><body>${headline}<div>${TEXT.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
      const [record] = extract(html, { format: 'html' });
      expect(record!.title, headline).toBe(HEADLINE);
      expect(record!.paragraphs, headline).toEqual(TEXT);
    }
  });
});

describe("a <title> line alone, the site's name glued after the headline (round 47)", () => {
  const DATE = 'الثلاثاء 10 سبتمبر 2024';
  it('loses the name when the page prints it alone or in its copyright line, and the text does not write it', () => {
    for (const [title, foot] of [
      [`${HEADLINE} - الاقتصادي اليوم`, '© 2024 الاقتصادي اليوم. جميع الحقوق محفوظة'],
      [`${HEADLINE} | بوابة الأهرام`, 'جميع الحقوق محفوظة لبوابة الأهرام 2024'],
      [`${HEADLINE} | الاقتصادي اليوم`, 'الاقتصادي اليوم'],
    ]) {
      const [record] = extract([title, DATE, ...TEXT, foot].join('\n\n'));
      expect(record!.title, title).toBe(HEADLINE);
      expect(record!.paragraphs).toEqual(TEXT);
      expect(record!.warnings.map((w) => w.code)).toContain('title-credit-split');
    }
  });

  it('keeps a name the text writes, or one the page prints nowhere else', () => {
    const written = `${HEADLINE} - الاتحاد الأوروبي`;
    const [record] = extract([written, DATE, ...TEXT, '© 2024 الاتحاد الأوروبي'].join('\n\n'));
    expect(record!.title).toBe(written);
    const alone = `${HEADLINE} - الاقتصادي اليوم`;
    const [other] = extract([alone, DATE, ...TEXT].join('\n\n'));
    expect(other!.title).toBe(alone);
  });
});

describe('an HTML page whose <title> is its headline cut short (round 52)', () => {
  const page = (title: string): string =>
    `<html lang="ar"><head><title>${title}</title></head><body><article><h1>${HEADLINE}</h1>` +
    TEXT.map((p) => `<p>${p}</p>`).join('') +
    '</article></body></html>';

  it('takes the <h1> that goes on past it, the site name and an ellipsis aside', () => {
    for (const title of [
      'تقرير: أوروبا تحتاج ما يصل إلى 800 مليار يورو | الاقتصادي اليوم',
      'تقرير: أوروبا تحتاج ما يصل إلى…',
    ]) {
      const [record] = extract(page(title));
      expect(record!.title, title).toBe(HEADLINE);
      expect(record!.paragraphs, title).toEqual(TEXT);
    }
  });

  it('keeps a <title> the <h1> does not go on from', () => {
    const [record] = extract(page('أوروبا تحتاج 800 مليار يورو سنوياً | الاقتصادي اليوم'));
    expect(record!.title).not.toBe(HEADLINE);
    expect(record!.title).toMatch(/^أوروبا تحتاج 800 مليار يورو سنوياً/u);
  });
});
