/**
 * Output that is never mistaken for complete. Every write is awaited, so a full disk, a file size
 * limit or an I/O error surfaces as an `OutputError` naming the file and the OS error. A regular file
 * is written under a temp name beside it (`FILE.tmp-<pid>-<random>`), fsync'd and renamed over FILE
 * only by `commit()`; `abandon()` removes the temp file and leaves FILE as it was. Special files (a
 * device such as /dev/null, a pipe such as /dev/stdout or a process substitution) cannot be replaced:
 * they are written in place. A `.gz` output is gzip-compressed on its way to the file (GzipSink).
 */
import { closeSync, constants, unlinkSync } from 'node:fs';
import { access, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import type { Gzip } from 'node:zlib';

/** A write, open or rename that failed: the run stops (exit 74) with this message. */
export class OutputError extends Error {
  constructor(
    /** The output as the user named it ("standard output" for stdout). */
    readonly output: string,
    readonly osError: NodeJS.ErrnoException | null,
    reason = osError ? osReason(osError) : 'failed',
  ) {
    super(`cannot write ${output}: ${reason}`);
  }
}

/** The reader of a pipe went away (`arnews extract … | head -1`): stop writing, quietly. */
export class OutputClosedError extends Error {
  constructor() {
    super('output closed');
  }
}

/** "no space left on device (ENOSPC)" from Node's "ENOSPC: no space left on device, write". */
function osReason(error: NodeJS.ErrnoException): string {
  const text = error.message.replace(/^E[A-Z]+: /, '').replace(/, \w+(?: '.*')?$/, '');
  return error.code && !text.includes(error.code) ? `${text} (${error.code})` : text;
}

/** Where bytes go: every write resolves once the bytes are handed to the OS, or rejects. */
export interface ByteSink {
  /** The name messages use. */
  readonly name: string;
  /** True when an unfinished output can be removed (a temp file), false when what was written stays (stdout, a device). */
  readonly replaceable: boolean;
  write(text: string | Uint8Array): Promise<void>;
  /** Makes the output final: flush, fsync and rename into place. */
  commit(): Promise<void>;
  /** Gives the output up: a temp file is removed, the target left as it was. */
  abandon(): Promise<void>;
}

/** Temp files not yet committed or abandoned, removed if the process ends anyway (a second Ctrl-C, a crash). */
const pending = new Set<AtomicFile>();
process.on('exit', () => {
  for (const file of pending) file.abandonSync();
});

export class AtomicFile implements ByteSink {
  private done = false;

  private constructor(
    readonly name: string,
    private readonly handle: FileHandle,
    /** The temp file renamed over `target` on commit; null for a special file written in place. */
    private readonly temp: string | null,
    private readonly target: string,
  ) {
    if (temp) pending.add(this);
  }

  get replaceable(): boolean {
    return this.temp !== null;
  }

  /** Opens `path` for writing; fails now (not after the run) when it cannot be written. */
  static async open(path: string): Promise<AtomicFile> {
    const fail = (error: unknown, reason?: string): never => {
      throw new OutputError(path, error as NodeJS.ErrnoException, reason);
    };
    const target = await realpath(path).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? path : fail(error),
    );
    const existing = await stat(target).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? null : fail(error),
    );
    if (existing?.isDirectory()) fail(null, 'is a directory');
    if (existing && !existing.isFile()) {
      const handle = await open(target, 'w').catch(fail);
      return new AtomicFile(path, handle, null, target);
    }
    if (existing) await access(target, constants.W_OK).catch(fail);
    const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    const handle = await open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666).catch(fail);
    return new AtomicFile(path, handle, temp, target);
  }

  async write(text: string | Uint8Array): Promise<void> {
    try {
      await (typeof text === 'string' ? this.handle.write(text) : this.handle.write(text));
    } catch (error) {
      throw new OutputError(this.name, error as NodeJS.ErrnoException);
    }
  }

  async commit(): Promise<void> {
    if (this.done) return;
    try {
      if (this.temp) await this.handle.sync();
      await this.handle.close();
      if (this.temp) await rename(this.temp, this.target);
    } catch (error) {
      await this.abandon();
      throw new OutputError(this.name, error as NodeJS.ErrnoException);
    }
    this.finish();
    if (this.temp) await syncDirectory(dirname(this.target));
  }

  async abandon(): Promise<void> {
    if (this.done) return;
    this.finish();
    await this.handle.close().catch(() => undefined);
    if (this.temp) await unlink(this.temp).catch(() => undefined);
  }

  /** For the last moment of a process: remove the temp file synchronously. */
  abandonSync(): void {
    if (this.done) return;
    this.finish();
    try {
      closeSync(this.handle.fd);
    } catch {
      // Already closed.
    }
    try {
      if (this.temp) unlinkSync(this.temp);
    } catch {
      // Already gone.
    }
  }

  private finish(): void {
    this.done = true;
    pending.delete(this);
  }
}

