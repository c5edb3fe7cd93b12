/** The `arnews` command line: one module per command, usage errors exit 2. */
import { Command, CommanderError } from 'commander';
import { registerCleanersCommand } from './cleaners.js';
import { registerDatesCommand } from './dates.js';
import { registerExtractCommand } from './extract.js';
import { registerLearnCommand } from './learn.js';
import { registerReportCommand } from './reportCommand.js';
import { registerSchemaCommand } from './schema.js';
import { registerShowCommand } from './show.js';
import { packageVersion } from './version.js';
import { EXIT, UsageError } from './exit.js';

export function buildProgram(): Command {
  const program = new Command('arnews')
    .description('Turn raw dumps of Arabic news pages (text, JSONL, HTML) into clean JSON article records.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  $ arnews extract page.txt                 one JSON record per article, on stdout
  $ arnews extract corpus.jsonl.gz -o out.jsonl --errors errors.jsonl
  $ arnews show page.txt                    each line of the page with its fate, then its records
  $ arnews report records.jsonl --errors errors.jsonl -o report.html
  $ arnews dates --lines headlines.txt --ref-date 2025-04-27
  $ arnews schema > record.schema.json

Exit codes: 0 all documents handled, 1 some documents failed, 2 usage error.`,
  );
  registerExtractCommand(program);
  registerDatesCommand(program);
  registerSchemaCommand(program);
  registerCleanersCommand(program);
  registerLearnCommand(program);
  registerShowCommand(program);
  registerReportCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`arnews: ${error.message}\n(run with --help for usage)\n`);
      return EXIT.usage;
    }
    if (error instanceof CommanderError) {
      // Help and version also arrive here, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
}
