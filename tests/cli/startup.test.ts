/**
 * Start-up (issue 11, point 6): `arnews extract` on a text page loads neither cheerio nor the HTML
 * front end, nor zod unless something is validated (--validate, a user cleaner); its main thread loads
 * none of the pipeline (no zod, no date engine); the built-in cleaners come from the one file the build
 * compiled them into. The time itself is measured by
 * `npm run bench` (scripts/bench-startup.mjs), not here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPILED_BUILTINS } from '../../src/cleaners/builtins.js';
import { readBuiltinCleaners } from '../../src/cleaners/load.js';
import { fixture, goldenCase, ROOT } from '../helpers/fixtures.js';

/** The modules a node command loads, as paths under dist/ or package names (NODE_DEBUG=esm lists them). */
function modulesLoaded(args: string[]): Set<string> {
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_DEBUG: 'esm' },
  });
  expect(r.status).toBe(0);
  const urls = r.stderr.match(/file:\/\/[^\s'",]+/g) ?? [];
  return new Set(
    urls.map((url) => url.match(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1] ?? url.replace(/.*\/dist\//, '')),
  );
}

describe('start-up', () => {
  it('a text page loads neither cheerio nor the HTML front end; an HTML page does', () => {
    const text = modulesLoaded(['bin/arnews', 'extract', '-q', fixture('user-cleaner/alwaha-page.txt')]);
    expect(text.has('cheerio')).toBe(false);
    expect(text.has('document/html/index.js')).toBe(false);
    const html = modulesLoaded(['bin/arnews', 'extract', '-q', goldenCase('html/youm7.com').source]);
    expect(html.has('cheerio')).toBe(true);
  });

  it('zod loads only where something is validated: --validate, a user cleaner; not a plain run with the built-ins', () => {
    const page = fixture('user-cleaner/alwaha-page.txt');
    expect(modulesLoaded(['bin/arnews', 'extract', '-q', page]).has('zod')).toBe(false);
    expect(modulesLoaded(['bin/arnews', 'extract', '-q', '--validate', page]).has('zod')).toBe(true);
    const cleaner = fixture('user-cleaner/alwaha.json');
    expect(modulesLoaded(['bin/arnews', 'extract', '-q', '--cleaner', cleaner, page]).has('zod')).toBe(true);
  });

  it("extract's main thread loads none of the pipeline: no zod, no date engine, no cleaners", () => {
    const main = modulesLoaded([
      '--input-type=module',
      '-e',
      "await import('./dist/cli/main.js').then((m) => m.buildProgram(['node', 'arnews', 'extract']))",
    ]);
    expect(main.has('cli/extract.js')).toBe(true);
    for (const heavy of ['zod', 'cheerio', 'dates/index.js', 'cleaners/load.js', 'record.js', 'report/index.js'])
      expect(main.has(heavy), heavy).toBe(false);
  });

  it('the compiled built-in cleaners are the validated sources', () => {
    expect(JSON.parse(readFileSync(COMPILED_BUILTINS.pathname.replace('/src/', '/dist/'), 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(readBuiltinCleaners())),
    );
  });
});
