import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

// A further article printed in full beside the page's own, as the furniture probe sets it in HTML
// (`eval:furniture --render html`): arnews found no second article in HTML at all.
const HEADLINE = 'ورشة للسرد بأدبي جدة ومسابقة لفن المعارضات';
const OWN = [
  'أقام نادي جدة الأدبي ورشة عمل للإبداع السردي للشباب المهتمين بالسرد الإبداعي، قدمها القاص علي الشدوي، وتناول فيها أساليب الإبداع في كتابة القصة القصيرة.',
  'من جانب آخر، ينظم نادي جدة الأدبي مسابقة لفن المعارضات الشعرية، وقال المشرف على المسابقة إن فكرة المسابقة أن يختار الشاعر إحدى القصائد فيحاكيها.',
];
const FURTHER_TITLE = 'أمانة المدينة تشارك نزلاء التأهيل فرحة العيد بعروض متنوعة';
const FURTHER = [
  'شهدت فعاليات عيد طيبة مشاركة نزلاء مركز التأهيل الشامل بالمدينة المنورة، في الحفل الرئيس وبرامج الحي التراثي بحديقة الملك فهد، وسط ترحيب الأهالي.',
  'وجسدت تلك الفعاليات فرحة الأهالي بالعيد عبر الفنون والألوان الفلكلورية الشعبية ومسابقات ثقافية، إضافة إلى الألعاب الرياضية والترفيهية وعروض مسرحية للأطفال.',
  'واختتمت الفعاليات بعرض مسرحي عن حياة الشباب الاجتماعية، قدمه فرع جمعية الثقافة والفنون، وحضره عدد كبير من أهالي المدينة وزوارها.',
];
const paragraphs = (texts: string[]): string => texts.map((t) => `<p>${t}</p>`).join('');

const page = (between: string, own = OWN): string =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${HEADLINE} – صحيفة المثال</title></head>
<body>
<article><h1>${HEADLINE}</h1><div class="article-text">${paragraphs(own)}</div></article>
${between}<div class="article-text">${paragraphs(FURTHER)}</div>
<div class="comments">اترك تعليقا</div>
</body></html>`;

const records = (html: string) => extract(html, { format: 'html' });

describe('HTML: a further article printed in full', () => {
  it('under a linked headline after the article, past a read-also marker: its own record, listed in related', () => {
    const html = page(
      `<div class="read-also"><strong>اقرأ أيضا:</strong></div><h2><a href="/4">${FURTHER_TITLE}</a></h2>`,
    );
    const [main, further] = records(html);
    expect(main!.title).toBe(HEADLINE);
    expect(main!.paragraphs).toEqual(OWN);
    expect(main!.related.map((r) => [r.title, r.relation])).toContainEqual([FURTHER_TITLE, 'read-also']);
    expect(further).toMatchObject({ role: 'embedded', parent: main!.id, title: FURTHER_TITLE, paragraphs: FURTHER });
  });

  it("as a related list's one item with its text under it; longer than the page's own, which stays the main one", () => {
    const html = page(`<h3>مقالات ذات صلة</h3><ul><li><a href="/9">${FURTHER_TITLE}</a></li></ul>`);
    const [main, further] = records(html);
    expect(main!.paragraphs).toEqual(OWN);
    expect(further).toMatchObject({ title: FURTHER_TITLE, paragraphs: FURTHER });
  });

  it("as a related list's last item over a text of two paragraphs, as under a linked heading (round 29)", () => {
    // Found by eval:furniture --render html (seed 30): "موضوعات متعلقة", one linked item, then its short story.
    const story = FURTHER.slice(0, 2);
    const html = page(`<h3>موضوعات متعلقة</h3><ul><li><a href="/9">${FURTHER_TITLE}</a></li></ul>`).replace(
      paragraphs(FURTHER),
      paragraphs(story),
    );
    const [main, further] = records(html);
    expect(main!.paragraphs).toEqual(OWN);
    expect(further).toMatchObject({ role: 'embedded', title: FURTHER_TITLE, paragraphs: story });
  });

  it("keeps the page's own text under its <h1> though it is under a fifth of the further article's", () => {
    const long = [...FURTHER, ...FURTHER, ...FURTHER, ...FURTHER];
    const html = page(`<h2><a href="/4">${FURTHER_TITLE}</a></h2>`).replace(paragraphs(FURTHER), paragraphs(long));
    expect(records(html).map((r) => r.paragraphs)).toEqual([OWN, long]);
  });

  it("keeps the page's own text under its <h1> when it scores under one good paragraph, beside a longer further story (round 29)", () => {
    // Found by eval:furniture --render html (seed 27): a market report of short lines of figures, then a read-also
    // story seven times its score; the two were read as one article.
    const own = [
      'وارتفع المؤشر داو جونز الصناعي 6.89 نقطة توازي 0.04 بالمئة إلى 17557.58 نقطة.',
      'وزاد المؤشر ستاندرد آند بورز 500 بمقدار 8.02 نقطة تعادل 0.38 بالمئة إلى 2101.34 نقطة.',
    ];
    const long = [...FURTHER, ...FURTHER];
    const html = page(`<h2><a href="/4">${FURTHER_TITLE}</a></h2>`, own).replace(paragraphs(FURTHER), paragraphs(long));
    const [main, further] = records(html);
    expect(main).toMatchObject({ role: 'main', title: HEADLINE, paragraphs: own });
    expect(further).toMatchObject({ role: 'embedded', title: FURTHER_TITLE, paragraphs: long });
  });

  it("is none where the article's text goes on under a related box in its own container (its <h1> outside it)", () => {
    const html = `<!doctype html><html lang="ar"><head><title>${HEADLINE}</title></head><body>
