/**
 * The options of a run, resolved once: what the CLI's flags or the library's options say, checked and typed,
 * with every default here. The library resolves its options in `extract` and `extractStream`; the CLI's
 * `extract` hands its flags to its worker threads, each of which resolves them as it sets up (the main
 * thread loads no date engine); `dates`, `show`, `learn` and `cleaners` resolve theirs where they run. The
 * reference date is parsed here into the value the date engine takes, and the environment (ARNEWS_CLEANERS,
 * ARNEWS_ALLOW_CODE) is read here only.
 */
import type { Cleaner } from './cleaners/schema.js';
import { DEFAULT_WEEK_START, PREFERS, WEEK_STARTS, type Prefer, type WeekStart } from './dates/options.js';
import { readReferenceDate, REFERENCE_FORMS } from './dates/reference.js';
import type { Reference } from './dates/resolve.js';

/** No user cleaners: one array, so that the library's registry cache (one per array) holds it once. */
const NO_CLEANERS: Cleaner[] = [];

/** What an option left out means. */
export const DEFAULTS = {
  site: null,
  refDate: null,
  weekStart: DEFAULT_WEEK_START,
  /** Null: the tense of the mention's sentence, else past. */
  prefer: null,
  explain: false,
  validate: false,
} as const;

/** Options as a caller gives them: the library's, or the CLI's flags. */
export interface OptionsInput {
  /** Force this cleaner (`--site`). */
  site?: string | null;
  /** Reference date for relative date mentions (`--ref-date`): one of REFERENCE_FORMS. */
  refDate?: string | null;
  weekStart?: string;
  prefer?: string | null;
  /** Attach every cleaner rule that fired to the records (`--explain`). */
  explain?: boolean;
  /**
   * Check every record against the schema (`--validate`). Records are built by typed code to the
   * schema's shape and the test suite holds every record it makes to the schema, so the check is off
   * by default; a record a cleaner's afterRecord hook returned is always checked.
   */
  validate?: boolean;
  /** User cleaners already loaded (the library's `cleaners`). */
  cleaners?: Cleaner[];
  /**
   * User cleaner files to load (`--cleaner`): the CLI's way. Given (even empty), the cleaners of the
   * ARNEWS_CLEANERS directory follow them.
   */
  cleanerFiles?: string[];
  /** Let code cleaners (ES modules) load from files (`--allow-code`; also ARNEWS_ALLOW_CODE=1). */
  allowCode?: boolean;
}

/** The user's cleaners of a run: loaded already, or files to load in each thread that runs the pipeline. */
export type CleanerSources = { loaded: Cleaner[] } | { files: string[]; dir: string | null; allowCode: boolean };

export interface ResolvedOptions {
  site: string | null;
  /** The reference date as given, and the value the date engine takes. */
  refDate: { text: string; reference: Reference } | null;
  weekStart: WeekStart;
  prefer: Prefer | null;
  explain: boolean;
  validate: boolean;
  cleaners: CleanerSources;
}

/** An option with a value it cannot take: a RangeError, a usage error in the CLI (which names the option by its flag). */
export class OptionError extends RangeError {
  constructor(
    readonly option: keyof OptionsInput,
    readonly value: string,
    readonly problem: string,
  ) {
    super(`${option} "${value}" ${problem}`);
  }

  /** The message as the CLI says it, naming the flag: `--ref-date: "x" is not a date: …`. */
  get usage(): string {
    return `--${this.option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: "${this.value}" ${this.problem}`;
  }
}

export function resolveOptions(input: OptionsInput = {}, env: NodeJS.ProcessEnv = process.env): ResolvedOptions {
  return {
    site: input.site || DEFAULTS.site,
    refDate: input.refDate ? referenceOf(input.refDate) : DEFAULTS.refDate,
    weekStart: oneOf('weekStart', input.weekStart ?? DEFAULTS.weekStart, Object.keys(WEEK_STARTS) as WeekStart[]),
    prefer: input.prefer ? oneOf('prefer', input.prefer, PREFERS) : DEFAULTS.prefer,
    explain: input.explain ?? DEFAULTS.explain,
    validate: input.validate ?? DEFAULTS.validate,
    cleaners: input.cleanerFiles
      ? {
          files: input.cleanerFiles,
          dir: cleanerDirectory(env),
          allowCode: Boolean(input.allowCode) || env.ARNEWS_ALLOW_CODE === '1',
        }
      : { loaded: input.cleaners ?? NO_CLEANERS },
  };
}

/** The directory of user cleaners every run loads (ARNEWS_CLEANERS), or null. */
export function cleanerDirectory(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.ARNEWS_CLEANERS || null;
}

function referenceOf(text: string): { text: string; reference: Reference } {
  const reference = readReferenceDate(text);
  if (!reference) throw new OptionError('refDate', text, `is not a date: give ${REFERENCE_FORMS}`);
  return { text, reference };
}

function oneOf<T extends string>(option: keyof OptionsInput, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value))
    throw new OptionError(option, value, `is not one of ${choices.join(', ')}`);
  return value as T;
}
