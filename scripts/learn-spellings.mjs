#!/usr/bin/env node
/**
 * Learns the spellings that `arnews cleaners --check` holds cleaner patterns to (src/cleaners/spellings.json):
 *
 *   node scripts/learn-spellings.mjs [--corpus ../shared/corpus]
 *
 * Cleaner patterns are written in plain Arabic and folded for matching (أ إ آ → ا, ة → ه, ى → ي); a pattern
 * written in the folded spelling ("مواضيع ذات صله") matches the same lines but reads wrong, and a reader
 * copying it into a page search finds nothing. The lexicon maps a word's matching form to the spelling
 * edited news writes, for the words whose matching form is itself a rare spelling: "صله" → "صلة", "الي" →
 * "إلى". Counted on all the labelled articles of the corpus (SaudiNewsNet, ANT, Al Mayadeen, the Arabic
 * Newspapers Corpus): the lexicon changes no record (only the cleaner check reads it), so the dev set's
 * held-back split has nothing to fear from it, and every article more is a spelling seen more often.
 * Deterministic; needs `npm run build`.
 */
import fs from 'node:fs';
import { normalizeArabic } from 'arnews';
import { loadArticles } from './devset/articles.mjs';
import { scriptArgs } from './args.mjs';

const { values: args } = scriptArgs(
  `Usage: node scripts/learn-spellings.mjs [--corpus ../shared/corpus]   (after npm run build)
Learns src/cleaners/spellings.json from the labelled articles of the corpus (see the file's header).
  --corpus DIR   the shared corpus, relative to the repository (default ../shared/corpus)`,
  { corpus: { type: 'string', default: '../shared/corpus' } },
);
/** Relative to the repository, as the other corpus scripts take it. */
const corpus = new URL(`${args.corpus}/`, new URL('../', import.meta.url));
const OUT = new URL('../src/cleaners/spellings.json', import.meta.url);

/** A spelling is kept when the articles write it at least this many times… */
const MIN_COUNT = 5;
/** …and write the word in its matching form in less than this share of its spellings. */
const MAX_FOLDED_SHARE = 0.2;
/** Arabic letters with their marks; a word is a run of them. */
// eslint-disable-next-line no-misleading-character-class -- a class of lone combining marks (and tatweel), each matched on its own
const WORD = /[\u0621-\u064a\u0671-\u06d3\u064b-\u065f\u0670\u0640]+/gu;
/** Diacritics and tatweel: no part of a spelling. */
// eslint-disable-next-line no-misleading-character-class -- a class of lone combining marks (and tatweel), each matched on its own
const MARKS = /[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]/gu;

const articles = loadArticles(corpus.pathname);
/** Matching form → spelling → count. */
const counts = new Map();
for (const article of articles) {
  for (const word of [article.title ?? '', ...article.paragraphs].join('\n').match(WORD) ?? []) {
    const spelling = word.replace(MARKS, '');
    if (spelling.length < 2) continue;
    const folded = normalizeArabic(spelling);
    const spellings = counts.get(folded) ?? new Map();
    spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    counts.set(folded, spellings);
  }
}

const spellings = {};
for (const [folded, bySpelling] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const total = [...bySpelling.values()].reduce((a, b) => a + b, 0);
  const [best, n] = [...bySpelling].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best === folded || n < MIN_COUNT || (bySpelling.get(folded) ?? 0) >= MAX_FOLDED_SHARE * total) continue;
  spellings[folded] = best;
}
const about =
  'Matching form → the spelling edited news writes, for words whose matching form is a rare spelling; learned by scripts/learn-spellings.mjs from the labelled articles of ../shared/corpus. arnews cleaners --check warns of a pattern written in a folded spelling.';
fs.writeFileSync(OUT, `${JSON.stringify({ about, spellings }, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(
  `${Object.keys(spellings).length} spellings from ${articles.length} articles (${counts.size} words) written to src/cleaners/spellings.json`,
);