<h1>${HEADLINE}</h1>
<div class="story"><div class="text">${paragraphs(OWN)}</div>
<h3>مقالات ذات صلة</h3><ul><li><a href="/8">خبر آخر عن النادي الأدبي</a></li><li><a href="/9">${FURTHER_TITLE}</a></li></ul>
<div class="text">${paragraphs(FURTHER)}</div></div></body></html>`;
    const found = records(html);
    expect(found).toHaveLength(1);
    expect(found[0]!.paragraphs).toEqual([...OWN, ...FURTHER]);
  });

  it("under a linked headline, a story of five paragraphs is one beside a page's article six times as long (round 28)", () => {
    // Found by eval:furniture --render html (seed 9): a text beside the article joined the page's texts only
    // at a fifth of the article's score, and a short story under its linked headline was lost.
    const long = Array.from({ length: 16 }, () => OWN).flat();
    const story = [...FURTHER, ...FURTHER.slice(0, 2)];
    const html = page(`<h2><a href="/4">${FURTHER_TITLE}</a></h2>`, long).replace(
      paragraphs(FURTHER),
      paragraphs(story),
    );
    const [main, further] = records(html);
    expect(main!.paragraphs).toEqual(long);
    expect(further).toMatchObject({ role: 'embedded', title: FURTHER_TITLE, paragraphs: story });
    // A teaser of one sentence under a linked headline stays no story.
    const teaser = page(`<h2><a href="/4">${FURTHER_TITLE}</a></h2>`, long).replace(
      paragraphs(FURTHER),
      paragraphs(['شهدت فعاليات عيد طيبة مشاركة نزلاء مركز التأهيل الشامل.']),
    );
    expect(records(teaser)).toHaveLength(1);
  });

  it('under a linked headline, two short paragraphs with few commas are a story too (round 29)', () => {
    // Found by eval:furniture --render html (seed 24): a market report's four lines of figures, a two-paragraph
    // story under a read-also marker; their paragraph scores summed under twice one good paragraph's.
    const story = [
      'أغلقت الأسهم الأمريكية تعاملاتها على ارتفاع كبير متعافية من خسائرها الحادة في الأسبوع الماضي.',
      'وصعد المؤشر داو جونز الصناعي 241.79 نقطة بما يوازي 1.39 % إلى مستوى 17615.17 نقطة.',
    ];
    const html = page(`<h2><a href="/4">${FURTHER_TITLE}</a></h2>`).replace(paragraphs(FURTHER), paragraphs(story));
    const [main, further] = records(html);
    expect(main!.paragraphs).toEqual(OWN);
    expect(further).toMatchObject({ role: 'embedded', title: FURTHER_TITLE, paragraphs: story });
    // One such paragraph under a linked headline is a teaser: no story.
    const teaser = page(`<h2><a href="/4">${FURTHER_TITLE}</a></h2>`).replace(
      paragraphs(FURTHER),
      paragraphs(story.slice(0, 1)),
    );
    expect(records(teaser)).toHaveLength(1);
  });

  it("inside the read-also box: the box's title, its linked headline, a date line and the text, all in one box (round 53)", () => {
    // A made-here page's box (the text dumps of the page found the story; the HTML gave its text to the article).
    const box = (title: string): string =>
      `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body>
