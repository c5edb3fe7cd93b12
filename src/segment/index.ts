/**
 * Splits a cleaned page into articles. Markers open sections (tags, related lists, read-also boxes,
 * comments, footers) that run while their blocks look like section items; a read-also marker followed
 * by a headline and prose on the same topic starts an embedded article. In each article, the body is
 * the run of blocks that reads most like prose; the title is the headline just before it.
 */
import type { Block } from '../document/model.js';
import type { BlockLabel, CleanedDocument, FieldValue } from '../cleaners/labels.js';
import type { SectionKind } from '../cleaners/schema.js';
import { normalizeArabic } from '../text/normalize.js';
import { contentWords, overlap, wordCount } from '../text/words.js';
import { endsLikeSentence, isProse, isTitleLike, proseWeight } from './prose.js';

export interface Section {
  kind: SectionKind;
  /** A site's tail list that runs to the next marker, whatever its lines look like. */
  greedy: boolean;
  marker: Block;
  /** Content on the marker's own line ("كلمات دلالية: سوريا العراق …"). */
  inline: string | null;
  items: Block[];
}

export interface Paragraph {
  block: Block;
  text: string;
}

export interface ArticleDraft {
  role: 'main' | 'embedded';
  title: Paragraph | null;
  body: Paragraph[];
  fields: (FieldValue & { block: Block })[];
  /** Keyword and related sections that belong to this article. */
  sections: Section[];
}

type ContentUnit = Extract<Unit, { type: 'content' }>;
type SectionUnit = Extract<Unit, { type: 'section' }>;

type Unit =
  | { type: 'content'; block: Block; text: string }
  | { type: 'fields'; block: Block; fields: FieldValue[] }
  | { type: 'section'; section: Section }
  | { type: 'embedded'; title: Paragraph };

/** Sections that swallow everything up to the next marker. */
const GREEDY: ReadonlySet<SectionKind> = new Set(['comments', 'footer', 'drop']);
const RELATED: ReadonlySet<SectionKind> = new Set(['read-also', 'similar', 'more']);
/** How far past a read-also headline its prose may start (date line, byline, caption in between). */
const EMBEDDED_LOOKAHEAD = 4;
/** A headline and the prose under it share at least this share of the headline's content words. */
const EMBEDDED_OVERLAP = 0.3;
/** The longest line that reads as a category label inside a related list. */
const LABEL_MAX_WORDS = 3;
/** How many blocks before the body the title search looks at. */
const TITLE_LOOKBACK = 8;

export function segment(cleaned: CleanedDocument): ArticleDraft[] {
  const units = toUnits(cleaned.doc.blocks, cleaned.labels);
  const spans = splitArticles(units);
  const fromHtml = cleaned.doc.format === 'html';
  const articles = spans.map((span, i) => buildArticle(span, i === 0 ? 'main' : 'embedded', cleaned.doc.meta.title, fromHtml));
  // A page's tail lists belong to its main article, wherever they stand.
  const main = articles[0]!;
  for (const article of articles.slice(1)) {
    main.sections.push(...article.sections.filter((s) => RELATED.has(s.kind)));
    article.sections = article.sections.filter((s) => !RELATED.has(s.kind));
  }
  return articles;
}

function toUnits(blocks: Block[], labels: BlockLabel[]): Unit[] {
  const units: Unit[] = [];
  let open: Section | null = null;
  let seenProse = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const label = labels[i]!;
    if (label.marker) {
      const { section, inline, greedy } = label.marker;
      // A marker cut from the end of a paragraph ("… سمات المانيا مهاجرين"): the paragraph comes first.
      if (label.text !== null) {
        units.push({ type: 'content', block, text: label.text });
        if (isArticleProse(block, label.text)) seenProse = true;
      }
      // A "comments" or "©" link in the header menu is not where the comments or the footer start.
      if ((GREEDY.has(section) || greedy) && !seenProse) continue;
      open = { kind: section, greedy, marker: block, inline, items: [] };
      units.push({ type: 'section', section: open });
      continue;
    }
    if (open) {
      const verdict = admit(open, block, label, blocks, labels, i);
      if (verdict === 'item') {
        if (label.text !== null) open.items.push({ ...block, text: label.text });
        continue;
      }
      if (verdict === 'skip') continue;
      if (verdict === 'embedded') {
        units.push({ type: 'embedded', title: { block, text: label.text! } });
        open = null;
        continue;
      }
      open = null;
    }
    if (label.fields.length > 0) units.push({ type: 'fields', block, fields: label.fields });
    if (label.text !== null) {
      units.push({ type: 'content', block, text: label.text });
      if (isArticleProse(block, label.text)) seenProse = true;
    }
  }
  return units;
}

