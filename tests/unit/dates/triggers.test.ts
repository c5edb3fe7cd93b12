/**
 * The tokenizer looks up only the triggers (the words a mention may start at, and the heads of the phrases one may
 * start at); every other word is looked up when the grammar or the tense first reads it. The screened reading must
 * be the plain one, where every lexicon word is looked up as the text is read (tokenize's `everyWord`): the same
 * mentions, values, warnings and rule trees, and the same stem, cut and entries for every token.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseTokens } from '../../../src/dates/analyse.js';
import { readAnalysis } from '../../../src/dates/index.js';
import { LEXICON, PROCLITICS } from '../../../src/dates/lexicon.js';
import { recognise } from '../../../src/dates/recognise.js';
import { tokenize } from '../../../src/dates/tokens.js';
import { normalizeWithOffsets } from '../../../src/text/normalize.js';
import { FIXTURES, SEED } from '../../helpers/fixtures.js';

/** Words of news sentences that are no date words, a few of them verbs that give a tense (قال، سيعقد). */
const WORDS = ['قال', 'الوزير', 'إن', 'الحكومة', 'سيعقد', 'اجتماعا', 'مع', 'شارع', 'التي', 'الذي', 'كان', 'لبحث'];
const NUMBERS = ['1', '3', '12', '31', '2024', '1445', '٢٠٢٠', '۱۴۰۲', '10:30', '17.03.2020'];
const PUNCTUATION = ['/', '-', '،', ',', '.', ':', '(', ')', '|', '؟', '\n', '\n\n'];
/** Every word and phrase of the lexicon, as itself and after a proclitic (وفي، بالأمس، لليوم). */
const LEXICON_WORDS = [...LEXICON.keys()];
const piece = fc.oneof(
  fc.constantFrom(...LEXICON_WORDS),
  fc.tuple(fc.constantFrom(...PROCLITICS), fc.constantFrom(...LEXICON_WORDS)).map(([p, w]) => p + w),
  fc.constantFrom(...NUMBERS, ...PUNCTUATION, ...WORDS),
);
const texts = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(' '));

const OPTIONS = [
  { refDate: '2025-04-27', explain: true },
  { refDate: null, weekStart: 'monday', prefer: 'future', explain: true },
] as const;

/** What a reading gives: the candidates, the mentions under each option set, and every token's lexicon reading. */
function reading(text: string, everyWord: boolean) {
  const normalized = normalizeWithOffsets(text);
  const tokens = tokenize(normalized, everyWord);
  const analysis = analyseTokens(text, normalized, tokens, true);
  const { candidates } = analysis;
  const mentions = OPTIONS.map((options) => readAnalysis(analysis, options));
  // Read after the mentions (what the grammar looked up on the way must not change what a word reads as), each
  // accessor first at some token: each looks the word up by itself.
  const words = Array.from({ length: tokens.length }, (_, i) => {
    const [stemStart, stem] = i % 2 ? [tokens.stemStart(i), tokens.stem(i)] : [0, tokens.stem(i)];
    return [stem, stemStart || tokens.stemStart(i), tokens.entriesAt(i)];
  });
  return { candidates, mentions, words, starts: tokens.startsLastFirst };
}

function same(text: string): void {
  expect(reading(text, false), text).toEqual(reading(text, true));
}

describe('the trigger screen of the tokenizer', () => {
  it('reads as the plain reading on soups of lexicon words, proclitics, numbers, words and punctuation', () => {
    let withMentions = 0;
    fc.assert(
      fc.property(texts, (text) => {
        same(text);
        if (reading(text, false).candidates.length > 0) withMentions++;
      }),
      { numRuns: 3000 },
    );
    // The soups are worth their name only if they hold mentions.
    expect(withMentions).toBeGreaterThan(600);
  });

  it('reads as the plain reading on the seed page and the corpus sentences', () => {
    same(readFileSync(SEED, 'utf8'));
    const { sentences } = JSON.parse(readFileSync(join(FIXTURES, 'dates', 'corpus-sentences.json'), 'utf8')) as {
      sentences: { text: string }[];
    };
    for (const { text } of sentences) same(text);
  });

  it('looks up the head of a phrase a mention starts at by its second word, a number too', () => {
    // تشرين alone is no word of the lexicon, في no trigger: "تشرين 1" and "في غضون" are found by their second word.
    expect(recognise(tokenize(normalizeWithOffsets('قبل تشرين 1')))).toMatchObject([{ from: 1, to: 3 }]);
    expect(recognise(tokenize(normalizeWithOffsets('سيعود في غضون ثلاثة أيام')))).toMatchObject([{ from: 1, to: 5 }]);
  });
});
