/** Segmenter behaviours that golden files show only in passing. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

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
