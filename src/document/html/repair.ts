/**
 * htmlparser2 builds the tree the markup spells out; a browser builds the tree the HTML standard's
 * tree builder makes of it. The two differ on pages that leave out optional tags or misplace
 * content, and where the difference changes what a reader sees, the tree is repaired here to the
 * browser's shape:
 *
 * - the page's skeleton: every page gets <html>, <head> and <body>; head content stops at the first
 *   thing that is not head content (a stray <div> or text in <head> starts the body, as it does in a
 *   browser), content before <body> or after </body> belongs to the body, and a skeleton tag
 *   written inside the page is no element;
 * - a row, cell or other table part outside any table is no element;
 * - a heading opened straight inside another closes that one;
 * - tables: rows sit in a <tbody> (the browser adds one when the markup has none), cells in a row,
 *   text or elements that stand between a table's rows are shown before the table, and a table
 *   written among another's rows closes that one;
 * - an HTML element such as <p> inside an <svg> or <math> element closes it.
 *
 * Not repaired (held against parse5 in tests/unit/document/html/parse.test.ts): an end tag that a browser ignores
 * because a table cell or a list stands between it and its element (htmlparser2 closes the cell);
 * an end tag with no element open before the body starts; misnested inline formatting (`<b><p>x</b>y</p>`, the standard's "adoption agency"),
 * which moves no text between blocks except a trailing fragment, and a <table> inside a <p> of a page
 * without a doctype (quirks mode), which keeps the paragraph open after the table in a browser:
 * the text after the table is the same, only its element differs.
 */
import { Element, Text } from 'domhandler';
import type { AnyNode, Document, ParentNode } from 'domhandler';
import { forEachNode, isElement } from './dom.js';
import { HEADING_TAGS, HEADINGS } from './headings.js';

export function repairTree(document: Document): void {
  const skeleton = repairSkeleton(document);
  const { tables, foreign, misplaced, nestedHeadings } = partsToRepair(document, skeleton);
  for (const element of misplaced) unwrapMisplaced(element, skeleton);
  for (const heading of nestedHeadings) {
    // A heading moved out with an earlier one's following siblings stands in no heading any more.
    const parent = heading.parent as AnyNode;
    if (isElement(parent) && HEADINGS.has(parent.name)) moveOutAfter(parent, heading);
  }
  for (const root of foreign) repairForeignContent(root);
  for (const table of tables) {
    const nested = tableInTable(table);
    if (nested) moveOutAfter(table, nested);
    repairTable(table);
  }
}

/** Elements a browser keeps in <head> while they come before any content. */
const HEAD_CONTENT = new Set([
  'base',
  'basefont',
  'bgsound',
  'link',
  'meta',
  'title',
  'noscript',
  'script',
  'style',
  'template',
  'noframes',
]);
const SKELETON = new Set(['html', 'head', 'body']);
/** The white space of HTML: what may stand in <head> or between table rows without being content. */
const HTML_SPACE = /^[ \t\n\f\r]*$/;
const LEADING_SPACE = /^[ \t\n\f\r]*/;

interface Skeleton {
  html: Element;
  head: Element;
  body: Element;
}

/**
 * Rebuilds the page as document → html → (head, body), keeping the page's own html, head and body
 * elements (with their attributes and source lines) where it has them.
 */
function repairSkeleton(document: Document): Skeleton {
  const found: { html?: Element; head?: Element; body?: Element } = {};
  const atTop: AnyNode[] = [];
  const head: AnyNode[] = [];
  const body: AnyNode[] = [];
  let inBody = false;
  const place = (node: AnyNode): void => {
    if (isElement(node) && SKELETON.has(node.name)) {
      const name = node.name as 'html' | 'head' | 'body';
      if (!found[name]) found[name] = node;
      else mergeAttributes(found[name]!, node);
      if (name === 'body') inBody = true;
      for (const child of [...node.children]) place(child);
      return;
    }
    if (inBody) {
      body.push(node);
      return;
    }
    if (node.type === 'text') {
      const text = node as Text;
      if (HTML_SPACE.test(text.data)) {
        head.push(text);
        return;
      }
      const space = LEADING_SPACE.exec(text.data)![0];
      if (space !== '') head.push(splitOff(text, space.length));
      inBody = true;
      body.push(text);
      return;
    }
    if (!isElement(node)) {
      // A doctype or comment before <html> stays at the top, as a browser keeps it.
      (found.html || found.head ? head : atTop).push(node);
      return;
    }
    if (HEAD_CONTENT.has(node.name)) {
      head.push(node);
      return;
    }
    inBody = true;
    body.push(node);
  };
  for (const node of [...document.children]) place(node);

  const html = found.html ?? new Element('html', {});
  const headElement = found.head ?? new Element('head', {});
  const bodyElement = found.body ?? new Element('body', {});
  adopt(headElement, head);
  adopt(bodyElement, body);
  adopt(html, [headElement, bodyElement]);
  adopt(document, [...atTop, html]);
  return { html, head: headElement, body: bodyElement };
}

