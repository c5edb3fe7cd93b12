#!/usr/bin/env node
// @ts-check
// How long `arnews report` takes on many records (default 100,000), generated on the fly from the
// records of the real pages in fixtures/: ids, input files, publication months and first paragraphs
// vary (one record in ten keeps a shared opening, as a leak would), the rest is real. Each measurement
// runs in its own process, beside a baseline that only reads and parses the same JSON Lines, and a
// fifth of the records (peak memory should not grow with the input). Needs `npm run build` first.
// Usage: node scripts/bench-report.mjs [--records 100000] [--runs 3] [--keep]
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = scriptArgs(
  `Usage: node scripts/bench-report.mjs [--records 100000] [--runs 3] [--keep]   (after npm run build)
How long \`arnews report\` takes on many records generated from the records of fixtures/.
  --records N   records to report on (default 100000)
  --runs N      runs of each measurement (default 3)
  --keep        keep the generated records (the directory is printed)`,
  {
    records: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
);
const total = Number(args.records) || 100_000;
const runs = Number(args.runs) || 3;
const { extract } = await import('arnews');

/** Records of every text dump and HTML page in fixtures/. */
function seedRecords() {
  const records = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(txt|warc2text|html)$/.test(entry.name) && !entry.name.endsWith('.show.txt')) {
        try {
          records.push(
            ...extract(readFileSync(path, 'utf8'), {
              name: path,
              format: entry.name.endsWith('.html') ? 'html' : 'text',
            }),
          );
        } catch {
          // a page that yields no record is no seed
        }
      }
    }
  };
  walk(join(ROOT, 'fixtures'));
  return records;
}

/** A small deterministic generator (mulberry32), so that every run writes the same records. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeRecords(path, seeds, count) {
  const next = random(14);
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const year = 2015 + Math.floor(next() * 11);
    const paragraphs = next() < 0.1 ? seed.paragraphs : [`(${i}) ${seed.paragraphs[0]}`, ...seed.paragraphs.slice(1)];
    const record = {
      ...seed,
      id: `bench${i}-0`,
      input: { ...seed.input, file: `crawl-${i % 24}.jsonl`, doc: i, line: i + 1 },
      published: next() < 0.8 ? `${year}-${month}-15` : null,
      paragraphs,
      body: paragraphs.join('\n\n'),
    };
    if (!out.write(`${JSON.stringify(record)}\n`))
      await new Promise((resolve) => out.once('drain', () => resolve(undefined)));
  }
  await new Promise((resolve) => out.end(resolve));
}

/**
 * Runs one measurement in fresh Node processes, `runs` times, and keeps the fastest (the machine is
 * shared: a slower run measures the neighbours); each process prints its own peak memory.
 */
function measure(label, code, records) {
  let seconds = Infinity;
  let rss = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `${code}\nprocess.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n');`,
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
    if (child.status !== 0) throw new Error(`${label} failed: ${child.stderr}`);
    rss = Math.max(rss, Number(/maxrss (\d+)/.exec(child.stderr)?.[1]) / 1024);
  }
  console.log(
    `${label.padEnd(44)} ${seconds.toFixed(2).padStart(7)} s  ${Math.round(records / seconds)
      .toLocaleString('en')
      .padStart(8)} records/s  peak RSS ${rss.toFixed(0)} MB`,
  );
  return seconds;
}

const dir = mkdtempSync(join(tmpdir(), 'arnews-bench-report-'));
const seeds = seedRecords();
const file = join(dir, 'records.jsonl');
const fifth = join(dir, 'records-fifth.jsonl');
await writeRecords(file, seeds, total);
await writeRecords(fifth, seeds, Math.ceil(total / 5));
console.log(
  `${total.toLocaleString('en')} records (${(statSync(file).size / 1048576).toFixed(0)} MB) from ${seeds.length} records of the fixtures' pages; Node ${process.version}; fastest of ${runs} runs`,
);

const parse = (path) => `import { createReadStream } from 'node:fs'; import { createInterface } from 'node:readline';
let n = 0; for await (const line of createInterface({ input: createReadStream(${JSON.stringify(path)}), crlfDelay: Infinity })) if (line) { JSON.parse(line); n++; }`;
const report = (path, ...rest) => `import { main } from ${JSON.stringify(join(ROOT, 'dist', 'cli', 'main.js'))};
process.exitCode = await main(['node', 'arnews', 'report', ${JSON.stringify(path)}, ${rest.map((a) => JSON.stringify(a)).join(', ')}]);`;

const baseline = measure('baseline: read + JSON.parse', parse(file), total);
const html = measure('arnews report -o report.html', report(file, '-o', join(dir, 'report.html')), total);
measure('arnews report --format text', report(file, '--format', 'text', '-o', join(dir, 'report.txt')), total);
measure('arnews report -o report.html, a fifth', report(fifth, '-o', join(dir, 'fifth.html')), Math.ceil(total / 5));
console.log(
  `report / baseline: ${(html / baseline).toFixed(1)}×; report.html ${(statSync(join(dir, 'report.html')).size / 1024).toFixed(0)} KB`,
);
if (args.keep) console.log(`kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