/** Prose that the HTML front end did not place outside the article (a teaser in the header is not). */
function isArticleProse(block: Block, text: string): boolean {
  return !block.outside && isProse(block, text);
}

/** Whether a block continues the open section, ends it, or (after read-also) starts an embedded article. */
function admit(open: Section, block: Block, label: BlockLabel, blocks: Block[], labels: BlockLabel[], i: number): 'item' | 'skip' | 'end' | 'embedded' {
  // In HTML, a marker in the page furniture ("Comment" in a share bar) cannot take the article's blocks.
  if (open.marker.outside && !block.outside) return 'end';
  if (GREEDY.has(open.kind)) return 'item';
  if (label.text === null) return 'item'; // dates, view counts and other dropped lines inside the list
  const text = label.text;
  // A greedy list keeps its headlines as entries and passes over summaries, counts and labels.
  if (open.greedy) return isTitleLike(block, text) ? 'item' : 'skip';
  if (open.kind === 'keywords') {
    return open.inline === null && wordCount(block.norm) <= 6 && !endsLikeSentence(text) ? 'item' : 'end';
  }
  if (open.kind === 'read-also' && open.items.length === 0 && startsEmbedded(block, text, blocks, labels, i)) return 'embedded';
  if (isHeadline(block, text)) return 'item';
  // In a read-also box, an item's tag line between two headlines ("لقاح كورونا") belongs to the box.
  return open.kind === 'read-also' && open.items.length > 0 && isLabel(block, text) && nextContentIsHeadline(blocks, labels, i) ? 'skip' : 'end';
}

function isHeadline(block: Block, text: string): boolean {
  return isTitleLike(block, text) && !isProse(block, text);
}

/** A short tag or category line: a few words, not a sentence, not a label ending with a colon. */
function isLabel(block: Block, text: string): boolean {
  return wordCount(block.norm) <= LABEL_MAX_WORDS && !endsLikeSentence(text) && !/[:：]\s*$/u.test(text);
}

function nextContentIsHeadline(blocks: Block[], labels: BlockLabel[], i: number): boolean {
  for (let j = i + 1; j < blocks.length; j++) {
    const label = labels[j]!;
    if (label.marker) return false;
    if (label.text !== null) return isHeadline(blocks[j]!, label.text);
  }
  return false;
}

/** A headline followed, within a few blocks, by prose on the same topic. */
function startsEmbedded(block: Block, text: string, blocks: Block[], labels: BlockLabel[], i: number): boolean {
  if (!isTitleLike(block, text)) return false;
  const headline = contentWords(block.norm);
  let seen = 0;
  for (let j = i + 1; j < blocks.length && seen < EMBEDDED_LOOKAHEAD; j++) {
    const label = labels[j]!;
    if (label.marker) return false;
    if (label.text === null) continue;
    seen++;
    const next = blocks[j]!;
    if (isProse(next, label.text)) {
      const prose = new Set<string>();
      for (let k = j; k < Math.min(blocks.length, j + 3); k++) if (labels[k]!.text !== null) for (const w of contentWords(blocks[k]!.norm)) prose.add(w);
      return overlap(headline, prose) >= EMBEDDED_OVERLAP;
    }
  }
  return false;
}

/** The main article's units, then one list per embedded article (from its headline on). */
function splitArticles(units: Unit[]): Unit[][] {
  const spans: Unit[][] = [[]];
  for (const unit of units) {
    if (unit.type === 'embedded') spans.push([]);
    spans[spans.length - 1]!.push(unit);
  }
  return spans;
}

/**
 * An article from its units. In a text dump the body is the best run of prose; in HTML the front end
 * has already judged which blocks are the article (the others are flagged `outside`), so the body is
 * every block it kept that the cleaners left. The main article of an HTML page, or of any input whose
 * metadata names the title, takes that title.
 */