/**
 * An <html>, <head> or <body> tag inside the page (htmlparser2 nests it where it stands), or a row,
 * cell or other table part outside any table, is no element in a browser: its children take its
 * place, and the attributes of <html> and <body> go to the page's own element.
 */
function unwrapMisplaced(element: Element, skeleton: Skeleton): void {
  if (element.name === 'html' || element.name === 'body') mergeAttributes(skeleton[element.name], element);
  const parent = element.parent!;
  const at = parent.children.indexOf(element);
  adopt(parent, [...parent.children.slice(0, at), ...element.children, ...parent.children.slice(at + 1)]);
}

/** A second <html> or <body> tag adds the attributes the first lacks, as in a browser. */
function mergeAttributes(into: Element, from: Element): void {
  for (const [name, value] of Object.entries(from.attribs)) if (!(name in into.attribs)) into.attribs[name] = value;
}

/** Cuts the first `length` characters off a text node into a new node, which starts where the old one did. */
function splitOff(text: Text, length: number): Text {
  const head = new Text(text.data.slice(0, length));
  head.startIndex = text.startIndex;
  text.data = text.data.slice(length);
  if (text.startIndex !== null) text.startIndex += length;
  return head;
}

/**
 * Makes `children` the children of `parent`, in this order, with every link between them set. Text
 * nodes that end up side by side become one, as a browser's parser appends text to the text before it.
 */
function adopt(parent: ParentNode, children: AnyNode[]): void {
  const merged: AnyNode[] = [];
  for (const child of children) {
    const last = merged[merged.length - 1];
    if (last?.type === 'text' && child.type === 'text') (last as Text).data += (child as Text).data;
    else merged.push(child);
  }
  parent.children = merged;
  merged.forEach((child, i) => {
    child.parent = parent;
    child.prev = merged[i - 1] ?? null;
    child.next = merged[i + 1] ?? null;
  });
}

/**
 * The page's tables, its outermost <svg> and <math> elements, its misplaced skeleton tags and table
 * parts, and its headings opened straight inside a heading, by one walk.
 */
function partsToRepair(
  root: ParentNode,
  skeleton: Skeleton,
): { tables: Element[]; foreign: Element[]; misplaced: Element[]; nestedHeadings: Element[] } {
  const tables: Element[] = [];
  const foreign: Element[] = [];
  const misplaced: Element[] = [];
  const nestedHeadings: Element[] = [];
  forEachNode(root, (node) => {
    if (!isElement(node)) return false;
    if (node.name === 'table') tables.push(node);
    else if (
      HEADINGS.has(node.name) &&
      isElement(node.parent as AnyNode) &&
      HEADINGS.has((node.parent as Element).name)
    )
      nestedHeadings.push(node);
    else if (SKELETON.has(node.name) && node !== skeleton[node.name as keyof Skeleton]) misplaced.push(node);
    else if (TABLE_PARTS.has(node.name) && !inTable(node)) misplaced.push(node);
    if (node.name !== 'svg' && node.name !== 'math') return true;
    foreign.push(node);
    return false;
  });
  return { tables, foreign, misplaced, nestedHeadings };
}

/** HTML elements that end an <svg> or <math> element they are found in, in a browser. */
const BREAKS_OUT_OF_FOREIGN = new Set([
  'b',
  'big',
  'blockquote',
  'body',
  'br',
  'center',
  'code',
  'dd',
  'div',
  'dl',
  'dt',
  'em',
  'embed',
  ...HEADING_TAGS,
  'head',
  'hr',
  'i',
  'img',
  'li',
  'listing',
  'menu',
  'meta',
  'nobr',
  'ol',
  'p',
  'pre',
  'ruby',
  's',
  'small',
  'span',
  'strong',
  'strike',
  'sub',
  'sup',
  'table',
  'tt',
  'u',
  'ul',
  'var',
]);
/** Elements of SVG and MathML that hold HTML. */
const HTML_INSIDE_FOREIGN = new Set([
  'foreignobject',
  'desc',
  'title',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
]);

/**
 * An HTML element such as <p> or <div> inside an <svg> (one left unclosed, say) closes the <svg> in a
 * browser: it and what follows are page content, not a drawing the front end drops.
 */
function repairForeignContent(root: Element): void {
  let breakout: Element | null = null;
  forEachNode(root, (node) => {
    if (breakout || !isElement(node) || HTML_INSIDE_FOREIGN.has(node.name)) return false;
    if (BREAKS_OUT_OF_FOREIGN.has(node.name)) breakout = node;
    return breakout === null;
  });
  if (breakout) moveOutAfter(root, breakout);
}

/** A <table> written among another table's rows: a browser closes the outer table there. */
function tableInTable(table: Element): Element | null {
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === 'table') return child;
    if (!SECTIONS.has(child.name) && child.name !== 'tr') continue;
    for (const row of child.name === 'tr' ? [child] : child.children) {
      if (!isElement(row)) continue;
      if (row.name === 'table') return row;
      if (row.name === 'tr') for (const cell of row.children) if (isElement(cell) && cell.name === 'table') return cell;
    }
  }
  return null;
}

