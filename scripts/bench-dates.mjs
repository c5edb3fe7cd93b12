#!/usr/bin/env node
// @ts-check
// The date engine alone: its throughput on news text, and, beside another build of arnews (--baseline), the same
// measurement for that build in the same run and a check that both give the same output on every text.
//
//   node scripts/bench-dates.mjs [--baseline OTHER/dist] [--rounds 5] [--no-check] [--corpus FILE.jsonl]
//
// The texts are the titles and bodies of the records `extract` gives on the page dumps and article sets of
// ../shared/corpus (when it sits beside the checkout) and fixtures/, as extract hands them to the engine; with
// --corpus, those of the records `extractStream` gives on a JSONL corpus instead, the texts the date row of `npm run
// bench` times (bench-worker.mjs: bench/out/corpus-50mb.fifth.jsonl is a fifth of its corpus), here warm; the
// forms corpus, the Duckling suite and the corpus sentences of fixtures/dates are checked too. Throughput is MB of
// UTF-8 text per second of CPU time (user and system: less disturbed than the wall clock on a shared machine), one
// call per text at a fixed reference date, the median and the best of the rounds (builds interleaved). Each build
// first runs WARM_UP_ROUNDS uncounted (its first pass stems the lexicon, loads ICU's calendars, compiles), and the
// builds take turns going first. The speed-up is the median of the rounds' paired ratios.
// The check compares, for every text and several option sets, the mentions (with their warnings and rules where
// the build has readDates), parseDateLine on every line and inferReferenceDate on every record.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = join(ROOT, '..', 'shared', 'corpus');
const { values: args } = scriptArgs(
  `Usage: node scripts/bench-dates.mjs [--baseline OTHER/dist] [--rounds 5] [--no-check] [--corpus FILE.jsonl]
The date engine's throughput on the titles and bodies of the records of ../shared/corpus and fixtures/.
  --baseline DIR        another build's dist/: measured in the same run, and checked to give the same output
  --rounds N            counted rounds per build (default 5)
  --no-check            with --baseline: the throughput only, no comparison of the outputs
  --corpus FILE.jsonl   time the records of a JSONL corpus instead (the texts of npm run bench's date row)`,
  {
    baseline: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    'no-check': { type: 'boolean', default: false },
    corpus: { type: 'string' },
    // Internal: the child that makes the texts (below).
    'texts-only': { type: 'boolean', default: false },
  },
);
const rounds = Number(args.rounds);
const builds = [join(ROOT, 'dist'), ...(args.baseline ? [resolve(args.baseline)] : [])];

const engines = [];
for (const dist of builds) {
  // A build's public entry point: this checkout's, or the baseline's.
  const library = await import(join(dist, 'index.js'));
  engines.push({ dist, dates: library, extract: library.extract, library });
}

/** Page texts with their metadata date, from the shared corpus and fixtures. */
function pages() {
  const found = [];
  const walk = (dir, test) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, test);
      else if (test(entry.name) && statSync(path).size > 300)
        found.push({ text: readFileSync(path, 'utf8'), date: null });
    }
  };
  const textFile = (name) => /\.(txt|warc2text)$/.test(name);
  walk(join(SHARED, 'text'), (name) => textFile(name) && !name.endsWith('.tsv'));
  walk(join(SHARED, 'html'), (name) => name.endsWith('.html'));
  walk(join(SHARED, 'articles', 'arabic-newspapers-corpus-19-countries', 'utf8'), textFile);
  walk(join(ROOT, 'fixtures', 'corpus-text'), textFile);
  walk(join(ROOT, 'fixtures', 'golden'), (name) => textFile(name) && !name.endsWith('.show.txt'));
  const json = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : []);
  for (const a of json(join(SHARED, 'articles', 'saudinewsnet', 'sample.json')))
    found.push({ text: `${a.title}\n\n${a.content}`, date: a.date_extracted.slice(0, 10) });
  for (const a of json(join(SHARED, 'articles', 'almayadeen-scrape', 'articles_2024_9.sample150.json')))
    found.push({ text: `${a.title}\n\n${a.full_text}`, date: a.published_time });
  const ant = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.(txt|xml)$/.test(entry.name)) continue;
      for (const [, doc] of readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8').matchAll(
        /<DOC>([\s\S]*?)<\/DOC>/g,
      )) {
        const field = (name) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(doc)?.[1]?.trim() ?? '';
        found.push({ text: `${field('TITLE')}\n\n${field('TEXT')}`, date: null });
      }
    }
  };
  ant(join(SHARED, 'articles', 'ant-corpus-v1.1-jawharafm'));
  ant(join(SHARED, 'articles', 'ant-corpus-v2.1-multisource'));
  return found;
}

/** The titles and bodies of the records extract gives (by the first build), with each record's published date. */
function recordTexts() {
  const texts = [];
  for (const page of pages()) {
    let records = [];
    try {
      records = engines[0].extract(page.text, {
        date: page.date,
        format: page.text.trimStart().startsWith('<') ? 'html' : 'text',
      });
    } catch {
      continue; // a page that yields no record
    }
    for (const r of records) {
      if (r.title) texts.push({ text: r.title, ref: r.published });
      texts.push({ text: r.body, ref: r.published });
    }
  }
  return texts;
}

