#!/usr/bin/env node
// @ts-check
/**
 * `npm run eval:articles`: every article of the four labelled sets of ../shared/corpus/articles run ALONE
 * through the library as the set gives it (the Arabic Newspapers Corpus file as it is; a SaudiNewsNet,
 * Al Mayadeen or ANT record as the dev set's JSONL pages feed it: articles.mjs, jsonlFeed), per set and
 * split (split.mjs, articleSplit, as the dev set splits them):
 * - articles, and records given per article (1 is right: one article a record);
 * - title: the main record's title equals the set's own title (the scorer's comparison, score.mjs);
 * - paragraph P/R/F1 against the gold paragraphs (score.mjs's scorer): the loader's (articles.mjs: the
 *   set's text with its in-text boilerplate read out; Al Mayadeen's standfirst first); for a newspapers
 *   file, all its lines after the first (the set's title), not the loader's prose lines of eight words
 *   or more that composite pages take: the file is the article, with no page around it, and a short
 *   line of it (a verse, a list's item) is its text;
 * - lines kept: the share of the input text's non-blank lines (past a newspapers file's title line;
 *   Al Mayadeen's chunks between wide spaces) that the records' titles and bodies hold (as the scorer
 *   finds a gold paragraph), among the lines that are the article's text: the gold holds them (not the
 *   set's own boilerplate that the loaders read out: Al Mayadeen's side-list dates and footer, SPA's
 *   "// انتهى //"). A line not kept is lost.
 *
 *   npm run eval:articles                       both splits
 *   npm run eval:articles -- --split dev        one split
 *   npm run eval:articles -- --split dev --lost the lines not kept, per dev article (never a test line)
 *
 * Not a test: it reads the shared corpus (like corpus-check.mjs). Needs `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { jsonlFeed, loadAlMayadeen, loadAnt, loadNewspapers, loadSaudiNewsNet } from './devset/articles.mjs';
import { add, emptyCounts, figures, makeScorer } from './devset/score.mjs';
import { articleSplit } from './devset/split.mjs';
import { scriptArgs } from './args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = scriptArgs(
  `Usage: npm run eval:articles [-- OPTIONS]   (or node scripts/eval-articles.mjs [OPTIONS], after npm run build)
Runs every article of the four labelled sets alone and scores it, per set and split (see the file's header).
  --split dev|test   one split only
  --lost             the lines not kept, per dev article (test articles are never listed)
  --titles           the dev articles whose title is not the set's: the set's title and what came out
  --corpus DIR       the shared corpus (default ../shared/corpus)`,
  {
    split: { type: 'string' },
    lost: { type: 'boolean', default: false },
    titles: { type: 'boolean', default: false },
    corpus: { type: 'string', default: '../shared/corpus' },
  },
);
const corpus = path.resolve(ROOT, args.corpus);
const splitFilter = args.split ?? null;
const listLost = args.lost;
const listTitles = args.titles;

const { extractStream, normalizeArabic } = await import('arnews');
const { scorePage, foundIn } = makeScorer(normalizeArabic);

const LINE_BREAK = /\r\n|\r|\n/;
/** Al Mayadeen's full_text is the page flattened: its paragraphs are joined by runs of wide spaces (articles.mjs). */
const WIDE_SPACE = /\s{3,}/u;

/** What arnews is given for an article, the text's lines a reader sees and the gold record. */
function feedOf(a) {
  if (a.set === 'newspapers') {
    const lines = fs.readFileSync(a.raw.file, 'utf8').replace(/\0/g, '').split(LINE_BREAK);
    const text = lines.filter((l) => l.trim()).slice(1);
    return { source: a.raw.file, options: {}, lines: text, gold: text };
  }
  const { line, options, text } = jsonlFeed(a);
  const source = Readable.from([Buffer.from(`${JSON.stringify(line)}\n`)]);
  const lines = String(text ?? '')
    .split(a.set === 'almayadeen' ? WIDE_SPACE : LINE_BREAK)
    .filter((l) => l.trim());
  // Al Mayadeen's standfirst opens its text (the other sets' abstracts are not in theirs).
  const gold = [...(a.set === 'almayadeen' && a.standfirst ? [a.standfirst] : []), ...a.paragraphs];
  return { source, options, lines, gold };
}

