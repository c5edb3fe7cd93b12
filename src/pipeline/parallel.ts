/**
 * The CLI's extraction runs on worker threads, always (at --jobs 1 too): a document that must be
 * stopped — a regex backtracking forever, a hook in an endless loop — can only be stopped by ending
 * the thread it runs on. Pages are read in order on the main thread, extracted by a supervised pool
 * of workers, and come back in input order; a bounded window of pages in flight keeps memory flat.
 *
 * Supervision: each worker extracts its queue of pages one at a time, in order, so the page at the
 * head of its queue is the one running, since the last reply (or since the worker became ready).
 * When it runs past the time budget the worker is terminated: that page gets a `timeout` error entry
 * (naming the stage and rule it was in, read from memory the worker shares), and the pages queued
 * behind it go to a new worker. A worker that exits or throws outside a page is replaced the same way;
 * only the page it was running gets an error entry (`worker-crashed`).
 *
 * The main thread imports none of the pipeline: it reads, writes and supervises.
 */
import { Worker } from 'node:worker_threads';
import type { InputItem, Page } from '../io/readers.js';
import type { ErrorEntry } from '../record.js';
import type { OptionsInput } from '../options.js';
import { describeProgress, documentRunning, PROGRESS_BYTES } from './progress.js';

export interface WorkerSetup {
  /** The run's options as its flags give them: each worker resolves them as it sets up (setup.ts). */
  options: OptionsInput;
  /** Records come back serialised for the output: indented (--pretty) or one line each. */
  pretty: boolean;
  /** The --explain trace comes back as stderr lines instead of inside the records. */
  explainToStderr: boolean;
}

export interface PoolOptions {
  /** Worker threads, at most. */
  jobs: number;
  /** Time budget per document in milliseconds; 0: none. */
  docTimeoutMs: number;
}

/** What a worker is started with. */
export interface WorkerData {
  setup: WorkerSetup;
  progress: SharedArrayBuffer;
}

/** A page sent to a worker. */
export interface Job {
  seq: number;
  page: Page;
}

export type WorkerReply =
  | { type: 'ready'; labels: string[] }
  | { type: 'setup-failed'; usage: boolean; message: string }
  | { type: 'done'; seq: number; records: string[]; explain: string[] }
  | { type: 'failed'; seq: number; code: string; message: string };

/** A page's result: its records serialised for the output, with their stderr trace, or an error entry's code and message. */
export type PageOutcome = { records: string[]; explain: string[] } | { code: string; message: string };

export type ParallelResult = { page: Page; records: string[]; explain: string[] } | { error: ErrorEntry };

/** The workers could not set up; `usage` when the options, the cleaners or --site are at fault (exit 2). */
export class SetupError extends Error {
  constructor(
    message: string,
    readonly usage: boolean,
  ) {
    super(message);
  }
}

const WORKER_URL = new URL('./worker.js', import.meta.url);
/** Pages in flight per worker: enough to keep each busy, few enough to bound memory. */
const WINDOW_PER_WORKER = 8;

interface PendingJob extends Job {
  resolve: (outcome: PageOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  progress: SharedArrayBuffer;
  /** Pages sent to this worker and not answered yet; the head is running. */
  queue: PendingJob[];
  ready: boolean;
  /** The rule and hook names its progress ids stand for. */
  labels: readonly string[];
  clock: NodeJS.Timeout | null;
  /** Replaced, terminated by the pool: its events no longer count. */
  retired: boolean;
  /** What it threw outside a page, if it did. */
  thrown: string | null;
  started: { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void };
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  /** Set once workers cannot be started at all: every later page fails the run. */
  private broken: Error | null = null;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly options: PoolOptions,
  ) {}

  /** Pages in flight at most. */
  get window(): number {
    return this.options.jobs * WINDOW_PER_WORKER;
  }

  /** Starts the first worker and waits until it has set up: a bad option, cleaner or --site fails here (SetupError). */
  async start(): Promise<void> {
    await this.spawn().started.promise;
  }

