/**
 * Parallel extraction on worker threads, for inputs with many pages. Pages are read in order on the
 * main thread, extracted by a pool of workers, and come back in input order; a bounded window of pages
 * in flight keeps memory flat however long the input is. Workers start with the second page, so a
 * single-page run pays nothing for them.
 */
import { Worker } from 'node:worker_threads';
import type { Page } from '../io/readers.js';
import type { ArticleRecord } from '../record.js';
import type { ExtractOptions } from './extract.js';

export interface WorkerSetup {
  options: Omit<ExtractOptions, 'registry'>;
  cleanerPaths: string[];
  cleanersDir: string | undefined;
}

export type WorkerReply = { seq: number; records: ArticleRecord[] } | { seq: number; code: string; message: string } | { seq: number; crash: string };

export type PageOutcome = { records: ArticleRecord[] } | { code: string; message: string };

const WORKER_URL = new URL('./worker.js', import.meta.url);
/** Pages in flight per worker: enough to keep each busy, few enough to bound memory. */
const WINDOW_PER_WORKER = 8;

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly busy = new Map<Worker, number>();
  private readonly waiting = new Map<number, { resolve: (o: PageOutcome) => void; reject: (e: Error) => void; worker: Worker }>();
  private seq = 0;

  constructor(
    private readonly size: number,
    private readonly setup: WorkerSetup,
  ) {}

  get window(): number {
    return this.size * WINDOW_PER_WORKER;
  }

  extract(page: Page): Promise<PageOutcome> {
    if (this.workers.length < this.size) this.spawn();
    const worker = this.workers.reduce((a, b) => (this.busy.get(a)! <= this.busy.get(b)! ? a : b));
    const seq = this.seq++;
    this.busy.set(worker, this.busy.get(worker)! + 1);
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject, worker });
      worker.postMessage({ seq, page });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL, { workerData: this.setup });
    this.busy.set(worker, 0);
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.waiting.get(reply.seq);
      if (!pending) return;
      this.waiting.delete(reply.seq);
      this.busy.set(worker, this.busy.get(worker)! - 1);
      if ('crash' in reply) pending.reject(new Error(reply.crash));
      else pending.resolve('records' in reply ? { records: reply.records } : { code: reply.code, message: reply.message });
    });
    worker.on('error', (error) => {
      for (const [seq, pending] of this.waiting) {
        if (pending.worker !== worker) continue;
        this.waiting.delete(seq);
        pending.reject(error);
      }
    });
    this.workers.push(worker);
  }
}
