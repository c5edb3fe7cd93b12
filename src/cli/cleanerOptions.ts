/** The cleaner options of the commands that run the pipeline (--site, --cleaner); an invalid cleaner is a usage error. */
import type { Command } from 'commander';
import type { CleanerRegistry } from '../cleaners/registry.js';
import { codeAllowed } from './allowCode.js';
import { UsageError } from './exit.js';

export interface CleanerOptionValues {
  site?: string;
  cleaner: string[];
  allowCode?: boolean;
}

export function addCleanerOptions(command: Command): Command {
  return command
    .option('--site <name>', 'force a site cleaner (see arnews cleaners)')
    .option('--cleaner <path>', 'add a user cleaner (JSON file or ES module); repeatable', (value: string, previous: string[]) => [...previous, value], [])
    .option('--allow-code', 'let code cleaners (ES modules) load: they run with your rights (or set ARNEWS_ALLOW_CODE=1)');
}

/** The run's cleaners (loaded here, not at import: `extract` loads them in its workers). */
export async function loadRunCleaners(paths: string[], allowCode = codeAllowed(false)): Promise<CleanerRegistry> {
  const [{ CleanerLoadError, loadUserCleaners }, { CleanerRegistry }] = await Promise.all([import('../cleaners/load.js'), import('../cleaners/registry.js')]);
  try {
    return new CleanerRegistry(await loadUserCleaners(paths, process.env.ARNEWS_CLEANERS, { allowCode }));
  } catch (error) {
    if (error instanceof CleanerLoadError) throw new UsageError(`invalid cleaner:\n${error.message}`);
    throw error;
  }
}

/** The run's cleaners, with --site checked against them. */
export async function runCleaners(options: CleanerOptionValues): Promise<{ registry: CleanerRegistry; site: string | null }> {
  const registry = await loadRunCleaners(options.cleaner, codeAllowed(options.allowCode));
  if (options.site) {
    try {
      registry.byName(options.site);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  return { registry, site: options.site ?? null };
}
