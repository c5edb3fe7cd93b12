/**
 * `arnews extract`. The main thread reads, writes and supervises; every document is extracted on a
 * worker thread (see pipeline/parallel.ts), so that one that runs too long can be stopped. Nothing is
 * lost and nothing hangs: every document yields records or an error entry, outputs are written
 * atomically and every write is checked, and a run that stops early says so and exits non-zero.
 */
import { createReadStream, realpathSync, statSync, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXIT, UsageError } from './exit.js';
import { addCleanerOptions, type CleanerOptionValues } from './cleanerOptions.js';
import { Interruption } from './interrupt.js';
import { reportError, reportFailure, reportNotice, reportSummary, reportWarning } from './report.js';
import { addDateOptions, type DateOptionValues } from './dateOptions.js';
import { addReadOptions, readOptionsFrom, type ReadOptionValues } from './readOptions.js';
import { fieldOptions } from '../io/fields.js';
import { InputListError, listInputs, type BatchInput } from '../io/inputs.js';
// --out-dir's and the progress line's modules are loaded when a run needs them (start-up: issue 11).
import type { Manifest } from '../io/manifest.js';
import type { InputOutputs } from '../io/outDir.js';
import type { ProgressCounts } from '../io/progressLine.js';
import {
  DEFAULT_MAX_DOC_BYTES,
  DEFAULT_MAX_INPUT_BYTES,
  readInput,
  type ReadItem,
  type ReadOptions,
} from '../io/readers.js';
import { JsonWriter, OutputClosedError, OutputError } from '../io/writers.js';
import { MainAndWorkers } from '../pipeline/inProcess.js';
import { extractInOrder, SetupError, type Extractor, type WorkerSetup } from '../pipeline/parallel.js';
import type { ArticleRecord, ErrorEntry } from '../record.js';
import { packageVersion } from './version.js';

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
  validate?: boolean;
  maxErrors?: number;
  outDir?: string;
  gzip?: boolean;
  resume?: boolean;
  glob: string[];
  filesFrom?: string;
  null?: boolean;
  stdinName?: string;
  firstLine: number;
  progress?: boolean;
  shard?: Shard;
}

/** `--shard K/N`: the K-th (1-based) of N parts. */
interface Shard {
  index: number;
  count: number;
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
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError('a number of seconds (0: no limit)');
  return n;
}

function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || count < 1 || index < 1 || index > count)
    throw new InvalidArgumentError('K/N, the K-th of N parts, 1 ≤ K ≤ N (such as 2/4)');
  return { index, count };
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "32M", "512K", "1.5G" or a number of bytes; 0: no limit. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  if (!m) throw new InvalidArgumentError('a size in bytes, such as 32M, 512K or 1G (0: no limit)');
  return Math.round(Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!);
}

/** Worker threads by default, at most: beyond, the gain in wall time is small and memory grows. */
const MAX_DEFAULT_JOBS = 4;

/**
 * One worker per core, at least one, at most four: the fastest measured on the project's 2-core machine
 * when the run has it to itself (`npm run bench`, 50 MB of JSONL: --jobs 2 1.24× the MB/s of --jobs 1,
 * for 1.18× its CPU per page, since the workers warm up without TurboFan's inlining: parallel.ts). Runs
 * that share the machine (several at once, `parallel`) do better with --jobs 1 each (README, Performance).
 */
function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_JOBS));
}

