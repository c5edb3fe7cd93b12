/**
 * What the issue found misreported at the command line: an EPIPE stack trace when a pipe reader stops
 * early, and `--explain` taking the next file name as its value.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../helpers/cli.js';
import { ROOT, SEED } from '../helpers/fixtures.js';

describe('a reader that stops early', () => {
  for (const command of ['cleaners', 'dates --help', 'schema']) {
    it(`arnews ${command} | head -1: no EPIPE stack trace, exit 0`, () => {
      // Several runs: whether the pipe is closed before the write is a race.
      const script = `for i in 1 2 3 4 5 6; do node bin/arnews ${command} | head -c 1 > /dev/null; echo "status=\${PIPESTATUS[0]}" >&2; done`;
      const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
      expect(r.stderr.trim().split('\n')).toEqual(Array.from({ length: 6 }, () => 'status=0'));
    });
  }
});

describe('--explain', () => {
  it('takes no value unless it is written --explain=stderr: the next argument stays a file', () => {
    const r = runCli(['extract', '--explain', SEED, '-q']);
    expect(r.status).toBe(0);
    const records = jsonLines<{ explain: unknown[] }>(r.stdout);
    expect(records).toHaveLength(2);
    expect(records[0]!.explain.length).toBeGreaterThan(0);
  });

  it('--explain=stderr writes the trace on stderr', () => {
    const r = runCli(['extract', '--explain=stderr', SEED, '-q']);
    expect(r.status).toBe(0);
    expect(jsonLines<{ explain?: unknown[] }>(r.stdout)[0]!.explain).toBeUndefined();
    expect(r.stderr).toMatch(/^explain [0-9a-f]{16}-0 generic\//m);
  });
});
