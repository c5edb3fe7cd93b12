/**
 * Output writers: JSON Lines (default) or an indented JSON array (--pretty), to stdout or a file,
 * with backpressure, and a quiet stop when the reader goes away (`arnews extract … | head -1`).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** The reader closed the pipe: stop writing, quietly. */
export class OutputClosedError extends Error {
  constructor() {
    super('output closed');
  }
}

export class JsonWriter {
  private count = 0;
  private closed = false;
  private failure: Error | null = null;

  private constructor(
    private readonly stream: Writable,
    private readonly pretty: boolean,
    private readonly ownsStream: boolean,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else this.failure = error;
    });
  }

  /** Writes to a file path, or to stdout when the path is null or "-". */
  static async open(path: string | null, pretty: boolean): Promise<JsonWriter> {
    if (!path || path === '-') return new JsonWriter(process.stdout, pretty, false);
    const stream = createWriteStream(path);
    await once(stream, 'open');
    return new JsonWriter(stream, pretty, true);
  }

  get written(): number {
    return this.count;
  }

  async write(value: unknown): Promise<void> {
    const text = this.pretty
      ? `${this.count === 0 ? '[\n' : ',\n'}${indent(JSON.stringify(value, null, 2))}`
      : `${JSON.stringify(value)}\n`;
    await this.push(text);
    this.count++;
  }

  async close(): Promise<void> {
    if (this.pretty) await this.push(this.count === 0 ? '[]\n' : '\n]\n').catch(() => undefined);
    if (this.ownsStream) {
      this.stream.end();
      await once(this.stream, 'finish').catch(() => undefined);
    }
  }

  /** Waits for the stream to drain, close or fail (the error listener above classifies a failure). */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done).off('close', done).off('error', done);
        resolve();
      };
      this.stream.on('drain', done).on('close', done).on('error', done);
    });
  }

  private async push(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed || this.stream.destroyed) throw new OutputClosedError();
    if (!this.stream.write(text)) await this.drained();
    if (this.closed) throw new OutputClosedError();
    if (this.failure) throw this.failure;
  }
}

function indent(json: string): string {
  return json.replace(/^/gm, '  ');
}
