/**
/**
 * A worker thread of the CLI's pipeline. It resolves the run's options and loads the run's cleaners itself
 * (setup.ts; user cleaners come from their paths: hooks are functions and cannot be sent; a code cleaner is
 * imported here, once per thread), says it is ready, then extracts the batches of documents it is given, one
 * document at a time, in the order given — a JSONL line is decoded and parsed here — and answers each batch
 * with one message: each document's records serialised as the output wants them, or an error entry's code
 * and message. Any exception inside a document is that document's (`internal`); while a document runs, its
 * number, stage and rule are recorded where the main thread can read them (the time budget).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadHtmlFrontEnd } from '../document/htmlFrontEnd.js';
import { pageOfLine, type Page } from '../io/readers.js';
import { serializeRecord } from '../io/writers.js';
import type { ArticleRecord } from '../record.js';
import { DocumentError, extractPage, type ExtractOptions } from './extract.js';
import type { Batch, Job, PageOutcome, WorkerData, WorkerReply, WorkerSetup } from './parallel.js';
import { enterDocument, leaveDocument, progressLabels, recordProgressIn } from './progress.js';
import { setUpRun, usageMessage } from './setup.js';

const port = parentPort!;
const { progress } = workerData as WorkerData;
// A worker started early (see startWorkerEarly) loaded its modules before the run's setup was known.
const setup =
  (workerData as WorkerData).setup ??
  (await new Promise<WorkerSetup>((resolve) =>
    port.once('message', (message: { setup: WorkerSetup }) => resolve(message.setup)),
  ));
recordProgressIn(progress);

const options = await setUp();
if (options) {
  port.postMessage({ type: 'ready', labels: [...progressLabels()] } satisfies WorkerReply);
  // Batches in order, one after the other: the first HTML page waits for the HTML front end to load.
  let previous = Promise.resolve();
  port.on('message', (batch: Batch) => {
    previous = previous.then(async () =>
      port.postMessage({ type: 'done', results: await extractBatch(batch, options) } satisfies WorkerReply),
    );
  });
} else {
  // Nothing more to do: the thread ends once the failure is sent.
  port.close();
}

/** The run's options and cleaners; a bad option, cleaner or --site is reported (a usage error) instead. */
async function setUp(): Promise<ExtractOptions | null> {
  try {
    return await setUpRun(setup.options);
  } catch (error) {
    const usage = usageMessage(error);
    port.postMessage({
      type: 'setup-failed',
      usage: usage !== null,
      message: usage ?? (error as Error)?.message ?? String(error),
    } satisfies WorkerReply);
    return null;
  }
}

/**
 * The batch's documents, one after the other. An HTML page waits for the HTML front end first (loaded
 * at the worker's first HTML page, not counted in that page's time budget).
 */
async function extractBatch(
  { jobs, bytes }: Batch,
  options: ExtractOptions,
): Promise<(PageOutcome & { seq: number })[]> {
  const results: (PageOutcome & { seq: number })[] = [];
  for (const job of jobs) {
    const item = pageOfJob(job, bytes);
    if ('page' in item && item.page.format === 'html') await loadHtmlFrontEnd();
    results.push({ seq: job.seq, ...('page' in item ? extract(job.seq, item.page, options) : item) });
  }
  return results;
}

/** The job's page; a JSONL line is decoded and parsed here (a line that is no page: its error entry's code and message). */
function pageOfJob(job: Job, bytes: ArrayBuffer | null): { page: Page } | { code: string; message: string } {
  if ('page' in job) return { page: job.page };
  try {
    const item = pageOfLine(
      { bytes: new Uint8Array(bytes!, job.from, job.to - job.from), input: job.input },
      setup.fields,
    );
    return 'error' in item ? { code: item.error.code, message: item.error.message } : item;
  } catch (error) {
    return internalError(error);
  }
}

function extract(seq: number, page: Page, options: ExtractOptions): PageOutcome {
  enterDocument(seq);
  try {
    const records = extractPage(page, options);
    return {
      input: page.input,
      warnings: page.warnings,
      records: records.map((r) => serializeRecord(withoutExplain(r), setup.pretty)),
      explain: setup.explainToStderr ? records.flatMap(explainLines) : [],
    };
  } catch (error) {
    if (error instanceof DocumentError) return { code: error.code, message: error.message };
    return internalError(error);
  } finally {
    leaveDocument();
  }
}

function internalError(error: unknown): { code: string; message: string } {
  return { code: 'internal', message: `internal error: ${(error as Error)?.message ?? String(error)}` };
}

/** The trace goes to stderr (--explain=stderr) instead of into the record. */
function withoutExplain(record: ArticleRecord): ArticleRecord {
  if (!setup.explainToStderr) return record;
  const { explain: _, ...rest } = record;
  return rest;
}

function explainLines(record: ArticleRecord): string[] {
  return (record.explain ?? []).map(
    (e) => `explain ${record.id} ${e.cleaner}/${e.rule} line ${e.line ?? '-'}: ${e.action}: ${e.matched}\n`,
  );
}
