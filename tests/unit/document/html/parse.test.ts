/**
 * The HTML front end parses with htmlparser2 and repairs the tree to a browser's shape (src/document/
 * html/source.ts, repair.ts). These tests hold it against parse5, which implements the HTML standard's
 * tree builder (cheerio's default parser): on malformed markup of the kinds real pages have, the
 * blocks (text, kind, depth, gap, source line, element) must come out the same.
 */
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../../src/document/html/blocks.js';
import type { AnyNode, Element, ParentNode } from '../../../../src/document/html/dom.js';
import { forEachNode, isElement, parseHtml, pruneNonContent } from '../../../../src/document/html/dom.js';
import { articleTexts, htmlDoc } from '../../../helpers/html.js';

const P = 'قال المتحدث باسم الوزارة، في بيان صدر اليوم، إن الحكومة ستواصل دعم القطاع الصحي.';

interface LineSource {
  of(node: AnyNode): number | null;
}

function blocksOf(root: ParentNode, lines: LineSource): string[] {
  pruneNonContent(root);
  let body: Element | undefined;
  forEachNode(root, (node) => {
    if (!body && isElement(node) && node.name === 'body') body = node;
    return body === undefined;
  });
  return collectBlocks(body ?? root, (href) => href, lines as never).map(
    (b) => `${b.line} ${b.kind}/${b.depth} <${b.owner.name}>${b.gapBefore ? ' gap' : ''} ${b.text}`,
  );
}

/** Blocks read from the tree of the HTML standard's algorithm (parse5 with source locations). */
function specBlocks(html: string): string[] {
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true });
  const lines = {
    of: (node: AnyNode) =>
      (node as { sourceCodeLocation?: { startLine: number } | null }).sourceCodeLocation?.startLine ?? null,
  };
  return blocksOf($.root()[0] as ParentNode, lines);
}

function ourBlocks(html: string): string[] {
  const { root, lines } = parseHtml(html);
  return blocksOf(root, lines);
}

/** Markup that leaves out optional tags or puts content where it does not belong. */
const MALFORMED: Record<string, string> = {
  'a fragment without html, head or body': `<p>${P}</p>\n<p>${P}</p>`,
  'bare text with line breaks': `${P}<br>\n${P}<br><br>\n${P}`,
  'a title and paragraphs, no skeleton': `<title>عنوان</title>\n<p>${P}</p>`,
  'head left open, body tag left out': `<html><head><title>عنوان</title>\n<p>${P}</p>\n<p>${P}</p>`,
  'an element in <head> starts the body': `<html><head><meta name="x" content="y">\n<div class="menu">قائمة</div>\n<script>var a;</script></head>\n<body><p>${P}</p></body></html>`,
  'text in <head> starts the body': `<html><head>\n  //Put this in the <head> section\n<style>p{}</style></head><body>\n<p>${P}</p></body></html>`,
  'content after </html>': `<html><body><p>${P}</p></body></html>\n<p>${P}</p>`,
  'content before <body>': `<html><head></head>\n<div>${P}</div>\n<body dir="rtl"><p>${P}</p></body></html>`,
  'text before <html>': `${P}\n<html><body><p>${P}</p></body></html>`,
  'a table without <tbody>': `<div class="article"><table><tr><td><p>${P}</p>\n<p>${P}</p></td></tr></table></div>`,
  'cells written straight into a table': `<table>\n<td>${P}</td><td>${P}</td></table>`,
  'text between table rows': `<table>\nنص شارد ${P}<tr><td>${P}</td></tr></table>`,
  'a div between table rows': `<table><tr><td>${P}</td></tr>\n<div>${P}</div></table>`,
  'a form around table rows': `<table><form><tr><td>${P}</td></tr></form></table>`,
  'a table among the rows of another': `<table><tr><td>${P}</td>\n<table><tr><td>${P}</td></tr></table></tr></table>`,
  'unclosed paragraphs and list items': `<ul><li>${P}<li>${P}\n<li><div>${P}</div></ul><p>${P}<p>${P}`,
  'a stray </p> and </br>': `<div>${P}</p>${P}</br>${P}</div>`,
  'a paragraph inside an unclosed <svg>': `<svg><path d="M0"/>\n<p>${P}</p>\n<p>${P}</p>`,
  'a script that writes script tags from an HTML comment': `<p>${P}</p><script><!--\ndocument.write("<script src=x></script>");\n//--></script>\n<p>${P}</p>`,
  'a comment closed by --!>': `<p>${P}</p><!-- note --!>\n<p>${P}</p>`,
  'a </> tag': `<p>a</>b ${P}</p>`,
  'CR LF line ends and NUL characters': `<div>\r\n<p>${P}\r\n${P}</p>\r<p>\0${P}</p></div>`,
  'entities with and without semicolons': `<p>&nbsp;نص&amp;نص &amp نص &copy2020 &notit; &#x627;&#1575 &#128; &#0; ${P}</p>`,
  'uppercase tags and duplicate attributes': `<DIV CLASS="Article" class="x"><P>${P}</P><P>${P}</DIV>`,
  'headings in headings': `<h2>عنوان فرعي<h3>عنوان ثالث</h3></h2><p>${P}`,
  'a second body tag': `<body><p>${P}</p>\n<body dir="rtl"><p>${P}</p>`,
  'nested links': `<p><a href="/1">رابط أول<a href="/2">رابط ثان</a></a> ${P}</p>`,
  // The random tag soup below found it (seed 12251289): <li> closes an open <p> in a browser.
  'a list item opened inside a paragraph, then </p>': `<!DOCTYPE html><body><p><li></p>text`,
  'list items and a definition opened inside paragraphs': `<p>${P}<li>${P}</p>${P}<p><b>${P}</b><dt>${P}<p>${P}<dd>${P}`,
  // Found by the random tag soup too: the third heading was moved out of <body> and lost with its text.
  'two headings opened inside another, a table in the last': `<!DOCTYPE html><body><h2><h2></h2><h2><table>نص شارد<tr><td></table>`,
  'a menu and a summary opened inside paragraphs': `<p>${P}<menu><li>${P}</menu><p>${P}<details><summary>${P}</summary></details>`,
};

