/**
 * `arnews extract`. The main thread reads, writes and supervises; every document is extracted on a
 * worker thread (see pipeline/parallel.ts), so that one that runs too long can be stopped. Nothing is
 * lost and nothing hangs: every document yields records or an error entry, outputs are written
 * atomically and every write is checked, and a run that stops early says so and exits non-zero.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXIT, UsageError } from './exit.js';
import { addCleanerOptions, type CleanerOptionValues } from './cleanerOptions.js';
import { Interruption } from './interrupt.js';
import { reportError, reportFailure, reportSummary, reportWarning } from './report.js';
import { addDateOptions, type DateOptionValues } from './dateOptions.js';
import { addReadOptions, readOptionsFrom, type ReadOptionValues } from './readOptions.js';
import { DEFAULT_MAX_DOC_BYTES, DEFAULT_MAX_INPUT_BYTES, readInputs, type ReadOptions } from '../io/readers.js';
import { JsonWriter, OutputClosedError, OutputError } from '../io/writers.js';
import { extractInWorkers, SetupError, WorkerPool, type WorkerSetup } from '../pipeline/parallel.js';
import type { ArticleRecord } from '../record.js';
import { RunSummary, renderReport, writeReport } from '../report/index.js';

interface ExtractCliOptions extends DateOptionValues, ReadOptionValues, CleanerOptionValues {
  output?: string;
  pretty?: boolean;
  errors?: string;
  quiet?: boolean;
  explain?: 'record' | 'stderr';
  jobs: number;
  report?: string;
  docTimeout: number;
  maxDocBytes: number;
  maxInputBytes: number;
  failFast?: boolean;
}

/** Long enough for any real page on a slow machine; a page that takes longer is stuck. */
const DEFAULT_DOC_TIMEOUT_SECONDS = 30;
/** The value `--explain` alone stands for (the main program rewrites it: see main.ts). */
export const EXPLAIN_IN_RECORDS = 'record';


function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('a number of seconds (0: no limit)');
  return n;
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "32M", "512K", "1.5G" or a number of bytes; 0: no limit. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  if (!m) throw new InvalidArgumentError('a size in bytes, such as 32M, 512K or 1G (0: no limit)');
  return Math.round(Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!);
}

/** One job per core, up to four: extraction is CPU-bound, and reading stays on the main thread. */
function defaultJobs(): number {
  return Math.min(availableParallelism(), 4);
}

export function registerExtractCommand(program: Command): void {
  const explain = new Option('--explain [where]', 'report every cleaner rule that fired: in each record, or with =stderr on stderr').choices([EXPLAIN_IN_RECORDS, 'stderr']);
  // Only "--explain=stderr" gives it a value (main.ts rewrites a bare --explain): a file name after it stays a file.
  explain.flags = '--explain[=stderr]';
  const command = program
    .command('extract')
    .description('Extract clean article records (JSON Lines) from text dumps, JSONL corpora and HTML pages.')
    .argument('[inputs...]', 'files to read ("-" for standard input; default: standard input); .gz is decompressed')
    .option('-o, --output <file>', 'write records to a file instead of stdout (it appears only when the run is complete)')
    .option('--pretty', 'write an indented JSON array instead of JSON Lines')
    .option('--errors <file>', 'write an error entry (JSON Lines) for every document that yields no record')
    .option('-q, --quiet', 'no summary line on stderr')
    .option('--report <file>', 'also write the HTML report of the run (see arnews report)')
    .option('-j, --jobs <n>', 'pages extracted in parallel, on worker threads', parsePositiveInt, defaultJobs())
    .option('--doc-timeout <seconds>', 'time budget per document: past it the document is stopped (error "timeout"); 0: none', parseSeconds, DEFAULT_DOC_TIMEOUT_SECONDS)
    .option('--max-doc-bytes <size>', 'largest document (a JSONL line, a whole file) read; a larger one is "too-large"', parseSize, DEFAULT_MAX_DOC_BYTES)
    .option('--max-input-bytes <size>', 'bytes read from one input after decompression, at most; then "too-large"', parseSize, DEFAULT_MAX_INPUT_BYTES)
    .option('--fail-fast', 'stop at the first document that yields no record (exit 1)')
    .addOption(explain);
  addCleanerOptions(command);
  addReadOptions(command);
  addDateOptions(command, "the page's date, else the article's own");
  command.addHelpText(
    'after',
    `
Input forms:
  a plain-text file is one page; a .jsonl file (or input starting with "{") has one page per line;
  an .html file (or input starting like HTML) is one HTML page; .gz inputs are decompressed.
Sizes take K, M or G (1024-based); 0 turns a limit off.

Examples:
  $ arnews extract page.txt
  $ arnews extract crawl.jsonl.gz --text-field content -o records.jsonl --errors errors.jsonl
  $ cat page.txt | arnews extract --pretty
  $ arnews extract page.txt --explain | jq '.explain'
  $ arnews extract big.jsonl | head -1
  $ arnews extract crawl.jsonl -o records.jsonl --report report.html

Exit codes: 0 every document yielded records, 1 some documents failed (each has an error entry),
2 usage error, 70 internal error, 74 an output could not be written, 130/143 interrupted (SIGINT/SIGTERM).`,
  );
  command.action(async (inputs: string[], options: ExtractCliOptions) => {
    process.exitCode = await runExtract(inputs, options);
  });
}

