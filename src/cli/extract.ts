import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXIT, UsageError } from './exit.js';
import { reportError, reportSummary, reportWarning } from './report.js';
import { loadRunCleaners } from './cleanerOptions.js';
import { parseDateOptions, addDateOptions, type DateOptionValues } from './dateOptions.js';
import { addReadOptions, readOptionsFrom, type ReadOptionValues } from './readOptions.js';
import { JsonWriter, OutputClosedError } from '../io/writers.js';
import type { ExtractOptions } from '../pipeline/extract.js';
import { extractInputs } from '../pipeline/run.js';
import type { ErrorEntry } from '../record.js';
import { RunSummary, renderReport, writeReport } from '../report/index.js';

interface ExtractCliOptions extends DateOptionValues, ReadOptionValues {
  output?: string;
  pretty?: boolean;
  errors?: string;
  quiet?: boolean;
  site?: string;
  cleaner: string[];
  explain?: boolean | string;
  jobs: number;
  report?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}

/** One job per core, up to four: extraction is CPU-bound, and reading stays on the main thread. */
function defaultJobs(): number {
  return Math.min(availableParallelism(), 4);
}

export function registerExtractCommand(program: Command): void {
  const command = program
    .command('extract')
    .description('Extract clean article records (JSON Lines) from text dumps, JSONL corpora and HTML pages.')
    .argument('[inputs...]', 'files to read ("-" for standard input; default: standard input); .gz is decompressed')
    .option('-o, --output <file>', 'write records to a file instead of stdout')
    .option('--pretty', 'write an indented JSON array instead of JSON Lines')
    .option('--errors <file>', 'write an error entry (JSON Lines) for every document that yields no record')
    .option('-q, --quiet', 'no summary line on stderr')
    .option('--report <file>', 'also write the HTML report of the run (see arnews report)')
    .option('--site <name>', 'force a site cleaner (see arnews cleaners)')
    .option('--cleaner <path>', 'add a user cleaner (JSON file or ES module); repeatable', collect, [])
    .option('-j, --jobs <n>', 'pages extracted in parallel, on worker threads', parsePositiveInt, defaultJobs())
    .addOption(new Option('--explain [where]', 'report every cleaner rule that fired: in each record, or on stderr').choices(['record', 'stderr']));
  addReadOptions(command);
  addDateOptions(command, "the page's date, else the article's own");
  command.addHelpText(
    'after',
    `
Input forms:
  a plain-text file is one page; a .jsonl file (or input starting with "{") has one page per line;
  an .html file (or input starting like HTML) is one HTML page; .gz inputs are decompressed.

Examples:
  $ arnews extract page.txt
  $ arnews extract crawl.jsonl.gz --text-field content -o records.jsonl --errors errors.jsonl
  $ cat page.txt | arnews extract --pretty
  $ arnews extract page.txt --explain | jq '.explain'
  $ arnews extract big.jsonl | head -1
  $ arnews extract crawl.jsonl -o records.jsonl --report report.html

Exit codes: 0 every document yielded records, 1 some documents failed (each has an error entry), 2 usage error.`,
  );
  command.action(async (inputs: string[], options: ExtractCliOptions) => {
    process.exitCode = await runExtract(inputs, options);
  });
}

async function runExtract(inputs: string[], options: ExtractCliOptions): Promise<number> {
  const started = performance.now();
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files to read, or pipe a page into standard input');
    inputs = ['-'];
  }
  const explainTo = options.explain === true ? 'record' : (options.explain ?? null);
  const engineOptions = { site: options.site ?? null, explain: explainTo !== null, ...parseDateOptions(options) };
  const extractOptions: ExtractOptions = { ...engineOptions, registry: await loadRunCleaners(options.cleaner) };
  if (extractOptions.site) {
    try {
      extractOptions.registry.byName(extractOptions.site);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const readOptions = readOptionsFrom(options);

  const out = await JsonWriter.open(options.output ?? null, options.pretty ?? false);
  const errorsOut = options.errors ? await JsonWriter.open(options.errors, false) : null;
  const counts = { documents: 0, records: 0, errors: 0 };
  const report = options.report ? new RunSummary({ records: inputs, errors: [] }) : null;
  const fail = async (entry: ErrorEntry): Promise<void> => {
    counts.errors++;
    reportError(entry);
    report?.addError(entry);
    await errorsOut?.write(entry);
  };
  try {
    const parallel = { jobs: options.jobs, setup: { options: engineOptions, cleanerPaths: options.cleaner, cleanersDir: process.env.ARNEWS_CLEANERS } };
    for await (const result of extractInputs(inputs.map((source) => ({ source })), readOptions, extractOptions, parallel)) {
      counts.documents++;
      if ('error' in result) {
        await fail(result.error);
        continue;
      }
      for (const warning of result.page.warnings) reportWarning(result.page.input, warning);
      for (const record of result.records) {
        if (explainTo === 'stderr' && record.explain) {
          for (const e of record.explain) process.stderr.write(`explain ${record.id} ${e.cleaner}/${e.rule} line ${e.line ?? '-'}: ${e.action}: ${e.matched}\n`);
          delete record.explain;
        }
        await out.write(record);
        counts.records++;
        report?.addRecord(record);
      }
    }
  } catch (error) {
    if (error instanceof OutputClosedError) return EXIT.ok;
    throw error;
  } finally {
    await out.close();
    await errorsOut?.close();
  }
  if (report) await writeReport(options.report!, renderReport(report));
  if (!options.quiet) reportSummary(counts, (performance.now() - started) / 1000);
  return counts.errors > 0 ? EXIT.someFailed : EXIT.ok;
}
