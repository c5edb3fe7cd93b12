/**
 * The main thread's share of a run (src/pipeline/inProcess.ts) keeps the time budget: a document of the
 * pipeline's own that runs past it is stopped by `vm`'s watchdog, gets a `timeout` outcome naming what it
 * was doing, and every later document goes to a worker, which starts clean. The pipeline here is a
 * stand-in whose extraction of the page "hang" never ends (no input makes the real one hang: its rules
 * are checked linear); the worker is the built one (npm test builds first).
 */
import { describe, expect, it } from 'vitest';
// The built modules: the pool's workers are dist/pipeline/worker.js, and the stand-in records its
// progress where the built extractor reads it.
import { InProcessFirst } from '../../../dist/pipeline/inProcess.js';
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
const BUDGET_MS = 300;

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

const page = (doc: number, text: string): { page: Page } => ({
  page: {
    text,
    format: 'text',
    input: { file: 'test.txt', doc, line: 1, id: null, url: null },
    warnings: [],
    meta: {},
  } as unknown as Page,
});

describe('the main thread share of a run', () => {
  it('extracts its documents here, in order', async () => {
    const { runner, extracted } = standIn();
    const extractor = new InProcessFirst(SETUP, { jobs: 1, docTimeoutMs: BUDGET_MS }, async () => runner);
    await extractor.start();
    const outcomes = await Promise.all([extractor.extract(page(0, 'a')), extractor.extract(page(1, 'b'))]);
    expect(outcomes.map((o) => ('records' in o ? o.records : o.code))).toEqual([['a'], ['b']]);
    expect(extracted).toEqual(['a', 'b']);
    await extractor.close();
  });

  it('stops a document past the budget, naming the rule, and sends every later one to a worker', async () => {
    const { runner, extracted } = standIn();
    const extractor = new InProcessFirst(SETUP, { jobs: 1, docTimeoutMs: BUDGET_MS }, async () => runner);
    await extractor.start();
    try {
      const started = performance.now();
      const stopped = await extractor.extract(page(0, 'hang'));
      expect(performance.now() - started).toBeLessThan(30 * BUDGET_MS);
      expect(stopped).toEqual({
        code: 'timeout',
        message:
          'no result within the time budget of 0.3 s (--doc-timeout); stopped in the cleaners stage, rule stand-in/endless',
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
});
