import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares a value with the expected JSON stored next to the fixtures. `UPDATE_GOLDEN=1 npm test`
 * rewrites the expectations; every rewrite is reviewed by reading the input before it is committed.
 */
export function expectGolden(path: string, actual: unknown): void {
  const expected = storedOrUpdated(path, `${JSON.stringify(actual, null, 2)}\n`);
  if (expected !== null) expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(expected));
}

/** The same for plain-text output (`arnews show`), compared line by line so that a failure shows the rows that differ. */
export function expectGoldenText(path: string, actual: string): void {
  const expected = storedOrUpdated(path, actual);
  if (expected !== null) expect(actual.split('\n')).toEqual(expected.split('\n'));
}

/** The stored expectation, or null after writing `actual` in its place (UPDATE_GOLDEN=1). */
function storedOrUpdated(path: string, actual: string): string | null {
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) {
    if (!process.env.UPDATE_GOLDEN) throw new Error(`missing golden file ${path} (run with UPDATE_GOLDEN=1 and review it)`);
    writeFileSync(path, actual);
    return null;
  }
  return readFileSync(path, 'utf8');
}
