/** The tag splitter's words-only slices say what wordsOnly says of each slice (issue 10: read once). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsOnly, wordsOnlySlices } from '../../../src/fields/keywords.js';

describe('wordsOnlySlices', () => {
  it('gives wordsOnly of every slice, surrogate pairs cut or whole', () => {
    const unit = fc.constantFrom(
      'ا',
      'ل',
      'غ',
      ' ',
      '  ',
      '-',
      '،',
      '3',
      '٣',
      'a',
      'B',
      '.',
      '𝐀',
      '😀',
      '\ud800',
      '\udc00',
      '\u064b',
      '_',
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 30 }).map((a) => a.join('')),
        (text) => {
          const pieceAt = wordsOnlySlices(text);
          for (let from = 0; from <= text.length; from++)
            for (let to = from; to <= text.length; to++)
              expect(pieceAt(from, to), JSON.stringify([text, from, to])).toBe(wordsOnly(text.slice(from, to)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
