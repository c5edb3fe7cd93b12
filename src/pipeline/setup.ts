/**
 * A run's set-up in the thread that runs the pipeline (a worker of `extract`, or the thread of `show`): the
 * options resolved (options.ts), the user's cleaners loaded, `--site` checked. What the user got wrong — an
 * option's value, a cleaner, an unknown site — is a usage error (exit 2), said by usageMessage.
 */
import { CleanerLoadError, loadCleanerSources } from '../cleaners/load.js';
import { CleanerRegistry, UnknownCleanerError } from '../cleaners/registry.js';
import { OptionError, resolveOptions, type OptionsInput } from '../options.js';
import type { ExtractOptions } from './extract.js';

export async function setUpRun(input: OptionsInput): Promise<ExtractOptions> {
  const { cleaners, ...resolved } = resolveOptions(input);
  const registry = new CleanerRegistry(await loadCleanerSources(cleaners));
  if (resolved.site) registry.byName(resolved.site);
  return { ...resolved, registry };
}

/** What to tell the user of a set-up failure that is theirs to mend, or null for any other failure. */
export function usageMessage(error: unknown): string | null {
  if (error instanceof OptionError) return error.usage;
  if (error instanceof CleanerLoadError) return `invalid cleaner:\n${error.message}`;
  if (error instanceof UnknownCleanerError) return error.message;
  return null;
}
