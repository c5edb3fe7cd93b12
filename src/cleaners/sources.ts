/**
 * A run's user cleaners, highest precedence first: the ones given loaded, or every --cleaner file, then the
 * directory named by ARNEWS_CLEANERS (as resolveOptions found them, options.ts). Their loader (load.ts),
 * which validates them with the schema and so brings zod, is imported only when there are some to load.
 */
import type { CleanerSources } from '../options.js';
import type { Cleaner } from './schema.js';

/** A cleaner that cannot be read or is not valid: the message names the file and the field. */
export class CleanerLoadError extends Error {}

export async function loadCleanerSources(sources: CleanerSources): Promise<Cleaner[]> {
  if ('loaded' in sources) return sources.loaded;
  if (sources.files.length === 0 && !sources.dir) return [];
  const { loadCleanerDirectory, loadCleanerFile } = await import('./load.js');
  const options = { allowCode: sources.allowCode };
  const user: Cleaner[] = [];
  for (const path of sources.files) user.push(await loadCleanerFile(path, options));
  if (sources.dir) user.push(...(await loadCleanerDirectory(sources.dir, options)));
  return user;
}
