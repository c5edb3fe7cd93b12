/**
 * The main thread extracts a run's first pages at --jobs 1, the rest go to a worker; at --jobs 2 and more
 * it extracts beside the workers all along (src/pipeline/inProcess.ts). Where a page is extracted must
 * not show in the output: a run that hands over to workers, one on workers alone (a run with a user
 * cleaner, here one that applies to none of the pages) and runs at --jobs 2 and 3 write the same bytes.
 * While the main thread extracts beside a worker it still answers a signal and a failed write. (A document
 * stopped on the main thread: tests/unit/pipeline/in-process.test.ts.)
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IN_PROCESS_MAX_BYTES } from '../../src/pipeline/inProcess.js';
import { spawnSync } from 'node:child_process';
import { jsonLines, modulesLoaded, runCli, startCli, BIN } from '../helpers/cli.js';
import { fixture, FIXTURES, ROOT } from '../helpers/fixtures.js';

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

  it('writes the bytes a run on workers alone writes, and the same error entries, at one job, two and three', () => {
    const run = (name: string, ...args: string[]) => {
      const errors = join(dir, `${name}.errors.jsonl`);
      const r = runCli(['extract', '-q', corpus, '--errors', errors, ...args]);
      return { status: r.status, stdout: r.stdout, errors: readFileSync(errors, 'utf8') };
    };
    const handedOver = run('default');
    // Standard input, whose size is not known before it is read: the main thread extracts its first megabyte.
    const fromStdin = runCli(['extract', '-q', '--jobs', '1', '--errors', join(dir, 'stdin.errors.jsonl')], {
      input: readFileSync(corpus),
    });
    const workersOnly = run('workers', '--cleaner', fixture('user-cleaner/alwaha.json'));
    const twoJobs = run('two-jobs', '--jobs', '2');
    const threeJobs = run('three-jobs', '--jobs', '3');
    expect(handedOver.status).toBe(1);
    expect(jsonLines(handedOver.stdout).length).toBeGreaterThan(50);
    expect(jsonLines(handedOver.errors).length).toBeGreaterThan(2);
    expect(handedOver).toEqual(workersOnly);
    expect(fromStdin.status).toBe(1);
    expect(fromStdin.stdout).toBe(workersOnly.stdout.replaceAll(JSON.stringify(corpus), '"-"'));
    expect(readFileSync(join(dir, 'stdin.errors.jsonl'), 'utf8')).toBe(
      workersOnly.errors.replaceAll(JSON.stringify(corpus), '"-"'),
    );
    expect(twoJobs).toEqual(workersOnly);
    expect(threeJobs).toEqual(workersOnly);
  });

  it('at --jobs 2, SIGINT while the main thread extracts beside a worker: exit 130, whole records and the summary', async () => {
    // The corpus but its last pages, on a standard input left open: the run is still going when the signal comes.
    const lines = readFileSync(corpus, 'utf8').split('\n');
    const run = startCli(['extract', '--jobs', '2']);
    run.child.stdin!.write(`${lines.slice(0, -10).join('\n')}\n`);
    // Records of pages past the first megabyte: the worker has started and the main thread extracts beside it.
    await run.waitFor('stdout', /(?:\n.*){50}/);
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.status).toBe(130);
    expect(r.stderr).toMatch(/interrupted \(SIGINT\): \d+ documents read, \d+ records written, \d+ errors/);
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(jsonLines(r.stdout).length).toBeGreaterThanOrEqual(50);
  });

  it('at --jobs 2, a write that fails past the first megabyte: exit 74', () => {
    const full = runCli(['extract', '-q', corpus, '--jobs', '2', '-o', '/dev/full']);
    expect(full.status).toBe(74);
    expect(full.stderr).toMatch(/cannot write \/dev\/full: .*no space left on device/i);
    // A file limit of three quarters of the records: the write fails while both threads extract.
    const records = runCli(['extract', '-q', corpus, '--jobs', '2']).stdout;
    const blocks = Math.floor((0.75 * Buffer.byteLength(records)) / 1024);
    const out = join(dir, 'limited.jsonl');
    const limited = spawnSync(
      'bash',
      ['-c', `ulimit -f ${blocks}; exec "${process.execPath}" "${BIN}" extract -q "${corpus}" --jobs 2 -o "${out}"`],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(limited.status).toBe(74);
    expect(limited.stderr).toMatch(/cannot write .*limited\.jsonl: .*file too large/i);
  });
});
