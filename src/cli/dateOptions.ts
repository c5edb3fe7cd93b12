/** The date-engine options shared by `extract` and `dates`: --ref-date, --week-start, --prefer. */
import { Option, type Command } from 'commander';
import { WEEK_STARTS, type DateOptions, type Prefer, type WeekStart } from '../dates/options.js';
import { UsageError } from './exit.js';

export interface DateOptionValues {
  refDate?: string;
  weekStart: WeekStart;
  prefer?: Prefer;
}

export function addDateOptions(command: Command, refDateDefault: string): void {
  command
    .option('--ref-date <date>', `reference date for relative mentions, YYYY-MM-DD[THH:MM[:SS]][zone] or a date line (default: ${refDateDefault})`)
    .addOption(new Option('--week-start <day>', 'first day of the week').choices(Object.keys(WEEK_STARTS)).default('saturday'))
    .addOption(new Option('--prefer <tense>', "how a mention with no tense cue resolves (default: the sentence's tense, else past)").choices(['past', 'future']));
}

/**
 * The options as the engine takes them; --ref-date is read as the library reads refDate
 * (readReferenceDate), with the date engine loaded only then: `extract` starts without it.
 */
export async function parseDateOptions(values: DateOptionValues): Promise<Required<Pick<DateOptions, 'refDate' | 'weekStart' | 'prefer'>>> {
  const refDate = values.refDate ?? null;
  if (refDate !== null) {
    const { readReferenceDate, REFERENCE_FORMS } = await import('../dates/reference.js');
    if (!readReferenceDate(refDate)) throw new UsageError(`--ref-date: "${refDate}" is not a date: give ${REFERENCE_FORMS}`);
  }
  return { refDate, weekStart: values.weekStart, prefer: values.prefer ?? null };
}
