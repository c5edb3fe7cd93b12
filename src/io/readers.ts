/**
 * Inputs → pages. A plain-text or HTML file is one page; a JSONL file (or any input whose first
 * non-blank character is `{`) holds one page per line; a `.json` file (or input starting with `[{`)
 * holds an array of page objects (jsonArray.ts). Gzip is detected by its magic bytes and decompressed
 * on the fly. JSONL and JSON arrays are streamed page by page, so memory does not grow with the input.
 * Every page either comes out as a `Page` or as an `ErrorEntry` saying what was wrong and where.
 */
import { createReadStream } from 'node:fs';
import { addAbortSignal, Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import type { PageMeta } from '../document/model.js';
import type { ErrorEntry, InputRef, Warning } from '../record.js';
import { decodeHtmlBytes, looksLikeHtml, startsXmlRecords } from './charset.js';
import { binaryReason, decodeBytes, type Decoded } from './decode.js';
import { longestTextField, missingTextMessage, pageFields, type FieldOptions, type FieldRecord } from './fields.js';
import { jsonArrayElements, startsJsonArray } from './jsonArray.js';

export interface ReadOptions extends FieldOptions {
  /** A document (a JSONL line, a JSON array's element, a whole text or HTML file) larger than this is a `too-large` error entry. */
  maxDocBytes?: number;
  /** Bytes read from one input, after decompression, beyond which reading stops (`too-large`): a gzip bomb's bound. */
  maxInputBytes?: number;
  /** Stops reading (the input stream is destroyed) when aborted: an interrupted run. */
  signal?: AbortSignal;
  /** Only the JSONL documents this accepts (by 0-based index) are parsed and yielded: one shard of an input (--shard). */
  selectDoc?: (doc: number) => boolean;
  /**
   * JSONL lines and JSON array elements come out as they were read (`{ line }`), not decoded nor
   * parsed: the CLI's worker threads do that (pageOfLine), not its reading thread.
   */
  rawLines?: boolean;
}

/** Well above any news page, HTML included; a larger "document" is a dump gone wrong. */
export const DEFAULT_MAX_DOC_BYTES = 32 * 1024 ** 2;
/** Above any real corpus shard; bounds the time a gzip bomb can cost. */
export const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 ** 3;

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

/** A JSONL line or a JSON array's element as read, with where it stands in its input (id and url still null). */
export interface RawLine {
  bytes: Uint8Array;
  input: InputRef;
}

/** What reading yields with `rawLines`. */
export type ReadItem = InputItem | { line: RawLine };

type Form = 'jsonl' | 'json' | 'xml' | 'csv' | 'tsv' | 'html' | 'text';

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Bytes that could not be decompressed: a truncated or corrupt .gz. */
class GzipError extends Error {}

/** More bytes than a limit allows. */
class TooLargeError extends Error {}

const bytes = (n: number): string => `${n.toLocaleString('en-US')} bytes`;

export interface InputSource {
  /** A path, "-" for standard input, or a readable byte stream. */
  source: string | Readable;
  /** The name used in records and messages for a stream source. */
  name?: string;
  /** The line number of the input's first line (1 unless it is a chunk of a larger input: --first-line). */
  firstLine?: number;
}

/** The pages of several inputs, one input after the other. */
export function readInputs(inputs: InputSource[], options: ReadOptions & { rawLines: true }): AsyncGenerator<ReadItem>;
export function readInputs(inputs: InputSource[], options: ReadOptions): AsyncGenerator<InputItem>;
export async function* readInputs(inputs: InputSource[], options: ReadOptions): AsyncGenerator<ReadItem> {
  for (const input of inputs) {
    options.signal?.throwIfAborted();
    yield* readInput(input.source, options, input.name, input.firstLine);
  }
}

/**
 * Reads one input and yields its pages in order: a path, "-" for standard input, or any readable
 * byte stream (then `name` is what messages and records call it).
 */
export function readInput(
  source: string | Readable,
  options: ReadOptions & { rawLines: true },
  name?: string,
  firstLine?: number,
): AsyncGenerator<ReadItem>;
export function readInput(
  source: string | Readable,
  options?: ReadOptions,
  name?: string,
  firstLine?: number,
): AsyncGenerator<InputItem>;
export async function* readInput(
  source: string | Readable,
  options: ReadOptions = DEFAULT_READ_OPTIONS,
  name = typeof source === 'string' ? source : '-',
  firstLine = 1,
): AsyncGenerator<ReadItem> {
  let stream: Readable;
  try {
    stream = await openStream(source, options.signal);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    yield inputError(name, ...describeOpenError(error));
    return;
  }
  try {
    yield* readStream(stream, name, options, firstLine);
  } finally {
    // Reading may stop before the end (a limit, an error): release a file we opened.
    if (typeof source === 'string' && source !== '-') stream.destroy();
  }
}

function inputError(
  file: string,
  code: string,
  message: string,
  doc: number | null = null,
  line: number | null = null,
): InputItem {
  return { error: { file, doc, line, code, message } };
}

/**
 * `firstLine` > 1: the input is a chunk of a larger one (`parallel --pipe`), whose lines before it held
 * one JSONL document each: lines and documents are counted from there.
 */
async function* readStream(
  stream: Readable,
  path: string,
  options: ReadOptions,
  firstLine: number,
): AsyncGenerator<ReadItem> {
  const maxDocBytes = options.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES;
  const maxInputBytes = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  let chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let first: Buffer | undefined;
  try {
    first = (await chunks.next()).value as Buffer | undefined;
  } catch (error) {
    if (options.signal?.aborted) throw error;
    yield inputError(path, ...describeOpenError(error));
    return;
  }
  if (!first || first.length === 0) {
    yield inputError(path, 'empty', 'empty input (0 bytes)', 0, firstLine);
    return;
  }
  if (first[0] === GZIP_MAGIC[0] && first[1] === GZIP_MAGIC[1]) {
    // zlib loads only for a gzipped input.
    const { createGunzip } = await import('node:zlib');
    const gunzip = Readable.from(prepend(first, chunks)).pipe(createGunzip());
    chunks = gzipErrors(gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
    try {
      first = (await chunks.next()).value as Buffer | undefined;
    } catch (error) {
      if (options.signal?.aborted) throw error;
      yield inputError(path, 'gzip', `cannot decompress: ${(error as Error).message}`);
      return;
    }
    if (!first || first.length === 0) {
      yield inputError(path, 'empty', 'empty input (0 bytes after decompression)', 0, firstLine);
      return;
    }
  }
  const form = detectForm(path, first);
  const limited = limitInput(prepend(first, chunks), maxInputBytes);
  // Where reading stands: the document and line an error that stops it is charged to.
  const position = { doc: form === 'jsonl' ? firstLine - 1 : 0, line: firstLine };
  try {
    if (form === 'jsonl') {
      yield* readJsonl(path, limited, options, maxDocBytes, position);
    } else if (form === 'json') {
      yield* readJsonArray(path, limited, options, maxDocBytes, position);
    } else if (form === 'xml' || form === 'csv' || form === 'tsv') {
      yield* readRecordCorpus(path, limited, form, options, maxDocBytes, position);
    } else {
      yield wholePage(path, await collectUpTo(limited, maxDocBytes), form, firstLine);
    }
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const [code, message] =
      error instanceof TooLargeError
        ? ['too-large', error.message]
        : error instanceof GzipError
          ? ['gzip', `cannot decompress: ${error.message}`]
          : ['read', `read error: ${(error as Error).message}`];
    yield inputError(path, code, message, position.doc, position.line);
  }
}

async function openStream(source: string | Readable, signal: AbortSignal | undefined): Promise<Readable> {
  const stream: Readable =
    typeof source !== 'string' ? source : source === '-' ? process.stdin : createReadStream(source);
  if (signal) addAbortSignal(signal, stream);
  if (typeof source === 'string' && source !== '-') {
    // Surface ENOENT/EACCES/EISDIR here, before the first read, so they become one clear error.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
  }
  return stream;
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

/** A whole-file document, refused as too-large past `max` bytes (without reading the rest). */
async function collectUpTo(chunks: AsyncIterable<Buffer>, max: number): Promise<Buffer> {
  const all: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > max) throw new TooLargeError(`the document is over ${bytes(max)}, the --max-doc-bytes limit`);
    all.push(chunk);
  }
  return Buffer.concat(all, size);
}

/** The bytes of one input (decompressed), up to `max`: reading stops there with a too-large error. */
async function* limitInput(chunks: AsyncIterable<Buffer>, max: number): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > max)
      throw new TooLargeError(
        `reading stopped after ${bytes(max)} of this input (after decompression), the --max-input-bytes limit`,
      );
    yield chunk;
  }
}

