/**
 * CSV and TSV corpora of news records read row by row: the header names the columns, each row is a page object
 * read as a JSONL line's is. Before, a `.tsv` corpus (HPLT's inspection batches, 200 documents a file) was read
 * as one text page: one record whose title was the header row and whose body ran all 200 documents together,
 * with exit 0.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, ErrorEntry } from '../../../src/index.js';
import { delimitedRecords, type Delimiter } from '../../../src/io/delimitedRecords.js';
import type { FieldRecord } from '../../../src/io/fields.js';
import { jsonLines, runCli } from '../../helpers/cli.js';
import { fixture } from '../../helpers/fixtures.js';

/** HPLT's TSV as its batches 1-4 write it: quoted fields with line breaks inside (the header's too). */
const HPLT_QUOTED = fixture('csv-input/hplt-batch1-head.tsv');
/** HPLT's batch 0: CRLF line ends, no quotes. */
const HPLT_PLAIN = fixture('csv-input/hplt-batch0-head.tsv');
const dir = mkdtempSync(join(tmpdir(), 'arnews-csv-'));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const errorsOf = (path: string): ErrorEntry[] => jsonLines<ErrorEntry>(readFileSync(path, 'utf8'));
const where = (records: ArticleRecord[]) => records.map((r) => [r.input.doc, r.input.line, r.input.id]);

const TEXT_A =
  'أعلنت وزارة الصحة، اليوم الثلاثاء، عن افتتاح مستشفى جديد في المدينة بطاقة مئتي سرير. وقال الوزير إن "المستشفى" سيخدم أكثر من نصف مليون نسمة.';
const TEXT_B =
  'بدأت المدارس الحكومية استقبال الطلاب للعام الدراسي الجديد وسط استعدادات واسعة. وأكدت الوزارة توفير الكتب في جميع المدارس قبل نهاية الأسبوع.';
/** A CSV as a spreadsheet or pandas writes one: quotes around fields with commas, quotes or line breaks. */
const NEWS_CSV = [
  'title,text,date,url,tags',
  `افتتاح مستشفى جديد في المدينة,"${TEXT_A.replace(/"/g, '""')}",2024-09-03,https://example.com/a,صحة`,
  // The empty last field dropped, as some writers do.
  `عودة الطلاب إلى المدارس,"${TEXT_B.split('. ').join('.\n\n')}",2024-09-01,https://example.com/b`,
].join('\n');

