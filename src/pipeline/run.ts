/**
 * Inputs → records, one document at a time: the loop that both the CLI and the streaming library API
 * use. Every document comes out accounted for, in input order: its records, or an error entry.
 */
import type { Readable } from 'node:stream';
import { readInput, type InputItem, type Page, type ReadOptions } from '../io/readers.js';
import type { ArticleRecord, ErrorEntry } from '../record.js';
import { DocumentError, extractPage, type ExtractOptions } from './extract.js';
import { WorkerPool, type PageOutcome, type WorkerSetup } from './parallel.js';

export type DocumentResult = { page: Page; records: ArticleRecord[] } | { error: ErrorEntry };

export interface InputSource {
  /** A path, "-" for standard input, or a readable byte stream. */
  source: string | Readable;
  /** The name used in records and messages for a stream source. */
  name?: string;
}

/** Extraction on worker threads: how many, and how each worker rebuilds the run's cleaners. */
export interface Parallelism {
  jobs: number;
  setup: WorkerSetup;
}

export async function* extractInputs(inputs: InputSource[], readOptions: ReadOptions, options: ExtractOptions, parallel?: Parallelism): AsyncGenerator<DocumentResult> {
  const pool = parallel && parallel.jobs > 1 ? new WorkerPool(parallel.jobs, parallel.setup) : null;
  const window = pool?.window ?? 1;
  const queue: Promise<DocumentResult>[] = [];
  const items = readAll(inputs, readOptions)[Symbol.asyncIterator]();
  let pages = 0;
  try {
    let next = items.next();
    for (;;) {
      // A finished result goes out as soon as it is at the head of the queue, even while the input
      // is still waiting for more bytes: that is what keeps `extract` streaming.
      if (queue.length >= window || (queue.length > 0 && (await settlesFirst(queue[0]!, next)))) {
        yield await queue.shift()!;
        continue;
      }
      const item = await next;
      if (item.done) break;
      next = items.next();
      const value = item.value;
      let result: Promise<DocumentResult>;
      if ('error' in value) result = Promise.resolve(value);
      else {
        const { page } = value;
        result = pool && pages++ > 0 ? pool.extract(page).then((outcome) => toResult(page, outcome)) : Promise.resolve(toResult(page, extractHere(page, options)));
      }
      result.catch(() => undefined); // a rejection is rethrown when its turn comes, in order
      queue.push(result);
    }
    while (queue.length > 0) yield await queue.shift()!;
  } finally {
    await pool?.close();
  }
}

async function* readAll(inputs: InputSource[], readOptions: ReadOptions): AsyncGenerator<InputItem> {
  for (const input of inputs) yield* readInput(input.source, readOptions, input.name);
}

/** True when `head` settles before `next` does (both may already be settled: head wins). */
async function settlesFirst(head: Promise<unknown>, next: Promise<unknown>): Promise<boolean> {
  const headFirst = Symbol('head');
  const won = await Promise.race([head.then(() => headFirst, () => headFirst), next.then(() => null, () => null)]);
  return won === headFirst;
}

function extractHere(page: Page, options: ExtractOptions): PageOutcome {
  try {
    return { records: extractPage(page, options) };
  } catch (error) {
    if (error instanceof DocumentError) return { code: error.code, message: error.message };
    throw error;
  }
}

function toResult(page: Page, outcome: PageOutcome): DocumentResult {
  if ('records' in outcome) return { page, records: outcome.records };
  return { error: { file: page.input.file, doc: page.input.doc, line: page.input.line, code: outcome.code, message: outcome.message } };
}
