#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:html`: HTML pages per second of arnews (`extract`, the whole pipeline, one thread)
 * beside Readability.js on linkedom (parse + Readability#parse), on the same pages in the same run.
 * Each measurement runs in a fresh process, the two alternating, three rounds; the figures are the
 * medians of the three, and the ratio is arnews's median over Readability's, in pages per second of
 * wall time and per second of CPU time (on a shared machine the CPU time is the steadier figure).
 * Only the loop over the pages is timed (both read and decode all pages first; module loading is
 * not counted).
 *
 * Pages: the Zyte article-extraction benchmark ($ARNEWS_ZYTE_BENCHMARK, default
 * ../shared/eval/article-extraction-benchmark) and the corpus's HTML pages ($ARNEWS_ARABIC_HTML,
 * default ../shared/corpus/html); without them, the pages under fixtures/html.
 * Needs `npm run build` first. Usage: npm run bench:html [-- --rounds 3]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = scriptArgs(
  `Usage: npm run bench:html [-- --rounds 3]   (or node scripts/bench-html.mjs [--rounds 3], after npm run build)
HTML pages per second of arnews beside Readability.js + linkedom, on the Zyte benchmark's pages and the
corpus's HTML pages (see the file's header).
  --rounds N     rounds, each system in a fresh process (default 3)`,
  {
    rounds: { type: 'string', default: '3' },
    // Internal: one measurement, in the child process that runs it.
    run: { type: 'string' },
  },
);
const SYSTEMS = ['arnews', 'readability'];

/** [name, html, url] of every page, decoded as arnews decodes page bytes. */
async function loadPages() {
  const { decodeHtmlBytes } = await import('arnews');
  const pages = [];
  const zyte = path.resolve(repo, process.env.ARNEWS_ZYTE_BENCHMARK ?? '../shared/eval/article-extraction-benchmark');
  const goldFile = path.join(zyte, 'ground-truth.json');
  if (fs.existsSync(goldFile)) {
    for (const [id, { url }] of Object.entries(JSON.parse(fs.readFileSync(goldFile, 'utf8')))) {
      pages.push([
        `zyte/${id}`,
        decodeHtmlBytes(zlib.gunzipSync(fs.readFileSync(path.join(zyte, 'html', `${id}.html.gz`)))).text,
        url,
      ]);
    }
  }
  const corpus = path.resolve(repo, process.env.ARNEWS_ARABIC_HTML ?? '../shared/corpus/html');
  const htmlDir = fs.existsSync(corpus) ? corpus : path.join(repo, 'fixtures', 'html');
  for (const site of fs
    .readdirSync(htmlDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    for (const file of fs
      .readdirSync(path.join(htmlDir, site))
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      pages.push([`${site}/${file}`, decodeHtmlBytes(fs.readFileSync(path.join(htmlDir, site, file))).text, null]);
    }
  }
  return pages;
}

/** One timed pass in this process: prints {pages, failed, seconds, cpuSeconds, mb} as JSON. */
async function runOne(system) {
  const pages = await loadPages();
  let extractPage;
  if (system === 'arnews') {
    const { extract } = await import('arnews');
    extractPage = (html, name, url) => extract(html, { name, url, format: 'html' }).length;
  } else {
    const { Readability } = await import('@mozilla/readability');
    const { parseHTML } = await import('linkedom');
    extractPage = (html) => (new Readability(parseHTML(html).document).parse() ? 1 : 0);
  }
  let failed = 0;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  for (const [name, html, url] of pages) {
    try {
      if (extractPage(html, name, url) === 0) failed++;
    } catch {
      failed++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mb = pages.reduce((sum, [, html]) => sum + Buffer.byteLength(html), 0) / 1024 / 1024;
  console.log(JSON.stringify({ pages: pages.length, failed, seconds, cpuSeconds, mb }));
}

function measure(system) {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--run', system], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (run.status !== 0) throw new Error(`${system} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!fs.existsSync(path.join(repo, 'dist', 'index.js'))) {
    console.error('dist/ is missing: run npm run build first');
    process.exit(2);
  }
  const rounds = Number(args.rounds);
  const runs = { arnews: [], readability: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const system of SYSTEMS) runs[system].push(measure(system));
    const [a, r] = SYSTEMS.map((system) => runs[system].at(-1));
    console.log(
      `round ${round}: arnews ${(a.pages / a.seconds).toFixed(1)} pages/s (${(a.pages / a.cpuSeconds).toFixed(1)} per CPU second), Readability.js ${(r.pages / r.seconds).toFixed(1)} (${(r.pages / r.cpuSeconds).toFixed(1)})`,
    );
  }
  const { pages, mb } = runs.arnews[0];
  /** Median pages per second of wall time and of CPU time (the machine is shared: CPU time is the steadier). */
  const rate = (system) => ({
    wall: median(runs[system].map((m) => m.pages / m.seconds)),
    cpu: median(runs[system].map((m) => m.pages / m.cpuSeconds)),
  });
  const rates = Object.fromEntries(SYSTEMS.map((system) => [system, rate(system)]));
  console.log(
    `\n${pages} HTML pages (${mb.toFixed(1)} MB), node ${process.version}, median of ${rounds} runs, each in its own process\n`,
  );
  console.log('run'.padEnd(40), 'pages/s'.padStart(8), 'pages/CPU s'.padStart(12), 'no result'.padStart(10));
  for (const system of SYSTEMS) {
    const name = system === 'arnews' ? 'arnews extract (library, one thread)' : 'Readability.js + linkedom';
    console.log(
      name.padEnd(40),
      rates[system].wall.toFixed(1).padStart(8),
      rates[system].cpu.toFixed(1).padStart(12),
      String(runs[system][0].failed).padStart(10),
    );
  }
  const ratio = (kind) => (rates.arnews[kind] / rates.readability[kind]).toFixed(2);
  console.log(`\narnews / Readability.js: ${ratio('wall')}× in pages/s, ${ratio('cpu')}× in pages per CPU second`);
}

if (args.run) await runOne(args.run);
else await main();