/** Tags the errors of a gunzip stream: they say the .gz is truncated or corrupt, not that reading failed. */
async function* gzipErrors(chunks: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = await chunks.next();
    } catch (error) {
      throw new GzipError((error as Error).message);
    }
    if (next.done) return;
    yield next.value;
  }
}

/** By extension first (after `.gz`), then by the first non-blank characters. */
function detectForm(path: string, head: Buffer): Form {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (/\.json$/.test(name)) return 'json';
  if (/\.xml$/.test(name)) return 'xml';
  if (/\.csv$/.test(name)) return 'csv';
  if (/\.tsv$/.test(name)) return 'tsv';
  if (/\.html?$/.test(name)) return 'html';
  const start = head
    .subarray(0, 2048)
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart();
  if (start.startsWith('{')) return 'jsonl';
  if (startsJsonArray(start)) return 'json';
  if (startsXmlRecords(start)) return 'xml';
  if (looksLikeHtml(start)) return 'html';
  return 'text';
}

function wholePage(path: string, bytes: Buffer, form: 'html' | 'text', line: number): InputItem {
  const decoded = form === 'html' ? decodeHtml(bytes) : decodeBytes(bytes);
  const input: InputRef = { file: path, doc: 0, line, id: null, url: null };
  if (!decoded.ok) return { error: { file: path, doc: 0, line, code: decoded.code, message: decoded.message } };
  return { page: { input, format: form, text: decoded.text, meta: {}, warnings: decoded.warnings } };
}

