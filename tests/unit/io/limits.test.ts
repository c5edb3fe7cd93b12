/**
 * Size limits and reading in linear time (issue 9, point 4), and the reading errors the issue found
 * misreported: a truncated .gz (code gzip) and mostly-invalid UTF-8 (not mojibake).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READ_OPTIONS, readInput, type InputItem, type ReadOptions } from '../../../src/io/readers.js';
import { jsonLines, runCli } from '../../helpers/cli.js';
import { SEED } from '../../helpers/fixtures.js';

const seedText = readFileSync(SEED, 'utf8');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'arnews-limits-'));
});

async function read(source: string | Readable, options: Partial<ReadOptions> = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInput(source, { ...DEFAULT_READ_OPTIONS, ...options })) items.push(item);
  return items;
}

const codes = (items: InputItem[]): string[] => items.map((i) => ('error' in i ? i.error.code : 'page'));

/** A byte stream of `total` bytes in 64 KB chunks, made of `line` repeated. */
function chunked(text: string, chunk = 64 * 1024): Readable {
  const bytes = Buffer.from(text);
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += chunk) yield bytes.subarray(at, at + chunk);
    })(),
  );
}

async function seconds(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

describe('the JSONL line splitter', () => {
  it('reads one 16 MB line in about the time of 16 lines of 1 MB (linear, not quadratic)', async () => {
    const line = (mb: number): string => JSON.stringify({ text: 'ا'.repeat((mb * 1024 * 1024) / 2 - 6) });
    const many = Array.from({ length: 16 }, () => line(1)).join('\n');
    const one = line(16);
    await read(chunked(many)); // warm up
    const tMany = Math.min(await seconds(() => read(chunked(many))), await seconds(() => read(chunked(many))));
    const tOne = Math.min(await seconds(() => read(chunked(one))), await seconds(() => read(chunked(one))));
    expect(tOne / tMany).toBeLessThan(3);
  });
});

describe('--max-doc-bytes', () => {
  it('a JSONL line over the limit is one too-large error entry; the lines after it are read', async () => {
    const lines = [
      JSON.stringify({ text: 'نص' }),
      JSON.stringify({ text: 'ب'.repeat(300_000) }),
      JSON.stringify({ text: 'ثالث' }),
    ].join('\n');
    const items = await read(chunked(lines, 1000), { maxDocBytes: 100_000 });
    expect(codes(items)).toEqual(['page', 'too-large', 'page']);
    expect(items[1]).toMatchObject({
      error: {
        doc: 1,
        line: 2,
        code: 'too-large',
        message: expect.stringMatching(/600,0\d\d bytes.*--max-doc-bytes.*100,000/),
      },
    });
  });

  it('a text or HTML file over the limit is a too-large error entry, and the CLI goes on with the next input', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, `${seedText}\n`.repeat(40));
    const errors = join(dir, 'big.errors.jsonl');
    const r = runCli(['extract', big, SEED, '--max-doc-bytes', '64K', '--errors', errors, '-q']);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout)).toHaveLength(2);
    expect(jsonLines<{ code: string; message: string }>(readFileSync(errors, 'utf8'))).toEqual([
      expect.objectContaining({ code: 'too-large', message: expect.stringMatching(/--max-doc-bytes/) }),
    ]);
  });
});

describe('gzip', () => {
  const bomb = gzipSync(Buffer.alloc(128 * 1024 * 1024, 0x61));

  it('a gzip bomb read as one page stops at --max-doc-bytes (too-large), without holding it in memory', async () => {
    const items = await read(Readable.from([bomb]));
    expect(codes(items)).toEqual(['too-large']);
  });

  it('a gzip bomb read as JSONL (one endless line) is too-large, in linear time', async () => {
    const path = join(dir, 'bomb.jsonl.gz');
    writeFileSync(path, bomb);
    expect(codes(await read(path))).toEqual(['too-large']);
  });

  it('reading stops at --max-input-bytes of decompressed data (too-large), after the documents before it', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => JSON.stringify({ id: i, text: `نص ${'ا'.repeat(5000)}` })).join(
      '\n',
    );
    const items = await read(Readable.from([gzipSync(lines)]), { maxInputBytes: 200_000 });
    const tooLarge = items.at(-1)!;
    expect(codes(items.slice(0, -1)).every((c) => c === 'page')).toBe(true);
    expect(items.length).toBeGreaterThan(10);
    expect(tooLarge).toMatchObject({
      error: { code: 'too-large', message: expect.stringMatching(/--max-input-bytes/) },
    });
  });

  it('a truncated .gz gets code gzip, after the documents it held', async () => {
    const lines = Array.from({ length: 50 }, (_, i) =>
      JSON.stringify({ id: i, text: `نص رقم ${i} ${'ب'.repeat(2000)}` }),
    ).join('\n');
    const gz = gzipSync(lines);
    const items = await read(Readable.from([gz.subarray(0, Math.floor(gz.length / 2))]));
    expect(items.length).toBeGreaterThan(1);
    expect(codes(items.slice(0, -1)).every((c) => c === 'page')).toBe(true);
    expect(items.at(-1)).toMatchObject({ error: { code: 'gzip' } });
  });
});

describe('mostly-invalid UTF-8', () => {
  it('is UTF-8 with replacement characters and an invalid-utf8 warning, not windows-1256 mojibake', async () => {
    const bytes = Buffer.from(seedText);
    for (let i = 9; i < bytes.length; i += 10) bytes[i] = 0xff;
    const [item] = await read(Readable.from([bytes]));
    const page = item && 'page' in item ? item.page : null;
    expect(page!.warnings.map((w) => w.code)).toEqual(['invalid-utf8']);
    expect(page!.text).toContain('\ufffd');
    expect(page!.text).toMatch(/بطولة|العراق|الرياضة|في/);
  });
});
