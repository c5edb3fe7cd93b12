/** extract streams: the first record is written while standard input is still open. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from '../helpers/fixtures.js';

const seed = readFileSync(SEED, 'utf8');

describe('extract on a stream', () => {
  it('writes the records of the first JSONL page before the input ends', async () => {
    const child = spawn(process.execPath, ['bin/arnews', 'extract', '-q'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.write(`${JSON.stringify({ id: 'first', text: seed })}\n`);
    const firstOutput = await new Promise<string>((resolve) =>
      child.stdout.once('data', (d: Buffer) => resolve(d.toString())),
    );
    expect(JSON.parse(firstOutput.split('\n')[0]!).input.id).toBe('first');
    expect(child.exitCode).toBeNull(); // still waiting for more input
    child.stdin.end(`${JSON.stringify({ id: 'second', text: seed })}\n`);
    let rest = '';
    child.stdout.on('data', (d: Buffer) => (rest += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(rest).toContain('"id":"second"');
  });
});
