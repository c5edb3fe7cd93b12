/**
 * The tag splitter cuts a line whose separators were lost into tags (fields/keywords.ts): a tiling of the
 * line. Whatever the words — known to the article or the lexicon, relative adjectives, words glued
 * together at a "ة" or with no mark at all — every letter of the line is in exactly one tag, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleWords, splitTagLine } from '../../../src/fields/keywords.js';

/** Words of every kind the splitter treats apart: known phrases' words, adjectives, "ة" and "ى" endings, names. */
const WORDS = [
  'المقاومة',
  'الفلسطينية',
  'الاحتلال',
  'الإسرائيلي',
  'مجلس',
  'الأمن',
  'الدولي',
  'غزة',
  'حماس',
  'الأقصى',
  'المسجد',
  'الزراعة',
  'الري',
  'طوفان',
  'قطاع',
  'مهرجان',
  'جرش',
  'الانتخابات',
  'الرئاسية',
  'التونسية',
];
const ARTICLE = new ArticleWords(() => ['عقد مجلس الأمن الدولي جلسة طارئة لبحث الوضع في قطاع غزة وطوفان الأقصى.']);
const letters = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '');

describe('the tag splitter tiles its line', () => {
  it('every letter of a line of words joined by spaces or glued is in exactly one tag, in order', () => {
    const line = fc
      .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '')), { minLength: 1, maxLength: 8 })
      .map((parts) =>
        parts
          .map(([word, gap]) => word + gap)
          .join('')
          .trim(),
      );
    fc.assert(
      fc.property(line, (text) => {
        const tags = splitTagLine(text, ARTICLE);
        expect(letters(tags.join(''))).toBe(letters(text));
        expect(tags.every((tag) => tag === tag.trim() && tag.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
