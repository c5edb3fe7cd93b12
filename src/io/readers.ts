/**
 * Inputs → pages. A plain-text or HTML file is one page; a JSONL file (or any input whose first
 * non-blank character is `{`) holds one page per line; a `.json` file (or input starting with `[{`)
 * holds an array of page objects (jsonArray.ts). Gzip is detected by its magic bytes and decompressed
 * on the fly. JSONL and JSON arrays are streamed page by page, so memory does not grow with the input.
 * Every page either comes out as a `Page` or as an `ErrorEntry` saying what was wrong and where.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { PageMeta } from '../document/model.js';
import type { ErrorEntry, InputRef, Warning } from '../record.js';
import { decodeHtmlBytes, looksLikeHtml } from './charset.js';
import { binaryReason, decodeBytes, type Decoded } from './decode.js';
import { pageFields, type FieldOptions } from './fields.js';
import { jsonArrayElements, startsJsonArray } from './jsonArray.js';

export type ReadOptions = FieldOptions;

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  textField: 'text',
  htmlField: 'html',
  idField: 'id',
  urlField: 'url',
  dateField: 'date',
  titleField: 'title',
  authorField: null,
};

export interface Page {
  input: InputRef;
  format: 'text' | 'html';
  text: string;
  meta: Partial<PageMeta>;
  warnings: Warning[];
}

export type InputItem = { page: Page } | { error: ErrorEntry };

type Form = 'jsonl' | 'json' | 'html' | 'text';

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * Reads one input and yields its pages in order: a path, "-" for standard input, or any readable
 * byte stream (then `name` is what messages and records call it).
 */
export async function* readInput(source: string | Readable, options: ReadOptions = DEFAULT_READ_OPTIONS, name = typeof source === 'string' ? source : '-'): AsyncGenerator<InputItem> {
  const path = name;
  const fail = (code: string, message: string, doc: number | null = null, line: number | null = null): InputItem => ({
    error: { file: path, doc, line, code, message },
  });
  let chunks: AsyncIterator<Buffer>;
  let first: Buffer | undefined;
  try {
    chunks = await openChunks(source);
    first = (await chunks.next()).value as Buffer | undefined;
  } catch (error) {
    yield fail(...describeOpenError(error));
    return;
  }
  if (!first || first.length === 0) {
    yield fail('empty', 'empty input (0 bytes)', 0, 1);
    return;
  }
  if (first[0] === GZIP_MAGIC[0] && first[1] === GZIP_MAGIC[1]) {
    const gunzip = Readable.from(prepend(first, chunks)).pipe(createGunzip());
    chunks = gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    try {
      first = (await chunks.next()).value as Buffer | undefined;
    } catch (error) {
      yield fail('gzip', `cannot decompress: ${(error as Error).message}`);
      return;
    }
    if (!first || first.length === 0) {
      yield fail('empty', 'empty input (0 bytes after decompression)', 0, 1);
      return;
    }
  }
  const form = detectForm(path, first);
  try {
    if (form === 'jsonl') {
      yield* readJsonl(path, prepend(first, chunks), options);
    } else if (form === 'json') {
      yield* readJsonArray(path, prepend(first, chunks), options);
    } else {
      const bytes = Buffer.concat(await collect(prepend(first, chunks)));
      yield wholePage(path, bytes, form);
    }
  } catch (error) {
    yield fail('read', `read error: ${(error as Error).message}`);
  }
}

async function openChunks(source: string | Readable): Promise<AsyncIterator<Buffer>> {
  const stream: Readable = typeof source !== 'string' ? source : source === '-' ? process.stdin : createReadStream(source);
  if (typeof source === 'string' && source !== '-') {
    // Surface ENOENT/EACCES/EISDIR here, before the first read, so they become one clear error.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
  }
  return stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
}

