/**
 * One bad document costs only that document (issue 9, points 2, 3 and 6): a hook that loops or a
 * regex that backtracks forever is stopped by the time budget (`timeout`), a hook that ends its thread
 * costs its page (`worker-crashed`), any other exception becomes an `internal` error entry, and the
 * documents after it are extracted, in order, at one job and at several.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentError, extract } from '../../src/index.js';
import { jsonLines, runCli } from '../helpers/cli.js';
import { fixture, SEED } from '../helpers/fixtures.js';

const HOOKS = fixture('hostile/hostile-hooks.mjs');
const MASTHEAD = 'صحيفة الاختبار';
const PROSE = [
  'افتتحت وزارة المياه صباح اليوم محطة جديدة لتحلية مياه البحر في مدينة الريان، بطاقة إنتاجية تبلغ خمسين ألف متر مكعب يوميا.',
  'وقال وزير المياه خلال حفل الافتتاح إن المحطة ستخدم أكثر من مئتي ألف نسمة في المدينة والقرى المحيطة بها، مشيرا إلى محطتين أخريين.',
];
const page = (...lines: string[]): string => [MASTHEAD, ...lines, ...PROSE].join('\n\n');
let dir: string;

interface Entry {
  doc: number;
  line: number;
  code: string;
  message: string;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'arnews-docs-'));
});

/** A JSONL input of pages with ids 0, 1, …; runs extract on it and returns the ids with records and the error entries. */
function runPages(
  name: string,
  pages: string[],
  args: string[],
): { status: number | null; ids: string[]; errors: Entry[]; stderr: string } {
  const input = join(dir, `${name}.jsonl`);
  writeFileSync(input, pages.map((text, i) => JSON.stringify({ id: String(i), text })).join('\n'));
  const errors = join(dir, `${name}.errors.jsonl`);
  const r = runCli(['extract', input, '--errors', errors, '-q', ...args]);
  const ids = [...new Set(jsonLines<{ input: { id: string } }>(r.stdout).map((x) => x.input.id))];
  return {
    status: r.status,
    ids,
    errors: r.status === 0 || r.status === 1 ? jsonLines<Entry>(readFileSync(errors, 'utf8')) : [],
    stderr: r.stderr,
  };
}

describe('a hook that fails', () => {
  it('returning null fails only its document (cleaner-failed)', () => {
    const r = runPages('null', [page(), page('HOOK-NULL'), page()], ['--cleaner', HOOKS, '--allow-code']);
    expect(r.status).toBe(1);
    expect(r.ids).toEqual(['0', '2']);
    expect(r.errors).toEqual([
      expect.objectContaining({
        doc: 1,
        code: 'cleaner-failed',
        message: expect.stringMatching(/hostile.*beforeSegment.*returned null/),
      }),
    ]);
  });

  it('returning garbage the pipeline trips on is an internal error of that document', () => {
    const r = runPages('garbage', [page('HOOK-GARBAGE'), page()], ['--cleaner', HOOKS, '--allow-code']);
    expect(r.status).toBe(1);
    expect(r.ids).toEqual(['1']);
    expect(r.errors.map((e) => [e.doc, e.code])).toEqual([[0, 'internal']]);
  });

  for (const jobs of ['1', '2']) {
    it(`looping forever is stopped by --doc-timeout (timeout, naming the hook), at --jobs ${jobs}`, () => {
      const r = runPages(
        `loop-${jobs}`,
        [page(), page('HOOK-LOOP'), page(), page()],
        ['--cleaner', HOOKS, '--allow-code', '--doc-timeout', '1', '--jobs', jobs],
      );
      expect(r.status).toBe(1);
      expect(r.ids).toEqual(['0', '2', '3']);
      expect(r.errors).toEqual([
        expect.objectContaining({
          doc: 1,
          code: 'timeout',
          message: expect.stringMatching(/--doc-timeout.*hostile\/beforeSegment/),
        }),
      ]);
    });

    it(`ending its thread (process.exit) costs only its document (worker-crashed), at --jobs ${jobs}`, () => {
      const r = runPages(
        `exit-${jobs}`,
        [page(), page('HOOK-EXIT'), page(), page('HOOK-EXIT'), page()],
        ['--cleaner', HOOKS, '--allow-code', '--jobs', jobs],
      );
      expect(r.status).toBe(1);
      expect(r.ids).toEqual(['0', '2', '4']);
      expect(r.errors.map((e) => [e.doc, e.code])).toEqual([
        [1, 'worker-crashed'],
        [3, 'worker-crashed'],
      ]);
    });
  }

  it('ending every worker before it extracts anything stops the run (exit 70) rather than start workers for ever', () => {
    const input = join(dir, 'fruitless.jsonl');
    writeFileSync(input, [page(), page()].map((text, i) => JSON.stringify({ id: String(i), text })).join('\n'));
    const cleaner = fixture('hostile/exits-when-loaded.mjs');
    const r = runCli(['extract', input, '--cleaner', cleaner, '--allow-code'], { timeoutMs: 60_000 });
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(
      /3 worker threads in a row ended before extracting any document \(the last: exit code 7\)/,
    );
    expect(r.stdout).toBe('');
  });

  it('throwing after its page is done (outside any document) costs no document: the pages queued behind go to a new worker', () => {
    const pages = [page(), page('HOOK-LATE-THROW'), page(), page(), page('HOOK-LATE-THROW'), page()];
    const r = runPages('late-throw', pages, ['--cleaner', HOOKS, '--allow-code', '--jobs', '1']);
    expect(r.status).toBe(0);
    expect(r.ids).toEqual(['0', '1', '2', '3', '4', '5']);
  });
});

