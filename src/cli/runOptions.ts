/**
 * The run's options for a command that runs in the main thread (`dates`, `show`, `learn`, `cleaners`): resolved
 * by options.ts, and for `show` set up as a worker sets up (pipeline/setup.ts). What the user got wrong is a
 * usage error naming the flag, the cleaner or the site.
 */
import { OptionError, resolveOptions, type OptionsInput, type ResolvedOptions } from '../options.js';
import type { ExtractOptions } from '../pipeline/extract.js';
import { UsageError } from './exit.js';

export function resolveCliOptions(input: OptionsInput): ResolvedOptions {
  try {
    return resolveOptions(input);
  } catch (error) {
    if (error instanceof OptionError) throw new UsageError(error.usage);
    throw error;
  }
}

export async function setUpCliRun(input: OptionsInput): Promise<ExtractOptions> {
  const { setUpRun, usageMessage } = await import('../pipeline/setup.js');
  try {
    return await setUpRun(input);
  } catch (error) {
    const usage = usageMessage(error);
    if (usage !== null) throw new UsageError(usage);
    throw error;
  }
}
