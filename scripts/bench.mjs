#!/usr/bin/env node
// @ts-check
// npm run bench: throughput of `arnews extract` on a JSONL corpus of at least 50 MB built from real
// samples, beside a baseline measured in the same run (reading and re-serialising the same JSONL),
// plus the date engine's own throughput. Each measurement runs in a fresh process so that its peak
// memory (max RSS) is its own. Usage: npm run bench [-- --size-mb 50 --keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const sizeMb = Number(args[args.indexOf('--size-mb') + 1]) || 50;
const OUT = join(ROOT, 'bench', 'out');
const CORPUS = join(OUT, `corpus-${sizeMb}mb.jsonl`);

/** Real pages: every text sample in fixtures/, and the shared corpus beside the checkout when present. */
function samplePages() {
  const roots = [join(ROOT, 'fixtures'), join(ROOT, '..', 'shared', 'corpus', 'text'), join(ROOT, '..', 'shared', 'seed')];
  const pages = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(txt|warc2text)$/.test(entry.name) && statSync(path).size > 500) {
        const text = readFileSync(path, 'utf8');
        if (/[\u0600-\u06ff]{20}/.test(text) === false && !/[\u0600-\u06ff]/.test(text.slice(0, 5000))) continue;
        pages.set(text, relative(join(ROOT, '..'), path));
      }
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root);
  return [...pages].map(([text, source]) => ({ text, source }));
}

function buildCorpus() {
  if (existsSync(CORPUS)) return;
  const pages = samplePages();
  if (pages.length === 0) throw new Error('no sample pages found in fixtures/ or ../shared/corpus');
  const target = sizeMb * 1024 * 1024;
  const lines = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const page = pages[i % pages.length];
    const line = `${JSON.stringify({ id: `bench-${i}`, url: null, source: page.source, text: page.text })}\n`;
    lines.push(line);
    bytes += Buffer.byteLength(line);
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(CORPUS, lines.join(''));
  console.log(`built ${relative(ROOT, CORPUS)}: ${lines.length} documents from ${pages.length} distinct real pages`);
}

/** The first fifth of the corpus: the CLI's peak memory on it shows whether memory grows with the input. */
function buildSmallCorpus() {
  const small = CORPUS.replace('.jsonl', '.fifth.jsonl');
  if (!existsSync(small)) {
    const lines = readFileSync(CORPUS, 'utf8').split('\n');
    writeFileSync(small, `${lines.slice(0, Math.ceil(lines.length / 5)).join('\n')}\n`);
  }
  return small;
}

function measure(mode, corpus = CORPUS) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench-worker.mjs'), mode, corpus], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run npm install (or npm run build) first');
  process.exit(2);
}
buildCorpus();
const mb = statSync(CORPUS).size / 1024 / 1024;
const rows = [
  ['baseline: JSON.parse + JSON.stringify', measure('baseline')],
  ['arnews extract (library, one process)', measure('extract')],
  ['arnews extract (CLI, to a file)', measure('cli')],
  ['date engine alone, on the records\' text', measure('dates')],
];
console.log(`\ncorpus: ${relative(ROOT, CORPUS)} (${mb.toFixed(1)} MB, node ${process.version})\n`);
console.log('run'.padEnd(44), 'MB/s'.padStart(8), 'docs/s'.padStart(9), 'seconds'.padStart(8), 'peak RSS'.padStart(9));
for (const [name, m] of rows) {
  console.log(name.padEnd(44), (m.mb / m.seconds).toFixed(2).padStart(8), (m.docs / m.seconds).toFixed(0).padStart(9), m.seconds.toFixed(2).padStart(8), `${(m.maxRss / 1024).toFixed(0)} MB`.padStart(9));
}
const smallCli = measure('cli', buildSmallCorpus());
const extract = rows[1][1];
const dates = rows[3][1];
console.log(`\nrecords written: ${extract.records}; documents failed: ${extract.failed}`);
const growth = rows[2][1].maxRss / smallCli.maxRss;
console.log(`CLI peak RSS: ${(smallCli.maxRss / 1024).toFixed(0)} MB on ${smallCli.mb.toFixed(1)} MB of input, ${(rows[2][1].maxRss / 1024).toFixed(0)} MB on ${mb.toFixed(1)} MB (×${growth.toFixed(2)} for ×${(mb / smallCli.mb).toFixed(1)} the input)`);
console.log(`date pass: ${(dates.seconds / extract.seconds * 100).toFixed(0)}% of extract's time (${(dates.mb / dates.seconds).toFixed(2)} MB/s of record text)`);
