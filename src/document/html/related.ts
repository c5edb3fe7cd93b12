/**
 * Tags and related-article lists: what a text dump loses and HTML keeps, the links. Found by the
 * site's selector rules when it has them, else by what pages commonly show:
 *
 * - tags: links with rel="tag", links to /tag/, /tags/, /keyword/, /topics/ pages, links inside a
 *   container named "tags"/"keywords"; the largest such group is the article's tag list;
 * - related lists: the links after a "read also"/"related" label ("اقرأ أيضا" and the other labels of
 *   SEE_ALSO in vocabulary.ts, "مواضيع ذات صلة", "الموضوعات المتعلقة", "مقالات مشابهة", "Read more", …)
 *   or inside a container named "related".
 */
import type { Link } from '../model.js';
import type { Related } from '../../record.js';
import { anyOfMatchingForms, normalizeArabic } from '../../text/normalize.js';
import { RELATED_NOUNS, SEE_ALSO, SIMILAR_HEADINGS, SIMILAR_QUALIFIERS, type Relation } from '../../vocabulary.js';
import type { AnyNode, Element, ParentNode } from './dom.js';
import { forEachNode, hintsOf, isElement, textOf } from './dom.js';
import { HEADING_TAGS } from './headings.js';
import { tagOfHashtag } from '../../text/hashtags.js';

/** A qualifier of likeness with the article "ال" allowed on its last word ("ذات الصلة", "المتعلقة"). */
const withArticle = (qualifier: string): string => normalizeArabic(qualifier).replace(/(^| )(\S+)$/, '$1(?:ال)?$2');

/**
 * Labels of related lists (matched on the normalised form, at the start of the label) and the relation
 * each announces: the see-also and similar labels the cleaners know too (vocabulary.ts), "اقرأأيضا"
 * glued, and English and French.
 */
const RELATED_LABELS: { pattern: RegExp; relation: Relation }[] = [
  {
    pattern: new RegExp(
      `^${anyOfMatchingForms(SEE_ALSO)}|^اقرا(?:ايضا|كذلك)|^read (?:also|more)\\b|^see also\\b|^lire aussi\\b`,
    ),
    relation: 'read-also',
  },
  {
    pattern: new RegExp(
      `^(?:ال)?${anyOfMatchingForms(RELATED_NOUNS)} (?:${SIMILAR_QUALIFIERS.map(withArticle).join('|')})|^${anyOfMatchingForms(SIMILAR_HEADINGS)}|^(?:related|similar|you (?:may|might) also like)\\b`,
    ),
    relation: 'similar',
  },
  { pattern: /^(?:المزيد من|مزيد من|more (?:from|stories|news|in)\b)/, relation: 'more' },
];

const READ_ALSO_LABEL = RELATED_LABELS.find((l) => l.relation === 'read-also')!.pattern;

/** Whether a text opens with a see-also label ("إقرأ أيضاً: …"), as a line that heads a further article does. */
export const opensWithReadAlso = (text: string): boolean => READ_ALSO_LABEL.test(normalizeArabic(text).trim());

/** Hrefs of tag and topic pages. */
const TAG_HREF = /\/(?:tags?|keywords?|topics?|hashtags?|wasm|الوسوم|وسم)(?:\/|\?|=|$)|[?&](?:tag|keyword)=/i;
/** Class/id of tag containers. */
const TAG_CONTAINER =
  /(?:^|[\s_-])(?:tags?|tag-?list|tagcloud|keywords?|post-tags|article-tags|entry-tags)(?:$|[\s_-])/;
/** Class/id of related containers, with their relation. */
const RELATED_CONTAINER: { pattern: RegExp; relation: Relation }[] = [
  { pattern: /read-?also|see-?also|readmore-?links/, relation: 'read-also' },
  { pattern: /related|similar|same-?topic/, relation: 'similar' },
];

/** Inline wrappers around a single link; the list is the element above them. */
const ITEM_WRAPPERS = new Set([
  'li',
  ...HEADING_TAGS,
  'span',
  'strong',
  'b',
  'em',
  'i',
  'small',
  'dt',
  'dd',
  'article',
]);
/** A related list's item titles are sentences, not "More" buttons or dates. */
const MIN_TITLE_CHARS = 12;

