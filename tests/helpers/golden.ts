import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares a value with the expected JSON stored next to the fixtures. `UPDATE_GOLDEN=1 npm test`
 * rewrites the expectations; every rewrite is reviewed by reading the input before it is committed.
 */
export function expectGolden(path: string, actual: unknown): void {
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) {
    if (!process.env.UPDATE_GOLDEN) throw new Error(`missing golden file ${path} (run with UPDATE_GOLDEN=1 and review it)`);
    writeFileSync(path, json);
    return;
  }
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}
