// Copies the non-TypeScript assets of src/ (the built-in cleaners' JSON) into dist/, keeping paths.
import { cpSync } from 'node:fs';

cpSync(new URL('../src/cleaners/builtin/', import.meta.url), new URL('../dist/cleaners/builtin/', import.meta.url), { recursive: true });
