/** `arnews dates`: the date engine alone, on any Arabic text, one JSON line per text (or per line with --lines). */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { readDates, type DateOptions } from '../dates/index.js';
import { decodeBytes } from '../io/decode.js';
import { JsonWriter, OutputClosedError } from '../io/writers.js';
import { addDateOptions, type DateOptionValues } from './dateOptions.js';
import { resolveCliOptions } from './runOptions.js';
import { EXIT } from './exit.js';
import { reportError } from './report.js';

interface DatesFlags extends DateOptionValues {
  lines?: boolean;
  explain?: boolean;
}
const HELP = `
Without --lines each input (a file, or - for standard input) is one text and gives one line:
  {"file": "page.txt", "mentions": [...]}
With --lines each input line is a text of its own:
  {"line": 1, "text": "...", "mentions": [...]}       ("file" is added when several inputs are given)
A mention: {"text", "start", "end", "kind", "value", "grain", "calendar", "hijri", "mod"}; start/end are
UTF-16 offsets into the text. Relative mentions (اليوم، الأحد، الأسبوع الماضي) have value null without --ref-date.
A line gets "warnings" when a weekday written with a date does not agree with it (date-weekday-mismatch).
With --explain each mention also has "rules": the grammar rules that built it, as a tree, e.g.
  "calendar-date(weekday-before-date, written-date(day-number, month-name, year-number))".

Examples:
  $ echo "استضافت مسقط في 12 أبريل الجاري الجولة الأولى" | arnews dates --ref-date 2025-04-27
  $ arnews dates --lines headlines.txt --ref-date 2025-04-27T10:00 --week-start sunday
  $ arnews dates --lines --prefer future agenda.txt | jq '.mentions[].value'
  $ echo "يوم السبت 21/09 سيعقد المؤتمر" | arnews dates --explain --ref-date 2025-04-27T10:00+03:00`;

export function registerDatesCommand(program: Command): void {
  const command = program
    .command('dates')
    .description('Find, normalise and resolve the date and time mentions of Arabic text (files or standard input).')
    .argument('[files...]', 'text files; - or none for standard input')
    .option('--lines', 'treat each input line as a text of its own')
    .option('--explain', 'add to each mention the grammar rules that built it');
  addDateOptions(command, 'none: relative mentions stay null');
  command.addHelpText('after', HELP).action(async (files: string[], flags: DatesFlags) => {
    const { refDate, weekStart, prefer } = resolveCliOptions(flags);
    process.exitCode = await runDates(files.length > 0 ? files : ['-'], Boolean(flags.lines), {
      refDate: refDate?.reference ?? null,
      weekStart,
      prefer,
      explain: Boolean(flags.explain),
    });
  });
}

/** The mentions of one text, with the rules that built each (--explain) and the warnings when there are some. */
function datesOf(
  text: string,
  options: DateOptions & { explain: boolean },
): { mentions: object[]; warnings?: object[] } {
  const { mentions, warnings, rules } = readDates(text, options);
  const explained = rules ? mentions.map((m, i) => ({ ...m, rules: rules[i] })) : mentions;
  return warnings.length > 0 ? { mentions: explained, warnings } : { mentions: explained };
}

async function runDates(
  inputs: string[],
  byLine: boolean,
  options: DateOptions & { explain: boolean },
): Promise<number> {
  const out = await JsonWriter.open(null, false);
  let failed = false;
  try {
    for (const input of inputs) {
      const text = await readText(input);
      if (text === null) {
        failed = true;
        continue;
      }
      if (!byLine) {
        await out.write({ file: input, ...datesOf(text, options) });
        continue;
      }
      const lines = text.split(/\r\n|\r|\n/);
      if (lines.at(-1) === '') lines.pop();
      for (const [index, line] of lines.entries()) {
        const record = { line: index + 1, text: line, ...datesOf(line, options) };
        await out.write(inputs.length > 1 ? { file: input, ...record } : record);
      }
    }
  } catch (error) {
    if (error instanceof OutputClosedError) return EXIT.ok;
    throw error;
  }
  return failed ? EXIT.someFailed : EXIT.ok;
}

/** The text of a file or of standard input, decoded as extract decodes a page; null (reported) when it cannot be read. */
async function readText(input: string): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = input === '-' ? await readStdin() : await readFile(input);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    reportError({
      file: input,
      doc: null,
      line: null,
      code: missing ? 'not-found' : 'unreadable',
      message: missing ? 'no such file' : `cannot read: ${(error as Error).message}`,
    });
    return null;
  }
  const decoded = decodeBytes(bytes);
  if (decoded.ok) return decoded.text;
  if (decoded.code === 'empty') return '';
  reportError({ file: input, doc: null, line: null, code: decoded.code, message: decoded.message });
  return null;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
