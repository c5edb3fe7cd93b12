/**
 * How much a block reads like article prose rather than page furniture (menus, headline strips,
 * captions, buttons). The segmenter sums these weights to find the body of each article.
 */
import type { Block } from '../document/model.js';
import { letterWordCount, wordCount } from '../text/words.js';

const SENTENCE_END = /[.؟?!…:؛]["'»”’)\]]*$/u;
const CLAUSE_MARK = /[،,؛;]/u;

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd()) && !/:\s*$/.test(text);
}

/** A paragraph of running text: long, or a complete sentence of some length. */
export function isProse(block: Block, text = block.text): boolean {
  const n = wordCount(block.norm);
  return n >= 18 || (n >= 8 && (endsLikeSentence(text) || CLAUSE_MARK.test(text)));
}

/**
 * A line that could be a headline: a handful to a few dozen words, not a sentence ending with a
 * period, not a label ending with a colon.
 */
export function isTitleLike(block: Block, text = block.text): boolean {
  const n = wordCount(block.norm);
  return (
    n >= 3 &&
    n <= 35 &&
    !/[:：]\s*$/.test(text) &&
    !/\.\s*$/.test(text.replace(/\.{2,}\s*$/, '')) &&
    hasWords(block.norm)
  );
}

/** Words of letters, not a date or a count ("ديسمبر 25, 2020" has one). */
const MIN_LETTER_WORDS = 2;

export function hasWords(norm: string): boolean {
  return letterWordCount(norm) >= MIN_LETTER_WORDS;
}

/** Headlines run to this many words; longer lines are prose whatever their punctuation. */
const HEADLINE_MAX_WORDS = 20;

/**
 * A line that reads as a headline rather than a sentence of running text: headline-length, and not
 * ending with a period (a question or an exclamation, commas or "..", are a headline's too:
 * "رؤية نتنياهو تجاه غزة.. استنزاف لا تطيقه «إسرائيل»؟").
 */
export function isHeadlineText(block: Block, text = block.text): boolean {
  return isTitleLike(block, text) && (wordCount(block.norm) < HEADLINE_MAX_WORDS || !isProse(block, text));
}

/**
 * Positive for prose, negative for furniture. Long list items still count (some dumps bullet every
 * paragraph); short list items and short lines are what menus and headline strips are made of.
 */
export function proseWeight(block: Block, text = block.text): number {
  if (block.outside) return -3;
  const n = wordCount(block.norm);
  if (isProse(block, text)) {
    const weight = Math.min(n, 80) / 10 + (endsLikeSentence(text) ? 1 : 0);
    return block.kind === 'list-item' ? weight / 2 : weight;
  }
  if (block.kind === 'list-item') return -1.5;
  if (block.kind === 'heading') return -1;
  return n < 4 ? -1 : -0.6;
}
