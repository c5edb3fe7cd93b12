#!/usr/bin/env node
// @ts-check
// Start-up of `arnews extract` on one small page, against `node -e 0` measured in the same run: the
// two alternate, each the median of --runs runs (default 15), wall time of the whole process. The goal
// (issue 11) is under 3× node -e 0. `--against DIR` alternates a third command, the same extract run by
// another checkout (built), e.g. a worktree of the commit a change started from: its before and after
// in one run, on one machine load. `--instructions` counts each command's instructions instead
// (valgrind's cachegrind, median of 3; all threads): slow, but the same on a busy machine as on an idle
// one. Usage: node scripts/bench-startup.mjs [--runs 15] [--against DIR] [--instructions] [--json]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = scriptArgs(
  `Usage: node scripts/bench-startup.mjs [--runs 15] [--against DIR] [--instructions] [--json]
Start-up of \`arnews extract\` on one small page against \`node -e 0\`, alternating.
  --runs N         runs of each command; the median is reported (default 15)
  --against DIR    also the same run from another built checkout
  --instructions   count instructions (valgrind's cachegrind, median of 3) instead of timing
  --json           also print the result as JSON`,
  {
    runs: { type: 'string', default: '15' },
    against: { type: 'string' },
    instructions: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
);
const runs = Number(args.runs) || 15;
const against = args.against ?? null;
const PAGE = 'fixtures/user-cleaner/alwaha-page.txt';
const commands = {
  'node -e 0': [process.execPath, '-e', '0'],
  [`arnews extract -q ${PAGE}`]: [process.execPath, 'bin/arnews', 'extract', '-q', PAGE],
  ...(against && {
    [`${against}: arnews extract -q ${PAGE}`]: [process.execPath, join(against, 'bin/arnews'), 'extract', '-q', PAGE],
  }),
};

/**
 * Every command runs in a clean environment: a variable that node acts on at each start, such as
 * NODE_EXTRA_CA_CERTS (a CA bundle it parses: some 50 ms here) or NODE_OPTIONS, adds the same time to
 * both commands and would flatter the ratio.
 */
const CLEAN_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' };

/** @param {string[]} argv */
function time([command, ...rest]) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, rest, { cwd: ROOT, env: CLEAN_ENV, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${rest.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** @param {string[]} argv */
function instructions(argv) {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', ...argv], {
    cwd: ROOT,
    env: CLEAN_ENV,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const refs = r.stderr.match(/I\s+refs:\s+([\d,]+)/)?.[1];
  if (r.status !== 0 || !refs)
    throw new Error(`valgrind ${argv.join(' ')} failed (is valgrind installed?): ${r.stderr}`);
  return Number(refs.replaceAll(',', ''));
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
if (args.instructions) {
  const counts = Object.entries(commands).map(([name, command]) => [
    name,
    median([0, 1, 2].map(() => instructions(command))),
  ]);
  const baseCount = /** @type {number} */ (counts[0]?.[1]);
  console.log(`start-up instructions, median of 3 (cachegrind, node ${process.version}):`);
  for (const [name, count] of counts)
    console.log(
      `  ${String(name).padEnd(60)} ${(Number(count) / 1e6).toFixed(0).padStart(6)} M  ${(Number(count) / baseCount).toFixed(2)}×`,
    );
  process.exit(0);
}
/** Whether this node can use the code cache the build made for the CLI's bundle (bin/arnews): if not, start-up compiles it all. */
function codeCacheUsed() {
  const { compileCli, CODE_CACHE } = createRequire(import.meta.url)('../bin/arnews');
  return existsSync(CODE_CACHE) && compileCli(readFileSync(CODE_CACHE)).cachedDataRejected === false;
}

const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, /** @type {number[]} */ ([])]));
for (let i = 0; i < runs; i++)
  for (const [name, command] of Object.entries(commands)) samples[name].push(time(command));
const [base, extract, other] = Object.values(samples).map(median);
const result = {
  nodeMs: base,
  extractMs: extract,
  ratio: extract / base,
  runs,
  codeCache: codeCacheUsed(),
  ...(against && { against, againstMs: other, againstRatio: other / base }),
};
if (args.json) console.log(JSON.stringify(result));
else {
  console.log(`start-up, median of ${runs} runs each (node ${process.version}):`);
  for (const [name, values] of Object.entries(samples))
    console.log(`  ${name.padEnd(60)} ${median(values).toFixed(0).padStart(5)} ms`);
  console.log(`  ratio: ${result.ratio.toFixed(2)}× node -e 0 (goal: under 3×)`);
  if (!result.codeCache) console.log('  (the code cache of dist/arnews.cjs was not used: build with this node first)');
  if (against) console.log(`  ${against}: ${(other / base).toFixed(2)}× node -e 0`);
}
