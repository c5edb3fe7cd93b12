// @ts-check
// One bench measurement in its own process (see bench.mjs); prints {seconds, mb, docs, records, failed, maxRss}.
import { spawn } from 'node:child_process';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const [mode, corpus] = process.argv.slice(2);
const mb = statSync(corpus).size / 1024 / 1024;
const sink = new Writable({ write: (_chunk, _encoding, done) => done() });

async function baseline() {
  let docs = 0;
  for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
    if (!line) continue;
    sink.write(`${JSON.stringify(JSON.parse(line))}\n`);
    docs++;
  }
  return { mb, docs, records: docs, failed: 0 };
}

async function extract() {
  const { extractStream } = await import('arnews');
  let docs = 0;
  let records = 0;
  let failed = 0;
  for await (const result of extractStream(corpus)) {
    docs++;
    if ('error' in result) failed++;
    else for (const record of result.records) {
      sink.write(`${JSON.stringify(record)}\n`);
      records++;
    }
  }
  return { mb, docs, records, failed };
}

/** The CLI as a user runs it; its peak memory is the high-water mark Linux keeps in /proc/<pid>/status. */
async function cli() {
  const bin = fileURLToPath(new URL('../bin/arnews', import.meta.url));
  const child = spawn(process.execPath, [bin, 'extract', corpus, '-o', '/dev/null'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peakKb = 0;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    } catch {
      // the child has just exited
    }
  }, 20);
  await new Promise((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const m = /(\d+) documents? read, (\d+) records? written, (\d+) errors?/.exec(stderr);
  if (!m) throw new Error(stderr);
  return { mb, docs: Number(m[1]), records: Number(m[2]), failed: Number(m[3]), maxRss: peakKb };
}

/** The date engine on the title and body of every record, as extract calls it. */
async function dates() {
  const { extractStream, findDateMentions } = await import('arnews');
  const texts = [];
  let bytes = 0;
  for await (const result of extractStream(corpus)) {
    if ('error' in result) continue;
    for (const record of result.records) {
      if (record.title) texts.push(record.title);
      texts.push(record.body);
      bytes += Buffer.byteLength(record.body) + Buffer.byteLength(record.title ?? '');
    }
  }
  const started = performance.now();
  let mentions = 0;
  for (const text of texts) mentions += findDateMentions(text, { refDate: '2025-04-27' }).length;
  return { seconds: (performance.now() - started) / 1000, mb: bytes / 1024 / 1024, docs: texts.length, records: mentions, failed: 0 };
}

const run = { baseline, extract, cli, dates }[mode];
const started = performance.now();
const result = await run();
const seconds = result.seconds ?? (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ ...result, seconds, maxRss: result.maxRss ?? process.resourceUsage().maxRSS }));
