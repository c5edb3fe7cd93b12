/** The cleaner options of the commands that run the pipeline (--site, --cleaner, --allow-code); an invalid cleaner is a usage error. */
import type { Command } from 'commander';
import type { CleanerRegistry } from '../cleaners/registry.js';
import type { CleanerSources } from '../options.js';
import { UsageError } from './exit.js';

export interface CleanerOptionValues {
  site?: string;
  cleaner: string[];
  allowCode?: boolean;
}

export function addCleanerOptions(command: Command): Command {
  return command
    .option('--site <name>', 'force a site cleaner (see arnews cleaners)')
    .option(
      '--cleaner <path>',
      'add a user cleaner (JSON file or ES module); repeatable',
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .option(
      '--allow-code',
      'let code cleaners (ES modules) load: they run with your rights (or set ARNEWS_ALLOW_CODE=1)',
    );
}

/** The run's cleaners: the user's (resolveOptions says which), then the built-ins (loaded here, not at import: `extract` loads them in its workers). */
export async function loadRunCleaners(sources: CleanerSources): Promise<CleanerRegistry> {
  const [{ CleanerLoadError, loadCleanerSources }, { CleanerRegistry }] = await Promise.all([
    import('../cleaners/sources.js'),
    import('../cleaners/registry.js'),
  ]);
  try {
    return new CleanerRegistry(await loadCleanerSources(sources));
  } catch (error) {
    if (error instanceof CleanerLoadError) throw new UsageError(`invalid cleaner:\n${error.message}`);
    throw error;
  }
}
