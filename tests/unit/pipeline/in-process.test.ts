/**
 * The main thread's share of a run (src/pipeline/inProcess.ts): at --jobs 1 its first documents, at
 * --jobs 2 documents all along beside one worker, each outcome that of its own document whoever extracted
 * it. It keeps the time budget: a document of the pipeline's own that runs past it is stopped by `vm`'s
 * watchdog, gets a `timeout` outcome naming what it was doing, and every later document goes to a worker,
 * which starts clean. The pipeline here is a stand-in whose record is the page's text and whose extraction
 * of the page "hang" never ends (no input makes the real one hang: its rules are checked linear); the
 * worker is the built one (npm test builds first), so a document's records tell who extracted it.
 */
import { describe, expect, it } from 'vitest';
// The built modules: the pool's workers are dist/pipeline/worker.js, and the stand-in records its
// progress where the built extractor reads it.
import { IN_PROCESS_MAX_BYTES, MainAndWorkers } from '../../../dist/pipeline/inProcess.js';
import { enterDocument, enterRule, enterStage, leaveDocument, progressId } from '../../../dist/pipeline/progress.js';
import type { DocumentInput, DocumentRunner } from '../../../dist/pipeline/documentRunner.js';
import type { PageOutcome, WorkerSetup } from '../../../dist/pipeline/parallel.js';
import { fieldOptions } from '../../../dist/io/fields.js';
import { DEFAULT_READ_OPTIONS, type Page } from '../../../dist/io/readers.js';
import { SEED } from '../../helpers/fixtures.js';
import { readFileSync } from 'node:fs';

const SETUP: WorkerSetup = {
  options: {},
  fields: fieldOptions(DEFAULT_READ_OPTIONS),
  pretty: false,
  explainToStderr: false,
};
/**
 * The time budget of these runs: the page handed over after a stop runs on a cold worker (its first page
 * compiles the cleaners' screens and rules), which a 300 ms budget did not always leave room for on a busy
 * machine.
 */
const BUDGET_MS = 1000;

/** A stand-in pipeline: a page's record is its text, but "hang" runs for ever inside a rule. */
function standIn(): { runner: DocumentRunner; extracted: string[] } {
  const extracted: string[] = [];
  const runner = {
    pageOf: async (document: DocumentInput) => document,
    extract(seq: number, page: Page): PageOutcome {
      enterDocument(seq);
      enterStage('cleaners');
      enterRule(progressId('stand-in/endless'));
      while (page.text === 'hang');
      leaveDocument();
      extracted.push(page.text);
      return { input: page.input, warnings: [], records: [page.text], explain: [] };
    },
  };
  return { runner: runner as unknown as DocumentRunner, extracted };
}

/** The extractor at `jobs` jobs, on the pipeline `runner`, set up. */
async function startedOn(runner: DocumentRunner, jobs: number): Promise<MainAndWorkers> {
  const extractor = new MainAndWorkers(SETUP, { jobs, docTimeoutMs: BUDGET_MS }, async () => runner);
  await extractor.start();
  return extractor;
}

const page = (doc: number, text: string): { page: Page } => ({
  page: {
    text,
    format: 'text',
    input: { file: 'test.txt', doc, line: 1, id: null, url: null },
    warnings: [],
    meta: {},
  } as unknown as Page,
});

/** Pages of the seed's text (each its own doc number), past the bytes after which the pool starts and takes its first two batches. */
function seedPages(from: number, bytes: number): { page: Page }[] {
  const text = readFileSync(SEED, 'utf8');
  return Array.from({ length: Math.ceil(bytes / text.length) }, (_, i) => page(from + i, text));
}
const POOL_START_AND_TWO_BATCHES = 1024 * 1024;
const BATCH = 256 * 1024;

/** The doc numbers of the outcomes extracted by the stand-in on the main thread, and by the worker. */
function whoExtracted(outcomes: PageOutcome[], extracted: string[]): { main: number[]; worker: number[] } {
  const main: number[] = [];
  const worker: number[] = [];
  for (const outcome of outcomes) {
    if (!('records' in outcome)) continue;
    const mine = outcome.records.length === 1 && extracted.includes(outcome.records[0]!);
    (mine ? main : worker).push(outcome.input.doc);
  }
  return { main, worker };
}

