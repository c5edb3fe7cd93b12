// @ts-check
// Copies the non-TypeScript assets of src/ into dist/, keeping paths: the built-in cleaners (only their .jsonc
// files: the samples and cases beside them are for the tests), the tag lexicon and the spellings of the cleaner check.
import { cpSync, statSync } from 'node:fs';

const BUILTIN = new URL('../src/cleaners/builtin/', import.meta.url);
cpSync(BUILTIN, new URL('../dist/cleaners/builtin/', import.meta.url), {
  recursive: true,
  filter: (source) => source.endsWith('.jsonc') || statSync(source).isDirectory(),
});
cpSync(
  new URL('../src/fields/tag-lexicon.json', import.meta.url),
  new URL('../dist/fields/tag-lexicon.json', import.meta.url),
);
cpSync(
  new URL('../src/cleaners/spellings.json', import.meta.url),
  new URL('../dist/cleaners/spellings.json', import.meta.url),
);
