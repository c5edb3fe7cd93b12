/** The words of a long text, matched in pieces, are the words one match over it finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forgetReadings, words } from '../../../src/text/words.js';

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
});
