/**
 * A CSV or TSV corpus of news records read row by row as the text arrives (HPLT's inspection batches, the
 * news datasets that spreadsheets and pandas write): the first row names the columns, and each row after it
 * is a page object of those names, read as a JSONL line's object is (`--text-field text_show`,
 * `--title-field headline` …). Quoted fields (RFC 4180: `"…""…"`, line breaks inside, as HPLT writes its
 * texts) are read by csv-parse; a quote inside an unquoted field is text; a row with fewer fields than the
 * header has the missing ones empty (writers drop empty fields at a row's end), one with more is an error.
 */
import { Readable, pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { missingTextMessage, type FieldRecord } from './fields.js';

export type Delimiter = ',' | '\t';

/** How many times the document limit a row may run to before the reading of its input stops (see below). */
const GUARD_FACTOR = 4;

/**
 * The records of a CSV or TSV text arriving in pieces, in order, each with the 1-based line its row opens on.
 * `maxBytes` bounds a row's text (UTF-8): a larger one comes out as its size. When the header has none of
 * `textColumns` (the text's and the HTML's fields), the input gives one error and no rows.
 */
export async function* delimitedRecords(
  pieces: AsyncIterable<string>,
  delimiter: Delimiter,
  maxBytes = Infinity,
  textColumns: readonly string[] = [],
): AsyncGenerator<FieldRecord> {
  // csv-parse holds a row until it ends: past GUARD_FACTOR times maxBytes characters (an unclosed quote, most
  // likely, which would otherwise hold the rest of the input) it stops, and the input with it. A row over
  // maxBytes but under that is skipped as too large, and the rows after it are read.
  const parser = parse({
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    info: true,
    ...(Number.isFinite(maxBytes) ? { max_record_size: GUARD_FACTOR * maxBytes } : {}),
  });
  // The pieces' own error (a gzip input cut short) ends the rows with it.
  const rows = pipeline(Readable.from(pieces), parser, () => {}) as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>;
  let header: string[] | null = null;
  // The line the last row read ended on: the next row opens on the line after it.
  let lastLine = 0;
  try {
    for await (const { record: values, info } of rows) {
      const line = lastLine + 1;
      lastLine = info.lines;
      // A blank line is no row.
      if (values.length === 1 && values[0] === '') continue;
      if (header) {
        yield recordOf(header, values, line, maxBytes);
        continue;
      }
      header = values.map((name) => name.trim());
      if (textColumns.length > 0 && !textColumns.some((name) => header!.includes(name))) {
        // No row can give a page: one error for the input, naming the columns it has, not one a row.
        yield { error: missingTextMessage(textColumns, 'column', header), line, code: 'missing-text' };
        return;
      }
    }
    if (!header) yield { error: 'the input holds no header row', line: 1 };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = lastLine + 1;
    yield error.code === 'CSV_MAX_RECORD_SIZE'
      ? {
          error: `the row runs past ${GUARD_FACTOR} times --max-doc-bytes (an unclosed quote?): ${REST_UNREAD}`,
          line,
          code: 'too-large',
        }
      : { error: `${error.message}: ${REST_UNREAD}`, line };
  }
}

const REST_UNREAD = 'the rest of the input is not read';

function recordOf(header: string[], values: string[], line: number, maxBytes: number): FieldRecord {
  if (values.length > header.length)
    return { error: `the row has ${values.length} fields, the header ${header.length}`, line };
  const size = values.reduce((sum, value) => sum + Buffer.byteLength(value), 0);
  if (size > maxBytes) return { tooLarge: size, line };
  const fields: Record<string, string> = {};
  header.forEach((name, i) => {
    if (name) fields[name] = values[i] ?? '';
  });
  return { fields, line };
}
