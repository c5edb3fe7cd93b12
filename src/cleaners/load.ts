/**
 * Loading cleaners: built-in JSON files shipped with arnews (compiled by the build into the one file a run
 * reads: builtins.ts), and user cleaners given as JSON files or ES modules (--cleaner PATH, or every cleaner
 * in the ARNEWS_CLEANERS directory: sources.ts). JSON cleaners may hold comments (jsonc.ts), whether named
 * .json or .jsonc. Every cleaner is validated by the same zod schema; errors name the file and the field.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { importModule } from './importModule.js';
import { parseJsonc } from './jsonc.js';
import { CleanerSpecSchema, type Cleaner, type CleanerHooks } from './schema.js';
import { CleanerLoadError } from './sources.js';

export { CleanerLoadError };

const BUILTIN_DIR = new URL('./builtin/', import.meta.url);
const MODULE_EXTENSIONS = new Set(['.mjs', '.js']);
const JSON_EXTENSIONS = new Set(['.json', '.jsonc']);
/** A built-in cleaner's file; its folder also holds cases.json, expected records (.json) and samples. */
export const BUILTIN_EXTENSION = '.jsonc';

function describeIssues(where: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length
        ? issue.path
            .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
            .join('')
            .replace(/^\./, '')
        : '(top level)';
      return `${where}: ${path}: ${issue.message}`;
    })
    .join('\n');
}

/** Validates a cleaner object (parsed JSON or a module's export) and attaches its hooks and origin. */
export function validateCleaner(value: unknown, origin: string): Cleaner {
  const hooks: CleanerHooks = {};
  let declarative = value;
  if (value && typeof value === 'object') {
    const { beforeSegment, afterRecord, ...rest } = value as Record<string, unknown>;
    for (const [name, hook] of Object.entries({ beforeSegment, afterRecord })) {
      if (hook !== undefined && typeof hook !== 'function')
        throw new CleanerLoadError(`${origin}: ${name}: must be a function`);
    }
    if (beforeSegment) hooks.beforeSegment = beforeSegment as CleanerHooks['beforeSegment'];
    if (afterRecord) hooks.afterRecord = afterRecord as CleanerHooks['afterRecord'];
    declarative = rest;
  }
  const parsed = CleanerSpecSchema.safeParse(declarative);
  if (!parsed.success) throw new CleanerLoadError(describeIssues(origin, parsed.error));
  return { ...parsed.data, ...hooks, origin };
}

function readJsonCleaner(path: string): Cleaner {
  let value: unknown;
  try {
    value = parseJsonc(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CleanerLoadError(
      `${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON: ${(error as Error).message}`}`,
    );
  }
  return validateCleaner(value, path);
}

/** A cleaner given as an ES module: loading it runs its code. */
export function isCodeCleaner(path: string): boolean {
  return MODULE_EXTENSIONS.has(extname(path).toLowerCase());
}

export interface LoadOptions {
  /**
   * Whether ES module cleaners may be loaded (imported, which runs their code with the user's rights).
   * The CLI allows them only with --allow-code or ARNEWS_ALLOW_CODE=1; a library caller naming a
   * module has chosen to run it.
   */
  allowCode?: boolean;
}

export const CODE_NOT_ALLOWED =
  'a code cleaner (ES module) runs with your rights as soon as it is loaded; pass --allow-code (or set ARNEWS_ALLOW_CODE=1) to use it';

/** Loads one user cleaner: a `.json` file, or an ES module whose default export is a cleaner. */
export async function loadCleanerFile(path: string, options: LoadOptions = { allowCode: true }): Promise<Cleaner> {
  if (!isCodeCleaner(path)) return readJsonCleaner(path);
  if (!options.allowCode) throw new CleanerLoadError(`${path}: ${CODE_NOT_ALLOWED}`);
  let module: { default?: unknown };
  try {
    module = (await importModule(pathToFileURL(resolve(path)).href)) as { default?: unknown };
  } catch (error) {
    throw new CleanerLoadError(`${path}: cannot load module: ${(error as Error).message}`);
  }
  if (module.default === undefined)
    throw new CleanerLoadError(`${path}: the module has no default export (export default { name, description, … })`);
  return validateCleaner(module.default, path);
}

/** Every cleaner file directly in a directory, in name order. */
export async function loadCleanerDirectory(
  dir: string,
  options: LoadOptions = { allowCode: true },
): Promise<Cleaner[]> {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new CleanerLoadError(`${dir}: not a directory`);
    names = readdirSync(dir).sort();
  } catch (error) {
    if (error instanceof CleanerLoadError) throw error;
    throw new CleanerLoadError(`${dir}: cannot read the cleaners directory (${(error as Error).message})`);
  }
  const files = names.filter((n) => JSON_EXTENSIONS.has(extname(n)) || MODULE_EXTENSIONS.has(extname(n)));
  return Promise.all(files.map((n) => loadCleanerFile(join(dir, n), options)));
}

/** The built-in cleaners' JSON files, each validated by the schema (the build compiles them into one file: builtins.ts). */
export function readBuiltinCleaners(): Cleaner[] {
  const found: Cleaner[] = [];
  const walk = (dir: URL): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir));
      else if (extname(entry.name) === BUILTIN_EXTENSION) {
        const url = new URL(entry.name, dir);
        found.push(
          validateCleaner(parseJsonc(readFileSync(url, 'utf8')), `builtin:${url.pathname.split('/builtin/')[1]}`),
        );
      }
    }
  };
  walk(BUILTIN_DIR);
  return found;
}
