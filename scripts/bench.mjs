#!/usr/bin/env node
// @ts-check
/**
 * npm run bench: throughput of `arnews extract` on a JSONL corpus of at least 50 MB built from real
 * pages, beside a baseline measured in the same run (read, parse, split into lines, serialise the same
 * JSONL), with:
 *   - the corpus described: documents, distinct pages, page text and article body text per MB of input;
 *   - the library in one thread, the CLI at --jobs 1 and at its default --jobs: MB/s of wall time and per
 *     CPU second (every thread: the steadier figure on a shared machine), peak RSS; the median of the
 *     rounds (default 3), modes interleaved, each run in its own process;
 *   - each stage's share of the CLI's CPU time at --jobs 1, from a CPU profile of a run on a fifth of the
 *     corpus (`node --cpu-prof`, self time summed by stage: scripts/profile-stages.mjs);
 *   - the date engine alone; HTML pages/s beside Readability.js + linkedom (scripts/bench-html.mjs);
 *   - the targets of issue 10 as ratios of figures of this run.
 * Usage: npm run bench [-- --size-mb 50 --rounds 3 --no-html --no-profile]
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';
import { profilesIn, stageShares } from './profile-stages.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = scriptArgs(
  `Usage: npm run bench [-- OPTIONS]   (or node --expose-gc scripts/bench.mjs [OPTIONS])
Builds bench/out/corpus-<N>mb.jsonl from the text pages of fixtures/ (and ../shared/corpus beside the
checkout), then measures the baseline, the library and the CLI on it (see the file's header).
  --size-mb N    the corpus's size in MB (default 50)
  --rounds N     runs of each mode, interleaved; the median is reported (default 3)
  --no-profile   without the stage shares of the CLI's CPU time
  --no-html      without the HTML bench (scripts/bench-html.mjs)`,
  {
    'size-mb': { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    'no-profile': { type: 'boolean', default: false },
    'no-html': { type: 'boolean', default: false },
  },
);
const sizeMb = Number(args['size-mb']);
const rounds = Number(args.rounds);
const OUT = join(ROOT, 'bench', 'out');
const CORPUS = join(OUT, `corpus-${sizeMb}mb.jsonl`);
const MB = 1024 * 1024;

/** Real pages: every text sample in fixtures/, and the shared corpus beside the checkout when present. */
function samplePages() {
  const roots = [
    join(ROOT, 'fixtures'),
    join(ROOT, '..', 'shared', 'corpus', 'text'),
    join(ROOT, '..', 'shared', 'seed'),
  ];
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
  const target = sizeMb * MB;
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

/** The first fifth of the corpus: the CLI's peak memory on it shows whether memory grows with the input; the profile runs on it. */
function buildSmallCorpus() {
  const small = CORPUS.replace('.jsonl', '.fifth.jsonl');
  if (!existsSync(small)) {
    const lines = readFileSync(CORPUS, 'utf8').split('\n');
    writeFileSync(small, `${lines.slice(0, Math.ceil(lines.length / 5)).join('\n')}\n`);
  }
  return small;
}

/** Documents, distinct pages and page text in the corpus. */
function describeCorpus() {
  const lines = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean);
  const texts = new Set();
  let textBytes = 0;
  for (const line of lines) {
    const { text } = JSON.parse(line);
    texts.add(text);
    textBytes += Buffer.byteLength(text);
  }
  return { documents: lines.length, distinct: texts.size, textMb: textBytes / MB };
}

