/**
 * `arnews cleaners --check` rejects rules that backtrack catastrophically (issue 9, point 5) and never
 * hangs itself; code cleaners run only when allowed, once per thread (point 7).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../helpers/cli.js';
import { fixture } from '../helpers/fixtures.js';

const HOSTILE = fixture('hostile');

describe('cleaners --check on regexes that backtrack', () => {
  it('rejects nested quantifiers, (a+)+$ (exponential), naming the rule and an input that shows it', () => {
    const r = runCli(['cleaners', '--check', `${HOSTILE}/catastrophic.json`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/catastrophic\.json: rules\.drop\[0\] "nested": .*exponential/);
  });

  it('rejects (\\p{L}+\\s?)+$ without hanging on it itself', () => {
    const r = runCli(['cleaners', '--check', `${HOSTILE}/letters.json`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/letters\.json: rules\.drop\[0\] "words": /);
  });

  it('rejects a rule whose time grows with the square of the line (unanchored \\d+$), and accepts it with maxLength', () => {
    const quadratic = runCli(['cleaners', '--check', `${HOSTILE}/quadratic.json`]);
    expect(quadratic.status).toBe(2);
    expect(quadratic.stderr).toMatch(/quadratic\.json: rules\.drop\[0\] "trailing-number": .*(?:polynomial|grows)/);
    const bounded = runCli(['cleaners', '--check', `${HOSTILE}/bounded.json`]);
    expect(bounded.status).toBe(0);
    expect(bounded.stdout).toContain('bounded.json: ok');
  });

  it('accepts the example cleaner of the README', () => {
    const r = runCli(['cleaners', '--check', fixture('user-cleaner/alwaha.json')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('code cleaners', () => {
  const PROSE =
    'افتتحت وزارة المياه صباح اليوم محطة جديدة لتحلية مياه البحر في مدينة الريان، بطاقة إنتاجية تبلغ خمسين ألف متر مكعب يوميا.';

  it('are not loaded without --allow-code or ARNEWS_ALLOW_CODE=1 (exit 2), and load with either', () => {
    const page = fixture('user-cleaner/alwaha-page.txt');
    const refused = runCli(['extract', page, '--cleaner', `${HOSTILE}/counting-import.mjs`]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/counting-import\.mjs.*code.*--allow-code/s);
    expect(refused.stdout).toBe('');
    expect(runCli(['extract', page, '-q', '--cleaner', `${HOSTILE}/counting-import.mjs`, '--allow-code']).status).toBe(
      0,
    );
    expect(
      runCli(['extract', page, '-q', '--cleaner', `${HOSTILE}/counting-import.mjs`], {
        env: { ARNEWS_ALLOW_CODE: '1' },
      }).status,
    ).toBe(0);
  });

  it('--check does not run a module unless allowed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arnews-code-'));
    const log = join(dir, 'imports.log');
    const env = { ARNEWS_TEST_IMPORT_LOG: log };
    const refused = runCli(['cleaners', '--check', `${HOSTILE}/counting-import.mjs`], { env });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/not run.*--allow-code/);
    expect(() => readFileSync(log)).toThrow();
    const allowed = runCli(['cleaners', '--check', `${HOSTILE}/counting-import.mjs`, '--allow-code'], { env });
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toContain('counting-import.mjs: ok: cleaner "counting"');
  });

  it('are imported once per worker thread, never by the main thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arnews-code-'));
    const log = join(dir, 'imports.log');
    const input = join(dir, 'pages.jsonl');
    writeFileSync(
      input,
      Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: String(i), text: `صحيفة الاختبار\n\n${PROSE}` })).join(
        '\n',
      ),
    );
    const r = runCli(
      ['extract', input, '-q', '--jobs', '2', '--allow-code', '--cleaner', `${HOSTILE}/counting-import.mjs`],
      { env: { ARNEWS_TEST_IMPORT_LOG: log } },
    );
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)).toHaveLength(30);
    const threads = readFileSync(log, 'utf8').trim().split('\n');
    expect(threads).not.toContain('0');
    expect(new Set(threads).size).toBe(threads.length);
    expect(threads.length).toBeLessThanOrEqual(2);
  });
});
