/**
 * The main thread extracts documents too, beside the worker pool (parallel.ts). How much depends on --jobs:
 *
 * - At --jobs 1 it extracts a run's first documents, the rest go to the pool's worker. Starting a worker
 *   and loading the pipeline into it costs more than extracting a page or two (measured: `npm run bench`,
 *   start-up), and most runs of a shell script are one small page: those never start a worker. A run that
 *   goes on past IN_PROCESS_MAX_BYTES hands its later documents to the pool, started when the run passes
 *   half of that, so its worker is ready when the hand-over comes. A run whose inputs are known before
 *   reading to be larger than that (the files it was given) goes to the pool from its first document: the
 *   worker would warm up V8's compiler and the cleaners all over again after the main thread did, which
 *   cost such a run more CPU than the worker's start (README, Performance, round 10l).
 * - At --jobs N ≥ 2 it is one of the N extractors for the whole run, beside a pool of N − 1 workers
 *   (started, as above, when the run passes half of IN_PROCESS_MAX_BYTES): a run warms up N copies of the
 *   pipeline (V8's compiler, the cleaners), as many as it has cores, and N + 1 busy threads do not share N
 *   cores. The workers come first: documents go to them in batches while the least busy one has less than
 *   WORKER_BACKLOG_BYTES to do, and the main thread takes the next document only when every worker has
 *   that much (so none waits for it), one document per turn of the event loop, so that it keeps reading,
 *   writing, answering the workers and signals between two documents.
 *
 * Only the built-in cleaners run here. Their rules are checked to be linear (scripts/linearity.mjs); a
 * user's rule may backtrack for ever and a hook may loop, and the main thread must stay free to answer
 * a signal at once: a run with user cleaners (--cleaner, ARNEWS_CLEANERS) extracts on the pool alone (N
 * workers), where a hook's output also goes to stderr. The time budget still holds here, for a fault of
 * the pipeline's own: each document runs inside `vm`'s timeout, whose watchdog stops the JavaScript
 * running on this thread, a regex in the engine included. A document stopped so may have left the
 * pipeline's state half-updated (a lazily built table, a regex's lastIndex), so every later document goes
 * to the pool (then of N workers), whose workers start clean.
 */
import { createContext, Script } from 'node:vm';
import type { DocumentInput, DocumentRunner } from './documentRunner.js';
import {
  BATCH_BYTES,
  timeoutOutcome,
  windowBytesFor,
  WorkerPool,
  type Extractor,
  type PageOutcome,
  type PoolOptions,
  type WorkerSetup,
} from './parallel.js';
import { describeProgress, PROGRESS_BYTES, progressLabels, recordProgressIn } from './progress.js';

/** Bytes of documents extracted on the main thread at --jobs 1, at most: some 0.3 s of extraction, several worker start-ups. */
export const IN_PROCESS_MAX_BYTES = 1024 * 1024;
/** The pool starts when the documents given pass this many bytes. */
const POOL_START_BYTES = IN_PROCESS_MAX_BYTES / 2;
/**
 * At --jobs ≥ 2, the main thread takes a document only when the least busy worker has this many bytes of
 * documents to do: a batch running and one waiting, so that no worker runs dry while it extracts.
 */
const WORKER_BACKLOG_BYTES = 2 * BATCH_BYTES;
/** `vm`'s error when its timeout stopped the script. */
const VM_TIMEOUT = 'ERR_SCRIPT_EXECUTION_TIMEOUT';

/**
 * The main thread's share of the run: its first documents (--jobs 1), documents all along beside jobs − 1
 * workers (--jobs ≥ 2), or none (user cleaners, or once a document was stopped here).
 */
type Share = 'first' | 'beside' | 'none';

/** A document given to the main thread, until it is extracted here or sent to the pool. */
interface Waiting {
  document: DocumentInput;
  bytes: number;
  resolve: (outcome: PageOutcome | Promise<PageOutcome>) => void;
  reject: (error: Error) => void;
}

/** The pool's options, and what is known of the run's inputs before reading them. */
export interface RunOptions extends PoolOptions {
  /** Bytes of the run's inputs, when known before reading them (files named to it); 0 when not known. */
  inputBytes?: number;
}

/** What extracts a run of the CLI: the main thread (its share, above) and the worker pool. */
export class MainAndWorkers implements Extractor {
  private runner: DocumentRunner | null = null;
  private pool: WorkerPool | null = null;
  private share: Share = 'first';
  private bytesGiven = 0;
  /** The pool starts when the documents given pass this many bytes. */
  private poolStartBytes = POOL_START_BYTES;
  /** Documents given to the main thread and not yet extracted nor sent to the pool, in input order. */
  private waiting: Waiting[] = [];
  private waitingBytes = 0;
  /** The documents waiting were asked to go on their way (flush): they go to the pool even as a small batch. */
  private flushAsked = false;
  /** The next turn of the main thread's extraction, when one is due; `extracting` while one runs. */
  private turn: NodeJS.Immediate | null = null;
  private extracting = false;
  private closed = false;
  private seq = 0;
  private readonly progress = new SharedArrayBuffer(PROGRESS_BYTES);
  /** A script that calls the document's extraction: `vm` times what runs inside it. */
  private readonly call = new Script('run()');
  private readonly context = createContext({ run: (): PageOutcome | null => null });

  constructor(
    private readonly setup: WorkerSetup,
    private readonly options: RunOptions,
    /** Sets up the pipeline on this thread (loaded only when a document is extracted here). */
    private readonly createRunner: (setup: WorkerSetup) => Promise<DocumentRunner> = async (setup) =>
      (await import('./documentRunner.js')).DocumentRunner.create(setup),
  ) {}

