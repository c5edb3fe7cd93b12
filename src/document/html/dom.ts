/**
 * Parsing and the few DOM helpers the HTML front end needs. Every walk here is iterative: a page of
 * 100,000 nested divs must not overflow the call stack.
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { repairTree } from './repair.js';
import { prepareSource } from './source.js';

export type { AnyNode, Element, ParentNode };

export interface ParsedPage {
  $: CheerioAPI;
  root: ParentNode;
  /** Where each node starts in the page's source, as a line number. */
  lines: SourceLines;
  /** How many elements nested too deep were flattened (see prepareSource). */
  flattened: number;
}

/**
 * Elements that never carry article text: code, styling, embedded frames and objects, form
 * controls, and the page's <title> (metadata, never shown in the page, even where a browser's parser
 * puts it in the body). Dropped once the metadata has been read, with comments and processing
 * instructions.
 */
const NON_CONTENT = new Set([
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'link',
  'select',
  'option',
  'optgroup',
  'button',
  'input',
  'textarea',
  'datalist',
  'output',
  'progress',
  'meter',
  'dialog',
]);

/**
 * Parses with htmlparser2 (through cheerio): it finds the end of a script, a style or a comment with
 * one string search where a spec parser reads every character, and builds a tree about ten times
 * faster. The source is first made to say what a browser reads (`prepareSource`), and the tree is
 * then repaired where htmlparser2 builds it differently from a browser (`repairTree`). Nodes carry
 * their start offset; `lines` turns it into a line number.
 */
export function parseHtml(html: string): ParsedPage {
  const prepared = prepareSource(wellFormed(html));
  const $ = cheerio.load(prepared.html, { xml: { xmlMode: false, withStartIndices: true } });
  const root = $.root()[0] as Document;
  repairTree(root);
  return { $, root, lines: new SourceLines(prepared.html), flattened: prepared.flattened };
}

/** Line numbers of source offsets: the offsets at which lines start, searched by bisection. */
export class SourceLines {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  /** 1-based line where a node starts, or null for a node the parser did not place (one made by a repair). */
  of(node: AnyNode): number | null {
    const offset = node.startIndex;
    if (offset === null) return null;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}

/** String.prototype.isWellFormed and toWellFormed (ES2024; Node 20 has them). */
interface WellFormedString {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/**
 * Lone surrogates (a JSONL page's "\udc00" escape) become U+FFFD, as a browser decodes them: the
 * parser's tokenizer throws on them.
 */
function wellFormed(html: string): string {
  const text = html as unknown as WellFormedString;
  return text.isWellFormed() ? html : text.toWellFormed();
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * Removes non-content elements, comments, and elements the page hides (`hidden`, `aria-hidden`,
 * inline `display:none`). Run after the metadata has been read: it drops JSON-LD scripts too.
 */
export function pruneNonContent(root: ParentNode): void {
  const doomed: AnyNode[] = [];
  forEachNode(root, (node) => {
    if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') {
      doomed.push(node);
      return false;
    }
    if (!isElement(node)) return true;
    if (NON_CONTENT.has(node.name)) {
      doomed.push(node);
      return false;
    }
    if (isHidden(node)) {
      doomed.push(node);
      return false;
    }
    return true;
  });
  for (const node of doomed) detach(node);
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return (
    style !== undefined &&
    style.length < 2000 &&
    /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style)
  );
}

export function detach(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const at = parent.children.indexOf(node);
  if (at >= 0) parent.children.splice(at, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = node.prev = node.next = null;
}

/**
 * Pre-order walk over `root`'s descendants. `visit` returns false to skip a node's children.
 * `leave`, when given, runs after a node's children (post-order).
 */
export function forEachNode(
  root: ParentNode,
  visit: (node: AnyNode) => boolean,
  leave?: (node: AnyNode) => void,
): void {
  const stack: { node: AnyNode; entered: boolean }[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push({ node: root.children[i]!, entered: false });
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.entered) {
      stack.pop();
      leave?.(frame.node);
      continue;
    }
    frame.entered = true;
    const descend = visit(frame.node);
    const children = 'children' in frame.node ? frame.node.children : [];
    if (!descend || children.length === 0) {
      if (!leave) stack.pop();
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, entered: false });
  }
}

/** Like forEachNode, but the walk includes `root` itself when it is an element. */
export function forEachInSubtree(
  root: ParentNode,
  visit: (node: AnyNode) => boolean,
  leave?: (node: AnyNode) => void,
): void {
  if (!isElement(root as AnyNode)) {
    forEachNode(root, visit, leave);
    return;
  }
  if (visit(root as AnyNode)) forEachNode(root, visit, leave);
  leave?.(root as AnyNode);
}

/** The text of a node and its descendants, white space collapsed and trimmed. */
export function textOf(node: AnyNode): string {
  if (node.type === 'text') return collapseSpace((node as unknown as { data: string }).data);
  const parts: string[] = [];
  if ('children' in node) {
    forEachNode(node as ParentNode, (n) => {
      if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
      else if (isElement(n) && n.name === 'br') parts.push(' ');
      return true;
    });
  }
  return collapseSpace(parts.join(''));
}

/** All the text below a node, as the DOM's textContent gives it: no white space collapsed, no comments. */
export function textContent(node: ParentNode): string {
  const parts: string[] = [];
  forEachNode(node, (n) => {
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    return true;
  });
  return parts.join('');
}

/** HTML white space collapsing; U+00A0 and other Unicode spaces are text and stay, trimmed at the ends. */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Class and id of an element, lowercased: what hint patterns match on. */
export function hintsOf(el: Element): string {
  const cls = el.attribs.class ?? '';
  const id = el.attribs.id ?? '';
  if (cls === '' && id === '') return '';
  return `${cls} ${id}`.slice(0, 500).toLowerCase();
}
