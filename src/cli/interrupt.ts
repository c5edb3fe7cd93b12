/**
 * SIGINT and SIGTERM during a run: the first one asks the run to stop (it finishes the record it is
 * writing, closes its outputs and prints a partial summary); a second one ends the process at once,
 * temp files removed (see io/atomicFile.ts).
 */
import { EXIT } from './exit.js';

const SIGNALS = { SIGINT: EXIT.sigint, SIGTERM: EXIT.sigterm } as const;
export type StopSignal = keyof typeof SIGNALS;

export class Interruption {
  private readonly controller = new AbortController();
  private received: StopSignal | null = null;
  private readonly handlers = Object.keys(SIGNALS).map((name) => {
    const handler = (): void => this.receive(name as StopSignal);
    process.on(name, handler);
    return [name, handler] as const;
  });

  /** Aborted on the first signal. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The signal received, if any. */
  get by(): StopSignal | null {
    return this.received;
  }

  get exitCode(): number {
    return this.received ? SIGNALS[this.received] : EXIT.ok;
  }

  dispose(): void {
    for (const [name, handler] of this.handlers) process.off(name, handler);
  }

  private receive(name: StopSignal): void {
    if (this.received) process.exit(SIGNALS[name]);
    this.received = name;
    this.controller.abort(new DOMException(`interrupted by ${name}`, 'AbortError'));
  }
}
