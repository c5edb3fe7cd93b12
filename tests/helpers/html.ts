import { readFileSync } from 'node:fs';
import { htmlToDocument, type HtmlOptions } from '../../src/document/html/index.js';
import type { Document } from '../../src/document/model.js';
import { decodeHtmlBytes } from '../../src/io/charset.js';
import { goldenCase } from './fixtures.js';

/** The bytes of the page of fixtures/html/<site>/ (its source.html). */
export function pageBytes(site: string): Buffer {
  return readFileSync(goldenCase(`html/${site}`).source);
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
