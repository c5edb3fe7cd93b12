#!/usr/bin/env node
// @ts-check
/**
 * Learns the tag lexicon (src/fields/tag-lexicon.json) from ../shared/corpus:
 *
 *   node scripts/learn-tag-lexicon.mjs [--corpus ../shared/corpus]
 *
 * The lexicon lists multi-word tags and collocations on the matching form, so that a tag line whose
 * separators were lost ("الاحتلال الإسرائيلي الضفة الغربية مجلس الأمن") can be cut into its real tags
 * even when the article does not spell them out. Deterministic; needs `npm run build` (the matching
 * form and the HTML front end come from dist/). Its sources:
 * - real tag lists: Al Mayadeen's `keywords`, and the tags of the Arabic HTML pages (tag links,
 *   JSON-LD and meta keywords, as the HTML front end reads them);
 * - collocations: word pairs and triples that the labelled articles (SaudiNewsNet, ANT, Al Mayadeen,
 *   the Arabic Newspapers Corpus) write in several documents, and mostly together.
 * Nothing held back by the dev set's split (scripts/devset/split.mjs) is read: the eval's test pages
 * must not have taught the lexicon their tags.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAlMayadeen, loadAnt, loadNewspapers, loadSaudiNewsNet } from './devset/articles.mjs';
import { articleSplit, splitOf } from './devset/split.mjs';
import { scriptArgs } from './args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = scriptArgs(
  `Usage: node scripts/learn-tag-lexicon.mjs [--corpus ../shared/corpus]   (after npm run build)
Learns src/fields/tag-lexicon.json from the corpus (see the file's header).
  --corpus DIR   the shared corpus (default ../shared/corpus)`,
  { corpus: { type: 'string', default: '../shared/corpus' } },
);
const corpus = path.resolve(ROOT, args.corpus);
const OUT = path.join(ROOT, 'src/fields/tag-lexicon.json');
const { htmlToDocument, normalizeArabic } = await import('arnews');

/** A collocation is written in at least this many documents… */
const MIN_DOCUMENTS = 3;
/** …and its rarer word stands in it in at least this share of that word's documents. */
const MIN_ASSOCIATION = 0.2;
/** A triple is kept when at least this share of its first pair's documents continue it. */
const MIN_TRIPLE_SHARE = 0.5;
/** Tags and collocations have at most this many words. */
const MAX_WORDS = 6;

/** Words that start or end no tag: particles, pronouns, reporting verbs, time words. */
const STOP = new Set(
  normalizeArabic(
    'في من على إلى عن مع أو أن إن لا ما هذا هذه ذلك تلك التي الذي الذين كان كانت قد لقد ثم بين بعد قبل حتى عند كل غير أي هو هي هم نحن أنا أنت وقال قال أكد وأكد أضاف وأضاف أوضح وأشار أشار تم يتم كما وفق حسب ضد نحو لدى عبر أمام خلف داخل خارج منذ خلال اليوم أمس غدا أنه أنها لأن إذا بعض جميع عدد أكثر أقل مثل يكون تكون وكان وكانت ليس ولا يوم حول أحد إحدى عام العام أيضا وفي وهو وهي ومن وعلى إلا سنة شهر يونيو يوليو أغسطس مايو',
  ).split(' '),
);

const tokens = (text) => normalizeArabic(text).match(/[\p{L}\p{N}]+/gu) ?? [];
const key = (text) => tokens(text).join(' ');
const goodWord = (w) => w.length >= 2 && !STOP.has(w) && !/\d/.test(w);

const articles = [
  ...loadSaudiNewsNet(corpus),
  ...loadAnt(corpus),
  ...loadAlMayadeen(corpus),
  ...loadNewspapers(corpus),
].filter((a) => articleSplit(a) === 'dev');

// Real tag lists.
const tags = new Set();
for (const a of articles) if (a.set === 'almayadeen') for (const t of a.keywords) tags.add(key(t));
const htmlIndex = fs
  .readFileSync(path.join(corpus, 'html/index.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
for (const page of htmlIndex.filter(
  (p) => p.lang === 'ar' && p.kind === 'news article page' && splitOf(p.site) === 'dev',
)) {
  const html = fs.readFileSync(path.join(corpus, 'html', page.site, page.page), 'utf8');
  const doc = htmlToDocument(html, { file: page.page, doc: 0, line: 1, id: null, url: null }, {});
  for (const t of doc.meta.keywords) tags.add(key(t));
}

// Collocations: pairs and triples of good words inside one sentence, counted once per document.
const df = new Map();
const bump = (k) => df.set(k, (df.get(k) ?? 0) + 1);
for (const a of articles) {
  const seen = new Set();
  for (const sentence of [a.title, ...a.paragraphs].join('\n').split(/[.!؟?،,؛;:\n"«»()]+/u)) {
    const ws = tokens(sentence);
    for (let n = 1; n <= 3; n++) {
      for (let j = 0; j + n <= ws.length; j++) {
        const gram = ws.slice(j, j + n);
        if (!goodWord(gram[0]) || !goodWord(gram[n - 1])) continue;
        seen.add(gram.join(' '));
      }
    }
  }
  for (const k of seen) bump(k);
}
const collocations = new Set();
for (const [gram, count] of df) {
  const ws = gram.split(' ');
  if (ws.length < 2 || count < MIN_DOCUMENTS) continue;
  if (ws.length === 2) {
    const rarer = Math.min(df.get(ws[0]) ?? 0, df.get(ws[1]) ?? 0);
    if (rarer > 0 && count / rarer >= MIN_ASSOCIATION) collocations.add(gram);
  } else if (count / (df.get(ws.slice(0, 2).join(' ')) ?? Infinity) >= MIN_TRIPLE_SHARE) collocations.add(gram);
}

const phrases = [...new Set([...tags, ...collocations])].filter((p) => {
  const n = p.split(' ').length;
  return n >= 2 && n <= MAX_WORDS;
});
phrases.sort();
const lexicon = {
  about:
    "Multi-word tags and collocations on the matching form, learned by scripts/learn-tag-lexicon.mjs from the dev split of ../shared/corpus: Al Mayadeen keywords, the Arabic HTML pages' tags, and word pairs and triples the labelled articles write together. Used to cut tag lines whose separators were lost.",
  sources: {
    tags: [...tags].filter((t) => t.includes(' ')).length,
    collocations: collocations.size,
    articles: articles.length,
  },
  phrases,
};
fs.writeFileSync(OUT, `${JSON.stringify(lexicon, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(
  `${phrases.length} phrases (${lexicon.sources.tags} multi-word tags, ${collocations.size} collocations from ${articles.length} articles) → ${path.relative(ROOT, OUT)}`,
);