// The texts are made by extract in a child process: extract run in this one trains the JIT of the first build's
// engine on other calls than the bench's. Without the child, the warm-up and the turns, two copies of one build
// came out 0.81-0.91× in six runs (with them 0.94-1.07×).
const TEXTS_ONLY = '--texts-only';
const corpus = args.corpus;
if (args['texts-only']) {
  writeFileSync(1, JSON.stringify(corpus ? await corpusTexts(corpus) : recordTexts())); // synchronous: process.exit does not wait for a pipe
  process.exit(0);
}

/** The titles and bodies of the records of a JSONL corpus, as bench-worker.mjs's date row collects them. */
async function corpusTexts(file) {
  const texts = [];
  for await (const result of engines[0].library.extractStream(file)) {
    if ('error' in result) continue;
    for (const r of result.records) {
      if (r.title) texts.push({ text: r.title, ref: r.published });
      texts.push({ text: r.body, ref: r.published });
    }
  }
  return texts;
}
const child = spawnSync(
  process.execPath,
  [fileURLToPath(import.meta.url), TEXTS_ONLY, ...(corpus ? ['--corpus', corpus] : [])],
  {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
if (child.status !== 0) throw new Error(`the texts could not be made (exit ${child.status})`);
const texts = JSON.parse(child.stdout);
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0) / 1024 / 1024;
console.log(
  `${texts.length} texts, ${megabytes.toFixed(2)} MB (titles and bodies of the records of ${corpus ?? `${existsSync(SHARED) ? '../shared/corpus and ' : ''}fixtures/`})`,
);

// Throughput: each build in turn, every round, the first build of a round alternating; the median round per build.
const WARM_UP_ROUNDS = 2;
/** CPU seconds of one pass of a build's engine over the texts. */
const pass = (dates) => {
  const started = process.cpuUsage();
  for (const { text } of texts) dates.findDateMentions(text, { refDate: '2025-04-27' });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
};
for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const { dates } of engines) pass(dates);
const seconds = engines.map(() => /** @type {number[]} */ ([]));
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? engines.keys() : [...engines.keys()].reverse();
  for (const k of order) seconds[k].push(pass(engines[k].dates));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
engines.forEach(({ dist }, k) => {
  const s = median(seconds[k]);
  const best = Math.min(...seconds[k]);
  console.log(
    `${dist}: ${(megabytes / s).toFixed(1)} MB/s, best ${(megabytes / best).toFixed(1)} MB/s (CPU seconds ${seconds[k].map((x) => x.toFixed(3)).join(' ')})`,
  );
});
if (engines.length === 2)
  console.log(`speed-up: ${median(seconds[1].map((baseline, round) => baseline / seconds[0][round])).toFixed(2)}×`);

if (engines.length < 2 || args['no-check']) process.exit(0);

// Identity: every text, several option sets, mentions with warnings and rules; date lines; inferred references.
const lines = (/** @type {string} */ file, /** @type {number | null} */ column = 0) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#') && !l.startsWith('phrase\t'))
        .map((l) => (column === null ? l : l.split('\t')[column]))
    : [];
const checked = [
  ...texts,
  ...lines(join(ROOT, 'fixtures', 'dates', 'forms.jsonl'), null).map((l) => JSON.parse(l)),
  ...lines(join(ROOT, 'fixtures', 'dates', 'duckling_ar_time.tsv')).map((text) => ({ text, ref: '2013-02-12T04:30' })),
  ...JSON.parse(readFileSync(join(ROOT, 'fixtures', 'dates', 'corpus-sentences.json'), 'utf8')).sentences,
];
const optionSets = (ref) => [
  { refDate: '2025-04-27' },
  { refDate: ref ?? null },
  { refDate: '2013-02-12T04:30', weekStart: 'monday', prefer: 'future' },
  { refDate: null, weekStart: 'sunday', prefer: 'past' },
];
const read = ({ dates }, text, options) => {
  try {
    return JSON.stringify(
      dates.readDates ? dates.readDates(text, { ...options, explain: true }) : dates.findDateMentions(text, options),
    );
  } catch (error) {
    return `throws ${error.message}`;
  }
};
let compared = 0;
const differences = [];
const compare = (what, text, a, b) => {
  compared++;
  if (a !== b && differences.length < 20)
    differences.push({ what, text: text.slice(0, 120), a: a.slice(0, 300), b: b.slice(0, 300) });
  else if (a !== b) differences.push(null);
};
for (const { text, ref } of checked) {
  for (const options of optionSets(ref))
    compare(
      `mentions ${JSON.stringify(options)}`,
      text,
      read(engines[0], text, options),
      read(engines[1], text, options),
    );
  compare(
    'inferReferenceDate',
    text,
    JSON.stringify(engines[0].dates.inferReferenceDate([text])),
    JSON.stringify(engines[1].dates.inferReferenceDate([text])),
  );
  for (const line of text.split('\n'))
    compare(
      'parseDateLine',
      line,
      String(engines[0].dates.parseDateLine(line)),
      String(engines[1].dates.parseDateLine(line)),
    );
}
console.log(`identity: ${compared} comparisons, ${differences.length} differences`);
for (const d of differences.filter(Boolean))
  console.log(`- ${d.what}: ${d.text}\n    this build: ${d.a}\n    baseline:   ${d.b}`);
process.exitCode = differences.length > 0 ? 1 : 0;
