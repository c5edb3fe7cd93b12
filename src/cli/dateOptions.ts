/** The date-engine options shared by `extract` and `dates`: --ref-date, --week-start, --prefer. */
import { Option, type Command } from 'commander';
import { parseReferenceDate, WEEK_STARTS, type DateOptions, type Prefer, type WeekStart } from '../dates/options.js';
import { UsageError } from './exit.js';

export interface DateOptionValues {
  refDate?: string;
  weekStart: WeekStart;
  prefer?: Prefer;
}

export function addDateOptions(command: Command, refDateDefault: string): void {
  command
    .option('--ref-date <date>', `reference date for relative mentions, YYYY-MM-DD[THH:MM] (default: ${refDateDefault})`)
    .addOption(new Option('--week-start <day>', 'first day of the week').choices(Object.keys(WEEK_STARTS)).default('saturday'))
    .addOption(new Option('--prefer <tense>', "how a mention with no tense cue resolves (default: the sentence's tense, else past)").choices(['past', 'future']));
}

export function parseDateOptions(values: DateOptionValues): Required<Pick<DateOptions, 'refDate' | 'weekStart' | 'prefer'>> {
  const refDate = values.refDate ?? null;
  if (refDate !== null && !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(refDate)) throw new UsageError(`--ref-date: "${refDate}" is not a date as YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
  if (refDate !== null && !parseReferenceDate(refDate)) throw new UsageError(`--ref-date: "${refDate}" is not a real date or time`);
  return { refDate, weekStart: values.weekStart, prefer: values.prefer ?? null };
}
