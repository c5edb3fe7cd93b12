/**
 * The article's source among its source fields (fields/index.ts): the outlet the text is taken from,
 * not the site's own name, on layouts of the dev set's families.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const page = (...lines: string[]): string => lines.join('\n\n');
const HEADLINE = 'وزارة الصحة تفتتح مستشفى جديدا في العاصمة';
const P = [
  'أعلنت وزارة الصحة اليوم الأحد عن افتتاح مستشفى جديد في العاصمة بطاقة استيعابية تصل إلى ثلاثمائة سرير، في إطار خطة لتطوير القطاع الصحي.',
  'وقال وزير الصحة خالد عبد الغفار خلال حفل الافتتاح إن المستشفى يضم أقساما للطوارئ والعناية المركزة والجراحة، ويخدم أكثر من مليون مواطن.',
  'وأضاف الوزير أن الحكومة تعتزم افتتاح خمسة مستشفيات أخرى قبل نهاية العام، بتكلفة إجمالية تتجاوز ملياري جنيه، لتخفيف الضغط على المستشفيات القائمة.',
];
const FOOTER = '© 2024 قناة العرب. جميع الحقوق محفوظة';

describe('source: the outlet the text is taken from', () => {
  it("a wire credit after the text wins over the site's own name, which the page prints in its footer", () => {
    const [r] = extract(page(HEADLINE, 'أبوظبي - قناة العرب', ...P.slice(0, 2), `${P[2]} --(رويترز)`, FOOTER));
    expect(r!.source).toBe('رويترز');
    expect(r!.paragraphs).toEqual(P);
  });

  it('a news agency in brackets after the last sentence or alone under the text is the source, the paragraph kept (round 40)', () => {
    // A short last paragraph with "(واس)" after its full stop read as no prose: the paragraph was left out.
    const last = 'وقال الوزير إن المستشفى سيستقبل أول مرضاه مطلع الشهر المقبل.';
    for (const [agency, lines] of [
      ['واس', [`${last} (واس)`]],
      ['أ ف ب', [last, '(أ ف ب)']],
    ] as const) {
      const [r] = extract(page(HEADLINE, ...P.slice(0, 2), ...lines));
      expect(r!.source, agency).toBe(agency);
      expect(r!.paragraphs, agency).toEqual([...P.slice(0, 2), last]);
    }
  });

  it("a news agency in brackets after a photo's caption is its credit, no source", () => {
    const caption = 'وزير الصحة خلال افتتاح المستشفى (رويترز)';
    const [r] = extract(page(HEADLINE, caption, ...P));
    expect(r!.source).toBeNull();
  });

  it("the site's name is the source when the article gives no other", () => {
    expect(extract(page(HEADLINE, 'أبوظبي - قناة العرب', ...P, FOOTER))[0]!.source).toBe('قناة العرب');
  });

  it('of two sources the page prints nowhere else, the first stays', () => {
    const [r] = extract(page(HEADLINE, `القاهرة (رويترز) - ${P[0]}`, P[1]!, `${P[2]} --(بترا)`));
    expect(r!.source).toBe('رويترز');
  });

  it('a bracketed word and a dash opening a paragraph inside the text is no dateline: the source line after the text stays', () => {
    const middle =
      'فهل الشؤون الاجتماعية (مثلاً) -- وهي المنوط بها خدمة أولئك المحتاجين، قادرة على متابعة مئات الجمعيات الخيرية ومراقبة أموالها؟';
    const last =
      'وختم الوزير كلمته بالتأكيد على أن الوزارة ستواصل متابعة أداء المستشفيات الجديدة وتقييم خدماتها بشكل دوري.';
    const [r] = extract(page(HEADLINE, ...P, middle, last, 'المصدر: المدينة'));
    expect(r!.source).toBe('المدينة');
    // A question's opening ("فهل …") is no city: the paragraph keeps it (round 23).
    expect(r!.paragraphs).toEqual([...P, middle, last]);
  });
});

describe('source: a wire dateline with its date (issue 8m)', () => {
  it('"<city> <day> <month> [<year>] (<agency>) -" opening the text gives the agency and leaves the paragraph', () => {
    for (const dateline of ['الكويت 5 رمضان (قنا) - ', 'الرياض 13 رمضان 1439 هـ (واس) - ', 'عمان 14 يوليو (بترا) - ']) {
      const [r] = extract(page(HEADLINE, `${dateline}${P[0]}`, P[1]!, P[2]!));
      expect(r!.source, dateline).toMatch(/^(?:قنا|واس|بترا)$/u);
      expect(r!.paragraphs, dateline).toEqual(P);
    }
  });
});

describe("source: a wire dateline on a line a site's rule also cuts (issue 8o)", () => {
  it('an Al Mayadeen text whose first paragraph opens with a wire dateline and quotes a tweet keeps its source', () => {
    // The first paragraph holds a tweet's photo link that the Al Mayadeen cleaner cuts (the page is the site's: its
    // URL; the tweet's "#الميادين" hashtag is the post's, no mark of the site); the rest of the line passes on to the
    // generic wire-dateline rule.
    for (const [dateline, agency] of [
      ['بيروت (رويترز) -', 'رويترز'],
      ['بيروت - (أ ف ب):', 'أ ف ب'],
    ]) {
      const first = `${dateline} ${P[0]} "نرفض هذا القرار" #الميادين pic.twitter.com/YzDqTlZD7l`;
      const url = 'https://www.almayadeen.net/news/politics/1';
      const [r] = extract(page(HEADLINE, first, ...P.slice(1)), { explain: true, url });
      expect(r!.site).toBe('almayadeen');
      expect(r!.source).toBe(agency);
      expect(r!.paragraphs[0]).toBe(`${P[0]} "نرفض هذا القرار" #الميادين`);
      // Each rule that acted on the line is named, in the order they acted.
      expect(r!.explain!.filter((e) => e.line === 3).map((e) => `${e.cleaner}/${e.rule}`)).toEqual([
        'almayadeen/tweet-photo-link',
        'generic/wire-dateline',
      ]);
    }
  });
});

describe('source: a wire dateline with a dash before the agency and a colon after it (issue 8n)', () => {
  it('"بيروت - (أ ف ب): …" opening the text gives the source and leaves the paragraph', () => {
    for (const [dateline, agency] of [
      ['بيروت (رويترز) -', 'رويترز'],
      ['بيروت - (أ ف ب):', 'أ ف ب'],
    ]) {
      const [r] = extract(page(HEADLINE, `${dateline} ${P[0]}`, ...P.slice(1)));
      expect(r!.source).toBe(agency);
      expect(r!.paragraphs).toEqual(P);
    }
  });
});

describe("source: an aggregator's source line with its link to the story (issue 8n)", () => {
  it('"المصدر: <site> اقرأ الخبر من المصدر": the link\'s label is no part of the source', () => {
    for (const link of ['اقرأ الخبر من المصدر', '- رابط الخبر', '| الخبر الأصلي']) {
      const [r] = extract(page(HEADLINE, `المصدر: الشرق نيوز ${link}`, ...P));
      expect(r!.source, link).toBe('الشرق نيوز');
      expect(r!.paragraphs).toEqual(P);
    }
  });
});

describe('imageCredit: a French credit label (issue 8n)', () => {
  it('"Crédit photo : <agency>" under the headline is the image credit, not a paragraph', () => {
    for (const label of ['Crédit photo :', 'Crédits photo:', 'Photo credit:']) {
      const [r] = extract(page(HEADLINE, `${label} رويترز`, ...P));
      expect(r!.imageCredit, label).toBe('رويترز');
      expect(r!.paragraphs).toEqual(P);
    }
  });
});

describe('a dateline that credits the text opens its first paragraph (round 52)', () => {
  it.each([
    ['الرياض (واس)', 'واس'],
    ['القاهرة - «الخليج»:', 'الخليج'],
  ])('"%s" before the text is its source, and leaves the paragraph', (dateline, source) => {
    const [r] = extract(page(HEADLINE, `${dateline} ${P[0]}`, ...P.slice(1)));
    expect(r!.source).toBe(source);
    expect(r!.paragraphs).toEqual(P);
  });

  it('a sentence that quotes a name before a colon is no dateline, nor a word in brackets that is no agency', () => {
    for (const first of ['وقال «الوزير»: إن المستشفى سيستقبل أول مرضاه مطلع الشهر المقبل.', `الوزارة (مثلا) ${P[0]}`]) {
      const [r] = extract(page(HEADLINE, first, ...P.slice(1)));
      expect(r!.source, first).toBeNull();
      expect(r!.paragraphs, first).toEqual([first, ...P.slice(1)]);
    }
  });
});
