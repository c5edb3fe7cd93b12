/**
 * `--out-dir DIR`: one output per input, mirroring its relative path (`a/b.txt` → `DIR/a/b.jsonl`,
 * `.jsonl.gz` with --gzip), and its error entries beside it (`DIR/a/b.errors.jsonl`) when it has any.
 * Each file is written under a temp name and renamed when the input is done (see atomicFile.ts), so a
 * reader of DIR never sees half a file; an errors file left by an earlier run is removed when the
 * input has no errors now.
 */
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ErrorEntry } from '../record.js';
import type { BatchInput } from './inputs.js';
import { JsonWriter } from './writers.js';

/** What an input's errors file is called beside its records: a/b.errors.jsonl. */
export const ERRORS_SUFFIX = '.errors.jsonl';

export class OutDir {
  constructor(
    readonly dir: string,
    private readonly gzip: boolean,
    private readonly pretty: boolean,
  ) {}

  /** The records file of an input, relative to the out dir. */
  recordsName(input: BatchInput): string {
    return `${input.relative}.jsonl${this.gzip ? '.gz' : ''}`;
  }

  errorsName(input: BatchInput): string {
    return `${input.relative}${ERRORS_SUFFIX}`;
  }

  /** Opens the input's records file (its errors file is opened at its first error). */
  async open(input: BatchInput): Promise<InputOutputs> {
    const records = join(this.dir, this.recordsName(input));
    await mkdir(dirname(records), { recursive: true });
    await removeStaleTemps(records);
    return new InputOutputs(
      await JsonWriter.open(records, this.pretty),
      join(this.dir, this.errorsName(input)),
      this.recordsName(input),
      this.errorsName(input),
    );
  }
}

export class InputOutputs {
  private errors: JsonWriter | null = null;

  constructor(
    readonly records: JsonWriter,
    private readonly errorsPath: string,
    private readonly recordsName: string,
    private readonly errorsName: string,
  ) {}

  async writeError(entry: ErrorEntry): Promise<void> {
    if (!this.errors) {
      await removeStaleTemps(this.errorsPath);
      this.errors = await JsonWriter.open(this.errorsPath, false);
    }
    await this.errors.write(entry);
  }

  /** Renames the outputs into place; returns their names relative to the out dir. */
  async finish(): Promise<string[]> {
    await this.records.finish();
    if (this.errors) {
      await this.errors.finish();
      return [this.recordsName, this.errorsName];
    }
    await unlink(this.errorsPath).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    return [this.recordsName];
  }

  /** The run stopped before the input was done: its temp files go, earlier outputs stay as they were. */
  async abandon(): Promise<void> {
    await this.records.abandon();
    await this.errors?.abandon();
  }
}

/** Temp files of a run that was killed (SIGKILL leaves them): `FILE.tmp-<pid>-<random>` whose process is gone. */
async function removeStaleTemps(target: string): Promise<void> {
  const prefix = `${basename(target)}.tmp-`;
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid))
      await unlink(join(dirname(target), name)).catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
