/**
 * A worker thread of the CLI's pipeline. It resolves the run's options and loads the run's cleaners itself
 * (setup.ts; user cleaners come from their paths: hooks are functions and cannot be sent; a code cleaner is
 * imported here, once per thread), says it is ready, then extracts the pages it is given, one at a time, in the order given,
 * and answers each with its records serialised as the output wants them, or with an error entry's
 * code and message. Any exception inside a page is that page's (`internal`); while a page runs, its
 * stage and rule are recorded where the main thread can read them if the time budget runs out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Page } from '../io/readers.js';
import { serializeRecord } from '../io/writers.js';
import type { ArticleRecord } from '../record.js';
import { DocumentError, extractPage, type ExtractOptions } from './extract.js';
import type { Job, WorkerData, WorkerReply } from './parallel.js';
import { leaveDocument, progressLabels, recordProgressIn } from './progress.js';
import { setUpRun, usageMessage } from './setup.js';

const { setup, progress } = workerData as WorkerData;
const port = parentPort!;
recordProgressIn(progress);

const options = await setUp();
if (options) {
  port.postMessage({ type: 'ready', labels: [...progressLabels()] } satisfies WorkerReply);
  port.on('message', ({ seq, page }: Job) => port.postMessage(extract(seq, page, options)));
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
    port.postMessage({ type: 'setup-failed', usage: usage !== null, message: usage ?? (error as Error)?.message ?? String(error) } satisfies WorkerReply);
    return null;
  }
}

function extract(seq: number, page: Page, options: ExtractOptions): WorkerReply {
  try {
    const records = extractPage(page, options);
    return { type: 'done', seq, records: records.map((r) => serializeRecord(withoutExplain(r), setup.pretty)), explain: setup.explainToStderr ? records.flatMap(explainLines) : [] };
  } catch (error) {
    if (error instanceof DocumentError) return { type: 'failed', seq, code: error.code, message: error.message };
    return { type: 'failed', seq, code: 'internal', message: `internal error: ${(error as Error)?.message ?? String(error)}` };
  } finally {
    leaveDocument();
  }
}

/** The trace goes to stderr (--explain=stderr) instead of into the record. */
function withoutExplain(record: ArticleRecord): ArticleRecord {
  if (!setup.explainToStderr) return record;
  const { explain: _, ...rest } = record;
  return rest;
}

function explainLines(record: ArticleRecord): string[] {
  return (record.explain ?? []).map((e) => `explain ${record.id} ${e.cleaner}/${e.rule} line ${e.line ?? '-'}: ${e.action}: ${e.matched}\n`);
}
