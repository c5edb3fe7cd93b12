/**
 * Messages on stderr: errors and warnings that name the input, the page and the line, and the summary.
 * Colour only when stderr is a terminal and NO_COLOR is not set.
 */
import type { ErrorEntry, Warning } from '../record.js';

type Paint = (text: string) => string;
const uncoloured: Paint = (text) => text;
let colour: Record<'red' | 'yellow' | 'green', Paint> = {
  red: uncoloured,
  yellow: uncoloured,
  green: uncoloured,
};

/**
 * Colours the messages when stderr is a colour terminal; `main` calls it before anything is reported.
 * chalk loads only then: a run in a script starts without it. (Not at import: a module that awaits at
 * its top level cannot go into the CLI's CommonJS bundle.)
 */
export async function colourTerminalMessages(): Promise<void> {
  if (process.stderr.isTTY && !('NO_COLOR' in process.env)) colour = new (await import('chalk')).Chalk({ level: 1 });
}

export interface Place {
  file: string;
  doc: number | null;
  line: number | null;
}

export function where(place: Place): string {
  const file = place.file === '-' ? '<stdin>' : place.file;
  const line = place.line !== null ? `:${place.line}` : '';
  const doc = place.doc !== null ? ` (page ${place.doc})` : '';
  return `${file}${line}${doc}`;
}

export function reportError(entry: ErrorEntry): void {
  process.stderr.write(`${colour.red('arnews: error:')} ${where(entry)}: ${entry.message}\n`);
}

export function reportWarning(place: Place, warning: Warning): void {
  reportNotice(`${where(place)}: ${warning.message}`);
}

/** A warning about the run rather than a document ("a directory holds no file to read"). */
export function reportNotice(message: string): void {
  process.stderr.write(`${colour.yellow('arnews: warning:')} ${message}\n`);
}

/** A failure of the run itself (an output that cannot be written), in one line. */
export function reportFailure(message: string): void {
  process.stderr.write(`${colour.red('arnews:')} ${message}\n`);
}

export interface RunEnd {
  /** Why the run ended early ("interrupted (SIGINT)", "stopped at the first error (--fail-fast)"); null when it went through. */
  stopped: string | null;
  /** Output files left unwritten because the run did not go through. */
  notWritten: string[];
  /** Inputs skipped because their outputs were complete and current (--resume). */
  skipped?: number;
}

export function reportSummary(
  counts: { documents: number; records: number; errors: number },
  seconds: number,
  end: RunEnd = { stopped: null, notWritten: [] },
): void {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const errors = plural(counts.errors, 'error');
  const stopped = end.stopped ? `${colour.red(end.stopped)}: ` : '';
  const notWritten = end.notWritten.length > 0 ? `; not written: ${end.notWritten.join(', ')}` : '';
  const skipped = end.skipped ? `; ${plural(end.skipped, 'input')} skipped, already done (--resume)` : '';
  process.stderr.write(
    `arnews: ${stopped}${plural(counts.documents, 'document')} read, ${plural(counts.records, 'record')} written, ${counts.errors ? colour.red(errors) : colour.green(errors)} (${seconds.toFixed(2)} s)${skipped}${notWritten}\n`,
  );
}
