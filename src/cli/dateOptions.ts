/** The date-engine options shared by `extract` and `dates`: --ref-date, --week-start, --prefer. */
import { Option, type Command } from 'commander';
import type { DateOptions, Prefer, WeekStart } from '../dates/index.js';
import { UsageError } from './exit.js';

export interface DateOptionValues {
  refDate?: string;
  weekStart: WeekStart;
  prefer?: Prefer;
}

const REF_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

export function addDateOptions(command: Command): void {
  command
    .option('--ref-date <date>', 'reference date for relative mentions, YYYY-MM-DD[THH:MM] (default: the page date, else the article\'s)')
    .addOption(new Option('--week-start <day>', 'first day of the week').choices(['saturday', 'sunday', 'monday']).default('saturday'))
    .addOption(new Option('--prefer <tense>', 'how a mention with no tense cue resolves (default: the sentence\'s tense, else past)').choices(['past', 'future']));
}

export function parseDateOptions(values: DateOptionValues): Required<Pick<DateOptions, 'refDate' | 'weekStart' | 'prefer'>> {
  const refDate = values.refDate ?? null;
  if (refDate !== null) {
    const m = REF_DATE.exec(refDate);
    const valid = m && !Number.isNaN(Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:00Z`)) && Number(m[2]) <= 12 && Number(m[4] ?? 0) < 24;
    if (!valid) throw new UsageError(`--ref-date: "${refDate}" is not a date as YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
  }
  return { refDate, weekStart: values.weekStart, prefer: values.prefer ?? null };
}
