import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: vitest runs here, and so does every CLI a test spawns (helpers/cli.ts). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The fixtures folder, for tests that walk all of it. */
export const FIXTURES = join(ROOT, 'fixtures');

/**
 * The path of a fixture, named by its id under fixtures/ (`fixture('golden/seed/source.txt')`),
 * relative to the repository root: the form the CLI prints in records, error entries and views.
 * Throws when there is no such fixture, so that a moved file fails with its id, not later with ENOENT.
 */
export function fixture(id: string): string {
  const path = `fixtures/${id}`;
  if (!existsSync(join(ROOT, path))) throw new Error(`no fixture ${id} (looked for ${path})`);
  return path;
}

/**
 * A golden case: a folder holding its input as source.<ext> and its expectations beside it,
 * expected.json (the records) and expected.show.txt (the `arnews show` view), as Readability's
 * test-pages/<case>/. `dir` is golden/<name> for the dumps or html/<site> for the HTML pages.
 */
export interface GoldenCase {
  source: string;
  expected: string;
  show: string;
}

export function goldenCase(dir: string): GoldenCase {
  const folder = fixture(dir);
  const source = readdirSync(join(ROOT, folder)).find((name) => name.startsWith('source.'));
  if (!source) throw new Error(`golden case ${dir} has no source.<ext>`);
  return { source: `${folder}/${source}`, expected: `${folder}/expected.json`, show: `${folder}/expected.show.txt` };
}

/** The seed dump the project was created from, the input of most CLI tests. */
export const SEED = goldenCase('golden/seed').source;
