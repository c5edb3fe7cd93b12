// @ts-check
// Build step: the CLI as one CommonJS bundle (dist/arnews.cjs) and its V8 code cache
// (dist/arnews.cjs.cache), which bin/arnews starts from. Why: Node 20 has no code cache for ES modules,
// and resolving, parsing and compiling the CLI's eighty modules was most of a small page's start-up
// (README, Batch jobs → Start-up). The library (dist/index.js) and the workers stay ES modules.
//
// The cache is made by running the bundle on a page of the fixtures, the way a start-up does, so that
// it holds the functions a plain run compiles, not only the bundle's top level.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist/`;
const BUNDLE = `${DIST}arnews.cjs`;
/** A text page the cache is made on: the seed dump (the bench's start-up page is another one). */
const TRAINING_PAGE = 'fixtures/golden/seed/source.txt';
/**
 * Left out of the bundle, loaded with `require` where a run needs them: cheerio (and its domhandler) only
 * for HTML, htmlparser2 (cheerio's parser) only for an XML corpus, csv-parse only for a CSV or TSV corpus, zod only
 * where something is validated, recheck only for a user's rules, picomatch only for --glob.
 */
const EXTERNAL = ['cheerio', 'domhandler', 'htmlparser2', 'csv-parse', 'zod', 'recheck', 'picomatch'];
/** The launcher: the build compiles and runs the bundle through it, as a start-up does. */
const LAUNCHER = fileURLToPath(new URL('../bin/arnews', import.meta.url));
const launcher = createRequire(import.meta.url)(LAUNCHER);

/**
 * `import.meta.url` has no meaning in a CommonJS script: in each module it becomes the URL its file has in
 * dist/, so that paths beside it (the worker's script, the compiled cleaners, package.json) stay right.
 * @type {import('esbuild').Plugin}
 */
const moduleUrls = {
  name: 'module-urls',
  setup(plugins) {
    plugins.onLoad({ filter: /\/dist\/.*\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const url = `require('node:url').pathToFileURL(__dirname + ${JSON.stringify(`/${relative(DIST, path)}`)}).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

/**
 * commander loads `node:child_process` at import, for subcommands run as executables of their own, which
 * arnews has none of; with it come net, dgram and the socket code (some 10M instructions, 3% of a small
 * page's start-up beyond `node -e 0`). In the bundle it loads at its first use instead.
 * @type {import('esbuild').Plugin}
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(plugins) {
    plugins.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error(`${path} no longer holds "${eager}": update ${import.meta.url}`);
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

/**
 * The bundle's dynamic imports become `require`s (each still made when the code asks, not at start), so
 * that V8 needs no module loader for it (a script compiled with a code cache loses its import callback in
 * Node 20). The one `import()` that must load an ES module, of a user's code cleaner, is made by the
 * launcher, which hands its own `import` to the bundle (as the parameter `launcher.IMPORT_PARAMETER`).
 * @type {import('esbuild').Plugin}
 */
const importsByLauncher = {
  name: 'imports-by-launcher',
  setup(plugins) {
    plugins.onLoad({ filter: /[\\/]dist[\\/]cleaners[\\/]importModule\.js$/ }, () => ({
      contents: `export const importModule = (url) => ${launcher.IMPORT_PARAMETER}(url);`,
      loader: 'js',
    }));
  },
};

const { outputFiles } = await build({
  stdin: {
    contents: "export { main } from './cli/main.js';\nexport { reportCrash } from './cli/crash.js';\n",
    resolveDir: DIST,
    loader: 'js',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: EXTERNAL,
  plugins: [importsByLauncher, moduleUrls, lazyChildProcess],
  supported: { 'dynamic-import': false },
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'ascii',
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
});

/**
 * esbuild leaves the letters of regex literals as they are: escaped too, the bundle is all ASCII, which
 * V8 holds as a string of one byte a character (half the memory, and no UTF-8 decoding at start-up).
 * `\uXXXX` means the same in a string, a template, and a regex with or without the u flag.
 */
function asciiOnly(code) {
  // After a backslash a letter is an identity escape (`\ب`), and the backslash before it may be escaped itself.
  if (/\\[^\0-\x7f]/.test(code)) throw new Error('the bundle has a backslash before a non-ASCII character');
  return code.replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
await writeFile(BUNDLE, asciiOnly(outputFiles[0].text));

// The cache is made in a process of its own, with node's default flags (no NODE_OPTIONS): V8 turns away
// a cache made under other flags.
const training = `
const { writeFileSync } = require('node:fs');
const { compileCli, loadCli, CODE_CACHE } = require(${JSON.stringify(LAUNCHER)});
const script = compileCli(undefined);
loadCli(script).main(['node', 'arnews', 'extract', '-q', ${JSON.stringify(TRAINING_PAGE)}]).then((code) => {
  if (code !== 0) throw new Error('the training run exited ' + code);
  writeFileSync(CODE_CACHE, script.createCachedData());
});`;
const { NODE_OPTIONS, ...environment } = process.env;
const run = spawnSync(process.execPath, ['-e', training], {
  cwd: ROOT,
  env: environment,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0) throw new Error(`making the CLI's code cache failed (exit ${run.status})`);
