/**
 * Inputs → records, one document at a time: the loop that both the CLI and the streaming library API
 * use. Every document comes out accounted for: its records, or an error entry.
 */
import type { Readable } from 'node:stream';
import { readInput, type Page, type ReadOptions } from '../io/readers.js';
import type { ArticleRecord, ErrorEntry } from '../record.js';
import { DocumentError, extractPage, type ExtractOptions } from './extract.js';

export type DocumentResult = { page: Page; records: ArticleRecord[] } | { error: ErrorEntry };

export interface InputSource {
  /** A path, "-" for standard input, or a readable byte stream. */
  source: string | Readable;
  /** The name used in records and messages for a stream source. */
  name?: string;
}

export async function* extractInputs(inputs: InputSource[], readOptions: ReadOptions, options: ExtractOptions): AsyncGenerator<DocumentResult> {
  for (const input of inputs) {
    for await (const item of readInput(input.source, readOptions, input.name)) {
      if ('error' in item) {
        yield item;
        continue;
      }
      const { page } = item;
      try {
        yield { page, records: extractPage(page, options) };
      } catch (error) {
        if (!(error instanceof DocumentError)) throw error;
        yield { error: { file: page.input.file, doc: page.input.doc, line: page.input.line, code: error.code, message: error.message } };
      }
    }
  }
}