export function registerExtractCommand(program: Command): void {
  const explain = new Option(
    '--explain [where]',
    'report every cleaner rule that fired: in each record, or with =stderr on stderr',
  ).choices([EXPLAIN_IN_RECORDS, 'stderr']);
  // Only "--explain=stderr" gives it a value (main.ts rewrites a bare --explain): a file name after it stays a file.
  explain.flags = '--explain[=stderr]';
  const command = program
    .command('extract')
    .description(
      'Extract clean article records (JSON Lines) from text dumps, JSONL/JSON, XML and CSV/TSV corpora, and HTML pages.',
    )
    .argument(
      '[inputs...]',
      'files and directories to read ("-" for standard input; default: standard input); .gz is decompressed',
    )
    .option(
      '-o, --output <file>',
      'write records to a file instead of stdout (it appears only when the run is complete); x.jsonl.gz is gzipped',
    )
    .option(
      '--out-dir <dir>',
      'one output per input, mirroring its path: a/b.txt → DIR/a/b.jsonl (+ a/b.errors.jsonl when it has errors)',
    )
    .option('--gzip', 'with --out-dir: write DIR/a/b.jsonl.gz')
    .option('--resume', 'with --out-dir: skip the inputs whose outputs there are complete and current')
    .option(
      '--glob <pattern>',
      'in directories, read only the files matching the pattern (repeatable; default: every file arnews reads)',
      collect,
      [],
    )
    .option('--files-from <file>', 'read the inputs listed in FILE ("-": standard input), one per line')
    .option('-0, --null', 'the --files-from list is separated by NUL bytes (find -print0)')
    .option('--stdin-name <name>', 'what records call standard input (input.file; default "-")')
    .option(
      '--first-line <n>',
      'the line number of the first line of standard input (a chunk of a larger file)',
      parsePositiveInt,
      1,
    )
    .option(
      '--shard <K/N>',
      'extract only the K-th of N deterministic parts of the input: by file, or by document for one input',
      parseShard,
    )
    .option('--pretty', 'write an indented JSON array instead of JSON Lines')
    .option(
      '--errors <file>',
      'write an error entry (JSON Lines) for every document that yields no record (then not on stderr)',
    )
    .option('-q, --quiet', 'no summary line (nor progress line) on stderr')
    .option('--report <file>', 'also write the HTML report of the run (see arnews report)')
    .option('-j, --jobs <n>', 'pages extracted in parallel, on worker threads', parsePositiveInt, defaultJobs())
    .option(
      '--doc-timeout <seconds>',
      'time budget per document: past it the document is stopped (error "timeout"); 0: none',
      parseSeconds,
      DEFAULT_DOC_TIMEOUT_SECONDS,
    )
    .option(
      '--max-doc-bytes <size>',
      'largest document (a JSONL line, a whole file) read; a larger one is "too-large"',
      parseSize,
      DEFAULT_MAX_DOC_BYTES,
    )
    .option(
      '--max-input-bytes <size>',
      'bytes read from one input after decompression, at most; then "too-large"',
      parseSize,
      DEFAULT_MAX_INPUT_BYTES,
    )
    .option('--fail-fast', 'stop at the first document that yields no record (exit 1)')
    .option('--max-errors <n>', 'stop the run once N documents failed (exit 1)', parsePositiveInt)
    .option('--progress', 'show the progress line even when stderr is not a terminal')
    .option('--no-progress', 'no progress line on a terminal')
    .option(
      '--validate',
      'check every record against the output schema before it is written (slower); one that does not match is an "invalid-record" error',
    )
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
  $ arnews extract crawl/ --out-dir out/ --gzip --resume
  $ find crawl -name '*.txt' -print0 | arnews extract --files-from - -0 -o all.jsonl.gz
  $ arnews extract crawl/ --shard 2/4 -o part2.jsonl

Exit codes: 0 every document yielded records, 1 some documents failed (each has an error entry),
2 usage error, 70 internal error, 74 an output could not be written, 130/143 interrupted (SIGINT/SIGTERM).`,
  );
  command.action(async (inputs: string[], options: ExtractCliOptions) => {
    process.exitCode = await runExtract(inputs, options);
  });
}

/** Why a run stopped before the end of its inputs: --fail-fast or --max-errors. */
class FailFast extends Error {}

async function runExtract(args: string[], options: ExtractCliOptions): Promise<number> {
  const started = performance.now();
  checkCombinations(args, options);
  if (args.length === 0 && !options.filesFrom) {
    if (process.stdin.isTTY)
      throw new UsageError('no input: give files or directories to read, or pipe a page into standard input');
    args = ['-'];
  }
  const explainTo = options.explain ?? null;
  const { site, refDate, weekStart, prefer, cleaner: cleanerFiles, allowCode } = options;
  // Resolved where the documents are extracted, as it sets up: a bad value fails pool.start() as a usage error.
  const engineOptions = {
    site,
    refDate,
    weekStart,
    prefer,
    explain: explainTo !== null,
    validate: Boolean(options.validate),
  };
  const setup: WorkerSetup = {
    options: { ...engineOptions, cleanerFiles, allowCode },
    fields: fieldOptions(readOptionsFrom(options)),
    pretty: Boolean(options.pretty),
    explainToStderr: explainTo === 'stderr',
  };
  // The cleaners load while the inputs are listed and the outputs open.
  const pool = new MainAndWorkers(setup, {
    jobs: options.jobs,
    docTimeoutMs: options.docTimeout * 1000,
    inputBytes: namedFileBytes(args),
  });
  const starting = pool.start();
  starting.catch(() => undefined);
  try {
    return await runBatch(args, options, pool, starting, engineOptions, started);
  } finally {
    await pool.close();
  }
}

async function runBatch(
  args: string[],
  options: ExtractCliOptions,
  pool: Extractor,
  starting: Promise<void>,
  engineOptions: object,
  started: number,
): Promise<number> {
  const { inputs: all, emptyDirectories } = await listInputs(args, {
    globs: options.glob,
    filesFrom: options.filesFrom,
    nul: options.null,
    exclude: options.outDir ? [options.outDir] : [],
    stdinName: options.stdinName,
  }).catch((error: unknown) => {
    throw error instanceof InputListError ? new UsageError(error.message) : error;
  });
  if (!options.quiet)
    for (const dir of emptyDirectories)
      reportNotice(
        `${dir}: no file to read in this directory${options.glob.length ? ` matches --glob ${options.glob.join(' ')}` : ''}`,
      );
  // One input is sharded by document, several by file.
  const shard = options.shard ?? null;
  const byDocument = shard !== null && all.length === 1;
  const inputs = shard && !byDocument ? all.filter((_, i) => i % shard.count === shard.index - 1) : all;
  const selectDoc = byDocument ? (doc: number): boolean => doc % shard.count === shard.index - 1 : undefined;
  checkOutputs(inputs, options);

  const outDir = options.outDir
    ? new (await import('../io/outDir.js')).OutDir(options.outDir, Boolean(options.gzip), Boolean(options.pretty))
    : null;
  // JSONL lines are decoded and parsed on the worker threads, not on this one.
  const readOptions: ReadOptions & { rawLines: true } = {
    ...readOptionsFrom(options),
    maxDocBytes: limit(options.maxDocBytes),
    maxInputBytes: limit(options.maxInputBytes),
    selectDoc,
    rawLines: true,
  };
  const manifest = outDir
    ? await openManifest(outDir.dir, options, engineOptions, readOptions, shard, byDocument)
    : null;
  let todo = inputs;
  // Inputs skipped whose outputs hold error entries: the run still ends as one that had errors.
  let skippedWithErrors = 0;
  if (options.resume && manifest) {
    const { ERRORS_SUFFIX } = await import('../io/outDir.js');
    todo = [];
    for (const input of inputs) {
      const done = input.source === '-' ? null : await manifest.current(input.source);
      if (!done) todo.push(input);
      else if (done.outputs.some((name) => name.endsWith(ERRORS_SUFFIX))) skippedWithErrors++;
    }
  }
  const skipped = inputs.length - todo.length;

  const interruption = new Interruption();
  // Reading stops on a signal, and on any other early end (--fail-fast, --max-errors, a failed write).
  const stopReading = new AbortController();
  interruption.signal.addEventListener('abort', () => stopReading.abort(interruption.signal.reason));
  readOptions.signal = stopReading.signal;
  const counts = { documents: 0, records: 0, errors: 0 };
  const report = options.report
    ? new (await import('../report/summary.js')).RunSummary({ records: inputs.map((i) => i.name), errors: [] })
    : null;
  // Per-document lines go to the error files only, when there are error files: a batch log stays readable.
  const documentLines = !options.errors && !outDir;
  const stopAt = options.failFast ? 1 : (options.maxErrors ?? null);
  const unshown: ErrorEntry[] = [];
  const reading = new ReadingState(todo);
  const progress = showProgress(options)
    ? new (await import('../io/progressLine.js')).ProgressLine(() => ({ ...counts, ...reading.counts() }))
    : null;
  const say = (write: () => void): void => {
    progress?.clear();
    write();
  };

  const outputs: JsonWriter[] = [];
  const opening = openOutputs(options);
  opening.then((writers) => outputs.push(...writers.filter((w) => w !== null))).catch(() => undefined);
  let current = null as { input: BatchInput; outputs: InputOutputs | null; stat: Stats | null } | null;
  // Ends the input being written (its outputs renamed into place, then its manifest entry) and opens the next one's.
  const nextInput = async (): Promise<void> => {
    if (current) {
      const names = (await current.outputs?.finish()) ?? [];
      const { input, stat } = current;
      current = null;
      reading.filesDone++;
      if (manifest && input.source !== '-' && stat) {
        const state = await (await import('../io/manifest.js')).inputState(input.source);
        // An input that changed while it was read gets no entry: --resume does it again.
        if (state && state.size === stat.size && state.mtimeMs === stat.mtimeMs)
          await manifest.add(input.source, state, names);
      }
    }
    const input = todo[reading.filesDone];
    if (!input) return;
    const stat = input.source === '-' ? null : await statOrNull(input.source);
    current = { input, stat, outputs: null };
    if (outDir) current.outputs = await outDir.open(input);
  };
  try {
    await starting.catch((error: unknown) => {
      throw error instanceof SetupError && error.usage ? new UsageError(error.message) : error;
    });
    const [out, errorsOut] = await opening;
    if (progress) {
      void reading.measure();
      progress.start();
    }
    if (todo.length > 0) await nextInput();
    for await (const result of extractInOrder(
      reading.items(readOptions, options.firstLine),
      pool,
      interruption.signal,
    )) {
      const owner = reading.owners.shift()!;
      while (reading.filesDone < owner) await nextInput();
      counts.documents++;
      if ('error' in result) {
        counts.errors++;
        if (documentLines) say(() => reportError(result.error));
        else if (stopAt !== null) unshown.push(result.error);
        report?.addError(result.error);
        await errorsOut?.write(result.error);
        await current?.outputs?.writeError(result.error);
        if (stopAt !== null && counts.errors >= stopAt) {
          // The files they went to are not written now: the errors that stopped the run are shown here.
          for (const entry of unshown) reportError(entry);
          throw new FailFast(
            options.failFast
              ? 'stopped at the first error (--fail-fast)'
              : `stopped after ${counts.errors} errors (--max-errors ${stopAt})`,
          );
        }
        continue;
      }
      if (documentLines)
        for (const warning of result.page.warnings) say(() => reportWarning(result.page.input, warning));
      for (const line of result.explain) say(() => process.stderr.write(line));
      const records = current?.outputs?.records ?? out!;
      for (const record of result.records) {
        await records.writeSerialized(record);
        counts.records++;
        report?.addRecord(JSON.parse(record) as ArticleRecord);
      }
    }
    while (current) await nextInput();
    for (const output of outputs) await output.finish();
    await manifest?.compact(inputs.filter((i) => i.source !== '-').map((i) => i.source));
  } catch (error) {
    stopReading.abort();
    progress?.stop();
    await opening.catch(() => undefined);
    const unfinished = current ? current.outputs : null;
    await unfinished?.abandon().catch(() => undefined);
    const notWritten = unfinished ? [join(outDir!.dir, outDir!.recordsName(current!.input))] : [];
    return await endEarly(error, outputs, interruption, () =>
      summary(counts, started, options, error, interruption, outputs, notWritten),
    );
  } finally {
    progress?.stop();
    stopReading.abort();
    interruption.dispose();
  }
  if (report) {
    const { renderReport, writeReport } = await import('../report/index.js');
    await writeReport(options.report!, renderReport(report));
  }
  if (!options.quiet) reportSummary(counts, seconds(started), { stopped: null, notWritten: [], skipped });
  return counts.errors > 0 || skippedWithErrors > 0 ? EXIT.someFailed : EXIT.ok;
}

/**
 * The inputs as one stream of pages, and where reading stands: which input each page came from
 * (`owners`, in the order the pages went out, which is the order their results come back), files
 * done, and bytes read for the progress line.
 */
class ReadingState {
  readonly owners: number[] = [];
  filesDone = 0;
  private bytesBefore = 0;
  private bytesTotal: number | null = null;
  private reading: { bytesRead: number } | null = null;

  constructor(private readonly todo: BatchInput[]) {}

  async *items(readOptions: ReadOptions & { rawLines: true }, firstLine: number): AsyncGenerator<ReadItem> {
    const select = readOptions.selectDoc;
    for (const [index, input] of this.todo.entries()) {
      readOptions.signal?.throwIfAborted();
      const stream = input.source === '-' ? countingStdin() : createReadStream(input.source);
      this.reading = stream;
      try {
        for await (const item of readInput(stream, readOptions, input.name, input.source === '-' ? firstLine : 1)) {
          // The reader skips the JSONL documents of other shards unparsed; a whole-file page, or an error
          // of the input as a whole (charged to the document it stopped at), is kept by one shard here.
          if (
            select &&
            !select(
              'error' in item ? (item.error.doc ?? 0) : 'line' in item ? item.line.input.doc : item.page.input.doc,
            )
          )
            continue;
          this.owners.push(index);
          yield item;
        }
      } finally {
        this.bytesBefore += stream.bytesRead;
        this.reading = null;
        if (input.source !== '-') stream.destroy();
      }
    }
  }

  /** Sizes of the inputs, for the progress line's total and time left (standard input has none). */
  async measure(): Promise<void> {
    if (this.todo.some((i) => i.source === '-')) return;
    let total = 0;
    for (const input of this.todo) total += (await statOrNull(input.source))?.size ?? 0;
    this.bytesTotal = total;
  }

  counts(): Pick<ProgressCounts, 'filesDone' | 'filesTotal' | 'bytes' | 'bytesTotal'> {
    return {
      filesDone: this.filesDone,
      filesTotal: this.todo.length,
      bytes: this.bytesBefore + (this.reading?.bytesRead ?? 0),
      bytesTotal: this.bytesTotal,
    };
  }
}

/** Standard input through a counter of the bytes read (a file stream counts its own). */
function countingStdin(): Readable & { bytesRead: number } {
  const counter = Object.assign(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        counter.bytesRead += chunk.length;
        done(null, chunk);
      },
    }),
    { bytesRead: 0 },
  );
  return process.stdin.pipe(counter);
}

/**
 * Bytes of the files named on the command line: what is known of a run's size before it reads (a
 * directory's files, standard input and a --files-from list are not counted).
 */
function namedFileBytes(args: string[]): number {
  let bytes = 0;
  for (const arg of args) {
    if (arg === '-') continue;
    try {
      const stats = statSync(arg);
      if (stats.isFile()) bytes += stats.size;
    } catch {
      // Not there: listing the inputs reports it.
    }
  }
  return bytes;
}

const statOrNull = (path: string): Promise<Stats | null> => stat(path).catch(() => null);

function showProgress(options: ExtractCliOptions): boolean {
  if (options.progress !== undefined) return options.progress;
  return Boolean(process.stderr.isTTY) && !options.quiet;
}

/** The manifest of --out-dir, keyed by what changes the output. */
async function openManifest(
  dir: string,
  options: ExtractCliOptions,
  engineOptions: object,
  readOptions: ReadOptions,
  shard: Shard | null,
  byDocument: boolean,
): Promise<Manifest> {
  const { hashFile, Manifest, manifestName, outputKey } = await import('../io/manifest.js');
  // Loaded here only: options.ts brings the date engine, which this thread otherwise does without.
  const cleanerDir = (await import('../options.js')).cleanerDirectory();
  const cleanerFiles = [...options.cleaner, ...(cleanerDir ? await listCleanerDir(cleanerDir) : [])];
  const cleaners = await Promise.all(cleanerFiles.map(async (path) => [path, await hashFile(path).catch(() => null)]));
  // What reads, not how: which thread parses a line changes no output.
  const { selectDoc: _, signal: __, rawLines: ___, ...read } = readOptions;
  // A shard by document writes part of its input's records: which part changes the output.
  const key = outputKey({
    engineOptions,
    read,
    pretty: Boolean(options.pretty),
    gzip: Boolean(options.gzip),
    docTimeout: options.docTimeout,
    cleaners,
    shard: byDocument ? shard : null,
  });
  return Manifest.load(dir, manifestName(shard), packageVersion(), key);
}

async function listCleanerDir(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.sort().map((name) => join(dir, name));
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
async function endEarly(
  error: unknown,
  outputs: JsonWriter[],
  interruption: Interruption,
  printSummary: () => void,
): Promise<number> {
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

function summary(
  counts: { documents: number; records: number; errors: number },
  started: number,
  options: ExtractCliOptions,
  error: unknown,
  interruption: Interruption,
  outputs: JsonWriter[],
  unfinished: string[],
): void {
  if (options.quiet || error instanceof OutputClosedError) return;
  const stopped = interruption.by
    ? `interrupted (${interruption.by})`
    : error instanceof FailFast
      ? error.message
      : 'stopped';
  const notWritten = [...outputs.filter((o) => o.sink.replaceable).map((o) => o.sink.name), ...unfinished];
  reportSummary(counts, seconds(started), { stopped, notWritten });
}

const seconds = (started: number): number => (performance.now() - started) / 1000;

/** 0 turns a limit off. */
const limit = (bytes: number): number => (bytes === 0 ? Infinity : bytes);

/** Options that only make sense together, or not at all together. */
function checkCombinations(args: string[], options: ExtractCliOptions): void {
  if (options.outDir && options.output)
    throw new UsageError('-o and --out-dir exclude each other: records go to one file, or to one file per input');
  if (options.gzip && !options.outDir)
    throw new UsageError('--gzip is for --out-dir (for -o, name the file x.jsonl.gz)');
  if (options.resume && !options.outDir)
    throw new UsageError('--resume needs --out-dir (the outputs it can find complete)');
  if (options.null && !options.filesFrom) throw new UsageError('-0 is for the --files-from list');
  if (options.filesFrom === '-' && args.includes('-'))
    throw new UsageError('standard input cannot be both the --files-from list and an input');
}

/**
 * No output may be an input (it would be read while being replaced): not -o nor --errors, however the
 * path is spelled, nor a file of --out-dir; two inputs may not share an output; -o and --errors must
 * differ.
 */
function checkOutputs(inputs: BatchInput[], options: ExtractCliOptions): void {
  const named = (path: string | undefined): path is string => path !== undefined && path !== '-';
  const files = inputs.map((i) => i.source).filter(named);
  const { output, errors, outDir } = options;
  if (named(output) && named(errors) && sameFile(output, errors))
    throw new UsageError(`-o ${output} is also the --errors file`);
  const targets = (
    [
      ['-o', output],
      ['--errors', errors],
    ] as const
  )
    .filter(([, path]) => named(path))
    .map(([option, path]) => ({ option, path: path!, identity: fileIdentity(path!) }));
  const outRoot = outDir ? realpathOrResolved(outDir) : null;
  for (const file of files) {
    const identity = targets.length > 0 ? fileIdentity(file) : '';
    const clash = targets.find((t) => t.identity === identity);
    if (clash)
      throw new UsageError(
        `${clash.option} ${clash.path} is also an input (${file}): it would be overwritten while it is read`,
      );
    if (outRoot && isInside(realpathOrResolved(file), outRoot))
      throw new UsageError(`the input ${file} is inside --out-dir ${outDir}: it would be overwritten while it is read`);
  }
  if (outDir) {
    const seen = new Map<string, string>();
    for (const input of inputs) {
      const other = seen.get(input.relative);
      if (other !== undefined)
        throw new UsageError(
          `${other} and ${input.name} would both be written to ${join(outDir, input.relative)}.jsonl: give one of them another name or directory`,
        );
      seen.set(input.relative, input.name);
    }
  }
}

/** A file's identity however its path is spelled (links, "..", a symlink); else its absolute path. */
function fileIdentity(path: string): string {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return resolve(path);
  }
}

function sameFile(a: string, b: string): boolean {
  return fileIdentity(a) === fileIdentity(b);
}

function realpathOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
