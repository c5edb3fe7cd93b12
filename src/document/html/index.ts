/**
 * The HTML front end: a page's HTML → the same Document a text dump becomes, plus what only HTML
 * has (tags, links, metadata). Stages, each in its own module:
 *
 *   parse (dom) → metadata (head, JSON-LD) → prune non-content → site selector rules →
 *   blocks in reading order → main content (selector root or generic scorer) → tags and related
 *   lists → headline and language checks
 *
 * Blocks outside the article are kept with `outside: true`: the pipeline reads the title, tags and
 * related lists from them. Throws DocumentError only for input that is not a page at all.
 */
import type { CheerioAPI } from 'cheerio';
import { readMetadataDate } from '../../dates/metadata.js';
import type { InputRef, Related, Warning } from '../../record.js';
import { normalizeArabic } from '../../text/normalize.js';
import { DocumentError } from '../errors.js';
import { makeBlock, type Block, type Document, type PageMeta } from '../model.js';
import type { RawBlock } from './blocks.js';
import { collectBlocks } from './blocks.js';
import { findMainContent } from './content.js';
import type { Element, ParentNode } from './dom.js';
import { detach, forEachInSubtree, isElement, parseHtml, pruneNonContent, textOf } from './dom.js';
import { ARABIC_SCRIPT_LANGUAGES, scriptLanguage } from './language.js';
import { articleKeywords } from './keywords.js';
import { readMetadata } from './metadata.js';
import { headingLevel } from './headings.js';
import { findTagsAndRelated } from './related.js';
import type { HtmlSelectors } from './selectors.js';
import { MAX_NESTING } from './source.js';
import { tidyTitle } from './title.js';
import { hrefResolver } from './urls.js';

export type { HtmlSelectors } from './selectors.js';
export { HtmlSelectorsSchema } from './selectors.js';

export interface HtmlOptions {
  /** The page's URL when the caller knows it (JSONL `url`, WARC target): resolves relative links. */
  url?: string | null;
  /** The site cleaner's selector rules, if it has any. */
  selectors?: HtmlSelectors;
}

export function htmlToDocument(html: string, input: InputRef, options: HtmlOptions = {}): Document {
  rejectBinary(html);
  const warnings: Warning[] = [];
  const { $, root, lines, flattened } = parseHtml(html);
  if (flattened > 0)
    warnings.push({
      code: 'nesting-capped',
      message: `${flattened} elements nested deeper than ${MAX_NESTING} levels were flattened`,
    });
  const pageUrl = options.url ?? input.url ?? null;
  const { meta, baseUrl, keywordsFromMeta, siteNames } = readMetadata(root, pageUrl, warnings);
  pruneNonContent(root);
  const rules = options.selectors ?? {};
  for (const selector of rules.remove ?? []) for (const el of select($, selector, warnings)) detach(el);

  const body: ParentNode = ($('body')[0] as Element | undefined) ?? root;
  const resolve = hrefResolver(baseUrl);
  const raw = collectBlocks(body, resolve, lines);

  const ruleRoots = firstMatch($, rules.content, warnings);
  const verdict = ruleRoots.length > 0 ? null : findMainContent(body, raw);
  const inside = verdict?.inside ?? insideOf(body, raw, ruleRoots);
  if (!inside.some(Boolean))
    warnings.push({ code: 'no-main-content', message: 'no block of the page reads like article text' });

  const found = findTagsAndRelated(body, resolve, meta.url);
  const related = rules.related ? relatedBySelectors($, rules.related, resolve, warnings) : found.related;
  const tags = rules.tags
    ? firstMatch($, rules.tags, warnings)
        .map((el) => textOf(el))
        .filter((t) => t !== '')
    : found.tags;
  // Tag links are what the page shows as its tags; its metadata keywords are filtered (keywords.ts).
  if (tags.length > 0) meta.keywords = [...new Set(tags)];
  else {
    const articleNorm = keywordsFromMeta
      ? normalizeArabic([meta.title ?? '', ...raw.filter((_, i) => inside[i]).map((b) => b.text)].join('\n'))
      : null;
    meta.keywords = articleKeywords(meta.keywords, { title: meta.title, siteNames, articleNorm });
  }
  applySelectorFields($, rules, meta, warnings);
  // Some pages fill their keywords meta with the headline itself: that is no keyword.
  const titleKey = meta.title ? normalizeArabic(meta.title) : null;
  meta.keywords = meta.keywords.filter((k) => normalizeArabic(k) !== titleKey);

  const labelOwners = new Set(found.labels);
  const cards = new Set(found.cards);
  const relatedUrls = new Set(related.flatMap((r) => (r.url ? [r.url] : [])));
  const blocks = raw.map((block, index): Block => {
    const outside =
      !inside[index] ||
      labelOwners.has(block.owner) ||
      isRelatedLine(block, relatedUrls) ||
      withinAny(block.owner, cards) ||
      isHeadline(block, meta.title);
    return makeBlock({
      index,
      kind: block.kind,
      text: block.text,
      norm: normalizeArabic(block.text),
      line: block.line,
      depth: block.depth,
      gapBefore: block.gapBefore,
      tag: block.owner.name,
      // A heading block keeps its level (h1 … h6).
      level: headingLevel(block.owner.name) ?? undefined,
      links: block.links.length > 0 ? block.links : undefined,
      outside,
      opensArticle: verdict?.furtherHeadlines.has(index),
    });
  });
  checkLanguage(meta, blocks, warnings);
  return { input, format: 'html', contentJudged: true, blocks, meta, warnings, related };
}

