/** The README documents every record field, the CLI's help lists examples, and the schema command prints the zod schema. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleRecordSchema, recordJsonSchema } from '../../src/record.js';
import { runCli } from '../helpers/cli.js';

const readme = readFileSync('README.md', 'utf8');

describe('documentation', () => {
  it('the README names every field of the record', () => {
    const fields = Object.keys(ArticleRecordSchema.shape);
    const missing = fields.filter((f) => !readme.includes(`\`${f}\``));
    expect(missing).toEqual([]);
    for (const nested of ['file', 'doc', 'line', 'relation', 'code', 'message', 'cleaner', 'rule', 'action', 'matched'])
      expect(readme).toContain(`\`${nested}\``);
  });

  it('arnews schema prints the JSON Schema generated from the zod schema', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(recordJsonSchema());
    expect(Object.keys((JSON.parse(r.stdout) as { properties: object }).properties)).toEqual(
      Object.keys(ArticleRecordSchema.shape),
    );
  });

  it('every command has --help with examples, and --version prints the package version', () => {
    for (const command of [[], ['extract'], ['schema'], ['cleaners'], ['learn'], ['show'], ['report']]) {
      const r = runCli([...command, '--help']);
      expect(r.status, command.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Examples?:/);
    }
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
    expect(runCli(['--version']).stdout.trim()).toBe(version);
  });
});
