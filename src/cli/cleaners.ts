/**
 * `arnews cleaners`: lists every cleaner a run would use (user cleaners first, then the built-ins) with
 * what it matches; `--check PATH…` validates user cleaners, rejects regexes that backtrack
 * catastrophically, and exits 2 when one is invalid.
 */
import { Worker } from 'node:worker_threads';
import type { Command } from 'commander';
import { CODE_NOT_ALLOWED, isCodeCleaner } from '../cleaners/load.js';
import type { Cleaner } from '../cleaners/schema.js';
import type { CleanerSources } from '../options.js';
import type { CheckReply, CheckRequest } from './checkWorker.js';
import { loadRunCleaners } from './cleanerOptions.js';
import { registerCleanersNewCommand } from './cleanersNew.js';
import { EXIT } from './exit.js';
import { resolveCliOptions } from './runOptions.js';

interface CleanersCliOptions {
  json?: boolean;
  check?: string[];
  cleaner: string[];
  allowCode?: boolean;
}

/**
 * How long one step of a cleaner file's check (loading it, one regex, the lint) may take: past it, the step
 * is taken to hang. Per step, not per file: the generic cleaner's 91 regexes take two minutes in all.
 */
const CHECK_DEADLINE_MS = 60_000;
const CHECK_WORKER_URL = new URL('./checkWorker.js', import.meta.url);

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerCleanersCommand(program: Command): void {
  const command = program
    .command('cleaners')
    .description(
      'List the site cleaners (built-in and user) with the hosts and text signatures they match, or check user cleaners.',
    )
    .option('--json', 'print the list as JSON')
    .option(
      '--check <path...>',
      'validate user cleaners (JSON files or ES modules) and reject regexes that backtrack catastrophically: exit 0 when valid, 2 when not',
    )
    .option('--cleaner <path>', 'include a user cleaner in the list, as extract would; repeatable', collect, [])
    .option('--allow-code', 'let code cleaners (ES modules) load, which runs their code (or set ARNEWS_ALLOW_CODE=1)')
    .addHelpText(
      'after',
      `
User cleaners come from --cleaner and from every .json/.jsonc/.mjs/.js file in the directory named by ARNEWS_CLEANERS;
they take precedence over the built-ins, and replace a built-in of the same name.

Examples:
  $ arnews cleaners
  $ arnews cleaners --json | jq '.[].name'
  $ arnews cleaners --check my-site.json`,
    )
    .action(async (options: CleanersCliOptions) => {
      const { cleaners } = resolveCliOptions({ cleanerFiles: options.cleaner, allowCode: options.allowCode });
      process.exitCode = options.check
        ? await check(options.check, 'files' in cleaners && cleaners.allowCode)
        : await list(cleaners, Boolean(options.json));
    });
  registerCleanersNewCommand(command);
}

/** One cleaner as `arnews cleaners --json` prints it. */
export interface CleanerListing {
  name: string;
  family: string | null;
  origin: string;
  description: string;
  hosts: string[];
  urlPatterns: string[];
  signatures: string[];
  validFrom: string | null;
  validUntil: string | null;
  rules: { drop: number; sections: number; fields: number; titleGlue: number };
  hooks: string[];
}

function describeCleaner(c: Cleaner): CleanerListing {
  return {
    name: c.name,
    family: c.family ?? null,
    origin: c.origin,
    description: c.description,
    hosts: c.appliesTo.hosts,
    urlPatterns: c.appliesTo.urlPatterns,
    signatures: c.appliesTo.signatures,
    validFrom: c.validFrom ?? null,
    validUntil: c.validUntil ?? null,
    rules: {
      drop: c.rules.drop.length,
      sections: c.rules.sections.length,
      fields: c.rules.fields.length,
      titleGlue: c.rules.titleGlue.length,
    },
    hooks: (['beforeSegment', 'afterRecord'] as const).filter((h) => typeof c[h] === 'function'),
  };
}

