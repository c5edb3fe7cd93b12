/** `arnews report`: the summary of a run (counts, fill rates, histograms, frequent paragraphs), its text and HTML forms. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../src/record.js';
import { FrequentTexts } from '../../../src/report/frequent.js';
import { monthSeries, yearSeries } from '../../../src/report/series.js';
import { GENERIC_SITE, RunSummary } from '../../../src/report/summary.js';
import { jsonLines, runCli } from '../../helpers/cli.js';
import { goldenCase, SEED } from '../../helpers/fixtures.js';

function record(over: Partial<ArticleRecord> & { id: string }): ArticleRecord {
  const paragraphs = over.paragraphs ?? ['فقرة أولى من المقال.', 'فقرة ثانية.'];
  return {
    input: { file: 'a.jsonl', doc: 0, line: 1, id: null, url: null },
    role: 'main',
    parent: null,
    site: null,
    url: null,
    lang: null,
    title: 'عنوان',
    body: paragraphs.join('\n\n'),
    source: null,
    imageCredit: null,
    author: null,
    published: null,
    modified: null,
    section: null,
    image: null,
    keywords: [],
    related: [],
    dateMentions: [],
    warnings: [],
    ...over,
    paragraphs,
  };
}

const mention = (value: string | null): ArticleRecord['dateMentions'][number] => ({
  text: 'x',
  start: 0,
  end: 1,
  kind: 'date',
  value,
  grain: 'day',
  calendar: 'gregorian',
  hijri: null,
  mod: null,
  field: 'body',
});

describe('RunSummary', () => {
  const summary = new RunSummary({ records: ['a.jsonl'], errors: ['e.jsonl'] });
  summary.addRecord(
    record({
      id: 'p1-0',
      site: 'youm7',
      published: '2025-01-03T10:00',
      keywords: ['مصر'],
      dateMentions: [mention('2025-01-02'), mention('2017/2021'), mention(null), mention('P3D')],
      paragraphs: ['تابعونا على فيسبوك', 'نص المقال الأول هنا.'],
    }),
  );
  summary.addRecord(
    record({
      id: 'p1-1',
      role: 'embedded',
      parent: 'p1-0',
      site: 'youm7',
      title: null,
      published: '2025-03-30',
      paragraphs: ['تابعونا  على فيسبوك', 'جميع الحقوق محفوظة'],
    }),
  );
  summary.addRecord(
    record({
      id: 'p2-0',
      input: { file: 'b.jsonl', doc: 4, line: 5, id: null, url: null },
      warnings: [{ code: 'residual-boilerplate', message: 'm' }],
      paragraphs: ['x'.repeat(150), 'جميع الحقوق محفوظة'],
    }),
  );
  summary.addError({ file: 'b.jsonl', doc: 5, line: 6, code: 'no-content', message: 'only boilerplate' });
  summary.addUnreadable('a.jsonl', 9, 'malformed JSON');
  const data = summary.finish();

  it('counts documents (main records and errors), records, embedded articles and errors', () => {
    expect([data.documents, data.records, data.embedded, data.errors, data.unreadable.count]).toEqual([3, 3, 1, 1, 1]);
  });

  it('counts records per site cleaner and per input file, and fill rates overall and per site', () => {
    expect(data.sites.map((s) => [s.site, s.records])).toEqual([
      ['youm7', 2],
      [GENERIC_SITE, 1],
    ]);
    expect(data.files).toEqual([
      { file: 'a.jsonl', records: 2, errors: 0 },
      { file: 'b.jsonl', records: 1, errors: 1 },
    ]);
    expect(data.filled).toMatchObject({ title: 2, published: 2, keywords: 1, dateMentions: 1, source: 0 });
    expect(data.sites[0]!.filled).toMatchObject({ title: 1, published: 2, keywords: 1 });
  });

  it('keeps warning and error codes with counts and examples', () => {
    expect(data.warnings).toEqual([
      { code: 'residual-boilerplate', count: 1, examples: [{ id: 'p2-0', message: 'm' }] },
    ]);
    expect(data.errorCodes.map((e) => [e.code, e.count])).toEqual([['no-content', 1]]);
  });

  it('bins publication months, mention years (a range by its start; durations and unresolved mentions left out) and body lengths', () => {
    expect([...data.publishedByMonth]).toEqual([
      ['2025-01', 1],
      ['2025-03', 1],
    ]);
    expect(data.unpublished).toBe(1);
    expect([...data.mentionsByYear]).toEqual([
      [2025, 1],
      [2017, 1],
    ]);
    // Bodies of 41, 37 and 170 characters.
    expect(data.bodyLengths).toEqual([2, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('finds paragraphs that recur first or last (spelling variants and spacing count as one), linked to sample records', () => {
    expect(data.firstParagraphs.map((p) => [p.text, p.count, p.examples])).toEqual([
      ['تابعونا على فيسبوك', 2, ['p1-0', 'p1-1']],
    ]);
    expect(data.lastParagraphs.map((p) => [p.count, p.examples])).toEqual([[2, ['p1-1', 'p2-0']]]);
    expect(data.nullTitles).toEqual(['p1-1']);
    for (const id of ['p1-0', 'p1-1', 'p2-0']) expect(data.samples.get(id)?.id).toBe(id);
  });
});

describe('FrequentTexts (lossy counting)', () => {
  it('counts exactly below one bucket, and always keeps a text more frequent than 1/width of the stream', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 600 }),
        fc.integer({ min: 5, max: 50 }),
        (stream, width) => {
          const frequent = new FrequentTexts<number>(width, 1);
          stream.forEach((k, i) => frequent.add(String(k), String(k), () => i));
          const truth = new Map<string, number>();
          for (const k of stream) truth.set(String(k), (truth.get(String(k)) ?? 0) + 1);
          const kept = new Map(frequent.top(1000, 1).map((e) => [e.text, e]));
          for (const [text, count] of truth) {
            if (count > stream.length / width) expect(kept.has(text)).toBe(true);
            const entry = kept.get(text);
            if (entry) {
              expect(entry.count).toBeLessThanOrEqual(count);
              expect(entry.count + entry.error).toBeGreaterThanOrEqual(count);
            }
            if (stream.length < width) expect(entry?.count).toBe(count);
          }
        },
      ),
    );
  });
});

describe('series', () => {
  it('runs from the first to the last period with the empty ones, in months while they are few', () => {
    const s = monthSeries(
      new Map([
        ['2024-11', 2],
        ['2025-02', 1],
      ]),
    );
    expect(s.unit).toBe('month');
    expect(s.bars).toEqual([
      { label: '2024-11', value: 2 },
      { label: '2024-12', value: 0 },
      { label: '2025-01', value: 0 },
      { label: '2025-02', value: 1 },
    ]);
  });

  it('goes to years, then decades, when there would be more than 120 bars', () => {
    const years = monthSeries(
      new Map([
        ['2010-05', 1],
        ['2025-02', 3],
        ['2025-12', 1],
      ]),
    );
    expect(years.unit).toBe('year');
    expect(years.bars).toHaveLength(16);
    expect(years.bars.at(-1)).toEqual({ label: '2025', value: 4 });
    const decades = yearSeries(
      new Map([
        [1850, 1],
        [2024, 2],
      ]),
    );
    expect(decades.unit).toBe('decade');
    expect(decades.bars[0]).toEqual({ label: '1850s', value: 1 });
    expect(decades.bars).toHaveLength(18);
  });
});

describe('arnews report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arnews-report-'));
  const records = join(dir, 'records.jsonl');
  const errors = join(dir, 'errors.jsonl');
  const extracted = runCli([
    'extract',
    SEED,
    goldenCase('golden/baghdadtoday.news.excerpt').source,
    goldenCase('golden/almayadeen-60').source,
    '-o',
    records,
    '--errors',
    errors,
    '-q',
  ]);

  it('prints the summary as terminal tables with --format text', () => {
    // almayadeen pages 16, 20 and 23 are only boilerplate: side items' dates and the channel's footer.
    expect(extracted.status).toBe(1);
    const count = jsonLines(readFileSync(records, 'utf8')).length;
    const r = runCli(['report', records, '--errors', errors, '--format', 'text']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`arnews report: 62 documents, ${count} records (1 embedded), 3 errors (4.8%)`);
    expect(r.stdout).toMatch(/^almayadeen +57 +\d+\.\d%$/mu);
    expect(r.stdout).toMatch(/^no-content +3 +4\.8%$/mu);
    expect(r.stdout).toContain('Most frequent first paragraphs');
  });

  it('writes one self-contained HTML page: no script, no stylesheet, font or image to load', () => {
    const out = join(dir, 'report.html');
    const r = runCli(['report', records, '--errors', errors, '-o', out]);
    expect(r.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/u);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/iu);
    expect(html).toContain('data-chart="published"');
  });

  it('extract --report writes the report that arnews report makes of its output', () => {
    const fromRun = join(dir, 'run.html');
    const fromFiles = join(dir, 'files.html');
    const inputs = [SEED, goldenCase('golden/almayadeen-60').source];
    const run = runCli([
      'extract',
      ...inputs,
      '-o',
      join(dir, 'run.jsonl'),
      '--errors',
      join(dir, 'run-errors.jsonl'),
      '--report',
      fromRun,
      '-q',
    ]);
    expect(run.status).toBe(1);
    expect(
      runCli(['report', join(dir, 'run.jsonl'), '--errors', join(dir, 'run-errors.jsonl'), '-o', fromFiles]).status,
    ).toBe(0);
    // Only the header line naming the inputs differs.
    const body = (path: string): string =>
      readFileSync(path, 'utf8').replace(/<p class="muted">Records from .*?<\/p>/u, '');
    expect(body(fromRun)).toBe(body(fromFiles));
    expect(body(fromRun)).toContain('<code>no-content</code>');
  });

  it('counts lines that are not records, reports an unreadable input and still writes the report of the others', () => {
    const mixed = join(dir, 'mixed.jsonl');
    writeFileSync(mixed, `${readFileSync(records, 'utf8').split('\n')[0]}\n{"id": 1}\nnot json\n\n`);
    const r = runCli(['report', mixed, join(dir, 'missing.jsonl'), '--format', 'text']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.jsonl');
    expect(r.stdout).toContain('arnews report: 1 document, 1 record');
    expect(r.stdout).toMatch(/2 lines neither records nor error entries, e\.g\. .*mixed\.jsonl:2, .*mixed\.jsonl:3/u);
  });
});
