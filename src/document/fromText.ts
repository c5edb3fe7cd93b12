/**
 * Text dump → Document. Undoes what text renderers and crawl extractors do to a page (bullets,
 * hard wrapping, Markdown syntax, lynx link numbers, html2text's underscores) so that every block is
 * one heading, paragraph or list item with its original wording. Site boilerplate is not judged here:
 * that is the cleaners' job.
 */
import { normalizeArabic } from '../text/normalize.js';
import type { InputRef } from '../record.js';
import { emptyMeta, type Block, type BlockKind, type Document, type PageMeta } from './model.js';

/** A line that holds only white space, NBSP, BOM or zero-width marks separates paragraphs. */
const BLANK_LINE = /^[\s\u00a0\ufeff\u200b-\u200f\u2060]*$/u;
/** List bullets of crawl extractors and renderers: •, ◄, □, *, +, o, -, ▪ … followed by a space. */
const BULLET = /^([ \t\u00a0]*)(?:[•●◦▪■□◄►‣∙·*+\-–]|o(?= ))[ \t\u00a0]+(?=\S)/u;
/** lynx prints an empty bullet line when the list item holds a block; the text follows on the next line. */
const LONE_BULLET = /^[ \t]*[*+•o][ \t]*$/u;
/** html2text (Debian) writes link text with `_` for spaces: `الاحتفالات_تكتسي_شوارع_ميونخ`. */
const LINK_WORDS = /\p{L}_|_\p{L}/u;
/** …but URLs and identifiers keep theirs: `arab_world/2020…`, `?button_hashtag=…`, `www.x_y.com`. */
const URL_LIKE = /[/=?@&]|\w\.\w/u;
/** html2text (Debian) headings: `****** title ******`; Markdown headings: `## title`. */
const STARRED_HEADING = /^\*{3,}\s*(.*?)\s*\*{3,}$/u;
const MARKDOWN_HEADING = /^#{1,6}\s+(.*)$/u;

export interface TextToDocumentOptions {
  /** The page's 1-based first line within its input (JSONL pages all start at 1 within their text). */
  firstLine?: number;
  meta?: Partial<PageMeta>;
}

interface Line {
  text: string;
  number: number;
}

export function textToDocument(raw: string, input: InputRef, options: TextToDocumentOptions = {}): Document {
  const lines = splitLines(raw, options.firstLine ?? 1);
  const wrapWidth = detectWrapWidth(lines);
  const blocks: Block[] = [];
  let gap = false;
  let pendingBullet: { depth: number } | null = null;
  let previous: { block: Block; rawLength: number } | null = null;

  for (const line of lines) {
    if (BLANK_LINE.test(line.text)) {
      gap = blocks.length > 0;
      previous = null;
      continue;
    }
    if (LONE_BULLET.test(line.text)) {
      pendingBullet = { depth: indentDepth(line.text.slice(0, leadingSpaces(line.text))) };
      continue;
    }
    const bullet = BULLET.exec(line.text);
    // A hard-wrapped renderer line continues the previous block when it is not a new list item.
    if (previous && !bullet && wrapWidth > 0 && previous.rawLength >= wrapWidth - 12 && !pendingBullet) {
      const continued = cleanInline(line.text.trim());
      if (continued) {
        previous.block.text = `${previous.block.text} ${continued}`;
        previous.block.norm = normalizeArabic(previous.block.text);
        previous.rawLength = line.text.trimEnd().length;
        continue;
      }
    }
    let kind: BlockKind = 'paragraph';
    let depth = 0;
    let body = line.text;
    if (bullet) {
      kind = 'list-item';
      depth = indentDepth(bullet[1] ?? '');
      body = line.text.slice(bullet[0].length);
    } else if (pendingBullet) {
      kind = 'list-item';
      depth = pendingBullet.depth;
    }
    pendingBullet = null;
    const heading = STARRED_HEADING.exec(body.trim()) ?? MARKDOWN_HEADING.exec(body.trim());
    if (heading && kind === 'paragraph') kind = 'heading';
    const parts = kind === 'paragraph' ? splitWideJoins(body) : null;
    let block: Block | null = null;
    for (const part of parts ?? [{ kind, text: cleanInline(heading ? (heading[1] ?? '') : body.trim()), outside: false }]) {
      if (!part.text) continue;
      block = { index: blocks.length, kind: part.kind, text: part.text, norm: normalizeArabic(part.text), line: line.number, depth, gapBefore: gap };
      if (part.outside) block.outside = true;
      blocks.push(block);
      gap = false;
    }
    previous = block && !parts ? { block, rawLength: line.text.trimEnd().length } : null;
  }
  for (const block of blocks) {
    const single = undoubled(block.text);
    if (single !== block.text) [block.text, block.norm] = [single, normalizeArabic(single)];
  }
  return {
    input,
    format: 'text',
    blocks,
    meta: { ...emptyMeta(), ...options.meta },
    warnings: [],
  };
}

/**
 * Crawlers flatten a sidebar headline list, or a whole article, into one line with its items joined by
 * runs of 3+ spaces (masress strips: 4, Al Mayadeen full_text: 3 or 4). Such a line is split into its items; short
 * items (headlines, dates) are list items, long ones paragraphs. A line made only of headlines (short
 * items, none a full sentence) is a side strip: its items sit outside the article, like an HTML aside.
 */
