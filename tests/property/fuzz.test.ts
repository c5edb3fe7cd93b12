/**
 * The property fuzz (issue 9, point 8): real pages of the corpus, mutated — lines deleted, duplicated
 * and shuffled, random Unicode inserted, the page truncated, huge lines, lone surrogates, binary
 * bytes spliced in — go through the whole path a file takes (bytes → reader → document → record).
 * Every input yields valid records (schema, offsets, stable ids) or error entries with a known code;
 * none is an `internal` error. `npm test` runs FUZZ_RUNS (default 30) mutations; `npm run fuzz`
 * runs 8,000. An input that breaks the property becomes a fixture in fixtures/fuzz/ (the last test).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractStream, type ArticleRecord, type DocumentResult } from '../../src/index.js';
import { FIXTURES, ROOT, SEED } from '../helpers/fixtures.js';
import { expectSchemaRecords } from '../helpers/records.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** The longest huge line a mutation inserts. */
const MAX_HUGE_LINE = Number(process.env.FUZZ_MAX_LINE ?? 64 * 1024);

/** Codes a document may fail with; `internal` is not one of them. */
const KNOWN_CODES = new Set([
  'empty',
  'binary',
  'binary-content',
  'bad-json',
  'missing-text',
  'no-content',
  'too-large',
  'invalid-record',
  'gzip',
  'read',
]);

/** Page dumps and HTML pages of several sites and renderers (fixtures/, copied from the corpus). */
function seedPages(): { name: string; bytes: Buffer }[] {
  const files = [
    join(ROOT, SEED),
    ...['derived-from-html', 'rendered'].flatMap((dir) =>
      walk(join(FIXTURES, 'corpus-text', dir))
        .filter((f) => !f.endsWith('.json'))
        .slice(0, 8),
    ),
    ...walk(join(FIXTURES, 'html'))
      .filter((f) => f.endsWith('.html'))
      .slice(0, 4),
  ];
  return files.map((file) => ({ name: file.slice(FIXTURES.length + 1), bytes: readFileSync(file) }));
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

const SEEDS = seedPages();

type Mutation = (lines: string[]) => string[];

const HUGE_UNITS = ['1234567890', '%d8%a7', 'QmFzZTY0K/9', '12-', '2025-01-01 ', '- ', '|', 'كلمة ', 'a'];
const LONE_SURROGATES = ['\ud800', '\udc00', '\udbff\udbff', '\udfff'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.filter((_, k) => k !== i % Math.max(1, lines.length)),
  ),
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.flatMap((line, k) => (k === i % Math.max(1, lines.length) ? [line, line] : [line])),
  ),
  fc.nat().map(
    (seed): Mutation =>
      (lines) =>
        [...lines].sort((a, b) => hash(a + seed) - hash(b + seed)),
  ),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 40 })).map(
    ([i, text]): Mutation =>
      (lines) =>
        insert(lines, i, text),
  ),
  fc.tuple(fc.nat(), fc.string({ unit: 'grapheme', maxLength: 40 })).map(
    ([i, text]): Mutation =>
      (lines) =>
        lines.map((l, k) => (k === i % Math.max(1, lines.length) ? `${l}${text}` : l)),
  ),
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (at): Mutation =>
      (lines) =>
        lines.slice(0, Math.floor(lines.length * at)),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...HUGE_UNITS), fc.integer({ min: 1024, max: MAX_HUGE_LINE })).map(
    ([i, unit, size]): Mutation =>
      (lines) =>
        insert(lines, i, unit.repeat(Math.ceil(size / unit.length))),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...LONE_SURROGATES)).map(
    ([i, s]): Mutation =>
      (lines) =>
        lines.map((l, k) => (k === i % Math.max(1, lines.length) ? `${l.slice(0, 5)}${s}${l.slice(5)}` : l)),
  ),
);

const insert = (lines: string[], at: number, line: string): string[] => {
  const k = at % (lines.length + 1);
  return [...lines.slice(0, k), line, ...lines.slice(k)];
};

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

interface Case {
  seed: number;
  mutations: Mutation[];
  /** Random bytes spliced into the encoded page, at a fraction of its length. */
  splice: { at: number; bytes: Uint8Array } | null;
  /** The page as one JSONL line (with its own escapes) instead of a file. */
  asJsonl: boolean;
}

const cases: fc.Arbitrary<Case> = fc.record({
  seed: fc.nat({ max: SEEDS.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  splice: fc.option(
    fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
    }),
    { nil: null },
  ),
  asJsonl: fc.boolean(),
});

/** The bytes a case makes: the seed decoded, mutated line by line, encoded again, bytes spliced in. */
function bytesOf(c: Case): Buffer {
  const seed = SEEDS[c.seed]!;
  let lines = seed.bytes.toString('utf8').split('\n');
  for (const m of c.mutations) lines = m(lines);
  const text = lines.join('\n');
  let bytes = Buffer.from(c.asJsonl ? `${JSON.stringify({ id: seed.name, text })}\n` : text, 'utf8');
  if (c.splice) {
    const at = Math.floor(bytes.length * c.splice.at);
    bytes = Buffer.concat([bytes.subarray(0, at), c.splice.bytes, bytes.subarray(at)]);
  }
  return bytes;
}

async function run(bytes: Buffer): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for await (const result of extractStream(Readable.from([bytes]))) results.push(result);
  return results;
}

/** The property: valid records or known error entries, offsets right, the same ids twice. */
async function holds(bytes: Buffer): Promise<void> {
  const first = await run(bytes);
  expect(first.length).toBeGreaterThan(0);
  for (const result of first) {
    if ('error' in result) {
      expect(KNOWN_CODES, result.error.message).toContain(result.error.code);
      continue;
    }
    for (const record of result.records) checkRecord(record);
  }
  const again = await run(bytes);
  const ids = (results: DocumentResult[]): string[] =>
    results.flatMap((r) => ('records' in r ? r.records.map((x) => x.id) : [`error:${r.error.code}`]));
  expect(ids(again)).toEqual(ids(first));
}

function checkRecord(record: ArticleRecord): void {
  expectSchemaRecords([record]);
  for (const m of record.dateMentions) {
    const field = m.field === 'title' ? (record.title ?? '') : record.body;
    expect(field.slice(m.start, m.end)).toBe(m.text);
  }
}

describe('fuzz: mutated real pages through the whole reading and extraction path', () => {
  it(
    `${RUNS} mutations: valid records or known error entries, never an internal error`,
    { timeout: Math.max(120_000, RUNS * 2_000) },
    async () => {
      await fc.assert(
        fc.asyncProperty(cases, async (c) => {
          const bytes = bytesOf(c);
          const started = performance.now();
          await holds(bytes);
          const ms = performance.now() - started;
          if (process.env.FUZZ_VERBOSE) console.log(`${SEEDS[c.seed]!.name} ${bytes.length} bytes ${ms.toFixed(0)} ms`);
          if (process.env.FUZZ_DUMP && ms > 5000)
            writeFileSync(
              join(process.env.FUZZ_DUMP, `slow-${Math.round(ms)}ms-${SEEDS[c.seed]!.name.replace(/\W+/g, '_')}`),
              bytes,
            );
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    },
  );

  it('the inputs fuzzing found breaking it hold now (fixtures/fuzz/)', { timeout: 300_000 }, async () => {
    const dir = join(FIXTURES, 'fuzz');
    const found = readdirSync(dir).filter((f) => !f.endsWith('.md'));
    expect(found.length).toBeGreaterThan(0);
    for (const name of found) await holds(readFileSync(join(dir, name)));
  });
});