/** Why a run stopped before the end of its inputs. */
class FailFast extends Error {}

async function runExtract(inputs: string[], options: ExtractCliOptions): Promise<number> {
  const started = performance.now();
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files to read, or pipe a page into standard input');
    inputs = ['-'];
  }
  const explainTo = options.explain ?? null;
  checkOutputs(inputs, options.output, options.errors);
  const { site, refDate, weekStart, prefer, cleaner: cleanerFiles, allowCode } = options;
  const setup: WorkerSetup = {
    // Resolved by each worker as it sets up (a bad value fails pool.start() as a usage error): this thread loads no date engine.
    options: { site, refDate, weekStart, prefer, explain: explainTo !== null, cleanerFiles, allowCode },
    pretty: Boolean(options.pretty),
    explainToStderr: explainTo === 'stderr',
  };
  const pool = new WorkerPool(setup, { jobs: options.jobs, docTimeoutMs: options.docTimeout * 1000 });
  const interruption = new Interruption();
  // Reading stops on a signal, and on any other early end (the first error with --fail-fast, a failed write).
  const stopReading = new AbortController();
  interruption.signal.addEventListener('abort', () => stopReading.abort(interruption.signal.reason));
  const readOptions: ReadOptions = { ...readOptionsFrom(options), maxDocBytes: limit(options.maxDocBytes), maxInputBytes: limit(options.maxInputBytes), signal: stopReading.signal };
  const counts = { documents: 0, records: 0, errors: 0 };
  const report = options.report ? new RunSummary({ records: inputs, errors: [] }) : null;
  const outputs: JsonWriter[] = [];
  // The workers load the cleaners while the outputs open; a usage error wins over an output error.
  const starting = pool.start();
  const opening = openOutputs(options);
  opening.then((writers) => outputs.push(...writers.filter((w) => w !== null))).catch(() => undefined);
  try {
    await starting.catch((error: unknown) => {
      throw error instanceof SetupError && error.usage ? new UsageError(error.message) : error;
    });
    const [out, errorsOut] = await opening;
    for await (const result of extractInWorkers(readInputs(inputs.map((source) => ({ source })), readOptions), pool, interruption.signal)) {
      counts.documents++;
      if ('error' in result) {
        counts.errors++;
        reportError(result.error);
        report?.addError(result.error);
        await errorsOut?.write(result.error);
        if (options.failFast) throw new FailFast();
        continue;
      }
      for (const warning of result.page.warnings) reportWarning(result.page.input, warning);
      for (const line of result.explain) process.stderr.write(line);
      for (const record of result.records) {
        await out!.writeSerialized(record);
        counts.records++;
        report?.addRecord(JSON.parse(record) as ArticleRecord);
      }
    }
    for (const output of outputs) await output.finish();
  } catch (error) {
    stopReading.abort();
    await opening.catch(() => undefined);
    return await endEarly(error, outputs, interruption, () => summary(counts, started, options, error, interruption, outputs));
  } finally {
    stopReading.abort();
    interruption.dispose();
    await pool.close();
  }
  if (report) await writeReport(options.report!, renderReport(report));
  if (!options.quiet) reportSummary(counts, seconds(started));
  return counts.errors > 0 ? EXIT.someFailed : EXIT.ok;
}