const SENTENCE_END = /[.؟?!:]["'»”’)\]]*$/u;
const WIDE_JOIN = /[ \u00a0]{3,}/u;
const WIDE_MIN_PARTS = 3;
const LIST_ITEM_MAX_WORDS = 25;

function splitWideJoins(line: string): { kind: BlockKind; text: string; outside: boolean }[] | null {
  const parts = line
    .trim()
    .split(WIDE_JOIN)
    .map((part) => cleanInline(part))
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
  if (parts.length < WIDE_MIN_PARTS) return null;
  const short = (text: string): boolean => (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= LIST_ITEM_MAX_WORDS;
  const strip = parts.every((text) => short(text) && !/\.["'»”)]*$/u.test(text));
  return parts.map((text) => ({ kind: short(text) ? 'list-item' : 'paragraph', text, outside: strip }));
}

/**
 * A link text printed twice on one line (an image link's alt text, then the text link: w3m, lynx):
 * "عنوان الخبر عنوان الخبر" → "عنوان الخبر". Only whole halves of three or more words are collapsed.
 */
function undoubled(text: string): string {
  const words = text.split(' ');
  if (words.length < 6 || words.length % 2 !== 0) return text;
  const half = words.length / 2;
  const first = words.slice(0, half).join(' ');
  return first === words.slice(half).join(' ') ? first : text;
}

/** CRLF, CR and LF all end a line; NUL bytes and a leading BOM are dropped. */
function splitLines(raw: string, firstLine: number): Line[] {
  const text = raw.replace(/\0/g, '').replace(/^\ufeff/, '');
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, number: firstLine + i }));
}

function leadingSpaces(text: string): number {
  return /^[ \t\u00a0]*/.exec(text)?.[0].length ?? 0;
}

/** Renderers indent nested list levels by 2 to 6 spaces; a level is any 4-space step beyond the first. */
function indentDepth(prefix: string): number {
  const width = prefix.replace(/\t/g, '    ').length;
  return width <= 5 ? 0 : Math.ceil((width - 5) / 4);
}

/**
 * The column at which a renderer hard-wrapped long paragraphs (w3m, lynx, html2text at ~200), or 0
 * when the dump is not wrapped: several lines must end within a few columns of the same maximum, some
 * of them cut mid-sentence, and those must go on on the next line (a dump's naturally long lines are
 * whole paragraphs or headline strips followed by something else).
 */
function detectWrapWidth(lines: Line[]): number {
  let max = 0;
  for (const l of lines) max = Math.max(max, l.text.trimEnd().length);
  if (max < 60) return 0;
  let nearMax = 0;
  let cutMidSentence = 0;
  let continued = 0;
  lines.forEach((l, i) => {
    const text = l.text.trimEnd();
    if (text.length < max - 12) return;
    nearMax++;
    if (SENTENCE_END.test(text)) return;
    cutMidSentence++;
    if (!BLANK_LINE.test(lines[i + 1]?.text ?? '')) continued++;
  });
  return nearMax >= 3 && cutMidSentence >= 2 && continued * 4 >= cutMidSentence * 3 ? max : 0;
}

/**
 * Markdown images `![alt](url)` (→ nothing) or links `[text](url)` (→ text; the URL may hold one level
 * of parentheses), found by one scan. The regexes that said the same tried every "[" against the next
 * "]" and ")": quadratic on a line of unclosed brackets.
 */
function markdownLinks(text: string, images: boolean): string {
  const opener = images ? '![' : '[';
  const parts: string[] = [];
  let copied = 0;
  for (let at = 0; ; ) {
    const open = text.indexOf(opener, at);
    if (open < 0) break;
    const close = text.indexOf(']', open + opener.length);
    if (close < 0) break;
    const end = text[close + 1] === '(' ? (images ? text.indexOf(')', close + 2) : linkTargetEnd(text, close + 2)) : -1;
    // No target after this "]": no opener before it can have one either.
    if (end < 0) {
      at = close + 1;
      continue;
    }
    parts.push(text.slice(copied, open), images ? '' : text.slice(open + 1, close));
    copied = at = end + 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Where a link target that starts at `from` ends (its ")"), allowing one level of parentheses; -1 if it does not. */
function linkTargetEnd(text: string, from: number): number {
  const paren = /[()]/g;
  paren.lastIndex = from;
  for (let m = paren.exec(text); m; m = paren.exec(text)) {
    if (m[0] === ')') return m.index;
    const inner = paren.exec(text);
    if (!inner || inner[0] === '(') return -1;
  }
  return -1;
}

/** A rule of three or more "*" at the start or end of a line goes (Markdown's horizontal rule), with the space beside it. */
function withoutStarRules(text: string): string {
  let t = text.replace(/^\*{3,}\s*/, '');
  let end = t.length;
  while (end > 0 && t[end - 1] === '*') end--;
  if (t.length - end >= 3) t = t.slice(0, end).trimEnd();
  return t;
}

/**
 * Inline renderer syntax → plain text: Markdown images and links, emphasis and escapes, lynx `[12]`
 * link numbers, html2text's `_` for spaces inside link text (in words, not in URLs or identifiers with
 * a path, query or domain).
 */
function cleanInline(text: string): string {
  if (!/[[*\\_!]/.test(text)) return text.trim();
  let t = withoutStarRules(markdownLinks(markdownLinks(text, true), false))
    .replace(/\[\d+\](?=\S)/g, '')
    .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '$1')
    .replace(/\\([-\\`*_{}[\]()#+.!>])/g, '$1');
  // Every run of non-space characters once (/\S*_\S*/ tried every start of a long run without "_": quadratic).
  if (t.includes('_')) t = t.replace(/\S+/gu, (token) => (token.includes('_') && LINK_WORDS.test(token) && !URL_LIKE.test(token) ? token.replace(/_+/g, ' ') : token));
  return t.trim();
}