/** HTML bytes decode by their declared or sniffed charset (windows-1256, ISO-8859-6, …); binary data is refused as for text. */
function decodeHtml(bytes: Buffer): Decoded {
  const { text, charset, warnings } = decodeHtmlBytes(bytes);
  const binary = charset.startsWith('utf-16') ? null : binaryReason(bytes);
  if (binary) return { ok: false, code: 'binary', message: binary };
  return { ok: true, text, encoding: charset, warnings };
}

const LF = 0x0a;
const CR = 0x0d;

/** One line of a byte stream: its bytes, or null when it was over the size limit (then only its size is known). */
interface ByteLine {
  bytes: Buffer | null;
  size: number;
  number: number;
}

/**
 * Splits a byte stream into lines at LF, CR or CRLF (JSON strings cannot hold a raw line break, so
 * any of them ends a JSONL record), keeping each line's bytes so that one bad line cannot spoil the next.
 * CRLF counts as one break. Linear in the input: the chunks of a long line are joined once, when it
 * ends; a line over `maxBytes` is not kept at all, only measured.
 */
async function* byteLines(
  chunks: AsyncIterable<Buffer>,
  maxBytes: number,
  firstLine: number,
): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = firstLine - 1;
  let afterCr = false;
  const add = (part: Buffer): void => {
    size += part.length;
    if (size > maxBytes) parts = [];
    else if (part.length > 0) parts.push(part);
  };
  const end = (): ByteLine => {
    const line = {
      bytes: size > maxBytes ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts, size),
      size,
      number: ++number,
    };
    parts = [];
    size = 0;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    if (afterCr && chunk.length > 0) {
      // The LF of a CRLF split between two chunks.
      if (chunk[0] === LF) start = 1;
      afterCr = false;
    }
    // The next LF and CR, found by the native search (a loop over each byte here cost the main thread of
    // `extract` a tenth of a second per 10 MB); -1 once there is none left in the chunk.
    let lf = chunk.indexOf(LF, start);
    let cr = chunk.indexOf(CR, start);
    while (lf >= 0 || cr >= 0) {
      const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      add(chunk.subarray(start, at));
      yield end();
      start = at + 1;
      if (at === cr) {
        // CRLF is one break; a CR that ends the chunk may be the first half of one.
        if (start === chunk.length) afterCr = true;
        else if (chunk[start] === LF) start++;
      }
      if (lf >= 0 && lf < start) lf = chunk.indexOf(LF, start);
      if (cr >= 0 && cr < start) cr = chunk.indexOf(CR, start);
    }
    // The chunk may be reused by its producer: keep a copy of the unfinished line's part.
    if (start < chunk.length) add(Buffer.from(chunk.subarray(start)));
  }
  if (size > 0) yield end();
}