describe('htmlparser2 with repairs against the HTML standard (parse5)', () => {
  for (const [name, html] of Object.entries(MALFORMED)) {
    it(`gives the same blocks: ${name}`, () => {
      expect(ourBlocks(html)).toEqual(specBlocks(html));
    });
  }

  it('gives the same blocks on random tag soup of optional end tags and tables', () => {
    // Inline elements come closed: an end tag that a browser ignores because a table cell stands in the
    // way is not repaired (see repair.ts).
    const inline = [
      P,
      'كلمة',
      '\n',
      ' ',
      '<br>',
      '<span>كلمة</span>',
      `<a href="/x">${P}</a>`,
      '<b>عاجل</b>',
      '<!-- c -->',
    ];
    const soup = [
      ...inline,
      '<p>',
      '</p>',
      '<div>',
      '</div>',
      '<ul>',
      '<li>',
      '</ul>',
      '<h2>',
      '</h2>',
      '<title>عنوان</title>',
      '<meta name="a" content="b">',
      '<script>var a = "<p>";</script>',
      '<style>p{}</style>',
    ];
    const cell = fc.array(fc.constantFrom(...inline, '<p>'), { maxLength: 4 }).map((parts) => parts.join(''));
    // A table with or without <tbody>, with or without end tags, with text or comments between rows.
    const table = fc
      .tuple(
        fc.boolean(),
        fc.boolean(),
        fc.array(
          fc.tuple(fc.array(cell, { minLength: 1, maxLength: 3 }), fc.constantFrom('', 'نص شارد', '<!-- x -->', '\n')),
          { maxLength: 3 },
        ),
      )
      .map(
        ([tbody, closed, rows]) =>
          `<table>${tbody ? '<tbody>' : ''}${rows.map(([cells, stray]) => `${stray}<tr>${cells.map((c) => `<td>${c}${closed ? '</td>' : ''}`).join('')}${closed ? '</tr>' : ''}`).join('')}${tbody ? '</tbody>' : ''}</table>`,
      );
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...soup), table), { maxLength: 30 }), (parts) => {
        // With a doctype (without one a browser keeps a <p> open around a <table>: see repair.ts), in
        // the body (what comes before it is held against the browser by the cases above).
        const html = `<!DOCTYPE html><body>${parts.join('')}`;
        expect(ourBlocks(html)).toEqual(specBlocks(html));
      }),
      { numRuns: 500 },
    );
  });

  it('differs only where a browser moves text between blocks by misnested formatting (kept as written)', () => {
    // A browser closes <b> at the second <p> and reopens it inside: " نص" joins that paragraph.
    // htmlparser2 keeps the second <p> inside <b>, so " نص" after </b> is a paragraph of its own.
    const html = `<p><b>${P}<p>${P}</b> نص</p>`;
    const texts = (blocks: string[]): string[] => blocks.map((b) => b.replace(/^.*?> (?:gap )?/, ''));
    expect(texts(specBlocks(html))).toEqual([P, `${P} نص`]);
    expect(texts(ourBlocks(html))).toEqual([P, P, 'نص']);
  });

  it('reads no metadata from inside <noscript>, as a browser that runs scripts does not', () => {
    const doc = htmlDoc(
      `<head><noscript><meta property="og:title" content="عنوان مخفي"></noscript><title>عنوان الصفحة</title></head><body><p>${P}</p></body>`,
    );
    expect(doc.meta.title).toBe('عنوان الصفحة');
    expect(articleTexts(doc)).toEqual([P]);
  });
});
