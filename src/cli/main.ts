/**
 * The `arnews` command line: one module per command, loaded only when that command runs (so that
 * `arnews extract` starts without loading what `learn` or `dates` need); usage errors exit 2, an
 * output that cannot be written 74.
 */
import { Command, CommanderError } from 'commander';
import { OutputError } from '../io/atomicFile.js';
import { EXIT, UsageError } from './exit.js';
import { colourTerminalMessages, reportFailure } from './report.js';
import { packageVersion } from './version.js';

type Register = (program: Command) => void;

/** Each command's module, in the order `arnews --help` lists them. */
const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import('./extract.js')).registerExtractCommand,
  dates: async () => (await import('./dates.js')).registerDatesCommand,
  schema: async () => (await import('./schema.js')).registerSchemaCommand,
  cleaners: async () => (await import('./cleaners.js')).registerCleanersCommand,
  learn: async () => (await import('./learn.js')).registerLearnCommand,
  show: async () => (await import('./show.js')).registerShowCommand,
  report: async () => (await import('./reportCommand.js')).registerReportCommand,
};

/** The program with the commands `argv` may need: the one it names, none for the version, or all of them (help, an unknown command). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
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

Exit codes: 0 all documents handled, 1 some documents failed, 2 usage error, 70 internal error,
74 an output could not be written, 130/143 interrupted (SIGINT/SIGTERM).`,
  );
  const named = commandOf(argv);
  const versionOnly = !named && argv.some((arg) => arg === '-V' || arg === '--version');
  const wanted = named && named in COMMANDS ? [named] : versionOnly ? [] : Object.keys(COMMANDS);
  for (const name of wanted) (await COMMANDS[name]!())(program);
  return program;
}

/** The command `argv` names: its first word that is not an option. */
const commandOf = (argv: string[]): string | undefined => argv.slice(2).find((arg) => !arg.startsWith('-'));

/**
 * Extract's optional option value is taken only when written with "=": `--explain page.txt` is
 * --explain and a file, `--explain=stderr` the option with its value. (`dates --explain` is a flag.)
 */
function bareExplainTakesNoValue(argv: string[]): string[] {
  if (commandOf(argv) !== 'extract') return argv;
  const end = argv.indexOf('--');
  return argv.map((arg, i) => (arg === '--explain' && (end < 0 || i < end) ? '--explain=record' : arg));
}

export async function main(argv: string[]): Promise<number> {
  guardStdout();
  await colourTerminalMessages();
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(bareExplainTakesNoValue(argv));
    const code = typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
    if (stdoutFailure && code !== EXIT.ioError) {
      reportFailure(new OutputError('standard output', stdoutFailure).message);
      return EXIT.ioError;
    }
    return code;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`arnews: ${error.message}\n(run with --help for usage)\n`);
      return EXIT.usage;
    }
    if (error instanceof CommanderError) {
      // Help and version also arrive here, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const failedWrite = error instanceof OutputError ? error : stdoutWriteError(error);
    if (failedWrite) {
      reportFailure(failedWrite.message);
      return EXIT.ioError;
    }
    throw error;
  }
}

/**
 * A reader that stops early (`arnews cleaners | head -1`) closes the pipe: the EPIPE that follows is
 * no error, and must not surface as an unhandled 'error' event with a stack trace. (extract checks
 * each of its writes itself; this is for the short outputs of the other commands and of --help.)
 */
let stdoutFailure: NodeJS.ErrnoException | null = null;

function guardStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') stdoutFailure ??= error;
  });
}

/** A file on stdout is written synchronously: a full disk throws from the command's own write. */
function stdoutWriteError(error: unknown): OutputError | null {
  const errno = error as NodeJS.ErrnoException;
  return errno?.syscall === 'write' && typeof errno.code === 'string'
    ? new OutputError('standard output', errno)
    : null;
}
