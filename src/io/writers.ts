/**
 * Record output: JSON Lines (default) or an indented JSON array (--pretty), on a ByteSink (stdout or
 * an atomic file, see atomicFile.ts). Each record is one awaited write, so an output holds whole
 * records only; `finish()` closes the array and commits the file, `stop()` ends an interrupted run
 * (an atomic file is abandoned, stdout gets its array closed).
 */
import { openSink, type ByteSink } from './atomicFile.js';

export { OutputClosedError, OutputError } from './atomicFile.js';

/** A record as one JSON text: one line, or indented for --pretty. Workers serialise with it too. */
export function serializeRecord(value: unknown, pretty: boolean): string {
  return pretty ? JSON.stringify(value, null, 2).replace(/^/gm, '  ') : JSON.stringify(value);
}

export class JsonWriter {
  private count = 0;
  private finished = false;

  constructor(
    readonly sink: ByteSink,
    private readonly pretty: boolean,
  ) {}

  /** A writer on a file path (an atomic file), or on stdout when the path is null or "-". */
  static async open(path: string | null, pretty: boolean): Promise<JsonWriter> {
    return new JsonWriter(await openSink(path), pretty);
  }

  write(value: unknown): Promise<void> {
    return this.writeSerialized(serializeRecord(value, this.pretty));
  }

  /** Writes a record already serialised by serializeRecord (with the same `pretty`). */
  async writeSerialized(json: string): Promise<void> {
    await this.sink.write(this.pretty ? `${this.count === 0 ? '[\n' : ',\n'}${json}` : `${json}\n`);
    this.count++;
  }

  /** The output is complete: close the array and make the file final. */
  async finish(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (this.pretty) await this.sink.write(this.count === 0 ? '[]\n' : '\n]\n');
    await this.sink.commit();
  }

  /** The run stopped early: a file is abandoned (no output that looks complete); stdout keeps whole records and a closed array. */
  async stop(): Promise<void> {
    if (this.finished) return;
    if (this.sink.replaceable) {
      this.finished = true;
      await this.sink.abandon();
    } else {
      await this.finish().catch(() => undefined);
    }
  }

  /** A write failed: give the output up without writing more. */
  async abandon(): Promise<void> {
    this.finished = true;
    await this.sink.abandon();
  }
}
