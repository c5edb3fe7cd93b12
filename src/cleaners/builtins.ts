/**
 * The built-in cleaners of a run: read from the one file the build compiled them into, validated
 * (scripts/compile-cleaners.mjs), with no directory walk and no schema check, so that a run with only
 * the built-ins loads neither the schema nor zod. Run from the sources (the tests), where there is no
 * such file, they are read from their folders and validated (load.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Cleaner } from './schema.js';

/** Every built-in cleaner, validated once at build time. */
export const COMPILED_BUILTINS = new URL('./builtin.compiled.json', import.meta.url);

const readSources = existsSync(COMPILED_BUILTINS) ? null : (await import('./load.js')).readBuiltinCleaners;

let builtins: Cleaner[] | null = null;

/**
 * Built-in cleaners: `builtin/generic/generic.jsonc`, and one folder per site, `builtin/<family>/<site>/`,
 * holding its cleaner `<site>.jsonc` beside its samples and cases (the golden tests); read once.
 */
export function loadBuiltinCleaners(): Cleaner[] {
  builtins ??= readSources ? readSources() : (JSON.parse(readFileSync(COMPILED_BUILTINS, 'utf8')) as Cleaner[]);
  return builtins;
}