async function list(sources: CleanerSources, json: boolean): Promise<number> {
  const registry = await loadRunCleaners(sources);
  const listings = [registry.generic, ...registry.cleaners].map((c) => describeCleaner(c.cleaner));
  if (json) {
    process.stdout.write(`${JSON.stringify(listings, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const l of listings) process.stdout.write(`${formatListing(l)}\n\n`);
  return EXIT.ok;
}

function formatListing(l: CleanerListing): string {
  const rules = Object.entries(l.rules)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const valid = l.validFrom || l.validUntil ? `${l.validFrom ?? '…'} .. ${l.validUntil ?? '…'}` : 'always';
  const lines = [
    `${l.name}  [${l.family ?? '-'}]  ${l.origin}`,
    `  ${l.description}`,
    l.name === 'generic'
      ? '  applies to: every page'
      : `  hosts: ${l.hosts.join(', ') || '-'}${l.urlPatterns.length ? `   url patterns: ${l.urlPatterns.join(', ')}` : ''}`,
    l.signatures.length ? `  signatures: ${l.signatures.join(' | ')}` : null,
    `  valid: ${valid}   rules: ${rules || 'none'}${l.hooks.length ? `   hooks: ${l.hooks.join(', ')}` : ''}`,
  ];
  return lines.filter((x) => x !== null).join('\n');
}

/** Validates each file; prints what it found, and the errors naming file and field (or rule). */
async function check(paths: string[], allowCode: boolean): Promise<number> {
  let failed = false;
  for (const path of paths) {
    if (isCodeCleaner(path) && !allowCode) {
      failed = true;
      process.stderr.write(`${path}: not run: ${CODE_NOT_ALLOWED}\n`);
      continue;
    }
    const result = await checkInWorker({ path, allowCode });
    if (result.type === 'invalid') {
      failed = true;
      process.stderr.write(`${result.message}\n`);
      continue;
    }
    const rejected = result.findings.filter((f) => f.rejected);
    for (const f of result.findings)
      process.stderr.write(`${path}: ${f.rejected ? '' : 'warning: '}${f.where}: ${f.message}\n`);
    for (const warning of result.warnings) process.stderr.write(`${path}: warning: ${warning}\n`);
    if (rejected.length > 0) {
      failed = true;
      continue;
    }
    process.stdout.write(
      `${path}: ok: cleaner "${result.name}" (${Object.entries(result.counts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')})\n`,
    );
  }
  return failed ? EXIT.usage : EXIT.ok;
}

/** The check of one file, on a worker ended when a step runs past the deadline: then that step is rejected. */
function checkInWorker(request: CheckRequest): Promise<Exclude<CheckReply, { type: 'step' }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CHECK_WORKER_URL, { workerData: request });
    let step = 'loading the file';
    let settled = false;
    const settle = (reply: Exclude<CheckReply, { type: 'step' }>): void => {
      settled = true;
      clearTimeout(deadline);
      void worker.terminate();
      resolve(reply);
    };
    const expire = (): void =>
      settle({
        type: 'invalid',
        message: `${request.path}: ${step}: the check did not finish within ${CHECK_DEADLINE_MS / 1000} s: a regex that backtracks without end, or code that does not return; rejected`,
      });
    let deadline = setTimeout(expire, CHECK_DEADLINE_MS);
    worker.on('message', (reply: CheckReply) => {
      if (reply.type !== 'step') return settle(reply);
      step = reply.where;
      clearTimeout(deadline);
      deadline = setTimeout(expire, CHECK_DEADLINE_MS);
    });
    worker.on('error', (error) => {
      if (settled) return;
      clearTimeout(deadline);
      reject(error);
    });
    worker.on('exit', () => {
      if (!settled)
        settle({ type: 'invalid', message: `${request.path}: the check ended without a verdict (${step})` });
    });
  });
}