const articles = [
  ...loadSaudiNewsNet(corpus),
  ...loadAnt(corpus),
  ...loadAlMayadeen(corpus),
  ...loadNewspapers(corpus),
].filter((a) => !splitFilter || articleSplit(a) === splitFilter);

const started = performance.now();
const results = [];
for (const a of articles) {
  const { source, options, lines, gold } = feedOf(a);
  const records = [];
  for await (const result of extractStream(source, options)) if ('records' in result) records.push(...result.records);
  const goldRecord = {
    role: 'main',
    title: a.title || null,
    paragraphs: gold,
    source: null,
    imageCredit: null,
    author: null,
    published: null,
    keywords: [],
    related: [],
  };
  const { counts } = scorePage({ lines }, [goldRecord], records);
  const inGold = foundIn(lines, [goldRecord.title ?? '', ...gold]);
  const text = lines.filter((_, i) => inGold[i]);
  const kept = foundIn(
    text,
    records.flatMap((r) => [r.title ?? '', ...r.paragraphs]),
  );
  results.push({
    article: a,
    split: articleSplit(a),
    records: records.length,
    counts,
    lines: text.length,
    kept: kept.filter(Boolean).length,
    lost: text.filter((_, i) => !kept[i]),
    title: records.find((r) => r.role === 'main')?.title ?? null,
  });
}
const seconds = (performance.now() - started) / 1000;

const COLUMNS = ['articles', 'rec/art', 'title', 'par P', 'par R', 'par F1', 'lines kept'];
function row(name, list) {
  const fig = figures(list.reduce((acc, r) => add(acc, r.counts), emptyCounts()));
  const lines = list.reduce((n, r) => n + r.lines, 0);
  const kept = list.reduce((n, r) => n + r.kept, 0);
  return [
    name,
    String(list.length),
    (list.reduce((n, r) => n + r.records, 0) / list.length).toFixed(3),
    fig.title.toFixed(3),
    fig.parP.toFixed(3),
    fig.parR.toFixed(3),
    fig.parF1.toFixed(3),
    (lines ? kept / lines : 1).toFixed(3),
  ];
}

const rows = [];
for (const split of ['dev', 'test']) {
  const mine = results.filter((r) => r.split === split);
  if (mine.length === 0) continue;
  for (const set of ['saudinewsnet', 'ant', 'almayadeen', 'newspapers']) {
    const list = mine.filter((r) => r.article.set === set);
    if (list.length) rows.push(row(`${split} ${set}`, list));
  }
  rows.push(row(`${split === 'test' ? 'test (held back)' : split} all`, mine));
}
const head = ['', ...COLUMNS];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const print = (cells) =>
  console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
print(head);
for (const r of rows) print(r);

if (listLost) {
  // Held-back articles are never studied: only dev articles' lines are listed.
  for (const r of results) {
    if (r.split !== 'dev' || r.lost.length === 0) continue;
    console.log(`\n${r.article.key}: ${r.kept}/${r.lines} lines kept, ${r.records} records`);
    for (const line of r.lost) console.log(`  - ${line.trim().slice(0, 140)}`);
  }
}
if (listTitles) {
  // As --lost: dev articles only.
  for (const r of results) {
    if (r.split !== 'dev' || r.counts.titleOk === r.counts.goldRecords) continue;
    console.log(`\n${r.article.key}\n  set: ${r.article.title || '(none)'}\n  got: ${r.title ?? '(null)'}`);
  }
}
console.log(`\n${results.length} articles in ${seconds.toFixed(1)} s`);
