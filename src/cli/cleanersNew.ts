/**
 * `arnews cleaners new NAME --from PAGES…`: a new site's folder, as the built-in cleaners keep theirs
 * (src/cleaners/builtin/<family>/<site>/): the cleaner `arnews learn` proposes from the pages, written as
 * NAME.jsonc with a note to read it; the few pages that show its rules best, copied as samples; and
 * cases.json, naming for each sample the rules that fire on it. The expected records are left to the
 * golden test (UPDATE_GOLDEN=1), once a person has read the rules.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Option, type Command } from 'commander';
import type { Document } from '../document/model.js';
import type { Page } from '../io/readers.js';
import { EXIT, UsageError } from './exit.js';
import { DEFAULT_MIN_SHARE } from './learn.js';
import { addReadOptions, readOptionsFrom, type ReadOptionValues } from './readOptions.js';
import { reportError } from './report.js';
import { resolveCliOptions } from './runOptions.js';

interface NewCliOptions extends ReadOptionValues {
  from: string[];
  dir?: string;
  family?: string;
  host?: string;
  minShare: string;
  samples: string;
}

/** Samples enough to show every rule, and few enough to read: the pages that show the most rules not shown yet. */
const DEFAULT_SAMPLES = '3';

export function registerCleanersNewCommand(cleaners: Command): void {
  const command = cleaners
    .command('new')
    .description(
      "Start a site's cleaner folder from pages of the site: the cleaner learn proposes (NAME.jsonc), sample pages, and cases.json.",
    )
    .argument('<name>', 'the cleaner\'s name (lowercase letters, digits, ".", "_" and "-"), and its folder\'s')
    .requiredOption('--from <pages...>', 'pages of the site: text dumps, JSONL corpora, HTML; .gz is decompressed')
    .option('--dir <dir>', 'the folder to write (default: ./NAME); it must not hold files yet')
    .option('--family <family>', 'the region or site family, for listing (default: learned)')
    .option('--host <host>', 'host the cleaner claims (default: the host most page URLs share)')
    .addOption(
      new Option('--min-share <share>', 'share of distinct pages (0-1) a line must appear on').default(
        DEFAULT_MIN_SHARE,
      ),
    )
    .addOption(new Option('--samples <n>', 'pages copied as samples, at most').default(DEFAULT_SAMPLES));
  addReadOptions(command).addHelpText(
    'after',
    `
Read every rule of NAME.jsonc before you keep it: learn proposes what repeats, not what is boilerplate.
In arnews' own repository, put the folder in src/cleaners/builtin/<family>/, write the expected records
with UPDATE_GOLDEN=1 npm test, read them against the samples, and add the site to the README's table.

Examples:
  $ arnews cleaners new mysite --from site-pages/*.txt
  $ arnews cleaners new alwaha --from crawl.jsonl --text-field content --family gulf --dir src/cleaners/builtin/gulf/alwaha`,
  );
  command.action(async (name: string, options: NewCliOptions) => {
    process.exitCode = await runNew(name, options);
  });
}

