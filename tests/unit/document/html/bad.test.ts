import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../../src/document/errors.js';
import { decodeHtmlBytes } from '../../../../src/io/charset.js';
import { articleTexts, htmlDoc } from '../../../helpers/html.js';

const PARAGRAPH =
  'قال المتحدث باسم الوزارة، في بيان صدر اليوم، إن الحكومة ستواصل دعم القطاع الصحي خلال الأشهر المقبلة.';
const codes = (doc: { warnings: { code: string }[] }): string[] => doc.warnings.map((w) => w.code);

/** Bad pages must come back as a Document (with warnings) within a few seconds, or as a DocumentError. */
describe('htmlToDocument on bad HTML', () => {
  it('reads a truncated page up to where it stops', () => {
    const doc = htmlDoc(
      `<html><head><title>عنوان</title></head><body><article><p>${PARAGRAPH}</p><p>${PARAGRAPH.slice(0, 40)}`,
    );
    expect(articleTexts(doc)[0]).toBe(PARAGRAPH);
  });

  it('reads a page with unclosed tags', () => {
    const doc = htmlDoc(`<body><div class="content"><p>${PARAGRAPH}<p>${PARAGRAPH}<div><span><b>${PARAGRAPH}`);
    expect(articleTexts(doc)).toEqual([PARAGRAPH, PARAGRAPH, PARAGRAPH]);
  });

  it('skips a 20 MB inline script quickly, keeping source lines right', { timeout: 60_000 }, () => {
    const script = 'var a = "x";\n'.repeat(1_600_000);
    const started = Date.now();
    const doc = htmlDoc(`<html><body><script>${script}</script>\n<p>${PARAGRAPH}</p></body></html>`);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(doc.blocks).toMatchObject([{ text: PARAGRAPH, line: 1_600_002 }]);
  });

  it('flattens 100,000 nested divs instead of hanging, with a warning', { timeout: 60_000 }, () => {
    const depth = 100_000;
    const started = Date.now();
    const doc = htmlDoc(
      `<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPH}</p>${'</div>'.repeat(depth)}</body></html>`,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(articleTexts(doc)).toEqual([PARAGRAPH]);
    expect(codes(doc)).toContain('nesting-capped');
  });

  it('copes with a 20 MB attribute value', { timeout: 60_000 }, () => {
    const started = Date.now();
    const doc = htmlDoc(
      `<html><body><div class="${'a'.repeat(20_000_000)}"><p>${PARAGRAPH}</p></div><img alt="${'ب'.repeat(1_000_000)}"></body></html>`,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(articleTexts(doc)).toEqual([PARAGRAPH]);
  });

  it('returns a document with a no-main-content warning for a page with no article', () => {
    const doc = htmlDoc(
      '<html><body><nav><a href="/">الرئيسية</a><a href="/x">أخبار</a></nav><footer>© 2020</footer></body></html>',
    );
    expect(articleTexts(doc)).toEqual([]);
    expect(codes(doc)).toContain('no-main-content');
    expect(htmlDoc('').blocks).toEqual([]);
  });

  it('refuses binary junk declared as HTML with a DocumentError', () => {
    const junk = new Uint8Array(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<html><head><meta charset="utf-8"></head><body>'),
      ...junk,
    ]);
    const { text } = decodeHtmlBytes(bytes);
    expect(() => htmlDoc(text)).toThrow(DocumentError);
    expect(() => htmlDoc(text)).toThrow(expect.objectContaining({ code: 'binary-content' }));
  });
});
