import { describe, expect, it } from 'vitest';
import { HtmlSelectorsSchema } from '../../../../src/document/html/index.js';
import { extract } from '../../../../src/index.js';
import { articleTexts, htmlDoc } from '../../../helpers/html.js';

const P1 = 'قال المتحدث باسم الوزارة، في بيان صدر اليوم، إن الحكومة ستواصل دعم القطاع الصحي خلال الأشهر المقبلة.';
const P2 = 'وأضاف أن الخطة تشمل بناء مستشفيات جديدة، وتدريب الكوادر الطبية، وتوفير المعدات اللازمة في كل المحافظات.';
const P3 = 'وأشار إلى أن الميزانية المخصصة لهذا الغرض ارتفعت بنسبة كبيرة مقارنة بالعام الماضي، وفق الأرقام الرسمية.';

const article = (extra = ''): string => `<!doctype html>
<html lang="ar" dir="rtl"><head><title>الحكومة تدعم القطاع الصحي - جريدة المثال</title>
<meta property="og:site_name" content="جريدة المثال"></head>
<body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<article class="article-body">
<h1>الحكومة تدعم القطاع الصحي</h1>
<p>${P1}</p>
<p>${P2} <a href="/x">رابط</a></p>
<p>${P3}</p>
${extra}
</article>
<footer><p>جميع الحقوق محفوظة © 2020 جريدة المثال</p></footer>
</body></html>`;

describe('htmlToDocument: blocks', () => {
  it('emits blocks in reading order with tag, line, norm and kind, and flags furniture outside', () => {
    const doc = htmlDoc(article());
    expect(doc.format).toBe('html');
    expect(articleTexts(doc)).toEqual([P1, `${P2} رابط`, P3]);
    const first = doc.blocks.find((b) => b.text === P1)!;
    expect(first).toMatchObject({ kind: 'paragraph', tag: 'p', line: 8, depth: 0, gapBefore: true });
    expect(first.norm).toContain('قال المتحدث باسم الوزاره');
    expect(doc.blocks.find((b) => b.text === 'رياضة')).toMatchObject({
      kind: 'list-item',
      outside: true,
      links: [{ text: 'رياضة', href: '/sport' }],
    });
    expect(doc.blocks.find((b) => b.tag === 'h1')).toMatchObject({ kind: 'heading', outside: true });
    expect(doc.blocks.find((b) => b.text.startsWith('جميع الحقوق'))?.outside).toBe(true);
    expect(doc.blocks.map((b) => b.index)).toEqual(doc.blocks.map((_, i) => i));
  });

  it('keeps inline elements in their paragraph, splits on <br>, and gives a gap only to <br><br>', () => {
    const doc = htmlDoc(`<body><div>أول <b>سطر</b> هنا<br>ثاني سطر<br><br>فقرة جديدة</div></body>`);
    expect(doc.blocks.map((b) => [b.text, b.gapBefore])).toEqual([
      ['أول سطر هنا', false],
      ['ثاني سطر', false],
      ['فقرة جديدة', true],
    ]);
  });

  it("sets apart a letter and a digit that meet across an element's edge, and joins letters as written (round 40)", () => {
    // The byline's span and the date's <time> printed side by side read "سارة محمود12 مارس": no byline, no date line.
    const doc = htmlDoc(
      `<body><div><span class="author">بقلم: سارة محمود</span><time>12 مارس 2024</time></div><p>الـ<b>19</b> و<b>ال</b>كتاب 2<sup>3</sup></p></body>`,
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['بقلم: سارة محمود 12 مارس 2024', 'الـ19 والكتاب 23']);
    const byline = '<span class="author">بقلم: سارة محمود</span><time>12 مارس 2024</time>';
    const [record] = extract(article().replace('<p>', `${byline}<p>`), { format: 'html' });
    expect([record!.author, record!.published, record!.paragraphs]).toEqual([
      'سارة محمود',
      '2024-03-12',
      [P1, `${P2} رابط`, P3],
    ]);
  });

  it('makes text written straight into a div a paragraph of its own, apart from its child blocks', () => {
    const doc = htmlDoc('<body><div>مقدمة قصيرة<p>فقرة داخلية</p>خاتمة</div></body>');
    expect(doc.blocks.map((b) => [b.text, b.tag])).toEqual([
      ['مقدمة قصيرة', 'div'],
      ['فقرة داخلية', 'p'],
      ['خاتمة', 'div'],
    ]);
  });

  it('gives nested list items their depth', () => {
    const doc = htmlDoc('<body><ul><li>أ<ul><li>ب</li></ul></li><li>ج</li></ul></body>');
    expect(doc.blocks.map((b) => [b.text, b.kind, b.depth])).toEqual([
      ['أ', 'list-item', 0],
      ['ب', 'list-item', 1],
      ['ج', 'list-item', 0],
    ]);
  });

  it('resolves links against <base>, then the caller URL, then the canonical URL; drops javascript: links', () => {
    const body =
      '<body><p><a href="story/1">خبر</a> <a href="javascript:void(0)">زر</a> <a href="#top">أعلى</a></p></body>';
    expect(
      htmlDoc(`<head><base href="https://a.example/news/"></head>${body}`, { url: 'https://b.example/x' }).blocks[0]!
        .links,
    ).toEqual([{ text: 'خبر', href: 'https://a.example/news/story/1' }]);
    expect(htmlDoc(body, { url: 'https://b.example/dir/page' }).blocks[0]!.links).toEqual([
      { text: 'خبر', href: 'https://b.example/dir/story/1' },
    ]);
    expect(
      htmlDoc(`<head><link rel="canonical" href="https://c.example/a/b"></head>${body}`).blocks[0]!.links![0]!.href,
    ).toBe('https://c.example/a/story/1');
  });

  it('writes absolute URLs in IRI form: Arabic paths readable, spaces still escaped', () => {
    const doc = htmlDoc('<body><p><a href="/وسم/كورونا?q=a b">كورونا</a></p></body>', { url: 'https://x.example/' });
    expect(doc.blocks[0]!.links![0]!.href).toBe('https://x.example/وسم/كورونا?q=a%20b');
  });

  it('drops scripts, styles, forms controls, comments and hidden elements', () => {
    const doc = htmlDoc(
      '<body><script>var x = "نص";</script><style>p{}</style><!-- تعليق --><p hidden>مخفي</p><p style="display: none">مخفي</p><select><option>خيار</option></select><p>ظاهر</p></body>',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['ظاهر']);
  });
});

