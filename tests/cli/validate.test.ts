/**
 * Records are built by typed code to the schema's shape and not checked by zod on the way out (issue 10,
 * point 5); `--validate` checks each one, and a record an afterRecord hook returns is always checked.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { jsonLines, runCli } from '../helpers/cli.js';
import { goldenCase } from '../helpers/fixtures.js';
import { expectSchemaRecords } from '../helpers/records.js';

const PAGE = goldenCase('golden/akhbarelyom.com.resiliparse').source;

describe('--validate', () => {
  it('writes the very bytes a run without it writes, records that match the schema exactly', () => {
    const plain = runCli(['extract', '-q', '--jobs', '1', PAGE]);
    const checked = runCli(['extract', '-q', '--jobs', '1', '--validate', PAGE]);
    expect(plain.status).toBe(0);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toBe(plain.stdout);
    expectSchemaRecords(jsonLines(plain.stdout));
  });

  it('in the library too', () => {
    const text = readFileSync(PAGE, 'utf8');
    expect(JSON.stringify(extract(text, { validate: true }))).toBe(JSON.stringify(extract(text)));
  });

  it("a record an afterRecord hook returns is checked without it: one that breaks the schema is that document's invalid-record", () => {
    const dir = mkdtempSync(join(tmpdir(), 'arnews-validate-'));
    const cleaner = join(dir, 'breaks-records.mjs');
    writeFileSync(
      cleaner,
      `export default { name: 'breaks-records', description: 'Its afterRecord hook breaks the schema.', rules: {}, afterRecord(record) { return { ...record, paragraphs: 'one string' }; } };\n`,
    );
    const r = runCli([
      'extract',
      '-q',
      '--allow-code',
      '--cleaner',
      cleaner,
      '--site',
      'breaks-records',
      '--errors',
      join(dir, 'errors.jsonl'),
      PAGE,
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(jsonLines(readFileSync(join(dir, 'errors.jsonl'), 'utf8'))).toEqual([
      expect.objectContaining({ code: 'invalid-record', message: expect.stringMatching(/paragraphs/) }),
    ]);
  });
});
