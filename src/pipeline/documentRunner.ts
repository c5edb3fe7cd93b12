/**
 * The CLI's extraction of one document, wherever it runs — on a worker thread (worker.ts) or on the main
 * thread for a run's first pages (inProcess.ts): the run's options and cleaners set up once, then per
 * document its page (a JSONL line decoded and parsed here; an HTML page waits for the HTML front end)
 * and its records serialised as the output wants them, or an error entry's code and message. Any
 * exception inside a document is that document's (`internal`); while a document runs, its number, stage
 * and rule are recorded (progress.ts) for the time budget's report.
 */
import { loadHtmlFrontEnd } from '../document/htmlFrontEnd.js';
import { pageOfLine, type Page, type RawLine } from '../io/readers.js';
import { serializeRecord } from '../io/writers.js';
import type { ArticleRecord } from '../record.js';
import { DocumentError, extractPage, type ExtractOptions } from './extract.js';
import { SetupError, type PageOutcome, type WorkerSetup } from './parallel.js';
import { enterDocument, leaveDocument } from './progress.js';
import { setUpRun, usageMessage } from './setup.js';

/** A document as the main thread read it: a whole page, or a JSONL line's bytes. */
export type DocumentInput = { page: Page } | { line: RawLine };

export class DocumentRunner {
  private constructor(
    private readonly setup: WorkerSetup,
    private readonly options: ExtractOptions,
  ) {}

  /** The run's options and cleaners; a bad option, cleaner or --site throws a SetupError (`usage` set). */
  static async create(setup: WorkerSetup): Promise<DocumentRunner> {
    try {
      return new DocumentRunner(setup, await setUpRun(setup.options));
    } catch (error) {
      const usage = usageMessage(error);
      throw new SetupError(usage ?? (error as Error)?.message ?? String(error), usage !== null);
    }
  }

  /**
   * The document's page, ready to extract: a JSONL line decoded and parsed (a line that is no page: its
   * error entry's code and message); an HTML page once the HTML front end is loaded (loaded at the first
   * HTML page, not counted in that page's time budget).
   */
  async pageOf(document: DocumentInput): Promise<{ page: Page } | { code: string; message: string }> {
    let item: { page: Page } | { code: string; message: string };
    if ('page' in document) item = document;
    else
      try {
        const read = pageOfLine(document.line, this.setup.fields);
        item = 'error' in read ? { code: read.error.code, message: read.error.message } : read;
      } catch (error) {
        return internalError(error);
      }
    if ('page' in item && item.page.format === 'html') await loadHtmlFrontEnd();
    return item;
  }

  /** The page's records serialised, or its error entry's code and message; `seq` is the number progress names it by. */
  extract(seq: number, page: Page): PageOutcome {
    enterDocument(seq);
    try {
      const records = extractPage(page, this.options);
      return {
        input: page.input,
        warnings: page.warnings,
        records: records.map((r) => serializeRecord(this.withoutExplain(r), this.setup.pretty)),
        explain: this.setup.explainToStderr ? records.flatMap(explainLines) : [],
      };
    } catch (error) {
      if (error instanceof DocumentError) return { code: error.code, message: error.message };
      return internalError(error);
    } finally {
      leaveDocument();
    }
  }

  /** The trace goes to stderr (--explain=stderr) instead of into the record. */
  private withoutExplain(record: ArticleRecord): ArticleRecord {
    if (!this.setup.explainToStderr) return record;
    const { explain: _, ...rest } = record;
    return rest;
  }
}

function internalError(error: unknown): { code: string; message: string } {
  return { code: 'internal', message: `internal error: ${(error as Error)?.message ?? String(error)}` };
}

function explainLines(record: ArticleRecord): string[] {
  return (record.explain ?? []).map(
    (e) => `explain ${record.id} ${e.cleaner}/${e.rule} line ${e.line ?? '-'}: ${e.action}: ${e.matched}\n`,
  );
}