  extract(page: Page): Promise<PageOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => this.assign({ seq: this.seq++, page, resolve, reject }));
  }

  /** Ends every worker; pages still in flight are abandoned. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      slot.retired = true;
      this.stopClock(slot);
      for (const job of slot.queue.splice(0)) job.reject(new Error('abandoned: the run stopped'));
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** To the least busy worker; a new one while every worker has work and the pool is not full. */
  private assign(job: PendingJob): void {
    let slot = this.slots.reduce<Slot | null>((best, s) => (!best || s.queue.length < best.queue.length ? s : best), null);
    if ((!slot || slot.queue.length > 0) && this.slots.length < this.options.jobs) slot = this.spawn();
    slot!.queue.push(job);
    slot!.worker.postMessage({ seq: job.seq, page: job.page } satisfies Job);
    if (slot!.queue.length === 1 && slot!.ready) this.startClock(slot!);
  }

  private spawn(): Slot {
    const progress = new SharedArrayBuffer(PROGRESS_BYTES);
    // A hook's console.log must not end up among the records: a worker's stdout goes to stderr.
    const worker = new Worker(WORKER_URL, { workerData: { setup: this.setup, progress } satisfies WorkerData, stdout: true });
    worker.stdout.pipe(process.stderr, { end: false });
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    promise.catch(() => undefined);
    const slot: Slot = { worker, progress, queue: [], ready: false, labels: [], clock: null, retired: false, thrown: null, started: { promise, resolve, reject } };
    worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
    worker.on('error', (error: Error) => (slot.thrown = error?.message ?? String(error)));
    worker.on('exit', (code) => this.onExit(slot, code));
    this.slots.push(slot);
    return slot;
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if (slot.retired) return;
    if (reply.type === 'ready') {
      slot.ready = true;
      slot.labels = reply.labels;
      slot.started.resolve();
      if (slot.queue.length > 0) this.startClock(slot);
      return;
    }
    if (reply.type === 'setup-failed') {
      slot.started.reject(new SetupError(reply.message, reply.usage));
      return;
    }
    const job = slot.queue.shift();
    this.stopClock(slot);
    if (!job || job.seq !== reply.seq) {
      this.breakDown(new Error(`a worker answered page ${reply.seq} while page ${job?.seq} was due`));
      return;
    }
    job.resolve(reply.type === 'done' ? { records: reply.records, explain: reply.explain } : { code: reply.code, message: reply.message });
    if (slot.queue.length > 0) this.startClock(slot);
  }

  private onExit(slot: Slot, code: number): void {
    if (slot.retired) return;
    if (!slot.ready) {
      // It never loaded the cleaners: no worker will, and the run cannot go on.
      const error = new SetupError(slot.thrown ?? `a worker thread exited (code ${code}) while loading the cleaners`, false);
      slot.started.reject(error);
      this.breakDown(error);
      return;
    }
    // Between two pages (a hook's timer that throws later), no page is to blame: all go to a new worker.
    const running = documentRunning(slot.progress);
    const why = slot.thrown ?? `exit code ${code}`;
    this.retire(slot, running ? { code: 'worker-crashed', message: `the worker thread extracting this document ended (${why}); a new one took over` } : null);
  }

  /** Workers cannot be trusted to go on: every page in flight, and every later one, fails the run with `error`. */
  private breakDown(error: Error): void {
    this.broken ??= error;
    for (const slot of this.slots.splice(0)) {
      slot.retired = true;
      this.stopClock(slot);
      void slot.worker.terminate();
      for (const job of slot.queue.splice(0)) job.reject(error);
    }
  }

  /** The page the worker was running gets `outcome` (null: none was running); the pages queued behind it go to other workers. */
  private retire(slot: Slot, outcome: PageOutcome | null): void {
    slot.retired = true;
    this.stopClock(slot);
    this.slots.splice(this.slots.indexOf(slot), 1);
    void slot.worker.terminate();
    const queued = slot.queue.splice(0);
    if (outcome) queued.shift()?.resolve(outcome);
    for (const job of queued) this.assign(job);
  }

  private startClock(slot: Slot): void {
    const budget = this.options.docTimeoutMs;
    if (budget <= 0) return;
    this.stopClock(slot);
    slot.clock = setTimeout(() => {
      const where = describeProgress(slot.progress, slot.labels);
      const message = `no result within the time budget of ${budget / 1000} s (--doc-timeout)${where ? `; stopped ${where}` : ''}`;
      this.retire(slot, { code: 'timeout', message });
    }, budget);
  }

  private stopClock(slot: Slot): void {
    if (slot.clock) clearTimeout(slot.clock);
    slot.clock = null;
  }
}

/**
 * Reads the inputs' items and extracts their pages on the pool, yielding results in input order as
 * soon as each is at the head; at most `pool.window` pages are in flight. Stops with the signal's
 * reason (an AbortError) as soon as it is aborted, whatever it waits for.
 */
export async function* extractInWorkers(items: AsyncIterable<InputItem>, pool: WorkerPool, signal?: AbortSignal): AsyncGenerator<ParallelResult> {
  const queue: Promise<ParallelResult>[] = [];
  const source = items[Symbol.asyncIterator]();
  const read = (): Promise<IteratorResult<InputItem>> => {
    const next = source.next();
    next.catch(() => undefined); // an abandoned read may fail later, after the run stopped
    return next;
  };
  let next = read();
  for (;;) {
    signal?.throwIfAborted();
    // A finished result goes out as soon as it is at the head of the queue, even while the input
    // is still waiting for more bytes: that is what keeps `extract` streaming.
    if (queue.length >= pool.window || (queue.length > 0 && (await abortable(settlesFirst(queue[0]!, next), signal)))) {
      yield await abortable(queue.shift()!, signal);
      continue;
    }
    const item = await abortable(next, signal);
    if (item.done) break;
    next = read();
    const value = item.value;
    let result: Promise<ParallelResult>;
    if ('error' in value) result = Promise.resolve(value);
    else {
      const { page } = value;
      result = pool.extract(page).then((outcome) => (('records' in outcome) ? { page, ...outcome } : { error: errorEntry(page, outcome) }));
    }
    result.catch(() => undefined); // a rejection is rethrown when its turn comes, in order
    queue.push(result);
  }
  while (queue.length > 0) yield await abortable(queue.shift()!, signal);
}

export function errorEntry(page: Page, outcome: { code: string; message: string }): ErrorEntry {
  return { file: page.input.file, doc: page.input.doc, line: page.input.line, code: outcome.code, message: outcome.message };
}

/** True when `head` settles before `next` does (both may already be settled: head wins). */
async function settlesFirst(head: Promise<unknown>, next: Promise<unknown>): Promise<boolean> {
  const headFirst = Symbol('head');
  const won = await Promise.race([head.then(() => headFirst, () => headFirst), next.then(() => null, () => null)]);
  return won === headFirst;
}

/** The promise, or the signal's reason as soon as it is aborted. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