describe('a regex that backtracks forever', () => {
  it('is stopped by the time budget, with the cleaner and the rule named, and the run goes on', () => {
    const r = runPages(
      'regex',
      [page(), page(`${'a'.repeat(40)}!`), page()],
      ['--cleaner', fixture('hostile/catastrophic.json'), '--doc-timeout', '1'],
    );
    expect(r.status).toBe(1);
    expect(r.ids).toEqual(['0', '2']);
    expect(r.errors).toEqual([
      expect.objectContaining({ doc: 1, code: 'timeout', message: expect.stringMatching(/catastrophic\/nested/) }),
    ]);
  });
});

describe('--fail-fast', () => {
  it('stops at the first error entry, with exit 1; the run did not go through, so --errors FILE is not written', () => {
    const input = join(dir, 'fail-fast.jsonl');
    writeFileSync(
      input,
      [page(), '', page(), page()].map((text, i) => JSON.stringify({ id: String(i), text })).join('\n'),
    );
    const r = runCli(['extract', input, '--fail-fast', '--errors', join(dir, 'fail-fast.errors.jsonl')]);
    expect(r.status).toBe(1);
    expect([...new Set(jsonLines<{ input: { id: string } }>(r.stdout).map((x) => x.input.id))]).toEqual(['0']);
    expect(r.stderr).toMatch(/fail-fast\.jsonl:2 \(page 1\): field "text" is empty/);
    expect(r.stderr).toMatch(
      /stopped at the first error \(--fail-fast\): 2 documents read, \d+ records? written, 1 error .*not written: .*fail-fast\.errors\.jsonl/,
    );
    expect(existsSync(join(dir, 'fail-fast.errors.jsonl'))).toBe(false);
  });
});

describe('lone surrogates', () => {
  it('do not stop the run: an HTML page with lone surrogates is read, the next document too', () => {
    const input = join(dir, 'surrogates.jsonl');
    writeFileSync(input, '{"html":"<p>\\udc00\\udc00</p>"}\n{"text":"x"}\n');
    const errors = join(dir, 'surrogates.errors.jsonl');
    const r = runCli(['extract', input, '--errors', errors]);
    expect(r.status).toBe(1);
    expect(jsonLines<Entry>(readFileSync(errors, 'utf8')).map((e) => [e.doc, e.code])).toEqual([
      [0, 'no-content'],
      [1, 'no-content'],
    ]);
  });

  it('do not make the library throw anything but a DocumentError', () => {
    const html = `<html><body><article><p>\udc00\udc00 ${PROSE.join(' ')} \ud800</p></article></body></html>`;
    const records = extract(html, { format: 'html' });
    expect(records[0]!.body).toContain('\ufffd\ufffd');
    expect(() => extract('<p>\udc00\udc00</p>', { format: 'html' })).toThrow(DocumentError);
  });
});

describe('an 8 MB line', () => {
  it('of digits, base64 or dates costs at most its own document', { timeout: 300_000 }, () => {
    const lines = {
      digits: '1234567890'.repeat(838_861),
      base64: Buffer.from(Array.from({ length: 6 * 1024 * 1024 }, (_, i) => (i * 7919) % 256)).toString('base64'),
      dates: '12-'.repeat(2_796_203),
    };
    const files = Object.entries(lines).map(([name, line]) => {
      const path = join(dir, `${name}.txt`);
      writeFileSync(path, `${line}\n`);
      return path;
    });
    const seed = SEED;
    const errors = join(dir, 'long-lines.errors.jsonl');
    const r = runCli(['extract', ...files, seed, '--errors', errors, '-q', '--jobs', '2']);
    expect([0, 1]).toContain(r.status);
    const withRecords = jsonLines<{ input: { file: string } }>(r.stdout).map((x) => x.input.file);
    const withErrors = jsonLines<Entry & { file: string }>(readFileSync(errors, 'utf8')).map((e) => e.file);
    expect(withRecords.filter((f) => f === seed)).toHaveLength(2);
    // Every input is accounted for: records or an error entry, never both, never neither.
    for (const file of [...files, seed])
      expect(Number(withRecords.includes(file)) + Number(withErrors.includes(file)), file).toBe(1);
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
  });
});