/** Bytes that are not text (NULs, control characters, undecodable runs) mean the input is not a page. */
function rejectBinary(html: string): void {
  const sample = html.slice(0, 8192);
  if (sample.length === 0) return;
  const junk = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (junk > sample.length * 0.05) {
    throw new DocumentError(
      'binary-content',
      `input is not HTML text: ${junk} of its first ${sample.length} characters are control or undecodable bytes`,
    );
  }
}

/** `inside` for a selector rule's content roots: blocks below one of them, by one walk. */
function insideOf(body: ParentNode, raw: RawBlock[], roots: Element[]): boolean[] {
  const rootSet = new Set(roots);
  const within = new Map<Element, boolean>();
  forEachInSubtree(body, (node) => {
    if (!isElement(node)) return false;
    const parent = node.parent;
    within.set(node, rootSet.has(node) || (parent !== null && isElement(parent) && within.get(parent) === true));
    return true;
  });
  return raw.map((block) => within.get(block.owner) === true);
}

/** Whether an element is one of `containers` or inside one (a related list's card: its teaser is no body text). */
function withinAny(el: Element, containers: ReadonlySet<Element>): boolean {
  if (containers.size === 0) return false;
  for (let node: Element | null = el; node; node = node.parent && isElement(node.parent) ? node.parent : null)
    if (containers.has(node)) return true;
  return false;
}

/** A line that is one of the related links (its text mostly that link), not body text that cites it. */
function isRelatedLine(block: RawBlock, relatedUrls: Set<string>): boolean {
  return (
    block.links.length > 0 &&
    block.linkChars > block.text.length * 0.5 &&
    block.links.every((link) => relatedUrls.has(link.href))
  );
}

/** The headline (the <h1>, or any line repeating the title, as in a lead-image caption) is the title, not body. */
function isHeadline(block: RawBlock, title: string | null): boolean {
  if (block.owner.name === 'h1') return true;
  return title !== null && block.text.length === title.length && normalizeArabic(block.text) === normalizeArabic(title);
}

function select($: CheerioAPI, selector: string, warnings: Warning[]): Element[] {
  try {
    return $(selector).toArray().filter(isElement);
  } catch {
    warnings.push({ code: 'selector-invalid', message: `selector "${selector}" is not valid CSS` });
    return [];
  }
}

/** The elements of the first selector in the list that matches anything. */
function firstMatch($: CheerioAPI, selectors: string[] | undefined, warnings: Warning[]): Element[] {
  for (const selector of selectors ?? []) {
    const found = select($, selector, warnings);
    if (found.length > 0) return found;
  }
  return [];
}

function relatedBySelectors(
  $: CheerioAPI,
  rules: NonNullable<HtmlSelectors['related']>,
  resolve: (href: string) => string | null,
  warnings: Warning[],
): Related[] {
  const related: Related[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    for (const container of select($, rule.selector, warnings)) {
      for (const anchor of $(container).find('a[href]').toArray()) {
        const url = resolve(anchor.attribs.href ?? '');
        const title = textOf(anchor);
        if (!url || title === '' || seen.has(url)) continue;
        seen.add(url);
        related.push({ title, url, relation: rule.relation });
      }
    }
  }
  return related;
}

/** Site rules for title, date and author override what the metadata said. */
function applySelectorFields($: CheerioAPI, rules: HtmlSelectors, meta: PageMeta, warnings: Warning[]): void {
  const title = firstMatch($, rules.title, warnings)[0];
  if (title) meta.title = tidyTitle(textOf(title)) ?? meta.title;
  const date = firstMatch($, rules.date, warnings)[0];
  if (date)
    meta.date = readMetadataDate(date.attribs.datetime ?? date.attribs.content ?? textOf(date)).value ?? meta.date;
  const author = firstMatch($, rules.author, warnings)[0];
  if (author) meta.author = tidyTitle(textOf(author)) ?? meta.author;
}

/**
 * The declared language against the script of the article text: a page that says "en-US" over
 * Arabic text is Arabic (with a warning); a page that declares nothing gets its script's language.
 */
function checkLanguage(meta: PageMeta, blocks: Block[], warnings: Warning[]): void {
  const inside = blocks.filter((b) => !b.outside);
  const detected = scriptLanguage((inside.length > 0 ? inside : blocks).map((b) => b.text).join(' '));
  if (detected === null || detected === 'latin') return;
  if (meta.lang === null) {
    meta.lang = detected;
  } else if (!ARABIC_SCRIPT_LANGUAGES.has(meta.lang)) {
    warnings.push({
      code: 'lang-mismatch',
      message: `page declares lang "${meta.lang}" but its text is in Arabic script; using "${detected}"`,
    });
    meta.lang = detected;
  }
}
