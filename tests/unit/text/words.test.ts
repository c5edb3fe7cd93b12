/** The words of a long text, matched in pieces, are the words one match over it finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findWords, forgetReadings, gluedHalf, letterWordCount, words } from '../../../src/text/words.js';

describe('words', () => {
  it('of a text over 4096 units: the same words as one match, a word longer than the pieces whole', () => {
    const unit = fc.constantFrom('ا', 'ل', '٣', '7', 'x', ' ', '،', '-', '\u{1D400}');
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit, maxLength: 40 }),
            fc.string({ unit: fc.constantFrom('ب', '9'), minLength: 4000, maxLength: 9000 }),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (parts) => {
          const text = parts.join(' ').padEnd(4100, ' ');
          forgetReadings();
          expect(words(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('of an 8 MB run of digits: one word, no stack overflow', () => {
    forgetReadings();
    expect(words(`نص ${'7'.repeat(8 * 1024 * 1024)} نص`).map((w) => w.length)).toEqual([2, 8 * 1024 * 1024, 2]);
  });

  it('found by a lookup per code unit: what the letter-and-digit regexes find, on any UTF-16 (astral letters and digits, lone surrogates, marks)', () => {
    const unit = fc.oneof(
      fc.constantFrom('ا', 'ب', '٣', '۵', '7', 'x', 'É', ' ', '،', '-', '\u064b', '\u00b2', '\u2164'),
      fc.constantFrom('\u{1D400}', '\u{1D7CE}', '\u{10900}', '\u{1F600}', '\ud835', '\udc00'),
      fc.string({ unit: 'binary', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        forgetReadings();
        expect(findWords(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
        expect(letterWordCount(text)).toBe(text.match(/\p{L}{2,}/gu)?.length ?? 0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('gluedHalf', () => {
  const unit = fc.constantFrom('ا', 'ل', 'ة', ' ', '،', '7', 'x');
  it('finds the text a line prints twice with nothing between, and nothing in a line that is not so', () => {
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 30 }), fc.string({ unit, maxLength: 30 }), (a, b) => {
        if (!a.endsWith(' ') && a.trim().includes(' ')) expect(gluedHalf(a + a)).toBe(a);
        const half = gluedHalf(a + b);
        if (half !== null) expect([half + half, half.trim().includes(' ')]).toEqual([a + b, true]);
      }),
    );
    expect(gluedHalf('عنوان الخبرعنوان الخبر')).toBe('عنوان الخبر');
    expect(gluedHalf('عنوان الخبر عنوان الخبر')).toBeNull(); // spaced: repeatedHalf's
    expect(gluedHalf('')).toBeNull();
    expect(gluedHalf('))')).toBeNull(); // one word glued to itself
  });
});
