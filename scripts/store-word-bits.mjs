// @ts-check
// Build step: the date tokenizer's bit tables of the lexicon's written forms and triggers, made once here and read by
// a run (dist/dates/word-bits.bin; see makeWordBits in dates/tokens.ts) instead of hashing some 8,600 heads' forms at
// each start-up. makeWordBits makes them from the lexicon of this build, whatever file an earlier build left.
import { writeFileSync } from 'node:fs';
// A step of the build itself: it writes part of dist/ from dist/.
// eslint-disable-next-line no-restricted-syntax
import { makeWordBits, STORED_WORD_BITS } from '../dist/dates/tokens.js';

writeFileSync(STORED_WORD_BITS, makeWordBits());
