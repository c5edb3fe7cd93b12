/**
 * A worker thread of the CLI's pipeline. It sets up the run's options and cleaners itself
 * (documentRunner.ts; user cleaners come from their paths: hooks are functions and cannot be sent; a code
 * cleaner is imported here, once per thread), says it is ready, then extracts the batches of documents it
 * is given, one document at a time, in the order given, and answers each batch with one message: each
 * document's records serialised as the output wants them, or an error entry's code and message. While a
 * document runs, its number, stage and rule are recorded where the main thread can read them (the time budget).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RawLine } from '../io/readers.js';
import { DocumentRunner, type DocumentInput } from './documentRunner.js';
import { SetupError, type Batch, type Job, type PageOutcome, type WorkerData, type WorkerReply } from './parallel.js';
import { progressLabels, recordProgressIn } from './progress.js';

const port = parentPort!;
const { setup, progress } = workerData as WorkerData;
recordProgressIn(progress);

const runner = await setUp();
if (runner) {
  port.postMessage({ type: 'ready', labels: [...progressLabels()] } satisfies WorkerReply);
  // Batches in order, one after the other: the first HTML page waits for the HTML front end to load.
  let previous = Promise.resolve();
  port.on('message', (batch: Batch) => {
    previous = previous.then(async () =>
      port.postMessage({ type: 'done', results: await extractBatch(batch, runner) } satisfies WorkerReply),
    );
  });
} else {
  // Nothing more to do: the thread ends once the failure is sent.
  port.close();
}

/** The run's options and cleaners; a bad option, cleaner or --site is reported (a usage error) instead. */
async function setUp(): Promise<DocumentRunner | null> {
  try {
    return await DocumentRunner.create(setup);
  } catch (error) {
    const failure = error instanceof SetupError ? error : new SetupError(String(error), false);
    port.postMessage({ type: 'setup-failed', usage: failure.usage, message: failure.message } satisfies WorkerReply);
    return null;
  }
}

/** The batch's documents, one after the other. */
async function extractBatch(
  { jobs, bytes }: Batch,
  runner: DocumentRunner,
): Promise<(PageOutcome & { seq: number })[]> {
  const results: (PageOutcome & { seq: number })[] = [];
  for (const job of jobs) {
    const item = await runner.pageOf(documentOf(job, bytes));
    results.push({ seq: job.seq, ...('page' in item ? runner.extract(job.seq, item.page) : item) });
  }
  return results;
}

/** A job's document: its page, or its line's bytes, [from, to) of the batch's buffer. */
function documentOf(job: Job, bytes: ArrayBuffer | null): DocumentInput {
  if ('page' in job) return { page: job.page };
  const line: RawLine = { bytes: new Uint8Array(bytes!, job.from, job.to - job.from), input: job.input };
  return { line };
}
