/**
 * The tokenizer finds the lexicon's written forms (a head, with a proclitic, its لل form) the first time a text
 * holds them, not at import (start-up, issue 11): each is found whether or not it was met before, and the same
 * word gives the same stem and entries the second time, from what the first time kept.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON, PHRASE_HEADS, PROCLITICS } from '../../../src/dates/lexicon.js';
import { tokenize } from '../../../src/dates/tokens.js';
import { normalizeWithOffsets } from '../../../src/text/normalize.js';

const tokensOf = (text: string) => tokenize(normalizeWithOffsets(text));
/** Each token of a text: its stem, where the stem starts, and its one-word entries. */
const reading = (text: string) => {
  const tokens = tokensOf(text);
  return Array.from({ length: tokens.length }, (_, i) => ({
    stem: tokens.stem(i),
    stemStart: tokens.stemStart(i),
    entries: tokens
      .entriesAt(i)
      .filter((e) => e.length === 1)
      .map((e) => e.lexeme),
  }));
};
/** One-word heads that are words of the lexicon themselves, at least three letters long (a proclitic may go before them). */
const WORD_HEADS = [...PHRASE_HEADS.keys()].filter((head) => LEXICON.has(head) && head.length >= 3);

describe('the lexicon words of a text', () => {
  it('every one-word head is found as itself, with its entries', () => {
    expect(WORD_HEADS.length).toBeGreaterThan(500);
    const tokens = reading(WORD_HEADS.join(' '));
    expect(tokens.map((t) => t.stem)).toEqual(WORD_HEADS);
    tokens.forEach((t, i) => expect(t.entries, WORD_HEADS[i]).toEqual(LEXICON.get(WORD_HEADS[i]!)));
  });

  it('a head after a proclitic is found by its stem, the proclitic left out of the stem', () => {
    /** Whether a word splits in one way only: this proclitic before a head (ولمده is و + لمده and ول + مده). */
    const onlySplit = (word: string, proclitic: string) =>
      !PHRASE_HEADS.has(word) &&
      !(word.startsWith('لل') && PHRASE_HEADS.has(`ا${word.slice(1)}`)) &&
      PROCLITICS.every((p) => p === proclitic || !word.startsWith(p) || !PHRASE_HEADS.has(word.slice(p.length)));
    for (const proclitic of PROCLITICS) {
      const words = WORD_HEADS.map((head) => proclitic + head).filter((word) => onlySplit(word, proclitic));
      expect(words.length, proclitic).toBeGreaterThan(400);
      const tokens = reading(words.join(' '));
      tokens.forEach((t, i) => {
        expect(t.stem, words[i]).toBe(words[i]!.slice(proclitic.length));
        expect(t.entries, words[i]).toEqual(LEXICON.get(t.stem));
      });
    }
  });

  it('a word is read the same the second time as the first, alone or among others', () => {
    const text = 'وفي الخامس من يناير الماضي، وبعد ثلاثة أيام، عاد للعمل منذ الأسبوع الماضي';
    const first = reading(text);
    expect(first.filter((t) => t.entries.length > 0).length).toBeGreaterThan(5);
    expect(reading(text)).toEqual(first);
    expect(reading(`${text} ${text}`)).toEqual([
      ...first,
      ...first.map((t) => ({ ...t, stemStart: t.stemStart + text.length + 1 })),
    ]);
  });

  it('a word that is none of the lexicon stays none the second time, and the lexicon words beside it are still found', () => {
    // Each head between itself with a letter added and with its first letter taken off: mostly no lexicon word,
    // some hashing where a form does (their cache shares its slots with the cache of the lexicon's forms).
    const variants = (head: string) => [`${head}ن`, head.slice(1)];
    const heads = WORD_HEADS.filter((head) => variants(head).every((word) => !PHRASE_HEADS.has(word)));
    const text = heads.map((head) => `${variants(head)[0]} ${head} ${variants(head)[1]}`).join(' ');
    const first = reading(text);
    expect(first.filter((_, i) => i % 3 === 1).map((t) => t.stem)).toEqual(heads);
    expect(reading(text)).toEqual(first);
  });
});
