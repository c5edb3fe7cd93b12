// @ts-check
// One bench measurement in its own process (see bench.mjs); prints
// {seconds, cpuSeconds, mb, docs, records, failed, maxRss, bodyMb}: wall and CPU seconds (user + system,
// of every thread), peak RSS in KB.
import { spawn } from 'node:child_process';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';

/** What one measurement may be (see the functions below). */
const MODES = ['baseline', 'extract', 'cli', 'cli-profile', 'dates'];
const usage = `Usage: node scripts/bench-worker.mjs MODE CORPUS [-- CLI ARGS]   (run by scripts/bench.mjs)
One measurement of the bench in this process; prints it as JSON. MODE: baseline, extract, cli, cli-profile
or dates; the arguments after -- go to \`arnews extract\` (cli, cli-profile).`;
const {
  positionals: [mode, corpus, ...rest],
} = scriptArgs(usage, {}, { positionals: true });
if (!MODES.includes(mode ?? '') || !corpus) {
  console.error(usage);
  process.exit(2);
}
const mb = statSync(corpus).size / 1024 / 1024;
const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
const MB = 1024 * 1024;
/** Clock ticks per second of the times in /proc (USER_HZ, 100 on every Linux). */
const USER_HZ = 100;

/** What any tool must do at least: read the JSONL, parse each line, split the page into lines, serialise and write. */
async function baseline() {
  let docs = 0;
  for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
    if (!line) continue;
    const page = JSON.parse(line);
    const paragraphs = page.text.split('\n').filter((p) => p.trim() !== '');
    sink.write(`${JSON.stringify({ id: page.id, url: page.url, paragraphs })}\n`);
    docs++;
  }
  return { docs, records: docs, failed: 0 };
}

/** extract through the library, in this thread; also counts the records' body text. */
async function extract() {
  const { extractStream } = await import('arnews');
  let docs = 0;
  let records = 0;
  let failed = 0;
  let bodyBytes = 0;
  for await (const result of extractStream(corpus)) {
    docs++;
    if ('error' in result) failed++;
    else
      for (const record of result.records) {
        sink.write(`${JSON.stringify(record)}\n`);
        bodyBytes += Buffer.byteLength(record.body);
        records++;
      }
  }
  return { docs, records, failed, bodyMb: bodyBytes / MB };
}

/**
 * The CLI as a user runs it, writing to /dev/null. Its CPU time is read from the shell that waited for
 * it (the children's user and system time in /proc/<shell>/stat), its peak memory from the high-water
 * mark Linux keeps in /proc/<pid>/status, polled while it runs.
 */
async function cli(...extraArgs) {
  const bin = fileURLToPath(new URL('../bin/arnews', import.meta.url));
  const script = '"$@" 2>&3; status=$?; cat /proc/$$/stat; exit $status';
  const child = spawn(
    '/bin/sh',
    ['-c', script, 'sh', process.execPath, ...extraArgs, bin, 'extract', corpus, '-o', '/dev/null', ...rest],
    { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] },
  );
  let stat = '';
  let stderr = '';
  // All piped (stdio above): none is null.
  const [, out, err, fd3] = /** @type {import('node:stream').Readable[]} */ (child.stdio);
  out.on('data', (d) => (stat += d));
  fd3.on('data', (d) => (stderr += d));
  err.on('data', (d) => (stderr += d));
  let peakKb = 0;
  const poll = setInterval(() => {
    for (const pid of childPids(child.pid)) {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // it has just exited
      }
    }
  }, 20);
  await new Promise((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const m = /(\d+) documents? read, (\d+) records? written, (\d+) errors?/.exec(stderr);
  if (!m) throw new Error(stderr);
  // Fields 16 and 17 of /proc/<pid>/stat (after the command name in parentheses): children's user and system ticks.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[13]) + Number(fields[14]);
  return {
    docs: Number(m[1]),
    records: Number(m[2]),
    failed: Number(m[3]),
    maxRss: peakKb,
    cpuSeconds: ticks / USER_HZ,
  };
}

/** The shell's children: the node process running the CLI. */
function childPids(shellPid) {
  try {
    return readFileSync(`/proc/${shellPid}/task/${shellPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
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
  const cpu = process.cpuUsage();
  let mentions = 0;
  for (const text of texts) mentions += findDateMentions(text, { refDate: '2025-04-27' }).length;
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    mb: bytes / MB,
    docs: texts.length,
    records: mentions,
    failed: 0,
  };
}

const run = {
  baseline,
  extract,
  cli,
  'cli-profile': () => cli('--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`),
  dates,
}[mode];
const started = performance.now();
const cpu = process.cpuUsage();
const result = await run();
const used = process.cpuUsage(cpu);
const seconds = result.seconds ?? (performance.now() - started) / 1000;
process.stdout.write(
  JSON.stringify({
    mb,
    ...result,
    seconds,
    cpuSeconds: result.cpuSeconds ?? (used.user + used.system) / 1e6,
    maxRss: result.maxRss ?? process.resourceUsage().maxRSS,
  }),
);
