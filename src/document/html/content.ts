/**
 * The generic content scorer: which blocks are the article. No site rules, only what any news page
 * shows: the article is a container of long, punctuated, link-poor paragraphs; furniture (menus,
 * sidebars, share rows, related lists, comments) is short, link-dense or named so in its class.
 *
 * 1. Every paragraph-like block scores by its length and punctuation (Latin and Arabic commas and
 *    sentence ends); the score flows to the containers above it, halving and thinning with distance.
 * 2. A container's score is weighted by its class/id hints and discounted by its link density; the
 *    best one is the article root. Siblings of the root that read like article text join it (pages
 *    split a body around ads and pull quotes).
 * 3. Inside the root, furniture containers and link-dense sub-lists are left out.
 *
 * Written for this project after reading how Readability and trafilatura approach the problem.
 */
import type { Element, ParentNode } from './dom.js';
import { forEachInSubtree, hintsOf, isElement, textOf } from './dom.js';
import type { RawBlock } from './blocks.js';
import { hintWeight, isFurniture, isFurnitureTag } from './hints.js';
import { opensWithReadAlso } from './related.js';
import { HEADING_TAGS } from './headings.js';

export interface ContentVerdict {
  /** `inside[i]` is true when `blocks[i]` belongs to the article. */
  inside: boolean[];
  /** The containers chosen as the article (root and joined siblings); empty when none was found. */
  roots: Element[];
  /** The headlines of further articles printed in full beside the page's own (articleTexts). */
  furtherHeadlines: Set<number>;
}

interface Stats {
  chars: number;
  linkChars: number;
  /** Sum of the paragraph scores of the blocks below. */
  score: number;
  /** How many of the blocks below score (paragraphs, not labels or list items). */
  paragraphs: number;
}

// The content scorer's heuristics, in one block (issue 12): a paragraph's score, how it flows up, the root's
// widening and siblings, and what inside the root is left out.
/** Shorter blocks are labels, captions and buttons: they give no score. */
const MIN_PARAGRAPH_CHARS = 25;
/** A paragraph scores a point per comma and half a point per sentence end (a sentence has its commas too)… */
const SENTENCE_END_POINTS = 0.5;
/** …and a point per hundred characters, up to three, as Readability does: length counts, but not without limit. */
const CHARS_PER_POINT = 100;
const MAX_LENGTH_POINTS = 3;
/** Its container gets all of a paragraph's score, the one above half, and 1/(3·level) further up (Readability's thinning). */
const GRANDPARENT_SHARE = 0.5;
const DISTANT_SHARE_DIVISOR = 3;
/** Above this many levels a container is the page's layout, not the article's. */
const SCORED_LEVELS = 5;
/** The best container moves up to an only-child parent that adds at most a fifth more text (a wrapper's caption or byline). */
const WRAPPER_MAX_GROWTH = 1.2;
/** A sibling of the root joins it when it scores a fifth of the root's score, and at least this much (one good paragraph). */
const SIBLING_SCORE_SHARE = 0.2;
const SIBLING_MIN_SCORE = 10;
/**
 * Under a linked headline (a further article printed in full), a text of two good paragraphs is a story of its
 * own however long the page's article is: a teaser under its headline has a sentence or two.
 */
