/**
 * The CLI's extraction runs on worker threads (at --jobs 1 too): a document that must be stopped — a
 * regex backtracking forever, a hook in an endless loop — can only be stopped by ending the thread it
 * runs on. (With the built-in cleaners only, the main thread extracts too: a run's first pages at --jobs
 * 1, where starting a worker would cost more than they do, and documents all along beside jobs − 1
 * workers at --jobs 2 and more: inProcess.ts.) Documents are read in order on the main thread, extracted
 * by a supervised pool of workers, and come back in input order; a window of documents in flight,
 * bounded in bytes, keeps memory flat.
 *
 * Batches: documents go to a worker in batches — a JSONL line (or a JSON array's element) as the bytes
 * read, undecoded, all the batch's lines in one buffer handed over without a copy; a whole text or HTML
 * file as the page the main thread read — and come back in batches, each document's records as the JSON
 * text the output wants. One message each way per batch: a message per page, and the records as
 * objects, cost more than many pages' extraction (each wakes the other thread, which on a busy machine
 * takes the core). A batch goes when it holds BATCH_BYTES, when the window is full, or when reading has
 * to wait for input while a worker has nothing to do (so output keeps streaming).
 *
 * Supervision: a worker extracts its documents one at a time, in the order sent, and writes the number
 * of the one it is running into memory it shares with the main thread (progress.ts). A clock on the main
 * thread reads it a few times per budget: a document seen running for the whole time budget has its
 * worker terminated; it gets a `timeout` error entry (naming the stage and rule it was in), and the
 * documents sent to that worker and not answered yet — those of its batch it had done included — go
 * to a new worker. A worker that exits or throws outside a document is replaced the same way; only
 * the document it was running gets an error entry (`worker-crashed`).
 *
 * The pool imports none of the pipeline: the main thread reads, writes and supervises.
 */
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { FieldOptions } from '../io/fields.js';
import type { Page, RawLine, ReadItem } from '../io/readers.js';
import type { OptionsInput } from '../options.js';
import type { ErrorEntry, InputRef, Warning } from '../record.js';
import { describeProgress, documentRunning, PROGRESS_BYTES } from './progress.js';

