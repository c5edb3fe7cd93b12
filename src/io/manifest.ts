/**
 * The manifest of an --out-dir: which inputs have complete, current outputs there. An entry is added
 * (one appended, fsync'd line) only after an input's outputs were renamed into place, so a run killed
 * at any moment leaves entries only for what is whole. `--resume` skips an input whose entry still
 * matches: the same path, size, mtime and content (SHA-256), the same arnews version and the same
 * options that change output; anything else is done again. At the end of a run the manifest is
 * rewritten in input order, one entry per input, so that it too is the same whether or not the run
 * was interrupted and resumed.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AtomicFile, OutputError } from './atomicFile.js';

/** The manifest's file in the out dir; each shard has its own, so that the N runs of --shard K/N can share an out dir. */
export function manifestName(shard: { index: number; count: number } | null): string {
  return shard ? `.arnews-manifest.${shard.index}-of-${shard.count}.jsonl` : '.arnews-manifest.jsonl';
}

export interface ManifestEntry {
  input: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  version: string;
  /** A hash of the options that change output (see outputKey). */
  options: string;
  /** The files written for it, relative to the out dir. */
  outputs: string[];
}

/** What an input was when its reading started: compared again when its outputs are complete. */
export interface InputState {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** The hash of everything that changes what a run writes for an input: same key, same bytes. */
export function outputKey(parts: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Size, mtime and content of an input file; null when it cannot be read (it has no manifest entry then). */
export async function inputState(path: string): Promise<InputState | null> {
  try {
    const { size, mtimeMs } = await stat(path);
    return { size, mtimeMs, sha256: await hashFile(path) };
  } catch {
    return null;
  }
}

export class Manifest {
  /** By input path; the last entry written for a path wins. */
  private readonly entries = new Map<string, ManifestEntry>();

  private constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly version: string,
    private readonly options: string,
  ) {}

  /** The out dir's manifest (none yet: empty); creates the out dir, so that one that cannot be made fails before any work. */
  static async load(dir: string, name: string, version: string, options: string): Promise<Manifest> {
    await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw new OutputError(dir, error);
    });
    const manifest = new Manifest(dir, name, version, options);
    const text = await readFile(join(dir, name), 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      // A run killed while appending may leave half a line: it names nothing.
      try {
        const entry = JSON.parse(line) as ManifestEntry;
        if (typeof entry?.input === 'string') manifest.entries.set(entry.input, entry);
      } catch {
        continue;
      }
    }
    return manifest;
  }

  /** The input's entry when its outputs in the out dir are complete and current (it can be skipped), else null. */
  async current(input: string): Promise<ManifestEntry | null> {
    const entry = this.entries.get(input);
    if (!entry || entry.version !== this.version || entry.options !== this.options) return null;
    const now = await stat(input).catch(() => null);
    if (!now || now.size !== entry.size || now.mtimeMs !== entry.mtimeMs) return null;
    const present = await Promise.all(
      entry.outputs.map((o) =>
        access(join(this.dir, o)).then(
          () => true,
          () => false,
        ),
      ),
    );
    return present.every(Boolean) && (await hashFile(input)) === entry.sha256 ? entry : null;
  }

  /** The input's outputs are in place: note it, durably, before anything else is written. */
  async add(input: string, state: InputState, outputs: string[]): Promise<void> {
    const entry: ManifestEntry = { input, ...state, version: this.version, options: this.options, outputs };
    this.entries.set(input, entry);
    const handle = await open(join(this.dir, this.name), 'a');
    try {
      await handle.write(`${JSON.stringify(entry)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Rewrites the manifest with one entry per input, the run's inputs first in their order. */
  async compact(order: string[]): Promise<void> {
    const file = await AtomicFile.open(join(this.dir, this.name));
    const first = new Set(order);
    const entries = [
      ...order.map((input) => this.entries.get(input)),
      ...[...this.entries.values()].filter((e) => !first.has(e.input)),
    ];
    for (const entry of entries) if (entry) await file.write(`${JSON.stringify(entry)}\n`);
    await file.commit();
  }
}
