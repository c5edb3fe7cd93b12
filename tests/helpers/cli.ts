import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './fixtures.js';

/** The CLI's entry point (the built package: npm test builds first). */
export const BIN = join(ROOT, 'bin', 'arnews');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds first) from the repository root; `timeoutMs`: killed past it (status null). */
export function runCli(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string>; timeoutMs?: number } = {},
): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeoutMs,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The modules a node command run from the repository root loads, on any thread, as paths under dist/
 * or package names: ES modules (NODE_DEBUG=esm lists them) and CommonJS files (NODE_DEBUG=module), such
 * as the CLI's bundle and the packages it requires. (The modules inside the bundle are not files of
 * their own: `esmCli` runs the CLI from its ES modules, to see which of them a run evaluates.)
 */
export function modulesLoaded(args: string[], env: Record<string, string> = {}): Set<string> {
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env, NODE_DEBUG: 'esm,module' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const esModules = r.stderr.match(/file:\/\/[^\s'",]+/g) ?? [];
  const commonJsFiles = [...r.stderr.matchAll(/^MODULE \d+: load "([^"]+)"/gm)].map((m) => m[1]!);
  return new Set(
    [...esModules, ...commonJsFiles].map(
      (file) => file.match(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1] ?? file.replace(/.*\/dist\//, ''),
    ),
  );
}

/**
 * Node's arguments that run the CLI from its ES modules (dist/cli/main.js), as bin/arnews runs its bundle.
 * (Not `--input-type=module`: a worker inherits node's options, and rejects that one.)
 */
export function esmCli(...args: string[]): string[] {
  const run =
    "import('./dist/cli/main.js').then(async (m) => { process.exitCode = await m.main(['node', 'arnews', ...process.argv.slice(1)]); })";
  return ['-e', run, '--', ...args];
}

/** Parses JSON Lines output. */
export function jsonLines<T = Record<string, unknown>>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** A CLI run in the background, for tests that feed it slowly or signal it. */
export interface RunningCli {
  child: ChildProcess;
  /** Resolves with everything the run wrote, once it has ended. */
  done: Promise<CliResult & { signal: NodeJS.Signals | null }>;
  /** Resolves once stdout (or stderr) has shown text matching the pattern. */
  waitFor: (stream: 'stdout' | 'stderr', pattern: RegExp) => Promise<void>;
}

export function startCli(
  args: string[],
  options: { env?: Record<string, string>; stdout?: 'pipe' | number } = {},
): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
  });
  const text = { stdout: '', stderr: '' };
  const watchers: { stream: 'stdout' | 'stderr'; pattern: RegExp; resolve: () => void }[] = [];
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]?.on('data', (chunk: Buffer) => {
      text[stream] += chunk.toString();
      for (const w of watchers.filter((w) => w.stream === stream && w.pattern.test(text[stream]))) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve();
      }
    });
  }
  const done = new Promise<CliResult & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout: text.stdout, stderr: text.stderr })),
  );
  const waitFor = (stream: 'stdout' | 'stderr', pattern: RegExp): Promise<void> =>
    pattern.test(text[stream])
      ? Promise.resolve()
      : new Promise((resolve) => watchers.push({ stream, pattern, resolve }));
  return { child, done, waitFor };
}
