/**
 * Headline cards as text renderers print them (issue 8, round 8z).
 */
import { words } from './words.js';

/** An image's alt text in brackets, then the rest of the line (Debian html2text prints "[alt] label"), after a list's number. */
const ALT_THEN_LABEL = /^(?:\d+[.)]\s*)?\[([^\]]+)\]\s*(.+)$/u;
const LETTER = /\p{L}/u;

/**
 * A headline card: its image's alt text, then its link's label, the same words ("[عنوان] عنوان"), and at
 * most a date or a count after them ("… 12/5/2024"). Printed twice, a headline is as long as a paragraph;
 * it is a list's item, never running text.
 */
export function isCardLine(norm: string): boolean {
  const card = ALT_THEN_LABEL.exec(norm.trim());
  if (!card) return false;
  const [alt, label] = [words(card[1]!), words(card[2]!)];
  return (
    alt.length > 0 &&
    label.length >= alt.length &&
    alt.every((w, i) => w === label[i]) &&
    label.slice(alt.length).every((w) => !LETTER.test(w))
  );
}
