import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './fixtures.js';

/**
 * Compares a value with the expectation stored in a golden file (absolute, or relative to the
 * repository root as `goldenCase()` gives it): a `.json` file holds JSON, compared as data; any other file holds
 * text (`arnews show`), compared line by line so that a failure shows the rows that differ.
 * `UPDATE_GOLDEN=1 npm test` rewrites the expectations; every rewrite is reviewed by reading the
 * input before it is committed. Every golden test goes through here: there is no other update path.
 */
export function expectGolden(path: string, actual: unknown): void {
  const json = path.endsWith('.json');
  if (!json && typeof actual !== 'string') throw new Error(`${path}: a text golden takes a string`);
  const text = json ? `${JSON.stringify(actual, null, 2)}\n` : (actual as string);
  const file = resolve(ROOT, path);
  if (process.env.UPDATE_GOLDEN) {
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing golden file ${path} (run with UPDATE_GOLDEN=1 and review it)`);
  const expected = readFileSync(file, 'utf8');
  if (json) expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(expected));
  else expect(text.split('\n')).toEqual(expected.split('\n'));
}
