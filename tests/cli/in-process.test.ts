/**
 * A run's first pages are extracted on the main thread, the rest on workers (src/pipeline/inProcess.ts).
 * Where a page is extracted must not show in the output: a run that hands over to workers, one on
 * workers alone (a run with a user cleaner, here one that applies to none of the pages) and one at
 * --jobs 2 write the same bytes. (A document stopped on the main thread: tests/unit/pipeline/in-process.test.ts.)
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IN_PROCESS_MAX_BYTES } from '../../src/pipeline/inProcess.js';
import { jsonLines, modulesLoaded, runCli, BIN } from '../helpers/cli.js';
import { fixture, FIXTURES } from '../helpers/fixtures.js';

let dir: string;
let corpus: string;

/** The golden text dumps as JSONL pages, repeated past the main thread's share, with lines that are no page among them. */
function writeCorpus(path: string): void {
  const goldens = join(FIXTURES, 'golden');
  const texts = readdirSync(goldens).flatMap((name) =>
    readdirSync(join(goldens, name))
      .filter((file) => file.startsWith('source.'))
      .map((file) => readFileSync(join(goldens, name, file), 'utf8')),
  );
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < 2 * IN_PROCESS_MAX_BYTES; i++) {
    const line =
      i % 17 === 5 ? '{"id": "broken", "text": ' : JSON.stringify({ id: String(i), text: texts[i % texts.length] });
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'arnews-in-process-'));
  corpus = join(dir, 'corpus.jsonl');
  writeCorpus(corpus);
});

describe('the main thread first, then workers', () => {
  it("a run past the main thread's share hands over to a worker", () => {
    expect(modulesLoaded([BIN, 'extract', '-q', corpus]).has('pipeline/worker.js')).toBe(true);
  });

  it('writes the bytes a run on workers alone writes, and the same error entries, at one job and at two', () => {
    const run = (name: string, ...args: string[]) => {
      const errors = join(dir, `${name}.errors.jsonl`);
      const r = runCli(['extract', '-q', corpus, '--errors', errors, ...args]);
      return { status: r.status, stdout: r.stdout, errors: readFileSync(errors, 'utf8') };
    };
    const handedOver = run('default');
    const workersOnly = run('workers', '--cleaner', fixture('user-cleaner/alwaha.json'));
    const twoJobs = run('two-jobs', '--jobs', '2');
    expect(handedOver.status).toBe(1);
    expect(jsonLines(handedOver.stdout).length).toBeGreaterThan(50);
    expect(jsonLines(handedOver.errors).length).toBeGreaterThan(2);
    expect(handedOver).toEqual(workersOnly);
    expect(twoJobs).toEqual(workersOnly);
  });
});
