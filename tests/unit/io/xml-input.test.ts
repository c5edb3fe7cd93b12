/**
 * XML corpora of news records read as pages: the ANT corpus's TREC-like files (`<DOC><DOCNO>…<TEXT>…</DOC>`,
 * several to a file, no root) and the Abu El-Khair corpus (`<Youm7Data><Youm7><ID>…<Headline>…<Text>…`).
 * Before, both were read as one text or HTML page: the ANT title came out as "<TITLE>…</TITLE>", the
 * Abu El-Khair record's body began with its ID and URL, and every record after a file's first was lost.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, ErrorEntry } from '../../../src/index.js';
import { xmlRecords } from '../../../src/io/xmlRecords.js';
import { jsonLines, runCli } from '../../helpers/cli.js';
import { fixture } from '../../helpers/fixtures.js';

const ANT = fixture('xml-input/ant-two-docs.txt');
const ABU_EL_KHAIR = fixture('xml-input/abu-el-khair-youm7.xml');
const dir = mkdtempSync(join(tmpdir(), 'arnews-xml-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const errorsOf = (path: string): ErrorEntry[] => jsonLines<ErrorEntry>(readFileSync(path, 'utf8'));

describe('XML corpora of news records', () => {
  it('reads each <DOC> of an ANT file as a page: its title, url, time and number, on its own line', () => {
    for (const jobs of ['1', '2']) {
      const result = runCli(['extract', ANT, '-q', '--jobs', jobs]);
      expect(result.status, jobs).toBe(0);
      const records = jsonLines<ArticleRecord>(result.stdout);
      expect(records.map((r) => [r.input.doc, r.input.line, r.input.id])).toEqual([
        [0, 1, 'JA-culture-18-20161126'],
        [1, 16, 'BB-culture-15-20180206'],
      ]);
      expect(records.map((r) => r.title)).toEqual([
        'جوائز الدورة 18 لأيام قرطاج المسرحية',
        'هيو غرانت يتوصل إلى تسوية مع صحف "ميرور" بعد التنصت على هاتفه',
      ]);
      // ISO in the first; RFC 2822 ("Tue, 06 Feb 2018 04:17:45 GMT") in the second.
      expect(records.map((r) => r.published)).toEqual(['2016-11-26T21:51:00+01:00', '2018-02-06T04:17:45Z']);
      expect(records[0]!.url).toMatch(/^http:\/\/www\.jawharafm\.net\/ar\/article\//);
      expect(records[0]!.paragraphs[0]).toMatch(/^تحصل العمل المسرحي التونسي "عروق الرمل"/);
      expect(records.every((r) => !r.body.includes('<'))).toBe(true);
    }
  });

  it("reads an Abu El-Khair record: Headline is the title, ID the id, Dateline ('08/ديسمبر/2009') the date", () => {
    const result = runCli(['extract', ABU_EL_KHAIR, '-q']);
    expect(result.status).toBe(0);
    const [record, ...more] = jsonLines<ArticleRecord>(result.stdout);
    expect(more).toEqual([]);
    expect(record!.title).toBe('الكونجرس الأمريكي يطالب المجتمع الدولي دعم اليمن لمواجهة التحديات القائمة');
    expect([record!.input.id, record!.url, record!.published]).toEqual([
      'SBN_ARB_0000001',
      'http://www.sabanews.net/ar/news200024.htm',
      '2009-12-08',
    ]);
    expect(record!.input.line).toBe(3);
    expect(record!.body).not.toMatch(/SBN_ARB|sabanews\.net/);
    expect(record!.body).toContain('طالب الكونجرس الأمريكي الإدارة الأمريكية');
  });

  it('knows both from standard input by their start (a TREC <DOC>, an XML declaration); an XHTML page stays HTML', () => {
    for (const path of [ANT, ABU_EL_KHAIR]) {
      const named = runCli(['extract', path, '-q']);
      const piped = runCli(['extract', '-q'], { input: readFileSync(path) });
      expect(piped.status).toBe(0);
      const titles = (out: string) => jsonLines<ArticleRecord>(out).map((r) => r.title);
      expect(titles(piped.stdout)).toEqual(titles(named.stdout));
    }
    const xhtml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
      '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>خبر</title></head><body><article>',
      '<h1>الحكومة تعلن خطة لتطوير الخدمات العامة</h1>',
      '<p>وقال المتحدث باسم الوزارة في بيان صدر اليوم إن الحكومة ماضية في تنفيذ خطتها لتطوير الخدمات العامة في جميع المحافظات خلال العام المقبل.</p>',
      '<p>وأضاف أن الخطة تشمل تحسين شبكات المياه والطرق والمدارس والمستشفيات في المناطق الريفية والحضرية على حد سواء.</p>',
      '</article></body></html>',
    ].join('\n');
    const result = runCli(['extract', '-q'], { input: xhtml });
    expect(result.status).toBe(0);
    const [record] = jsonLines<ArticleRecord>(result.stdout);
    expect(record!.paragraphs[0]).toMatch(/^وقال المتحدث باسم الوزارة/);
    expect(record!.paragraphs.join('\n')).not.toMatch(/[<>]/);
  });

  it('reads a field option as an element name in lower case (--text-field abstract, --id-field docno)', () => {
    const result = runCli(['extract', ANT, '-q', '--text-field', 'abstract', '--id-field', 'docno']);
    const [first] = jsonLines<ArticleRecord>(result.stdout);
    expect(first!.input.id).toBe('JA-culture-18-20161126');
    expect(first!.paragraphs).toHaveLength(1);
    expect(first!.paragraphs[0]).toMatch(/بالعاصمة\.$/);
  });

  it("decodes entities and CDATA; a record's attributes are fields too", () => {
    const path = file(
      'cdata.xml',
      [
        '<?xml version="1.0"?>',
        '<corpus>',
        '<article id="n-1" url="https://example.com/1">',
        '<title>الحكومة &amp; البرلمان: خطة لتطوير الخدمات</title>',
        '<text><![CDATA[وقال المتحدث باسم الوزارة في بيان صدر اليوم إن الحكومة ماضية في تنفيذ خطتها لتطوير الخدمات العامة في جميع المحافظات خلال العام المقبل.]]></text>',
        '</article>',
        '</corpus>',
      ].join('\n'),
    );
    const result = runCli(['extract', path, '-q']);
    expect(result.status).toBe(0);
    const [record] = jsonLines<ArticleRecord>(result.stdout);
    expect(record!.title).toBe('الحكومة & البرلمان: خطة لتطوير الخدمات');
    expect([record!.input.id, record!.url]).toEqual(['n-1', 'https://example.com/1']);
    expect(record!.paragraphs[0]).toMatch(/^وقال المتحدث باسم الوزارة/);
  });

  it("reads a field that holds paragraphs of its own, as the LDC's Arabic Gigaword writes its text (<TEXT><P>…)", () => {
    const doc = (n: number): string =>
      [
        `<DOC id="AFP_ARB_2003010${n}.000${n}" type="story">`,
        `<HEADLINE>الحكومة تعلن خطة لتطوير الخدمات العامة ${n}</HEADLINE>`,
        '<TEXT>',
        '<P>',
        'وقال المتحدث باسم الوزارة في بيان صدر اليوم إن الحكومة ماضية في تنفيذ خطتها لتطوير الخدمات العامة في جميع المحافظات خلال العام المقبل.',
        '</P>',
        '<P>',
        'وأضاف أن الخطة تشمل تحسين شبكات المياه والطرق والمدارس والمستشفيات في المناطق الريفية والحضرية على حد سواء.',
        '</P>',
        '</TEXT>',
        '</DOC>',
      ].join('\n');
    const result = runCli(['extract', '-q'], { input: `${doc(1)}\n${doc(2)}\n` });
    expect(result.status).toBe(0);
    const records = jsonLines<ArticleRecord>(result.stdout);
    expect(records.map((r) => [r.input.id, r.input.line, r.title])).toEqual([
      ['AFP_ARB_20030101.0001', 1, 'الحكومة تعلن خطة لتطوير الخدمات العامة 1'],
      ['AFP_ARB_20030102.0002', 12, 'الحكومة تعلن خطة لتطوير الخدمات العامة 2'],
    ]);
    expect(records[1]!.paragraphs.map((p) => p.slice(0, 12))).toEqual(['وقال المتحدث', 'وأضاف أن الخ']);
  });

  it('warns on a record whose bytes its encoding does not read (replaced by U+FFFD), at every --jobs', () => {
    const doc = (id: string, middle: Buffer): Buffer =>
      Buffer.concat([
        Buffer.from(
          `<DOC>\n<DOCNO>${id}</DOCNO>\n<TITLE>الحكومة تعلن خطة لتطوير الخدمات العامة</TITLE>\n<TEXT>\nوقال المتحدث باسم الوزارة في بيان صدر اليوم إن الحكومة `,
        ),
        middle,
        Buffer.from(
          ' ماضية في تنفيذ خطتها لتطوير الخدمات العامة في جميع المحافظات خلال العام المقبل.\n</TEXT>\n</DOC>\n',
        ),
      ]);
    const input = Buffer.concat([doc('bad', Buffer.from([0xff, 0xfe])), doc('good', Buffer.from('اليوم'))]);
    for (const jobs of ['1', '2']) {
      const records = jsonLines<ArticleRecord>(runCli(['extract', '-q', '--jobs', jobs], { input }).stdout);
      expect(
        records.map((r) => [r.input.id, r.warnings.map((w) => w.code)]),
        jobs,
      ).toEqual([
        ['bad', ['invalid-utf8']],
        ['good', []],
      ]);
      expect(records[0]!.body).toContain('\ufffd');
    }
  });

  it('gives a record cut short by the end of a truncated file its error entry, and reads the records before it', () => {
    const whole = readFileSync(ANT, 'utf8');
    const path = file('cut.txt', whole.slice(0, whole.indexOf('</TEXT>', whole.indexOf('BB-culture')) - 200));
    const errors = join(dir, 'cut.errors.jsonl');
    const result = runCli(['extract', path, '-q', '--errors', errors]);
    expect(result.status).toBe(1);
    expect(jsonLines<ArticleRecord>(result.stdout).map((r) => r.input.id)).toEqual(['JA-culture-18-20161126']);
    expect(errorsOf(errors).map((e) => [e.doc, e.line, e.code])).toEqual([[1, 16, 'bad-xml']]);
  });

  it('gives an XML file that holds no record one error entry (exit 1), not a silent nothing', () => {
    const errors = join(dir, 'none.errors.jsonl');
    const path = file('note.xml', '<?xml version="1.0"?>\n<note>نص قصير</note>\n');
    const result = runCli(['extract', path, '-q', '--errors', errors]);
    expect(result.status).toBe(1);
    expect(errorsOf(errors).map((e) => e.code)).toEqual(['bad-xml']);
  });

  it('gives a record over --max-doc-bytes a too-large entry, and reads the others', () => {
    const errors = join(dir, 'large.errors.jsonl');
    // The first record holds 3,882 bytes of text (its abstract and its text), the second 3,109.
    const result = runCli(['extract', ANT, '-q', '--max-doc-bytes', '3500', '--errors', errors]);
    expect(result.status).toBe(1);
    expect(jsonLines<ArticleRecord>(result.stdout).map((r) => r.input.doc)).toEqual([1]);
    expect(errorsOf(errors).map((e) => [e.doc, e.code])).toEqual([[0, 'too-large']]);
  });
});

describe('xmlRecords', () => {
  const name = fc.constantFrom('DOC', 'doc', 'Youm7');
  const field = fc.constantFrom('TITLE', 'TEXT', 'URL', 'Headline', 'author');
  const value = fc.string({ unit: fc.constantFrom('أ', 'ب', ' ', '\n', '&', '<', '>', '"', 'x', '1') });
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  it('splits any sequence of records, cut into pieces anywhere, into the same records', async () => {
    const records = fc.array(fc.record({ name, fields: fc.dictionary(field, value, { minKeys: 1, maxKeys: 4 }) }), {
      minLength: 1,
      maxLength: 4,
    });
    await fc.assert(
      fc.asyncProperty(records, fc.array(fc.nat(), { maxLength: 6 }), async (docs, cuts) => {
        const texts = docs.map(
          ({ name, fields }) =>
            `<${name}>\n${Object.entries(fields)
              .map(([key, text]) => `<${key}>${escape(text)}</${key}>`)
              .join('\n')}\n</${name}>`,
        );
        const xml = texts.join('\n');
        // Each record opens on the line after the lines of the records before it.
        const lines = texts.map((_, i) => 1 + texts.slice(0, i).reduce((n, t) => n + t.split('\n').length, 0));
        const at = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...at].map((from, i) => xml.slice(from, [...at, xml.length][i]));
        const read: unknown[] = [];
        for await (const record of xmlRecords(Readable.from(pieces))) read.push(record);
        expect(read).toEqual(
          docs.map(({ fields }, i) => {
            const lowered = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.toLowerCase(), v.trim()]));
            if (lowered.headline !== undefined && lowered.title === undefined) lowered.title = lowered.headline;
            return { fields: lowered, line: lines[i] };
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
