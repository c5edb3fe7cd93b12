// Copies the non-TypeScript assets of src/ (the built-in cleaners' JSON, the tag lexicon) into dist/, keeping paths.
import { cpSync } from 'node:fs';

cpSync(new URL('../src/cleaners/builtin/', import.meta.url), new URL('../dist/cleaners/builtin/', import.meta.url), { recursive: true });
cpSync(new URL('../src/fields/tag-lexicon.json', import.meta.url), new URL('../dist/fields/tag-lexicon.json', import.meta.url));
