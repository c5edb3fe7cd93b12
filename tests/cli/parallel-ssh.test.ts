/**
 * A run across machines on an existing engine (issue 11, point 8): the README's GNU parallel recipe,
 * run over a real OpenSSH server on 127.0.0.1 with a throwaway key, as two "hosts" (`2/:`, this
 * machine, and `2/arnews@127.0.0.1`, the user arnews over ssh) sharing a directory. Four shards
 * (`--shard K/4`), one of which fails the first time and is retried with `--joblog` +
 * `--resume-failed`; the shards' records, put back in order by the README's merge command, are
 * byte-identical to a single local run. `.ci/run` installs parallel and openssh-server with apt-get;
 * the test is skipped, and says why, only where apt-get is not there (or it does not run as root,
 * which creating the user and running sshd need).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, ROOT } from '../helpers/fixtures.js';

const USER = 'arnews';
const SHARDS = 4;
/** The README's merge command: shard outputs back into single-run order. */
const MERGE = `jq -c '[.input.file, .input.doc, .]' "$@" | LC_ALL=C sort -s -t, -k1,1 -k2,2n | jq -c '.[2]'`;

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = ['parallel', 'sshd', 'ssh', 'ssh-keygen', 'jq'].filter(
  (c) => !has(c) && !(c === 'sshd' && has('/usr/sbin/sshd')),
);
const skipReason =
  process.getuid?.() !== 0
    ? 'it needs root (to create the user arnews and run sshd)'
    : missing.length > 0 && !has('apt-get')
      ? `apt-get is not available to install ${missing.join(', ')}`
      : null;
if (skipReason) console.log(`parallel-ssh test skipped: ${skipReason}`);

let work: string;
let sshd: ChildProcess | null = null;
let sshCommand: string;

function run(
  command: string,
  args: string[],
  options: { cwd?: string } = {},
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
    ...options,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function must(command: string, args: string[]): string {
  const r = run(command, args);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** What running arnews needs of this checkout, copied where every user can read it. */
function copyOfCheckout(to: string): string {
  for (const part of ['bin', 'dist', 'node_modules', 'package.json'])
    cpSync(join(ROOT, part), join(to, part), { recursive: true });
  must('chmod', ['-R', 'a+rX', to]);
  return to;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.skipIf(skipReason !== null)('a run across two hosts with GNU parallel over ssh', () => {
  beforeAll(async () => {
    expect(missing, 'installed by .ci/run (apt-get install parallel openssh-server jq)').toEqual([]);
    work = mkdtempSync(join(tmpdir(), 'arnews-ssh-'));
    chmodSync(work, 0o755);
    // The user the second "host" logs in as: no password (not locked: sshd without PAM refuses a locked account).
    if (run('id', [USER]).status !== 0) must('useradd', ['--create-home', '--shell', '/bin/sh', USER]);
    must('usermod', ['-p', '*', USER]);
    const key = join(work, 'key');
    must('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
    must('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(work, 'host_key')]);
    writeFileSync(join(work, 'authorized_keys'), readFileSync(`${key}.pub`), { mode: 0o644 });
    const port = await freePort();
    writeFileSync(
      join(work, 'sshd_config'),
      [
        `Port ${port}`,
        'ListenAddress 127.0.0.1',
        `HostKey ${join(work, 'host_key')}`,
        `PidFile ${join(work, 'sshd.pid')}`,
        `AuthorizedKeysFile ${join(work, 'authorized_keys')}`,
        `AllowUsers ${USER}`,
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'UsePAM no',
        'StrictModes no',
        '',
      ].join('\n'),
    );
    mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
    sshd = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(work, 'sshd_config')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let sshdLog = '';
    sshd.stderr?.on('data', (chunk: Buffer) => (sshdLog += chunk.toString()));
    sshCommand = `ssh -i ${key} -p ${port} -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR`;
    for (let tries = 0; ; tries++) {
      if (run('sh', ['-c', `${sshCommand} ${USER}@127.0.0.1 true`]).status === 0) break;
      if (tries > 50) throw new Error(`sshd did not let ${USER} in: ${sshdLog}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 60_000);

  afterAll(() => {
    if (sshd?.pid) process.kill(sshd.pid, 'SIGTERM');
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('shards over a local and an ssh host, retries a failed shard, and merges to the bytes of a single local run', () => {
    // The shared directory: the corpus, the arnews command both hosts run, and the outputs.
    const shared = join(work, 'shared');
    mkdirSync(join(shared, 'out'), { recursive: true });
    chmodSync(shared, 0o755);
    chmodSync(join(shared, 'out'), 0o777);
    cpSync(join(ROOT, fixture('corpus-text/rendered')), join(shared, 'corpus'), { recursive: true });
    const bin = join(shared, 'arnews');
    // arnews as installed on the second host: this checkout, or a copy of it where the user cannot read it.
    const app =
      run('su', [USER, '-s', '/bin/sh', '-c', `test -r '${join(ROOT, 'dist/cli/main.js')}'`]).status === 0
        ? ROOT
        : copyOfCheckout(join(work, 'app'));
    writeFileSync(bin, `#!/bin/sh\nexec '${process.execPath}' '${join(app, 'bin/arnews')}' "$@"\n`, { mode: 0o755 });
    const reachable = run('sh', ['-c', `${sshCommand} ${USER}@127.0.0.1 '${bin} --version'`]);
    expect(reachable.status, `user ${USER} runs arnews from ${app}: ${reachable.stderr}`).toBe(0);

    const single = run(bin, ['extract', 'corpus', '-q'], { cwd: shared });
    expect(single.status).toBe(0);
    // Shard 3 fails the first time: its output path is a directory (exit 74).
    mkdirSync(join(shared, 'out/part-3.jsonl'));
    // The README's recipe: exit 1 (some documents failed, each with an error entry) is a finished shard.
    const recipe = [
      '--will-cite',
      '--sshlogin',
      `2/:,2/${USER}@127.0.0.1`,
      '--ssh',
      sshCommand,
      '--workdir',
      shared,
      '--joblog',
      join(shared, 'jobs.log'),
      '--resume-failed',
      `${bin} extract corpus --shard {}/${SHARDS} -q -o out/part-{}.jsonl --errors out/errors-{}.jsonl; [ $? -le 1 ]`,
      ':::',
      ...Array.from({ length: SHARDS }, (_, i) => String(i + 1)),
    ];
    const first = run('parallel', recipe, { cwd: shared });
    expect(first.status, first.stderr).toBe(1); // one job failed
    rmSync(join(shared, 'out/part-3.jsonl'), { recursive: true });
    const retry = run('parallel', recipe, { cwd: shared });
    expect(retry.status, retry.stderr).toBe(0);

    const log = readFileSync(join(shared, 'jobs.log'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'));
    // Four jobs, then the failed one again; both hosts took some.
    expect(log.map((f) => f[0]).sort()).toEqual(['1', '2', '3', '3', '4']);
    expect(new Set(log.map((f) => f[1]))).toEqual(new Set([':', `${USER}@127.0.0.1`]));
    const parts = Array.from({ length: SHARDS }, (_, i) => join(shared, `out/part-${i + 1}.jsonl`));
    const merged = run('bash', ['-c', MERGE, 'merge', ...parts]);
    expect(merged.status).toBe(0);
    expect(merged.stdout.length).toBeGreaterThan(0);
    expect(merged.stdout).toBe(single.stdout);
  }, 300_000);
});
