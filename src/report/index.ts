/**
 * `arnews report` and `extract --report`: a run's records and error entries → one summary, written as a
 * self-contained HTML page or as terminal tables.
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { z } from 'zod';
import { DEFAULT_WIDTH } from '../cli/terminalText.js';
import { ArticleRecordSchema, ErrorEntrySchema } from '../record.js';
import { renderHtml } from './html.js';
import { RunSummary } from './summary.js';
import { renderText } from './text.js';

export { RunSummary };

export type ReportFormat = 'html' | 'text';

/** Reads records files and error files into a summary; a file that cannot be read is passed to `onFailure` and left out. */
export async function summariseFiles(
  records: string[],
  errors: string[],
  onFailure: (file: string, message: string) => void,
): Promise<RunSummary> {
  const summary = new RunSummary({ records, errors });
  for (const file of records)
    await readInto(file, ArticleRecordSchema, 'a record', (r) => summary.addRecord(r), summary, onFailure);
  for (const file of errors)
    await readInto(file, ErrorEntrySchema, 'an error entry', (e) => summary.addError(e), summary, onFailure);
  return summary;
}

/**
 * Each JSON line of a file ("-": standard input; .gz decompressed) checked against the schema; blank
 * lines are skipped, other lines that do not fit are counted as unreadable, with the reason.
 */
async function readInto<T>(
  file: string,
  schema: z.ZodType<T>,
  what: string,
  add: (value: T) => void,
  summary: RunSummary,
  onFailure: (file: string, message: string) => void,
): Promise<void> {
  let input: Readable;
  try {
    input = file === '-' ? process.stdin : await openFile(file);
  } catch (error) {
    onFailure(file, (error as Error).message);
    return;
  }
  const source = file.endsWith('.gz') ? input.pipe(createGunzip()) : input;
  let line = 0;
  try {
    for await (const text of createInterface({ input: source, crlfDelay: Infinity })) {
      line++;
      if (!text.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        summary.addUnreadable(file, line, `malformed JSON: ${(error as Error).message}`);
        continue;
      }
      const parsed = schema.safeParse(value);
      if (parsed.success) add(parsed.data);
      else
        summary.addUnreadable(
          file,
          line,
          `not ${what}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`,
        );
    }
  } catch (error) {
    onFailure(file, `read error after line ${line}: ${(error as Error).message}`);
  }
}

async function openFile(path: string): Promise<Readable> {
  const stream = createReadStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  return stream;
}

/** The report as text: HTML, or terminal tables laid out in `width` columns. */
export function renderReport(summary: RunSummary, format: ReportFormat = 'html', width = DEFAULT_WIDTH): string {
  const data = summary.finish();
  return format === 'html' ? renderHtml(data) : renderText(data, width);
}

/** Writes the report to a file, or to stdout when the path is null or "-"; a failed write throws. */
export async function writeReport(path: string | null, text: string): Promise<void> {
  if (path && path !== '-') return writeFile(path, text);
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
  );
}
