/**
 * A run's set-up in the thread that runs the pipeline (a worker of `extract`, or the thread of `show`): the
 * options resolved (options.ts), the user's cleaners loaded, `--site` checked, the record schema loaded
 * when records will be validated. What the user got wrong — an
 * option's value, a cleaner, an unknown site — is a usage error (exit 2), said by usageMessage.
 */
import { CleanerLoadError, loadCleanerSources } from '../cleaners/sources.js';
import { CleanerRegistry, UnknownCleanerError } from '../cleaners/registry.js';
import { OptionError, resolveOptions, type OptionsInput } from '../options.js';
import { recordSchema, type ExtractOptions } from './extract.js';

export async function setUpRun(input: OptionsInput): Promise<ExtractOptions> {
  const { cleaners, ...resolved } = resolveOptions(input);
  const user = await loadCleanerSources(cleaners);
  const registry = new CleanerRegistry(user);
  if (resolved.site) registry.byName(resolved.site);
  // The records it will validate (extract.ts): the built-in cleaners have no hooks.
  if (resolved.validate || user.some((cleaner) => cleaner.afterRecord)) await recordSchema.load();
  return { ...resolved, registry };
}

/** What to tell the user of a set-up failure that is theirs to mend, or null for any other failure. */
export function usageMessage(error: unknown): string | null {
  if (error instanceof OptionError) return error.usage;
  if (error instanceof CleanerLoadError) return `invalid cleaner:\n${error.message}`;
  if (error instanceof UnknownCleanerError) return error.message;
  return null;
}
