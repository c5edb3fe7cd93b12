/** The tag splitter's words-only slices say what wordsOnly says of each slice (issue 10: read once). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleWords, wordsOnly, wordsOnlySlices } from '../../../src/fields/keywords.js';

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

describe('ArticleWords.phrasesWithin', () => {
  /** The article's phrases of two to eight words, all of them (what the tag splitter once made for every article). */
  function allPhrases(words: string[]): Set<string> {
    const phrases = new Set<string>();
    for (let i = 0; i < words.length; i++)
      for (let n = 2; n <= 8 && i + n <= words.length; n++) phrases.add(words.slice(i, i + n).join(' '));
    return phrases;
  }

  it('holds every phrase of the article that a piece of the line can be, and only phrases of the article', () => {
    const word = fc.constantFrom('سوريا', 'دمشق', 'الامم', 'المتحده', 'مجلس', 'الامن', 'غزه', 'كورونا', 'ا', 'من');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 12 }), (article, line) => {
        const all = allPhrases(article);
        const kept = line.join(' ');
        const within = new ArticleWords(() => [article.join(' ')]).phrasesWithin(kept);
        for (const phrase of within) expect(all.has(phrase)).toBe(true);
        for (const phrase of all)
          if (phrase.split(' ').every((w) => kept.includes(w))) expect(within.has(phrase)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
