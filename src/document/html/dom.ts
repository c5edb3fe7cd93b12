/**
 * Parsing and the few DOM helpers the HTML front end needs. Every walk here is iterative: a page of
 * 100,000 nested divs must not overflow the call stack.
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';

export type { AnyNode, Element, ParentNode };

export interface ParsedPage {
  $: CheerioAPI;
  root: ParentNode;
  /** How many elements nested too deep were flattened (see limitNesting). */
  flattened: number;
}

/**
 * Elements that never carry article text: code, styling, embedded frames and objects, form
 * controls. Dropped before anything reads the page, with comments and processing instructions.
 */
const NON_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object',
  'embed', 'canvas', 'audio', 'video', 'source', 'track', 'map', 'link', 'select', 'option', 'optgroup',
  'button', 'input', 'textarea', 'datalist', 'output', 'progress', 'meter', 'dialog',
]);

export function parseHtml(html: string): ParsedPage {
  const limited = limitNesting(blankHeavyContent(wellFormed(html)));
  const $ = cheerio.load(limited.html, { sourceCodeLocationInfo: true });
  return { $, root: $.root()[0] as ParentNode, flattened: limited.dropped };
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

/** Longest script, style or attribute value handed to the parser as is. */
const MAX_RAW_CHARS = 100_000;

/**
 * Empties oversized script and style bodies and attribute values before parsing, keeping their
 * line breaks so source lines stay right. The parser reads them a character at a time: a 20 MB
 * inline script would cost seconds for nothing, as scripts are dropped anyway. JSON-LD of a sane
 * size is kept for the metadata reader.
 *
 * Written as scans rather than regexes such as /<script…>([\s\S]*?)<\/script>/g: on a page of
 * unclosed <script> tags (or unclosed quotes) a regex looks for the close from every opening and
 * takes time quadratic in the page; a scan that finds no close remembers that no later one exists.
 */
function blankHeavyContent(html: string): string {
  if (html.length < MAX_RAW_CHARS) return html;
  return blankAttributeValues(blankScriptBodies(html));
}

const lineBreaksOf = (text: string): string => text.replace(/[^\n]+/g, '');

function blankScriptBodies(html: string): string {
  const parts: string[] = [];
  const unclosed = new Set<string>();
  const open = /<(script|style)\b/gi;
  let copied = 0;
  // The next '>' at or after a position: one scan serves every opening tag before it.
  let gt = -1;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const name = m[1]!.toLowerCase();
    if (unclosed.has(name)) continue;
    if (gt < m.index) gt = html.indexOf('>', m.index);
    if (gt < 0) break;
    const bodyStart = gt + 1;
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = bodyStart;
    const end = close.exec(html);
    if (!end) {
      unclosed.add(name);
      continue;
    }
    const structured = /application\/ld\+json/i.test(html.slice(m.index, bodyStart));
    if (end.index - bodyStart > (structured ? MAX_RAW_CHARS * 10 : MAX_RAW_CHARS)) {
      parts.push(html.slice(copied, bodyStart), lineBreaksOf(html.slice(bodyStart, end.index)));
      copied = end.index;
    }
    open.lastIndex = close.lastIndex;
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

function blankAttributeValues(html: string): string {
  const parts: string[] = [];
  const unclosed = new Set<string>();
  let copied = 0;
  for (let equals = html.indexOf('='); equals >= 0; ) {
    let at = equals + 1;
    while (at < html.length && /\s/.test(html[at]!)) at++;
    const quote = html[at];
    if ((quote !== '"' && quote !== "'") || unclosed.has(quote)) {
      equals = html.indexOf('=', equals + 1);
      continue;
    }
    const end = html.indexOf(quote, at + 1);
    if (end < 0) {
      unclosed.add(quote);
      equals = html.indexOf('=', equals + 1);
      continue;
    }
    if (end - at + 1 > MAX_RAW_CHARS) {
      parts.push(html.slice(copied, at), '""', lineBreaksOf(html.slice(at, end + 1)));
      copied = end + 1;
    }
    equals = html.indexOf('=', end + 1);
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

/** Deeper than any real page; browsers cap their trees at a similar depth (Blink: 512). */
export const MAX_NESTING = 512;

/** Tags that never nest (void) or that the parser closes by itself when the next one opens. */
const NON_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  'rb', 'rt', 'rp', 'a', 'nobr', 'script', 'style',
]);

/**
 * Drops the opening tags that would nest deeper than `max` (and as many matching closing tags):
 * the HTML parser slows down with the square of the depth, so 100,000 nested divs would take
 * minutes. Text is kept; only the excess structure goes.
 */
function limitNesting(html: string, max = MAX_NESTING): { html: string; dropped: number } {
  let depth = 0;
  let dropped = 0;
  const suppressed = new Map<string, number>();
  const out = html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^<>]*?(\/?)>/g, (tag, closing: string, rawName: string, selfClosing: string) => {
    const name = rawName.toLowerCase();
    if (NON_NESTING.has(name) || selfClosing === '/') return tag;
    if (closing) {
      const pending = suppressed.get(name) ?? 0;
      if (pending > 0) {
        suppressed.set(name, pending - 1);
        return '';
      }
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth >= max) {
      suppressed.set(name, (suppressed.get(name) ?? 0) + 1);
      dropped++;
      return '';
    }
    depth++;
    return tag;
  });
  return { html: dropped > 0 ? out : html, dropped };
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
  return style !== undefined && style.length < 2000 && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
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
export function forEachNode(root: ParentNode, visit: (node: AnyNode) => boolean, leave?: (node: AnyNode) => void): void {
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
export function forEachInSubtree(root: ParentNode, visit: (node: AnyNode) => boolean, leave?: (node: AnyNode) => void): void {
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

/** 1-based source line where a node starts, or null when the parser gave no location. */
export function sourceLine(node: AnyNode): number | null {
  const location = (node as { sourceCodeLocation?: { startLine?: number } | null }).sourceCodeLocation;
  return location?.startLine ?? null;
}
