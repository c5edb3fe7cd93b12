/** User cleaners for a run (see loadUserCleaners); an invalid one is a usage error. */
import { CleanerLoadError, loadUserCleaners } from '../cleaners/load.js';
import { CleanerRegistry } from '../cleaners/registry.js';
import { codeAllowed } from './allowCode.js';
import { UsageError } from './exit.js';

export async function loadRunCleaners(paths: string[], allowCode = codeAllowed(false)): Promise<CleanerRegistry> {
  try {
    return new CleanerRegistry(await loadUserCleaners(paths, process.env.ARNEWS_CLEANERS, { allowCode }));
  } catch (error) {
    if (error instanceof CleanerLoadError) throw new UsageError(`invalid cleaner:\n${error.message}`);
    throw error;
  }
}