/** Makes the rename durable; a file system that cannot fsync a directory loses nothing by the failure. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

/** Standard output: writes awaited through their callbacks; a closed pipe is OutputClosedError, other failures OutputError. */
class StdoutSink implements ByteSink {
  readonly name = 'standard output';
  readonly replaceable = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stdout) {}

  write(text: string | Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      const settle = (error: Error | null | undefined): void =>
        error ? reject(this.classify(error as NodeJS.ErrnoException)) : resolve();
      if (this.stream.destroyed)
        return settle(Object.assign(new Error('stream destroyed'), { code: 'ERR_STREAM_DESTROYED' }));
      try {
        this.stream.write(text, settle);
      } catch (error) {
        // A file on stdout is written synchronously, and its errors are thrown.
        settle(error as Error);
      }
    });
  }

  async commit(): Promise<void> {}

  async abandon(): Promise<void> {}

  private classify(error: NodeJS.ErrnoException): Error {
    return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED'
      ? new OutputClosedError()
      : new OutputError(this.name, error);
  }
}

/**
 * Gzip on the way to another sink. Each write resolves once gzip took the text and every compressed
 * chunk so far is written, so a failed write surfaces at the next record as it does uncompressed.
 * The compressed bytes depend only on the text, not on how it was split into writes.
 */
class GzipSink implements ByteSink {
  /** The writes of compressed chunks to the inner sink, in order; rejected once one failed. */
  private written: Promise<void> = Promise.resolve();
  private readonly ended: Promise<void>;

  constructor(
    private readonly inner: ByteSink,
    private readonly gzip: Gzip,
  ) {
    this.gzip.on('data', (chunk: Buffer) => {
      this.written = this.written.then(() => inner.write(chunk));
      this.written.catch(() => undefined);
    });
    this.ended = new Promise((resolve, reject) => {
      this.gzip.once('end', resolve);
      this.gzip.once('error', reject);
    });
    this.ended.catch(() => undefined);
  }

  get name(): string {
    return this.inner.name;
  }

  get replaceable(): boolean {
    return this.inner.replaceable;
  }

  async write(text: string | Uint8Array): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.gzip.write(text, (error) => (error ? reject(new OutputError(this.name, null, error.message)) : resolve())),
    );
    await this.written;
  }

  async commit(): Promise<void> {
    this.gzip.end();
    try {
      await this.ended;
      await this.written;
    } catch (error) {
      await this.inner.abandon();
      throw error;
    }
    await this.inner.commit();
  }

  async abandon(): Promise<void> {
    this.gzip.destroy();
    await this.inner.abandon();
  }
}

/** Whether an output path asks for gzip. */
const isGzipPath = (path: string): boolean => /\.gz$/i.test(path);

/** An output path ("-" or none: standard output); a path ending in `.gz` is written gzip-compressed. */
export async function openSink(path: string | null): Promise<ByteSink> {
  if (!path || path === '-') return new StdoutSink();
  const file = await AtomicFile.open(path);
  // zlib loads only for a gzipped output.
  return isGzipPath(path) ? new GzipSink(file, (await import('node:zlib')).createGzip()) : file;
}
