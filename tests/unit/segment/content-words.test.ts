/**
 * The segmenter holds a headline against a group of paragraphs (the body's opening, the prose under it)
 * through ContentWords, each paragraph's set kept with its reading: the same answers as one set made of
 * the group's content forms (addContentForms), and the distinct content words in order. A word and the same
 * word with a proclitic or the article meet whatever letter it starts with ("وزير", "الوزير").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ContentWords,
  addContentForms,
  contentStem,
  contentWords,
  forgetReadings,
  overlap,
  words,
} from '../../../src/text/words.js';

const word = fc.constantFrom('الحكومة', 'والحكومة', 'وزير', 'الصحة', 'في', 'قال', 'مستشفى', 'جديد', 'غزة', 'بالعاصمة');
const text = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));

describe('ContentWords', () => {
  it('answers as one set of the texts’ content words: membership, overlap, the distinct words in order', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), text, (texts, headline) => {
        forgetReadings();
        const distinct = new Set(texts.flatMap((t) => contentWords(t)));
        const forms = new Set<string>();
        for (const t of texts) for (const w of words(t)) addContentForms(w, forms);
        const group = new ContentWords(texts);
        // Asked twice: the second time from the sets kept with the readings.
        for (const written of [group, new ContentWords(texts)]) {
          expect(written.distinct()).toEqual([...distinct]);
          expect(overlap(contentWords(headline), written)).toBe(overlap(contentWords(headline), forms));
          for (const w of contentWords(headline)) expect(written.has(w)).toBe(forms.has(w));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('meets a word in every form: bare, with the article, a conjunction or a preposition', () => {
    // Words whose first letter the stemmer may take for a proclitic (و ف ب ك), and one it never does. (A word
    // that starts with ل, after لِـ, reads as لِـ with the article: "للبنان" stems to "نان", and is not met.)
    for (const word of ['وزير', 'برنامج', 'فلسطين', 'كتاب', 'مستشفى']) {
      const variants = [word, `ال${word}`, `وال${word}`, `بال${word}`, `و${word}`, `ل${word}`];
      for (const written of variants)
        for (const asked of variants) {
          forgetReadings();
          const stem = contentStem(asked);
          expect(stem).not.toBeNull();
          expect(new ContentWords([`قال إن ${written} جديد`]).has(stem!), `${asked} in ${written}`).toBe(true);
        }
    }
  });
});
