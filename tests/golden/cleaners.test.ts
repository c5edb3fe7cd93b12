/**
 * Golden tests of the built-in site cleaners on real samples. Each site has a folder
 * fixtures/cleaners/<family>/<site>/ with a cases.json: the samples (copied there, or page dumps of
 * fixtures/corpus-text), how to read them, the site rules that must fire on each (read from the
 * --explain trace), and the expected records (<case>.expected.json), checked by reading the input.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CleanerRegistry } from '../../src/cleaners/registry.js';
import { DEFAULT_READ_OPTIONS, readInput, type Page } from '../../src/io/readers.js';
import { DocumentError, extractPage } from '../../src/pipeline/extract.js';
import type { ArticleRecord } from '../../src/record.js';
import { fixture, ROOT as REPO } from '../helpers/fixtures.js';
import { expectGolden } from '../helpers/golden.js';
import { expectSchemaRecords } from '../helpers/records.js';

const ROOT = join(REPO, fixture('cleaners'));

interface Case {
  /** Names the expected file: <name>.expected.json. */
  name: string;
  /** The sample, relative to the site folder. */
  input: string;
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

async function extractCase(dir: string, c: Case, registry: CleanerRegistry): Promise<{ records: ArticleRecord[]; errors: string[] }> {
  const records: ArticleRecord[] = [];
  const errors: string[] = [];
  const options = { ...DEFAULT_READ_OPTIONS, ...c.read };
  for await (const item of readInput(join(dir, c.input), options)) {
    if ('error' in item) throw new Error(`${c.input}: ${item.error.message}`);
    const page: Page = c.url ? { ...item.page, input: { ...item.page.input, url: c.url }, meta: { ...item.page.meta, url: c.url } } : item.page;
    try {
      records.push(...extractPage(page, { registry, explain: true }));
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      errors.push(error.code);
    }
  }
  return { records, errors };
}

const siteDirs = readdirSync(ROOT, { withFileTypes: true })
  .filter((f) => f.isDirectory())
  .flatMap((family) => readdirSync(join(ROOT, family.name)).map((site) => join(ROOT, family.name, site)))
  .filter((dir) => existsSync(join(dir, 'cases.json')));

describe('built-in site cleaners on real samples', () => {
  const registry = new CleanerRegistry();

  it('every built-in site cleaner has a folder of samples', () => {
    const tested = new Set(siteDirs.map((d) => d.split('/').at(-1)));
    expect(registry.names().filter((n) => !tested.has(n))).toEqual([]);
  });

  for (const dir of siteDirs) {
    const site = dir.split('/').at(-1)!;
    const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Case[];
    describe(relative(ROOT, dir), () => {
      for (const c of cases) {
        it(`${c.name}: ${c.input.split('/').at(-1)}`, async () => {
          const { records, errors } = await extractCase(dir, c, registry);
          expectSchemaRecords(records);
          const expectedSite = c.site === undefined ? site : c.site;
          for (const r of records) expect(r.site).toBe(expectedSite);
          const fired = new Set(records.flatMap((r) => (r.explain ?? []).filter((e) => e.cleaner === site).map((e) => e.rule)));
          expect([...c.rules].filter((rule) => !fired.has(rule))).toEqual([]);
          expectGolden(join(dirname(join(dir, 'cases.json')), `${c.name}.expected.json`), { records: records.map(project), errors });
        });
      }
    });
  }
});
