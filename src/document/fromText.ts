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
  let previous: { block: Block; rawLength: number; indent: number } | null = null;

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
    const indent = leadingSpaces(line.text);
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
    const text = cleanInline(heading ? (heading[1] ?? '') : body.trim());
    if (!text) continue;
    const block: Block = {
      index: blocks.length,
      kind,
      text,
      norm: normalizeArabic(text),
      line: line.number,
      depth,
      gapBefore: gap,
    };
    blocks.push(block);
    gap = false;
    previous = { block, rawLength: line.text.trimEnd().length, indent };
  }
  return {
    input,
    format: 'text',
    blocks,
    meta: { ...emptyMeta(), ...options.meta },
    warnings: [],
  };
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
 * when the dump is not wrapped: several lines must end within a few columns of the same maximum.
 */
function detectWrapWidth(lines: Line[]): number {
  let max = 0;
  for (const l of lines) max = Math.max(max, l.text.trimEnd().length);
  if (max < 60) return 0;
  let nearMax = 0;
  for (const l of lines) if (l.text.trimEnd().length >= max - 12) nearMax++;
  return nearMax >= 3 ? max : 0;
}

/**
 * Inline renderer syntax → plain text: Markdown images and links, emphasis and escapes, lynx `[12]`
 * link numbers, html2text's `_` for spaces inside link text (only when the line has no real space).
 */
export function cleanInline(text: string): string {
  if (!/[[*\\_!]/.test(text)) return text.trim();
  let t = text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[\d+\](?=\S)/g, '')
    .replace(/^\*{3,}\s*|\s*\*{3,}$/g, '')
    .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '$1')
    .replace(/\\([-\\`*_{}[\]()#+.!>])/g, '$1');
  if (!/\s/.test(t.trim()) && /\p{L}_|_\p{L}/u.test(t)) t = t.replace(/_+/g, ' ');
  return t.trim();
}
