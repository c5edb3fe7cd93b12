/**
 * Inputs → records, one document at a time: the loop that both the CLI and the streaming library API
 * use. Every document comes out accounted for, in input order: its records, or an error entry.
 */
import type { Readable } from 'node:stream';
import { readInput, type Page, type ReadOptions } from '../io/readers.js';
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
  const queue: Promise<DocumentResult>[] = [];
  let pages = 0;
  try {
    for (const input of inputs) {
      for await (const item of readInput(input.source, readOptions, input.name)) {
        let result: Promise<DocumentResult>;
        if ('error' in item) result = Promise.resolve(item);
        else if (pool && pages++ > 0) result = pool.extract(item.page).then((outcome) => toResult(item.page, outcome));
        else result = Promise.resolve(toResult(item.page, extractHere(item.page, options)));
        result.catch(() => undefined); // rejections are rethrown in order, below
        queue.push(result);
        while (queue.length >= (pool?.window ?? 1)) yield await queue.shift()!;
      }
    }
    while (queue.length > 0) yield await queue.shift()!;
  } finally {
    await pool?.close();
  }
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
