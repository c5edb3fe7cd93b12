/** Cleaners the tests build. */
import { validateCleaner, type Cleaner } from '../../src/index.js';

/** A version of the cleaner "dated" (host dated.example) for a period, dropping the line `drop`: its rule is named so. */
export function datedVersion(validFrom: string | undefined, validUntil: string | undefined, drop: string): Cleaner {
  return validateCleaner(
    {
      name: 'dated',
      description: 'd',
      appliesTo: { hosts: ['dated.example'] },
      validFrom,
      validUntil,
      rules: { drop: [{ name: drop, exact: drop }] },
    },
    'test',
  );
}