describe('CSV and TSV corpora of news records', () => {
  it("reads each row of HPLT's quoted TSV as a page: its id, the line it opens on, at every --jobs", () => {
    const outputs = ['1', '2'].map((jobs) => {
      const result = runCli(['extract', HPLT_QUOTED, '-q', '--text-field', 'text_show', '--jobs', jobs]);
      expect(result.status, jobs).toBe(0);
      return result.stdout;
    });
    expect(outputs[1]).toBe(outputs[0]);
    const records = jsonLines<ArticleRecord>(outputs[0]!);
    // The header's quoted names run over lines 1-4; each row over three lines.
    expect(where(records)).toEqual([
      [0, 5, 'ba1626af5aa271588773dc6252477b22'],
      [1, 8, '2acaeddd5b8c78cd89c33f65adcec048'],
      [2, 11, '47a11ccf1c9a89030965ea892ee9ebe3'],
    ]);
    expect(records[1]!.body).toMatch(/^عقيدة الصدمة \(صعود رأسمالية الكوارث\)/);
    expect(records.every((r) => !/text_show|\t/.test(r.body))).toBe(true);
  });

  it("reads HPLT's plain TSV with CRLF line ends, a row a line", () => {
    const result = runCli(['extract', HPLT_PLAIN, '-q', '--text-field', 'text_show']);
    expect(result.status).toBe(0);
    const records = jsonLines<ArticleRecord>(result.stdout);
    expect(where(records)).toEqual([
      [0, 2, '2752da97abef4c3ad0583cd8b12fe021'],
      [1, 3, '0433602a2c3482cb8f83e7dabcf65ae6'],
      [2, 4, 'ef73bc6ac17dcbace02533939765ae33'],
    ]);
    expect(records[1]!.body).toMatch(/^بينما تجري التحضيرات للاستفتاء بشأن تقرير مصير جنوب السودان/);
  });

  it('takes the title, date and url of their columns, quotes and line breaks read as RFC 4180 writes them', () => {
    const path = file('news.csv', NEWS_CSV);
    const result = runCli(['extract', path, '-q']);
    expect(result.status).toBe(0);
    const records = jsonLines<ArticleRecord>(result.stdout);
    expect(records.map((r) => [r.input.line, r.title, r.published, r.url])).toEqual([
      [2, 'افتتاح مستشفى جديد في المدينة', '2024-09-03', 'https://example.com/a'],
      [3, 'عودة الطلاب إلى المدارس', '2024-09-01', 'https://example.com/b'],
    ]);
    expect(records[0]!.body).toBe(TEXT_A);
    // The field's blank line parts its paragraphs.
    expect(records[1]!.paragraphs).toHaveLength(2);
  });

  it('knows a CSV read from standard input by --stdin-name; unnamed, standard input stays a text page', () => {
    const named = runCli(['extract', '-q', '--stdin-name', 'news.csv'], { input: NEWS_CSV });
    expect(named.status).toBe(0);
    expect(jsonLines<ArticleRecord>(named.stdout).map((r) => r.title)).toEqual([
      'افتتاح مستشفى جديد في المدينة',
      'عودة الطلاب إلى المدارس',
    ]);
    const unnamed = runCli(['extract', '-q'], { input: NEWS_CSV });
    expect(jsonLines<ArticleRecord>(unnamed.stdout)).toHaveLength(1);
  });

  it('reads a gzipped TSV', () => {
    const path = file('hplt.tsv.gz', gzipSync(readFileSync(HPLT_PLAIN)));
    const result = runCli(['extract', path, '-q', '--text-field', 'text_show']);
    expect(result.status).toBe(0);
    expect(jsonLines<ArticleRecord>(result.stdout)).toHaveLength(3);
  });

  it('a header without the text column is one error that names the columns there are', () => {
    const errors = join(dir, 'missing.errors.jsonl');
    const result = runCli(['extract', HPLT_PLAIN, '-q', '--errors', errors]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const [entry, ...more] = errorsOf(errors);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ file: HPLT_PLAIN, doc: 0, line: 1, code: 'missing-text' });
    expect(entry!.message).toContain('"text_show"');
    expect(entry!.message).toContain('--text-field');
  });

  it('a row with more fields than the header costs that row only; an unclosed quote ends the input with an error', () => {
    const errors = join(dir, 'bad.errors.jsonl');
    const extra = file('extra.csv', `${NEWS_CSV}\nعنوان,${TEXT_B},2024-09-02,https://example.com/c,وسم,زائد\n`);
    const result = runCli(['extract', extra, '-q', '--errors', errors]);
    expect(result.status).toBe(1);
    expect(jsonLines<ArticleRecord>(result.stdout)).toHaveLength(2);
    expect(errorsOf(errors)).toEqual([
      { file: extra, doc: 2, line: 6, code: 'bad-csv', message: 'the row has 6 fields, the header 5' },
    ]);
    const unclosed = file('unclosed.csv', `${NEWS_CSV}\nعنوان,"${TEXT_B},2024-09-02\n`);
    const cut = runCli(['extract', unclosed, '-q', '--errors', errors]);
    expect(cut.status).toBe(1);
    expect(jsonLines<ArticleRecord>(cut.stdout)).toHaveLength(2);
    const [entry] = errorsOf(errors);
    expect(entry).toMatchObject({ file: unclosed, doc: 2, line: 6, code: 'bad-csv' });
    expect(entry!.message).toMatch(/the rest of the input is not read$/);
  });

  it('a row over --max-doc-bytes is too large; the rows after it are read', () => {
    const errors = join(dir, 'large.errors.jsonl');
    const rows = [NEWS_CSV, `كبير,${'نص '.repeat(400)},2024-09-02,https://example.com/c`, NEWS_CSV.split('\n')[1]];
    const path = file('large.csv', rows.join('\n'));
    const result = runCli(['extract', path, '-q', '--max-doc-bytes', '1000', '--errors', errors]);
    expect(result.status).toBe(1);
    expect(jsonLines<ArticleRecord>(result.stdout).map((r) => r.input.line)).toEqual([2, 3, 7]);
    expect(errorsOf(errors).map((e) => [e.doc, e.line, e.code])).toEqual([[2, 6, 'too-large']]);
  });
});

/** A field as RFC 4180 writes it: quoted when it holds the delimiter, a quote or a line break. */
const written = (value: string, delimiter: Delimiter): string =>
  new RegExp(`[${delimiter}"\\r\\n]`).test(value) ? `"${value.replace(/"/g, '""')}"` : value;

async function* piecesOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe('delimitedRecords', () => {
  it('gives back every table RFC 4180 writes, each row with the line it opens on, however the text is cut', async () => {
    const cell = fc.string({ unit: fc.constantFrom('ن', 'ص', ' ', ',', '\t', '"', '\n', 'a', '1'), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Delimiter>(',', '\t'),
        fc
          .integer({ min: 1, max: 4 })
          .chain((columns) =>
            fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 6 }),
          ),
        fc.integer({ min: 1, max: 40 }),
        async (delimiter, rows, pieceSize) => {
          const header = rows[0]!.map((_, i) => `c${i}`);
          const table = [header, ...rows];
          const text = table.map((row) => row.map((value) => written(value, delimiter)).join(delimiter)).join('\n');
          const got: FieldRecord[] = [];
          for await (const record of delimitedRecords(piecesOf(text, pieceSize), delimiter)) got.push(record);
          // A row of one empty field is a blank line, which is no row.
          const kept = rows.map((row, i) => ({ row, i })).filter(({ row }) => !(row.length === 1 && row[0] === ''));
          let line = 1;
          const opens = table.map((row) => {
            const at = line;
            line += row.join('').split('\n').length;
            return at;
          });
          expect(got).toEqual(
            kept.map(({ row, i }) => ({
              fields: Object.fromEntries(header.map((name, c) => [name, row[c]])),
              line: opens[i + 1],
            })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
