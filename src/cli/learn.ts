/**
 * `arnews learn [inputs…]`: reads many pages of one site and prints a proposed declarative cleaner
 * (JSON on stdout) made of the lines, markers and glued phrases repeated across a large share of them.
 * What it saw but did not propose, and why, goes to stderr.
 */
import { Option, type Command } from 'commander';
import { readInput } from '../io/readers.js';
import { proposeCleaner } from '../learn/propose.js';
import { loadHtmlFrontEnd } from '../document/htmlFrontEnd.js';
import { buildDocument } from '../pipeline/extract.js';
import type { Document } from '../document/model.js';
import { loadRunCleaners } from './cleanerOptions.js';
import { resolveCliOptions } from './runOptions.js';
import { EXIT, UsageError } from './exit.js';
import { addReadOptions, readOptionsFrom, type ReadOptionValues } from './readOptions.js';
import { reportError } from './report.js';

interface LearnCliOptions extends ReadOptionValues {
  minShare: string;
  name?: string;
  host?: string;
}

export const DEFAULT_MIN_SHARE = '0.5';

export function registerLearnCommand(program: Command): void {
  const command = program
    .command('learn')
    .description(
      'Read many pages of one site and propose a declarative cleaner (JSON) for its boilerplate, to review and save.',
    )
    .argument(
      '[inputs...]',
      'pages of one site: text dumps, JSONL corpora, HTML ("-" or none: standard input); .gz is decompressed',
    )
    .addOption(
      new Option('--min-share <share>', 'share of distinct pages (0-1) a line must appear on').default(
        DEFAULT_MIN_SHARE,
      ),
    )
    .option('--name <name>', 'name of the proposed cleaner (default: from the host)')
    .option('--host <host>', 'host the cleaner claims (default: the host most page URLs share)');
  addReadOptions(command)
    .addHelpText(
      'after',
      `
Pages that are renderings of the same article count once. Lines the generic cleaner already removes
are not proposed again. Save the output, read every rule, then use it with --cleaner or ARNEWS_CLEANERS.

Examples:
  $ arnews learn site-pages/*.txt --name mysite > mysite.json
  $ arnews learn crawl.jsonl --text-field content --min-share 0.3 --host example.com
  $ arnews cleaners --check mysite.json && arnews extract page.txt --cleaner mysite.json --explain`,
    )
    .action(async (inputs: string[], options: LearnCliOptions) => {
      process.exitCode = await runLearn(inputs, options);
    });
}

async function runLearn(inputs: string[], options: LearnCliOptions): Promise<number> {
  if (inputs.length === 0) {
    if (process.stdin.isTTY)
      throw new UsageError('no input: give pages of one site to read, or pipe them into standard input');
    inputs = ['-'];
  }
  const minShare = Number(options.minShare);
  if (!(minShare > 0 && minShare <= 1))
    throw new UsageError(`--min-share must be a number in (0, 1], not "${options.minShare}"`);
  const registry = await loadRunCleaners(resolveCliOptions({ cleanerFiles: [] }).cleaners);
  await loadHtmlFrontEnd();
  const readOptions = readOptionsFrom(options);
  const docs: Document[] = [];
  let failed = 0;
  for (const input of inputs) {
    for await (const item of readInput(input, readOptions)) {
      if ('error' in item) {
        failed++;
        reportError(item.error);
        continue;
      }
      docs.push(buildDocument(item.page));
    }
  }
  if (docs.length === 0) throw new UsageError('no page could be read from the inputs');
  const host = options.host ?? null;
  const name = options.name ?? (host ?? 'learned').toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  const proposal = proposeCleaner(docs, registry, { minShare, name, host });
  for (const note of proposal.notes) process.stderr.write(`arnews learn: ${note}\n`);
  const { drop, sections } = proposal.cleaner.rules;
  process.stderr.write(
    `arnews learn: ${proposal.pages} pages, ${proposal.distinctPages} distinct: proposed ${drop.length} drop and ${sections.length} section rules\n`,
  );
  process.stdout.write(`${JSON.stringify(proposal.cleaner, null, 2)}\n`);
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}
