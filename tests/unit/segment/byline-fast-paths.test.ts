/**
 * The byline finder asks its questions of every short line of a page; each passes over the lines that
 * cannot hold what it looks for (no separator mark, no count at the end, no bracket) before its regexes
 * run. Each answer is the one the plain reading, written out here as it was, gives on any line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateBeforeCount, dateWithCount, metaSeparator, writerPart } from '../../../src/segment/bylines.js';

/** Lines of the pieces a meta line is made of: words, digits, separators, brackets, white space. */
const line = fc
  .array(
    fc.constantFrom(
      'فاضل',
      'السلطاني',
      'الإثنين',
      '9',
      'سبتمبر',
      '2024',
      '10:50',
      '4587',
      '1,200.',
      '|',
      '•',
      '·',
      '-',
      '–',
      '—',
      '_',
      '[',
      ']',
      '(',
      ')',
      '[خلود الجبر]',
      // A counter's noun after its count ("(5) تعليقات", "3 دقائق للقراءة").
      'تعليقات',
      'مشاهدة',
      'دقائق',
      'للقراءة',
      '[خلود](/author/1)',
      ':',
      '،',
      ' ',
      '  ',
      '\u00a0',
      '\t',
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

const RUNS = 3000;

describe('byline fast paths', () => {
  it('metaSeparator: the first bar, bullet or spaced dash, as the separator regex alone finds it', () => {
    const separator = /\s*[|•·]\s*|\s+[-–—]\s+/u;
    fc.assert(
      fc.property(line, (text) => {
        const [fast, slow] = [metaSeparator(text), separator.exec(text)];
        expect(fast?.index).toBe(slow?.index);
        expect(fast?.[0]).toBe(slow?.[0]);
      }),
      { numRuns: RUNS },
    );
  });

  it('dateWithCount: the date before a count, bare or with its noun, as splitting every line into its words reads it', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(dateWithCount(text)).toBe(dateBeforeCount(text.trim()));
      }),
      { numRuns: RUNS },
    );
    // Both forms are dated: a bare count, and a count with its noun past a bar.
    expect(dateWithCount('الإثنين 9 سبتمبر 2024 4587')).toBe('2024-09-09');
    expect(dateWithCount('الإثنين 9 سبتمبر 2024 | (5) تعليقات')).toBe('2024-09-09');
  });

  it('writerPart: links and alt text taken out as every line was searched for them', () => {
    const slow = (text: string): string => {
      const bare = text
        .replace(/\[([^\]]*)\]\([^)]*\)/gu, ' $1 ')
        .replace(/\[[^\]]*\]\s*/gu, ' ')
        .replace(/_/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      const ws = bare.split(' ');
      const half = ws.length / 2;
      if (ws.length % 2 === 0 && ws.slice(0, half).join(' ') === ws.slice(half).join(' '))
        return ws.slice(0, half).join(' ');
      // Or glued to itself, two words a half at least (w3m's avatar alt text, then the link, round 53).
      const glued = bare.slice(0, bare.length / 2);
      return bare.length % 2 === 0 && glued + glued === bare && glued.includes(' ') && !glued.endsWith(' ')
        ? glued
        : bare;
    };
    fc.assert(
      fc.property(line, (text) => {
        expect(writerPart(text)).toBe(slow(text));
      }),
      { numRuns: RUNS },
    );
    expect(writerPart('[خلود الجبر] خلود_الجبر')).toBe('خلود الجبر');
  });
});