/** The outputs: records (stdout or -o FILE), and --errors FILE. Opened before any work, so an unwritable one fails at once. */
async function openOutputs(options: ExtractCliOptions): Promise<[JsonWriter, JsonWriter | null]> {
  const out = await JsonWriter.open(options.output ?? null, options.pretty ?? false);
  try {
    return [out, options.errors ? await JsonWriter.open(options.errors, false) : null];
  } catch (error) {
    await out.abandon();
    throw error;
  }
}

/**
 * A run that stops before the end: a signal, --fail-fast, a failed write, or a failure outside any
 * document. Outputs keep whole records only; a file output is removed rather than left looking
 * complete (stdout gets its --pretty array closed). Returns the exit code, or rethrows what is not
 * ours to handle (exit 70).
 */
async function endEarly(error: unknown, outputs: JsonWriter[], interruption: Interruption, printSummary: () => void): Promise<number> {
  const failedWrite = error instanceof OutputError;
  const graceful = interruption.by !== null || error instanceof FailFast || error instanceof OutputClosedError;
  for (const output of outputs) await (graceful ? output.stop() : output.abandon()).catch(() => undefined);
  if (error instanceof UsageError) throw error;
  if (failedWrite) reportFailure(error.message);
  if (interruption.by || error instanceof FailFast || failedWrite || error instanceof OutputClosedError) printSummary();
  if (interruption.by) return interruption.exitCode;
  if (error instanceof FailFast) return EXIT.someFailed;
  if (failedWrite) return EXIT.ioError;
  // The reader of stdout went away (`| head -1`): what it read was whole records.
  if (error instanceof OutputClosedError) return EXIT.ok;
  throw error;
}

function summary(counts: { documents: number; records: number; errors: number }, started: number, options: ExtractCliOptions, error: unknown, interruption: Interruption, outputs: JsonWriter[]): void {
  if (options.quiet || error instanceof OutputClosedError) return;
  const stopped = interruption.by ? `interrupted (${interruption.by})` : error instanceof FailFast ? 'stopped at the first error (--fail-fast)' : 'stopped';
  const notWritten = outputs.filter((o) => o.sink.replaceable).map((o) => o.sink.name);
  reportSummary(counts, seconds(started), { stopped, notWritten });
}

const seconds = (started: number): number => (performance.now() - started) / 1000;

/** 0 turns a limit off. */
const limit = (bytes: number): number => (bytes === 0 ? Infinity : bytes);

/** -o and --errors must not be an input (it would be read while being replaced), nor each other. */
function checkOutputs(inputs: string[], output: string | undefined, errors: string | undefined): void {
  const named = (path: string | undefined): path is string => path !== undefined && path !== '-';
  const files = inputs.filter(named);
  for (const [option, path] of [['-o', output], ['--errors', errors]] as const) {
    if (!named(path)) continue;
    const input = files.find((f) => sameFile(f, path));
    if (input !== undefined) throw new UsageError(`${option} ${path} is also an input (${input}): it would be overwritten while it is read`);
  }
  if (named(output) && named(errors) && sameFile(output, errors)) throw new UsageError(`-o ${output} is also the --errors file`);
}

/** The same file, however the path is spelled (links, "..", a symlink); else the same absolute path. */
function sameFile(a: string, b: string): boolean {
  const identity = (path: string): string => {
    try {
      const s = statSync(path);
      return `${s.dev}:${s.ino}`;
    } catch {
      return resolve(path);
    }
  };
  return identity(a) === identity(b);
}