export interface FoundLinks {
  tags: string[];
  related: Related[];
  /** The label elements ("اقرأ أيضا") the related lists were found under. */
  labels: Element[];
  /** The cards of those lists: an item that holds its link as its title and a teaser under it. */
  cards: Element[];
}

export function findTagsAndRelated(
  body: ParentNode,
  resolve: (href: string) => string | null,
  selfUrl: string | null,
): FoundLinks {
  const labels: Element[] = [];
  const cards: Element[] = [];
  return { tags: findTags(body), related: findRelated(body, resolve, selfUrl, labels, cards), labels, cards };
}

/** Texts of the links of the biggest tag group. */
function findTags(body: ParentNode): string[] {
  const groups = new Map<Element, { texts: string[]; named: boolean }>();
  forEachNode(body, (node) => {
    if (!isElement(node)) return false;
    if (node.name === 'nav') return false;
    if (node.name !== 'a') return true;
    const container = listContainer(node);
    const named = container ? TAG_CONTAINER.test(hintsOf(container)) : false;
    const isTag =
      /\btag\b/i.test(node.attribs.rel ?? '') ||
      TAG_HREF.test(node.attribs.href ?? '') ||
      named ||
      ancestorNamed(node, TAG_CONTAINER, 3);
    const text = tagOfHashtag(textOf(node));
    if (!isTag || !container || text === '' || text.length > 80) return false;
    const group = groups.get(container) ?? { texts: [], named };
    if (!group.texts.includes(text)) group.texts.push(text);
    groups.set(container, group);
    return false;
  });
  let best: { texts: string[]; named: boolean } | null = null;
  for (const group of groups.values()) {
    if (group.texts.length > 40) continue; // a tag cloud, not the article's tags
    if (!best || Number(group.named) * 100 + group.texts.length > Number(best.named) * 100 + best.texts.length)
      best = group;
  }
  return best?.texts ?? [];
}

/** Related lists: after a label, or in a container named as related. */
function findRelated(
  body: ParentNode,
  resolve: (href: string) => string | null,
  selfUrl: string | null,
  labels: Element[],
  cards: Element[],
): Related[] {
  const found: Related[] = [];
  const seen = new Set<string>(selfUrl ? [selfUrl] : []);
  const add = (links: Link[], relation: Relation): void => {
    for (const link of links) {
      if (seen.has(link.href) || link.text.length < MIN_TITLE_CHARS) continue;
      seen.add(link.href);
      found.push({ title: link.text, url: link.href, relation });
    }
  };
  // Labelled lists first: the label is what the reader sees. Named containers only when no label is found.
  forEachNode(body, (node) => {
    if (!isElement(node) || node.name === 'nav') return false;
    const label = labelRelation(node);
    if (!label) return true;
    const list = listAfterLabel(node);
    if (list) {
      labels.push(node);
      add(linksIn(list, resolve, node), label);
      cards.push(...titledAnchors(list, node).flatMap((anchor) => cardOf(anchor, list) ?? []));
    }
    return false;
  });
  if (found.length > 0) return found;
  forEachNode(body, (node) => {
    if (!isElement(node) || node.name === 'nav') return false;
    const named = relatedContainer(node);
    if (!named || hasRelatedDescendant(node)) return true;
    add(linksIn(node, resolve), named);
    return false;
  });
  return found;
}

/** The relation a container's class/id announces, when it holds two or more titled links. */
function relatedContainer(el: Element): Relation | null {
  const hints = hintsOf(el);
  if (hints === '') return null;
  const named = RELATED_CONTAINER.find((c) => c.pattern.test(hints));
  return named && countLinks(el) >= 2 ? named.relation : null;
}

/** A named related container inside this one: the inner list is the precise one. */
function hasRelatedDescendant(el: Element): boolean {
  let found = false;
  forEachNode(el, (node) => {
    if (found || !isElement(node)) return false;
    if (relatedContainer(node)) found = true;
    return !found;
  });
  return found;
}

