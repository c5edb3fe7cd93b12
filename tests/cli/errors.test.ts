/**
 * Bad input (issue 2, point 7): every kind of broken document gets a clear message on stderr naming
 * the file and line, an error entry in --errors, and the run goes on without losing a valid page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../helpers/cli.js';
import { ROOT, SEED } from '../helpers/fixtures.js';
import { spawnSync } from 'node:child_process';

const seedText = readFileSync(SEED, 'utf8');
let dir: string;

const page = (title: string, body: string): string => `${title}\n\n${body}\n`;
const prose =
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة بطاقة استيعابية تبلغ مئتي سرير، وقال الوزير إن المشروع يأتي ضمن خطة لتطوير الخدمات الصحية في المحافظات كافة.';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'arnews-bad-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\u00a0\n\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
  // A valid page with one stray byte (0x82) on line 3, as lynx left in a real dump.
  writeFileSync(
    join(dir, 'stray-byte.txt'),
    Buffer.concat([
      Buffer.from(page('مستشفى جديد في العاصمة', prose)),
      Buffer.from([0x82]),
      Buffer.from(`\n${prose}\n`),
    ]),
  );
  writeFileSync(
    join(dir, 'boilerplate.txt'),
    '  • الرئيسية\n  • سياسة\n  • رياضة\n\nشارك\nفيسبوك\n\n© 2020 جميع الحقوق محفوظة\n',
  );
  const lines = [
    JSON.stringify({ id: 'a', url: 'https://example.com/a', date: '2024-11-30', text: seedText }),
    '{"id": "b", "text": "unterminated',
    JSON.stringify({ id: 'c', body: prose }),
    '',
    JSON.stringify({ id: 'd', text: page('مستشفى جديد', prose) }),
    '[1, 2, 3]',
  ];
  writeFileSync(join(dir, 'corpus.jsonl'), `${lines.join('\n')}\n`);
});

describe('bad input', () => {
  it('reports each bad document with its file and line, writes an error entry, and keeps every valid record', () => {
    const errors = join(dir, 'errors.jsonl');
    const r = runCli([
      'extract',
      SEED,
      join(dir, 'missing.txt'),
      join(dir, 'empty.txt'),
      join(dir, 'blank.txt'),
      join(dir, 'binary.txt'),
      join(dir, 'corpus.jsonl'),
      join(dir, 'boilerplate.txt'),
      join(dir, 'stray-byte.txt'),
      '--errors',
      errors,
    ]);
    expect(r.status).toBe(1);
    const records = jsonLines<{ input: { file: string; id: string | null } }>(r.stdout);
    // Seed (2) + JSONL pages a (2) and d (1) + the page with a stray byte (1).
    expect(records.map((x) => `${x.input.file.replace(dir, '')}#${x.input.id ?? ''}`)).toEqual([
      `${SEED}#`,
      `${SEED}#`,
      '/corpus.jsonl#a',
      '/corpus.jsonl#a',
      '/corpus.jsonl#d',
      '/stray-byte.txt#',
    ]);
    const entries = jsonLines<{ file: string; doc: number | null; line: number | null; code: string; message: string }>(
      readFileSync(errors, 'utf8'),
    );
    expect(entries.map((e) => [e.file.replace(dir, ''), e.doc, e.line, e.code])).toEqual([
      ['/missing.txt', null, null, 'not-found'],
      ['/empty.txt', 0, 1, 'empty'],
      ['/blank.txt', 0, 1, 'empty'],
      ['/binary.txt', 0, 1, 'binary'],
      ['/corpus.jsonl', 1, 2, 'bad-json'],
      ['/corpus.jsonl', 2, 3, 'missing-text'],
      ['/corpus.jsonl', 4, 6, 'bad-json'],
      ['/boilerplate.txt', 0, 1, 'no-content'],
    ]);
    // With --errors the entries go to the file only: stderr keeps the summary (issue 11, a batch log).
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^arnews: 12 documents read, 6 records written, 8 errors \(\d+\.\d\d s\)$/),
    ]);
  });

  it('names the file and line of every bad document on stderr when there is no --errors file', () => {
    const inputs = [
      'missing.txt',
      'empty.txt',
      'blank.txt',
      'binary.txt',
      'corpus.jsonl',
      'boilerplate.txt',
      'stray-byte.txt',
    ];
    const r = runCli(['extract', SEED, ...inputs.map((name) => join(dir, name))]);
    expect(r.status).toBe(1);
    // stderr names file and line for every error, warns about the stray byte, and ends with the summary.
    const stderr = r.stderr.trim().split('\n');
    expect(stderr.filter((l) => l.startsWith('arnews: error:'))).toHaveLength(8);
    expect(r.stderr).toContain(`${join(dir, 'corpus.jsonl')}:2 (page 1): malformed JSON`);
    // The record's own fields are named, and the one with the longest text (round 44).
    expect(r.stderr).toContain(
      `${join(dir, 'corpus.jsonl')}:3 (page 2): no "text" nor "html" field (the record has "id", "body"; the longest text is in "body"); choose one with --text-field`,
    );
    expect(r.stderr).toContain(`${join(dir, 'missing.txt')}: no such file`);
    expect(r.stderr).toMatch(
      /stray-byte\.txt:1 \(page 0\): 1 invalid UTF-8 byte sequence\(s\) replaced by U\+FFFD, the first at line 4/,
    );
    expect(stderr.at(-1)).toMatch(/^arnews: 12 documents read, 6 records written, 8 errors \(\d+\.\d\d s\)$/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
    expect(r.stderr).not.toContain('\x1b['); // no colour: stderr is not a terminal (and NO_COLOR is set)
  });

  it('keeps the invalid byte as U+FFFD and flags the record', () => {
    const r = runCli(['extract', '-q', join(dir, 'stray-byte.txt')]);
    const [record] = jsonLines<{ body: string; warnings: { code: string }[] }>(r.stdout);
    expect(r.status).toBe(0);
    expect(record!.body).toContain('\ufffd');
    expect(record!.warnings.map((w) => w.code)).toContain('invalid-utf8');
  });

  it('exits 0 when every document was handled, and --quiet drops the summary', () => {
    const r = runCli(['extract', '--quiet', SEED]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(jsonLines(r.stdout)).toHaveLength(2);
  });

  it('exits 2 on usage errors, with a one-line reason', () => {
    for (const args of [
      ['extract', '--bogus'],
      ['extract', SEED, '--ref-date', '2025-13-40'],
      ['extract', SEED, '--site', 'no-such-site'],
      ['nope'],
    ]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/unknown option|not a (?:real )?date|unknown cleaner|unknown command/);
    }
  });

  it('exits quietly when the reader of stdout goes away (arnews extract big.jsonl | head -1)', () => {
    const big = join(dir, 'big.jsonl');
    writeFileSync(
      big,
      Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: String(i), text: seedText })).join('\n'),
    );
    const r = spawnSync(
      'bash',
      ['-c', `node bin/arnews extract "${big}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(jsonLines(r.stdout)).toHaveLength(1);
    expect(r.stderr.trim()).toBe('status=0');
  });

  it('reads standard input when no file is given', () => {
    const r = runCli(['extract', '-q'], { input: JSON.stringify({ id: 'x', text: seedText }) });
    expect(r.status).toBe(0);
    expect(jsonLines<{ input: { file: string; id: string } }>(r.stdout).map((x) => [x.input.file, x.input.id])).toEqual(
      [
        ['-', 'x'],
        ['-', 'x'],
      ],
    );
  });
});

describe('parallel extraction', () => {
  it('gives the same records and error entries, in input order, with one job or several', () => {
    const inputs = [SEED, join(dir, 'corpus.jsonl'), join(dir, 'boilerplate.txt'), join(dir, 'corpus.jsonl')];
    const one = runCli(['extract', '-q', '--jobs', '1', ...inputs, '--errors', join(dir, 'e1.jsonl')]);
    const three = runCli(['extract', '-q', '--jobs', '3', ...inputs, '--errors', join(dir, 'e3.jsonl')]);
    expect(three.status).toBe(1);
    expect(jsonLines(three.stdout).length).toBe(8);
    expect(three.stdout).toBe(one.stdout);
    expect(readFileSync(join(dir, 'e3.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'e1.jsonl'), 'utf8'));
  });
});
