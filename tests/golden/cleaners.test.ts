/**
 * Golden tests of the built-in cleaners on real samples. Each site's folder,
 * src/cleaners/builtin/<family>/<site>/ (and the generic cleaner's, builtin/generic/), holds its cleaner
 * (<site>.jsonc) and a cases.json: the samples (copied into the folder, with their provenance, or files of
 * the repository's fixtures/), how to read them, the rules of the folder's cleaner that must fire on each
 * (read from the --explain trace), and the expected records (<case>.expected.json), checked by reading the
 * input. Every rule of every built-in cleaner fires on at least one sample: a rule no sample shows is dead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinCleaners } from '../../src/cleaners/builtins.js';
import { BUILTIN_EXTENSION } from '../../src/cleaners/load.js';
import { RULE_LISTS, ruleName } from '../../src/cleaners/rules.js';
import { spellingWarnings } from '../../src/cleaners/spelling.js';
import { CleanerRegistry } from '../../src/cleaners/registry.js';
import { loadHtmlFrontEnd } from '../../src/document/htmlFrontEnd.js';
import { DEFAULT_READ_OPTIONS, readInput, type Page } from '../../src/io/readers.js';
import { DocumentError, extractPage } from '../../src/pipeline/extract.js';
import type { ArticleRecord } from '../../src/record.js';
import { ROOT as REPOSITORY } from '../helpers/fixtures.js';
import { expectGolden } from '../helpers/golden.js';
import { expectSchemaRecords } from '../helpers/records.js';

const ROOT = join(REPOSITORY, 'src/cleaners/builtin');

interface Case {
  /** Names the expected file: <name>.expected.json. */
  name: string;
  /** The sample: a file of the site folder, or a path under the repository's fixtures/ ("fixtures/corpus-text/…"). */
  input: string;
  /** Where a sample of the site folder comes from (the fixtures' own provenance is in fixtures/README.md). */
  provenance?: string;
  /** A URL for a text sample whose source page is known (selection by host). */
  url?: string;
  /** JSONL field names, when not the defaults. */
  read?: { textField?: string; urlField?: string };
  /** The cleaner expected to be chosen; defaults to the folder's site, null for "generic only". */
  site?: string | null;
  /** Rules of the site cleaner that must fire on the sample. */
  rules: string[];
}

/** What a golden file keeps of a record: the fields cleaners decide, not ids or date mentions. */
function project(r: ArticleRecord) {
  return {
    role: r.role,
    site: r.site,
    title: r.title,
    paragraphs: r.paragraphs,
    source: r.source,
    author: r.author,
    imageCredit: r.imageCredit,
    published: r.published,
    keywords: r.keywords,
    related: r.related.map((x) => `${x.relation}: ${x.title}`),
    fired: [...new Set((r.explain ?? []).map((e) => `${e.cleaner}/${e.rule}`))],
  };
}

async function extractCase(
  dir: string,
  c: Case,
  registry: CleanerRegistry,
): Promise<{ records: ArticleRecord[]; errors: string[] }> {
  const records: ArticleRecord[] = [];
  const errors: string[] = [];
  const options = { ...DEFAULT_READ_OPTIONS, ...c.read };
  // The CLI's workers load the HTML front end at their first HTML page; the library at import.
  await loadHtmlFrontEnd();
  for await (const item of readInput(samplePath(dir, c), options)) {
    if ('error' in item) throw new Error(`${c.input}: ${item.error.message}`);
    const page: Page = c.url
      ? { ...item.page, input: { ...item.page.input, url: c.url }, meta: { ...item.page.meta, url: c.url } }
      : item.page;
    try {
      records.push(...extractPage(page, { registry, explain: true }));
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      errors.push(error.code);
    }
  }
  return { records, errors };
}

function samplePath(dir: string, c: Case): string {
  return c.input.startsWith('fixtures/') ? join(REPOSITORY, c.input) : join(dir, c.input);
}

/** Every folder below builtin/ that holds a cases.json: the generic cleaner's, and one per site. */
function caseDirs(dir: string): string[] {
  const subdirs = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  return [
    ...(existsSync(join(dir, 'cases.json')) ? [dir] : []),
    ...subdirs.flatMap((e) => caseDirs(join(dir, e.name))),
  ];
}
const siteDirs = caseDirs(ROOT);

describe('built-in cleaners on real samples', () => {
  const registry = new CleanerRegistry();
  /** Each case's records, extracted once: by its own test, or by the dead-rule check when that runs alone. */
  const extracted = new Map<string, ReturnType<typeof extractCase>>();
  const recordsOf = (dir: string, c: Case): ReturnType<typeof extractCase> => {
    const key = join(dir, c.name);
    if (!extracted.has(key)) extracted.set(key, extractCase(dir, c, registry));
    return extracted.get(key)!;
  };
  const casesOf = (dir: string): Case[] => JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Case[];

  it('every built-in site cleaner has a folder of samples', () => {
    const tested = new Set(siteDirs.map((d) => d.split('/').at(-1)));
    expect(registry.names().filter((n) => !tested.has(n))).toEqual([]);
  });

  it('every built-in cleaner writes its patterns in plain Arabic, not in folded spellings (arnews cleaners --check)', () => {
    expect(loadBuiltinCleaners().flatMap((c) => spellingWarnings(c).map((w) => `${c.name}: ${w}`))).toEqual([]);
  });

  it("a site's folder holds its cleaner, and every sample it holds says where it comes from", () => {
    for (const dir of siteDirs) {
      const site = dir.split('/').at(-1)!;
      expect(existsSync(join(dir, `${site}${BUILTIN_EXTENSION}`)), site).toBe(true);
      for (const c of casesOf(dir)) {
        expect(existsSync(samplePath(dir, c)), `${site}: ${c.input}`).toBe(true);
        if (!c.input.startsWith('fixtures/')) expect(c.provenance, `${site}: ${c.input}`).toMatch(/\S/);
      }
    }
  });

  for (const dir of siteDirs) {
    const site = dir.split('/').at(-1)!;
    describe(relative(ROOT, dir), () => {
      for (const c of casesOf(dir)) {
        it(`${c.name}: ${c.input.split('/').at(-1)}`, async () => {
          const { records, errors } = await recordsOf(dir, c);
          expectSchemaRecords(records);
          const expectedSite = c.site === undefined ? site : c.site;
          for (const r of records) expect(r.site).toBe(expectedSite);
          const fired = new Set(
            records.flatMap((r) => (r.explain ?? []).filter((e) => e.cleaner === site).map((e) => e.rule)),
          );
          expect([...c.rules].filter((rule) => !fired.has(rule))).toEqual([]);
          expectGolden(join(dir, `${c.name}.expected.json`), { records: records.map(project), errors });
        });
      }
    });
  }

  it('every rule of every built-in cleaner fires on at least one sample: no rule is dead', async () => {
    const fired = new Set<string>();
    for (const dir of siteDirs) {
      for (const c of casesOf(dir))
        for (const r of (await recordsOf(dir, c)).records)
          for (const e of r.explain ?? []) fired.add(`${e.cleaner}/${e.rule}`);
    }
    const rules = [registry.generic, ...registry.cleaners].flatMap(({ cleaner }) =>
      RULE_LISTS.flatMap((list) => cleaner.rules[list].map((rule, i) => `${cleaner.name}/${ruleName(list, i, rule)}`)),
    );
    expect(rules.filter((rule) => !fired.has(rule))).toEqual([]);
  });
});
