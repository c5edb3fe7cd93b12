#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/corpus-check.mjs [--corpus ../shared/corpus]`: runs `extract` on every source of the
 * shared corpus and prints, per source, the documents, records, the share of records carrying a
 * `residual-boilerplate` warning, and where the source gives titles, the share of main records whose
 * title is null. For the labelled sets it also counts the figures the issue names: Al Mayadeen bodies
 * that end with the channel footer, SaudiNewsNet and ANT records with no title, Arabic Newspapers
 * Corpus titles that are null. Not a test: it reads data outside the repository. Needs `npm run build`.
 *
 * The JSON-array sets go in as JSONL streams built here (one record a line, the sets' own field names
 * given as options), so that the figures compare across versions that read `.json` arrays or not.
 * `--site generic` forces the generic cleaner alone on every page: the corpus as an unseen site's pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = scriptArgs(
  `Usage: node scripts/corpus-check.mjs [--corpus ../shared/corpus]   (after npm run build)
Runs extract on every source of the shared corpus and prints figures per source (see the file's header).
  --corpus DIR   the shared corpus (default ../shared/corpus)
  --site NAME    force this cleaner on every page (generic: no site cleaner, as on an unseen site)`,
  { corpus: { type: 'string', default: '../shared/corpus' }, site: { type: 'string' } },
);
const corpus = path.resolve(ROOT, args.corpus);
const { extractStream } = await import('arnews');

const walk = (dir) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const jsonl = (rows) =>
  Readable.from([rows.map((r) => JSON.stringify(r)).join('\n') + '\n'].map((s) => Buffer.from(s)));
const tag = (xml, name) => (new RegExp(`<${name}>\\n?([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? '').trim();

async function run(name, inputs, check = (_record, _stats, _label) => {}) {
  const stats = { documents: 0, errors: 0, records: 0, residual: 0, mains: 0, nullTitles: 0, extra: {} };
  for (const { source, options = {}, label } of inputs) {
    for await (const result of extractStream(source, { ...options, ...(args.site ? { site: args.site } : {}) })) {
      stats.documents++;
      if ('error' in result) {
        stats.errors++;
        continue;
      }
      for (const r of result.records) {
        stats.records++;
        if (r.warnings.some((w) => w.code === 'residual-boilerplate')) stats.residual++;
        if (r.role === 'main') {
          stats.mains++;
          if (r.title === null) stats.nullTitles++;
        }
        check(r, stats, label);
      }
    }
  }
  const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
  const extra = Object.entries(stats.extra)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(
    `${name.padEnd(30)} docs ${String(stats.documents).padStart(4)}  errors ${String(stats.errors).padStart(3)}  records ${String(stats.records).padStart(4)}  residual-boilerplate ${String(stats.residual).padStart(3)} (${pct(stats.residual, stats.records).padStart(6)})  null titles ${String(stats.nullTitles).padStart(3)}/${stats.mains}${extra ? `  ${extra}` : ''}`,
  );
}

const files = (dir, filter = () => true) =>
  walk(path.join(corpus, dir))
    .filter(filter)
    .sort()
    .map((source) => ({ source }));
const isText = (f) => /\.(txt|warc2text)$/.test(f) && !/index|README|GUIDELINES/.test(f);

await run('text/derived-from-html', files('text/derived-from-html', isText));
for (const tool of ['w3m', 'lynx', 'lynx-refs', 'html2text-py', 'html2text-deb'])
  await run(`text/rendered/${tool}`, files(`text/rendered/${tool}`, isText));
await run('text/pages-corpus-excerpts', files('text/pages-corpus-excerpts', isText));
await run(
  'text/hplt warc2text',
  files('text', (f) => f.endsWith('.warc2text')),
);
// HPLT's inspection batches: TSV rows, two 500-character excerpts of a web document each.
await run(
  'text/hplt inspection (tsv)',
  files('text/hplt-v2-release2-inspection-ara_Arab', (f) => f.endsWith('.tsv')).map((input) => ({
    ...input,
    options: { textField: 'text_show' },
  })),
);
await run(
  'text/culturax (utf-8)',
  files('text/culturax-via-chardet-tests', (f) => /utf-8-(arabic|decoded)/.test(f)),
);
await run(
  'html (pages)',
  files('html', (f) => f.endsWith('.html')),
);

const saudi = JSON.parse(fs.readFileSync(path.join(corpus, 'articles/saudinewsnet/sample.json'), 'utf8'));
await run('articles/saudinewsnet (jsonl)', [
  { source: jsonl(saudi), options: { textField: 'content', dateField: 'date_extracted' } },
]);
const mayadeen = JSON.parse(
  fs.readFileSync(path.join(corpus, 'articles/almayadeen-scrape/articles_2024_9.sample150.json'), 'utf8'),
);
await run(
  'articles/almayadeen (jsonl)',
  [{ source: jsonl(mayadeen), options: { textField: 'full_text', dateField: 'published_time' } }],
  (r, s) => {
    if (/جميع الحقوق محفوظة/u.test(r.paragraphs.at(-1) ?? ''))
      s.extra['bodies ending with the footer'] = (s.extra['bodies ending with the footer'] ?? 0) + 1;
  },
);
const ant = walk(path.join(corpus, 'articles'))
  .filter((f) => /ant-corpus/.test(f) && f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(f, 'utf8'))
  .map((xml) => ({
    id: tag(xml, 'DOCNO'),
    url: tag(xml, 'URL'),
    date: tag(xml, 'TIME'),
    title: tag(xml, 'TITLE'),
    text: tag(xml, 'TEXT'),
  }));
await run('articles/ant (jsonl)', [{ source: jsonl(ant) }]);
await run(
  'articles/newspapers (txt)',
  files('articles/arabic-newspapers-corpus-19-countries/utf8', (f) => f.endsWith('.txt')),
);
