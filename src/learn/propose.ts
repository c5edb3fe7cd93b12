/**
 * Learning a site's boilerplate from many of its pages (`arnews learn`). What repeats across a large
 * share of distinct pages and is not article text is boilerplate: whole lines (menus, share rows,
 * footers), lines that differ only in their numbers (counters, times, SMS codes), tail markers (a
 * short line after the body followed by lines that differ from page to page), and phrases repeated
 * inside longer lines (a share row glued before the text, a self-link after it, a contact footer). Pages that are renderings of the same article
 * count once, so that an article's own text never looks repeated. The generic cleaner runs first: what
 * it already removes is not proposed again. The result is a declarative cleaner for a person to review,
 * its patterns written in plain Arabic (each word as the pages most often spell it, not in its matching
 * form) and its rules named once each.
 */
import { applyCleaners } from '../cleaners/apply.js';
import type { CleanerRegistry } from '../cleaners/registry.js';
import { CleanerSpecSchema, type CleanerSpec } from '../cleaners/schema.js';
import { COPYRIGHT_MARK, type SectionKind } from '../vocabulary.js';
import type { Block, Document } from '../document/model.js';
import { isProse, isTitleLike } from '../segment/prose.js';
import { segment } from '../segment/index.js';
import { normalizeArabic } from '../text/normalize.js';
import { words } from '../text/words.js';

export interface LearnOptions {
  /** Share of distinct pages a line must appear on (0–1). */
  minShare: number;
  name: string;
  /** The site's host; by default the host most page URLs share. */
  host: string | null;
}

export interface Proposal {
  cleaner: CleanerSpec;
  pages: number;
  /** Pages after merging renderings of the same article. */
  distinctPages: number;
  /** What was seen but not proposed, and why. */
  notes: string[];
}

/** Two pages whose bodies share this share of their word 5-grams are renderings of one article. */
const SAME_ARTICLE = 0.5;
const SHINGLE = 5;
/** A tail marker is a short line. */
const MARKER_MAX_WORDS = 6;
/** Glued phrases are found as runs of word n-grams of this length. */
const NGRAM = 4;
/** Lines long enough to carry a glued phrase; shorter lines are read for a shared head or tail. */
const GLUED_MIN_WORDS = 16;
/** A shared head or tail of short lines ("… م واس"), in words. */
const AFFIX_WORDS = 2;
/** A phrase glued before this many words of remaining text is cut; before fewer, the line is dropped. */
const PROSE_REMAINDER_WORDS = 18;
const MAX_SIGNATURES = 3;

/** One page as learning sees it: its blocks, which are body, and which the generic cleaner handles. */
interface PageView {
  doc: Document;
  body: Set<number>;
  handled: Set<number>;
  bodyEnd: number;
}

function view(doc: Document, registry: CleanerRegistry): PageView {
  const cleaned = applyCleaners(doc, [registry.generic], null);
  const drafts = segment(cleaned);
  const body = new Set(drafts.flatMap((d) => d.body.map((p) => p.block.index)));
  const handled = new Set(cleaned.labels.flatMap((l, i) => (l.text === null || l.marker ? [i] : [])));
  return { doc, body, handled, bodyEnd: Math.max(-1, ...body) };
}

/** Groups pages that are renderings of the same article (union-find over body shingle overlap). */
function distinctArticles(pages: PageView[]): PageView[][] {
  const shingles = pages.map((p) => {
    const w = words([...p.body].map((i) => p.doc.blocks[i]!.norm).join(' '));
    const set = new Set<string>();
    for (let i = 0; i + SHINGLE <= w.length; i++) set.add(w.slice(i, i + SHINGLE).join(' '));
    return set;
  });
  const parent = pages.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let a = 0; a < pages.length; a++) {
    for (let b = a + 1; b < pages.length; b++) {
      const [x, y] = [shingles[a]!, shingles[b]!];
      if (x.size === 0 || y.size === 0) continue;
      let shared = 0;
      for (const s of x) if (y.has(s)) shared++;
      if (shared / Math.max(x.size, y.size) >= SAME_ARTICLE) parent[find(a)] = find(b);
    }
  }
  const groups = new Map<number, PageView[]>();
  pages.forEach((p, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), p]));
  return [...groups.values()];
}

