/**
 * DOM → blocks, in reading order. A block is the text between two block boundaries: entering or
 * leaving a block-level element, or a `<br>`. Inline elements (links, emphasis, spans) stay inside
 * their paragraph. Each block remembers the element that holds it (`owner`), so the content scorer
 * can judge blocks by their place in the page.
 */
import type { Link } from '../model.js';
import type { AnyNode, Element, ParentNode } from './dom.js';
import type { SourceLines } from './dom.js';
import { collapseSpace, forEachNode, isElement } from './dom.js';
import { HEADING_TAGS, HEADINGS } from './headings.js';

type RawKind = 'heading' | 'paragraph' | 'list-item';

export interface RawBlock {
  kind: RawKind;
  text: string;
  /** The block-level element the text sits in (its tag becomes `Block.tag`). */
  owner: Element;
  depth: number;
  gapBefore: boolean;
  line: number;
  links: Link[];
  /** Characters of `text` that are link text: the block's link density is linkChars / text.length. */
  linkChars: number;
}

/** Elements that start a new block (the HTML block-level and table elements). */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  ...HEADING_TAGS,
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const ITEMS = new Set(['li', 'dt', 'dd']);
/**
 * A letter against a digit across an element's edge ("<span>بقلم: سارة محمود</span><time>12 مارس</time>"): two
 * elements the page's style sets apart, whose texts would make one word; no word of a text is so written (but
 * a number after a tatweel: "الـ<b>19</b>").
 */
const LETTER_AND_DIGIT = /^(?:(?!ـ)\p{L}\p{N}|\p{N}\p{L})$/u;
const LISTS = new Set(['ul', 'ol', 'dl', 'menu']);

/**
 * The blocks of everything below `root` (normally `<body>`), resolving link targets with `resolve`
 * (which returns null for links that lead nowhere: `javascript:`, bare fragments), each with the
 * source line `lines` gives its first text.
 */
export function collectBlocks(
  root: ParentNode,
  resolve: (href: string) => string | null,
  lines: SourceLines,
): RawBlock[] {
  const blocks: RawBlock[] = [];
  const openBlocks: Element[] = isElement(root as AnyNode) ? [root as Element] : [];
  /** Innermost open heading or list item decides the kind; with the list nesting at the time it opened. */
  const kindContext: { kind: RawKind; depth: number }[] = [];
  let openLists = 0;

  let buffer = '';
  let bufferLine: number | null = null;
  let segmentLinks: { text: string; href: string }[] = [];
  let anchor: { href: string | null; start: number } | null = null;
  /** Line breaks seen since the last block: one `<br>` is a line break, two or more a paragraph break. */
  let pendingBreaks = 0;
  let pendingGap = false;
  /** An inline element opened or closed since the last text: two of them side by side print apart. */
  let inlineBoundary = false;

  const closeAnchorSegment = (): void => {
    if (!anchor) return;
    const text = collapseSpace(buffer.slice(anchor.start));
    if (anchor.href !== null && text !== '') segmentLinks.push({ text, href: anchor.href });
    anchor.start = buffer.length;
  };

  const flush = (owner: Element | undefined, boundary: 'block' | 'break'): void => {
    closeAnchorSegment();
    const text = collapseSpace(buffer);
    if (text !== '' && owner) {
      const context = kindContext[kindContext.length - 1];
      const links = segmentLinks;
      blocks.push({
        kind: context?.kind ?? 'paragraph',
        text,
        owner,
        depth: context?.kind === 'list-item' ? context.depth : 0,
        gapBefore: blocks.length > 0 && (pendingGap || pendingBreaks !== 1),
        line: bufferLine ?? lines.of(owner) ?? 1,
        links,
        linkChars: Math.min(
          text.length,
          links.reduce((sum, link) => sum + link.text.length, 0),
        ),
      });
      pendingBreaks = 0;
      pendingGap = false;
    } else if (buffer.trim() === '' && /\u00a0/.test(buffer)) {
      pendingGap = true; // an NBSP-only spacer: a blank line, as in text dumps
    }
    if (boundary === 'block') {
      pendingBreaks = 0;
      pendingGap = pendingGap || blocks.length > 0;
    }
    buffer = '';
    bufferLine = null;
    segmentLinks = [];
    if (anchor) anchor.start = 0;
  };

  const enter = (node: AnyNode): boolean => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (bufferLine === null && /\S/.test(data)) bufferLine = lines.of(node);
      if (inlineBoundary && LETTER_AND_DIGIT.test(`${buffer.slice(-1)}${data.slice(0, 1)}`)) buffer += ' ';
      inlineBoundary = false;
      buffer += data;
      return false;
    }
    if (!isElement(node)) return false;
    const name = node.name;
    inlineBoundary = true;
    if (name === 'head') return false;
    if (name === 'br') {
      flush(openBlocks[openBlocks.length - 1], 'break');
      pendingBreaks++;
      return false;
    }
    if (name === 'a') {
      closeAnchorSegment();
      anchor = { href: node.attribs.href === undefined ? null : resolve(node.attribs.href), start: buffer.length };
      return true;
    }
    if (BLOCK_TAGS.has(name)) {
      flush(openBlocks[openBlocks.length - 1], 'block');
      openBlocks.push(node);
      if (LISTS.has(name)) openLists++;
      if (HEADINGS.has(name)) kindContext.push({ kind: 'heading', depth: 0 });
      if (ITEMS.has(name)) kindContext.push({ kind: 'list-item', depth: Math.max(0, openLists - 1) });
    }
    return true;
  };

  const leave = (node: AnyNode): void => {
    if (!isElement(node)) return;
    inlineBoundary = true;
    const name = node.name;
    if (name === 'a') {
      closeAnchorSegment();
      anchor = null;
      return;
    }
    if (!BLOCK_TAGS.has(name)) return;
    flush(node, 'block');
    openBlocks.pop();
    if (LISTS.has(name)) openLists--;
    if (HEADINGS.has(name) || ITEMS.has(name)) kindContext.pop();
  };

  forEachNode(root, enter, leave);
  flush(openBlocks[openBlocks.length - 1], 'block');
  return blocks;
}