async function* readJsonl(
  path: string,
  chunks: AsyncIterable<Buffer>,
  options: ReadOptions,
  maxDocBytes: number,
  position: { doc: number; line: number },
): AsyncGenerator<ReadItem> {
  let doc = position.doc;
  for await (const { bytes: lineBytes, size, number } of byteLines(chunks, maxDocBytes, position.line)) {
    position.line = number + 1;
    if (lineBytes && isBlank(lineBytes)) continue;
    if (options.selectDoc && !options.selectDoc(doc)) {
      position.doc = ++doc;
      continue;
    }
    const input: InputRef = { file: path, doc, line: number, id: null, url: null };
    let item: ReadItem;
    if (!lineBytes) item = tooLarge(input, `the document is ${bytes(size)}`, maxDocBytes);
    else item = pageItem({ bytes: lineBytes, input }, options);
    position.doc = ++doc;
    yield item;
  }
}

/** A JSON array of page objects: each element is a page, parsed as a JSONL line would be. */
async function* readJsonArray(
  path: string,
  chunks: AsyncIterable<Buffer>,
  options: ReadOptions,
  maxDocBytes: number,
  position: { doc: number; line: number },
): AsyncGenerator<ReadItem> {
  let doc = 0;
  for await (const element of jsonArrayElements(chunks, maxDocBytes)) {
    position.line = element.line;
    const input: InputRef = { file: path, doc, line: element.line, id: null, url: null };
    let item: ReadItem;
    if ('error' in element) item = failed(input, 'bad-json', element.error);
    else if ('tooLarge' in element) item = tooLarge(input, `the document is ${bytes(element.tooLarge)}`, maxDocBytes);
    else item = pageItem({ bytes: element.bytes, input }, options);
    position.doc = ++doc;
    yield item;
  }
}

/**
 * A corpus read record by record: an XML corpus (xmlRecords.ts) or a CSV or TSV one (delimitedRecords.ts). Each
 * record is a page, its fields a page object's, read as a JSONL line's object is — by the worker threads too,
 * which take it as the JSON of its fields.
 */
async function* readRecordCorpus(
  path: string,
  chunks: AsyncIterable<Buffer>,
  form: 'xml' | 'csv' | 'tsv',
  options: ReadOptions,
  maxDocBytes: number,
  position: { doc: number; line: number },
): AsyncGenerator<ReadItem> {
  const text = new DecodedText();
  const pieces = text.pieces(chunks);
  // Each parser loads only for its own form: htmlparser2 for XML, csv-parse for CSV and TSV.
  let records: AsyncIterable<FieldRecord>;
  if (form === 'xml') records = (await import('./xmlRecords.js')).xmlRecords(pieces, maxDocBytes);
  else {
    const textColumns = [options.textField, ...(options.htmlField ? [options.htmlField] : [])];
    const delimiter = form === 'csv' ? ',' : '\t';
    records = (await import('./delimitedRecords.js')).delimitedRecords(pieces, delimiter, maxDocBytes, textColumns);
  }
  const badCode = form === 'xml' ? 'bad-xml' : 'bad-csv';
  let doc = 0;
  for await (const record of records) {
    position.line = record.line;
    const input: InputRef = { file: path, doc, line: record.line, id: null, url: null };
    let item: ReadItem | null = null;
    if ('error' in record) item = failed(input, record.code ?? badCode, record.error);
    else if ('tooLarge' in record)
      item = tooLarge(input, `the record holds ${bytes(record.tooLarge)} of text`, maxDocBytes);
    else if (!options.selectDoc || options.selectDoc(doc)) {
      const line = { bytes: Buffer.from(JSON.stringify(record.fields)), input };
      // A record that holds a replaced byte is read here, to carry the warning (a rare one: the others go as they are).
      const replaced = text.invalid && Object.values(record.fields).some((value) => value.includes('\ufffd'));
      item = replaced ? withWarning(pageOfLine(line, options), INVALID_BYTES) : pageItem(line, options);
    }
    position.doc = ++doc;
    if (item) yield item;
  }
}