function describeOpenError(error: unknown): [string, string] {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return ['not-found', 'no such file'];
  if (code === 'EACCES' || code === 'EPERM') return ['unreadable', 'permission denied'];
  if (code === 'EISDIR') return ['unreadable', 'is a directory'];
  return ['unreadable', `cannot open: ${(error as Error).message}`];
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const all: Buffer[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

/** By extension first (after `.gz`), then by the first non-blank characters. */
function detectForm(path: string, head: Buffer): Form {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (/\.json$/.test(name)) return 'json';
  if (/\.html?$/.test(name)) return 'html';
  const start = head.subarray(0, 2048).toString('utf8').replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('{')) return 'jsonl';
  if (startsJsonArray(start)) return 'json';
  if (looksLikeHtml(start)) return 'html';
  return 'text';
}

function wholePage(path: string, bytes: Buffer, form: 'html' | 'text'): InputItem {
  const decoded = form === 'html' ? decodeHtml(bytes) : decodeBytes(bytes);
  const input: InputRef = { file: path, doc: 0, line: 1, id: null, url: null };
  if (!decoded.ok) return { error: { file: path, doc: 0, line: 1, code: decoded.code, message: decoded.message } };
  return { page: { input, format: form, text: decoded.text, meta: {}, warnings: decoded.warnings } };
}

/** HTML bytes decode by their declared or sniffed charset (windows-1256, ISO-8859-6, …); binary data is refused as for text. */
function decodeHtml(bytes: Buffer): Decoded {
  const { text, charset, warnings } = decodeHtmlBytes(bytes);
  const binary = charset.startsWith('utf-16') ? null : binaryReason(bytes);
  if (binary) return { ok: false, code: 'binary', message: binary };
  return { ok: true, text, encoding: charset, warnings };
}

/**
 * Splits a byte stream into lines at LF, CR or CRLF (JSON strings cannot hold a raw line break, so
 * any of them ends a JSONL record), keeping each line's bytes so that one bad line cannot spoil the next.
 * Yields the line and its 1-based number; CRLF counts as one break.
 */
async function* byteLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<[Buffer, number]> {
  let carry: Buffer | null = null;
  let number = 0;
  let afterCr = false;
  for await (const chunk of chunks) {
    const buffer: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let i = 0; i < buffer.length; i++) {
      const byte = buffer[i];
      if (byte !== 0x0a && byte !== 0x0d) continue;
      if (byte === 0x0a && afterCr && i === start) {
        // The LF of a CRLF.
        afterCr = false;
        start = i + 1;
        continue;
      }
      afterCr = byte === 0x0d;
      yield [buffer.subarray(start, i), ++number];
      start = i + 1;
    }
    carry = start < buffer.length ? Buffer.from(buffer.subarray(start)) : null;
    if (carry) afterCr = false;
  }
  if (carry) yield [carry, ++number];
}

async function* readJsonl(path: string, chunks: AsyncIterable<Buffer>, options: ReadOptions): AsyncGenerator<InputItem> {
  let doc = 0;
  for await (const [bytes, lineNumber] of byteLines(chunks)) {
    if (isBlank(bytes)) continue;
    const fail = (code: string, message: string): InputItem => ({ error: { file: path, doc, line: lineNumber, code, message } });
    const decoded = decodeBytes(bytes);
    let item: InputItem;
    if (!decoded.ok) item = fail(decoded.code, decoded.message);
    else item = parseJsonlRecord(decoded.text, { file: path, doc, line: lineNumber, id: null, url: null }, options, decoded.warnings, fail);
    doc++;
    yield item;
  }
}

/** A JSON array of page objects: each element is a page, parsed as a JSONL line would be. */
async function* readJsonArray(path: string, chunks: AsyncIterable<Buffer>, options: ReadOptions): AsyncGenerator<InputItem> {
  let doc = 0;
  for await (const element of jsonArrayElements(chunks)) {
    const fail = (code: string, message: string): InputItem => ({ error: { file: path, doc, line: element.line, code, message } });
    let item: InputItem;
    if ('error' in element) item = fail('bad-json', element.error);
    else {
      const decoded = decodeBytes(element.bytes);
      item = decoded.ok ? parseJsonlRecord(decoded.text, { file: path, doc, line: element.line, id: null, url: null }, options, decoded.warnings, fail) : fail(decoded.code, decoded.message);
    }
    doc++;
    yield item;
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x00) return false;
  return true;
}

function parseJsonlRecord(
  line: string,
  input: InputRef,
  options: ReadOptions,
  warnings: Warning[],
  fail: (code: string, message: string) => InputItem,
): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail('bad-json', `malformed JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('bad-json', 'a page must be a JSON object');
  const { format, body, bodyField, meta } = pageFields(value as Record<string, unknown>, options);
  if (typeof body !== 'string') {
    return fail(
      'missing-text',
      body === undefined
        ? `no "${options.textField}" field${options.htmlField ? ` (nor "${options.htmlField}")` : ''}; choose another with --text-field`
        : `field "${bodyField}" is not a string`,
    );
  }
  if (!/[^\s\u00a0\ufeff\u200b-\u200f\0]/u.test(body)) return fail('empty', `field "${bodyField}" is empty`);
  return {
    page: {
      input: { ...input, id: meta.id ?? null, url: meta.url ?? null },
      format,
      text: body,
      meta,
      warnings,
    },
  };
}
