/**
 * A worker thread of the parallel pipeline: builds its own cleaner registry (user cleaners are loaded
 * from their paths: hooks are functions and cannot be sent), then extracts the pages it is given.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadUserCleaners } from '../cleaners/load.js';
import { CleanerRegistry } from '../cleaners/registry.js';
import type { Page } from '../io/readers.js';
import { DocumentError, extractPage } from './extract.js';
import type { WorkerSetup, WorkerReply } from './parallel.js';

const setup = workerData as WorkerSetup;
const registry = new CleanerRegistry(await loadUserCleaners(setup.cleanerPaths, setup.cleanersDir));
const options = { ...setup.options, registry };

parentPort!.on('message', ({ seq, page }: { seq: number; page: Page }) => {
  let reply: WorkerReply;
  try {
    reply = { seq, records: extractPage(page, options) };
  } catch (error) {
    reply = error instanceof DocumentError ? { seq, code: error.code, message: error.message } : { seq, crash: (error as Error).message ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