function buildArticle(span: Unit[], role: 'main' | 'embedded', metaTitle: string | null, fromHtml: boolean): ArticleDraft {
  const pageTitle = role === 'main' && !fromHtml ? (metaTitle ? findMetaTitleLine(span, metaTitle) : findPageTitleLine(span)) : null;
  const content = span.filter((u): u is ContentUnit => u.type === 'content' && u !== pageTitle?.line);
  let body: Paragraph[];
  if (fromHtml) body = content.filter((u) => !u.block.outside).map((u) => ({ block: u.block, text: u.text }));
  else {
    // Sections sit in the run as barriers: a read-also box inside an article is crossed when prose
    // resumes after it; comments and footers are not.
    const run = span.filter((u): u is ContentUnit | SectionUnit => (u.type === 'content' && u !== pageTitle?.line) || u.type === 'section');
    const [from, to] = bestRun(run.map((u) => (u.type === 'section' ? sectionBarrier(u.section) : u === pageTitle?.title ? -1 : proseWeight(u.block, u.text))));
    body = from < 0 ? [] : run.slice(from, to + 1).flatMap((u) => (u.type === 'content' ? [{ block: u.block, text: u.text }] : []));
  }
  const embeddedTitle = span[0]?.type === 'embedded' ? span[0].title : null;
  let title: Paragraph | null = embeddedTitle;
  if (!title && pageTitle) title = { block: pageTitle.title.block, text: pageTitle.title.text };
  if (!title && !(role === 'main' && metaTitle)) {
    const bodyStart = body[0] ? span.findIndex((u) => u.type === 'content' && u.block === body[0]!.block) : span.length;
    title = findTitle(span, bodyStart, body);
    if (!title && role === 'main' && (leadsAsHeadline(body) || isDatedHeadline(span, bodyStart, body))) title = body.shift()!;
  }
  while (title && body.length > 1 && repeatsHeadline(body[0]!, title)) body.shift();
  return {
    role,
    title,
    body,
    fields: span.flatMap((u) => (u.type === 'fields' ? u.fields.map((f) => ({ ...f, block: u.block })) : [])),
    sections: span.flatMap((u) => (u.type === 'section' ? [u.section] : [])),
  };
}

/**
 * Pages print the headline again (an h1 after the page title, a share widget, or — in w3m — an image's
 * alt text followed by its caption): a block that is the headline plus at most a short caption is no body.
 */
function repeatsHeadline(first: Paragraph, title: Paragraph): boolean {
  if (!first.block.norm.startsWith(title.block.norm)) return false;
  const rest = first.block.norm.slice(title.block.norm.length);
  return wordCount(rest) === 0 || (wordCount(rest) <= 20 && !endsLikeSentence(first.text));
}

/**
 * A text whose input names its title (a JSONL title field) often prints the headline again at its
 * top: that line is the title, not the first paragraph.
 */
function findMetaTitleLine(span: Unit[], metaTitle: string): { line: ContentUnit; title: ContentUnit } | null {
  const wanted = normalizeArabic(metaTitle).replace(/\s+/g, ' ').trim();
  const line = span
    .filter((u): u is ContentUnit => u.type === 'content')
    .slice(0, TITLE_LOOKBACK)
    .find((u) => u.block.norm.replace(/\s+/g, ' ').trim() === wanted);
  return line ? { line, title: line } : null;
}

/**
 * Crawl extractors (warc2text, CulturaX) put the page's <title> on the first line, "Headline - Site",
 * and the headline itself again a little later: the first line is then page chrome, the later one the title.
 */
function findPageTitleLine(span: Unit[]): { line: ContentUnit; title: ContentUnit } | null {
  const content = span.filter((u): u is ContentUnit => u.type === 'content').slice(0, 8);
  for (let i = 0; i < Math.min(3, content.length); i++) {
    const line = content[i]!.block.norm;
    for (const candidate of content.slice(i + 1)) {
      const headline = candidate.block.norm;
      if (headline.length < 10 || headline.length >= line.length) continue;
      const rest = line.startsWith(headline) ? line.slice(headline.length) : line.endsWith(headline) ? line.slice(0, line.length - headline.length) : null;
      if (rest !== null && /^\s*[-|–—:»«]|[-|–—:»«]\s*$/u.test(rest)) return { line: content[i]!, title: candidate };
    }
  }
  return null;
}

