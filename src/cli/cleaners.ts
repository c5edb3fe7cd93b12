/**
 * `arnews cleaners`: lists every cleaner a run would use (user cleaners first, then the built-ins) with
 * what it matches; `--check PATH…` validates user cleaners and exits 2 when one is invalid.
 */
import type { Command } from 'commander';
import { compileCleaner } from '../cleaners/compile.js';
import { CleanerLoadError, loadCleanerFile } from '../cleaners/load.js';
import type { Cleaner } from '../cleaners/schema.js';
import { normalizeArabic } from '../text/normalize.js';
import { loadRunCleaners } from './cleanerOptions.js';
import { EXIT } from './exit.js';

interface CleanersCliOptions {
  json?: boolean;
  check?: string[];
  cleaner: string[];
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerCleanersCommand(program: Command): void {
  program
    .command('cleaners')
    .description('List the site cleaners (built-in and user) with the hosts and text signatures they match, or check user cleaners.')
    .option('--json', 'print the list as JSON')
    .option('--check <path...>', 'validate user cleaners (JSON files or ES modules): exit 0 when valid, 2 when not')
    .option('--cleaner <path>', 'include a user cleaner in the list, as extract would; repeatable', collect, [])
    .addHelpText(
      'after',
      `
User cleaners come from --cleaner and from every .json/.mjs/.js file in the directory named by ARNEWS_CLEANERS;
they take precedence over the built-ins, and replace a built-in of the same name.

Examples:
  $ arnews cleaners
  $ arnews cleaners --json | jq '.[].name'
  $ arnews cleaners --check my-site.json`,
    )
    .action(async (options: CleanersCliOptions) => {
      process.exitCode = options.check ? await check(options.check) : await list(options);
    });
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
    rules: { drop: c.rules.drop.length, sections: c.rules.sections.length, fields: c.rules.fields.length, titleGlue: c.rules.titleGlue.length },
    hooks: (['beforeSegment', 'afterRecord'] as const).filter((h) => typeof c[h] === 'function'),
  };
}

async function list(options: CleanersCliOptions): Promise<number> {
  const registry = await loadRunCleaners(options.cleaner);
  const listings = [registry.generic, ...registry.cleaners].map((c) => describeCleaner(c.cleaner));
  if (options.json) {
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
    l.name === 'generic' ? '  applies to: every page' : `  hosts: ${l.hosts.join(', ') || '-'}${l.urlPatterns.length ? `   url patterns: ${l.urlPatterns.join(', ')}` : ''}`,
    l.signatures.length ? `  signatures: ${l.signatures.join(' | ')}` : null,
    `  valid: ${valid}   rules: ${rules || 'none'}${l.hooks.length ? `   hooks: ${l.hooks.join(', ')}` : ''}`,
  ];
  return lines.filter((x) => x !== null).join('\n');
}

/** Validates each file; prints what it found, and the zod errors naming file and field. */
async function check(paths: string[]): Promise<number> {
  let failed = false;
  for (const path of paths) {
    try {
      const cleaner = await loadCleanerFile(path);
      const l = describeCleaner(cleaner);
      process.stdout.write(`${path}: ok: cleaner "${l.name}" (${Object.entries(l.rules).map(([k, n]) => `${n} ${k}`).join(', ')})\n`);
      for (const warning of lint(cleaner)) process.stderr.write(`${path}: warning: ${warning}\n`);
    } catch (error) {
      if (!(error instanceof CleanerLoadError)) throw error;
      failed = true;
      process.stderr.write(`${error.message}\n`);
    }
  }
  return failed ? EXIT.usage : EXIT.ok;
}

/** An ordinary line of article text, which no rule should match. */
const ORDINARY_LINE = 'وقال الوزير في بيان إن الحكومة ستواصل العمل على المشروع خلال العام المقبل.';

/** Valid but probably wrong: a rule that fires on an empty or ordinary line fires on most lines of every page. */
function lint(cleaner: Cleaner): string[] {
  const compiled = compileCleaner(cleaner);
  const warnings: string[] = [];
  for (const [list, rules] of [['drop', compiled.drop], ['sections', compiled.sections], ['fields', compiled.fields]] as const) {
    for (const rule of rules) if (rule.match('') || rule.match(normalizeArabic(ORDINARY_LINE))) warnings.push(`rules.${list}: rule "${rule.name}" matches almost any line`);
  }
  if (!cleaner.appliesTo.hosts.length && !cleaner.appliesTo.urlPatterns.length && !cleaner.appliesTo.signatures.length) {
    warnings.push('appliesTo has no hosts, URL patterns or signatures: the cleaner runs only with --site');
  }
  return warnings;
}
