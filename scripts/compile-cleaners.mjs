// @ts-check
// Build step: the built-in cleaners, each validated by the schema, into one file that a worker reads
// with no directory walk and no zod check (dist/cleaners/builtin.compiled.json; see cleaners/builtins.ts),
// and beside it what each one's screen looks for, read from its rules (planScreen), so that a run does
// not read it again at each start-up (dist/cleaners/builtin.screens.json).
import { writeFileSync } from 'node:fs';
// A step of the build itself: it writes part of dist/ from dist/.
// eslint-disable-next-line no-restricted-syntax
import { BUILTIN_SCREEN_PLANS, COMPILED_BUILTINS } from '../dist/cleaners/builtins.js';
// eslint-disable-next-line no-restricted-syntax
import { planScreen } from '../dist/cleaners/compile.js';
// eslint-disable-next-line no-restricted-syntax
import { readBuiltinCleaners } from '../dist/cleaners/load.js';

const cleaners = readBuiltinCleaners();
writeFileSync(COMPILED_BUILTINS, JSON.stringify(cleaners));
writeFileSync(BUILTIN_SCREEN_PLANS, JSON.stringify(cleaners.map(planScreen)));
