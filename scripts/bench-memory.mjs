#!/usr/bin/env node
// @ts-check
// Memory at corpus scale: `arnews extract --jobs 2` reads a JSONL stream of --gb GB (default 2)
// generated on the fly from the real pages of fixtures/learn (each line with its own id), piped into
// its standard input, so nothing is written to disk. The process's RSS (main thread and workers) is
// sampled twice a second; the peak (VmHWM) and the RSS at each tenth of the input are reported. The
// goal (issue 11): flat, under 300 MB. Usage: node scripts/bench-memory.mjs [--gb 2] [--jobs 2]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = scriptArgs(
  `Usage: node scripts/bench-memory.mjs [--gb 2] [--jobs 2]
The peak RSS of \`arnews extract\` on a JSONL stream generated on the fly from fixtures/learn, piped into it.
  --gb N      gigabytes of JSONL to stream (default 2)
  --jobs N    the CLI's --jobs (default 2)`,
  { gb: { type: 'string', default: '2' }, jobs: { type: 'string', default: '2' } },
);
const totalBytes = Number(args.gb) * 1024 ** 3;
const jobs = Number(args.jobs);
const SAMPLE_MS = 500;
const MB = 1024 * 1024;

const sources = join(ROOT, 'fixtures', 'learn');
const pages = readdirSync(sources)
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) =>
    readFileSync(join(sources, name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line)),
  );

const child = spawn(
  process.execPath,
  [
    join(ROOT, 'bin', 'arnews'),
    'extract',
    '-',
    '--jobs',
    String(jobs),
    '-q',
    '--stdin-name',
    'generated.jsonl',
    '--errors',
    '/dev/null',
  ],
  {
    stdio: ['pipe', 'ignore', 'inherit'],
  },
);

/** VmRSS and VmHWM of the child, in bytes (Linux). */
function memory() {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = (field) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return null;
  }
}

let written = 0;
let peak = 0;
const atTenths = [];
const sampler = setInterval(() => {
  const m = memory();
  if (!m) return;
  peak = Math.max(peak, m.peak);
  while (atTenths.length < 10 && written >= ((atTenths.length + 1) * totalBytes) / 10) atTenths.push(m.rss);
}, SAMPLE_MS);

const started = performance.now();
const ended = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
child.stdin.on('error', () => undefined);
let exited = false;
void ended.then(() => (exited = true));
// A child that ends early (a usage error, a crash) drains nothing more: stop writing, and report how it ended.
for (let i = 0; written < totalBytes && !exited; i++) {
  const page = pages[i % pages.length];
  const line = `${JSON.stringify({ ...page, id: `generated-${i}` })}\n`;
  written += Buffer.byteLength(line);
  if (!child.stdin.write(line))
    await Promise.race([new Promise((resolve) => child.stdin.once('drain', resolve)), ended]);
}
// The last tenth: all of the input is handed over.
const last = memory();
if (last && atTenths.length < 10) atTenths.push(last.rss);
child.stdin.end();
const { code, signal } = await ended;
clearInterval(sampler);
const seconds = (performance.now() - started) / 1000;
if ((code !== 0 && code !== 1) || written < totalBytes)
  throw new Error(`arnews extract ended with ${signal ?? code} after ${(written / MB).toFixed(0)} MB of input`);
console.log(
  `memory: ${(written / MB).toFixed(0)} MB of JSONL generated on the fly into 'arnews extract - --jobs ${jobs}' (${pages.length} real pages, node ${process.version})`,
);
console.log(`  ${seconds.toFixed(0)} s, ${(written / MB / seconds).toFixed(2)} MB/s`);
console.log(`  RSS at each tenth of the input: ${atTenths.map((b) => (b / MB).toFixed(0)).join(', ')} MB`);
console.log(`  peak RSS (VmHWM): ${(peak / MB).toFixed(0)} MB (goal: under 300 MB)`);
