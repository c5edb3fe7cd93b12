/**
 * The built-in cleaners of a run: read from the one file the build compiled them into, validated
 * (scripts/compile-cleaners.mjs), with no directory walk and no schema check, so that a run with only
 * the built-ins loads neither the schema nor zod. Where the sources run as they are (the tests), there is
 * no such file: the test setup names the reader of the cleaners' folders instead (`readBuiltinsWith`).
 */
import { readFileSync } from 'node:fs';
import type { Cleaner } from './schema.js';

/** Every built-in cleaner, validated once at build time. */
export const COMPILED_BUILTINS = new URL('./builtin.compiled.json', import.meta.url);

let readSources: (() => Cleaner[]) | null = null;
let builtins: Cleaner[] | null = null;

/** Reads the built-ins from their folders with `read` (load.ts) instead of the compiled file. */
export function readBuiltinsWith(read: () => Cleaner[]): void {
  readSources = read;
  builtins = null;
}

/**
 * Built-in cleaners: `builtin/generic/generic.jsonc`, and one folder per site, `builtin/<family>/<site>/`,
 * holding its cleaner `<site>.jsonc` beside its samples and cases (the golden tests); read once.
 */
export function loadBuiltinCleaners(): Cleaner[] {
  builtins ??= readSources ? readSources() : (JSON.parse(readFileSync(COMPILED_BUILTINS, 'utf8')) as Cleaner[]);
  return builtins;
}