describe('htmlToDocument: tags and related lists', () => {
  it('makes no block of a <title>, even one that a stray element in <head> pushes into the body', () => {
    // A browser starts the body at the <div> (as the assabah.com.tn fixture does with its Facebook
    // root div) and so puts the <title> after it into the body; it never shows a title there.
    const doc = htmlDoc(
      `<html><head><meta charset="utf-8"><div id="fb-root"></div>\n<title>الحكومة تدعم القطاع الصحي - جريدة المثال</title></head><body><article><p>${P1}</p></article></body></html>`,
    );
    expect(doc.meta.title).toBe('الحكومة تدعم القطاع الصحي - جريدة المثال');
    expect(doc.blocks.map((b) => b.text)).toEqual([P1]);
  });

  it('turns tag links into keywords and a labelled list into related entries with absolute URLs', () => {
    const extra = `<div class="tags"><a href="/tag/صحة" rel="tag">صحة</a><a href="/tag/الحكومة">الحكومة</a></div>
      <div class="box"><h3>اقرأ أيضاً:</h3><ul>
        <li><a href="/news/2">الوزارة تفتتح مستشفى جديدا في الجنوب</a></li>
        <li><a href="https://other.example/n/3">ارتفاع عدد الأطباء المتخرجين هذا العام</a></li></ul></div>`;
    const doc = htmlDoc(article(extra), { url: 'https://site.example/news/1' });
    expect(doc.meta.keywords).toEqual(['صحة', 'الحكومة']);
    expect(doc.related).toEqual([
      { title: 'الوزارة تفتتح مستشفى جديدا في الجنوب', url: 'https://site.example/news/2', relation: 'read-also' },
      { title: 'ارتفاع عدد الأطباء المتخرجين هذا العام', url: 'https://other.example/n/3', relation: 'read-also' },
    ]);
    expect(doc.blocks.filter((b) => /اقرأ|الوزارة تفتتح/.test(b.text)).every((b) => b.outside)).toBe(true);
    expect(articleTexts(doc)).toEqual([P1, `${P2} رابط`, P3]);
  });

  // "شاهد أيضا" (see also, issue 12); a box the site picked for the reader, "اخترنا لك", "لا تفوت" (round 41).
  for (const heading of ['شاهد أيضا', 'اخترنا لك', 'لا تفوت'])
    it(`gives a "${heading}" list one relation, read-also, the one the cleaners give its label: each link comes out once`, () => {
      const extra = `<div class="box"><h3>${heading}</h3><ul>
        <li><a href="/news/2">الوزارة تفتتح مستشفى جديدا في الجنوب</a></li>
        <li><a href="/news/3">ارتفاع عدد الأطباء المتخرجين هذا العام</a></li></ul></div>`;
      const doc = htmlDoc(article(extra), { url: 'https://site.example/news/1' });
      expect(doc.related?.map((r) => [r.url, r.relation])).toEqual([
        ['https://site.example/news/2', 'read-also'],
        ['https://site.example/news/3', 'read-also'],
      ]);
      const [record] = extract(article(extra), { url: 'https://site.example/news/1' });
      expect(record?.related.map((r) => [r.title, r.relation])).toEqual([
        ['الوزارة تفتتح مستشفى جديدا في الجنوب', 'read-also'],
        ['ارتفاع عدد الأطباء المتخرجين هذا العام', 'read-also'],
      ]);
      expect(record?.paragraphs).toEqual([P1, `${P2} رابط`, P3]);
    });

  it("puts a labelled box's cards, their teasers too, outside the article (round 41)", () => {
    // Inside the <article>: the teasers under the linked headlines were body paragraphs.
    const extra = `<section class="box"><h3>اقرأ أيضا</h3>
        <div class="card"><h4><a href="/news/2">الوزارة تفتتح مستشفى جديدا في الجنوب</a></h4><p>افتتحت وزارة الصحة مستشفى جديدا في الجنوب يضم مئتي سرير.</p></div>
        <div class="card"><h4><a href="/news/3">ارتفاع عدد الأطباء المتخرجين هذا العام</a></h4><p>ارتفع عدد الأطباء المتخرجين هذا العام بنسبة كبيرة.</p></div></section>`;
    const doc = htmlDoc(article(extra), { url: 'https://site.example/news/1' });
    expect(doc.related?.map((r) => r.url)).toEqual(['https://site.example/news/2', 'https://site.example/news/3']);
    expect(articleTexts(doc)).toEqual([P1, `${P2} رابط`, P3]);
  });

  it('keeps a paragraph that cites a link inside its sentence under such a label', () => {
    const cited = 'وقالت الوزارة في بيانها إن التفاصيل الكاملة منشورة على موقعها الرسمي';
    const extra = `<h3>اقرأ أيضا</h3><p>${cited} <a href="/news/4">تفاصيل خطة دعم القطاع الصحي</a> للاطلاع عليها.</p>`;
    const doc = htmlDoc(article(extra), { url: 'https://site.example/news/1' });
    expect(articleTexts(doc)).toContain(`${cited} تفاصيل خطة دعم القطاع الصحي للاطلاع عليها.`);
  });

  it('reads a related container named by its class when no label announces it', () => {
    const extra = `<section class="related-posts"><a href="/a">تقرير عن تطوير المستشفيات الحكومية</a><a href="/b">خطة جديدة لتدريب الكوادر الطبية</a></section>`;
    const doc = htmlDoc(article(extra), { url: 'https://site.example/' });
    expect(doc.related?.map((r) => [r.url, r.relation])).toEqual([
      ['https://site.example/a', 'similar'],
      ['https://site.example/b', 'similar'],
    ]);
  });
});

