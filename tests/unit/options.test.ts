/**
 * Options resolved once (issue 12, point 2): resolveOptions turns the CLI's flags or the library's options into
 * one checked, typed object, with every default in one place and the reference date parsed once; the CLI, the
 * library and the worker threads share it, and the environment is read there only.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  extract,
  OptionError,
  readReferenceDate,
  resolveOptions,
  type ArticleRecord,
} from '../../src/index.js';
import { jsonLines, runCli } from '../helpers/cli.js';

import { SEED } from '../helpers/fixtures.js';

describe('resolveOptions', () => {
  it('fills every option left out with its default, from one place', () => {
    expect(resolveOptions({}, {})).toEqual({ ...DEFAULTS, cleaners: { loaded: [] } });
    expect(DEFAULTS).toEqual({
      site: null,
      refDate: null,
      weekStart: 'saturday',
      prefer: null,
      explain: false,
      validate: false,
    });
  });

  it('parses the reference date once, into the value the date engine takes', () => {
    const { refDate } = resolveOptions({ refDate: '2025-04-27T10:00+03:00' }, {});
    expect(refDate).toEqual({ text: '2025-04-27T10:00+03:00', reference: readReferenceDate('2025-04-27T10:00') });
    expect(refDate?.reference).toEqual({ day: 20205, seconds: 36000 });
  });

  it('checks each value, naming the option as the library and as the CLI call it', () => {
    const failure = (input: object): OptionError => {
      try {
        resolveOptions(input, {});
      } catch (error) {
        return error as OptionError;
      }
      throw new Error('no error');
    };
    const refDate = failure({ refDate: '2025-13-40' });
    expect(refDate).toBeInstanceOf(RangeError);
    expect(refDate.message).toMatch(/^refDate "2025-13-40" is not a date: give YYYY-MM-DD .*with an optional zone/);
    expect(refDate.usage).toMatch(/^--ref-date: "2025-13-40" is not a date: give/);
    expect(failure({ weekStart: 'friday' }).usage).toBe(
      '--week-start: "friday" is not one of sunday, monday, saturday',
    );
    expect(failure({ prefer: 'present' }).message).toBe('prefer "present" is not one of past, future');
  });

  it("reads the environment for the CLI's cleaner files only: the ARNEWS_CLEANERS directory and ARNEWS_ALLOW_CODE", () => {
    const env = { ARNEWS_CLEANERS: '/srv/cleaners', ARNEWS_ALLOW_CODE: '1' };
    expect(resolveOptions({ cleanerFiles: ['mine.json'] }, env).cleaners).toEqual({
      files: ['mine.json'],
      dir: '/srv/cleaners',
      allowCode: true,
    });
    expect(resolveOptions({ cleanerFiles: [], allowCode: true }, {}).cleaners).toEqual({
      files: [],
      dir: null,
      allowCode: true,
    });
    expect(resolveOptions({}, env).cleaners).toEqual({ loaded: [] });
  });

  it('is where the environment is read: no other module of src/ reads ARNEWS_CLEANERS or ARNEWS_ALLOW_CODE', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const readers = sources('src').filter((file) =>
      /\benv(?:\.|\[['"])ARNEWS_(?:CLEANERS|ALLOW_CODE)\b/.test(readFileSync(file, 'utf8')),
    );
    expect(readers).toEqual(['src/options.ts']);
  });
});

describe('the CLI and the library resolve options alike', () => {
  const flags = ['--ref-date', '2025-04-27T10:00+03:00', '--week-start', 'monday', '--prefer', 'future'];

  it('extract --ref-date takes a zone, and gives the records the library gives for the same options', () => {
    const run = runCli(['extract', SEED, '-q', ...flags]);
    expect(run.status).toBe(0);
    const cli = jsonLines<ArticleRecord>(run.stdout);
    const library = extract(readFileSync(SEED, 'utf8'), {
      name: SEED,
      refDate: '2025-04-27T10:00+03:00',
      weekStart: 'monday',
      prefer: 'future',
    });
    expect(cli.map((r) => r.dateMentions)).toEqual(library.map((r) => r.dateMentions));
    expect(cli.flatMap((r) => r.dateMentions).filter((m) => m.kind === 'relative').length).toBeGreaterThan(0);
  });

  it('a value the workers cannot take is a usage error naming the flag, and no output file is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arnews-options-'));
    const out = join(dir, 'records.jsonl');
    writeFileSync(join(dir, 'keep'), '');
    const run = runCli(['extract', SEED, '-o', out, '--ref-date', 'tomorrow']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^arnews: --ref-date: "tomorrow" is not a date: give YYYY-MM-DD/);
    expect(readdirSync(dir)).toEqual(['keep']);
    expect(runCli(['show', SEED, '--ref-date', 'tomorrow']).stderr).toMatch(
      /^arnews: --ref-date: "tomorrow" is not a date/,
    );
    expect(runCli(['dates', '--ref-date', 'tomorrow'], { input: 'أمس' }).stderr).toMatch(
      /^arnews: --ref-date: "tomorrow" is not a date/,
    );
  });
});