export interface WorkerSetup {
  /** The run's options as its flags give them: each worker resolves them as it sets up (setup.ts). */
  options: OptionsInput;
  /** The JSONL field names a worker reads a line's page with. */
  fields: FieldOptions;
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

/** A document sent to a worker: a page the main thread read, or a line whose bytes are [from, to) of its batch's buffer. */
export type Job = { seq: number; page: Page } | { seq: number; input: InputRef; from: number; to: number };

/** A batch of documents; the bytes of its lines, in one buffer. */
export interface Batch {
  jobs: Job[];
  bytes: ArrayBuffer | null;
}

/** A document's records serialised for the output and their stderr trace, with its page's input and warnings. */
interface Extracted {
  input: InputRef;
  warnings: Warning[];
  records: string[];
  explain: string[];
}

/** A document's result: its records, or an error entry's code and message. */
export type PageOutcome = Extracted | { code: string; message: string };

export type WorkerReply =
  | { type: 'ready'; labels: string[] }
  | { type: 'setup-failed'; usage: boolean; message: string }
  | { type: 'done'; results: (PageOutcome & { seq: number })[] };

/** A document's result, in input order: its records with its page's input and warnings, or its error entry. */
export type ParallelResult =
  { page: Pick<Page, 'input' | 'warnings'>; records: string[]; explain: string[] } | { error: ErrorEntry };

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
/**
 * worker_threads, loaded when the first worker starts (required: a module that starts a worker synchronously
 * cannot await an import); a run extracted on the main thread alone starts without it.
 */
let workerThreads: typeof import('node:worker_threads') | null = null;
/**
 * V8 flags set (for the whole process: V8 has no other kind) before the first worker starts. Without
 * TurboFan's inlining, a worker warms up for less: the pipeline is many mid-sized functions over objects
 * of many shapes, and an inlined callee that meets a new shape deoptimises its caller, which is then
 * compiled again, for every worker on its own. The optimising compiler took a third of the CLI's CPU on
 * 20 MB; turned off, a run took 12% less CPU at --jobs 1 and 15% less at --jobs 2 on 20 MB, 2% and 9%
 * less on 50 MB (README, Performance). Not set before: Node's own modules loaded after a change of flags
 * are compiled without their code cache, which would cost a small run's start-up 12%.
 */
const WORKER_V8_FLAGS = '--no-turbo-inlining';

function loadWorkerThreads(): typeof import('node:worker_threads') {
  const load = createRequire(import.meta.url);
  (load('node:v8') as typeof import('node:v8')).setFlagsFromString(WORKER_V8_FLAGS);
  return load('node:worker_threads') as typeof import('node:worker_threads');
}
/** A batch holds documents of this many bytes (or one larger document): dozens of news pages. */
export const BATCH_BYTES = 256 * 1024;
/**
 * Bytes of documents in flight per worker: a batch running, one waiting, and the results held until
 * the document before them is done. An HTML page of some MB is alone in flight.
 */
const WINDOW_BYTES_PER_WORKER = 3 * BATCH_BYTES;
/**
 * A worker's V8 young generation, in MB (V8's own choice is larger). Measured on a JSONL stream at --jobs 2
 * (scripts/bench-memory.mjs, 50 MB): peak RSS 322 MB with V8's size, 285 MB with 16, 255 MB with 8 at
 * the same MB/s; --jobs 1 on 10 MB of pages: 4.51 s against 4.42 s with V8's size (2% more).
 */
const WORKER_YOUNG_GENERATION_MB = 8;
/** How many times per time budget the clock looks at the running documents (the budget is kept to within this fraction). */
const CLOCK_TICKS_PER_BUDGET = 10;
/** The clock ticks at most this often, and at least this often (ms). */
const CLOCK_MIN_MS = 10;
const CLOCK_MAX_MS = 250;
/**
 * Workers in a row that ended with no document to blame and none answered: past this many, something
 * ends every worker before it extracts anything (a cleaner module, a hook's timer), and the run stops
 * rather than start workers for ever.
 */
const MAX_FRUITLESS_WORKERS = 3;

/** What extracts a run's documents: the worker pool, or the main thread first (inProcess.ts). */
export interface Extractor {
  /** Sets up the run's options and cleaners: a bad option, cleaner or --site fails here (SetupError). */
  start(): Promise<void>;
  /** A document to extract; its outcome once extracted. */
  extract(document: { page: Page } | { line: RawLine }): Promise<PageOutcome>;
  /** Sends the documents given so far on their way. */
  flush(): void;
  /** Whether documents given now would be extracted at once (then a batch not yet full is worth sending). */
  readonly idle: boolean;
  /** Bytes of documents in flight, at most. */
  readonly windowBytes: number;
  /** Ends the run's extraction; documents still in flight are abandoned. */
  close(): Promise<void>;
}

/** The window of documents in flight for `jobs` workers, in bytes. */
export const windowBytesFor = (jobs: number): number => jobs * WINDOW_BYTES_PER_WORKER;

/** The outcome of a document stopped at the time budget; `where`: what it was doing (progress.ts). */
export function timeoutOutcome(budgetMs: number, where: string | null): PageOutcome {
  return {
    code: 'timeout',
    message: `no result within the time budget of ${budgetMs / 1000} s (--doc-timeout)${where ? `; stopped ${where}` : ''}`,
  };
}

/** A document given to the pool, until its result comes back. */
interface PendingJob {
  seq: number;
  document: { page: Page } | { line: RawLine };
  bytes: number;
  resolve: (outcome: PageOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  progress: SharedArrayBuffer;
  /** Documents sent to this worker and not answered yet, in the order sent (= the order it runs them). */
  sent: PendingJob[];
  ready: boolean;
  /** The rule and hook names its progress ids stand for. */
  labels: readonly string[];
  /** The document the clock last saw running, and since when (ms). */
  running: { seq: number; since: number } | null;
  /** Replaced, terminated by the pool: its events no longer count. */
  retired: boolean;
  /** What it threw outside a page, if it did. */
  thrown: string | null;
  /** It answered a batch. */
  answered: boolean;
  started: { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void };
}

export class WorkerPool implements Extractor {
  private readonly slots: Slot[] = [];
  private seq = 0;
  /** Documents given and not sent yet: the next batch. */
  private batch: PendingJob[] = [];
  private batchBytes = 0;
  private clock: NodeJS.Timeout | null = null;
  /** Set once workers cannot be started at all: every later page fails the run. */
  private broken: Error | null = null;
  /** Workers in a row that ended before answering, with no document to blame (see MAX_FRUITLESS_WORKERS). */
  private fruitlessWorkers = 0;
  /** Worker threads, at most: the run's jobs, or one fewer while the main thread extracts beside them (inProcess.ts). */
  private maxWorkers: number;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly options: PoolOptions,
  ) {
    this.maxWorkers = options.jobs;
  }