  async start(): Promise<void> {
    const { cleanerDirectory } = await import('../options.js');
    const userCleaners = (this.setup.options.cleanerFiles?.length ?? 0) > 0 || cleanerDirectory() !== null;
    const large = (this.options.inputBytes ?? 0) > IN_PROCESS_MAX_BYTES;
    if (userCleaners || (large && this.options.jobs === 1)) {
      this.share = 'none';
      return this.workers.start();
    }
    this.share = this.options.jobs >= 2 ? 'beside' : 'first';
    if (large) this.poolStartBytes = 0;
    recordProgressIn(this.progress);
    this.runner = await this.createRunner(this.setup);
  }

  extract(document: DocumentInput): Promise<PageOutcome> {
    const bytes = 'line' in document ? document.line.bytes.length : document.page.text.length;
    const before = this.bytesGiven;
    this.bytesGiven += bytes;
    // Its first worker loads while the main thread extracts (a failure shows when documents go to it).
    if (this.share !== 'none' && before <= this.poolStartBytes && this.bytesGiven > this.poolStartBytes)
      this.workers.start().catch(() => undefined);
    if (this.share === 'none' || (this.share === 'first' && this.bytesGiven > IN_PROCESS_MAX_BYTES))
      return this.workers.extract(document);
    return new Promise((resolve, reject) => {
      this.waiting.push({ document, bytes, resolve, reject });
      this.waitingBytes += bytes;
      this.feedWorkers();
      this.scheduleTurn();
    });
  }

  flush(): void {
    if (this.waiting.length > 0) {
      this.flushAsked = true;
      this.feedWorkers();
      this.scheduleTurn();
    }
    this.pool?.flush();
  }

  get idle(): boolean {
    return this.pool?.idle ?? true;
  }

  get windowBytes(): number {
    return windowBytesFor(this.options.jobs);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.turn) clearImmediate(this.turn);
    const abandoned = new Error('abandoned: the run stopped');
    for (const waiting of this.takeWaiting(this.waiting.length)) waiting.reject(abandoned);
    await this.pool?.close();
  }

  /** The pool, made when first needed: of jobs − 1 workers while the main thread extracts beside them. */
  private get workers(): WorkerPool {
    return (this.pool ??= new WorkerPool(this.setup, {
      ...this.options,
      jobs: this.share === 'beside' ? this.options.jobs - 1 : this.options.jobs,
    }));
  }

  /** Whether the workers have enough to do that the main thread may take the next document. */
  private get workersBusy(): boolean {
    return this.share !== 'beside' || this.pool === null || this.pool.backlogBytes >= WORKER_BACKLOG_BYTES;
  }

  /** At --jobs ≥ 2: documents waiting go to the workers, in batches, while they have too little to do. */
  private feedWorkers(): void {
    if (this.share !== 'beside' || this.pool === null) return;
    while (
      this.waiting.length > 0 &&
      (this.waitingBytes >= BATCH_BYTES || this.flushAsked) &&
      this.pool.backlogBytes < WORKER_BACKLOG_BYTES
    ) {
      let batchBytes = 0;
      const batch = [];
      while (this.waiting.length > 0 && batchBytes < BATCH_BYTES) {
        batchBytes += this.waiting[0]!.bytes;
        batch.push(...this.takeWaiting(1));
      }
      for (const { document, resolve } of batch) resolve(this.pool.extract(document));
      this.pool.flush();
    }
  }

  /** The main thread extracts the next document waiting at its next turn, when it may. */
  private scheduleTurn(): void {
    if (this.turn || this.extracting || this.closed) return;
    this.turn = setImmediate(() => {
      this.turn = null;
      void this.takeTurn();
    });
  }

  /** One document, then the event loop goes round (reading, writing, workers' answers, signals) before the next. */
  private async takeTurn(): Promise<void> {
    this.feedWorkers();
    if (this.waiting.length === 0 || !this.workersBusy) return;
    const [next] = this.takeWaiting(1);
    this.extracting = true;
    try {
      next!.resolve(await this.extractHere(next!.document));
    } catch (error) {
      next!.reject(error as Error);
    } finally {
      this.extracting = false;
    }
    if (this.waiting.length > 0) this.scheduleTurn();
  }

  /** The first `count` documents waiting, no longer waiting. */
  private takeWaiting(count: number): Waiting[] {
    const taken = this.waiting.splice(0, count);
    for (const { bytes } of taken) this.waitingBytes -= bytes;
    if (this.waiting.length === 0) this.flushAsked = false;
    return taken;
  }

  private async extractHere(document: DocumentInput): Promise<PageOutcome> {
    const seq = this.seq++;
    const item = await this.runner!.pageOf(document);
    if (!('page' in item)) return item;
    // A document stopped while this one waited for the HTML front end: this one goes to the pool too.
    if (this.share === 'none') return this.workers.extract({ page: item.page });
    const budget = this.options.docTimeoutMs;
    if (budget <= 0) return this.runner!.extract(seq, item.page);
    this.context.run = () => this.runner!.extract(seq, item.page);
    try {
      // vm takes a whole number of milliseconds.
      return this.call.runInContext(this.context, { timeout: Math.ceil(budget) }) as PageOutcome;
    } catch (error) {
      if ((error as { code?: string })?.code !== VM_TIMEOUT) throw error;
      this.handOver();
      return timeoutOutcome(budget, describeProgress(this.progress, progressLabels()));
    } finally {
      this.context.run = () => null;
    }
  }

  /** A document was stopped here: every later one, those waiting included, goes to the pool, now of `jobs` workers. */
  private handOver(): void {
    this.share = 'none';
    this.pool?.allowWorkers(this.options.jobs);
    for (const { document, resolve } of this.takeWaiting(this.waiting.length)) resolve(this.workers.extract(document));
  }
}