const FURTHER_TEXT_MIN_SCORE = 2 * SIBLING_MIN_SCORE;
/** …or of this many paragraphs, however short (a market report's lines of figures): a teaser has one. */
const FURTHER_TEXT_MIN_PARAGRAPHS = 2;
const HEADING_TAG = /^h[2-6]$/;
const LIST_TAG = /^[uo]l$/;
/** A sibling with the root's class gets a fifth of the root's score more (Readability's same-class bonus). */
const SAME_CLASS_BONUS = 0.2;
/** A joining sibling is less than half links. */
const SIBLING_MAX_LINK_DENSITY = 0.5;
/** A sibling of some text, few links and a paragraph score joins whatever its score (a body split around an ad). */
const TEXT_SIBLING_MIN_CHARS = 80;
const TEXT_SIBLING_MAX_LINK_DENSITY = 0.25;
/** A box inside the root that is over half links and holds less than one good paragraph's score is navigation or teasers. */
const LINK_BOX_MIN_DENSITY = 0.5;
const LINK_BOX_MAX_SCORE = 10;
/** A block this much link is a teaser line whatever it ends with… */
const LINK_LIST_DENSITY = 0.8;
/** …and over this much, unless it ends like a sentence (a sentence with a link in it). */
const LINK_LINE_DENSITY = 0.5;
/** A container named as furniture that holds this share of the page's paragraph score or more is the page's layout div. */
const FURNITURE_MAX_SHARE = 0.5;
/** Commas and sentence ends, Latin and Arabic: the marks of running text rather than labels. */
const COMMA = /[,،;؛]/g;
const SENTENCE_END = /[.!?؟。](?:\s|$|["'”»)])/g;
const ENDS_LIKE_SENTENCE = /[.!?؟:"'”»)]\s*$/;

/** Initial scores by tag, as a reading of what each tag usually holds. */
const TAG_PRIOR: Record<string, number> = {
  article: 10,
  main: 8,
  section: 3,
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  address: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** How much of its score a paragraph gives to the container `level` steps above it. */
function share(level: number): number {
  return level === 0 ? 1 : level === 1 ? GRANDPARENT_SHARE : 1 / (level * DISTANT_SHARE_DIVISOR);
}

function paragraphScore(block: RawBlock): number {
  const length = block.text.length;
  if (length < MIN_PARAGRAPH_CHARS || block.kind === 'list-item') return 0;
  const commas = block.text.match(COMMA)?.length ?? 0;
  const sentences = block.text.match(SENTENCE_END)?.length ?? 0;
  const linkDensity = block.linkChars / length;
  return (
    (1 + commas + sentences * SENTENCE_END_POINTS + Math.min(Math.floor(length / CHARS_PER_POINT), MAX_LENGTH_POINTS)) *
    (1 - linkDensity)
  );
}

export function findMainContent(body: ParentNode, blocks: RawBlock[]): ContentVerdict {
  const stats = subtreeStats(body, blocks);
  const furniture = furnitureMap(body, stats);

  const candidates = new Map<Element, number>();
  for (const block of blocks) {
    if (furniture.get(block.owner)) continue;
    const score = paragraphScore(block);
    if (score === 0) continue;
    // A paragraph scores for the containers above it; text written straight into <body> scores for the body.
    let node: Element | null = block.owner.name === 'body' ? block.owner : parentElement(block.owner);
    for (let level = 0; node && node.name !== 'html' && level < SCORED_LEVELS; level++, node = parentElement(node)) {
      if (!candidates.has(node)) candidates.set(node, TAG_PRIOR[node.name] ?? 0);
      candidates.set(node, candidates.get(node)! + score * share(level));
    }
  }
  const finalScore = (el: Element): number => {
    const base = (candidates.get(el) ?? 0) + hintWeight(el);
    return base * (1 - linkDensity(stats.get(el)));
  };

  let top: Element | null = null;
  let topScore = 0;
  for (const el of candidates.keys()) {
    if (furniture.get(el)) continue;
    const score = finalScore(el);
    if (score > topScore) [top, topScore] = [el, score];
  }
  if (!top) return { inside: blocks.map(() => false), roots: [], furtherHeadlines: new Set() };

  top = widen(top, finalScore, stats);
  const h1 = blocks.findIndex((b) => b.owner.name === 'h1');
  const texts = articleTexts(top, blocks, finalScore, stats, furniture, blocks[h1]?.owner ?? null);
  // The best text may be a further article's, longer than the page's own: when it is one (its linked
  // headline right over it), the page's own is the first text from the page's <h1> on, before it.
  let main = texts.find((t) => t.root === top)!;
  const underH1 = h1 >= 0 ? texts.find((t) => t.first >= h1) : undefined;
  // So too when the best text stands under a headline of its own and its date line, below the <h1>'s own text
  // (an infinite scroll's next story, longer than the page's).
  const overMain = main.headline >= 0 ? main.headline : datedHeadlineOver(blocks, main.first);
  if (underH1 && overMain > h1 && underH1.first < main.first && underH1.first - h1 <= H1_TEXT_REACH) main = underH1;
  // A container that holds the page's <h1> and its text is the whole article: text beside it is no more
  // of it. Text beside a container without the headline may be its text split around a related box.
  const wholeArticle = main.first <= h1 && h1 <= main.last;
  for (const t of texts) {
    if (t.first <= main.last || t.headline >= 0) continue;
    t.headline = headlineInside(blocks, t);
    // A next story's headline and date line over its text, or atop it, past the page's own.
    if (t.headline < 0) t.headline = datedHeadlineAtTop(blocks, t);
    const over = t.headline < 0 ? datedHeadlineOver(blocks, t.first) : -1;
    if (over > main.last) t.headline = over;
  }
  const further = texts.filter(
    (t) => t.first > main.last && t.headline >= 0 && (wholeArticle || t.root.parent !== main.root.parent),
  );
  const roots = withSiblings(main.root, finalScore, stats, furniture, new Set(further.map((t) => t.root)));
  const insideRoot = membership(body, [...roots, ...further.map((t) => t.root)], furniture, stats);
  return {
    inside: blocks.map((block) => insideRoot.get(block.owner) === true && !isLinkList(block)),
    roots,
    furtherHeadlines: new Set(further.map((t) => t.headline)),
  };
}

/** A container of article text: its first and last blocks, and the linked headline right over it (-1: none). */
interface ArticleText {
  root: Element;
  first: number;
  last: number;
  headline: number;
}

/**
 * The best container and the containers of article text beside it: siblings of it or of one of its
 * ancestors whose paragraphs score a share of its own as a sibling that joins it would (the one that holds
 * the page's <h1>, `h1`, a good paragraph's worth: a short story beside a long one), with few links. One
 * right under a heading or a list item that is a link, after the page's own text, is a further article
 * printed in full (a "read also" story, a related list's first item with its text under it): no sibling
 * of the page's own to join it. Under a subhead that links nowhere, or a paragraph's "read more" link,
 * text is the article's going on. In the page's order.
 */
function articleTexts(
  top: Element,
  blocks: RawBlock[],
  score: (el: Element) => number,
  stats: Map<Element, Stats>,
  furniture: Map<Element, boolean>,
  h1: Element | null,
): ArticleText[] {
  // Their paragraphs' own scores, not the containers' (a wrapper one level further up gets half of them).
  const threshold = Math.max(SIBLING_MIN_SCORE, (stats.get(top)?.score ?? 0) * SIBLING_SCORE_SHARE);
  // The best text a further article's (under its linked headline): the page's own text under its <h1> is a
  // text of its own however short (a market report's lines of figures).
  const h1TextMinScore = underLinkedHeadline(top, stats) ? 0 : SIBLING_MIN_SCORE;
  const holdsH1 = (el: Element): boolean => {
    for (let at = h1; at; at = parentElement(at)) if (at === el) return true;
    return false;
  };
  const roots = new Set([top]);
  for (let path: Element = top, parent = parentElement(top); parent; path = parent, parent = parentElement(parent)) {
    for (const sibling of parent.children) {
      if (!isElement(sibling) || sibling === path || furniture.get(sibling)) continue;
      const s = stats.get(sibling);
      // A heading's class or tag, or a headline's box with its date line, may weigh as text that holds none;
      // a class that names furniture weighs it down.
      if (!s) continue;
      const enough =
        s.score >= (holdsH1(sibling) ? h1TextMinScore : threshold) ||
        ((s.score >= FURTHER_TEXT_MIN_SCORE || s.paragraphs >= FURTHER_TEXT_MIN_PARAGRAPHS) &&
          (underLinkedHeadline(sibling, stats) || holdsLinkedHeadline(sibling, stats) || holdsDatedHeadline(sibling)));
      if (!enough || score(sibling) <= 0) continue;
      if (linkDensity(s) < TEXT_SIBLING_MAX_LINK_DENSITY) roots.add(sibling);
    }
  }
  // Each text's first and last block: the blocks below it (the texts are disjoint subtrees).
  const texts = new Map<Element, ArticleText>();
  for (const [i, block] of blocks.entries()) {
    let el: Element | null = block.owner;
    while (el && !roots.has(el)) el = parentElement(el);
    if (!el) continue;
    const text = texts.get(el);
    if (text) text.last = i;
    else {
      const over = blocks[i - 1];
      const headline = over && ((over.kind !== 'paragraph' && isLinkList(over)) || isReadAlsoLine(over)) ? i - 1 : -1;
      texts.set(el, { root: el, first: i, last: i, headline });
    }
  }
  return [...texts.values()];
}

/**
 * A box's own linked headline over its text, inside the box (a "read also" box that prints a story in full):
 * its first block, or its second under the box's title ("اقرأ أيضا"); -1 when there is none, or no text under it.
 */
function headlineInside(blocks: RawBlock[], text: ArticleText): number {
  const [first, second] = [blocks[text.first]!, blocks[text.first + 1]];
  const linkedHeadline = (b: RawBlock | undefined): boolean =>
    b !== undefined && b.kind !== 'paragraph' && isLinkList(b);
  if (linkedHeadline(first)) return text.first < text.last ? text.first : -1;
  const boxTitle = first.kind === 'heading' || isReadAlsoLine(first);
  return boxTitle && linkedHeadline(second) && text.first + 1 < text.last ? text.first + 1 : -1;
}

/** The page's own text starts this close under its <h1> at most (its date line, a byline, a deck between). */
const H1_TEXT_REACH = 4;
/** A date line or byline between a headline and its text: a short line, no sentence… */
const DATE_LINE_MAX_WORDS = 8;
/** …one or two of them. */
const DATE_LINES_MAX = 2;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The heading over a text with a short line or two between (its date line, a byline): a story's headline, not a
 * subhead, which stands right over the text it heads. -1 when there is none.
 */
function datedHeadlineOver(blocks: RawBlock[], first: number): number {
  for (let j = first - 1; j >= 0 && j >= first - 1 - DATE_LINES_MAX; j--) {
    const block = blocks[j]!;
    if (block.kind === 'heading') return j < first - 1 ? j : -1;
    if (!isShortLine(block.text)) return -1;
  }
  return -1;
}

/** Any heading, the page's <h1> too. */
const isHeadingTag = (name: string): boolean => (HEADING_TAGS as readonly string[]).includes(name);

/** A line of a few words that ends no sentence: a date line, a byline. */
const isShortLine = (text: string): boolean =>
  (text.match(WORD)?.length ?? 0) <= DATE_LINE_MAX_WORDS && !ENDS_LIKE_SENTENCE.test(text);

/** A text that opens with its own headline and date line (a next story's box): that headline; else -1. */
function datedHeadlineAtTop(blocks: RawBlock[], text: ArticleText): number {
  const [first, second] = [blocks[text.first]!, blocks[text.first + 1]];
  return first.kind === 'heading' && second && isShortLine(second.text) && text.first + 1 < text.last ? text.first : -1;
}

/** Class/id words of a comment section. */
const COMMENTS_HINT = /comment|disqus/;

/**
 * A box holding a whole story, whatever its class calls it (an infinite scroll's "next-article", a "read-more-box"
 * that prints the story it links, after the text): its headline atop, or under the box's label ("اقرأ المزيد"), and
 * paragraphs of its own under it. Not an element whose tag is furniture's (the page's <header> holds the page's own
 * headline and deck), nor the comments: their heading is over readers' paragraphs.
 */
function isStoryBox(el: Element, stats: Map<Element, Stats>): boolean {
  if (
    isFurnitureTag(el) ||
    (stats.get(el)?.paragraphs ?? 0) < FURTHER_TEXT_MIN_PARAGRAPHS ||
    COMMENTS_HINT.test(hintsOf(el))
  )
    return false;
  const children = el.children.filter(isElement);
  const at = children.findIndex((child) => isHeadingTag(child.name));
  if (at < 0 || at > 1 || (at === 1 && !isShortLine(textOf(children[0]!)))) return false;
  const paragraphs = children
    .slice(at + 1)
    .filter((child) => child.name === 'p' && (stats.get(child)?.paragraphs ?? 0) > 0);
  return paragraphs.length >= FURTHER_TEXT_MIN_PARAGRAPHS && !textResumesAfter(el, stats);
}

/**
 * Whether the page's text goes on after a box, a paragraph of it among the box's next siblings: a box inside the
 * text (a read-also story printed in it) would take the text after it into its story, which ends at the box's end
 * that the blocks do not carry.
 */
function textResumesAfter(el: Element, stats: Map<Element, Stats>): boolean {
  for (let next = el.next; next; next = next.next)
    if (isElement(next) && next.name === 'p' && (stats.get(next)?.paragraphs ?? 0) > 0) return true;
  return false;
}

/** An element that opens with a heading and a short line under it (a story's headline and its date line). */
function holdsDatedHeadline(el: Element): boolean {
  const [first, second] = el.children.filter(isElement);
  return first !== undefined && second !== undefined && isHeadingTag(first.name) && isShortLine(textOf(second));
}

/**
 * Moves up from the best container while its parent scores higher, or while it is its parent's
 * only element: a body split into several scored columns is gathered under their common parent.
 */
function widen(top: Element, score: (el: Element) => number, stats: Map<Element, Stats>): Element {
  let current = top;
  for (
    let parent = parentElement(current);
    parent && parent.name !== 'body' && parent.name !== 'html';
    parent = parentElement(current)
  ) {
    const onlyChild = parent.children.filter(isElement).length === 1;
    const ownChars = stats.get(current)?.chars ?? 0;
    const parentChars = stats.get(parent)?.chars ?? 0;
    if (onlyChild && parentChars <= ownChars * WRAPPER_MAX_GROWTH) current = parent;
    else if (score(parent) > score(current)) current = parent;
    else break;
  }
  return current;
}

/** The root plus the siblings that read like more of the article (further articles' texts aside). */
function withSiblings(
  top: Element,
  score: (el: Element) => number,
  stats: Map<Element, Stats>,
  furniture: Map<Element, boolean>,
  further: Set<Element>,
): Element[] {
  const parent = top.parent;
  if (!parent) return [top];
  const topScore = score(top);
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SCORE_SHARE);
  const topClass = top.attribs.class ?? '';
  const roots: Element[] = [];
  for (const sibling of parent.children) {
    if (!isElement(sibling)) continue;
    if (sibling === top) {
      roots.push(sibling);
      continue;
    }
    if (furniture.get(sibling) || further.has(sibling)) continue;
    const s = stats.get(sibling);
    if (!s || s.chars === 0) continue;
    const bonus = topClass !== '' && sibling.attribs.class === topClass ? topScore * SAME_CLASS_BONUS : 0;
    const density = linkDensity(s);
    if (score(sibling) + bonus >= threshold && density < SIBLING_MAX_LINK_DENSITY) roots.push(sibling);
    else if (s.chars > TEXT_SIBLING_MIN_CHARS && density < TEXT_SIBLING_MAX_LINK_DENSITY && s.score > 0)
      roots.push(sibling);
  }
  return roots;
}

/**
 * For every element, whether its blocks belong to the article: below a root, not furniture, and not
 * in a link-dense list or box inside the root (a "read also" strip in the middle of the body).
 */
function membership(
  body: ParentNode,
  roots: Element[],
  furniture: Map<Element, boolean>,
  stats: Map<Element, Stats>,
): Map<Element, boolean> {
  const rootSet = new Set(roots);
  const inside = new Map<Element, boolean>();
  forEachInSubtree(body, (node) => {
    if (!isElement(node)) return false;
    const parent = parentElement(node);
    const inherited = parent ? inside.get(parent) === true : false;
    let value = rootSet.has(node) || inherited;
    if (value && !rootSet.has(node) && (furniture.get(node) || isLinkBox(node, stats.get(node)))) value = false;
    inside.set(node, value);
    return true;
  });
  return inside;
}

const BOX_TAGS = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table', 'aside', 'nav', 'p']);

/** A list or box whose text is mostly links: navigation, tags or teasers, not article text. */
function isLinkBox(el: Element, s: Stats | undefined): boolean {
  if (!s || !BOX_TAGS.has(el.name) || s.chars === 0) return false;
  return linkDensity(s) > LINK_BOX_MIN_DENSITY && s.score < LINK_BOX_MAX_SCORE;
}

/** A block that is nothing but a link or a run of links (a teaser line), not a sentence with one in it. */
function isLinkList(block: RawBlock): boolean {
  const density = block.linkChars / block.text.length;
  return density > LINK_LIST_DENSITY || (density > LINK_LINE_DENSITY && !ENDS_LIKE_SENTENCE.test(block.text));
}

/** A "read also" paragraph: a see-also label, then the link that is most of its text ("إقرأ أيضاً <a>…</a>"). */
const readsAlso = (linkShare: number, text: string): boolean =>
  linkShare > LINK_LINE_DENSITY && opensWithReadAlso(text);

const isReadAlsoLine = (block: RawBlock): boolean =>
  block.text.length > 0 && readsAlso(block.linkChars / block.text.length, block.text);

/**
 * Whether the element right before `el` is a heading that is all link (h2-h6), a list whose last item is
 * one (a related list's item with its text under it), or a "read also" paragraph (isReadAlsoLine): a
 * further article's headline.
 */
function underLinkedHeadline(el: Element, stats: Map<Element, Stats>): boolean {
  const before = previousElement(el);
  if (before === null) return false;
  if (HEADING_TAG.test(before.name)) return linkDensity(stats.get(before)) > LINK_LIST_DENSITY;
  if (before.name === 'p') return readsAlso(linkDensity(stats.get(before)), textOf(before));
  const item = LIST_TAG.test(before.name) ? lastElementChild(before) : null;
  return item !== null && item.name === 'li' && linkDensity(stats.get(item)) > LINK_LIST_DENSITY;
}

/**
 * Whether a box opens with its own linked headline (h2-h6, all link), maybe under the box's title ("اقرأ
 * أيضا" over the story a "read also" box prints in full): a further article's headline, inside it.
 */
function holdsLinkedHeadline(el: Element, stats: Map<Element, Stats>): boolean {
  const [first, second] = el.children.filter(isElement);
  const linkedHeading = (h: Element | undefined): boolean =>
    h !== undefined && HEADING_TAG.test(h.name) && linkDensity(stats.get(h)) > LINK_LIST_DENSITY;
  return linkedHeading(first) || (first !== undefined && HEADING_TAG.test(first.name) && linkedHeading(second));
}

function previousElement(el: Element): Element | null {
  let before = el.prev;
  while (before && !isElement(before)) before = before.prev;
  return before;
}

function lastElementChild(el: Element): Element | null {
  for (let i = el.children.length - 1; i >= 0; i--) {
    const child = el.children[i]!;
    if (isElement(child)) return child;
  }
  return null;
}

function linkDensity(s: Stats | undefined): number {
  return s && s.chars > 0 ? s.linkChars / s.chars : 0;
}

function parentElement(el: Element): Element | null {
  const parent = el.parent;
  return parent && isElement(parent) ? parent : null;
}

/** Characters, link characters and paragraph scores summed over each element's subtree. */
function subtreeStats(body: ParentNode, blocks: RawBlock[]): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const of = (el: Element): Stats => {
    let s = stats.get(el);
    if (!s) stats.set(el, (s = { chars: 0, linkChars: 0, score: 0, paragraphs: 0 }));
    return s;
  };
  for (const block of blocks) {
    const s = of(block.owner);
    s.chars += block.text.length;
    s.linkChars += block.linkChars;
    const score = paragraphScore(block);
    s.score += score;
    if (score > 0) s.paragraphs++;
  }
  forEachInSubtree(
    body,
    (node) => isElement(node),
    (node) => {
      if (!isElement(node)) return;
      const s = stats.get(node);
      const parent = parentElement(node);
      if (!s || !parent) return;
      const p = of(parent);
      p.chars += s.chars;
      p.linkChars += s.linkChars;
      p.score += s.score;
      p.paragraphs += s.paragraphs;
    },
  );
  return stats;
}

/**
 * Furniture, inherited downwards. A container named as furniture that holds most of the page's
 * paragraph score is not furniture: some sites wrap the whole page in a "main-sidebar" layout div. Nor is
 * a box that holds a whole story (isStoryBox).
 */
function furnitureMap(body: ParentNode, stats: Map<Element, Stats>): Map<Element, boolean> {
  const total = (isElement(body as never) ? stats.get(body as Element)?.score : undefined) ?? sumTopScores(body, stats);
  const furniture = new Map<Element, boolean>();
  forEachInSubtree(body, (node) => {
    if (!isElement(node)) return false;
    const parent = parentElement(node);
    const inherited = parent ? furniture.get(parent) === true : false;
    furniture.set(
      node,
      inherited ||
        (isFurniture(node) && (stats.get(node)?.score ?? 0) < total * FURNITURE_MAX_SHARE && !isStoryBox(node, stats)),
    );
    return true;
  });
  return furniture;
}

function sumTopScores(root: ParentNode, stats: Map<Element, Stats>): number {
  let total = 0;
  for (const child of root.children) if (isElement(child)) total += stats.get(child)?.score ?? 0;
  return total;
}
