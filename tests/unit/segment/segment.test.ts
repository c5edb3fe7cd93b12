/** Segmenter behaviours that golden files show only in passing. */
import { describe, expect, it } from 'vitest';
import { extract, validateCleaner } from '../../../src/index.js';
import { textToDocument } from '../../../src/document/fromText.js';
import { articleMetadata, emptyMeta, type Document } from '../../../src/document/model.js';

const sentence = (n: number): string =>
  `وأكد المتحدث باسم الوزارة في البيان رقم ${n} أن الحكومة ماضية في تنفيذ خطتها لتطوير الخدمات العامة في جميع المحافظات خلال العام المقبل.`;

describe('segmentation', () => {
  it('HTML: a "Comment" link in the share bar above the article does not swallow the article', () => {
    const html = `<!doctype html><html lang="ar"><head><title>عنوان الخبر</title></head><body>
      <nav><a href="/">الرئيسية</a> <a href="/a">سياسة</a></nav>
      <div class="share-bar"><a href="#s">Share</a> <a href="#c">Comment</a></div>
      <article><h1>عنوان الخبر</h1>${[1, 2, 3, 4].map((n) => `<p>${sentence(n)}</p>`).join('')}</article>
      <footer>جميع الحقوق محفوظة © 2024</footer></body></html>`;
    const [record] = extract(html);
    expect(record!.paragraphs).toEqual([1, 2, 3, 4].map(sentence));
  });

  it('HTML: short lines inside the judged content (a results roundup) are no bare-tag tail before another article', () => {
    // The Zyte page floridatoday.com c81e134e: "Cocoa d. West Shore 61-21", "BOYS SOCCER", then the next
    // result as a short line over its own lines; the front end kept them all as the article's content.
    const result = 'الترجي يفوز على النجم الساحلي في قمة الدوري';
    const report = [
      'سجل لاعب الترجي هدفين في الشوط الثاني من المباراة وصنع زميله الهدف الثالث بعد تمريرة طويلة من منتصف الملعب أمام جماهير غفيرة ملأت المدرجات.',
      'وتصدر الترجي ترتيب الدوري بفارق ثلاث نقاط عن النجم الساحلي قبل جولتين من نهاية الموسم الرياضي الذي شهد منافسة قوية بين الفريقين على اللقب.',
    ];
    const paragraphs = [sentence(1), sentence(2), 'كرة القدم', 'الدوري التونسي', result, ...report];
    const html = `<!doctype html><html lang="ar"><head><title>نتائج الدوري</title></head><body>
      <article><h1>نتائج الدوري</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const records = extract(html);
    expect(records.map((r) => r.title)).toEqual(['نتائج الدوري']);
    expect(records[0]!.paragraphs).toEqual(paragraphs);
  });

  it('text: prose that goes on after a read-also box is still the article; comments end it', () => {
    const page = [
      'عنوان الخبر عن خطة الحكومة لتطوير الخدمات',
      '',
      sentence(1),
      '',
      sentence(2),
      '',
      'اقرأ أيضا',
      '',
      'الحكومة تعلن موعد بدء العام الدراسي الجديد',
      '',
      sentence(3),
      '',
      'التعليقات',
      '',
      sentence(4),
    ].join('\n');
    const [record] = extract(page);
    expect(record!.paragraphs).toEqual([sentence(1), sentence(2), sentence(3)]);
    expect(record!.related).toEqual([
      { title: 'الحكومة تعلن موعد بدء العام الدراسي الجديد', url: null, relation: 'read-also' },
    ]);
  });

  it('text: a read-also box whose items each have a date line ends where the article goes on, and starts no article', () => {
    const items = ['الحكومة تعلن موعد بدء العام الدراسي الجديد', 'ارتفاع أسعار الذهب في الأسواق المحلية اليوم'];
    const page = [
      'عنوان الخبر عن خطة الحكومة لتطوير الخدمات',
      '',
      sentence(1),
      '',
      'اقرأ أيضا',
      items[0],
      '12 مارس 2021',
      items[1],
      '11 مارس 2021',
      sentence(2),
      '',
      sentence(3),
    ].join('\n');
    const records = extract(page);
    expect(records).toHaveLength(1);
    expect(records[0]!.paragraphs).toEqual([sentence(1), sentence(2), sentence(3)]);
    expect(records[0]!.related).toEqual(items.map((title) => ({ title, url: null, relation: 'read-also' })));
  });

  it('text: the headline printed again with a photo caption is not the first paragraph', () => {
    const title = 'الحكومة تعلن خطة لتطوير الخدمات العامة في المحافظات';
    const page = [
      title,
      'الإثنين، 24 أغسطس 2020 09:23 ص',
      `${title} وزير التنمية المحلية خلال الاجتماع`,
      sentence(1),
      sentence(2),
    ].join('\n');
    const [record] = extract(page);
    expect(record!.title).toBe(title);
    expect(record!.paragraphs).toEqual([sentence(1), sentence(2)]);
  });
});

describe('fields from page metadata', () => {
  const page = (author: string): string => `<!doctype html><html lang="ar"><head><title>عنوان الخبر - الموقع</title>
    <meta property="og:site_name" content="الموقع"><meta name="author" content="${author}"></head>
    <body><article><h1>عنوان الخبر</h1>${[1, 2, 3].map((n) => `<p>${sentence(n)}</p>`).join('')}</article></body></html>`;

  it('keeps a person named as author, not the site, a placeholder or a URL', () => {
    expect(extract(page('نورهان نبيل'), { url: 'https://example.com/a' })[0]!.author).toBe('نورهان نبيل');
    for (const notAPerson of [
      'الموقع',
      'example',
      'admin',
      'إدارة الموقع',
      '(أبوظبي - البيان)',
      'Sputnikhttps://x.test/logo.png',
    ]) {
      expect(extract(page(notAPerson), { url: 'https://example.com/a' })[0]!.author, notAPerson).toBeNull();
    }
  });
});

describe('document capabilities, not formats (issue 12)', () => {
  const page = [
    'قائمة الأقسام: سياسة اقتصاد رياضة ثقافة',
    sentence(1),
    sentence(2),
    'روابط الموقع والخدمات',
    sentence(3),
  ];

  it('a text document whose content a hook judged takes its body from the blocks kept, not from the prose run', () => {
    const judge = {
      ...validateCleaner({ name: 'judge', description: 'flags the furniture', appliesTo: { hosts: [] } }, 'test'),
      beforeSegment: (doc: Document): Document => ({
        ...doc,
        contentJudged: true,
        blocks: doc.blocks.map((b) => (b.text === sentence(2) ? { ...b, outside: true } : b)),
      }),
    };
    const [judged] = extract(page.join('\n\n'), { cleaners: [judge], site: 'judge' });
    expect(judged!.paragraphs).toEqual([page[0], sentence(1), page[3], sentence(3)]);
    // Unjudged, the same text's body is its run of prose.
    const [read] = extract(page.join('\n\n'));
    expect(read!.paragraphs).toEqual([sentence(1), sentence(2), page[3], sentence(3)]);
  });

  it('page metadata belongs to the main article: an embedded article takes none of it', () => {
    const doc = textToDocument(
      'نص',
      { file: 'page.txt', doc: 0, line: 1, id: null, url: null },
      {
        meta: { title: 'عنوان', date: '2024-05-01', keywords: ['وسم'], section: 'سياسة', image: 'https://x/a.jpg' },
      },
    );
    doc.related = [{ title: 'خبر آخر', url: 'https://x/b', relation: 'similar' }];
    expect(articleMetadata(doc, 'main')).toMatchObject({
      title: 'عنوان',
      date: '2024-05-01',
      keywords: ['وسم'],
      section: 'سياسة',
      image: 'https://x/a.jpg',
      related: doc.related,
    });
    expect(articleMetadata(doc, 'embedded')).toEqual({ ...emptyMeta(), related: [] });
  });
});
