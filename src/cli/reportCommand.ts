/**
 * `arnews report RECORDS.jsonl… [--errors ERRORS.jsonl…]`: what a run produced, at a glance — one
 * self-contained HTML page (or terminal tables with --format text). Not to be confused with report.ts,
 * the stderr reporter of `extract`.
 */
import { Option, type Command } from 'commander';
import { EXIT } from './exit.js';
import { reportError } from './report.js';
import { outputWidth } from './terminalText.js';
import { renderReport, summariseFiles, writeReport, type ReportFormat } from '../report/index.js';

interface ReportCliOptions {
  errors: string[];
  output?: string;
  format: ReportFormat;
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description(
      'Summarise a run: documents, records and errors, records per site and file, field fill rates, warnings, dates, body lengths, frequent first and last paragraphs.',
    )
    .argument(
      '<records...>',
      'records files written by arnews extract (JSON Lines; .gz is decompressed; "-" for standard input)',
    )
    .option('--errors <files...>', 'error files written by arnews extract --errors')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(
      new Option('--format <format>', 'a self-contained HTML page, or terminal tables')
        .choices(['html', 'text'])
        .default('html'),
    )
    .addHelpText(
      'after',
      `
The HTML page needs no network: styles and charts (SVG) are inline, and it has no script.
The same report is written by extract --report FILE at the end of a run.

Examples:
  $ arnews report records.jsonl --errors errors.jsonl -o report.html
  $ arnews report day1.jsonl.gz day2.jsonl.gz --format text
  $ arnews extract crawl.jsonl -o records.jsonl --errors errors.jsonl --report report.html

Exit codes: 0 the report was written, 1 an input could not be read (the report covers the others), 2 usage error.`,
    )
    .action(async (records: string[], options: ReportCliOptions) => {
      process.exitCode = await runReport(records, options);
    });
}

async function runReport(records: string[], options: ReportCliOptions): Promise<number> {
  let failed = false;
  const summary = await summariseFiles(records, options.errors ?? [], (file, message) => {
    failed = true;
    reportError({ file, doc: null, line: null, code: 'unreadable', message });
  });
  await writeReport(options.output ?? null, renderReport(summary, options.format, outputWidth()));
  return failed ? EXIT.someFailed : EXIT.ok;
}
