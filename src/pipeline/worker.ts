/**
 * A worker thread of the CLI's pipeline. It loads the run's cleaners itself (user cleaners come from
 * their paths: hooks are functions and cannot be sent; a code cleaner is imported here, once per
 * thread), says it is ready, then extracts the pages it is given, one at a time, in the order given,
 * and answers each with its records serialised as the output wants them, or with an error entry's
 * code and message. Any exception inside a page is that page's (`internal`); while a page runs, its
 * stage and rule are recorded where the main thread can read them if the time budget runs out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CleanerLoadError, loadUserCleaners } from '../cleaners/load.js';
import { CleanerRegistry, UnknownCleanerError } from '../cleaners/registry.js';
import { loadHtmlFrontEnd } from '../document/htmlFrontEnd.js';
import type { Page } from '../io/readers.js';
import { serializeRecord } from '../io/writers.js';
import type { ArticleRecord } from '../record.js';
import { DocumentError, extractPage, type ExtractOptions } from './extract.js';
import type { Job, WorkerData, WorkerReply, WorkerSetup } from './parallel.js';
import { leaveDocument, progressLabels, recordProgressIn } from './progress.js';

const port = parentPort!;
const { progress } = workerData as WorkerData;
// A worker started early (see startWorkerEarly) loaded its modules before the run's setup was known.
const setup = (workerData as WorkerData).setup ?? (await new Promise<WorkerSetup>((resolve) => port.once('message', (message: { setup: WorkerSetup }) => resolve(message.setup))));
recordProgressIn(progress);

const options = await setUp();
if (options) {
  port.postMessage({ type: 'ready', labels: [...progressLabels()] } satisfies WorkerReply);
  // In order, one after the other: the first HTML page waits for the HTML front end to load.
  let previous = Promise.resolve();
  port.on('message', ({ seq, page }: Job) => {
    previous = previous.then(async () => {
      if (page.format === 'html') await loadHtmlFrontEnd();
      port.postMessage(extract(seq, page, options));
    });
  });
} else {
  // Nothing more to do: the thread ends once the failure is sent.
  port.close();
}

/** The run's cleaners; a bad cleaner or --site is reported (a usage error) instead. */
async function setUp(): Promise<ExtractOptions | null> {
  try {
    const registry = new CleanerRegistry(await loadUserCleaners(setup.cleanerPaths, setup.cleanersDir, { allowCode: setup.allowCode }));
    if (setup.options.site) registry.byName(setup.options.site);
    return { ...setup.options, registry };
  } catch (error) {
    const usage = error instanceof CleanerLoadError || error instanceof UnknownCleanerError;
    port.postMessage({ type: 'setup-failed', usage, message: (error as Error)?.message ?? String(error) } satisfies WorkerReply);
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