/**
 * A long headline (an interview's, eighteen words and more) reads like prose and opens the body run;
 * it is still the headline when a date line or byline follows it before the text goes on.
 */
function isDatedHeadline(span: Unit[], bodyStart: number, body: Paragraph[]): boolean {
  const [first] = body;
  if (!first || body.length < 2 || endsLikeSentence(first.text) || wordCount(first.block.norm) > 30) return false;
  const next = span[bodyStart + 1];
  return next?.type === 'fields' && next.fields.some((f) => f.field === 'date' || f.field === 'author');
}

/**
 * A dump whose first line is the headline (newspaper corpora, CulturaX rows): the body run starts
 * with a short line that is not a sentence and announces what the prose below it is about.
 */
function leadsAsHeadline(body: Paragraph[]): boolean {
  const [first, ...rest] = body;
  if (!first || rest.length === 0 || first.block.index > 2) return false;
  if (wordCount(first.block.norm) > 20 || endsLikeSentence(first.text) || first.text.length >= rest[0]!.text.length) return false;
  const below = new Set<string>();
  for (const p of rest.slice(0, 3)) for (const w of contentWords(p.block.norm)) below.add(w);
  return overlap(contentWords(first.block.norm), below) >= 0.25;
}

/**
 * What crossing a section costs the body run: a little for a list or tag line (prose that goes on after a
 * read-also box is still the article), everything for comments and footers.
 */
function sectionBarrier(section: Section): number {
  return GREEDY.has(section.kind) ? -100 : -2;
}

/** Maximum-sum run (Kadane): the stretch of blocks that reads most like one piece of prose. */
function bestRun(weights: number[]): [number, number] {
  let best = 0;
  let bestFrom = -1;
  let bestTo = -1;
  let sum = 0;
  let from = 0;
  weights.forEach((w, i) => {
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += w;
    if (sum > best) {
      best = sum;
      bestFrom = from;
      bestTo = i;
    }
  });
  return [bestFrom, bestTo];
}

/**
 * The headline of the main article: among the few blocks before the body, the headline-like one that
 * shares most words with the body's opening, preferring one that a date line or byline follows and one
 * that comes before the article's date line (captions come after it).
 */
function findTitle(span: Unit[], bodyStart: number, body: Paragraph[]): Paragraph | null {
  if (body.length === 0) return null;
  const opening = new Set<string>();
  for (const p of body.slice(0, 3)) for (const w of contentWords(p.block.norm)) opening.add(w);
  // Headlines come before the article's date line; photo captions come after it.
  let dateLine = -1;
  for (let i = bodyStart - 1; i >= 0 && dateLine < 0; i--) {
    const unit = span[i]!;
    if (unit.type === 'section' && unit.section.kind !== 'keywords') break;
    if (unit.type === 'fields' && unit.fields.some((f) => f.field === 'date')) dateLine = i;
  }
  let best: { paragraph: Paragraph; score: number } | null = null;
  let looked = 0;
  for (let i = bodyStart - 1; i >= 0 && looked < TITLE_LOOKBACK; i--) {
    const unit = span[i]!;
    // A topic or tag line may sit between headline and body; a related list or a footer may not.
    if (unit.type === 'section' && unit.section.kind !== 'keywords') break;
    if (unit.type !== 'content') continue;
    looked++;
    if (!isTitleLike(unit.block, unit.text) || isProse(unit.block, unit.text) && !unit.block.tag?.match(/^h[1-3]$/)) continue;
    const words = contentWords(unit.block.norm);
    const shared = overlap(words, opening);
    if (shared < 0.25 && !(unit.block.kind === 'heading' && shared > 0)) continue;
    const next = span[i + 1];
    const datedOrSigned = next?.type === 'fields' && next.fields.some((f) => f.field === 'date' || f.field === 'author');
    const afterDateLine = dateLine >= 0 && i > dateLine;
    const score = shared + (datedOrSigned ? 0.5 : 0) + (unit.block.kind === 'heading' ? 0.3 : 0) - (afterDateLine ? 0.6 : 0) - looked * 0.02;
    if (!best || score > best.score) best = { paragraph: { block: unit.block, text: unit.text }, score };
  }
  return best?.paragraph ?? null;
}
