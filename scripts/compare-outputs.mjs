#!/usr/bin/env node
// @ts-check
/**
 * Byte-exact output of `arnews extract`, saved once and compared after every change that must not
 * change it (a speed change): the records (with `--explain`) and error entries of every input under
 * fixtures/ (goldens, dev set, corpus samples, HTML pages), of the text and HTML pages of
 * ../shared/corpus when it sits beside the checkout, and of the bench corpus, each run through the
 * CLI at `--jobs 1` and at `--jobs 2` (the output must not depend on it), with no time budget (a
 * document that ran out of it on a loaded machine would differ).
 *
 *   node scripts/compare-outputs.mjs save DIR [--corpus FILE]    # the reference, from this checkout's build
 *   node scripts/compare-outputs.mjs check DIR [--corpus FILE]   # this checkout's output against it (exit 1 when it differs)
 *
 * `--sets fixtures,shared,corpus` and `--jobs 1,2` choose what a check runs (default: all).
 *
 * Input paths are given relative to the checkout (the shared corpus as ../shared/…), so `input.file`
 * is the same for two checkouts side by side. Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COMPARE_USAGE = `Usage: node scripts/compare-outputs.mjs save|check DIR [OPTIONS]   (after npm run build)
  save DIR         the reference outputs, from this checkout's build, into DIR
  check DIR        this checkout's outputs against DIR's (exit 1 when one differs)
  --corpus FILE    the bench corpus to run too (default bench/out/corpus-50mb.jsonl)
  --sets LIST      which inputs: fixtures,shared,corpus (default all three)
  --jobs LIST      the CLI's --jobs values to run (default 1,2)`;
const {
  values: args,
  positionals: [mode, dir, ...extra],
} = scriptArgs(
  COMPARE_USAGE,
  {
    corpus: { type: 'string', default: 'bench/out/corpus-50mb.jsonl' },
    sets: { type: 'string', default: 'fixtures,shared,corpus' },
    jobs: { type: 'string', default: '1,2' },
  },
  { positionals: true },
);
if (!['save', 'check'].includes(mode ?? '') || !dir || extra.length > 0) {
  console.error(COMPARE_USAGE);
  process.exit(2);
}
const corpus = args.corpus;
const chosenSets = args.sets.split(',');
const chosenJobs = args.jobs.split(',').map(Number);
const INPUT = /\.(txt|jsonl|json|html?|warc2text|gz)$/i;
/** Fixtures that are not pages: cleaners, a golden case's expectations (expected.json, expected.show.txt, expected-<tool>.<ext>), hostile hooks. */
const NOT_PAGES =
  /(^|\/)(cleaners|user-cleaner|hostile|learn)\/|(^|\/)expected[.-][^/]*$|(^|\/)(README|boilerplate)\.|\.mjs$/;

function inputsUnder(relativeDir) {
  const found = [];
  const walk = (rel) => {
    const abs = join(ROOT, rel);
    for (const entry of readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (INPUT.test(entry.name) && !NOT_PAGES.test(path)) found.push(path);
    }
  };
  if (existsSync(join(ROOT, relativeDir))) walk(relativeDir);
  return found;
}

/** @type {[name: string, inputs: string[]][]} */
const sets = [
  ['fixtures', inputsUnder('fixtures')],
  ['shared', [...inputsUnder('../shared/corpus/text'), ...inputsUnder('../shared/corpus/html')]],
  ['corpus', existsSync(join(ROOT, corpus)) || existsSync(corpus) ? [corpus] : []],
];

/** One CLI run: its records and error entries, and its exit code. */
function run(inputs, jobs) {
  const out = join(dir, 'tmp');
  mkdirSync(out, { recursive: true });
  const records = join(out, 'records.jsonl');
  const errors = join(out, 'errors.jsonl');
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin', 'arnews'),
      'extract',
      '-q',
      '--explain',
      '--doc-timeout',
      '0',
      '--jobs',
      String(jobs),
      '-o',
      records,
      '--errors',
      errors,
      ...inputs,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(`arnews extract exited ${r.status}: ${r.stderr}`);
  const result = {
    records: readFileSync(records, 'utf8'),
    errors: existsSync(errors) ? readFileSync(errors, 'utf8') : '',
    status: r.status,
  };
  rmSync(out, { recursive: true, force: true });
  return result;
}

/** The first line where two outputs differ, for the report. */
function firstDifference(a, b) {
  const [la, lb] = [a.split('\n'), b.split('\n')];
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i])
      return `line ${i + 1}: ${(la[i] ?? '(none)').slice(0, 160)}\n    now: ${(lb[i] ?? '(none)').slice(0, 160)}`;
  }
  return null;
}

mkdirSync(dir, { recursive: true });
let differing = 0;
for (const [name, inputs] of sets) {
  if (inputs.length === 0 || !chosenSets.includes(name)) continue;
  for (const jobs of mode === 'save' ? [1, 2] : chosenJobs) {
    const started = performance.now();
    const output = run(inputs, jobs);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const file = join(dir, `${name}.json`);
    const label = `${name} (${inputs.length} input${inputs.length === 1 ? '' : 's'}, --jobs ${jobs}, ${output.records.split('\n').length - 1} records, ${seconds} s)`;
    if (mode === 'save' && jobs === 1) {
      writeFileSync(file, JSON.stringify(output));
      console.log(`saved ${label}`);
      continue;
    }
    const reference = JSON.parse(readFileSync(file, 'utf8'));
    const diffs = ['records', 'errors', 'status'].filter((k) => reference[k] !== output[k]);
    if (diffs.length === 0) console.log(`identical: ${label}`);
    else {
      differing++;
      console.log(`DIFFERS: ${label}: ${diffs.join(', ')}`);
      for (const k of diffs) if (k !== 'status') console.log(`  ${k} ${firstDifference(reference[k], output[k])}`);
    }
  }
}
process.exitCode = differing === 0 ? 0 : 1;
