/**
 * The generic cleaner's share-line rule on a hostile line (round 44): its counters ("فيسبوك 1,234") took a
 * comma as a separator between them could, so a line of "0," pairs after a platform's name doubled the ways
 * to fail with each pair: 29 pairs took 3.4 s in the rule and 26 s for the page (found by `arnews cleaners
 * --check` on the generic cleaner). A counter holds no comma now: "1,234" reads as two, parted as a list is,
 * and every line of platforms, counters and separators is decided as before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { loadBuiltinCleaners } from '../../../src/cleaners/builtins.js';
import { compileCleaner } from '../../../src/cleaners/compile.js';
import { regexRules } from '../../../src/cleaners/check.js';
import { foldPattern, normalizeArabic } from '../../../src/text/normalize.js';

const generic = loadBuiltinCleaners().find((c) => c.name === 'generic')!;
const shareLine = regexRules(compileCleaner(generic)).find((r) => r.where.endsWith('"share-line"'))!;
const matches = (line: string): boolean => shareLine.match(normalizeArabic(line)) !== null;
/** The counter as the rule writes it… */
const COUNTER = '\\d+(?:\\.\\d*)?(?:[,.]+(?=\\s*[:：]?$))?';
/** …and as it was: digits, commas and dots, where the separators between counters hold a comma too. */
const BEFORE = new RegExp(foldPattern(shareLine.source.replace(COUNTER, '\\d[\\d,.]*')), 'u');

describe('the share-line rule', () => {
  it('fails a line of "0," pairs at once, and the page it is on is extracted', () => {
    const hostile = 'x\t0' + '\t0,'.repeat(29) + 'و';
    const started = performance.now();
    expect(matches(hostile)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
    const text =
      'عنوان الخبر في سطره الأول\n\nفقرة أولى من نص الخبر تكفي لتكون نصا طويلا بما يكفي لقراءته فقرة كاملة من المقال.';
    const [record] = extract(`${text}\n\n${hostile}`);
    expect(record!.paragraphs.length).toBeGreaterThan(0);
  });

  it('still takes a share row with its counters', () => {
    for (const row of ['شارك الخبر فيسبوك 1,234 تويتر 258', 'شارك: فيسبوك 1.2 تويتر', 'مشاركة | 0 | facebook 12'])
      expect(matches(row), row).toBe(true);
  });

  it('decides every short line of platforms, counters and separators as the backtracking reading did', () => {
    const piece = fc.constantFrom(
      'شارك',
      'مشاركة',
      'فيسبوك',
      'تويتر',
      'x',
      '0',
      '12',
      ',',
      '،',
      ' ',
      '\t',
      '|',
      '-',
      'و',
      ':',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const line = normalizeArabic(pieces.join(''));
        expect(shareLine.match(line) !== null, JSON.stringify(line)).toBe(BEFORE.test(line));
      }),
      { numRuns: 3000 },
    );
  });
});
