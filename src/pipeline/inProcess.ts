/**
 * A run's first pages are extracted on the main thread, the rest on the worker pool (parallel.ts).
 * Starting a worker and loading the pipeline into it costs more than extracting a page or two (measured:
 * `npm run bench`, start-up), and most runs of a shell script are one small page: those never start a
 * worker. A run that goes on past IN_PROCESS_MAX_BYTES hands its later documents to the pool, started
 * when the run passes half of that, so its workers are ready when the hand-over comes.
 *
 * Only the built-in cleaners run here. Their rules are checked to be linear (scripts/linearity.mjs); a
 * user's rule may backtrack for ever and a hook may loop, and the main thread must stay free to answer
 * a signal at once: a run with user cleaners (--cleaner, ARNEWS_CLEANERS) extracts on the pool alone,
 * where a hook's output also goes to stderr. The time budget still holds here, for a fault of the
 * pipeline's own: each document runs inside `vm`'s timeout, whose watchdog stops the JavaScript running
 * on this thread, a regex in the engine included. A document stopped so may have left the pipeline's
 * state half-updated (a lazily built table, a regex's lastIndex), so every later document goes to the
 * pool, whose workers start clean.
 */
import { createContext, Script } from 'node:vm';
import type { DocumentInput, DocumentRunner } from './documentRunner.js';
import {
  timeoutOutcome,
  windowBytesFor,
  WorkerPool,
  type Extractor,
  type PageOutcome,
  type PoolOptions,
  type WorkerSetup,
} from './parallel.js';
import { describeProgress, PROGRESS_BYTES, progressLabels, recordProgressIn } from './progress.js';

/** Bytes of documents extracted on the main thread, at most: some 0.3 s of extraction, several worker start-ups. */
export const IN_PROCESS_MAX_BYTES = 1024 * 1024;
/** The pool starts when the documents given pass this many bytes. */
const POOL_START_BYTES = IN_PROCESS_MAX_BYTES / 2;
/** `vm`'s error when its timeout stopped the script. */
const VM_TIMEOUT = 'ERR_SCRIPT_EXECUTION_TIMEOUT';

export class InProcessFirst implements Extractor {
  private runner: DocumentRunner | null = null;
  private pool: WorkerPool | null = null;
  /** Set when the run has user cleaners, or once a document was stopped here: every later document goes to the pool. */
  private handedOver = false;
  private bytesGiven = 0;
  private seq = 0;
  private readonly progress = new SharedArrayBuffer(PROGRESS_BYTES);
  /** A script that calls the document's extraction: `vm` times what runs inside it. */
  private readonly call = new Script('run()');
  private readonly context = createContext({ run: (): PageOutcome | null => null });

  constructor(
    private readonly setup: WorkerSetup,
    private readonly options: PoolOptions,
    /** Sets up the pipeline on this thread (loaded only when a document is extracted here). */
    private readonly createRunner: (setup: WorkerSetup) => Promise<DocumentRunner> = async (setup) =>
      (await import('./documentRunner.js')).DocumentRunner.create(setup),
  ) {}

  async start(): Promise<void> {
    const { cleanerDirectory } = await import('../options.js');
    if ((this.setup.options.cleanerFiles?.length ?? 0) > 0 || cleanerDirectory() !== null) {
      this.handedOver = true;
      return this.workers.start();
    }
    recordProgressIn(this.progress);
    this.runner = await this.createRunner(this.setup);
  }

  extract(document: DocumentInput): Promise<PageOutcome> {
    const before = this.bytesGiven;
    this.bytesGiven += 'line' in document ? document.line.bytes.length : document.page.text.length;
    // Its first worker loads while the main thread extracts the rest of its share (a failure shows at the hand-over).
    if (!this.handedOver && before <= POOL_START_BYTES && this.bytesGiven > POOL_START_BYTES)
      this.workers.start().catch(() => undefined);
    if (this.handedOver || this.bytesGiven > IN_PROCESS_MAX_BYTES) return this.workers.extract(document);
    return this.extractHere(document, this.seq++);
  }

  flush(): void {
    this.pool?.flush();
  }

  get idle(): boolean {
    return this.pool?.idle ?? true;
  }

  get windowBytes(): number {
    return windowBytesFor(this.options.jobs);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }

  /** The pool, made when first needed. */
  private get workers(): WorkerPool {
    return (this.pool ??= new WorkerPool(this.setup, this.options));
  }

  private async extractHere(document: DocumentInput, seq: number): Promise<PageOutcome> {
    const item = await this.runner!.pageOf(document);
    if (!('page' in item)) return item;
    // A document stopped while this one waited for the HTML front end: this one goes to the pool too.
    if (this.handedOver) return this.workers.extract({ page: item.page });
    const budget = this.options.docTimeoutMs;
    if (budget <= 0) return this.runner!.extract(seq, item.page);
    this.context.run = () => this.runner!.extract(seq, item.page);
    try {
      // vm takes a whole number of milliseconds.
      return this.call.runInContext(this.context, { timeout: Math.ceil(budget) }) as PageOutcome;
    } catch (error) {
      if ((error as { code?: string })?.code !== VM_TIMEOUT) throw error;
      this.handedOver = true;
      return timeoutOutcome(budget, describeProgress(this.progress, progressLabels()));
    } finally {
      this.context.run = () => null;
    }
  }
}