describe('htmlToDocument: selector rules', () => {
  const page = `<html><head><title>عنوان الموقع</title></head><body>
    <div id="main"><h2 class="headline">العنوان من القاعدة</h2><span class="when" data-x="1">2021-03-04 10:20</span>
    <div class="body"><p>${P1}</p><div class="ad">إعلان ممول قصير</div><p>${P2}</p></div>
    <ul class="kw"><li>اقتصاد</li><li>صحة</li></ul>
    <div class="more"><a href="/m/1">خبر آخر من القسم نفسه</a></div></div>
    <div class="sidebar"><p>${P3}</p></div></body></html>`;

  it('validates the rules with zod and rejects unknown keys', () => {
    expect(
      HtmlSelectorsSchema.safeParse({ content: ['.body'], related: [{ selector: '.more', relation: 'more' }] }).success,
    ).toBe(true);
    expect(HtmlSelectorsSchema.safeParse({ content: '.body' }).success).toBe(false);
    expect(HtmlSelectorsSchema.safeParse({ contnet: ['.body'] }).success).toBe(false);
    expect(HtmlSelectorsSchema.safeParse({ related: [{ selector: '.more', relation: 'other' }] }).success).toBe(false);
  });

  it('uses the content root, removals, title, date, tags and related lists of the rules', () => {
    const selectors = HtmlSelectorsSchema.parse({
      content: ['.missing', '.body'],
      remove: ['.ad'],
      title: ['.headline'],
      date: ['.when'],
      tags: ['.kw li'],
      related: [{ selector: '.more', relation: 'more' }],
    });
    const doc = htmlDoc(page, { url: 'https://s.example/a', selectors });
    expect(articleTexts(doc)).toEqual([P1, P2]);
    expect(doc.blocks.some((b) => b.text.includes('إعلان'))).toBe(false);
    expect(doc.meta).toMatchObject({
      title: 'العنوان من القاعدة',
      date: '2021-03-04T10:20',
      keywords: ['اقتصاد', 'صحة'],
    });
    expect(doc.related).toEqual([{ title: 'خبر آخر من القسم نفسه', url: 'https://s.example/m/1', relation: 'more' }]);
  });

  it('reports an invalid selector as a warning and carries on', () => {
    const doc = htmlDoc(page, { selectors: { content: ['div[[['] } });
    expect(doc.warnings.map((w) => w.code)).toContain('selector-invalid');
    expect(articleTexts(doc)).toContain(P1);
  });
});
