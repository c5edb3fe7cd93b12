/** The one-pass literal search of cleaner selection says what one search per literal says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralSet } from '../../../src/text/literals.js';

describe('LiteralSet', () => {
  it('finds each literal exactly when some text includes it, short and empty literals too', () => {
    const alphabet = fc.constantFrom('ا', 'ل', 'ي', 'و', 'م', ' ', 'a', 'b', '-', '©');
    const word = fc.string({ unit: alphabet, maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 12 }),
        fc.array(fc.string({ unit: alphabet, maxLength: 60 }), { maxLength: 5 }),
        (literals, texts) => {
          const set = new LiteralSet(literals);
          const found = set.find(texts);
          set.literals.forEach((literal, i) =>
            expect(found[i], literal).toBe(literal === '' || texts.some((t) => t.includes(literal)) ? 1 : 0),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('with an accept test, finds a literal where one of its occurrences passes the test', () => {
    const alphabet = fc.constantFrom('ا', 'ل', 'ي', ' ', 'a', '-');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        fc.array(fc.string({ unit: alphabet, maxLength: 40 }), { maxLength: 4 }),
        fc.nat({ max: 40 }),
        (literals, texts, from) => {
          const set = new LiteralSet(literals);
          // Only occurrences that start at `from` or later count.
          const found = set.find(texts, (_text, at) => at >= from);
          set.literals.forEach((literal, i) =>
            expect(found[i], literal).toBe(texts.some((t) => t.indexOf(literal, from) >= 0) ? 1 : 0),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps each literal once, in the order first given', () => {
    const set = new LiteralSet(['اليوم السابع', 'البيان', 'اليوم السابع']);
    expect(set.literals).toEqual(['اليوم السابع', 'البيان']);
    expect([...set.find(['من البيان اليوم'])]).toEqual([0, 1]);
  });
});
