/**
 * Checked, atomic output (issue 9, point 1): a failed write stops the run with exit 74 and a message
 * naming the file and the OS error; `-o FILE` appears only complete (temp file, fsync, rename); an
 * output that is also an input is a usage error; SIGINT/SIGTERM write only whole records, close a
 * --pretty array, print the partial summary and exit 130/143.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli, startCli } from '../helpers/cli.js';
import { ROOT, SEED } from '../helpers/fixtures.js';

const seedText = readFileSync(SEED, 'utf8');
const seedLine = `${JSON.stringify({ id: 'p', text: seedText })}\n`;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'arnews-out-'));
  writeFileSync(
    join(dir, 'corpus.jsonl'),
    Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: String(i), text: seedText })).join('\n'),
  );
});

/** Files other than the ones named, left in a directory (a temp file a run forgot). */
const leftovers = (where: string, expected: string[]): string[] =>
  readdirSync(where).filter((f) => !expected.includes(f));

describe('a failed write is never a success', () => {
  it('-o /dev/full: exit 74, naming the file and the OS error', () => {
    const r = runCli(['extract', SEED, '-o', '/dev/full']);
    expect(r.status).toBe(74);
    expect(r.stderr).toMatch(/cannot write \/dev\/full: .*no space left on device/i);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--errors /dev/full: the first error entry fails, the run stops with exit 74', () => {
    const r = runCli([
      'extract',
      join(dir, 'missing-1.txt'),
      join(dir, 'missing-2.txt'),
      SEED,
      '--errors',
      '/dev/full',
    ]);
    expect(r.status).toBe(74);
    expect(r.stderr).toMatch(/cannot write \/dev\/full: .*no space left on device/i);
  });

  it('standard output on a full disk: exit 74', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, ['bin/arnews', 'extract', SEED], {
        cwd: ROOT,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      expect(r.status).toBe(74);
      expect(r.stderr).toMatch(/cannot write standard output: .*no space left on device/i);
    } finally {
      closeSync(full);
    }
  });

  it('a file that grows past the size limit (ulimit -f): exit 74, and no file that looks complete', () => {
    const out = join(dir, 'limited');
    mkdirSync(out);
    const r = spawnSync(
      'bash',
      [
        '-c',
        `ulimit -f 16; exec "${process.execPath}" bin/arnews extract "${join(dir, 'corpus.jsonl')}" -o "${join(out, 'records.jsonl')}"`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status).toBe(74);
    expect(r.stderr).toMatch(/cannot write .*records\.jsonl: .*file too large/i);
    expect(readdirSync(out)).toEqual([]);
  });

  it('an output that cannot be created: a missing directory, a directory, exit 74', () => {
    const missing = runCli(['extract', SEED, '-o', join(dir, 'no-such-dir', 'x.jsonl')]);
    expect(missing.status).toBe(74);
    expect(missing.stderr).toMatch(/cannot write .*no-such-dir\/x\.jsonl: .*no such file or directory/i);
    const isDir = runCli(['extract', SEED, '-o', dir]);
    expect(isDir.status).toBe(74);
    expect(isDir.stderr).toMatch(/cannot write .*: is a directory/i);
  });

  it('a read-only output file: exit 74 and the file is untouched (root may write any file)', () => {
    const out = join(dir, 'read-only.jsonl');
    writeFileSync(out, 'old\n');
    chmodSync(out, 0o444);
    const r = runCli(['extract', SEED, '-o', out, '-q']);
    if (process.getuid?.() === 0) {
      expect(r.status).toBe(0);
      expect(jsonLines(readFileSync(out, 'utf8'))).toHaveLength(2);
    } else {
      expect(r.status).toBe(74);
      expect(r.stderr).toMatch(/cannot write .*read-only\.jsonl: .*permission denied/i);
      expect(readFileSync(out, 'utf8')).toBe('old\n');
    }
  });
});

describe('-o and --errors never overwrite an input', () => {
  it('exits 2 and leaves the input as it was, however the path is spelled', () => {
    const input = join(dir, 'same.jsonl');
    writeFileSync(input, seedLine);
    symlinkSync(input, join(dir, 'same-link.jsonl'));
    for (const args of [
      [input, '-o', input],
      [input, '-o', join(dir, '..', dir.split('/').at(-1)!, 'same.jsonl')],
      [input, '-o', join(dir, 'same-link.jsonl')],
      [input, '--errors', input],
      [SEED, '-o', join(dir, 'x.jsonl'), '--errors', join(dir, 'x.jsonl')],
    ]) {
      const r = runCli(['extract', ...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/is also (?:an input|the --errors file)/);
      expect(readFileSync(input, 'utf8')).toBe(seedLine);
    }
    expect(existsSync(join(dir, 'x.jsonl'))).toBe(false);
  });
});

describe('-o FILE appears only complete', () => {
  it('writes to a temp file beside it and renames it when the run is done; the old file stays until then', async () => {
    const out = join(dir, 'atomic');
    mkdirSync(out);
    const target = join(out, 'records.jsonl');
    writeFileSync(target, 'previous run\n');
    const run = startCli(['extract', '-q', '-o', target]);
    run.child.stdin!.write(seedLine);
    await waitUntil(() =>
      readdirSync(out).some((f) => f.startsWith('records.jsonl.tmp-') && statSync(join(out, f)).size > 0),
    );
    expect(readFileSync(target, 'utf8')).toBe('previous run\n');
    run.child.stdin!.end(seedLine);
    const r = await run.done;
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual(['records.jsonl']);
    expect(jsonLines(readFileSync(target, 'utf8'))).toHaveLength(4);
  });
});

describe('SIGINT and SIGTERM', () => {
  it('SIGTERM: exit 143, the partial summary, and no output file that looks complete', async () => {
    const out = join(dir, 'terminated');
    mkdirSync(out);
    const run = startCli(['extract', '-o', join(out, 'records.jsonl'), '--errors', join(out, 'errors.jsonl')]);
    run.child.stdin!.write(seedLine);
    await waitUntil(() =>
      readdirSync(out).some((f) => f.startsWith('records.jsonl.tmp-') && statSync(join(out, f)).size > 0),
    );
    run.child.kill('SIGTERM');
    const r = await run.done;
    expect(r.status).toBe(143);
    expect(r.stderr).toMatch(/interrupted \(SIGTERM\): 1 document read, 2 records written, 0 errors/);
    expect(r.stderr).toMatch(/not written: .*records\.jsonl/);
    expect(leftovers(out, [])).toEqual([]);
  });

  it('SIGINT on --pretty to stdout: whole records in a closed JSON array, exit 130', async () => {
    const run = startCli(['extract', '--pretty']);
    run.child.stdin!.write(seedLine);
    await run.waitFor('stdout', /"id": "[0-9a-f]{16}-1"/);
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.status).toBe(130);
    const records = JSON.parse(r.stdout) as { id: string }[];
    expect(records.map((x) => x.id.slice(-2))).toEqual(['-0', '-1']);
    expect(r.stderr).toMatch(/interrupted \(SIGINT\): 1 document read, 2 records written, 0 errors/);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