/** The relation a short label element announces ("اقرأ أيضاً:", "مواضيع ذات صلة"), or null. */
function labelRelation(el: Element): Relation | null {
  if (el.name === 'a' || el.name === 'body' || el.name === 'html') return null;
  if (!el.children.some((c) => c.type === 'text' && /\S/.test((c as unknown as { data: string }).data))) return null;
  const text = normalizeArabic(textOf(el))
    .replace(/[:：\-–|»«.]+$/, '')
    .trim();
  if (text.length === 0 || text.length > 40) return null;
  return RELATED_LABELS.find((l) => l.pattern.test(text))?.relation ?? null;
}

/** The smallest ancestor of a label (at most four levels up) that holds titled links after it. */
function listAfterLabel(label: Element): Element | null {
  let container: Element | null = label;
  for (let level = 0; container && level < 4; level++) {
    const parent: AnyNode | null = container.parent;
    if (!parent || !isElement(parent) || parent.name === 'body') return null;
    container = parent;
    const links = countLinks(container, label);
    if (links > 30) return null;
    if (links >= 1) return container;
  }
  return null;
}

/** Links with a headline-length text below `root` (after `after` in document order, when given). */
function titledAnchors(root: Element, after?: Element): Element[] {
  const anchors: Element[] = [];
  let passed = after === undefined;
  forEachNode(root, (node) => {
    if (node === after) {
      passed = true;
      return false;
    }
    if (!isElement(node)) return false;
    if (node.name !== 'a') return true;
    if (passed && node.attribs.href !== undefined && textOf(node).length >= MIN_TITLE_CHARS) anchors.push(node);
    return false;
  });
  return anchors;
}

/** Titled links below `root` (after `after`), with their web URLs. */
function linksIn(root: Element, resolve: (href: string) => string | null, after?: Element): Link[] {
  return titledAnchors(root, after).flatMap((a) => {
    const href = resolve(a.attribs.href!);
    return href && /^https?:|^\//.test(href) ? [{ text: textOf(a), href }] : [];
  });
}

function countLinks(root: Element, after?: Element): number {
  return titledAnchors(root, after).length;
}

/** The most a card prints besides its headline: a teaser of a sentence or two. */
const CARD_TEASER_MAX_CHARS = 300;

/**
 * The item of `list` that holds `anchor` as its title, when it is a card: the link alone on its line (an <h4> or
 * <li> of its own, not a link inside a sentence), no other titled link, and a teaser at most besides it.
 */
function cardOf(anchor: Element, list: Element): Element | null {
  let item = anchor;
  while (item.parent !== list) {
    if (!item.parent || !isElement(item.parent)) return null;
    item = item.parent;
  }
  // textOf gives an element's text with its white space collapsed.
  const title = textOf(anchor);
  if (item === anchor || textOf(anchor.parent as Element) !== title) return null;
  return countLinks(item) === 1 && textOf(item).length - title.length <= CARD_TEASER_MAX_CHARS ? item : null;
}

/**
 * The element that holds a link as one item of a list: above its li/h3/span wrappers, and above a <div> that
 * holds nothing else (a CMS's item: Drupal's `<div class="field__item"><a …>`).
 */
function listContainer(anchor: Element): Element | null {
  let node = anchor.parent;
  while (node && isElement(node) && (ITEM_WRAPPERS.has(node.name) || (node.name === 'div' && onlyElement(node))))
    node = node.parent;
  return node && isElement(node) ? node : null;
}

/** Whether an element holds one element and no text beside it. */
function onlyElement(el: Element): boolean {
  let elements = 0;
  for (const child of el.children) {
    if (isElement(child)) elements++;
    else if (child.type === 'text' && (child as unknown as { data: string }).data.trim() !== '') return false;
  }
  return elements === 1;
}

function ancestorNamed(el: Element, pattern: RegExp, levels: number): boolean {
  let node = el.parent;
  for (let level = 0; node && isElement(node) && level < levels; level++, node = node.parent)
    if (pattern.test(hintsOf(node))) return true;
  return false;
}