async function runNew(name: string, options: NewCliOptions): Promise<number> {
  const minShare = Number(options.minShare);
  if (!(minShare > 0 && minShare <= 1))
    throw new UsageError(`--min-share must be a number in (0, 1], not "${options.minShare}"`);
  const samples = Number(options.samples);
  if (!Number.isInteger(samples) || samples < 1)
    throw new UsageError(`--samples must be a whole number of at least 1, not "${options.samples}"`);
  const dir = options.dir ?? name;
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new UsageError(`${dir} already holds files: give an empty or new folder (--dir)`);

  const [
    { readInput },
    { buildDocument, extractPage },
    { proposeCleaner },
    { validateCleaner, CleanerLoadError },
    { CleanerRegistry },
    { loadRunCleaners },
  ] = await Promise.all([
    import('../io/readers.js'),
    import('../pipeline/extract.js'),
    import('../learn/propose.js'),
    import('../cleaners/load.js'),
    import('../cleaners/registry.js'),
    import('./cleanerOptions.js'),
  ]);
  const registry = await loadRunCleaners(resolveCliOptions({ cleanerFiles: [] }).cleaners);
  const pages: { page: Page; doc: Document }[] = [];
  let failed = 0;
  for (const input of options.from) {
    for await (const item of readInput(input, readOptionsFrom(options))) {
      if ('error' in item) {
        failed++;
        reportError(item.error);
      } else pages.push({ page: item.page, doc: buildDocument(item.page) });
    }
  }
  if (pages.length === 0) throw new UsageError('no page could be read from --from');

  const proposal = proposeCleaner(
    pages.map((p) => p.doc),
    registry,
    { minShare, name, host: options.host ?? null },
  );
  const spec = { ...proposal.cleaner, family: options.family ?? proposal.cleaner.family };
  let cleaner;
  try {
    cleaner = validateCleaner(spec, `${name}.jsonc`);
  } catch (error) {
    if (error instanceof CleanerLoadError) throw new UsageError(error.message);
    throw error;
  }
  for (const note of proposal.notes) process.stderr.write(`arnews cleaners new: ${note}\n`);

  // Which of its rules the cleaner fires on each page, as --explain names them.
  const withCleaner = { explain: true, registry: new CleanerRegistry([cleaner]) };
  const fired = pages.map(({ page }) => {
    try {
      return new Set(
        extractPage(page, withCleaner).flatMap((r) =>
          (r.explain ?? []).filter((e) => e.cleaner === name && !e.rule.startsWith('select:')).map((e) => e.rule),
        ),
      );
    } catch {
      return new Set<string>();
    }
  });
  const chosen = bestSamples(fired, samples);

  mkdirSync(dir, { recursive: true });
  const header = [
    `// ${name}: proposed by arnews cleaners new from ${proposal.pages} page(s), ${proposal.distinctPages} distinct, at a share of ${minShare}.`,
    '// Read every rule before you keep it: a line that repeats is not always boilerplate. Name the rules, and',
    '// say in a comment what each removes and why.',
  ];
  writeFileSync(join(dir, `${name}.jsonc`), `${header.join('\n')}\n${JSON.stringify(spec, null, 2)}\n`);
  const cases = chosen.map((index, n) => {
    const { page } = pages[index]!;
    const sample = writeSample(dir, `sample-${n + 1}`, page);
    const url = page.meta.url ?? page.input.url;
    return {
      name: `sample-${n + 1}`,
      input: sample,
      provenance: `${page.input.file === '-' ? 'standard input' : basename(page.input.file)}, page ${page.input.doc} (line ${page.input.line}), copied by arnews cleaners new`,
      ...(url && !sample.endsWith('.jsonl') ? { url } : {}),
      rules: [...fired[index]!],
    };
  });
  writeFileSync(join(dir, 'cases.json'), `${JSON.stringify(cases, null, 2)}\n`);
  const shown = new Set(chosen.flatMap((i) => [...fired[i]!]));
  const unshown = [...cleaner.rules.drop, ...cleaner.rules.sections]
    .map((r) => r.name)
    .filter((rule): rule is string => rule !== undefined && !shown.has(rule));
  process.stderr.write(
    `arnews cleaners new: wrote ${join(dir, `${name}.jsonc`)} (${cleaner.rules.drop.length} drop, ${cleaner.rules.sections.length} section rules), ${cases.length} sample(s) and cases.json\n`,
  );
  if (unshown.length > 0)
    process.stderr.write(
      `arnews cleaners new: no sample shows ${unshown.map((r) => `"${r}"`).join(', ')}: add a page that does, or drop the rule\n`,
    );
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** The pages that show the most rules: each next one the page that adds the most rules not shown yet. */
function bestSamples(fired: Set<string>[], most: number): number[] {
  const chosen: number[] = [];
  const shown = new Set<string>();
  while (chosen.length < most) {
    let best = -1;
    let gain = 0;
    fired.forEach((rules, i) => {
      const adds = [...rules].filter((r) => !shown.has(r)).length;
      if (adds > gain && !chosen.includes(i)) [best, gain] = [i, adds];
    });
    if (best < 0) break;
    chosen.push(best);
    for (const rule of fired[best]!) shown.add(rule);
  }
  // A cleaner whose rules fire nowhere still gets one sample, to start its cases from.
  return chosen.length > 0 || fired.length === 0 ? chosen : [0];
}

/**
 * A page as a file of the folder: a text dump or an HTML page as it was, a page of a JSONL or JSON input
 * as a JSONL line of the fields arnews read (text or html, id, url, date, title), under the default field
 * names. Returns the file's name.
 */
function writeSample(dir: string, stem: string, page: Page): string {
  const fromJson = /\.json(?:l)?(?:\.gz)?$/i.test(page.input.file) || (page.input.file === '-' && page.input.doc > 0);
  if (fromJson) {
    const { id, url, date, title } = page.meta;
    const row = {
      ...(id ? { id } : {}),
      ...(url ? { url } : {}),
      ...(date ? { date } : {}),
      ...(title ? { title } : {}),
      [page.format === 'html' ? 'html' : 'text']: page.text,
    };
    writeFileSync(join(dir, `${stem}.jsonl`), `${JSON.stringify(row)}\n`);
    return `${stem}.jsonl`;
  }
  const file = `${stem}.${page.format === 'html' ? 'html' : 'txt'}`;
  writeFileSync(join(dir, file), page.text);
  return file;
}
