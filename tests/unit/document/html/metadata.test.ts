import { describe, expect, it } from 'vitest';
import { htmlDoc } from '../../../helpers/html.js';

const withHead = (head: string, htmlAttrs = ''): string =>
  `<html ${htmlAttrs}><head>${head}</head><body><p>نص المقال هنا، وهو نص قصير لكنه جملة كاملة.</p></body></html>`;

describe('htmlToDocument: metadata precedence', () => {
  it('takes JSON-LD first, then OpenGraph, Twitter, other meta, then <title>', () => {
    const head = `<title>عنوان الصفحة - الموقع</title>
      <meta name="twitter:title" content="عنوان تويتر">
      <meta property="og:title" content="عنوان أوبن غراف">
      <meta property="article:published_time" content="2020-01-02T03:04:05+03:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"الموقع"},
        {"@type":"NewsArticle","headline":"عنوان جيسون","datePublished":"2021-05-06T07:08:09+04:00","dateModified":"2021-05-07",
         "author":[{"@type":"Person","name":"كاتب أول"},{"@type":"Person","name":"كاتب ثان"}],"publisher":{"@type":"Organization","name":"الموقع"},
         "keywords":"اقتصاد، صحة","articleSection":"محليات","image":{"@type":"ImageObject","url":"/img/a.jpg"},"description":"ملخص"}]}</script>`;
    const { meta } = htmlDoc(withHead(head), { url: 'https://site.example/a/b' });
    expect(meta).toMatchObject({
      title: 'عنوان جيسون',
      date: '2021-05-06T07:08:09+04:00',
      modified: '2021-05-07',
      author: 'كاتب أول, كاتب ثان',
      keywords: ['اقتصاد', 'صحة'],
      section: 'محليات',
      image: 'https://site.example/img/a.jpg',
      description: 'ملخص',
      siteName: 'الموقع',
    });
    expect(htmlDoc(withHead(head.replace(/<script[\s\S]*<\/script>/, ''))).meta).toMatchObject({
      title: 'عنوان أوبن غراف',
      date: '2020-01-02T03:04:05+03:00',
    });
    expect(
      htmlDoc(withHead('<title>عنوان الصفحة وحده</title><meta name="twitter:title" content="عنوان تويتر">')).meta.title,
    ).toBe('عنوان تويتر');
  });

  it('strips site suffixes and prefixes from titles, Arabic separators included', () => {
    const title = (head: string): string | null => htmlDoc(withHead(head)).meta.title;
    expect(
      title(
        '<title>خبر مهم جدا اليوم - عبر الإمارات - أخبار وتقارير - البيان</title><meta property="og:title" content="خبر مهم جدا اليوم">',
      ),
    ).toBe('خبر مهم جدا اليوم');
    expect(
      title(
        '<meta property="og:title" content=" المدينة نيوز - أميركا :50 الفا حصيلة الوفيات"><meta name="twitter:title" content="أميركا :50 الفا حصيلة الوفيات">',
      ),
    ).toBe('أميركا :50 الفا حصيلة الوفيات');
    expect(
      title(
        '<title>36 عامًا.. سر رحيل نعيمة&#160; | بوابة أخبار اليوم الإلكترونية</title><meta property="og:site_name" content="بوابة اخبار اليوم">',
      ),
    ).toBe('36 عامًا.. سر رحيل نعيمة');
    expect(title('<title>خبر عن الاقتصاد » الجريدة</title><meta property="og:site_name" content="الجريدة">')).toBe(
      'خبر عن الاقتصاد',
    );
    expect(title('<title>  وزير الرى: لجنة إيراد النهر فى انعقاد مستمر  </title>')).toBe(
      'وزير الرى: لجنة إيراد النهر فى انعقاد مستمر',
    );
  });

  it("strips the site's name from a short headline that the page's <h1> prints alone (round 28)", () => {
    // Found by eval:furniture --render html: "Top 10" is shorter than the eight characters another version of
    // the headline had to have, so the <title> came out whole.
    for (const headline of ['Top 10', 'أنت مبدع!']) {
      const html = `<html><head><title>${headline} – موقع النبأ</title></head><body><h1>${headline}</h1>
        <p>نص المقال هنا، وهو نص قصير لكنه جملة كاملة.</p></body></html>`;
      expect(htmlDoc(html).meta.title).toBe(headline);
    }
    // A version shorter still (a number) names nothing: the title stays whole.
    const numbered = '<html><head><title>10 – موقع النبأ</title></head><body><h1>10</h1><p>نص.</p></body></html>';
    expect(htmlDoc(numbered).meta.title).toBe('10 – موقع النبأ');
  });

  it("reads no writer in an author meta that is the site's own name (its <title> affix, og:site_name or host)", () => {
    const author = (head: string): string | null => htmlDoc(withHead(head)).meta.author;
    const title =
      '<title>أميركا :50 الفا حصيلة الوفيات - المدينة نيوز</title><meta name="twitter:title" content="أميركا :50 الفا حصيلة الوفيات">';
    expect(author(`${title}<meta name="Author" content="المدينة نيوز">`)).toBeNull();
    expect(author('<meta property="og:site_name" content="الجريدة"><meta name="author" content="الجريدة">')).toBeNull();
    expect(author(`${title}<meta name="Author" content="سالم الشهري">`)).toBe('سالم الشهري');
  });

  it('takes the first of repeated og:title tags, and decodes entities escaped twice in JSON-LD', () => {
    expect(
      htmlDoc(
        withHead(
          '<meta property="og:title" content="العنوان"><meta property="og:title" content="العنوان - قناة صدى البلد">',
        ),
      ).meta.title,
    ).toBe('العنوان');
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"&quot;شعر وردي&quot;… لغز"}</script>';
    expect(htmlDoc(withHead(ld)).meta.title).toBe('"شعر وردي"… لغز');
  });

  it('reads broken JSON-LD by repair or tolerant scan, with a warning', () => {
    const rawNewline =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"سطر\nثان","datePublished":"2020-06-03T03:01+0400",}</script>';
    expect(htmlDoc(withHead(rawNewline)).meta).toMatchObject({ title: 'سطر ثان', date: '2020-06-03T03:01+04:00' });
    const hopeless =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"عنوان سليم", "datePublished":"2019-02-08" "x": }}}</script>';
    const doc = htmlDoc(withHead(hopeless));
    expect(doc.meta).toMatchObject({ title: 'عنوان سليم', date: '2019-02-08' });
    expect(doc.warnings.map((w) => w.code)).toContain('jsonld-invalid');
  });

  it('keeps the page offset of ISO dates, reads RFC 822, and passes over dates no parser understands', () => {
    const date = (content: string): string | null =>
      htmlDoc(
        withHead(
          `<meta property="article:published_time" content="${content}"><meta itemprop="datePublished" content="2020-11-09">`,
        ),
      ).meta.date;
    expect(date('2020-12-01 02:00:00')).toBe('2020-12-01T02:00:00');
    expect(date('2020-02-18 T 07:20:50 +0330')).toBe('2020-02-18T07:20:50+03:30');
    expect(date('Sun, 18 Feb 2018 21:35:43 +0400')).toBe('2018-02-18T21:35:43+04:00');
    // Non-ISO strings go to the date engine (parseDateLine); until it reads them, the next source answers.
    const arabic = date('الأربعاء، 07 أكتوبر 2020 - 12:09 م');
    expect(arabic === '2020-11-09' || arabic?.startsWith('2020-10-07')).toBe(true);
  });

  it('prefers rel=canonical over og:url and ignores rel=amphtml', () => {
    const head =
      '<link rel="amphtml" id="canonicalUrl" href="https://m.site.example/amp"><link rel="canonical" href="https://site.example/story/عنوان"><meta property="og:url" content="https://52.16.95.170/story">';
    expect(htmlDoc(withHead(head)).meta.url).toBe('https://site.example/story/عنوان');
  });

  it('reads lang and dir, and overrides a declared language the Arabic text contradicts', () => {
    const body =
      '<p>' + 'نشر موقع إخباري بريطاني خبرا عن سرقة منزل في باريس، وقال إن الشرطة تحقق في الحادثة. '.repeat(3) + '</p>';
    const declaredEnglish = htmlDoc(`<html dir="rtl" lang="en-US"><body>${body}</body></html>`);
    expect(declaredEnglish.meta).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(declaredEnglish.warnings.map((w) => w.code)).toContain('lang-mismatch');
    expect(htmlDoc(`<html lang="fa-IR"><body>${body}</body></html>`).meta.lang).toBe('fa');
    expect(
      htmlDoc(`<html><head><meta property="og:locale" content="ar_AR"></head><body>${body}</body></html>`).meta.lang,
    ).toBe('ar');
    expect(htmlDoc(`<html><body>${body}</body></html>`).meta.lang).toBe('ar');
  });
});

