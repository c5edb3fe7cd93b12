/**
 * The generic cleaner's pipe-menu rule ("الرئيسية | أخبار | رياضة | …") on a hostile line: spaced cells
 * that fail at the line's end. Its regex read each cell's leading spaces either before the cell or in
 * it, so every cell doubled the ways to fail: 14 cells took a second, 40 would take days (found by
 * round 10i). It reads them one way now, and decides every line as it did.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { loadBuiltinCleaners } from '../../../src/cleaners/builtins.js';

const rule = loadBuiltinCleaners()
  .find((c) => c.name === 'generic')!
  .rules.drop!.find((r) => typeof r === 'object' && 'name' in r && r.name === 'pipe-menu') as { regex: string };
const pipeMenu = new RegExp(rule.regex, 'u');
/** The rule's regex before the fix: the plain reading every line is judged against. */
const BACKTRACKING = /^\|?\s*(?:[^|]{1,30}\|\s*){3,}[^|]{0,30}\|?$/u;

describe('the pipe-menu rule', () => {
  it('fails a line of forty spaced cells at once, and the page it is on is extracted', () => {
    const hostile = '|  a  '.repeat(40) + 'x'.repeat(40);
    const started = performance.now();
    expect(pipeMenu.test(hostile)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
    const text =
      'عنوان الخبر في سطره الأول\n\nفقرة أولى من نص الخبر تكفي لتكون نصا طويلا بما يكفي لقراءته فقرة كاملة من المقال.';
    const [record] = extract(`${text}\n\n${hostile}`, { site: 'generic' });
    expect(record!.paragraphs.length).toBeGreaterThan(0);
  });

  it('decides every short line of cells, spaces and letters as the backtracking reading did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('|', ' ', ' ', 'a', 'ب', '\t'), { maxLength: 24 }), (chars) => {
        const line = chars.join('');
        expect(pipeMenu.test(line), JSON.stringify(line)).toBe(BACKTRACKING.test(line));
      }),
      { numRuns: 3000 },
    );
  });
});
