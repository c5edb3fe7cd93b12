#!/usr/bin/env node
// @ts-check
/**
 * Self time of a CPU profile (`node --cpu-prof`), summed by pipeline stage: which stage a function
 * belongs to is read from its source file (dist/dates → dates, node_modules/zod → validation, …).
 * Every .cpuprofile in a directory is summed (a run with worker threads writes one per thread).
 * Usage: node scripts/profile-stages.mjs DIR_OR_FILE [--top N] [--json]
 * Also imported by bench.mjs (stageShares).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';

/**
 * First match wins: [stage, test on the function's URL and name].
 * @type {[string, (url: string, name: string) => boolean][]}
 */
const STAGE_OF = [
  ['normalisation', (url) => /\/dist\/text\/normalize\.js$/.test(url)],
  ['dates', (url) => /\/dist\/dates\//.test(url)],
  ['text builder', (url) => /\/dist\/document\/(fromText|errors|model)\.js$/.test(url)],
  ['HTML front end', (url) => /\/dist\/document\/html\//.test(url)],
  [
    'HTML parser (cheerio, htmlparser2)',
    (url) =>
      /node_modules\/(cheerio|htmlparser2|domhandler|domutils|entities|dom-serializer|css-select|css-what|boolbase|nth-check|parse5[^/]*|undici|encoding-sniffer|whatwg-[^/]+|iconv-lite)\//.test(
        url,
      ),
  ],
  ['cleaners', (url) => /\/dist\/cleaners\//.test(url)],
  ['segmentation', (url) => /\/dist\/(segment\/|text\/words\.js$)/.test(url)],
  ['fields', (url) => /\/dist\/fields\//.test(url)],
  ['validation (zod)', (url) => /node_modules\/zod\//.test(url)],
  ['record, pipeline', (url) => /\/dist\/(record|pipeline\/)/.test(url)],
  ['reading, decoding (io)', (url) => /\/dist\/io\/(readers|decode|charset)\.js$/.test(url)],
  ['writing', (url) => /\/dist\/io\/(writers|atomicFile)\.js$/.test(url)],
  ['sha256 (record id)', (url, name) => /node:internal\/crypto\//.test(url) || name === 'digest' || name === 'update'],
  [
    'worker messages',
    (url, name) => /node:internal\/(worker|per_context\/messageport)/.test(url) || name === 'postMessage',
  ],
  [
    'start-up (module loading)',
    (url, name) =>
      /node:internal\/(modules|bootstrap)\//.test(url) ||
      name === 'compileSourceTextModule' ||
      name === 'internalModuleStat',
  ],
  ['garbage collection', (_url, name) => name === '(garbage collector)'],
  ['idle', (_url, name) => name === '(idle)'],
  ['node internals, other', (url) => url.startsWith('node:') || url === ''],
];

/** Functions without a source of their own (regexes, built-ins, native calls) count for the stage that called them. */
const OWN_STAGE_FREE = new Set(['node internals, other']);

function stageOf(url, name) {
  for (const [stage, test] of STAGE_OF) if (test(url, name)) return stage;
  return 'other';
}

/** Self milliseconds per stage, and per function (for --top), over the profiles given. */
export function stageTimes(paths) {
  const stages = new Map();
  const functions = new Map();
  for (const path of paths) {
    const profile = JSON.parse(readFileSync(path, 'utf8'));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parentOf = new Map();
    for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
    const nodeStage = new Map();
    const stageOfNode = (id) => {
      if (nodeStage.has(id)) return nodeStage.get(id);
      const { url, functionName } = byId.get(id).callFrame;
      let stage = stageOf(url, functionName);
      if (OWN_STAGE_FREE.has(stage) && !url.startsWith('node:') && parentOf.has(id)) {
        const inherited = stageOfNode(parentOf.get(id));
        if (!OWN_STAGE_FREE.has(inherited) && inherited !== 'idle' && inherited !== 'garbage collection')
          stage = inherited;
      }
      nodeStage.set(id, stage);
      return stage;
    };
    const selfMs = new Map();
    profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    for (const [id, ms] of selfMs) {
      const { functionName, url, lineNumber } = byId.get(id).callFrame;
      const stage = stageOfNode(id);
      stages.set(stage, (stages.get(stage) ?? 0) + ms);
      const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(dist|node_modules)\//, '$1/')}:${lineNumber + 1}`;
      functions.set(key, (functions.get(key) ?? 0) + ms);
    }
  }
  return { stages, functions };
}

/** The .cpuprofile files of a directory (or the file itself). */
export function profilesIn(path) {
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(path, f))
    : [path];
}

/** Shares of the busy time (idle left out), largest first: [[stage, share, ms], …]. */
export function stageShares(paths) {
  const { stages } = stageTimes(paths);
  stages.delete('idle');
  const total = [...stages.values()].reduce((a, b) => a + b, 0);
  return [...stages].sort((a, b) => b[1] - a[1]).map(([stage, ms]) => [stage, ms / total, ms]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const usage = `Usage: node scripts/profile-stages.mjs DIR_OR_FILE [--top N] [--json]
Self time by pipeline stage in CPU profiles (node --cpu-prof): a .cpuprofile file, or every one in a directory.
  --top N    also the N functions with the most self time
  --json     the shares as JSON`;
  const {
    values: args,
    positionals: [where, ...extra],
  } = scriptArgs(
    usage,
    { top: { type: 'string', default: '0' }, json: { type: 'boolean', default: false } },
    { positionals: true },
  );
  if (!where || extra.length > 0) {
    console.error(usage);
    process.exit(2);
  }
  const top = Number(args.top);
  const paths = profilesIn(where);
  const shares = stageShares(paths);
  if (args.json) {
    console.log(JSON.stringify(shares));
  } else {
    for (const [stage, share, ms] of shares)
      console.log(`${(share * 100).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(7)} ms  ${stage}`);
    if (top > 0) {
      const { functions } = stageTimes(paths);
      console.log('');
      for (const [fn, ms] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top))
        console.log(`${ms.toFixed(0).padStart(7)} ms  ${fn}`);
    }
  }
}
