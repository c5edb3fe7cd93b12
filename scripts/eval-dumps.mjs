#!/usr/bin/env node
// @ts-check
/**
 * `npm run eval:dumps`: runs `extract` (the library's streaming API, as the CLI reads files) on every
 * page of the labelled dev set (fixtures/devset, built by scripts/build-devset.mjs) and scores the
 * records against the gold (scripts/devset/score.mjs says how), per split, per dump style, per site; and per
 * split, the share of pages given their site's cleaner (none for a site arnews has no cleaner for).
 *
 *   npm run eval:dumps                      both splits: overall, per style and per site
 *   npm run eval:dumps -- --split dev       one split only (dev, test, test-f4 … test-f9, test-np: the f4, f5, f6,
 *                                           f7, f8 and f9 series' pages of held-back layouts, and the
 *                                           held-back newspaper files, each scored apart from the
 *                                           held-back split)
 *   npm run eval:dumps -- --misses          list what each page got wrong
 *   npm run eval:dumps -- --only <id-part>  only pages whose id has a part that starts so (a part starts
 *                                           the id or follows "-", "." or "_": `--only x-` is the cross
 *                                           series, not every "lynx-refs" page; `--only f9-` the ninth
 *                                           families series, with `--split dev` or `--split test-f9`)
 *   npm run eval:dumps -- --site generic    every page with the generic cleaner only: how a site without a
 *                                           cleaner of its own fares (the ablation that stands for unseen sites);
 *                                           with --check, against its own floors (floors-site-generic.json)
 *   npm run eval:dumps -- --check           fail (exit 1) when a figure falls below its floor in
 *                                           fixtures/devset/floors.json (CI runs this)
 *   npm run eval:dumps -- --write-floors    write the floors: this run's figures less FLOOR_MARGIN
 *
 * It builds first (npm run build) unless given --no-build. No reference date is given: relative dates
 * do not enter the scores.
 */
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, emptyCounts, figures, makeScorer } from './devset/score.mjs';
import { scriptArgs } from './args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEVSET = path.join(ROOT, 'fixtures/devset');
/** How far below the recorded figures a run may fall before --check fails (noise of a few pages). */
const FLOOR_MARGIN = 0.01;
const { values: args } = scriptArgs(
  `Usage: npm run eval:dumps [-- OPTIONS]   (or node scripts/eval-dumps.mjs [OPTIONS])
Scores extract on the labelled dev set, per split, dump style and site (see the file's header).
  --split dev|test|test-f4|test-f5|test-f6|test-f7|test-f8|test-f9|test-np   one split only (test-f4 … test-f9:
                     the f4, f5, f6, f7, f8 and f9 series' held-back layouts; test-np: the held-back
                     newspaper files)
  --misses           list what each page got wrong
  --only ID-PART     only the pages whose id has a part that starts so (f9-: the ninth families series)
  --site NAME        force this cleaner on every page (generic: no site cleaner, as on an unseen site);
                     --check and --write-floors then use fixtures/devset/floors-site-NAME.json
  --check            exit 1 when a figure falls below its floor (fixtures/devset/floors.json)
  --write-floors     write the floors: this run's figures less the margin
  --no-build         do not build first`,
  {
    split: { type: 'string' },
    misses: { type: 'boolean', default: false },
    only: { type: 'string' },
    site: { type: 'string' },
    check: { type: 'boolean', default: false },
    'write-floors': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
);
const has = (flag) => args[flag] === true;
/** The floors of a run with a forced cleaner are its own (floors-site-generic.json: the unseen-site ablation). */
const FLOORS = path.join(DEVSET, args.site ? `floors-site-${args.site}.json` : 'floors.json');

if (!has('no-build')) execSync('npm run --silent build', { cwd: ROOT, stdio: 'inherit' });
const { ArticleRecordSchema, extractStream, normalizeArabic } = await import('arnews');
const { scorePage } = makeScorer(normalizeArabic);
/** Gold records are records of the output contract, with the fields the scorer reads. */
const GoldRecordSchema = ArticleRecordSchema.pick({
  role: true,
  title: true,
  paragraphs: true,
  source: true,
  imageCredit: true,
  author: true,
  published: true,
  keywords: true,
  related: true,
}).strict();

/**
 * The site cleaner a page should be given: the one that claims its site by a host or by name, matched on the
 * site's first label ("alyaum.com" → alyaum, "almadina" → almadina, whose host is al-madina.com), or none for a
 * site arnews has no cleaner for (the families, the newspapers corpus). SaudiNewsNet names the Saudi Press
 * Agency by its Arabic initials, "was" (واس).
 */
const SITE_ALIASES = new Map([['was', 'spa']]);
const siteCleaners = JSON.parse(
  execFileSync(process.execPath, [path.join(ROOT, 'bin/arnews'), 'cleaners', '--json'], { encoding: 'utf8' }),
).filter((c) => c.name !== 'generic');
const letters = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
function expectedCleaner(site) {
  if (site.startsWith('family:') || site.startsWith('newspapers-')) return null;
  const labels = site.split('.');
  const label = letters(SITE_ALIASES.get(site) ?? (labels[0] === 'arabic' ? labels[1] : labels[0]));
  const claims = (name) => name.startsWith(label) || label.startsWith(name);
  const hit = siteCleaners.find(
    (c) => c.hosts.some((h) => claims(letters(h.split('.')[0]))) || letters(c.name).startsWith(label),
  );
  return hit?.name ?? null;
}

const manifest = JSON.parse(fs.readFileSync(path.join(DEVSET, 'manifest.json'), 'utf8'));
const splitFilter = args.split ?? null;
const only = args.only ?? null;
/** Whether an id has a part (the id's start, or what follows "-", "." or "_") that starts with `prefix`. */
const hasPart = (id, prefix) => id.startsWith(prefix) || ['-', '.', '_'].some((sep) => id.includes(`${sep}${prefix}`));
const pages = manifest.filter((p) => (!splitFilter || p.split === splitFilter) && (!only || hasPart(p.id, only)));

/** The lines a reader sees in the page: the file's lines, or the text field of a JSONL record. */
function pageLines(file) {
  const raw = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.jsonl'))
    return raw
      .split('\n')
      .filter(Boolean)
      .flatMap((l) => String(JSON.parse(l).text ?? '').split(/\r\n|\r|\n/));
  return raw.split(/\r\n|\r|\n/);
}

/**
 * Records as `arnews extract` gives them, with the page's JSONL field options (manifest `options`), each
 * held to the output schema exactly: it parses, and the schema's reading of it writes the same JSON
 * (extract builds records without zod; see src/record.ts).
 */
async function recordsOf(file, options) {
  const records = [];
  for await (const result of extractStream(file, options)) if ('records' in result) records.push(...result.records);
  for (const record of records) {
    const valid = ArticleRecordSchema.safeParse(record);
    if (!valid.success)
      throw new Error(
        `${file}: record ${record.id} does not match the schema: ${valid.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
      );
    if (JSON.stringify(valid.data) !== JSON.stringify(record))
      throw new Error(
        `${file}: record ${record.id} is not written as the schema writes it (a key missing, added or out of order)`,
      );
  }
  return records;
}

const started = performance.now();
const results = [];
for (const page of pages) {
  const file = path.join(DEVSET, page.input);
  const gold = JSON.parse(fs.readFileSync(path.join(DEVSET, 'gold', `${page.id}.json`), 'utf8'));
  gold.records.forEach((record, i) => {
    const valid = GoldRecordSchema.safeParse(record);
    if (!valid.success)
      throw new Error(
        `${page.id}: gold record ${i}: ${valid.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
      );
  });
  const predicted = await recordsOf(file, { ...page.options, ...(args.site ? { site: args.site } : {}) });
  const { counts, misses } = scorePage({ lines: pageLines(file) }, gold.records, predicted);
  const site = { expected: expectedCleaner(page.site), got: predicted[0]?.site ?? null };
  results.push({ page, counts, misses, site });
}
const seconds = (performance.now() - started) / 1000;

const METRICS = [
  ['records', 'records'],
  ['role', 'role'],
  ['title', 'title'],
  ['parP', 'par P'],
  ['parR', 'par R'],
  ['parF1', 'par F1'],
  ['clean', 'clean'],
  ['source', 'source'],
  ['imageCredit', 'credit'],
  ['author', 'author'],
  ['published', 'date'],
  ['keywordsF1', 'kw F1'],
  ['relatedF1', 'rel F1'],
  ['summary', 'summary'],
];
const fmt = (v) => v.toFixed(3);

function table(title, groups) {
  const head = ['', 'pages', ...METRICS.map(([, label]) => label)];
  const rows = groups.map(([name, fig]) => [name, String(fig.pages), ...METRICS.map(([k]) => fmt(fig[k]))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

function grouped(list, keyOf) {
  const map = new Map();
  for (const r of list) map.set(keyOf(r), add(map.get(keyOf(r)) ?? emptyCounts(), r.counts));
  return [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => [k, figures(c)]);
}

/**
 * The splits, in the order they are printed, with their labels: the dev split, the held-back split, and
 * the held-back layouts of the f4, f5, f6, f7, f8 and f9 series (pages of held-back families made with dev articles),
 * and the held-back third of the newspaper files of dev-split countries (round 52), each scored apart so that
 * the held-back split keeps its composition.
 */
const SPLITS = new Map([
  ['dev', 'dev'],
  ['test', 'test (held back)'],
  ['test-f4', 'test-f4 (held-back layouts)'],
  ['test-f5', 'test-f5 (held-back layouts)'],
  ['test-f6', 'test-f6 (held-back layouts)'],
  ['test-f7', 'test-f7 (held-back layouts)'],
  ['test-f8', 'test-f8 (held-back layouts)'],
  ['test-f9', 'test-f9 (held-back layouts)'],
  ['test-np', 'test-np (held-back newspaper files)'],
]);
/** Splits that --check needs a floor for; another split is checked only where its floors are written. */
const FLOORED_SPLITS = new Set(['dev', 'test']);
const splits = [...SPLITS.keys()].filter((s) => results.some((r) => r.page.split === s));
const overall = Object.fromEntries(
  splits.map((s) => [
    s,
    figures(results.filter((r) => r.page.split === s).reduce((acc, r) => add(acc, r.counts), emptyCounts())),
  ]),
);
table(
  'overall',
  splits.map((s) => [SPLITS.get(s), overall[s]]),
);
/** The share of a split's pages given their site's cleaner, or none where the site has none (not with --site). */
const siteRight = Object.fromEntries(
  splits.map((s) => {
    const mine = results.filter((r) => r.page.split === s);
    return [s, mine.filter((r) => r.site.got === r.site.expected).length / mine.length];
  }),
);
if (!args.site) {
  console.log(`\nsite cleaner chosen (the site's own; none for a site arnews has no cleaner for)`);
  const label = (s) => SPLITS.get(s) ?? s;
  const width = Math.max(...splits.map((s) => label(s).length));
  for (const s of splits) {
    const mine = results.filter((r) => r.page.split === s);
    const wrong = mine.filter((r) => r.site.got !== r.site.expected).length;
    console.log(`${label(s).padEnd(width)}  ${fmt(siteRight[s])}  (${wrong} of ${mine.length} pages wrong)`);
  }
}
if (!has('check')) {
  for (const s of splits) {
    const mine = results.filter((r) => r.page.split === s);
    table(
      `${s}: per dump style`,
      grouped(mine, (r) => r.page.style),
    );
    table(
      `${s}: per site`,
      grouped(mine, (r) => r.page.site),
    );
  }
}
if (has('misses')) {
  for (const r of results) {
    const siteMissed = !args.site && r.site.got !== r.site.expected;
    if (r.misses.length === 0 && !siteMissed) continue;
    console.log(`\n${r.page.id} (${r.page.split})`);
    for (const m of r.misses) console.log(`  ${JSON.stringify(m)}`);
    if (siteMissed)
      console.log(`  ${JSON.stringify({ what: 'site cleaner', gold: r.site.expected, got: r.site.got })}`);
  }
}
console.log(`\n${results.length} pages in ${seconds.toFixed(1)} s`);

if (has('write-floors')) {
  const floors = Object.fromEntries(
    splits.map((s) => [
      s,
      Object.fromEntries(
        [...METRICS.map(([k]) => [k, overall[s][k]]), ...(args.site ? [] : [['site', siteRight[s]]])].map(([k, v]) => [
          k,
          Math.max(0, Math.floor((v - FLOOR_MARGIN) * 1000) / 1000),
        ]),
      ),
    ]),
  );
  fs.writeFileSync(FLOORS, `${JSON.stringify(floors, null, 2)}\n`);
  console.log(`floors written to ${path.relative(ROOT, FLOORS)}`);
}
if (has('check')) {
  const floors = JSON.parse(fs.readFileSync(FLOORS, 'utf8'));
  const failures = [];
  for (const s of splits.filter((x) => FLOORED_SPLITS.has(x) || floors[x]))
    for (const [k] of METRICS)
      if (floors[s]?.[k] === undefined) failures.push(`${s} ${k}: no floor (write them with --write-floors)`);
      else if (overall[s][k] < floors[s][k])
        failures.push(`${s} ${k}: ${fmt(overall[s][k])} < floor ${fmt(floors[s][k])}`);
  // The site cleaner's choice, where the run lets arnews choose (not with --site).
  for (const s of splits.filter((x) => !args.site && floors[x]))
    if (floors[s].site === undefined) failures.push(`${s} site: no floor (write them with --write-floors)`);
    else if (siteRight[s] < floors[s].site)
      failures.push(`${s} site: ${fmt(siteRight[s])} < floor ${fmt(floors[s].site)}`);
  if (failures.length) {
    console.error(
      `eval:dumps: figures fell below their floors (${path.relative(ROOT, FLOORS)}):\n  ${failures.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log('eval:dumps: every figure is at or above its floor');
}