function measure(mode, corpus = CORPUS, extra = [], env = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench-worker.mjs'), mode, corpus, '--', ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The CLI's default --jobs, as its help states it. */
function defaultJobs() {
  const help = spawnSync(process.execPath, [join(ROOT, 'bin', 'arnews'), 'extract', '--help'], {
    encoding: 'utf8',
  }).stdout;
  return /--jobs <n>[^(]*\(default: (\d+)\)/.exec(help)?.[1] ?? '?';
}

/** Stage shares of the CLI's CPU time at --jobs 1 on the small corpus, every thread's profile summed. */
function profileShares(corpus) {
  const dir = mkdtempSync(join(tmpdir(), 'arnews-bench-profile-'));
  try {
    measure('cli-profile', corpus, ['--jobs', '1'], { BENCH_PROFILE_DIR: dir });
    return stageShares(profilesIn(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run npm install (or npm run build) first');
  process.exit(2);
}
buildCorpus();
const small = buildSmallCorpus();
const corpus = describeCorpus();
const mb = statSync(CORPUS).size / MB;
const jobs = defaultJobs();
/** @type {[mode: string, name: string, args: string[]][]} */
const modes = [
  ['baseline', 'baseline: read, parse, split, serialise', []],
  ['extract', 'extract, library, one thread', []],
  ...['1', '2', ...(['1', '2'].includes(jobs) ? [] : [jobs])].map(
    /** @returns {[mode: string, name: string, args: string[]]} */
    (n) => ['cli', `arnews extract, CLI, --jobs ${n}${n === jobs ? ' (default)' : ''}`, ['--jobs', n]],
  ),
];
/** @type {any[][]} */
const runs = modes.map(() => []);
for (let round = 1; round <= rounds; round++) {
  modes.forEach(([mode, , extra], i) => runs[i].push(measure(mode, CORPUS, extra)));
  console.log(
    `round ${round}: ${modes.map(([, name], i) => `${name.split(',')[0]}${modes[i][2].length ? ` ${modes[i][2].join(' ')}` : ''} ${(mb / runs[i].at(-1).seconds).toFixed(1)} MB/s`).join('; ')}`,
  );
}
const rows = modes.map(([, name], i) => ({
  name,
  mbps: median(runs[i].map((m) => m.mb / m.seconds)),
  cpuMbps: median(runs[i].map((m) => m.mb / m.cpuSeconds)),
  docsps: median(runs[i].map((m) => m.docs / m.seconds)),
  cpuPerDoc: median(runs[i].map((m) => m.cpuSeconds / m.docs)),
  rss: median(runs[i].map((m) => m.maxRss)),
  last: runs[i].at(-1),
}));
const dates = measure('dates');
const smallCli = measure('cli', small, ['--jobs', '1']);
const extract = rows[1].last;

console.log(
  `\ncorpus: ${relative(ROOT, CORPUS)}: ${mb.toFixed(1)} MB of JSONL, ${corpus.documents} documents (${corpus.distinct} distinct real pages, repeated)`,
);
console.log(
  `  page text ${(corpus.textMb / mb).toFixed(2)} MB per MB of input; article body text in the records ${(extract.bodyMb / mb).toFixed(2)} MB per MB of input (${extract.records} records, ${extract.failed} documents without one)`,
);
console.log(`node ${process.version}; median of ${rounds} runs, each in its own process\n`);
console.log(
  'run'.padEnd(44),
  'MB/s'.padStart(7),
  'MB/CPU s'.padStart(9),
  'docs/s'.padStart(7),
  'CPU ms/doc'.padStart(11),
  'peak RSS'.padStart(9),
);
for (const r of rows) {
  console.log(
    r.name.padEnd(44),
    r.mbps.toFixed(2).padStart(7),
    r.cpuMbps.toFixed(2).padStart(9),
    r.docsps.toFixed(0).padStart(7),
    (r.cpuPerDoc * 1000).toFixed(2).padStart(11),
    `${(r.rss / 1024).toFixed(0)} MB`.padStart(9),
  );
}
console.log(
  `${"date engine alone, on the records' text".padEnd(44)} ${(dates.mb / dates.seconds).toFixed(2).padStart(7)} ${(dates.mb / dates.cpuSeconds).toFixed(2).padStart(9)}`,
);
console.log(
  `CLI --jobs 1 peak RSS: ${(smallCli.maxRss / 1024).toFixed(0)} MB on ${smallCli.mb.toFixed(1)} MB of input, ${(rows[2].rss / 1024).toFixed(0)} MB on ${mb.toFixed(1)} MB`,
);

if (!args['no-profile']) {
  console.log(
    `\nwhere the CLI's CPU time goes (--jobs 1, ${smallCli.mb.toFixed(1)} MB, node --cpu-prof, self time by stage, all threads):`,
  );
  for (const [stage, share] of profileShares(small))
    if (share >= 0.005) console.log(`  ${(share * 100).toFixed(1).padStart(5)} %  ${stage}`);
}

let html = null;
if (!args['no-html']) {
  console.log('\nHTML (scripts/bench-html.mjs):');
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench-html.mjs'), '--rounds', String(rounds)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(r.stdout.replace(/^/gm, '  '));
  html = /arnews \/ Readability\.js: ([\d.]+)× in pages\/s, ([\d.]+)× in pages per CPU second/.exec(r.stdout);
}

const [baseline, , cli1, cli2] = rows;
const fastest = rows.slice(2).reduce((a, b) => (b.mbps > a.mbps ? b : a));
console.log('\ntargets (issue 10), ratios of this run:');
console.log(
  `  CLI --jobs 1 / baseline: ${(cli1.mbps / baseline.mbps).toFixed(3)}× in MB/s, ${(cli1.cpuMbps / baseline.cpuMbps).toFixed(3)}× per CPU second (target ≥ 0.33× per core)`,
);
console.log(
  `  CLI --jobs 2 / --jobs 1: ${(cli2.mbps / cli1.mbps).toFixed(2)}× in MB/s; CPU per document ${(cli2.cpuPerDoc / cli1.cpuPerDoc).toFixed(2)}× (target within 1.15×); peak RSS ${(cli2.rss / cli1.rss).toFixed(2)}× (target under 1.5×)`,
);
console.log(`  the fastest here: ${fastest.name.replace('arnews extract, CLI, ', '')}; the default is --jobs ${jobs}`);
if (html)
  console.log(`  HTML / Readability.js + linkedom: ${html[1]}× in pages/s, ${html[2]}× per CPU second (target ≥ 1.5×)`);
