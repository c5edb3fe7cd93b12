/** The date-engine options shared by `extract`, `show` and `dates`: --ref-date, --week-start, --prefer (resolved by options.ts). */
import { Option, type Command } from 'commander';
import { DEFAULT_WEEK_START, PREFERS, WEEK_STARTS } from '../dates/options.js';

export interface DateOptionValues {
  refDate?: string;
  weekStart?: string;
  prefer?: string;
}

export function addDateOptions(command: Command, refDateDefault: string): void {
  command
    .option(
      '--ref-date <date>',
      `reference date for relative mentions, YYYY-MM-DD[THH:MM[:SS]][zone], RFC 2822, a Unix time or a date line (default: ${refDateDefault})`,
    )
    .addOption(
      new Option('--week-start <day>', `first day of the week (default: ${DEFAULT_WEEK_START})`).choices(
        Object.keys(WEEK_STARTS),
      ),
    )
    .addOption(
      new Option(
        '--prefer <tense>',
        "how a mention with no tense cue resolves (default: the sentence's tense, else past)",
      ).choices(PREFERS),
    );
}
