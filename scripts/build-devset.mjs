#!/usr/bin/env node
/**
 * Builds fixtures/devset/, the labelled dev set of `npm run eval:dumps`, from ../shared/corpus.
 *
 *   node scripts/build-devset.mjs [--corpus ../shared/corpus] [--out fixtures/devset]
 *
 * Deterministic: the same corpus gives the same files (a fixed seed drives every choice). It needs
 * `npm run build` (it reads the matching form from dist/) and the Debian renderers named in
 * scripts/devset/render.mjs. Two kinds of pages:
 *
 * - composite pages (scripts/devset/compose.mjs): real articles of the labelled sets (SaudiNewsNet,
 *   ANT, Al Mayadeen) in the real HTML of the twelve Arabic article pages of the corpus, rendered by
 *   the real text renderers (w3m, lynx, lynx with references, python html2text, Debian html2text), the
 *   corpus's Resiliparse-like converter and a warc2text-like and a trafilatura-like form; gold known by
 *   construction;
 * - the cross series (x-*, dev only, its own seed): every dev template and layout family crossed with
 *   every dump style, turning through tag styles, kickers, standfirsts, one to three articles and the
 *   places of an embedded article, with dev articles no earlier page holds first;
 * - the second families series (f2-*, dev only, its own seed): the ten layout families of
 *   scripts/devset/families2.mjs in every dump style, turning through each family's tag styles, the
 *   standfirst, one to three articles and the places of an embedded article;
 * - the third families series (f3-*, dev only, its own seed): the eight layout families of
 *   scripts/devset/families3.mjs, the same way;
 * - the fourth families series (f4-*, its own seed): the layout families of scripts/devset/families4.mjs,
 *   the same way with dev articles only; the families whose site the split holds back make the split
 *   "test-f4" (held-back layouts, not held-back articles), apart from the held-back split "test";
 * - the fifth families series (f5-*, its own seed): the layout families of scripts/devset/families5.mjs,
 *   the same way as the fourth; the families whose site the split holds back make the split "test-f5";
 * - the sixth families series (f6-*, its own seed): the layout families of scripts/devset/families6.mjs,
 *   the same way; the families whose site the split holds back make the split "test-f6";
 * - the seventh families series (f7-*, its own seed): the layout families of scripts/devset/families7.mjs,
 *   the same way; the families whose site the split holds back make the split "test-f7";
 * - the eighth families series (f8-*, its own seed): the layout families of scripts/devset/families8.mjs,
 *   the same way; the families whose site the split holds back make the split "test-f8";
 * - the ninth families series (f9-*, its own seed): the layout families of scripts/devset/families9.mjs,
 *   the same way; the families whose site the split holds back make the split "test-f9", and their
 *   embedded articles come after markers of their own (`heldBackMarkers`), none of the dev families';
 * - the markup series (m-*, dev only, its own seed): the eight families of scripts/devset/markup.mjs
 *   (the same article parts in the HTML forms of common CMSs), the same way, weighted on lynx and lynx
 *   with references;
 * - pages as they come (scripts/devset/real.mjs): the corpus's own dumps of those twelve pages, the
 *   page excerpts, CulturaX rows, the warc2text dump, Arabic Newspapers Corpus files, and JSONL records
 *   of SaudiNewsNet, ANT and Al Mayadeen; gold written by reading (scripts/devset/gold/).
 *
 * The split: every page belongs to a site (the template's site, the article source's site, the
 * newspaper's country); a site is held back (split "test") when the first byte of
 * sha256("arnews-devset-v1:" + site) is divisible by 3. A composite page joins only a template and
 * articles of the same split, so held-back pages use templates and articles never seen in the dev
 * split. Al Mayadeen is one site with 150 articles: its articles are split by the same hash of their
 * post id (the site's frame is then seen in both splits).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAlMayadeen, loadAnt, loadSaudiNewsNet } from './devset/articles.mjs';
import {
  composePage,
  dedupeRelated,
  goldTags,
  KICKERS,
  READ_ALSO_MARKERS,
  RELATED_MARKERS,
  TAG_MARKERS,
  TAG_SEPARATORS,
} from './devset/compose.mjs';
import { dateLine, dateLineIn, daysAfter } from './devset/datelines.mjs';
import { captionFor, FAMILIES, SECTIONS, WRITERS } from './devset/families.mjs';
import { FAMILIES_2 } from './devset/families2.mjs';
import { FAMILIES_3 } from './devset/families3.mjs';
import { FAMILIES_4 } from './devset/families4.mjs';
import { FAMILIES_5 } from './devset/families5.mjs';
import { FAMILIES_6 } from './devset/families6.mjs';
import { FAMILIES_7 } from './devset/families7.mjs';
import { FAMILIES_8 } from './devset/families8.mjs';
import { FAMILIES_9 } from './devset/families9.mjs';
import { MARKUP_FAMILIES } from './devset/markup.mjs';
import { checkRenderers, render, RENDERERS } from './devset/render.mjs';
import { HTML_TEMPLATES } from './devset/templates.mjs';
import { realPages } from './devset/real.mjs';
import { articleSplit, splitOf } from './devset/split.mjs';
import { scriptArgs } from './args.mjs';
import { prng } from './devset/prng.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = scriptArgs(
  `Usage: node scripts/build-devset.mjs [--corpus ../shared/corpus] [--out fixtures/devset]   (after npm run build)
Builds the labelled dev set of \`npm run eval:dumps\` from the corpus (see the file's header).
  --corpus DIR   the shared corpus (default ../shared/corpus)
  --out DIR      where the dev set is written (default fixtures/devset)`,
  { corpus: { type: 'string', default: '../shared/corpus' }, out: { type: 'string', default: 'fixtures/devset' } },
);
const corpus = path.resolve(ROOT, args.corpus);
const out = path.resolve(ROOT, args.out);
const { normalizeArabic } = await import('arnews');

/** Composite pages per template: the held-back templates get more, so that the test split is about a third. */
const COMPOSITES_PER_TEMPLATE = { dev: 14, test: 21 };
const SEED = 20250807;
/** Pages per layout family (families.mjs), and the seed of their own PRNG. */
const FAMILY_PAGES = 14;
const FAMILY_SEED = 20250808;

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