  get windowBytes(): number {
    return windowBytesFor(this.options.jobs);
  }

  /** Whether some worker has no document to run. */
  get idle(): boolean {
    return this.slots.length < this.maxWorkers || this.slots.some((s) => s.sent.length === 0);
  }

  /** Bytes of documents sent to the least busy worker and not answered yet; 0 while the pool may start another. */
  get backlogBytes(): number {
    if (this.slots.length < this.maxWorkers) return 0;
    return Math.min(...this.slots.map((slot) => slot.sent.reduce((bytes, job) => bytes + job.bytes, 0)));
  }

  /** Lets the pool start up to `workers` workers (the main thread stopped extracting: inProcess.ts). */
  allowWorkers(workers: number): void {
    this.maxWorkers = Math.max(this.maxWorkers, workers);
  }

  /** Starts the first worker and waits until it has set up: a bad option, cleaner or --site fails here (SetupError). */
  async start(): Promise<void> {
    await this.spawn().started.promise;
  }

  /** A document to extract: it goes with the next batch (see flush). */
  extract(document: { page: Page } | { line: RawLine }): Promise<PageOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    const bytes = 'line' in document ? document.line.bytes.length : document.page.text.length;
    return new Promise((resolve, reject) => {
      this.batch.push({ seq: this.seq++, document, bytes, resolve, reject });
      this.batchBytes += bytes;
      if (this.batchBytes >= BATCH_BYTES) this.flush();
    });
  }

  /** Sends the documents given so far, as one batch. */
  flush(): void {
    const jobs = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    if (jobs.length > 0) this.send(jobs);
  }

