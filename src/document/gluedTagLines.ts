/**
 * A tag line printed on the last paragraph's line. Where the page sets its tags inline after the text (a
 * label and links in the same `<div>`), w3m and lynx print "… ضريبية. الكلمات المفتاحية الحكومة التمويل" as
 * one line and the HTML front end reads one block: the tags are lost and the label stays in the body. Each
 * front end's blocks pass here, so both are split alike: the paragraph ends at its sentence, the tag line
 * is a block of its own, on the same line.
 */
import { TAG_LABELS, TAG_MARKERS } from '../vocabulary.js';
import { normalizeArabic, normalizeWithOffsets, toOriginalSpan } from '../text/normalize.js';
import { wordCount } from '../text/words.js';
import { makeBlock, type Block, type Document } from './model.js';

/** A sentence's end, as the matching form writes it, then a space: where a glued tag line may begin. */
const SENTENCE_END = String.raw`[.!؟?]["'»”’)\]]*\s+`;
const labelsOf = (labels: readonly string[]): string =>
  [...new Set(labels.map(normalizeArabic))]
    .sort((a, b) => b.length - a.length)
    .map((label) => label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
/**
 * The labels that head a tag line with no colon ("الوسوم غزة رفح") need none here either; the others
 * ("علامات", "وسم"), which prose may start a sentence with, only with their colon.
 */
const GLUED_TAG_LABEL = new RegExp(
  `${SENTENCE_END}(?:(?:${labelsOf(TAG_LABELS)})\\s*:?|(?:${labelsOf(TAG_MARKERS)})\\s*:)\\s*(?=\\S)`,
  'u',
);
/** A tag line's tail: tags only, no sentence's end among them, and at most this many words… */
const GLUED_TAGS_MAX_WORDS = 24;
const NO_SENTENCE_END = /^[^.!؟?]*$/u;
/** …after a paragraph of this many words at least (a label's own line, "Tags: …", is no glued one). */
const GLUED_PARAGRAPH_MIN_WORDS = 6;

/** The document with each paragraph that ends in a tag line split in two: the paragraph, then the tag line. */
export function splitGluedTagLines(doc: Document): void {
  let split = false;
  const blocks: Block[] = [];
  for (const block of doc.blocks) {
    const parts = block.kind === 'heading' ? null : gluedTagLine(block);
    if (parts) split = true;
    for (const part of parts ?? [block]) {
      part.index = blocks.length;
      blocks.push(part);
    }
  }
  if (split) doc.blocks = blocks;
}

/** A block's marked links are kept when it has two or more (Block.linkTexts). */
const markedLinks = (texts: string[] | undefined): string[] | undefined =>
  texts && texts.length >= 2 ? texts : undefined;

/** The block as its paragraph and its tag line, when it ends in one; else null. */
function gluedTagLine(block: Block): [Block, Block] | null {
  const match = GLUED_TAG_LABEL.exec(block.norm);
  if (!match) return null;
  const tail = block.norm.slice(match.index + match[0].length);
  const words = wordCount(tail);
  if (words < 2 || words > GLUED_TAGS_MAX_WORDS || !NO_SENTENCE_END.test(tail)) return null;
  if (wordCount(block.norm.slice(0, match.index)) < GLUED_PARAGRAPH_MIN_WORDS) return null;
  // The cut is made on the original text: the sentence's end stays with the paragraph, the label opens the tag line.
  const form = normalizeWithOffsets(block.text);
  const labelAt = match.index + match[0].search(/\s/u);
  const [paragraphEnd] = toOriginalSpan(form, labelAt, labelAt + 1);
  const text = block.text.slice(0, paragraphEnd).trimEnd();
  const tagLine = block.text.slice(paragraphEnd).trim();
  const inTagLine = (linkText: string): boolean => tagLine.includes(linkText);
  const paragraph = makeBlock({
    ...block,
    text,
    norm: normalizeArabic(text),
    links: block.links?.filter((link) => !inTagLine(link.text)),
    linkTexts: markedLinks(block.linkTexts?.filter((linkText) => !inTagLine(linkText))),
  });
  const tags = makeBlock({
    ...block,
    text: tagLine,
    norm: normalizeArabic(tagLine),
    gapBefore: false,
    links: block.links?.filter((link) => inTagLine(link.text)),
    linkTexts: markedLinks(block.linkTexts?.filter(inTagLine)),
    twiceOnLine: false,
    opensArticle: false,
  });
  return [paragraph, tags];
}