<article><h1>${HEADLINE}</h1>${paragraphs(OWN)}<div class="tags">وسوم: <a>أدبي جدة</a></div></article>
<section class="readalso">${title}<h2><a href="/c">${FURTHER_TITLE}</a></h2><p class="date">2 مارس 2023</p>${paragraphs(FURTHER.slice(0, 2))}</section>
<footer>جميع الحقوق محفوظة</footer></body></html>`;
    for (const html of [box('<h3>اقرأ أيضا</h3>'), box('')]) {
      const [main, further] = records(html);
      expect(main!.paragraphs).toEqual(OWN);
      expect(further).toMatchObject({ role: 'embedded', title: FURTHER_TITLE, paragraphs: FURTHER.slice(0, 2) });
      expect(further!.published).toBe('2023-03-02');
    }
  });

  it('leaves its text out of the article before when its headline opens none (a rule took the line)', () => {
    const html = page(`<h2><a href="/4">شارك</a></h2>`);
    const found = records(html);
    expect(found[0]!.paragraphs).toEqual(OWN);
    expect(found.flatMap((r) => r.paragraphs)).not.toContain(FURTHER[0]);
  });
});

describe("HTML: an infinite scroll's next story in an <article> of its own (round 55)", () => {
  // A probe made here: a headline that links nowhere and a date line over the next story's text; the text
  // of the page's own had been lost to it when the next story was the longer.
  const story = (heading: string, date: string, texts: string[]): string =>
    `<article>${heading}<div class="date">${date}</div><div class="body">${paragraphs(texts)}</div></article>`;
  const scroll = (further: string[]): string =>
    `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${HEADLINE} - الرأي</title></head><body><main>
${story(`<h1>${HEADLINE}</h1>`, '18 تشرين الثاني 2025 - 11:20 ص', OWN)}
${story(`<h2>${FURTHER_TITLE}</h2>`, '18 تشرين الثاني 2025 - 10:05 ص', further)}
</main></body></html>`;

  it("the next story, shorter or longer than the page's own, is a record of its own, the own text the main record's", () => {
    for (const further of [
      FURTHER.slice(0, 2),
      [...FURTHER, ...FURTHER.map((p) => `${p} وأكد المنظمون استمرار البرامج.`)],
    ]) {
      const found = records(scroll(further));
      expect(
        found.map((r) => [r.role, r.title, r.paragraphs, r.published]),
        String(further.length),
      ).toEqual([
        ['main', HEADLINE, OWN, '2025-11-18T11:20'],
        ['embedded', FURTHER_TITLE, further, '2025-11-18T10:05'],
      ]);
    }
  });
});

describe('HTML: a box whose class names furniture holds a whole story (round 56, probes made here)', () => {
  // The page's own text the longer: a box that holds most of the page's text is never furniture.
  const own = [
    ...OWN,
    'وأوضح النادي أن الورشة تستمر ثلاثة أيام بمشاركة عدد من الكتاب والنقاد من مختلف مناطق المملكة، وأن باب التسجيل في المسابقة يبقى مفتوحا حتى نهاية الشهر الجاري.',
  ];
  const doc = (box: string): string =>
    `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body>
<article><h1>${HEADLINE}</h1><div class="date">2025/04/22 - 08:00</div>${paragraphs(own)}</article>
${box}</body></html>`;

  it('an infinite scroll\'s <article class="next-article">, or a "read-more-box" after the text: a record of its own', () => {
    for (const box of [
      `<article class="next-article"><h2>${FURTHER_TITLE}</h2><div class="date">2025/04/21 - 17:30</div>${paragraphs(FURTHER.slice(0, 2))}</article>`,
      `<div class="read-more-box"><div>اقرأ المزيد</div><h4>${FURTHER_TITLE}</h4>${paragraphs(FURTHER.slice(0, 2))}</div>`,
    ]) {
      const [main, further, ...more] = records(doc(box));
      expect([main!.title, main!.paragraphs], box).toEqual([HEADLINE, own]);
      expect(further, box).toMatchObject({ role: 'embedded', title: FURTHER_TITLE, paragraphs: FURTHER.slice(0, 2) });
      expect(more).toEqual([]);
    }
  });

  it("the comments under their heading are no story; nor is the page's <header> with its headline and deck", () => {
    const comments = `<div class="comments"><h3>التعليقات</h3>${paragraphs(FURTHER)}</div>`;
    const [main, ...more] = records(doc(comments));
    expect([main!.paragraphs, more]).toEqual([own, []]);
    const deck = [
      'نادي جدة الأدبي يفتح أبوابه للشباب المهتمين بالكتابة ويطلق مسابقة جديدة في فن المعارضات الشعرية هذا العام.',
      'وتستمر الورشة ثلاثة أيام بمشاركة عدد من الكتاب والنقاد من مختلف مناطق المملكة.',
    ];
    const header = `<header class="article__header"><h1>${HEADLINE}</h1>${paragraphs(deck)}</header>`;
    const [headed, ...others] = records(
      `<html lang="ar"><body><article>${header}<div class="article-text">${paragraphs(OWN)}</div></article></body></html>`,
    );
    expect([headed!.title, headed!.paragraphs, others]).toEqual([HEADLINE, OWN, []]);
  });
});