  /** Ends every worker; pages still in flight are abandoned. */
  async close(): Promise<void> {
    this.stopClock();
    const abandoned = new Error('abandoned: the run stopped');
    for (const job of this.batch.splice(0)) job.reject(abandoned);
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      slot.retired = true;
      for (const job of slot.sent.splice(0)) job.reject(abandoned);
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** To the least busy worker; a new one while every worker has work and the pool is not full. */
  private send(jobs: PendingJob[]): void {
    let slot = this.slots.reduce<Slot | null>(
      (best, s) => (!best || s.sent.length < best.sent.length ? s : best),
      null,
    );
    if ((!slot || slot.sent.length > 0) && this.slots.length < this.maxWorkers) slot = this.spawn();
    slot!.sent.push(...jobs);
    const lines = jobs.flatMap((job) => ('line' in job.document ? [job.document.line.bytes] : []));
    // The lines' bytes in one buffer, handed over to the worker (a view of a reader's chunk would send the whole chunk).
    const bytes = lines.length > 0 ? new Uint8Array(lines.reduce((n, l) => n + l.length, 0)) : null;
    let at = 0;
    const batch: Batch = {
      bytes: bytes?.buffer ?? null,
      jobs: jobs.map(({ seq, document }): Job => {
        if ('page' in document) return { seq, page: document.page };
        bytes!.set(document.line.bytes, at);
        at += document.line.bytes.length;
        return { seq, input: document.line.input, from: at - document.line.bytes.length, to: at };
      }),
    };
    slot!.worker.postMessage(batch, bytes ? [bytes.buffer] : []);
    this.startClock();
  }

  private spawn(): Slot {
    const progress = new SharedArrayBuffer(PROGRESS_BYTES);
    workerThreads ??= loadWorkerThreads();
    const worker = new workerThreads.Worker(WORKER_URL, {
      workerData: { setup: this.setup, progress } satisfies WorkerData,
      stdout: true,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    // A hook's console.log must not end up among the records: a worker's stdout goes to stderr.
    worker.stdout.pipe(process.stderr, { end: false });
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    promise.catch(() => undefined);
    const slot: Slot = {
      worker,
      progress,
      sent: [],
      ready: false,
      labels: [],
      running: null,
      retired: false,
      thrown: null,
      answered: false,
      started: { promise, resolve, reject },
    };
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
      return;
    }
    if (reply.type === 'setup-failed') {
      slot.started.reject(new SetupError(reply.message, reply.usage));
      return;
    }
    slot.answered = true;
    for (const { seq, ...outcome } of reply.results) {
      const job = slot.sent.shift();
      if (!job || job.seq !== seq) {
        this.breakDown(new Error(`a worker answered page ${seq} while page ${job?.seq} was due`));
        return;
      }
      job.resolve(outcome);
    }
    if (slot.sent.length === 0) slot.running = null;
  }

  private onExit(slot: Slot, code: number): void {
    if (slot.retired) return;
    if (!slot.ready) {
      // It never loaded the cleaners: no worker will, and the run cannot go on.
      const error = new SetupError(
        slot.thrown ?? `a worker thread exited (code ${code}) while loading the cleaners`,
        false,
      );
      slot.started.reject(error);
      this.breakDown(error);
      return;
    }
    // Between two pages (a hook's timer that throws later), no page is to blame: all go to a new worker.
    const why = slot.thrown ?? `exit code ${code}`;
    const running = documentRunning(slot.progress);
    this.fruitlessWorkers = running === null && !slot.answered ? this.fruitlessWorkers + 1 : 0;
    if (this.fruitlessWorkers >= MAX_FRUITLESS_WORKERS) {
      this.breakDown(
        new Error(
          `${MAX_FRUITLESS_WORKERS} worker threads in a row ended before extracting any document (the last: ${why}); a cleaner module or hook ends them`,
        ),
      );
      return;
    }
    this.retire(slot, running, {
      code: 'worker-crashed',
      message: `the worker thread extracting this document ended (${why}); a new one took over`,
    });
  }

  /** Workers cannot be trusted to go on: every page in flight, and every later one, fails the run with `error`. */
  private breakDown(error: Error): void {
    this.broken ??= error;
    this.stopClock();
    for (const job of this.batch.splice(0)) job.reject(error);
    for (const slot of this.slots.splice(0)) {
      slot.retired = true;
      void slot.worker.terminate();
      for (const job of slot.sent.splice(0)) job.reject(error);
    }
  }

  /**
   * Ends a worker: the document `blamed` (when it was the worker's) gets `outcome`; the others sent to
   * it and not answered go to other workers, as one batch.
   */
  private retire(slot: Slot, blamed: number | null, outcome: PageOutcome): void {
    slot.retired = true;
    this.slots.splice(this.slots.indexOf(slot), 1);
    void slot.worker.terminate();
    const unanswered = slot.sent.splice(0);
    const culprit = unanswered.find((job) => job.seq === blamed);
    culprit?.resolve(outcome);
    const others = unanswered.filter((job) => job !== culprit);
    if (others.length > 0) this.send(others);
  }

  /** The clock runs while documents are in flight and there is a budget; it keeps no process alive. */
  private startClock(): void {
    const budget = this.options.docTimeoutMs;
    if (budget <= 0 || this.clock) return;
    const every = Math.min(CLOCK_MAX_MS, Math.max(CLOCK_MIN_MS, budget / CLOCK_TICKS_PER_BUDGET));
    this.clock = setInterval(() => this.tick(budget), every);
    this.clock.unref();
  }

  private stopClock(): void {
    if (this.clock) clearInterval(this.clock);
    this.clock = null;
  }

  /** Looks at the document each worker is running: one seen running for the whole budget is stopped. */
  private tick(budget: number): void {
    const now = performance.now();
    for (const slot of [...this.slots]) {
      const seq = slot.ready && slot.sent.length > 0 ? documentRunning(slot.progress) : null;
      if (seq === null) slot.running = null;
      else if (slot.running?.seq !== seq) slot.running = { seq, since: now };
      else if (now - slot.running.since >= budget) {
        this.retire(slot, seq, timeoutOutcome(budget, describeProgress(slot.progress, slot.labels)));
      }
    }
    if (this.slots.every((s) => s.sent.length === 0)) this.stopClock();
  }
}

/**
 * Reads the inputs' items and extracts their documents, yielding results in input order as soon as
 * each is at the head; at most `pool.windowBytes` of documents are in flight. Stops with the
 * signal's reason (an AbortError) as soon as it is aborted, whatever it waits for.
 */
export async function* extractInOrder(
  items: AsyncIterable<ReadItem>,
  pool: Extractor,
  signal?: AbortSignal,
): AsyncGenerator<ParallelResult> {
  const queue: { result: Promise<ParallelResult>; bytes: number; settled: boolean }[] = [];
  let inFlight = 0;
  const source = items[Symbol.asyncIterator]();
  const read = (): Promise<IteratorResult<ReadItem>> => {
    const next = source.next();
    next.catch(() => undefined); // an abandoned read may fail later, after the run stopped
    return next;
  };
  const head = async (): Promise<ParallelResult> => {
    pool.flush();
    const { result, bytes } = queue.shift()!;
    inFlight -= bytes;
    return abortable(result, signal);
  };
  let next = read();
  for (;;) {
    signal?.throwIfAborted();
    // A finished result goes out as soon as it is at the head of the queue.
    if (queue.length > 0 && (queue[0]!.settled || inFlight >= pool.windowBytes)) {
      yield await head();
      continue;
    }
    // Reading has to wait for input: the documents read so far go to an idle worker, and a result that
    // comes before the input goes out at once (that is what keeps `extract` streaming).
    if (!(await atHand(next))) {
      if (pool.idle) pool.flush();
      if (queue.length > 0 && (await abortable(settlesFirst(queue[0]!.result, next), signal))) {
        yield await head();
        continue;
      }
    }
    const item = await abortable(next, signal);
    if (item.done) break;
    next = read();
    const value = item.value;
    let result: Promise<ParallelResult>;
    let bytes = 0;
    if ('error' in value) result = Promise.resolve(value);
    else {
      const document = 'line' in value ? { line: value.line } : { page: value.page };
      const input = 'line' in value ? value.line.input : value.page.input;
      bytes = 'line' in value ? value.line.bytes.length : value.page.text.length;
      result = pool.extract(document).then((outcome) =>
        'code' in outcome
          ? { error: errorEntry(input, outcome) }
          : {
              page: { input: outcome.input, warnings: outcome.warnings },
              records: outcome.records,
              explain: outcome.explain,
            },
      );
    }
    const entry = { result, bytes, settled: false };
    result.then(
      () => (entry.settled = true),
      () => (entry.settled = true), // a rejection is rethrown when its turn comes, in order
    );
    queue.push(entry);
    inFlight += bytes;
  }
  while (queue.length > 0) yield await head();
}

function errorEntry(input: InputRef, outcome: { code: string; message: string }): ErrorEntry {
  return { file: input.file, doc: input.doc, line: input.line, code: outcome.code, message: outcome.message };
}

/** Whether a read is done before the event loop turns (its data was already there). */
function atHand(read: Promise<unknown>): Promise<boolean> {
  return Promise.race([
    read.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => setImmediate(() => resolve(false))),
  ]);
}

/** True when `head` settles before `next` does (both may already be settled: head wins). */
async function settlesFirst(head: Promise<unknown>, next: Promise<unknown>): Promise<boolean> {
  const headFirst = Symbol('head');
  const won = await Promise.race([
    head.then(
      () => headFirst,
      () => headFirst,
    ),
    next.then(
      () => null,
      () => null,
    ),
  ]);
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
