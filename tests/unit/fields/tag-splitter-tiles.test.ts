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
  'في',
  'على',
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

describe('prepositions in a tag line with no separators (round 41)', () => {
  it("no tag is a preposition, nor opens or ends with one but at the line's ends, when spaces part the words", () => {
    const PREPOSITIONS = new Set(['في', 'على']);
    const line = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 8 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(line, (text) => {
        const tags = splitTagLine(text, ARTICLE).map((tag) => tag.split(' '));
        tags.forEach((words, i) => {
          if (i > 0) expect(PREPOSITIONS.has(words[0]!), text).toBe(false);
          if (i < tags.length - 1) expect(PREPOSITIONS.has(words.at(-1)!), text).toBe(false);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves a preposition alone as a tag, with words neither the article nor the lexicon knows', () => {
    const tags = splitTagLine('المهرجان الوطني للتراث الشعبي في الجنوب الصناعات التقليدية', ARTICLE);
    expect(tags).not.toContain('في');
    expect(tags.join(' ')).toBe('المهرجان الوطني للتراث الشعبي في الجنوب الصناعات التقليدية');
  });
});