describe('htmlToDocument: the <time> under the headline (round 41)', () => {
  const TEXT =
    'قال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإن المرحلة الأولى تشمل المحافظات الأكثر تضررا.';
  const page = (header: string, after = ''): string =>
    `<html><body><article><h1>الحكومة تعلن خطة جديدة</h1>${header}<p>${TEXT}</p>${after}</article></body></html>`;

  it('dates the page by its datetime when it prints a relative age ("منذ ساعتين")', () => {
    expect(htmlDoc(page('<time datetime="2024-03-12T10:30:00+03:00">منذ ساعتين</time>')).meta.date).toBe(
      '2024-03-12T10:30:00+03:00',
    );
  });

  it('takes no <time> past the text under the headline (a related list) and none before the headline', () => {
    expect(htmlDoc(page('', '<ul><li><time datetime="2024-01-02">قبل شهرين</time></li></ul>')).meta.date).toBeNull();
    const before = `<html><body><time datetime="2024-01-02">اليوم</time><article><h1>عنوان</h1><p>${TEXT}</p></article></body></html>`;
    expect(htmlDoc(before).meta.date).toBeNull();
  });

  it('yields to the metadata: a published meta tag outranks it', () => {
    const html = page('<time datetime="2024-03-12T10:30:00+03:00">منذ ساعتين</time>').replace(
      '<html>',
      '<html><head><meta property="article:published_time" content="2024-03-11T09:00:00Z"></head>',
    );
    expect(htmlDoc(html).meta.date).toBe('2024-03-11T09:00:00Z');
  });
});
