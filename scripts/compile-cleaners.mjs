// @ts-check
// Build step: the built-in cleaners, each validated by the schema, into one file that a worker reads
// with no directory walk and no zod check (dist/cleaners/builtin.compiled.json; see cleaners/builtins.ts).
import { writeFileSync } from 'node:fs';
// A step of the build itself: it writes part of dist/ from dist/.
// eslint-disable-next-line no-restricted-syntax
import { COMPILED_BUILTINS } from '../dist/cleaners/builtins.js';
// eslint-disable-next-line no-restricted-syntax
import { readBuiltinCleaners } from '../dist/cleaners/load.js';

writeFileSync(COMPILED_BUILTINS, JSON.stringify(readBuiltinCleaners()));
