/** `arnews dates`: the date engine alone, on any Arabic text, one JSON line per text (or per line with --lines). */
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { findDateMentions, parseReferenceDate, WEEK_STARTS, type DateOptions, type Prefer, type WeekStart } from '../dates/index.js';
import { EXIT, UsageError } from './exit.js';

interface DatesFlags {
  lines?: boolean;
  refDate?: string;
  weekStart?: string;
  prefer?: string;
}

const HELP = `
Without --lines each input (a file, or - for standard input) is one text and gives one line:
  {"file": "page.txt", "mentions": [...]}
With --lines each input line is a text of its own:
  {"line": 1, "text": "...", "mentions": [...]}       ("file" is added when several inputs are given)
A mention: {"text", "start", "end", "kind", "value", "grain", "calendar", "hijri", "mod"}; start/end are
UTF-16 offsets into the text. Relative mentions (اليوم، الأحد، الأسبوع الماضي) have value null without --ref-date.

Examples:
  $ echo "استضافت مسقط في 12 أبريل الجاري الجولة الأولى" | arnews dates --ref-date 2025-04-27
  $ arnews dates --lines headlines.txt --ref-date 2025-04-27T10:00 --week-start sunday
  $ arnews dates --lines --prefer future agenda.txt | jq '.mentions[].value'`;

export function registerDatesCommand(program: Command): void {
  program
    .command('dates')
    .description('Find, normalise and resolve the date and time mentions of Arabic text (files or standard input).')
    .argument('[files...]', 'text files; - or none for standard input')
    .option('--lines', 'treat each input line as a text of its own')
    .option('--ref-date <date>', 'reference for relative mentions: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: none, they stay null)')
    .option('--week-start <day>', 'first day of the week: saturday, sunday or monday', 'saturday')
    .option('--prefer <tense>', 'past or future: how a mention with no tense cue resolves (default: the sentence\'s tense, else past)')
    .addHelpText('after', HELP)
    .action(async (files: string[], flags: DatesFlags) => {
      process.exitCode = await runDates(files.length > 0 ? files : ['-'], Boolean(flags.lines), dateOptions(flags));
    });
}

function dateOptions(flags: DatesFlags): DateOptions {
  if (flags.refDate !== undefined && !parseReferenceDate(flags.refDate)) {
    throw new UsageError(`--ref-date: "${flags.refDate}" is not a date as YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
  }
  const weekStart = flags.weekStart ?? 'saturday';
  if (!(weekStart in WEEK_STARTS)) throw new UsageError(`--week-start: "${weekStart}" is not saturday, sunday or monday`);
  if (flags.prefer !== undefined && flags.prefer !== 'past' && flags.prefer !== 'future') {
    throw new UsageError(`--prefer: "${flags.prefer}" is not past or future`);
  }
  return { refDate: flags.refDate ?? null, weekStart: weekStart as WeekStart, prefer: (flags.prefer as Prefer | undefined) ?? null };
}

async function runDates(inputs: string[], byLine: boolean, options: DateOptions): Promise<number> {
  const out = new LineWriter();
  let failed = false;
  for (const input of inputs) {
    let text: string;
    try {
      text = input === '-' ? await readStdin() : await readFile(input, 'utf8');
    } catch (error) {
      process.stderr.write(`arnews dates: cannot read ${input}: ${(error as Error).message}\n`);
      failed = true;
      continue;
    }
    if (!byLine) {
      await out.write({ file: input, mentions: findDateMentions(text, options) });
      if (out.closed) return EXIT.ok;
      continue;
    }
    const lines = text.split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    for (const [index, line] of lines.entries()) {
      const record = { line: index + 1, text: line, mentions: findDateMentions(line, options) };
      await out.write(inputs.length > 1 ? { file: input, ...record } : record);
      if (out.closed) return EXIT.ok;
    }
  }
  return failed ? EXIT.someFailed : EXIT.ok;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON lines to stdout with backpressure; stops quietly when the reader goes away (`… | head -1`). */
class LineWriter {
  closed = false;

  constructor() {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw error;
    });
  }

  async write(value: unknown): Promise<void> {
    if (this.closed) return;
    if (!process.stdout.write(`${JSON.stringify(value)}\n`)) {
      // once() rejects on 'error': an EPIPE ends the wait as well as a drain does.
      await Promise.race([once(process.stdout, 'drain'), once(process.stdout, 'close')]).catch(() => undefined);
    }
  }
}
