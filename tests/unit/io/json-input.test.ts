/**
 * JSONL and JSON metadata (issue 8, point 6): the input's title and author fields, dotted field paths,
 * `.json` files (or standard input) holding an array of page objects, arnews' own `--pretty` output read
 * back as pages, and the title taken from the input reported in `explain`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../src/index.js';
import { jsonArrayElements } from '../../../src/io/jsonArray.js';
import { jsonLines, runCli } from '../../helpers/cli.js';
import { fixture } from '../../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'arnews-json-'));
const SAUDI = fixture('json-input/saudinewsnet-3.json');
const prose = (n: number): string =>
  `وقال المتحدث باسم الوزارة في بيان صدر اليوم رقم ${n} إن الحكومة ماضية في تنفيذ خطتها لتطوير الخدمات العامة في جميع المحافظات خلال العام المقبل.`;

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('JSON arrays of page objects', () => {
  it('reads a .json file holding SaudiNewsNet rows as pages, each with its own title (exit 0)', () => {
    const result = runCli(['extract', SAUDI, '--text-field', 'content', '-q']);
    expect(result.status).toBe(0);
    const records = jsonLines<ArticleRecord>(result.stdout);
    expect(records.map((r) => r.input.doc)).toEqual([0, 1, 2]);
    // The title field's HTML entities are decoded; the text itself has no headline.
    expect(records[0]!.title).toBe('"العوشن" يحتفل بتخرجه في الكلية الجوية');
    expect(records[2]!.title).toBe('ارتفاع قياسي لعدد المهاجرين في ألمانيا ليسجل 11 مليونا');
    expect(records[2]!.paragraphs[0]).toMatch(/^قال مكتب الإحصاء الاتحادي بألمانيا/);
    expect(records.map((r) => r.input.line)).toEqual([2, 10, 18]);
  });

  it('reads the same array from standard input, recognised by its "[{"', () => {
    const result = runCli(['extract', '--text-field', 'content', '-q'], { input: readFileSync(SAUDI) });
    expect(result.status).toBe(0);
    expect(jsonLines<ArticleRecord>(result.stdout).map((r) => r.title)).toHaveLength(3);
  });

  it("reads arnews' own --pretty output back as pages: the same titles and paragraphs", () => {
    const page = ['الحكومة تعلن خطة لتطوير الخدمات العامة', '', prose(1), '', prose(2)].join('\n');
    const first = runCli(['extract', '--pretty', '-q'], { input: page });
    expect(first.status).toBe(0);
    const again = runCli(['extract', file('records.json', first.stdout), '-q']);
    expect(again.status).toBe(0);
    const [before] = JSON.parse(first.stdout) as ArticleRecord[];
    const [after] = jsonLines<ArticleRecord>(again.stdout);
    expect(after!.title).toBe(before!.title);
    expect(after!.paragraphs).toEqual(before!.paragraphs);
  });

  it('gives an error entry for a bad element and for a cut-short array, and reads the others', () => {
    const path = file(
      'broken.json',
      `[\n${JSON.stringify({ text: prose(1) })},\n"not a page",\n${JSON.stringify({ text: prose(2) })},\n{"text": "…`,
    );
    const result = runCli(['extract', path, '-q', '--errors', join(dir, 'errors.jsonl')]);
    expect(result.status).toBe(1);
    expect(jsonLines<ArticleRecord>(result.stdout).map((r) => r.input.doc)).toEqual([0, 2]);
    const errors = jsonLines(readFileSync(join(dir, 'errors.jsonl'), 'utf8'));
    expect(errors.map((e) => [e.doc, e.code])).toEqual([
      [1, 'bad-json'],
      [3, 'bad-json'],
    ]);
  });

  it('splits any array, cut into chunks anywhere, into its elements', async () => {
    const page = fc.record({
      text: fc.string(),
      title: fc.option(fc.string()),
      n: fc.integer(),
      nested: fc.array(fc.string(), { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(page, { maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }),
        async (pages, sizes) => {
          const bytes = Buffer.from(JSON.stringify(pages, null, pages.length % 2 ? 2 : undefined));
          const chunks: Buffer[] = [];
          for (let at = 0, i = 0; at < bytes.length; i++) {
            const size = sizes[i % sizes.length]!;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          const out: unknown[] = [];
          for await (const element of jsonArrayElements(Readable.from(chunks))) {
            if (!('bytes' in element)) throw new Error(JSON.stringify(element));
            out.push(JSON.parse(element.bytes.toString('utf8')));
          }
          expect(out).toEqual(pages);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps no element over the size limit: it is only measured, and the next one is read', async () => {
    const big = { text: 'ا'.repeat(5000) };
    const chunks = [Buffer.from(`[{"text":"a"},${JSON.stringify(big)},`), Buffer.from('{"text":"b"}]')];
    const out = [];
    for await (const element of jsonArrayElements(Readable.from(chunks), 1000)) out.push(element);
    expect(out.map((e) => ('bytes' in e ? JSON.parse(e.bytes.toString('utf8')).text : e))).toEqual([
      'a',
      { tooLarge: Buffer.byteLength(JSON.stringify(big)), line: 1 },
      'b',
    ]);
    const result = runCli([
      'extract',
      file('big.json', JSON.stringify([big, { text: [prose(1), prose(2)].join('\n') }])),
      '--max-doc-bytes',
      '1000',
      '-q',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/too-large|over the --max-doc-bytes limit/);
    expect(jsonLines<ArticleRecord>(result.stdout)).toHaveLength(1);
  });
});

describe('JSONL metadata fields', () => {
  const row = {
    meta: { url: 'https://x.test/a', head: 'وزير الخارجية يزور القاهرة لبحث التعاون' },
    writer: 'أحمد علي',
    body: [prose(1), prose(2)].join('\n'),
  };

  it('takes the title, url and author from dotted paths and named fields', () => {
    const path = file('nested.jsonl', `${JSON.stringify(row)}\n`);
    const result = runCli([
      'extract',
      path,
      '--text-field',
      'body',
      '--url-field',
      'meta.url',
      '--title-field',
      'meta.head',
      '--author-field',
      'writer',
      '-q',
    ]);
    expect(result.status).toBe(0);
    const [record] = jsonLines<ArticleRecord>(result.stdout);
    expect(record!.title).toBe('وزير الخارجية يزور القاهرة لبحث التعاون');
    expect(record!.input.url).toBe('https://x.test/a');
    expect(record!.url).toBe('https://x.test/a');
    expect(record!.author).toBe('أحمد علي');
    expect(record!.paragraphs).toEqual([prose(1), prose(2)]);
  });

  it('reads no author field unless one is named', () => {
    const path = file(
      'author.jsonl',
      `${JSON.stringify({ title: 'عنوان الخبر عن الحكومة والخدمات', author: 'لندن - رويترز', text: prose(1) })}\n`,
    );
    const [record] = jsonLines<ArticleRecord>(runCli(['extract', path, '-q']).stdout);
    expect(record!.author).toBeNull();
  });

  it('says in explain that the title came from the input, and keeps a repeated headline out of the body', () => {
    const title = 'الحكومة تعلن خطة لتطوير الخدمات العامة';
    const rows = [
      { title, text: [prose(1), prose(2)].join('\n') },
      { title, text: [title, prose(1), prose(2)].join('\n') },
    ];
    const path = file('titles.jsonl', rows.map((r) => JSON.stringify(r)).join('\n'));
    const [fromInput, fromText] = jsonLines<ArticleRecord>(runCli(['extract', path, '--explain', '-q']).stdout);
    expect(fromInput!.title).toBe(title);
    expect(fromInput!.explain).toContainEqual({
      cleaner: 'input',
      rule: 'title-field',
      action: 'field:title (from the input, the text has no headline)',
      matched: title,
      line: null,
    });
    expect(fromText!.title).toBe(title);
    expect(fromText!.paragraphs).toEqual([prose(1), prose(2)]);
    expect(fromText!.explain!.some((e) => e.rule === 'title-field')).toBe(false);
  });

  it("takes the headline the text prints for the title when the input's title has the site's name beside it (round 40)", () => {
    // The headline was kept in the body as a deck, with a warning, and the title kept " - صحيفة الوطن".
    const headline = 'الحكومة تعلن خطة لتطوير الخدمات العامة';
    const rows = [`${headline} - صحيفة الوطن`, `صحيفة الوطن | ${headline}`].map((title) => ({
      title,
      text: [headline, prose(1), prose(2)].join('\n'),
    }));
    const path = file('site-titles.jsonl', rows.map((r) => JSON.stringify(r)).join('\n'));
    for (const record of jsonLines<ArticleRecord>(runCli(['extract', path, '-q']).stdout)) {
      expect(record.title).toBe(headline);
      expect(record.paragraphs).toEqual([prose(1), prose(2)]);
      expect(record.warnings).toEqual([]);
    }
  });
});