/** Counts, per key, the distinct articles it occurs in, keeping each occurrence. */
class Occurrences<T> {
  private readonly seen = new Map<string, { articles: Set<number>; items: T[] }>();
  add(key: string, article: number, item: T): void {
    const entry = this.seen.get(key) ?? { articles: new Set<number>(), items: [] };
    entry.articles.add(article);
    entry.items.push(item);
    this.seen.set(key, entry);
  }
  frequent(threshold: number): { key: string; share: number; items: T[] }[] {
    return [...this.seen.entries()]
      .filter(([, e]) => e.articles.size >= threshold)
      .map(([key, e]) => ({ key, share: e.articles.size, items: e.items }));
  }
}

interface LineHit {
  page: PageView;
  block: Block;
}

/** Where an n-gram stands in its line: word offset, and the line's length in words. */
interface GramHit extends LineHit {
  at: number;
  words: number;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;
/** A regex source for a matching-form text, its digits generalised. */
const shapeRegex = (text: string): string => text.replace(REGEX_SPECIAL, '\\$&').replace(/\d+/g, '\\d+');
const shapeOf = (norm: string): string => norm.replace(/\d+/g, '#');

/** The section a marker opens, guessed from its words; "drop" when nothing tells. */
function guessSection(norm: string, followers: Block[]): SectionKind {
  if (/تعليق|comment/.test(norm)) return 'comments';
  if (COPYRIGHT_MARK.test(norm)) return 'footer';
  if (/وسوم|كلمات|داله|دلاليه|tags|برچسب|كليد/.test(norm)) return 'keywords';
  if (/اقرا|طالع|انظر/.test(norm)) return 'read-also';
  if (/صله|مشابهه|مرتبط|متعلق|related/.test(norm)) return 'similar';
  return followers.length > 0 && followers.filter((b) => isTitleLike(b)).length * 2 >= followers.length
    ? 'more'
    : 'drop';
}

export function proposeCleaner(docs: Document[], registry: CleanerRegistry, options: LearnOptions): Proposal {
  const pages = docs.map((d) => view(d, registry));
  const articles = distinctArticles(pages);
  const threshold = Math.max(2, Math.ceil(options.minShare * articles.length));
  const notes: string[] = [];
  if (articles.length < 2)
    notes.push(
      `only ${articles.length} distinct article(s) among ${pages.length} page(s): nothing can be seen to repeat`,
    );

  const lines = new Occurrences<LineHit>();
  const shapes = new Occurrences<LineHit>();
  const grams = new Occurrences<GramHit>();
  const heads = new Occurrences<LineHit>();
  const tails = new Occurrences<LineHit>();
  articles.forEach((group, article) => {
    for (const page of group) {
      for (const block of page.doc.blocks) {
        if (page.handled.has(block.index)) continue;
        const hit = { page, block };
        lines.add(block.norm, article, hit);
        shapes.add(shapeOf(block.norm), article, hit);
        const w = block.norm.split(' ');
        if (w.length < GLUED_MIN_WORDS) {
          if (w.length > AFFIX_WORDS) {
            heads.add(shapeOf(w.slice(0, AFFIX_WORDS).join(' ')), article, hit);
            tails.add(shapeOf(w.slice(-AFFIX_WORDS).join(' ')), article, hit);
          }
          continue;
        }
        for (let i = 0; i + NGRAM <= w.length; i++)
          grams.add(shapeOf(w.slice(i, i + NGRAM).join(' ')), article, { ...hit, at: i, words: w.length });
      }
    }
  });

  const drop: CleanerSpec['rules']['drop'] = [];
  const sections: CleanerSpec['rules']['sections'] = [];
  const covered = new Set<Block>();
  const share = (n: number): string => `${n}/${articles.length} pages`;

  const frequentLines = lines.frequent(threshold).sort((a, b) => b.share - a.share);
  const repeated = new Set(frequentLines.map((f) => f.key));
  /** Repeated paragraphs of article text (a background paragraph a site appends to its stories). */
  const repeatedProse = new Set<string>();
  const inBodyProse = (h: LineHit): boolean => isProse(h.block) && h.page.body.has(h.block.index);

  // Lines that differ only in their numbers first (counters, times, dates): one rule covers them all.
  for (const { key, share: n, items } of shapes.frequent(threshold).sort((a, b) => b.share - a.share)) {
    if (!key.includes('#') || items.some(inBodyProse)) continue;
    for (const h of items) covered.add(h.block);
    drop.push({
      name: `repeated line, numbers vary (${share(n)})`,
      regex: `^${shapeRegex(key).replace(/#/g, '\\d+')}$`,
    });
  }

  for (const { key, share: n, items } of frequentLines) {
    if (items.every((h) => covered.has(h.block))) continue;
    if (items.filter(inBodyProse).length * 2 > items.length) {
      repeatedProse.add(key);
      notes.push(`not proposed, repeated prose inside the body (${share(n)}): ${items[0]!.block.text.slice(0, 80)}`);
      continue;
    }
    for (const h of items) covered.add(h.block);
    const first = items[0]!.block;
    const afterBody = items.filter((h) => h.block.index > h.page.bodyEnd).length;
    const followers = items
      .flatMap((h) => h.page.doc.blocks.slice(h.block.index + 1, h.block.index + 4))
      .filter((b) => !repeated.has(b.norm));
    const variesAfter =
      followers.length >= items.length && new Set(followers.map((b) => b.norm)).size > followers.length / 2;
    if (afterBody * 2 > items.length && words(key).length <= MARKER_MAX_WORDS && variesAfter) {
      sections.push({ name: `tail marker (${share(n)})`, exact: first.text, section: guessSection(key, followers) });
    } else {
      drop.push({ name: `repeated line (${share(n)})`, exact: first.text });
    }
  }

  for (const [kind, affixes] of [
    ['prefix', heads],
    ['suffix', tails],
  ] as const) {
    for (const { key, share: n, items } of affixes.frequent(threshold).sort((a, b) => b.share - a.share)) {
      const open = items.filter((h) => !covered.has(h.block) && !(isProse(h.block) && h.page.body.has(h.block.index)));
      if (open.length * 2 < items.length || !/\p{L}{2}/u.test(key) || key.includes('#')) continue;
      for (const h of open) covered.add(h.block);
      const longest = Math.max(...open.map((h) => h.block.norm.length));
      drop.push({
        name: `lines sharing their ${kind === 'prefix' ? 'head' : 'tail'} (${share(n)})`,
        [kind]: key,
        maxLength: Math.ceil(longest * 1.2),
      });
    }
  }

  // A phrase of a repeated article paragraph is article text wherever it stands.
  const proseShapes = [...repeatedProse].map(shapeOf);
  const glued = grams.frequent(threshold).filter((g) => !proseShapes.some((p) => p.includes(g.key)));
  for (const rule of gluedPhrases(glued, covered, share)) drop.push(rule);

  const plain = plainSpeller(docs);
  const rules = {
    drop: namedOnce(drop.map((r) => inPlainArabic(r, plain))),
    sections: namedOnce(sections.map((r) => inPlainArabic(r, plain))),
  };
  const cleaner = {
    name: options.name,
    description: `Proposed by arnews learn from ${pages.length} page(s), ${articles.length} distinct, at a share of ${options.minShare}: review every rule before use.`,
    family: 'learned',
    appliesTo: {
      hosts: options.host ? [options.host] : commonHost(docs),
      signatures: signatures(rules.drop, rules.sections),
    },
    rules,
  };
  return { cleaner: CleanerSpecSchema.parse(cleaner), pages: pages.length, distinctPages: articles.length, notes };
}

/**
 * Phrases repeated inside longer lines, each read where it mostly stands: heading the line (a share row
 * glued before the text: cut it; a self-link heading a short line: drop the line), in the line's tail
 * (a self-link or contact footer glued after the text: cut from the phrase to the end), or inside a
 * line too short to be an article paragraph (a footer: drop the line).
 */
function gluedPhrases(
  frequent: { key: string; share: number; items: GramHit[] }[],
  covered: Set<Block>,
  share: (n: number) => string,
): CleanerSpec['rules']['drop'] {
  const rules: CleanerSpec['rules']['drop'] = [];
  const keys = new Set(frequent.map((g) => g.key));
  for (const g of [...frequent].sort((a, b) => b.share - a.share)) {
    const open = g.items.filter((h) => !covered.has(h.block));
    if (open.length * 2 < g.items.length) continue;
    const phrase = shapeRegex(extendPhrase(open[0]!, keys)).replace(/#/g, '\\d+');
    const most = (test: (h: GramHit) => boolean): boolean => open.filter(test).length * 2 > open.length;
    const name = (where: string): string => `${where} (${share(g.share)})`;
    if (most((h) => h.at === 0)) {
      // Glued to running text, only the phrase goes; heading a short line (a self-link), the line goes.
      rules.push(
        most((h) => h.words - NGRAM >= PROSE_REMAINDER_WORDS)
          ? { name: name('phrase glued to the start of paragraphs'), regex: `^${phrase}\\s*`, cut: true }
          : { name: name('lines starting with a repeated phrase'), regex: `^${phrase}` },
      );
    } else if (most((h) => h.at >= h.words / 2)) {
      rules.push({ name: name('phrase glued to the end of paragraphs'), regex: `\\s*${phrase}.*$`, cut: true });
    } else if (most((h) => h.words < PROSE_REMAINDER_WORDS + NGRAM * 2)) {
      rules.push({ name: name('lines holding a repeated phrase'), regex: phrase });
    } else continue;
    for (const h of g.items) covered.add(h.block);
  }
  return rules;
}

/** The n-gram at a hit, extended word by word while the next n-gram is repeated too (its shape, digits as #). */
function extendPhrase(hit: GramHit, keys: Set<string>): string {
  const w = hit.block.norm.split(' ');
  let end = hit.at + NGRAM;
  while (end < w.length && keys.has(shapeOf(w.slice(end - NGRAM + 1, end + 1).join(' ')))) end++;
  return shapeOf(w.slice(hit.at, end).join(' '));
}

function commonHost(docs: Document[]): string[] {
  const counts = new Map<string, number>();
  for (const d of docs) {
    try {
      const host = new URL(d.meta.url ?? d.input.url ?? '').hostname.replace(/^www\./, '');
      counts.set(host, (counts.get(host) ?? 0) + 1);
    } catch {
      // no URL
    }
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 >= docs.length ? [best[0]] : [];
}

/** A run of Arabic letters, and the marks that are no part of a word's spelling (diacritics, tatweel). */
const ARABIC_WORD = /[\u0621-\u064a\u0671-\u06d3]+/gu;
// eslint-disable-next-line no-misleading-character-class -- a class of lone combining marks (and tatweel), each matched on its own
const MARKS = /[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]/gu;

/**
 * Writes a pattern found on the matching form in plain Arabic: each word as the pages most often spell it
 * ("بصحيفه" → "بصحيفة"), which folds back to the same word, so the rule matches the same lines.
 */
function plainSpeller(docs: Document[]): (pattern: string) => string {
  const spellings = new Map<string, Map<string, number>>();
  for (const block of docs.flatMap((d) => d.blocks)) {
    for (const word of block.text.replace(MARKS, '').match(ARABIC_WORD) ?? []) {
      const folded = normalizeArabic(word);
      const counts = spellings.get(folded) ?? new Map<string, number>();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      spellings.set(folded, counts);
    }
  }
  const best = new Map(
    [...spellings].map(([folded, counts]) => [
      folded,
      [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0],
    ]),
  );
  return (pattern) => pattern.replace(ARABIC_WORD, (word) => best.get(word) ?? word);
}

function inPlainArabic<
  T extends { exact?: string | string[]; prefix?: string | string[]; suffix?: string | string[]; regex?: string },
>(rule: T, plain: (pattern: string) => string): T {
  const out = { ...rule };
  for (const kind of ['prefix', 'suffix', 'regex'] as const) {
    const pattern = out[kind];
    if (typeof pattern === 'string') (out as Record<string, unknown>)[kind] = plain(pattern);
  }
  return out;
}

/** Rules are named by their evidence ("repeated line (41/59 pages)"); a name that comes again gets a number. */
function namedOnce<T extends { name?: string | undefined }>(rules: T[]): T[] {
  const seen = new Map<string, number>();
  return rules.map((rule) => {
    if (rule.name === undefined) return rule;
    const n = (seen.get(rule.name) ?? 0) + 1;
    seen.set(rule.name, n);
    return n === 1 ? rule : { ...rule, name: `${rule.name} #${n}` };
  });
}

/** The most widespread literal lines, heads and tails that read like words (not numbers or symbols). */
function signatures(drop: CleanerSpec['rules']['drop'], sections: CleanerSpec['rules']['sections']): string[] {
  return [...sections, ...drop]
    .map((r) => [r.exact ?? r.prefix ?? r.suffix].flat()[0])
    .filter((t): t is string => !!t && words(t).length >= 2)
    .slice(0, MAX_SIGNATURES);
}
