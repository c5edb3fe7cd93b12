/** User cleaners for a run: every --cleaner path, then the ARNEWS_CLEANERS directory. */
import { CleanerLoadError, loadCleanerDirectory, loadCleanerFile } from '../cleaners/load.js';
import { CleanerRegistry } from '../cleaners/registry.js';
import type { Cleaner } from '../cleaners/schema.js';
import { UsageError } from './exit.js';

export async function loadRunCleaners(paths: string[]): Promise<CleanerRegistry> {
  try {
    const user: Cleaner[] = [];
    for (const path of paths) user.push(await loadCleanerFile(path));
    const dir = process.env.ARNEWS_CLEANERS;
    if (dir) user.push(...(await loadCleanerDirectory(dir)));
    return new CleanerRegistry(user);
  } catch (error) {
    if (error instanceof CleanerLoadError) throw new UsageError(`invalid cleaner:\n${error.message}`);
    throw error;
  }
}
