import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToDocument, type HtmlOptions } from '../../src/document/html/index.js';
import type { Document } from '../../src/document/model.js';
import { decodeHtmlBytes } from '../../src/io/charset.js';

export const HTML_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'html');

/** The bytes of the page under fixtures/html/<site>/. */
export function pageBytes(site: string): Buffer {
  const file = readdirSync(join(HTML_FIXTURES, site)).find((f) => f.endsWith('.html'))!;
  return readFileSync(join(HTML_FIXTURES, site, file));
}

export function htmlDoc(html: string, options: HtmlOptions = {}): Document {
  return htmlToDocument(html, { file: 'test.html', doc: 0, line: 1, id: null, url: null }, options);
}

export function pageDoc(site: string): Document {
  return htmlDoc(decodeHtmlBytes(pageBytes(site)).text);
}

/** Texts of the blocks the content scorer kept as the article. */
export function articleTexts(doc: Document): string[] {
  return doc.blocks.filter((b) => !b.outside).map((b) => b.text);
}