describe('the main thread share of a run', () => {
  it('extracts its documents here, in order', async () => {
    const { runner, extracted } = standIn();
    const extractor = await startedOn(runner, 1);
    const outcomes = await Promise.all([extractor.extract(page(0, 'a')), extractor.extract(page(1, 'b'))]);
    expect(outcomes.map((o) => ('records' in o ? o.records : o.code))).toEqual([['a'], ['b']]);
    expect(extracted).toEqual(['a', 'b']);
    await extractor.close();
  });

  it('at --jobs 1, sends every document to the worker when the inputs are known to be larger than its share', async () => {
    const { runner, extracted } = standIn();
    const extractor = new MainAndWorkers(
      SETUP,
      { jobs: 1, docTimeoutMs: BUDGET_MS, inputBytes: IN_PROCESS_MAX_BYTES + 1 },
      async () => runner,
    );
    try {
      await extractor.start();
      const first = extractor.extract(page(0, readFileSync(SEED, 'utf8')));
      extractor.flush();
      const outcome = await first;
      // Extracted by the real pipeline on the worker: the stand-in here is not asked.
      expect(extracted).toEqual([]);
      expect('records' in outcome && outcome.records.length).toBeGreaterThan(0);
    } finally {
      await extractor.close();
    }
  });

  it('stops a document past the budget, naming the rule, and sends every later one to a worker', async () => {
    const { runner, extracted } = standIn();
    const extractor = await startedOn(runner, 1);
    try {
      const started = performance.now();
      const stopped = await extractor.extract(page(0, 'hang'));
      expect(performance.now() - started).toBeLessThan(30 * BUDGET_MS);
      expect(stopped).toEqual({
        code: 'timeout',
        message:
          'no result within the time budget of 1 s (--doc-timeout); stopped in the cleaners stage, rule stand-in/endless',
      });
      // The seed page, extracted by the real pipeline on a worker: the stand-in is not asked again.
      const handedOver = extractor.extract(page(1, readFileSync(SEED, 'utf8')));
      extractor.flush();
      const after = await handedOver;
      expect(extracted).toEqual([]);
      expect('records' in after && after.records.length).toBeGreaterThan(0);
    } finally {
      await extractor.close();
    }
  });

  it('at --jobs 2 extracts beside the worker: every outcome is its own document, in order', async () => {
    const extracted: string[] = [];
    const runner = {
      pageOf: async (document: DocumentInput) => document,
      extract(_seq: number, page: Page): PageOutcome {
        const record = `main ${page.input.doc}`;
        extracted.push(record);
        return { input: page.input, warnings: [], records: [record], explain: [] };
      },
    } as unknown as DocumentRunner;
    const extractor = await startedOn(runner, 2);
    try {
      const pages = seedPages(0, 2 * POOL_START_AND_TWO_BATCHES);
      const outcomes = pages.map((p) => extractor.extract(p));
      extractor.flush();
      const done = await Promise.all(outcomes);
      expect(done.map((o) => 'input' in o && o.input.doc)).toEqual(pages.map((p) => p.page.input.doc));
      const { main, worker } = whoExtracted(done, extracted);
      expect(main.length + worker.length).toBe(pages.length);
      // Both extracted, the main thread past the first megabyte too, one document after another in input order.
      const pastFirstMegabyte = Math.ceil(IN_PROCESS_MAX_BYTES / pages[0]!.page.text.length);
      expect(main.filter((doc) => doc > pastFirstMegabyte).length).toBeGreaterThan(0);
      expect(worker.length).toBeGreaterThan(0);
      expect(extracted).toEqual(main.map((doc) => `main ${doc}`));
    } finally {
      await extractor.close();
    }
  });

  it('at --jobs 2, a document stopped on the main thread hands it and every later one to the workers', async () => {
    const { runner, extracted } = standIn();
    const extractor = await startedOn(runner, 2);
    try {
      // The worker starts and gets its two batches; the main thread takes the page after them, "hang".
      const first = seedPages(0, POOL_START_AND_TWO_BATCHES);
      const outcomes = first.map((p) => extractor.extract(p));
      const hang = extractor.extract(page(first.length, 'hang'));
      extractor.flush();
      const stopped = await hang;
      expect(stopped).toMatchObject({ code: 'timeout' });
      const later = seedPages(first.length + 1, 2 * BATCH);
      outcomes.push(...later.map((p) => extractor.extract(p)));
      extractor.flush();
      const done = await Promise.all(outcomes);
      const { main, worker } = whoExtracted(done, extracted);
      expect(main.every((doc) => doc < first.length)).toBe(true);
      expect(worker).toEqual(expect.arrayContaining(later.map((p) => p.page.input.doc)));
      expect(done.map((o) => 'input' in o && o.input.doc)).toEqual([...first, ...later].map((p) => p.page.input.doc));
    } finally {
      await extractor.close();
    }
  });
});