/**
 * A corpus's text (XML, CSV), decoded piece by piece in the encoding its BOM or its XML declaration names (UTF-8
 * when none).
 * Bytes the encoding does not read become U+FFFD, and `invalid` says so from then on.
 */
class DecodedText {
  invalid = false;

  async *pieces(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
    let decoder: TextDecoder | undefined;
    // The same bytes read strictly, only to learn whether some were replaced (until the first is).
    let strict: TextDecoder | undefined;
    for await (const chunk of chunks) {
      if (!decoder) {
        const encoding = declaredEncoding(chunk);
        [decoder, strict] = [new TextDecoder(encoding), new TextDecoder(encoding, { fatal: true })];
      }
      this.check(() => strict!.decode(chunk, { stream: true }));
      yield decoder.decode(chunk, { stream: true });
    }
    this.check(() => strict?.decode());
    const rest = decoder?.decode() ?? '';
    if (rest) yield rest;
  }

  private check(decode: () => unknown): void {
    if (this.invalid) return;
    try {
      decode();
    } catch {
      this.invalid = true;
    }
  }
}

function declaredEncoding(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const declared = /^(?:\ufeff)?\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/u.exec(
    head.subarray(0, 256).toString('latin1'),
  );
  if (!declared) return 'utf-8';
  try {
    return new TextDecoder(declared[1]).encoding;
  } catch {
    // A label the platform does not know: the bytes are read as UTF-8, as most such files are.
    return 'utf-8';
  }
}

/** The warning of a corpus record with bytes its encoding does not read. */
const INVALID_BYTES: Warning = {
  code: 'invalid-utf8',
  message: 'the input holds byte sequence(s) its encoding does not read: replaced by U+FFFD in this record',
};

const withWarning = (item: InputItem, warning: Warning): InputItem =>
  'page' in item ? { page: { ...item.page, warnings: [...item.page.warnings, warning] } } : item;

/** A page object's bytes (a JSONL line, an array's element, a record's fields): as they are for the worker threads to read (rawLines), else read here. */
const pageItem = (line: RawLine, options: ReadOptions): ReadItem =>
  options.rawLines ? { line } : pageOfLine(line, options);

/** The error entry of a document over --max-doc-bytes (`size`: what it holds). */
const tooLarge = (input: InputRef, size: string, maxDocBytes: number): InputItem =>
  failed(input, 'too-large', `${size}, over the --max-doc-bytes limit of ${bytes(maxDocBytes)}`);

/** The error entry of a document, where its input says it stands. */
function failed({ file, doc, line }: InputRef, code: string, message: string): InputItem {
  return { error: { file, doc, line, code, message } };
}

/** A JSONL line or a JSON array's element → its page (decoded, parsed, its fields read), or its error entry. */
export function pageOfLine({ bytes: lineBytes, input }: RawLine, options: FieldOptions): InputItem {
  const decoded = decodeBytes(lineBytes);
  if (!decoded.ok) return failed(input, decoded.code, decoded.message);
  return parseJsonlRecord(decoded.text, input, options, decoded.warnings, (code, message) =>
    failed(input, code, message),
  );
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x00) return false;
  return true;
}

function parseJsonlRecord(
  line: string,
  input: InputRef,
  options: FieldOptions,
  warnings: Warning[],
  fail: (code: string, message: string) => InputItem,
): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail('bad-json', `malformed JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('bad-json', 'a page must be a JSON object');
  const record = value as Record<string, unknown>;
  const { format, body, bodyField, meta } = pageFields(record, options);
  if (typeof body !== 'string') {
    return fail(
      'missing-text',
      body === undefined
        ? missingTextMessage(
            [options.textField, options.htmlField].filter(Boolean),
            'field',
            Object.keys(record),
            longestTextField(record),
          )
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
