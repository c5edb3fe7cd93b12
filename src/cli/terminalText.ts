/**
 * Text for a terminal: display width, word wrapping, and output width. Arabic lines are wrapped here,
 * at word boundaries and in logical order, so that each printed row is a whole run of words that a
 * terminal (or `less -R`) lays out right to left on its own; no bidi control characters are written
 * (pagers print them as <U+200F>), and the Latin tag at the start of a row keeps it left-to-right.
 */
import { Chalk, type ChalkInstance } from 'chalk';

/** Width used when the output is not a terminal and COLUMNS is not set. */
export const DEFAULT_WIDTH = 100;
/** Narrower text would wrap every word on its own row. */
const MIN_TEXT_WIDTH = 20;

/** Bidi controls and invisible marks of the input, and control characters: a pager would print them as codes. */
const UNPRINTABLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;
const ZERO_WIDTH = /^[\p{M}\u200c\u200d]$/u;
/** East Asian wide and fullwidth characters take two columns. */
const WIDE =
  /^[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]$/u;

/** The text as a terminal can print it: tabs and line breaks as spaces, controls and bidi marks left out. */
export function printable(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ').replace(UNPRINTABLE, '');
}

/** The colour codes chalk writes (SGR). */
const SGR = /\u001b\[[0-9;]*m/gu;

/** Columns the text takes on a terminal: colour codes and combining marks (harakat) take none, wide characters two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(SGR, '')) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Colours each word on its own, so that a row cut between two words carries no colour into the margin. */
export function paintWords(paint: (text: string) => string, text: string): string {
  return text
    .split(' ')
    .map((word) => (word ? paint(word) : word))
    .join(' ');
}

/** Pads with spaces to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/**
 * Splits text into rows of at most `width` columns at spaces, keeping words whole; a word longer than
 * a row (a URL) is cut between characters, never inside a character and its marks.
 */
export function wrap(text: string, width: number): string[] {
  const limit = Math.max(width, MIN_TEXT_WIDTH);
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(/ +/u).filter(Boolean)) {
    for (const piece of cutLongWord(word, limit)) {
      const joined = row ? `${row} ${piece}` : piece;
      if (displayWidth(joined) <= limit) row = joined;
      else {
        rows.push(row);
        row = piece;
      }
    }
  }
  if (row || rows.length === 0) rows.push(row);
  return rows;
}

function cutLongWord(word: string, limit: number): string[] {
  if (displayWidth(word) <= limit) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const cluster of word.match(/\P{M}\p{M}*|\p{M}+/gu) ?? []) {
    if (displayWidth(piece + cluster) > limit) {
      pieces.push(piece);
      piece = '';
    }
    piece += cluster;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * The width to lay text out in: the terminal's, from stdout or else stderr (`arnews show page | less -R`
 * still has its terminal on stderr), else COLUMNS, else DEFAULT_WIDTH.
 */
export function outputWidth(): number {
  const columns = process.stdout.isTTY
    ? process.stdout.columns
    : process.stderr.isTTY
      ? process.stderr.columns
      : Number(process.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : DEFAULT_WIDTH;
}

export type ColourChoice = 'auto' | 'always' | 'never';

/** Colour on a terminal unless NO_COLOR is set (`auto`), or as asked (`--color always`, for `less -R`). */
export function stdoutColours(choice: ColourChoice): ChalkInstance {
  const on =
    choice === 'always' || (choice === 'auto' && process.stdout.isTTY === true && !('NO_COLOR' in process.env));
  return new Chalk({ level: on ? 1 : 0 });
}
