import { expect } from 'vitest';
import { ArticleRecordSchema } from '../../src/record.js';

/**
 * Holds records to the output schema, exactly: each parses, and the schema's reading of it writes the
 * same JSON (no key missing, added or out of the schema's order). The pipeline builds records without
 * zod (src/record.ts); the test suite checks every record it makes (goldens, dev set, fuzz) here.
 */
export function expectSchemaRecords(records: readonly unknown[]): void {
  for (const record of records) {
    const parsed = ArticleRecordSchema.safeParse(record);
    expect(parsed.success ? null : parsed.error.issues, `record ${(record as { id?: string }).id}`).toBeNull();
    expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(record));
  }
}
