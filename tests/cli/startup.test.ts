/**
 * Start-up (issue 11, point 6): `arnews extract` on a small page starts no worker thread (the main
 * thread extracts it: inProcess.ts), and loads neither cheerio nor the HTML front end, nor zod unless
 * something is validated (--validate, a user cleaner); the CLI loads none of the pipeline before the run
 * starts (no zod, no date engine); the built-in cleaners come from the one file the build compiled them
 * into; bin/arnews runs the CLI's bundle from the code cache the build made. Which of the CLI's own modules
 * a run evaluates is seen on its ES modules (`esmCli`): in the bundle they are not files of their own, and
 * the bundle keeps each dynamic import lazy. The time itself is measured by `npm run bench`
 * (scripts/bench-startup.mjs), not here.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_BUILTINS } from '../../src/cleaners/builtins.js';
import { readBuiltinCleaners } from '../../src/cleaners/load.js';
import { makeWordBits, STORED_WORD_BITS } from '../../src/dates/tokens.js';
import { BIN, esmCli, jsonLines, modulesLoaded, runCli } from '../helpers/cli.js';
import { fixture, goldenCase, ROOT, SEED } from '../helpers/fixtures.js';

/** The Node built-in modules a node command loads (process.moduleLoadList, printed as it exits). */
function builtinsLoaded(args: string[]): Set<string> {
  const print = "process.on('exit', () => console.error(JSON.stringify(process.moduleLoadList)))";
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(print)}`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  const loaded = JSON.parse(r.stderr.trim().split('\n').at(-1)!) as string[];
  return new Set(loaded.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length)));
}

describe('start-up', () => {
  it('a small page starts no worker thread; a run with user cleaners extracts on workers only', () => {
    const page = fixture('user-cleaner/alwaha-page.txt');
    const cleaner = fixture('user-cleaner/alwaha.json');
    const worker = 'pipeline/worker.js';
    expect(modulesLoaded(['bin/arnews', 'extract', '-q', page]).has(worker)).toBe(false);
    expect(modulesLoaded(['bin/arnews', 'extract', '-q', '--cleaner', cleaner, page]).has(worker)).toBe(true);
    const cleanersDir = mkdtempSync(join(tmpdir(), 'arnews-cleaners-'));
    copyFileSync(cleaner, join(cleanersDir, 'alwaha.json'));
    expect(modulesLoaded(['bin/arnews', 'extract', '-q', page], { ARNEWS_CLEANERS: cleanersDir }).has(worker)).toBe(
      true,
    );
  });

  it('a text page loads neither cheerio nor the HTML front end; an HTML page does', () => {
    const page = fixture('user-cleaner/alwaha-page.txt');
    const html = goldenCase('html/youm7.com').source;
    for (const cli of [(...args: string[]) => ['bin/arnews', ...args], esmCli]) {
      const text = modulesLoaded(cli('extract', '-q', page));
      expect(text.has('cheerio')).toBe(false);
      // Nor what only a directory walk needs (picomatch, for --glob).
      expect(text.has('picomatch')).toBe(false);
      expect(modulesLoaded(cli('extract', '-q', dirname(SEED))).has('picomatch')).toBe(true);
      expect(modulesLoaded(cli('extract', '-q', html)).has('cheerio')).toBe(true);
      // The XML parser loads for an XML corpus only, and without the HTML front end.
      expect(text.has('htmlparser2')).toBe(false);
      const xml = modulesLoaded(cli('extract', '-q', fixture('xml-input/ant-two-docs.txt')));
      expect(xml.has('htmlparser2') && !xml.has('cheerio')).toBe(true);
      // The CSV parser loads for a CSV or TSV corpus only.
      expect(text.has('csv-parse')).toBe(false);
      const tsv = modulesLoaded(
        cli('extract', '-q', '--text-field', 'text_show', fixture('csv-input/hplt-batch0-head.tsv')),
      );
      expect(tsv.has('csv-parse') && !tsv.has('cheerio')).toBe(true);
    }
    const text = modulesLoaded(esmCli('extract', '-q', page));
    expect(text.has('document/html/index.js')).toBe(false);
    expect(modulesLoaded(esmCli('extract', '-q', html)).has('document/html/index.js')).toBe(true);
    // Nor what only a colour terminal (chalk), a .gz (zlib) or a worker needs.
    expect(text.has('chalk')).toBe(false);
    // Nor --out-dir's writer and manifest, nor the progress line: loaded by a run that uses them.
    for (const batchOnly of ['io/outDir.js', 'io/manifest.js', 'io/progressLine.js'])
      expect(text.has(batchOnly), batchOnly).toBe(false);
    const outDir = mkdtempSync(join(tmpdir(), 'arnews-out-'));
    const batch = modulesLoaded(esmCli('extract', '-q', '--out-dir', outDir, '--resume', dirname(SEED)));
    expect(batch.has('io/outDir.js') && batch.has('io/manifest.js')).toBe(true);
    const builtins = builtinsLoaded(['bin/arnews', 'extract', '-q', page]);
    expect(builtins.has('zlib')).toBe(false);
    expect(builtins.has('worker_threads')).toBe(false);
    // Nor v8: the workers' V8 flags are set as the first one starts (parallel.ts), since Node's modules loaded
    // after a change of flags compile without their code cache.
    expect(builtins.has('v8')).toBe(false);
    // commander's child_process (for subcommands that are executables of their own) loads at its first use.
    expect(builtins.has('child_process')).toBe(false);
  });

  it('zod loads only where something is validated: --validate, a user cleaner; not a plain run with the built-ins', () => {
    const page = fixture('user-cleaner/alwaha-page.txt');
    const cleaner = fixture('user-cleaner/alwaha.json');
    for (const cli of [(...args: string[]) => ['bin/arnews', ...args], esmCli]) {
      expect(modulesLoaded(cli('extract', '-q', page)).has('zod')).toBe(false);
      expect(modulesLoaded(cli('extract', '-q', '--validate', page)).has('zod')).toBe(true);
      expect(modulesLoaded(cli('extract', '-q', '--cleaner', cleaner, page)).has('zod')).toBe(true);
    }
  });

  it("extract's CLI loads none of the pipeline before the run starts: no zod, no date engine, no cleaners", () => {
    const main = modulesLoaded([
      '--input-type=module',
      '-e',
      "await import('./dist/cli/main.js').then((m) => m.buildProgram(['node', 'arnews', 'extract']))",
    ]);
    expect(main.has('cli/extract.js')).toBe(true);
    for (const heavy of ['zod', 'cheerio', 'dates/index.js', 'cleaners/load.js', 'record.js', 'report/index.js'])
      expect(main.has(heavy), heavy).toBe(false);
  });

  it("the date engine's import makes no table a function V8 finds hot and compiles whole: the build stored them", () => {
    // A function called once per lexicon head at import (some 8,600) grows hot, and V8 compiles it with TurboFan
    // before the run has read a page: that cost a small run 35M instructions (round 10m's formHashes), and hashing
    // the heads' forms 23M more. The build stores the tables (makeWordBits): they are the lexicon's.
    const tokens = 'dist/dates/tokens.js';
    expect(new Uint8Array(readFileSync(STORED_WORD_BITS.pathname.replace('/src/', '/dist/')))).toEqual(makeWordBits());
    const declared = new Set(
      [...readFileSync(join(ROOT, tokens), 'utf8').matchAll(/(?:function|const)\s+(\w+)/g)].map((m) => m[1]),
    );
    const r = spawnSync(process.execPath, ['--trace-opt', '--input-type=module', '-e', `await import('./${tokens}')`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const hot = [...r.stdout.matchAll(/^\[marking \S+ <JSFunction (\S+) .*reason: hot and stable\]$/gm)].map(
      (m) => m[1],
    );
    expect(hot.filter((name) => declared.has(name))).toEqual([]);
  });

  it("a built-in cleaner's rule makes its regex at its first use: a run makes none it never runs", () => {
    // The screens hold most rules back on most pages, and making a regex parses it: 84 of the 100 rules' regexes
    // a small page made never ran (some 25M instructions of its start-up). A rule's regex has the flags du.
    const watch = `const made = new Set(), ran = new Set(), exec = RegExp.prototype.exec;
      RegExp.prototype.exec = function (text) { ran.add(this); return exec.call(this, text); };
      globalThis.RegExp = new Proxy(RegExp, { construct(target, args, newTarget) {
        const re = Reflect.construct(target, args, newTarget); if (re.flags === 'du') made.add(re); return re; } });
      process.on('exit', () => console.error(JSON.stringify({ made: made.size, unused: [...made].filter((re) => !ran.has(re)).map((re) => re.source) })));`;
    const page = fixture('user-cleaner/alwaha-page.txt');
    const r = spawnSync(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(watch)}`, BIN, 'extract', '-q', page],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    const { made, unused } = JSON.parse(r.stderr.trim().split('\n').at(-1)!) as { made: number; unused: string[] };
    expect(made).toBeGreaterThan(0);
    expect(unused).toEqual([]);
  });

  it('--version loads no command', () => {
    const loaded = modulesLoaded(esmCli('--version'));
    expect(loaded.has('cli/main.js')).toBe(true);
    for (const command of ['cli/extract.js', 'cli/schema.js', 'cli/reportCommand.js', 'zod'])
      expect(loaded.has(command), command).toBe(false);
  });

  it('bin/arnews runs the bundle from its code cache, and gives what the ES modules give', () => {
    // Loaded as the build loads it: a CommonJS file that exports its launcher when it is not the main module.
    const launcher = createRequire(import.meta.url)(BIN) as {
      compileCli: (cachedData?: Buffer) => { cachedDataRejected?: boolean };
      CODE_CACHE: string;
    };
    expect(launcher.compileCli(readFileSync(launcher.CODE_CACHE)).cachedDataRejected).toBe(false);
    // Not the ES modules: the CLI's own code is the bundle's.
    expect(modulesLoaded(['bin/arnews', 'extract', '-q', SEED]).has('cli/main.js')).toBe(false);
    for (const input of [SEED, goldenCase('html/youm7.com').source]) {
      const esm = spawnSync(process.execPath, esmCli('extract', input), { cwd: ROOT, encoding: 'utf8' });
      expect(runCli(['extract', input]).stdout).toBe(esm.stdout);
      expect(jsonLines(esm.stdout).length).toBeGreaterThan(0);
    }
  });

  it("a code cleaner (an ES module) loads through the launcher's import: the bundle has none of its own", () => {
    const hook = fixture('user-cleaner/throwing-hook.mjs');
    const r = runCli(['cleaners', '--json', '--allow-code', '--cleaner', hook]);
    expect(r.stderr).toBe('');
    const listed = (JSON.parse(r.stdout) as { name: string; origin: string }[]).find((c) => c.name === 'fragile');
    expect(listed?.origin).toBe(hook);
  });

  it('the compiled built-in cleaners are the validated sources', () => {
    expect(JSON.parse(readFileSync(COMPILED_BUILTINS.pathname.replace('/src/', '/dist/'), 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(readBuiltinCleaners())),
    );
  });
});
