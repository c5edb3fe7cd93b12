/**
 * Inputs → records in this thread, one document at a time: the loop of the streaming library API.
 * Every document comes out accounted for, in input order: its records, or an error entry; an
 * unexpected exception inside a document is that document's (`internal`). The CLI runs the same
 * pipeline on supervised worker threads instead (parallel.ts), where a document can also be stopped.
 */
import { readInputs, type InputSource, type Page, type ReadOptions } from '../io/readers.js';
import type { ArticleRecord, ErrorEntry } from '../record.js';
import { DocumentError, extractPage, type ExtractOptions } from './extract.js';

export type DocumentResult = { page: Page; records: ArticleRecord[] } | { error: ErrorEntry };

export type { InputSource };

export async function* extractInputs(
  inputs: InputSource[],
  readOptions: ReadOptions,
  options: ExtractOptions,
): AsyncGenerator<DocumentResult> {
  for await (const item of readInputs(inputs, readOptions)) {
    yield 'error' in item ? item : extractHere(item.page, options);
  }
}

function extractHere(page: Page, options: ExtractOptions): DocumentResult {
  try {
    return { page, records: extractPage(page, options) };
  } catch (error) {
    const [code, message] =
      error instanceof DocumentError
        ? [error.code, error.message]
        : ['internal', `internal error: ${(error as Error)?.message ?? String(error)}`];
    return { error: { file: page.input.file, doc: page.input.doc, line: page.input.line, code, message } };
  }
}
