/**
 * The segmenter holds a headline against a group of paragraphs (the body's opening, the prose under it)
 * through ContentWords, each paragraph's set kept with its reading: the same answers as one set made of
 * the group's content words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentWords, contentWords, forgetReadings, overlap } from '../../../src/text/words.js';

const word = fc.constantFrom('الحكومة', 'والحكومة', 'وزير', 'الصحة', 'في', 'قال', 'مستشفى', 'جديد', 'غزة', 'بالعاصمة');
const text = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));

describe('ContentWords', () => {
  it('answers as one set of the texts’ content words: membership, overlap, the distinct words in order', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), text, (texts, headline) => {
        forgetReadings();
        const union = new Set(texts.flatMap((t) => contentWords(t)));
        const group = new ContentWords(texts);
        // Asked twice: the second time from the sets kept with the readings.
        for (const words of [group, new ContentWords(texts)]) {
          expect(words.distinct()).toEqual([...union]);
          expect(overlap(contentWords(headline), words)).toBe(overlap(contentWords(headline), union));
          for (const w of contentWords(headline)) expect(words.has(w)).toBe(union.has(w));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
