/**
 * The built-in cleaners of a run: read from the one file the build compiled them into, validated
 * (scripts/compile-cleaners.mjs), with no directory walk and no schema check, so that a run with only
 * the built-ins loads neither the schema nor zod. Beside it, the build stores what each one's screen looks
 * for (see ScreenPlan). Where the sources run as they are (the tests), there are no such files: the test
 * setup names the reader of the cleaners' folders instead (`readBuiltinsWith`), and screens are planned
 * when their cleaners are compiled.
 */
import { readFileSync } from 'node:fs';
import type { ScreenPlan } from './compile.js';
import type { Cleaner } from './schema.js';

/** Every built-in cleaner, validated once at build time. */
export const COMPILED_BUILTINS = new URL('./builtin.compiled.json', import.meta.url);
/** The plan of each one's screen (planScreen), in the same order, made at build time. */
export const BUILTIN_SCREEN_PLANS = new URL('./builtin.screens.json', import.meta.url);

let readSources: (() => Cleaner[]) | null = null;
let builtins: Cleaner[] | null = null;
/** The stored screen plan of each built-in read from the compiled file. */
let screenPlans = new WeakMap<Cleaner, ScreenPlan | null>();

/** Reads the built-ins from their folders with `read` (load.ts) instead of the compiled file. */
export function readBuiltinsWith(read: () => Cleaner[]): void {
  readSources = read;
  builtins = null;
  screenPlans = new WeakMap();
}

/**
 * Built-in cleaners: `builtin/generic/generic.jsonc`, and one folder per site, `builtin/<family>/<site>/`,
 * holding its cleaner `<site>.jsonc` beside its samples and cases (the golden tests); read once.
 */
export function loadBuiltinCleaners(): Cleaner[] {
  if (builtins) return builtins;
  if (readSources) return (builtins = readSources());
  builtins = JSON.parse(readFileSync(COMPILED_BUILTINS, 'utf8')) as Cleaner[];
  const plans = JSON.parse(readFileSync(BUILTIN_SCREEN_PLANS, 'utf8')) as (ScreenPlan | null)[];
  builtins.forEach((cleaner, i) => screenPlans.set(cleaner, plans[i]!));
  return builtins;
}

/** The screen plan the build stored for a built-in cleaner: undefined for a cleaner it did not compile. */
export function builtinScreenPlan(cleaner: Cleaner): ScreenPlan | null | undefined {
  return screenPlans.get(cleaner);
}
