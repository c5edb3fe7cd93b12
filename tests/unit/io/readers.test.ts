/** Input forms (issue 2, point 3): files, JSONL with its fields, gzip, line endings, BOM, NUL, NBSP. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_OPTIONS, pageOfLine, readInput, type InputItem } from '../../../src/io/readers.js';
import { fixture } from '../../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'arnews-read-'));

async function read(source: string | Readable, options = DEFAULT_READ_OPTIONS): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInput(source, options)) items.push(item);
  return items;
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readInput', () => {
  it('reads a plain-text file as one page, whatever its line endings', async () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const [item] = await read(
        file(`page${eol.length}${eol === '\r' ? 'cr' : ''}.txt`, ['عنوان', '', 'نص الخبر'].join(eol)),
      );
      expect(item && 'page' in item && item.page.text).toBe(['عنوان', '', 'نص الخبر'].join(eol));
    }
  });

  it('strips nothing from the text but a UTF-8 BOM, and decodes UTF-16 with a BOM', async () => {
    const [bom] = await read(file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('نص')])));
    expect(bom && 'page' in bom && bom.page.text).toBe('نص');
    const [utf16] = await read(
      file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('نص عربي', 'utf16le')])),
    );
    expect(utf16 && 'page' in utf16 && utf16.page.text).toBe('نص عربي');
  });

  it('reads JSONL pages with their id, url and date, under custom field names too', async () => {
    const path = file(
      'pages.jsonl',
      `${JSON.stringify({ doc_id: 7, link: 'https://x.test/1', day: '2025-04-27', content: 'نص' })}\r\n\r\n${JSON.stringify({ content: 'ثان' })}\r\n`,
    );
    const items = await read(path, {
      ...DEFAULT_READ_OPTIONS,
      textField: 'content',
      idField: 'doc_id',
      urlField: 'link',
      dateField: 'day',
    });
    expect(items).toEqual([
      {
        page: {
          input: { file: path, doc: 0, line: 1, id: '7', url: 'https://x.test/1' },
          format: 'text',
          text: 'نص',
          meta: { id: '7', url: 'https://x.test/1', date: '2025-04-27' },
          warnings: [],
        },
      },
      {
        page: {
          input: { file: path, doc: 1, line: 3, id: null, url: null },
          format: 'text',
          text: 'ثان',
          meta: { id: null, url: null, date: null },
          warnings: [],
        },
      },
    ]);
  });

  it('splits JSONL at CR-only line breaks too', async () => {
    const items = await read(file('cr.jsonl', `{"text":"a"}\r{"text":"b"}\r`));
    expect(items.map((i) => ('page' in i ? [i.page.text, i.page.input.line] : null))).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('splits JSONL at LF, CR and CRLF alike wherever the chunks of the stream break', async () => {
    const bytes = Buffer.from(`{"text":"أ"}\r\n{"text":"ب"}\r\r\n{"text":"ج"}\n\r{"text":"د"}\r`);
    const lines = async (chunks: Buffer[]): Promise<unknown[]> =>
      (await read(Readable.from(chunks))).map((i) => ('page' in i ? [i.page.text, i.page.input.line] : i));
    const whole = await lines([bytes]);
    expect(whole).toEqual([
      ['أ', 1],
      ['ب', 2],
      ['ج', 4],
      ['د', 6],
    ]);
    for (let cut = 1; cut < bytes.length; cut++)
      expect(await lines([bytes.subarray(0, cut), Buffer.alloc(0), bytes.subarray(cut)])).toEqual(whole);
    expect(await lines([...bytes].map((b) => Buffer.from([b])))).toEqual(whole);
  });

  it('takes a JSONL line with an html field to the HTML front end', async () => {
    const [item] = await read(
      file('h.jsonl', `${JSON.stringify({ html: '<html><body><p>نص</p></body></html>', text: 'x' })}\n`),
    );
    expect(item && 'page' in item && item.page.format).toBe('html');
  });

  it("takes a JSONL line whose text field holds a page's markup to the HTML front end (round 41)", async () => {
    const lines = [
      { text: '<!doctype html><html><body><article><h1>عنوان</h1><p>نص</p></article></body></html>' },
      { text: '<div class="post"><h1>عنوان</h1><p>نص المقال</p></div>' },
      // A text that merely mentions a tag stays text.
      { text: 'نص يذكر الوسم <p> في جملة عن لغة HTML' },
    ];
    const items = await read(file('t.jsonl', lines.map((l) => `${JSON.stringify(l)}\n`).join('')));
    expect(items.map((item) => 'page' in item && item.page.format)).toEqual(['html', 'html', 'text']);
  });

  it('decompresses gzip inputs on the fly, JSONL or text', async () => {
    const jsonl = await read(
      file('c.jsonl.gz', gzipSync(`${JSON.stringify({ text: 'أ' })}\n${JSON.stringify({ text: 'ب' })}\n`)),
    );
    expect(jsonl.map((i) => 'page' in i && i.page.text)).toEqual(['أ', 'ب']);
    const text = await read(file('p.txt.gz', gzipSync('نص مضغوط')));
    expect(text.map((i) => 'page' in i && i.page.text)).toEqual(['نص مضغوط']);
  });

  it('detects JSONL on a stream by its first non-blank character', async () => {
    const items = await read(Readable.from([Buffer.from('\n  {"text": "أ"}\n{"text": "ب"}')]));
    expect(items.map((i) => 'page' in i && [i.page.text, i.page.input.line])).toEqual([
      ['أ', 2],
      ['ب', 3],
    ]);
  });

  it('streams JSONL: the first page comes out before the input ends', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"text": "أول"}\n');
      await gate; // the rest of the input only arrives after the first page was read
      yield Buffer.from('{"text": "ثان"}\n');
    }
    const iterator = readInput(Readable.from(slow()))[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value && 'page' in first.value && first.value.page.text).toBe('أول');
    release();
    const second = await iterator.next();
    expect(second.value && 'page' in second.value && second.value.page.text).toBe('ثان');
  });
});

describe('legacy encodings of text dumps', () => {
  it('decodes the same CulturaX row from windows-1256, ISO-8859-6 and UTF-16 as from UTF-8, with a warning', async () => {
    const dir = fixture('corpus-text/culturax-via-chardet-tests');
    const [utf8] = await read(`${dir}/utf-8-arabic/culturax_mC4_98635.txt`);
    const utf8Text = utf8 && 'page' in utf8 ? utf8.page.text : '';
    for (const [folder, code] of [
      ['windows-1256-arabic', 'decoded-as-windows-1256'],
      ['iso-8859-6-arabic', 'decoded-as-iso-8859-6'],
    ] as const) {
      const [item] = await read(`${dir}/${folder}/culturax_mC4_98635.txt`);
      expect(item && 'page' in item && item.page.warnings.map((w) => w.code)).toEqual([code]);
      const text = item && 'page' in item ? item.page.text : '';
      // ISO-8859-6 has no Arabic comma: the file itself holds "," where UTF-8 has "،".
      expect(text.replace(/,/g, '،')).toBe(utf8Text.replace(/,/g, '،'));
    }
    const [utf16] = await read(`${dir}/utf-16-arabic/culturax_mC4_98635.txt`);
    expect(utf16 && 'page' in utf16 && utf16.page.text).toBe(utf8Text);
  });

  it('with rawLines, yields JSONL lines and JSON array elements undecoded; pageOfLine then reads them as reading would have', async () => {
    const lines = [
      JSON.stringify({ id: 'a', url: 'https://x.test/1', text: 'نص' }),
      '{"text": 5}',
      'not json',
      '',
      JSON.stringify({ text: '\u00a0' }),
    ];
    const jsonl = file(
      'raw.jsonl',
      Buffer.concat([Buffer.from(`${lines.join('\n')}\n`), Buffer.from([0xff, 0xfe, 0x0a])]),
    );
    const array = file('raw.json', JSON.stringify([{ text: 'أول' }, { body: 5 }]));
    for (const path of [jsonl, array]) {
      const raw = [];
      let undecoded = 0;
      for await (const item of readInput(path, { ...DEFAULT_READ_OPTIONS, rawLines: true })) {
        if ('line' in item) undecoded++;
        raw.push('line' in item ? pageOfLine(item.line, DEFAULT_READ_OPTIONS) : item);
      }
      expect(undecoded).toBe(path === jsonl ? 5 : 2);
      expect(raw).toEqual(await read(path));
    }
  });
});
