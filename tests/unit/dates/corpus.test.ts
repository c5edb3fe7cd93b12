import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/dates/index.js';
import { fixture } from '../../helpers/fixtures.js';

interface Expected {
  text: string;
  kind: string;
  value: string | null;
  mod?: string;
  calendar?: string;
  hijri?: string;
}
interface Sentence {
  group: string;
  source: string;
  ref: string | null;
  text: string;
  mentions: Expected[];
}

const corpus = JSON.parse(readFileSync(fixture('dates/corpus-sentences.json'), 'utf8')) as {
  sentences: Sentence[];
  negatives: { source: string; text: string }[];
};

describe('real corpus sentences: every region, Hijri, numeric and relative forms', () => {
  it('covers each group the engine promises', () => {
    const groups = new Set(corpus.sentences.map((s) => s.group));
    expect([...groups].sort()).toEqual([
      'egypt-gulf',
      'hijri',
      'levant-iraq',
      'morocco',
      'numeric',
      'relative',
      'tunisia-algeria',
    ]);
  });

  for (const sentence of corpus.sentences) {
    it(`${sentence.group}: ${sentence.text.slice(0, 50)}`, () => {
      const found = findDateMentions(sentence.text, { refDate: sentence.ref });
      expect(found.map((m) => ({ text: m.text, kind: m.kind, value: m.value, mod: m.mod }))).toEqual(
        sentence.mentions.map((m) => ({ text: m.text, kind: m.kind, value: m.value, mod: m.mod ?? null })),
      );
      sentence.mentions.forEach((want, i) => {
        const got = found[i];
        if (want.calendar) expect(got?.calendar).toBe(want.calendar);
        if (want.hijri) expect(got?.hijri).toBe(want.hijri);
        expect(sentence.text.slice(got?.start, got?.end)).toBe(want.text);
      });
    });
  }
});

describe('real corpus negatives: counts, scores, phones, money, percentages, article and issue numbers', () => {
  for (const negative of corpus.negatives) {
    it(`finds nothing in: ${negative.text.slice(0, 50)}`, () => {
      expect(findDateMentions(negative.text, { refDate: '2018-06-30' })).toEqual([]);
    });
  }
});
