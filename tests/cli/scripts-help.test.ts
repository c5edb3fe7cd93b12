/**
 * Every script in scripts/ that takes options answers `--help` with its usage and exit 0 without running
 * anything (`node scripts/bench.mjs --help` used to run the whole bench), and turns an unknown option
 * away with its usage and exit 2 (scripts/args.mjs).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';

const SCRIPTS = join(ROOT, 'scripts');
const sourceOf = (name: string) => readFileSync(join(SCRIPTS, name), 'utf8');
const scripts = readdirSync(SCRIPTS).filter((name) => name.endsWith('.mjs') && name !== 'args.mjs');
const withOptions = scripts.filter((name) => sourceOf(name).includes("from './args.mjs'"));
/** Scripts that read their command line: all of them must read it through args.mjs. */
const readingArgv = scripts.filter((name) => /process\.argv/.test(sourceOf(name)) || withOptions.includes(name));

const run = (name: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(SCRIPTS, name), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('the scripts’ command lines', () => {
  it('cover the scripts that read options', () => {
    expect(withOptions).toEqual(expect.arrayContaining(['bench.mjs', 'eval-dumps.mjs', 'compare-outputs.mjs']));
    // eval-articles.mjs read process.argv by hand, so its --help ran the whole eval
    expect(readingArgv.filter((name) => !withOptions.includes(name))).toEqual([]);
  });

  it.each(withOptions)('%s --help prints its usage and exits 0; an unknown option exits 2', (name) => {
    const help = run(name, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: /);
    const unknown = run(name, '--no-such-option');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--no-such-option'[\s\S]*Usage: /);
  });
});