/** Moves `node` and everything after it inside `container` to just after `container`, in document order. */
function moveOutAfter(container: Element, node: AnyNode): void {
  const moved: AnyNode[] = [];
  for (let current = node; current !== container; current = current.parent as AnyNode) {
    const parent = current.parent!;
    const cut = parent.children.indexOf(current) + (current === node ? 0 : 1);
    moved.push(...parent.children.slice(cut));
    adopt(parent, parent.children.slice(0, cut));
  }
  const outer = container.parent!;
  const at = outer.children.indexOf(container) + 1;
  adopt(outer, [...outer.children.slice(0, at), ...moved, ...outer.children.slice(at)]);
}

const SECTIONS = new Set(['tbody', 'thead', 'tfoot']);
const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'col', 'colgroup']);

function inTable(node: Element): boolean {
  for (let parent = node.parent; parent && isElement(parent); parent = parent.parent)
    if (parent.name === 'table') return true;
  return false;
}
const CELLS = new Set(['td', 'th']);
/** Parts of a table besides its rows. */
const TABLE_KEEPS = new Set(['caption', 'colgroup', 'col']);

/**
 * A table as a browser builds it: rows in sections (an implied <tbody> around rows written straight
 * into <table>), cells in rows, and anything else found between rows moved before the table.
 */
function repairTable(table: Element): void {
  const outside: AnyNode[] = [];
  const kept: AnyNode[] = [];
  let implied: Element | null = null;
  const rows: AnyNode[] = [];
  const closeImplied = (): void => {
    if (implied) adopt(implied, rowsOf(rows.splice(0), outside));
    implied = null;
  };
  for (const child of withFormsOpened(table.children)) {
    if (isElement(child) && SECTIONS.has(child.name)) {
      closeImplied();
      adopt(child, rowsOf(withFormsOpened(child.children), outside));
      kept.push(child);
    } else if (isElement(child) && (child.name === 'tr' || CELLS.has(child.name))) {
      if (!implied) kept.push((implied = new Element('tbody', {})));
      rows.push(child);
    } else if (staysInTable(child)) {
      (implied ? rows : kept).push(child);
    } else if (isElement(child) && TABLE_KEEPS.has(child.name)) {
      closeImplied();
      kept.push(child);
    } else {
      outside.push(child);
    }
  }
  closeImplied();
  adopt(table, kept);
  if (outside.length > 0) insertBefore(table, outside);
}

/** The rows of a table section: cells written straight into it get a row; anything else goes before the table. */
function rowsOf(children: AnyNode[], outside: AnyNode[]): AnyNode[] {
  const rows: AnyNode[] = [];
  let implied: Element | null = null;
  let cells: AnyNode[] = [];
  const closeImplied = (): void => {
    if (implied) adopt(implied, cells);
    implied = null;
    cells = [];
  };
  for (const child of children) {
    if (isElement(child) && child.name === 'tr') {
      closeImplied();
      adopt(child, cellsOf(withFormsOpened(child.children), outside));
      rows.push(child);
    } else if (isElement(child) && CELLS.has(child.name)) {
      if (!implied) rows.push((implied = new Element('tr', {})));
      cells.push(child);
    } else if (staysInTable(child)) {
      (implied ? cells : rows).push(child);
    } else {
      outside.push(child);
    }
  }
  closeImplied();
  return rows;
}

function cellsOf(children: AnyNode[], outside: AnyNode[]): AnyNode[] {
  const cells: AnyNode[] = [];
  for (const child of children) {
    if ((isElement(child) && CELLS.has(child.name)) || staysInTable(child)) cells.push(child);
    else outside.push(child);
  }
  return cells;
}

/** White space, comments, scripts, styles and (emptied) forms stay where they are among rows; text and other elements do not. */
function staysInTable(node: AnyNode): boolean {
  if (node.type === 'text') return HTML_SPACE.test((node as Text).data);
  if (!isElement(node)) return true;
  return IN_TABLE.has(node.name) || (node.name === 'input' && node.attribs.type?.toLowerCase() === 'hidden');
}
const IN_TABLE = new Set(['script', 'style', 'template', 'form']);

/**
 * A <form> between rows holds nothing in a browser: its rows and cells belong to the table. The
 * form stays, empty, and what htmlparser2 put in it follows it.
 */
function withFormsOpened(children: AnyNode[]): AnyNode[] {
  if (!children.some((c) => isElement(c) && c.name === 'form')) return [...children];
  return children.flatMap((child) => {
    if (!isElement(child) || child.name !== 'form') return [child];
    const inner = [...child.children];
    adopt(child, []);
    return [child, ...withFormsOpened(inner)];
  });
}

function insertBefore(anchor: Element, nodes: AnyNode[]): void {
  const parent = anchor.parent!;
  const at = parent.children.indexOf(anchor);
  adopt(parent, [...parent.children.slice(0, at), ...nodes, ...parent.children.slice(at)]);
}