const wordsOf = (text) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Articles fit for a composite page: a headline of 3+ words, 2+ paragraphs, 60+ words of text. */
function usable(a) {
  const words = a.paragraphs.reduce((n, p) => n + wordsOf(p).length, 0);
  return wordsOf(a.title).length >= 3 && a.paragraphs.length >= 2 && words >= 60;
}

/** A tag is a name or a term: common words ("العالم", "أسعار") and phrases ("سبيل المثال") are not. */
const MAX_TAG_DOC_SHARE = 0.02;
let documentFrequency = null;
function commonInCorpus(tag, articles) {
  if (!documentFrequency) {
    documentFrequency = new Map();
    for (const a of articles) {
      const toks = normalizeArabic([a.title, ...a.paragraphs].join(' ')).match(/[\p{L}\p{N}]+/gu) ?? [];
      const seen = new Set([...toks, ...toks.slice(1).map((t, i) => `${toks[i]} ${t}`)]);
      for (const k of seen) documentFrequency.set(k, (documentFrequency.get(k) ?? 0) + 1);
    }
    documentFrequency.total = articles.length;
  }
  const key = (normalizeArabic(tag).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  return (documentFrequency.get(key) ?? 0) / documentFrequency.total > MAX_TAG_DOC_SHARE;
}

/**
 * Tags for an article that has none of its own: real tags of the same split (Al Mayadeen keywords and
 * the twelve pages' tag lists) that its text contains, then names its text repeats ("وزارة الإسكان",
 * "الاتحاد الأوروبي": a word and a definite word after it, twice or more), at most six, none common in
 * the corpus; none when fewer than two are found.
 */
function pickTags(article, pool, corpusArticles, max = 6) {
  const text = ` ${normalizeArabic([article.title, ...article.paragraphs].join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const found = pool
    .filter((t) => text.includes(` ${normalizeArabic(t)} `) && !commonInCorpus(t, corpusArticles))
    .sort((a, b) => wordsOf(b).length - wordsOf(a).length);
  const tags = distinctTags(found).slice(0, max);
  return tags.length >= 2 ? tags : [];
}

/** Tags that read the same on the matching form ("سياسة", "سياسه") are one tag. */
function distinctTags(tags) {
  const seen = new Set();
  return tags.filter((t) => {
    const key = wordsOf(normalizeArabic(t)).join(' ');
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function tagsOf(article, pool, corpusArticles, max = { own: 8, picked: 6 }) {
  const own = article.set === 'almayadeen' ? distinctTags(article.keywords).slice(0, max.own) : [];
  return own.length >= 2 ? own : pickTags(article, pool, corpusArticles, max.picked);
}
/** A long tag list (families that print one): every tag of the article's own, or up to this many found in its text. */
const LONG_TAGS = { own: 16, picked: 14 };

/** Generic tag styles, in turn: every separator on the marker's line, some below it, a list, none. */
const GENERIC_TAG_STYLES = [
  ...TAG_SEPARATORS.map((separator) => ({ style: 'inline', separator })),
  ...[', ', '، ', ' | ', ' '].map((separator) => ({ style: 'below', separator })),
  { style: 'list', separator: null },
  null,
];

function writePage(dir, id, text) {
  const file = path.join(dir, 'pages', id);
  fs.writeFileSync(file, text);
  return `pages/${id}`;
}

function goldRecord(fields) {
  return {
    role: fields.role ?? 'main',
    title: fields.title ?? null,
    paragraphs: fields.paragraphs ?? [],
    source: fields.source ?? null,
    imageCredit: fields.imageCredit ?? null,
    author: fields.author ?? null,
    published: fields.published ?? null,
    keywords: fields.keywords ?? [],
    related: (fields.related ?? []).map((r) => ({ title: r.title, url: null, relation: r.relation })),
  };
}

/** A read-also marker on a line of its own reads the headline lines after it: at most this many words, no sentence end. */
const READ_ALSO_TITLE = { maxWords: 12, sentenceEnd: /[.:;؛!…]$/u };
const READ_ALSO_KEYS = [...new Set(READ_ALSO_MARKERS.map((m) => wordsOf(normalizeArabic(m)).join(' ')))];
const readAlsoKey = (line) => {
  const key = wordsOf(normalizeArabic(line)).join(' ');
  return READ_ALSO_KEYS.find((m) => key === m || key.startsWith(`${m} `)) ?? null;
};

/**
 * What a reader takes from an article's own lines, which pages print as they are: its byline (a first
 * line that is the set's author field, "ســيد حــكم"), its read-also links ("اقرأ أيضا: <headline>", or
 * the marker alone over headline lines) as related entries, and the rest as its paragraphs.
 */
const readings = new Map();
function readingOf(article) {
  if (readings.has(article)) return readings.get(article);
  const lines = article.paragraphs;
  const author = article.raw?.author ? wordsOf(normalizeArabic(article.raw.author)).join(' ') : null;
  const byline =
    author && lines.length > 1 && wordsOf(normalizeArabic(lines[0])).join(' ') === author ? lines[0] : null;
  const paragraphs = [];
  const related = [];
  for (let i = byline ? 1 : 0; i < lines.length; i++) {
    const marker = readAlsoKey(lines[i]);
    if (!marker) {
      paragraphs.push(lines[i]);
      continue;
    }
    // The headline after the marker's words (two in every marker) on its line, else the lines below it.
    const inline = lines[i].replace(/^\S+\s+\S+\s*:?\s*/u, '');
    if (inline) related.push({ title: inline, relation: 'read-also' });
    else
      while (
        i + 1 < lines.length &&
        wordsOf(lines[i + 1]).length <= READ_ALSO_TITLE.maxWords &&
        !READ_ALSO_TITLE.sentenceEnd.test(lines[i + 1])
      )
        related.push({ title: lines[++i], relation: 'read-also' });
  }
  const reading = { byline, paragraphs, related };
  readings.set(article, reading);
  return reading;
}

/** The articles fit for composite pages, per split, and the tag pools they take tags from (no choice is random here). */
function composable(articles) {
  const pools = { dev: [], test: [] };
  for (const a of articles.filter(usable)) pools[articleSplit(a)].push(a);
  const tagPool = { dev: new Set(), test: new Set() };
  for (const a of articles)
    if (a.set === 'almayadeen') for (const t of a.keywords) if (wordsOf(t).length > 0) tagPool[articleSplit(a)].add(t);
  for (const t of HTML_TEMPLATES) for (const k of t.original.keywords ?? []) tagPool[splitOf(t.site)].add(k);
  for (const split of ['dev', 'test']) pools[split].sort((a, b) => (a.key < b.key ? -1 : 1));
  return { pools, tagPool };
}

/** The markers before an embedded article: a read-also marker, or a related box's heading. */
const EMBEDDED_MARKERS = { readAlso: READ_ALSO_MARKERS, related: RELATED_MARKERS };

/**
 * What every series of composite pages draws on: a seeded PRNG, the split's articles in a shuffled
 * order, their tags, and turns that rotate styles, tag styles and date forms from page to page.
 */
function makeComposer(seed, articles, seen = new Set(), markers = EMBEDDED_MARKERS) {
  const { pools, tagPool } = composable(articles);
  const rand = prng(seed);
  const cursor = { dev: 0, test: 0 };
  const shuffled = {};
  for (const split of ['dev', 'test']) {
    shuffled[split] = [...pools[split]];
    for (let i = shuffled[split].length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [shuffled[split][i], shuffled[split][j]] = [shuffled[split][j], shuffled[split][i]];
    }
    // Articles no earlier page holds come first (a stable partition of the shuffled order).
    shuffled[split] = [
      ...shuffled[split].filter((a) => !seen.has(a.key)),
      ...shuffled[split].filter((a) => seen.has(a.key)),
    ];
  }
  const tagsByKey = new Map(
    articles.filter(usable).map((a) => [a.key, tagsOf(a, [...tagPool[articleSplit(a)]], articles)]),
  );
  const turns = { style: 0, tag: 0, date: 0 };
  /**
   * The next article of a split: half the time one of the template's own site when the set has some;
   * with `tagged`, three times in four one that has tags (so that most pages carry a tag line).
   */
  const nextArticle = (split, site, avoid, tagged) => {
    const own = shuffled[split].filter((a) => a.site === site && !avoid.has(a.key));
    if (own.length && rand() < 0.5) return own[Math.floor(rand() * own.length)];
    const wantTags = tagged && rand() < 0.75;
    for (;;) {
      const a = shuffled[split][cursor[split]++ % shuffled[split].length];
      if (!avoid.has(a.key) && (!wantTags || tagsByKey.get(a.key).length > 0)) return a;
    }
  };
  /**
   * The further articles of page `k` (n - 1 of them): each after a read-also marker, after the tail, or
   * first in a related box; `pageMarkers` are the page's own markers where they are not the composer's (a
   * series' held-back families), with tag markers of their own where they give some.
   */
  const embeddedFor = (split, site, used, k, n, pageMarkers = markers) => {
    const embedded = [];
    for (let e = 1; e < n; e++) {
      const withTags = rand() < 0.5;
      const article = nextArticle(split, site, used, withTags);
      used.add(article.key);
      const mode = ['read-also', 'after-tail', 'related-first'][(k + e) % 3];
      const date = rand() < 0.7 ? dateLine(article.date, turns.date++) : null;
      const eTags = withTags ? tagsByKey.get(article.key) : [];
      const eSpec = GENERIC_TAG_STYLES[turns.tag++ % (GENERIC_TAG_STYLES.length - 1)];
      embedded.push({
        article,
        mode,
        marker: mode === 'related-first' ? pick(rand, pageMarkers.related) : pick(rand, pageMarkers.readAlso),
        dateLine: date?.line ?? null,
        published: date?.gold ?? null,
        sourceLine: article.source && rand() < 0.5 ? `المصدر: ${article.source}` : null,
        tags: eTags.length
          ? {
              style: eSpec.style,
              tags: eTags,
              options: { separator: eSpec.separator, marker: pick(rand, pageMarkers.tags ?? TAG_MARKERS), more: false },
            }
          : null,
        others:
          mode === 'related-first'
            ? [0, 1].map(() => shuffled[split][Math.floor(rand() * shuffled[split].length)].title)
            : [],
      });
    }
    return embedded;
  };
  return { rand, shuffled, tagPool, tagsByKey, turns, nextArticle, embeddedFor };
}

/** How many articles a composite page holds: one half the time, else two or three. */
const articleCount = (rand) => (rand() < 0.5 ? 1 : rand() < 0.7 ? 2 : 3);

/** How much of an article's first paragraph must be in a dump for the article to count as printed. */
const PRINTED_HEAD_CHARS = 40;

/**
 * Whether a dump prints an article: the head of its first paragraph is in the dump's text, compared in
 * the matching form with runs of spaces (and Debian html2text's underscores) as one space. Debian
 * html2text drops a block the HTML holds out of place (a <div> between a table's cells, which a browser
 * moves before the table), and the gold must hold what the dump holds.
 */
function printedIn(text, article) {
  const flat = (s) => normalizeArabic(s.replace(/[\s_]+/g, ' '));
  const head = flat(article.paragraphs[0] ?? '')
    .slice(0, PRINTED_HEAD_CHARS)
    .trim();
  return flat(text).includes(head);
}

/**
 * Renders a composite page, writes it and returns its manifest entry with its gold records: the main
 * article with the frame's fields (`frame`), the page's titled lists and tags, then each embedded one.
 */
function compositePage(dir, { id, split, style, site, plan, composed, frame, prefix }) {
  const { main, tags, embedded } = plan;
  // The embedded articles the dump prints (a renderer may drop one the HTML holds out of place).
  let shown = embedded;
  // The gold holds the standfirst only where the page prints it (trafilatura's text is written from the gold).
  const standfirst = plan.standfirst && (style === 'trafilatura' || composed.standfirst);
  const lead = standfirst ? [main.standfirst] : [];
  const own = readingOf(main);
  const mainParagraphs = [...lead, ...own.paragraphs];
  let text;
  let records;
  if (style === 'trafilatura') {
    // Main text only, one paragraph a line, no headline (trafilatura's plain-text output).
    const lines = [...lead, ...main.paragraphs];
    if (prefix) lines[lead.length] = `${prefix.text.trim()} ${lines[lead.length]}`;
    text = `${lines.join('\n')}\n`;
    records = [
      goldRecord({
        title: null,
        paragraphs: mainParagraphs,
        source: prefix?.source ?? null,
        // A dateline that writes the day (a press release's) dates the text even with no date line.
        published: prefix?.published ?? null,
        author: own.byline,
        related: own.related,
      }),
    ];
  } else {
    text = render(composed.html, style, corpus);
    shown = embedded.filter((e) => printedIn(text, e.article));
    records = [
      goldRecord({
        title: main.title,
        paragraphs: mainParagraphs,
        source: prefix?.source ?? frame.source,
        imageCredit: frame.imageCredit,
        author: frame.author ?? own.byline,
        published: frame.published,
        keywords: tags ? goldTags(tags.style, tags.tags) : [],
        related: dedupeRelated([...composed.related, ...own.related]),
      }),
      ...shown.map((e) => {
        const { byline, paragraphs, related } = readingOf(e.article);
        return goldRecord({
          role: 'embedded',
          title: e.article.title,
          paragraphs,
          source: e.sourceLine ? e.article.source : null,
          author: byline,
          published: e.dateLine ? e.published : null,
          keywords: e.tags ? goldTags(e.tags.style, e.tags.tags) : [],
          related,
        });
      }),
    ];
  }
  const input = writePage(dir, `${id}.txt`, text);
  return {
    id,
    kind: 'composite',
    split,
    style,
    site,
    input,
    articles: [main, ...embedded.map((e) => e.article)].map((a) => a.key),
    notes: [
      plan.kicker ? `kicker "${plan.kicker}"` : null,
      standfirst ? 'standfirst' : null,
      tags ? `tags: ${tags.style}${tags.options.separator ? ` "${tags.options.separator}"` : ''}` : 'no tags',
      ...embedded.map((e) => `embedded: ${e.mode}${shown.includes(e) ? '' : ' (not printed by the renderer)'}`),
    ].filter(Boolean),
    records,
  };
}

function buildComposites(dir, articles) {
  const composer = makeComposer(SEED, articles);
  const { rand, tagsByKey, turns, nextArticle, embeddedFor } = composer;
  const pages = [];
  HTML_TEMPLATES.forEach((template, t) => {
    const split = splitOf(template.site);
    const html = fs.readFileSync(path.join(corpus, template.file), 'utf8');
    const count = COMPOSITES_PER_TEMPLATE[split];
    for (let k = 0; k < count; k++) {
      const used = new Set();
      const tagSpec = template.tags
        ? { style: template.tagStyle }
        : GENERIC_TAG_STYLES[turns.tag++ % GENERIC_TAG_STYLES.length];
      const main = nextArticle(split, template.site, used, !!tagSpec);
      used.add(main.key);
      const n = articleCount(rand);
      const style =
        (k % 10 === 4 || k % 10 === 9) && n === 1 ? 'trafilatura' : RENDERERS[(t + turns.style++) % RENDERERS.length];
      const mainTags = tagSpec ? tagsByKey.get(main.key) : [];
      const tags =
        tagSpec && mainTags.length
          ? {
              style: tagSpec.style,
              tags: mainTags,
              options: { separator: tagSpec.separator, marker: pick(rand, TAG_MARKERS), more: rand() < 0.3 },
            }
          : null;
      const embedded = embeddedFor(split, template.site, used, k, n);
      const plan = {
        main,
        kicker: rand() < 0.3 ? pick(rand, KICKERS) : null,
        standfirst: !!main.standfirst && rand() < 0.6 && !main.paragraphs[0].startsWith(main.standfirst.slice(0, 30)),
        tags,
        embedded,
      };
      const composed = composePage(html, template, plan, normalizeArabic);
      const id = `c-${template.site}-${String(k).padStart(2, '0')}-${style}`;
      pages.push(
        compositePage(dir, {
          id,
          split,
          style,
          site: template.site,
          plan,
          composed,
          frame: template.frame,
          prefix: template.prefix,
        }),
      );
    }
  });
  return pages;
}

/** What a layout family's build draws its frame from (families.mjs says what each part gives). */
function familyContext({ rand, shuffled }, split, main, used, mainTags) {
  const ctx = {
    article: main,
    rand,
    pick: (list) => pick(rand, list),
    chance: (p) => rand() < p,
    headlines: (count) => {
      const out = [];
      while (out.length < count) {
        const a = shuffled[split][Math.floor(rand() * shuffled[split].length)];
        if (!used.has(a.key) && !out.includes(a.title)) out.push(a.title);
      }
      return out;
    },
    writer: () => pick(rand, WRITERS),
    section: () => pick(rand, SECTIONS),
    clock: () =>
      `${String(Math.floor(rand() * 24)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}`,
    date: (form) => dateLineIn(form, main.date),
    today: (form) => dateLineIn(form, daysAfter(main.date, 1 + Math.floor(rand() * 20))),
  };
  ctx.caption = () => captionFor(ctx, mainTags);
  return ctx;
}

/**
 * Composite pages of the layout families (families.mjs), dev split only, with a PRNG of their own so
 * that the pages above (and the whole held-back split) stay as they are. Each page draws its frame
 * anew: other headlines in its lists, a writer, a date line in the family's form, a caption, a kicker.
 */
function buildFamilyComposites(dir, articles) {
  const composer = makeComposer(FAMILY_SEED, articles);
  const { rand, tagPool, tagsByKey, turns, nextArticle, embeddedFor } = composer;
  const pages = [];
  FAMILIES.forEach((family, f) => {
    const split = splitOf(family.site);
    if (split !== 'dev')
      throw new Error(`${family.site}: a layout family must be of the dev split (the held-back split stays as it is)`);
    const name = family.site.replace(/^family:/, '');
    for (let k = 0; k < FAMILY_PAGES; k++) {
      const used = new Set();
      const main = nextArticle(split, family.site, used, !!family.tagStyle);
      used.add(main.key);
      const n = articleCount(rand);
      const style = RENDERERS[(f + turns.style++) % RENDERERS.length];
      const mainTags =
        family.tagStyle === 'marker-long'
          ? tagsOf(main, [...tagPool[split]], articles, LONG_TAGS)
          : tagsByKey.get(main.key);
      const tagStyle = family.tagStyle === 'chips' && rand() < 0.5 ? 'title-words' : family.tagStyle;
      const section = () => pick(rand, SECTIONS);
      const tags =
        tagStyle && (mainTags.length || tagStyle === 'title-words')
          ? { style: tagStyle, tags: mainTags, options: { marker: section() } }
          : null;
      const embedded = embeddedFor(split, family.site, used, k, n);
      const built = family.build(familyContext(composer, split, main, used, mainTags));
      const plan = {
        main,
        kicker: null,
        standfirst: !!main.standfirst && rand() < 0.6 && !main.paragraphs[0].startsWith(main.standfirst.slice(0, 30)),
        tags,
        embedded,
      };
      const template = { ...family.spec, site: family.site, prefix: built.prefix };
      const composed = composePage(built.html, template, plan, normalizeArabic);
      const id = `c-${name}-${String(k).padStart(2, '0')}-${style}`;
      pages.push(
        compositePage(dir, {
          id,
          split,
          style,
          site: family.site,
          plan,
          composed,
          frame: built.frame,
          prefix: built.prefix,
        }),
      );
    }
  });
  return pages;
}

/**
 * Tag styles the cross series (x-*) turns through: every generic style, the layout families' styles and
 * the dev sites' own markup (held-back sites' markup stays out), and no tag block. A style with no marker
 * (`unmarked`) only goes where the frame has a tag block of its own: a bare list of links anywhere else
 * is no tag list a reader would know.
 */
const CROSS_TAG_STYLES = [
  ...GENERIC_TAG_STYLES.filter(Boolean),
  { style: 'marker-spaced' },
  { style: 'marker-long' },
  { style: 'hashtags' },
  { style: 'title-words' },
  { style: 'youm7', unmarked: true },
  { style: 'sputnik', unmarked: true },
  { style: 'elbalad' },
  { style: 'chips', unmarked: true },
  { style: 'bare-inline', unmarked: true },
  { style: 'bare-lines', unmarked: true },
  { style: 'bare-list', unmarked: true },
  null,
];
/** The cross series: pages per frame (the first eight take every style of CROSS_STYLES once), and its seed. */
const CROSS_PAGES = 12;
const CROSS_SEED = 20250809;
const CROSS_STYLES = [...RENDERERS, 'trafilatura'];
const CROSS_KICKERS = [null, ...KICKERS];

/**
 * The cross series (x-<frame>-<nn>-<style>), dev split only, with a PRNG of its own so that every page
 * above stays as it is: every dev template and layout family crossed with every dump style, turning
 * through the tag styles, the kickers, the standfirst, one to three articles and the three places of an
 * embedded article (so the date forms of embedded date lines turn too), with dev articles that no
 * earlier page holds first. It makes the dev split show the templates and articles it has in the
 * combinations the series above did not draw.
 */
function buildCrossSeries(dir, articles, seen) {
  const composer = makeComposer(CROSS_SEED, articles, seen);
  const { rand, tagPool, tagsByKey, nextArticle, embeddedFor } = composer;
  const frames = [
    ...HTML_TEMPLATES.filter((t) => splitOf(t.site) === 'dev').map((template) => ({ template })),
    ...FAMILIES.map((family) => ({ family })),
  ];
  const turns = { tag: 0, kicker: 0, standfirst: 0, count: 0, place: 0 };
  const pages = [];
  frames.forEach(({ template, family }, f) => {
    const site = (template ?? family).site;
    const split = splitOf(site);
    if (split !== 'dev') throw new Error(`${site}: the cross series is of the dev split only`);
    const spec = template ?? family.spec;
    const html = template ? fs.readFileSync(path.join(corpus, template.file), 'utf8') : null;
    for (let k = 0; k < CROSS_PAGES; k++) {
      const style =
        k < CROSS_STYLES.length ? CROSS_STYLES[(f + k) % CROSS_STYLES.length] : RENDERERS[(f + k) % RENDERERS.length];
      let tagSpec = CROSS_TAG_STYLES[turns.tag++ % CROSS_TAG_STYLES.length];
      while (tagSpec?.unmarked && !spec.tags) tagSpec = CROSS_TAG_STYLES[turns.tag++ % CROSS_TAG_STYLES.length];
      const used = new Set();
      const main = nextArticle(split, site, used, !!tagSpec);
      used.add(main.key);
      const n = style === 'trafilatura' ? 1 : 1 + (turns.count++ % 3);
      const mainTags =
        tagSpec?.style === 'marker-long'
          ? tagsOf(main, [...tagPool[split]], articles, LONG_TAGS)
          : tagsByKey.get(main.key);
      const tags =
        tagSpec && (mainTags.length || tagSpec.style === 'title-words')
          ? {
              style: tagSpec.style,
              tags: mainTags,
              options: {
                separator: tagSpec.separator,
                marker: tagSpec.style === 'title-words' ? pick(rand, SECTIONS) : pick(rand, TAG_MARKERS),
                more: rand() < 0.3,
              },
            }
          : null;
      // Each embedded article takes the next of the three places in turn (embeddedFor: place (k + e) % 3).
      const embedded = embeddedFor(split, site, used, turns.place - 1, n);
      turns.place += n - 1;
      const built = family ? family.build(familyContext(composer, split, main, used, mainTags)) : null;
      const plan = {
        main,
        kicker: template ? CROSS_KICKERS[turns.kicker++ % CROSS_KICKERS.length] : null,
        standfirst:
          !!main.standfirst &&
          !!(spec.standfirst || spec.standfirstAfter) &&
          turns.standfirst++ % 2 === 0 &&
          !main.paragraphs[0].startsWith(main.standfirst.slice(0, 30)),
        tags,
        embedded,
      };
      const frameTemplate = template ?? { ...family.spec, site, prefix: built.prefix };
      const composed = composePage(built?.html ?? html, frameTemplate, plan, normalizeArabic);
      const name = site.replace(/^family:/, '');
      pages.push(
        compositePage(dir, {
          id: `x-${name}-${String(k).padStart(2, '0')}-${style}`,
          split,
          style,
          site,
          plan,
          composed,
          frame: built?.frame ?? template.frame,
          prefix: frameTemplate.prefix,
        }),
      );
    }
  });
  return pages;
}

/** The second families series: pages per family (every dump style two or three times), its seed, its embedded markers. */
const F2 = {
  series: 'f2',
  families: FAMILIES_2,
  pages: 20,
  seed: 20250810,
  markers: {
    readAlso: ['تابع أيضاً:', 'اقرأ كذلك:', 'طالع أيضاً', 'اقرأ أيضاً'],
    related: ['ذات صلة', 'أخبار متعلقة', 'مواضيع مشابهة', 'قد يهمك أيضاً'],
  },
};
/** The third families series: pages per family (every dump style three times), its seed, its embedded markers. */
const F3 = {
  series: 'f3',
  families: FAMILIES_3,
  pages: 24,
  seed: 20250811,
  markers: {
    readAlso: ['اقرأ المزيد:', 'إقرأ أيضا', 'شاهد أيضاً:', 'طالع كذلك:'],
    related: ['موضوعات ذات صلة', 'مقالات قد تهمك', 'أخبار مرتبطة', 'ننصحك بقراءة'],
  },
};

/**
 * The fourth families series: pages per family (every dump style two or three times), its seed, its
 * embedded markers, and the split of the pages of a family whose site the split holds back: "test-f4", so
 * that the held-back split "test" keeps its pages while these layouts stay unseen by tuning.
 */
const F4 = {
  series: 'f4',
  families: FAMILIES_4,
  pages: 20,
  seed: 20250813,
  markers: {
    readAlso: ['اقرأ أيضًا:', 'طالع أيضًا', 'إقرأ ايضاً:', 'اقرأ أيضا..'],
    related: ['أخبار ذات علاقة', 'مواد ذات صلة', 'أخبار مشابهة', 'قد يعجبك أيضاً'],
  },
  heldBack: 'test-f4',
};

/**
 * The fifth families series, made like the fourth: its own seed and markers, and its own held-back split
 * "test-f5" for the families whose site the split holds back, apart from "test" and "test-f4".
 */
const F5 = {
  series: 'f5',
  families: FAMILIES_5,
  pages: 16,
  seed: 20250814,
  markers: {
    readAlso: ['اقرأ ايضاً:', 'انظر أيضا:', 'طالع المزيد:', 'اقرأ كذلك'],
    related: ['مواضيع قد تهمك', 'أخبار في نفس السياق', 'مقالات مشابهة', 'ذات صلة'],
  },
  heldBack: 'test-f5',
};

/**
 * The sixth families series, made like the fifth: its own seed and markers, and its own held-back split
 * "test-f6" for the families whose site the split holds back, apart from "test", "test-f4" and "test-f5".
 */
const F6 = {
  series: 'f6',
  families: FAMILIES_6,
  pages: 20,
  seed: 20250815,
  markers: {
    readAlso: ['اقرأ أيضاً..', 'إقرأ المزيد:', 'تابع أيضا:', 'اقرأ ايضا'],
    related: ['أخبار قد تهمك', 'مواضيع مرتبطة', 'اخبار ذات صلة', 'في السياق ذاته'],
  },
  heldBack: 'test-f6',
};

/**
 * The seventh families series, made like the sixth: its own seed and markers, and its own held-back split
 * "test-f7" for the families whose site the split holds back, apart from "test" and "test-f4" … "test-f6".
 */
const F7 = {
  series: 'f7',
  families: FAMILIES_7,
  pages: 18,
  seed: 20250816,
  markers: {
    readAlso: ['اقرأ أيضا ..', 'اقرأ كمان:', 'إقرأ ايضا:', 'طالع ايضاً:'],
    related: ['مقالات متعلقة', 'قد يهمك أيضا', 'موضوعات مشابهة', 'أخبار مرتبطة'],
  },
  heldBack: 'test-f7',
};

/**
 * The eighth families series, made like the seventh: its own seed and markers, and its own held-back split
 * "test-f8" for the families whose site the split holds back, apart from "test" and "test-f4" … "test-f7".
 */
const F8 = {
  series: 'f8',
  families: FAMILIES_8,
  pages: 16,
  seed: 20250817,
  markers: {
    readAlso: ['للمزيد اقرأ:', 'اقرأ أيضاً ←', 'يمكنك أيضاً قراءة:', 'طالع في هذا السياق:'],
    related: ['مقالات مرتبطة', 'تقارير مرتبطة', 'محتوى مشابه', 'قد يهمك كذلك'],
  },
  heldBack: 'test-f8',
};

/**
 * The ninth families series, made like the eighth, with its own seed and its own held-back split "test-f9",
 * and markers of two sets: `markers` for its dev families, `heldBackMarkers` for the families whose site
 * the split holds back (read-also markers, related headings and the tag markers of embedded articles, no
 * string of the dev set's nor of an earlier series' config), so that what is tuned on the dev pages'
 * markers does not reach the held-back pages by construction.
 */
const F9 = {
  series: 'f9',
  families: FAMILIES_9,
  pages: 16,
  seed: 20250818,
  markers: {
    readAlso: ['إقرأ أيضًا:', 'اقرأ كذلك ..', 'اقرأ أيضا في هذا الملف:', 'اقرأ ايضًا'],
    related: ['أخبار ذات صلة بالموضوع', 'قصص ذات صلة', 'أخبار متصلة', 'مواضيع قد تعجبك'],
  },
  heldBackMarkers: {
    readAlso: ['طالع كذلك ..', 'شاهد أيضا ..', 'انظر كذلك:', 'ننصح بقراءة:'],
    related: ['تغطيات ذات صلة', 'مواد مرتبطة', 'في الموضوع نفسه', 'أخبار على صلة'],
    tags: ['علامات', 'كلمات البحث', 'بطاقات', 'هاشتاغات'],
  },
  heldBack: 'test-f9',
};

/**
 * The markup series: pages per family, its seed, its embedded markers, and its turn of dump styles,
 * weighted on lynx and lynx with references (four pages of each in twenty, two of every other style),
 * the renderers that print links and list bullets as marks of their own.
 */
const MARKUP = {
  series: 'm',
  families: MARKUP_FAMILIES,
  pages: 20,
  seed: 20250812,
  markers: {
    readAlso: ['اقرأ أيضاً:', 'إقرأ أيضا:', 'اقرأ المزيد', 'شاهد أيضا:'],
    related: ['مواضيع ذات صلة', 'أخبار ذات صلة', 'قد يهمك', 'مقالات مشابهة'],
  },
  styles: [
    'lynx',
    'lynx-refs',
    'w3m',
    'lynx',
    'lynx-refs',
    'html2text-py',
    'html2text-deb',
    'resiliparse',
    'warc2text',
    'trafilatura',
  ],
};

/**
 * A families series (<series>-<family>-<nn>-<style>: f2 of families2.mjs, f3 of families3.mjs, f4 of
 * families4.mjs, f5 of families5.mjs, f6 of families6.mjs, f7 of families7.mjs, f8 of families8.mjs, f9 of families9.mjs, m of markup.mjs), with a PRNG of its own so that every page above stays as it is: each
 * family in every dump style, turning through the family's tag styles, the standfirst, one to three
 * articles and the three places of an embedded article, with dev articles no earlier page holds first.
 * The family draws its own boilerplate, date form, byline and widgets per page. Dev split only, unless the
 * series names a split for the families whose site the split holds back (`heldBack`): their pages go
 * there, still with dev articles only (held-back layouts, not held-back articles), and their embedded
 * articles take the series' `heldBackMarkers` where it gives them (else its `markers`).
 */
function buildFamiliesSeries(
  dir,
  articles,
  seen,
  {
    series,
    families,
    pages: perFamily,
    seed,
    markers,
    heldBackMarkers = markers,
    styles = CROSS_STYLES,
    heldBack = null,
  },
) {
  const composer = makeComposer(seed, articles, seen, markers);
  const { tagsByKey, nextArticle, embeddedFor } = composer;
  const turns = { standfirst: 0, count: 0, place: 0 };
  const pages = [];
  families.forEach((family, f) => {
    const site = family.site;
    // Articles (and the headlines of the frame's lists) come from the dev split whatever the page's split.
    const split = 'dev';
    const pageSplit = splitOf(site) === 'dev' ? 'dev' : heldBack;
    if (!pageSplit) throw new Error(`${site}: the ${series} series is of the dev split only`);
    const name = site.replace(/^family:/, '');
    for (let k = 0; k < perFamily; k++) {
      const style = styles[(f + k) % styles.length];
      const tagSpec = family.tagStyles[k % family.tagStyles.length];
      const used = new Set();
      const main = nextArticle(split, site, used, !!tagSpec);
      used.add(main.key);
      const n = style === 'trafilatura' ? 1 : 1 + (turns.count++ % 3);
      const mainTags = tagsByKey.get(main.key);
      const tags =
        tagSpec && mainTags.length
          ? {
              style: tagSpec.style,
              tags: mainTags,
              options: { separator: tagSpec.separator, marker: tagSpec.marker, more: false },
            }
          : null;
      const embedded = embeddedFor(
        split,
        site,
        used,
        turns.place - 1,
        n,
        pageSplit === 'dev' ? markers : heldBackMarkers,
      );
      turns.place += n - 1;
      const built = family.build(familyContext(composer, split, main, used, mainTags));
      const plan = {
        main,
        kicker: null,
        standfirst:
          !!main.standfirst &&
          turns.standfirst++ % 2 === 0 &&
          !main.paragraphs[0].startsWith(main.standfirst.slice(0, 30)),
        tags,
        embedded,
      };
      const template = { ...family.spec, ...built.spec, site, prefix: built.prefix };
      const composed = composePage(built.html, template, plan, normalizeArabic);
      pages.push(
        compositePage(dir, {
          id: `${series}-${name}-${String(k).padStart(2, '0')}-${style}`,
          split: pageSplit,
          style,
          site,
          plan,
          composed,
          frame: built.frame,
          prefix: built.prefix,
        }),
      );
    }
  });
  return pages;
}

function main() {
  checkRenderers();
  // README.md and floors.json are written by hand and by eval:dumps: only the built parts are replaced.
  for (const part of ['pages', 'gold', 'manifest.json'])
    fs.rmSync(path.join(out, part), { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'pages'), { recursive: true });
  fs.mkdirSync(path.join(out, 'gold'), { recursive: true });
  const articles = [...loadSaudiNewsNet(corpus), ...loadAnt(corpus), ...loadAlMayadeen(corpus)];
  const pages = [
    ...buildComposites(out, articles),
    ...buildFamilyComposites(out, articles),
    ...realPages({ corpus, out, articles, splitOf, articleSplit, goldRecord, writePage, normalize: normalizeArabic }),
  ];
  pages.push(...buildCrossSeries(out, articles, new Set(pages.flatMap((p) => p.articles ?? []))));
  pages.push(...buildFamiliesSeries(out, articles, new Set(pages.flatMap((p) => p.articles ?? [])), F2));
  pages.push(...buildFamiliesSeries(out, articles, new Set(pages.flatMap((p) => p.articles ?? [])), F3));
  pages.push(...buildFamiliesSeries(out, articles, new Set(pages.flatMap((p) => p.articles ?? [])), MARKUP));
  pages.push(...buildFamiliesSeries(out, articles, new Set(pages.flatMap((p) => p.articles ?? [])), F4));
  pages.push(...buildFamiliesSeries(out, articles, new Set(pages.flatMap((p) => p.articles ?? [])), F5));
  pages.push(...buildFamiliesSeries(out, articles, new Set(pages.flatMap((p) => p.articles ?? [])), F6));
  pages.push(...buildFamiliesSeries(out, articles, new Set(pages.flatMap((p) => p.articles ?? [])), F7));
  pages.push(...buildFamiliesSeries(out, articles, new Set(pages.flatMap((p) => p.articles ?? [])), F8));
  pages.push(...buildFamiliesSeries(out, articles, new Set(pages.flatMap((p) => p.articles ?? [])), F9));
  for (const page of pages) {
    const { records, ...meta } = page;
    fs.writeFileSync(path.join(out, 'gold', `${page.id}.json`), `${JSON.stringify({ ...meta, records }, null, 2)}\n`);
  }
  const manifest = pages.map(({ records, articles: _a, notes: _n, ...meta }) => ({ ...meta, records: records.length }));
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  const count = (key) => Object.entries(pages.reduce((acc, p) => ({ ...acc, [p[key]]: (acc[p[key]] ?? 0) + 1 }), {}));
  console.log(
    `${pages.length} pages: ${count('split')
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `styles: ${count('style')
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(`sites: ${new Set(pages.map((p) => p.site)).size}`);
}

main();
