/**
 * The recogniser does not try a mention at a number whose next token cannot go on (recognise.ts, numberGoesOn): on
 * texts made of numbers, the punctuation around them, words of the lexicon, other words and the conjunction و, glued
 * or spaced, the screened reading finds what trying the grammar at every token finds, with the same rule trails.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withTrails } from '../../../src/dates/grammar/rules.js';
import { LEXICON } from '../../../src/dates/lexicon.js';
import { recognise } from '../../../src/dates/recognise.js';
import { tokenize } from '../../../src/dates/tokens.js';
import { normalizeWithOffsets } from '../../../src/text/normalize.js';

const NUMBERS = ['0', '3', '07', '12', '24', '31', '59', '99', '123', '1445', '2024', '12345', '٣', '۱۴۰۲'];
/** Every ASCII punctuation mark, the Arabic ones, dashes, and a control character as mis-decoded pages have. */
const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '،', '؛', '؟', '٪', '–', '—', '\u0006'];
/** Words the lexicon does not know; z, t and h (a French time's "13h06") are read by rules after a number. */
const OTHER_WORDS = ['شخصا', 'دولار', 'قال', 'الوطني', 'z', 't', 'h', 'ص', 'م', 'هـ', 'ال'];
const LEXICON_WORDS = [...LEXICON.keys()];
/** The lexicon's words of the kinds the rules read after a number: months, units, parts of day, eras, markers… */
const NEAR_NUMBER_KINDS = new Set([
  'month',
  'unit',
  'dayPart',
  'night',
  'era',
  'marker',
  'direction',
  'this',
  'fraction',
]);
const NEAR_NUMBER_WORDS = [...LEXICON]
  .filter(([, ls]) => ls.some((l) => NEAR_NUMBER_KINDS.has(l.kind)))
  .map(([w]) => w);

const word = fc.oneof(
  fc.constantFrom(...NEAR_NUMBER_WORDS),
  fc.constantFrom(...LEXICON_WORDS),
  fc.constantFrom(...OTHER_WORDS),
  fc.constantFrom('و', 'او'),
  fc
    .tuple(fc.constantFrom('و', 'ف', 'ب', 'ل'), fc.constantFrom(...LEXICON_WORDS, ...OTHER_WORDS))
    .map(([p, w]) => p + w),
);
const number = fc.oneof(fc.constantFrom(...NUMBERS), fc.integer({ min: 0, max: 3000 }).map(String));
const gap = fc.constantFrom('', ' ', ' ', '\n');
const piece = fc.oneof(number, fc.constantFrom(...PUNCTUATION), word);
/** A number and what follows it, where the rules read it: 7 أكتوبر 2023، 15:30 مساء، 12/3/2020، 3 و20 دقيقة مساء. */
const near = fc.oneof(number, fc.constantFrom(...NEAR_NUMBER_WORDS));
const cluster = fc
  .tuple(number, gap, fc.oneof(fc.constantFrom(...PUNCTUATION), fc.constant('و'), near), gap, near, gap, near)
  .map((parts) => parts.join(''));
/** A clock, its minutes after a colon or French's "h" (13h06), glued or not. */
const clock = fc
  .tuple(
    fc.integer({ min: 0, max: 24 }),
    fc.constantFrom(':', 'h', ' h', 'h '),
    fc.integer({ min: 0, max: 59 }).map((m) => String(m).padStart(2, '0')),
  )
  .map(([hour, mark, minute]) => `${hour}${mark}${minute}`);
const text = fc
  .array(fc.tuple(fc.oneof(piece, cluster, clock), gap), { maxLength: 12 })
  .map((pieces) => pieces.map(([p, g]) => p + g).join(''));

describe('the screen of the starts at numbers', () => {
  it('finds the mentions, and their rules, that trying every token finds', () => {
    let found = 0;
    fc.assert(
      fc.property(text, (t) => {
        const tokens = () => tokenize(normalizeWithOffsets(t));
        const screened = withTrails(() => recognise(tokens()));
        expect(screened).toEqual(withTrails(() => recognise(tokens(), true)));
        found += screened.filter((c) => tokens().kind(c.from) === 'number').length;
      }),
      { numRuns: 4000 },
    );
    // The texts are worth their name only if mentions start at their numbers.
    expect(found).toBeGreaterThan(300);
  });
});
