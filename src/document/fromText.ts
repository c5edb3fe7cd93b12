/**
 * Text dump → Document. Undoes what text renderers and crawl extractors do to a page (bullets,
 * hard wrapping, Markdown syntax, lynx link numbers, html2text's underscores) so that every block is
 * one heading, paragraph or list item with its original wording. Site boilerplate is not judged here:
 * that is the cleaners' job.
 */
import { parseDateLine } from '../dates/dateline.js';
import { trailingDayStart } from '../dates/index.js';
import { isCardLine } from '../text/cards.js';
import { normalizeArabic } from '../text/normalize.js';
import { gluedHalf, repeatedHalf } from '../text/words.js';
import type { InputRef } from '../record.js';
import { emptyMeta, makeBlock, type Block, type BlockKind, type Document, type PageMeta } from './model.js';
import { SEE_ALSO, SHARE_LABELS, SOCIAL_PLATFORMS, TAG_MARKERS } from '../vocabulary.js';

/** List bullets of crawl extractors and renderers: •, ◄, □, *, +, o, -, ▪ … followed by a space. */
const BULLET = /^([ \t\u00a0]*)(?:[•●◦▪■□◄►‣∙·*+\-–]|o(?= ))[ \t\u00a0]+(?=\S)/u;
/** lynx prints an empty bullet line when the list item holds a block; the text follows on the next line. */
const LONE_BULLET = /^[ \t]*[*+•o][ \t]*$/u;
/** html2text (Debian) writes link text with `_` for spaces: `الاحتفالات_تكتسي_شوارع_ميونخ`. */
const LINK_WORDS = /\p{L}_|_\p{L}/u;
/** …but URLs and identifiers keep theirs: `arab_world/2020…`, `?button_hashtag=…`, `www.x_y.com`. */
const URL_LIKE = /[/=?@&]|\w\.\w/u;
/** …and so do hashtags, which are written with them (`#معبر_الكرامة`). */
const HASHTAG = /#\p{L}/u;
/**
 * html2text's empty emphasis, what an icon's `<i>` becomes ("__2 سبتمبر 2024", "__بقلم: …"): pairs of
 * underscores opening a word (a form field's long rule of underscores opens none).
 */
const EMPTY_EMPHASIS = /(?<![^\s])(?:__){1,2}(?=[^\s_])/gu;
/** html2text's emphasis (an `<em>`): words between an underscore opening the first and one closing the last. */
const EMPHASIS = /(?<!\S)_(?=[^\s_])([^_]*?[^\s_])_(?!\S)/gu;
/** html2text (Debian) headings: `****** title ******`; Markdown headings: `## title`. */
const STARRED_HEADING = /^\*{3,}\s*(.*?)\s*\*{3,}$/u;
const MARKDOWN_HEADING = /^#{1,6}\s+(.*)$/u;

export interface TextToDocumentOptions {
  /** The page's 1-based first line within its input (JSONL pages all start at 1 within their text). */
  firstLine?: number;
  meta?: Partial<PageMeta>;
}

export function textToDocument(raw: string, input: InputRef, options: TextToDocumentOptions = {}): Document {
  const lines = withoutQuoteMarks(splitLines(raw), raw);
  const firstLine = options.firstLine ?? 1;
  const wrapWidth = detectWrapWidth(lines);
  // The same width in code units: a renderer may count a vowel mark as a column, or not (nextWordFitted).
  const wrapUnits = wrapWidth > 0 ? widestInUnits(lines, wrapWidth) : 0;
  // The widest line is the width's floor; the renderer's width may be a few columns more (nextWordFitted),
  // where no blank line ends a paragraph.
  const runTogether = wrapWidth > 0 && runsParagraphsTogether(lines, wrapWidth);
  const headroom = runTogether ? widthHeadroom(lines, wrapWidth) : 0;
  const columns = detectColumns(lines);
  const blocks: Block[] = [];
  let gap = false;
  // Each column of a two-column layout keeps its own list item and wrapped paragraph going.
  const states: ColumnState[] = [
    { pendingBullet: null, previous: null },
    { pendingBullet: null, previous: null },
  ];

  // Between the right column's first and last lines, each column's blocks and words: the side column
  // (fewer words: a "latest news" list beside the article) sits outside the article.
  const region = columns ? columnRegion(lines, columns) : null;
  const columnBlocks: Block[][] = [[], []];
  const columnWords = [0, 0];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlankLine(line)) {
      gap = blocks.length > 0;
      for (const state of states) state.previous = null;
      continue;
    }
    const inRegion = region !== null && i >= region.from && i <= region.to;
    // A one-column line is its own segment: no array or object is made for it (most lines of most pages).
    const segments = columns ? columnSegments(line, columns) : null;
    for (let s = 0; s < (segments ? segments.length : 1); s++) {
      const segment = segments ? segments[s]!.text : line;
      const column = segments ? segments[s]!.column : 0;
      const state = states[column]!;
      if (inRegion) columnWords[column]! += segment.match(WORDS)?.length ?? 0;
      if (LONE_BULLET.test(segment)) {
        state.pendingBullet = { depth: indentDepth(segment.slice(0, leadingSpaces(segment))) };
        continue;
      }
      const bullet = BULLET.exec(segment);
      const { previous } = state;
      // How far the segment reaches on its line: the right column's, to the line's end; the left column's,
      // in the column's own units (it wraps at the column, not at the page's width).
      const wideLeft = columns !== null && columns.wraps && column === 0 && columns.at >= PROSE_COLUMN_MIN;
      const reach = wideLeft ? columns.at - columnSlack(columns) : wrapWidth > 0 ? wrapWidth - WRAP_SLACK : Infinity;
      const rawLength = wideLeft ? columnReach(segment, columns) : reachInCells(column === 1 ? line : segment, reach);
      // A renderer counts cells (w3m) or code units, a vowel mark among them (lynx, Debian html2text): a line that
      // reaches the width in either count reached it.
      const unitsReach = columns === null && wrapWidth > 0 ? wrapUnits - WRAP_SLACK : Infinity;
      // A hard-wrapped renderer line continues the previous block when it is not a new list item. A heading
      // marked whole on its line ("****** … ******", "# …") goes on over no other line, however long it is.
      // Python html2text wraps a Markdown heading, link or bold run like any line: a line that closes what the
      // line above left open goes on with it, a heading too.
      const closesMarkup = previous?.open != null && closesOpenMarkup(previous.open.raw, segment);
      if (
        previous &&
        !bullet &&
        (previous.block.kind !== 'heading' ||
          closesMarkup ||
          (previous.markdownHeading && previous.rawLength >= reach)) &&
        (closesMarkup ||
          previous.rawLength >= reach ||
          previous.rawUnits >= unitsReach ||
          (previous.cellList && continuesCellList(previous.rawLength, segment)) ||
          (columns === null &&
            wrapWidth > 0 &&
            !runTogether &&
            previous.rawLength >= wrapWidth - LONG_WORD_REACH &&
            !SENTENCE_END.test(previous.block.text) &&
            !nextWordFitted(previous, segment, wrapWidth, wrapUnits))) &&
        !state.pendingBullet &&
        // Link after link, a line each: a list of links (lynx prints a list's links so), not a wrapped line.
        !(previous.linkLine && LYNX_LINK_LINE.test(segment)) &&
        // A read-also line that ends with its one link (Debian html2text: "اقرأ أيضا: الدولار_يستقر_…") is whole.
        !previous.wholeReadAlso &&
        // Nor does a heading marked whole on its line ("**** التعليقات ****") go on with the line above.
        !isStarredHeading(segment) &&
        // A list's item that ends with its day glued to its headline ("…في القمة14 مارس 2025", lynx) is whole; so
        // is a card's headline printed twice with nothing between (its thumbnail's alt text, then its link: w3m).
        !endsWithGluedDay(previous.block.text) &&
        gluedHalf(previous.block.text) === null &&
        !opensTagLine(segment) &&
        // A share row under a line that ends no sentence (a tag line) is no part of it; after a sentence's end, a
        // cleaner's rule cuts one the renderer ran into the text's line (generic's share-row-glued).
        !(opensShareRow(segment) && !SENTENCE_END.test(previous.block.text)) &&
        // Where the renderer runs paragraphs together (Debian html2text), a line that ends a sentence at the
        // width, the next word too long for it, ended its paragraph or was wrapped: the page cannot tell. A
        // block's first line more often ended it (the dev split's labelled articles wrapped greedily at 80 to
        // 200 columns: 225 ends, 107 wraps), a wrapped block's later line more often went on (229 ends, 283
        // wraps), and so did a line ending with a colon (2 ends, 44 wraps).
        !(
          SENTENCE_END.test(previous.block.text) &&
          (standsAlone(segment) ||
            (columns === null &&
              (nextWordFitted(previous, segment, wrapWidth + headroom, wrapUnits + headroom) ||
                (runTogether && !previous.wrapped && STOP_END.test(previous.block.text)))))
        )
      ) {
        const line = segment.trim();
        const { open, block } = previous;
        const continued = open ? '' : wrapContinuation(block.text, line);
        if (continued !== undefined) {
          if (open) {
            // The lines since the markup opened are read again as one: what they hold is whole now.
            // With no space where the renderer broke inside a word (at a slash, a hashtag), as wrapContinuation joins.
            open.raw += wrapContinuation(open.raw, line)?.startsWith(' ') === false ? line : ` ${line}`;
            block.text = open.prefix + cleanInline(open.raw);
            const links = [...open.links, ...(linkTextsOf(open.raw) ?? [])];
            block.linkTexts = links.length >= MARKED_LINKS_MIN ? links : undefined;
            if (!leavesMarkupOpen(open.raw)) previous.open = null;
          } else {
            const before = block.text;
            block.text += continued;
            // A tag line wrapped over lines: its links go on.
            const links = markedLinks(line);
            if (block.linkTexts || links) block.linkTexts = [...(block.linkTexts ?? []), ...(links ?? [])];
            if (leavesMarkupOpen(line))
              previous.open = {
                prefix: before + (continued.startsWith(' ') ? ' ' : ''),
                raw: line,
                links: block.linkTexts ?? [],
              };
          }
          previous.rawLength = rawLength;
          previous.rawUnits = segment.trimEnd().length;
          previous.wrapped = true;
          continue;
        }
      }
      let kind: BlockKind = 'paragraph';
      let depth = 0;
      let body = segment;
      if (bullet) {
        kind = 'list-item';
        depth = indentDepth(bullet[1] ?? '');
        body = segment.slice(bullet[0].length);
      } else if (state.pendingBullet) {
        kind = 'list-item';
        depth = state.pendingBullet.depth;
      }
      state.pendingBullet = null;
      const trimmed = body.trim();
      // Only a line starting with "*" or "#" can be a heading: the regexes are not tried on the others.
      const heading =
        trimmed[0] === '*' ? STARRED_HEADING.exec(trimmed) : trimmed[0] === '#' ? MARKDOWN_HEADING.exec(trimmed) : null;
      if (heading && kind === 'paragraph') kind = 'heading';
      const parts = kind === 'paragraph' ? splitWideJoins(body) : null;
      const raw = heading ? (heading[1] ?? '') : trimmed;
      let block: Block | null = null;
      // The segment is one block unless it is split at wide joins (no list of one part is made for it).
      for (let p = 0; p < (parts ? parts.length : 1); p++) {
        const part = parts ? parts[p]! : null;
        const text = part ? part.text : cleanInline(raw);
        if (!text) continue;
        // The matching form is set once the block's text is final (below): wrapped lines may still join it.
        block = makeBlock({
          index: blocks.length,
          kind: part ? part.kind : kind,
          text,
          norm: '',
          line: firstLine + i,
          depth,
          gapBefore: gap,
          linkTexts: part ? undefined : markedLinks(raw),
          outside: part ? part.outside : false,
          // A Markdown heading marks its level by its "#"s ("# headline", "## deck").
          level: heading && trimmed[0] === '#' ? trimmed.length - trimmed.replace(/^#+/u, '').length : undefined,
        });
        if (inRegion) columnBlocks[column]!.push(block);
        blocks.push(block);
        gap = false;
      }
      state.previous =
        block && !parts && (rawLength < reach || !isUnbreakable(segment))
          ? {
              block,
              rawLength,
              rawUnits: segment.trimEnd().length,
              linkLine: LYNX_LINK_LINE.test(segment),
              cellList: opensTagLine(segment),
              wholeReadAlso: endsWithOneLink(segment) && opensWithMarker(segment, SEE_ALSO_FORMS),
              wrapped: false,
              markdownHeading: heading !== null && trimmed[0] === '#',
              open: leavesMarkupOpen(raw) ? { prefix: '', raw, links: [] } : null,
            }
          : null;
    }
  }
  const sideColumn = new Set(region ? columnBlocks[columnWords[0]! < columnWords[1]! ? 0 : 1] : []);
  // Every block's `outside` is written here, on every page: a field first written again late in a run (a
  // two-column page) would have the code that reads it compiled again (README, Performance, round 10g).
  for (const block of blocks) {
    const once = undoubled(block.text);
    if (once !== block.text) {
      block.text = once;
      block.twiceOnLine = true;
    }
    block.norm = normalizeArabic(block.text);
    block.outside ||= sideColumn.has(block);
  }
  return {
    input,
    format: 'text',
    contentJudged: false,
    blocks,
    meta: { ...emptyMeta(), ...options.meta },
    warnings: [],
  };
}

interface ColumnState {
  pendingBullet: { depth: number } | null;
  /**
   * `linkLine`: the line opened with lynx's link mark ("[41]إربد : …"); `cellList`: the block opened with a
   * tag marker and its colon (its list may wrap in a narrow cell: continuesCellList). `rawLength`: how far
   * its last line reaches (reachInCells); `rawUnits`: the same in code units; `wrapped`: a line has joined it.
   */
  previous: {
    block: Block;
    rawLength: number;
    rawUnits: number;
    linkLine: boolean;
    cellList: boolean;
    wrapped: boolean;
    /** The line is a read-also label, its colon and one link written as a word ("…: الدولار_يستقر_…"). */
    wholeReadAlso: boolean;
    /** The block is a Markdown heading ("# …"): only a hard wrap at the width goes on with it. */
    markdownHeading: boolean;
    /**
     * While the block's lines leave a link or bold run open (leavesMarkupOpen): its lines as written since the one
     * that opened it (`raw`), its text before them (`prefix`) and the links marked before them; else null.
     */
    open: { prefix: string; raw: string; links: string[] } | null;
  } | null;
}

/**
 * Whether a line leaves Markdown open that a wrapped next line would close: a link's text or target ("[التغير"
 * over "المناخي](/tag/climate)"), or a bold run ("**هناك من يرى …" over "… ما ردكم؟**").
 */
function leavesMarkupOpen(raw: string): boolean {
  if (
    raw.includes('[') &&
    (raw.lastIndexOf('[') > raw.lastIndexOf(']') || raw.lastIndexOf('](') > raw.lastIndexOf(')'))
  )
    return true;
  return raw.includes('**') && raw.split('**').length % 2 === 0;
}

/**
 * Whether a line closes what the lines above left open: it holds the closing mark, a link's text's with its target
 * after it (a form's field or an image's address that w3m wrapped in its brackets is no Markdown).
 */
function closesOpenMarkup(openRaw: string, segment: string): boolean {
  if (openRaw.lastIndexOf('[') > openRaw.lastIndexOf(']')) return segment.includes('](');
  if (openRaw.lastIndexOf('](') > openRaw.lastIndexOf(')')) return segment.includes(')');
  return segment.includes('**');
}

/** A right column's own line is indented at least this far. */
const COLUMN_MIN_INDENT = 16;
/**
 * At least this many lines indented to the column, and this many split at it, show the layout (a short
 * side column beside a wide article shows few lines of its own: most share a line with the article's).
 */
const COLUMN_MIN_OWN_LINES = 2;
const COLUMN_MIN_LINES = 3;
/**
 * With fewer lines of its own, a column shows on this many lines at least where the text resumes after a gap
 * (resumptions), its own lines counted too.
 */
const COLUMN_MIN_SPLIT_LINES = 4;
/** A list in the right column indents its bullets up to this many columns past the column's start. */
const COLUMN_BULLET_SLACK = 4;
/** The gap before the right column's text: two spaces at least (w3m's one-space gap after a full cell is not read). */
const COLUMN_MIN_GAP = 2;

/**
 * A dump whose blank lines are at least a third of its other lines parts its blocks by them (w3m, lynx,
 * html2text); warc2text and plain files write a block a line.
 */
const BLANK_PARTED_SHARE = 3;
/** …and has this many blank lines at least (a short plain file's last newline is none). */
const BLANK_PARTED_MIN = 3;
/**
 * The widths renderers wrap at: lynx's and w3m's default 79 and 80 columns (less a margin) to the 200 of a
 * crawl's settings (a margin over). A longer line is a paragraph a line, not a wrapped one.
 */
const FEW_WRAPS_MIN_WIDTH = 72;
const FEW_WRAPS_MAX_WIDTH = 240;
/** A hard-wrapped line ends this close to the wrap width at most (the next word did not fit). */
const WRAP_SLACK = 12;
/** This many lines at the width show it (fewer, on a short page, when each is cut and goes on: detectWrapWidth)… */
const WRAP_MIN_LINES = 3;
/** …and the widest lines, fewer than that, may be this many lines the renderer could not break at its width. */
const WRAP_OUTLIERS = 2;
/** A line padded this much past the dump's usual margin may be centred (a headline), not wrapped text. */
const CENTRED_MIN_PADDING = 8;
/**
 * A longer word that did not fit (an address, a hashtag, a Latin compound: "possibilities.Study") ends the line
 * above further from the width: a line this close to it, no sentence's end, whose next line's first word would
 * not have fitted on it, is wrapped too, where the renderer parts its blocks by blank lines (where it runs them
 * together, Debian html2text, a list's lines under a long one would join it).
 */
const LONG_WORD_REACH = 32;
/**
 * A left column this wide (cells, or bytes) holds wrapped prose: its lines wrap at the right column's
 * start, not at the page's width (a narrower one is a side column of short lines).
 */
const PROSE_COLUMN_MIN = 60;

/** How far a left column's segment reaches, in the columns' units (cells, or UTF-8 bytes). */
function columnReach(segment: string, { width }: Columns): number {
  const text = segment.trimEnd();
  let reach = 0;
  for (let i = 0; i < text.length; i++) reach += width(text.charCodeAt(i));
  return reach;
}

/** WRAP_SLACK in the columns' units: an Arabic letter takes two bytes. */
const columnSlack = ({ width }: Columns): number => WRAP_SLACK * width(ARABIC_LETTER);
const ARABIC_LETTER = 0x627;

/** What the columns' words are counted by. */
const WORDS = /[\p{L}\p{N}]+/gu;

type ColumnWidth = (code: number) => number;
interface Columns {
  at: number;
  width: ColumnWidth;
  /**
   * The left column wraps its lines at the right column (w3m); Debian html2text's padded cells, told by
   * where the text resumes, do not: a cell's paragraph runs on one line.
   */
  wraps: boolean;
}
/** Combining marks and format characters (tashkeel, ZWJ, RLM) take no cell; nor does a surrogate pair's second half. */
const ZERO_WIDTH = /[\p{M}\p{Cf}]/u;
/** No combining mark or format character lies below U+00AD (the soft hyphen): ASCII is told without the regex. */
const COMBINING_FROM = 0xad;
/** Each UTF-16 code's cells, asked of ZERO_WIDTH once (0: not yet asked, else cells + 1). */
const cellsOfCode = new Uint8Array(0x10000);
const cellWidth: ColumnWidth = (code) => {
  if (code < COMBINING_FROM) return 1;
  let known = cellsOfCode[code]!;
  if (known === 0) {
    const zero = ZERO_WIDTH.test(String.fromCharCode(code)) || (code >= 0xdc00 && code <= 0xdfff);
    cellsOfCode[code] = known = zero ? 1 : 2;
  }
  return known - 1;
};
/** A character's UTF-8 bytes (a surrogate pair's four counted on its first half). */
const byteWidth: ColumnWidth = (code) =>
  code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 4 : code >= 0xdc00 && code <= 0xdfff ? 0 : 3;

/**
 * Two columns side by side (a "latest news" column beside the article: w3m and Debian html2text render
 * a layout table so). The page shows it plainly: lines indented to one column (the right column's own
 * lines), and lines whose text, after a gap, resumes at that column; with no own line (an article
 * longer than the side column, in Debian html2text's padded cells), many lines whose text resumes there.
 * w3m counts the column in cells (a combining mark takes none), Debian html2text in UTF-8 bytes; nested
 * bullets sit a few columns further.
 */
function detectColumns(lines: string[]): Columns | null {
  // The column: the indentation most lines share, among deep ones (spaces take a cell and a byte alike).
  const indents = new Map<number, number>();
  for (const line of lines) {
    const indent = leadingSpaces(line);
    if (indent >= COLUMN_MIN_INDENT && indent < line.length) indents.set(indent, (indents.get(indent) ?? 0) + 1);
  }
  const own = sharedColumn(indents);
  const candidates: Columns[] =
    own.lines >= COLUMN_MIN_OWN_LINES
      ? [cellWidth, byteWidth].map((width) => ({ at: own.at, width, wraps: true }))
      : [cellWidth, byteWidth].flatMap((width) => {
          const resumed = sharedColumn(resumptions(lines, width));
          // A line of the column's own (a bullet under its heading) counts with the lines where it resumes.
          const ownThere = own.lines > 0 && own.at >= resumed.at && own.at <= resumed.at + COLUMN_BULLET_SLACK;
          const shown = resumed.lines + (ownThere ? own.lines : 0);
          return shown >= COLUMN_MIN_SPLIT_LINES ? [{ at: resumed.at, width, wraps: ownThere }] : [];
        });
  let best: Columns | null = null;
  let bestSplits = 0;
  for (const columns of candidates) {
    const splits = lines.filter((line) => columnSplit(line, columns) > 0).length;
    if (splits > bestSplits) [best, bestSplits] = [columns, splits];
  }
  return bestSplits >= COLUMN_MIN_LINES ? best : null;
}

/**
 * The column most lines share among `counts` (lines per column): a column's headings at it, its
 * bullets a few columns past it.
 */
function sharedColumn(counts: Map<number, number>): { at: number; lines: number } {
  let at = 0;
  let most = 0;
  for (const column of counts.keys()) {
    let count = 0;
    for (const [other, n] of counts) if (other >= column && other <= column + COLUMN_BULLET_SLACK) count += n;
    if (count > most || (count === most && column < at)) [at, most] = [column, count];
  }
  return { at, lines: most };
}

/**
 * Where the lines' text resumes after a gap (in `width`'s units), lines per column: Debian html2text
 * pads a layout table's left cell to the right column on every line, so when the article outruns the
 * side column no line of that column stands alone, and the column shows only there. A line's first gap
 * counts, after text with words (a form's empty box, "[      ]", has none).
 */
function resumptions(lines: string[], width: ColumnWidth): Map<number, number> {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const lead = leadingSpaces(line);
    // Most lines have no gap inside: they are passed over without a scan.
    const gap = line.indexOf(GAP, lead);
    if (gap < 0) continue;
    let end = gap + COLUMN_MIN_GAP;
    while (line.charCodeAt(end) === SPACE) end++;
    if (end >= line.length || !WORDED.test(line.slice(lead, gap))) continue;
    let position = 0;
    for (let i = 0; i < end; i++) position += width(line.charCodeAt(i));
    if (position >= COLUMN_MIN_INDENT) counts.set(position, (counts.get(position) ?? 0) + 1);
  }
  return counts;
}
const GAP = ' '.repeat(COLUMN_MIN_GAP);
const WORDED = /[\p{L}\p{N}]/u;

/**
 * Where a line's right-column text starts (a UTF-16 index), or -1: the end of a gap, after text, that
 * falls on the column (or a bullet's few columns past it).
 */
function columnSplit(line: string, { at, width }: Columns): number {
  let position = 0;
  let run = 0;
  let text = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === SPACE) run++;
    else {
      if (text && run >= COLUMN_MIN_GAP && position >= at && position <= at + COLUMN_BULLET_SLACK) return i;
      if (position > at + COLUMN_BULLET_SLACK) return -1;
      text = true;
      run = 0;
    }
    position += width(code);
  }
  return -1;
}

/** The lines from the right column's first to its last (before and after: the page's header and footer). */
function columnRegion(lines: string[], columns: Columns): { from: number; to: number } | null {
  const right = (line: string): boolean => columnSegments(line, columns).some((s) => s.column === 1);
  const from = lines.findIndex(right);
  return from < 0 ? null : { from, to: lines.findLastIndex(right) };
}

/** A line of a two-column page as its parts: the left text, then the right column's (indented from the column). */
function columnSegments(line: string, columns: Columns): { text: string; column: number }[] {
  const indent = leadingSpaces(line);
  if (indent >= columns.at && indent <= columns.at + COLUMN_BULLET_SLACK)
    return [{ text: line.slice(columns.at), column: 1 }];
  const split = columnSplit(line, columns);
  if (split < 0) return [{ text: line, column: 0 }];
  return [
    { text: line.slice(0, split), column: 0 },
    { text: line.slice(split), column: 1 },
  ];
}

/**
 * Crawlers flatten a sidebar headline list, or a whole article, into one line with its items joined by
 * runs of 3+ spaces (masress strips: 4, Al Mayadeen full_text: 3 or 4). Such a line is split into its items; short
 * items (headlines, dates) are list items, long ones paragraphs. A line made only of headlines (short
 * items, none a full sentence) is a side strip: its items sit outside the article, like an HTML aside.
 */
const SENTENCE_END = /[.؟?!:]["'»”’)\]]*$/u;
/** A sentence's end but a colon's: a line ending "…قال:" at the width was wrapped, the quote under it goes on. */
const STOP_END = /[.؟?!]["'»”’)\]]*$/u;
const WIDE_JOIN_MIN = 3;
const WIDE_JOIN = new RegExp(`[ \\u00a0]{${WIDE_JOIN_MIN},}`, 'u');
const WIDE_MIN_PARTS = 3;
const LIST_ITEM_MAX_WORDS = 25;

function splitWideJoins(line: string): { kind: BlockKind; text: string; outside: boolean }[] | null {
  if (wideRuns(line) < WIDE_MIN_PARTS - 1) return null;
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

/** How many runs of WIDE_JOIN a line holds (counted without splitting it: most lines have none). */
function wideRuns(line: string): number {
  let runs = 0;
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    run = c === SPACE || c === NBSP ? run + 1 : 0;
    if (run === WIDE_JOIN_MIN) runs++;
  }
  return runs;
}

/**
 * A link text printed twice on one line (an image link's alt text, then the text link: w3m, lynx):
 * "عنوان الخبر عنوان الخبر" → "عنوان الخبر". Only whole halves of three or more words are collapsed:
 * the line is its first half, a space, and the same half again, so its middle character is a space; or
 * the two halves glued, when no space parted them in the page (two words a half are enough then: no text glues
 * a name to itself).
 */
function undoubled(text: string): string {
  const spaced = repeatedHalf(text);
  if (spaced !== null) return spaced.split(' ').length >= SPACED_HALF_MIN_WORDS ? spaced : text;
  return gluedHalf(text) ?? text;
}
/** A line printed twice with a space between is collapsed from this many words a half (a name of two may be said twice). */
const SPACED_HALF_MIN_WORDS = 3;

/** A Markdown quote's mark before its line ("> …", "> > …" nested): Python html2text's <blockquote>. */
const QUOTE_MARK = /^(?:>[ \t]?)+/u;

/**
 * The lines with their quote marks taken off: a quote's text is the article's (a statement, an embedded post),
 * and a line of the mark alone is the blank line between its paragraphs. Only a page holding a line that opens
 * with ">" is copied.
 */
function withoutQuoteMarks(lines: string[], raw: string): string[] {
  if (raw[0] !== '>' && !raw.includes('\n>') && !raw.includes('\r>')) return lines;
  return lines.map((line) => (line[0] === '>' ? line.replace(QUOTE_MARK, '') : line));
}

/** CRLF, CR and LF all end a line; NUL bytes and a leading BOM are dropped. */
function splitLines(raw: string): string[] {
  let text = raw.includes('\0') ? raw.replace(/\0/g, '') : raw;
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

const SPACE = 0x20;
const TAB = 0x09;
const NBSP = 0xa0;
const BOM = 0xfeff;

/** The length of the run of spaces, tabs and NBSPs a line starts with. */
function leadingSpaces(text: string): number {
  let n = 0;
  for (let c = text.charCodeAt(0); c === SPACE || c === TAB || c === NBSP; c = text.charCodeAt(++n));
  return n;
}

/**
 * Whether a line holds only white space (what /\s/ matches), NBSP, BOM or zero-width marks: it then
 * separates paragraphs. A line of text is told at its first character.
 */
function isBlankLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const blank =
      c === SPACE ||
      (c >= TAB && c <= 0x0d) ||
      c === NBSP ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200f) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x2060 ||
      c === 0x3000 ||
      c === BOM;
    if (!blank) return false;
  }
  return true;
}

/** Renderers indent nested list levels by 2 to 6 spaces; a level is any 4-space step beyond the first. */
function indentDepth(prefix: string): number {
  const width = prefix.replace(/\t/g, '    ').length;
  return width <= 5 ? 0 : Math.ceil((width - 5) / 4);
}

/** The tag markers and the read-also labels on the matching form. */
const TAG_MARKER_FORMS = TAG_MARKERS.map((marker) => normalizeArabic(marker));
const SEE_ALSO_FORMS = SEE_ALSO.map((label) => normalizeArabic(label));
/** A marker is a few words: the start of a line that may hold one. */
const MARKER_MAX_CHARS = 40;
const COLON_NEXT = /^\s*[:：]/u;

/**
 * A renderer's line that opens with a tag marker and its colon ("كلمات مفتاحية: …") starts the tag
 * line: it does not go on with the paragraph wrapped above it, however long that paragraph's last line.
 */
const opensTagLine = (segment: string): boolean => opensWithMarker(segment, TAG_MARKER_FORMS);

const SHARE_LABEL_FORMS = SHARE_LABELS.map((label) => normalizeArabic(label));
const PLATFORM_FORMS = SOCIAL_PLATFORMS.map((platform) => normalizeArabic(platform));

/**
 * Whether a renderer's line opens a share row: a share label and its colon or a platform's name after it ("شارك:
 * تويتر واتساب", "انشر على: فيسبوك | تويتر"), or two platforms' names ("فيسبوك تويتر واتساب"). Under a tag line it
 * is a row of its own, however near the wrap width the tag line ends (lynx and Debian html2text print no blank line
 * between them).
 */
function opensShareRow(segment: string): boolean {
  const head = normalizeArabic(segment.trimStart().slice(0, MARKER_MAX_CHARS));
  const platformAt = (text: string): number =>
    PLATFORM_FORMS.find((platform) => text.startsWith(platform))?.length ?? 0;
  const first = platformAt(head);
  if (first > 0 && platformAt(head.slice(first).replace(PLATFORM_SEPARATOR, '')) > 0) return true;
  return SHARE_LABEL_FORMS.some((label) => {
    if (!head.startsWith(label)) return false;
    const rest = head.slice(label.length);
    return COLON_NEXT.test(rest) || platformAt(rest.trimStart()) > 0;
  });
}
/** What parts two platforms' names in a share row: spaces, a bar, a comma, a dot. */
const PLATFORM_SEPARATOR = /^[\s|،,·•/-]+/u;

/** Whether a line opens with one of the markers (matching forms) and a colon after it. */
function opensWithMarker(segment: string, markers: readonly string[]): boolean {
  const start = segment.length - segment.trimStart().length;
  // The colon is in the line as written (no other character folds to one): most lines have none, and are
  // not normalised (every line was, twice: 3% of the library's CPU time).
  if (!hasColon(segment, start, start + MARKER_MAX_CHARS)) return false;
  const head = normalizeArabic(segment.slice(start, start + MARKER_MAX_CHARS));
  return markers.some((marker) => head.startsWith(marker) && COLON_NEXT.test(head.slice(marker.length)));
}

/** Whether a colon (":", "：") stands in `text` between `from` and `to`. */
function hasColon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COLON || c === FULLWIDTH_COLON) return true;
  }
  return false;
}
const COLON = 0x3a;
const FULLWIDTH_COLON = 0xff1a;

/** A line's first word: what a renderer would have moved up to the line above had it fitted. */
const firstWordOf = (line: string): string => line.trim().split(/\s/u, 1)[0]!;

/** A list's separator, as a tag list wrapped in a cell holds on each of its lines. */
const LIST_SEPARATOR = /[،,]/u;
/** A narrow cell's lines are of about one width: the next at least this share of the line above it. */
const CELL_LINE_MIN_SHARE = 0.6;

/**
 * Whether a line goes on with a tag list that a renderer wrapped in a narrow table cell (w3m: "كلمات
 * مفتاحية: غزة، طوفان" over "الأقصى، تركيا، قطاع غزة،"), far short of the page's wrap width: it holds the
 * list's separator, is about as wide as the line above, and its first word would not have fitted there.
 */
function continuesCellList(previousLength: number, segment: string): boolean {
  const line = segment.trim();
  const width = visibleLength(line);
  const firstWord = visibleLength(firstWordOf(line));
  return (
    LIST_SEPARATOR.test(line) &&
    width >= previousLength * CELL_LINE_MIN_SHARE &&
    previousLength + 1 + firstWord > Math.max(previousLength, width)
  );
}

/**
 * How many columns past the widest line (`wrapWidth`) the renderer's width may reach: no line printed
 * reaches the width itself when no word ended there (a 200-column dump's widest line may take 198), and a
 * line cut in mid-sentence shows that the next word did not fit, so the width is under that line, a space
 * and that word. The least such bound over the page's cut lines, less the widest line: a paragraph's last
 * line that a word more would have filled only to that width ended there.
 */
function widthHeadroom(lines: string[], wrapWidth: number): number {
  let bound = Infinity;
  lines.forEach((line, i) => {
    const text = line.trimEnd();
    const next = lines[i + 1];
    if (next === undefined || text.length < wrapWidth - WRAP_SLACK || isBlankLine(next)) return;
    const length = visibleLength(text);
    if (length < wrapWidth - WRAP_SLACK || SENTENCE_END.test(text) || isUnbreakable(line)) return;
    bound = Math.min(bound, length + visibleLength(firstWordOf(next)));
  });
  return Number.isFinite(bound) ? Math.max(0, bound - wrapWidth) : 0;
}

/**
 * Whether a line's first word would have fitted on the line above at the wrap width, counted in cells and
 * in code units alike (whichever the renderer counts): a renderer wraps a paragraph greedily, so the line
 * above ended there, at a paragraph's end the dump prints with no blank line after it (Debian html2text's
 * paragraphs in a <div>).
 */
function nextWordFitted(
  previous: { rawLength: number; rawUnits: number },
  segment: string,
  wrapWidth: number,
  wrapUnits: number,
): boolean {
  const word = firstWordOf(segment);
  return previous.rawLength + 1 + visibleLength(word) <= wrapWidth && previous.rawUnits + 1 + word.length <= wrapUnits;
}

/** A clock's hour and colon ending a line, its minutes opening the next: the renderer broke the clock. */
const CLOCK_HOUR_END = /(?:^|\s)\d{1,2}:$/u;
const CLOCK_MINUTES_START = /^\d{2}(?!\d)/u;

/**
 * What a wrapped line adds to the line above: its text after a space, or after none where the renderer broke
 * the line inside a word. w3m and Debian html2text break after "/" and w3m before it and after a hashtag's
 * "#" (found by eval:furniture --render, each renderer run on such lines): "تشرين الأول/" then "أكتوبر",
 * "الأول" then "/أكتوبر", "https:/" then "/t.co/…", "لـ #" then "الميادين". A slash with a space on one side
 * only ("الأول/ أكتوبر") is a fifth as common in the corpus's articles as one with none, and "# " before a
 * word rarer still; a hyphen is more often spaced after ("القاهرة- ") than not, so a line ending in one is
 * joined with a space. `undefined` when the line has no text.
 */
function wrapContinuation(above: string, line: string): string | undefined {
  const last = above.at(-1);
  const brokeAfter =
    (last === '/' && above.length > 1 && !/\s/u.test(above.at(-2)!)) ||
    (last === '#' && (above.length === 1 || /\s/u.test(above.at(-2)!)));
  const brokeBefore =
    (line[0] === '/' && line.length > 1 && !/\s/u.test(line[1]!) && !/\s/u.test(last ?? ' ')) ||
    // A clock the renderer broke after its colon ("… - 18:" over "05 بتوقيت أبوظبي", Debian html2text).
    (CLOCK_HOUR_END.test(above) && CLOCK_MINUTES_START.test(line));
  // A hashtag's word is read with its "#" (its "_" joins words: cleanInline leaves a hashtag's underscores).
  const text = last === '#' && brokeAfter ? cleanInline(`#${line}`).slice(1) : cleanInline(line);
  if (!text) return undefined;
  return brokeAfter || brokeBefore ? text : ` ${text}`;
}

/**
 * The widest line in code units among those the renderer wrapped at `width` cells (detectWrapWidth), a line of
 * one word aside. A line's code units bound its cells: only a longer line is counted in cells.
 */
function widestInUnits(lines: string[], width: number): number {
  let widest = 0;
  for (const line of lines) {
    const units = line.trimEnd().length;
    if (units > widest && !isUnbreakable(line) && (units <= width || visibleLength(line) <= width)) widest = units;
  }
  return widest;
}

/**
 * A line that is one link and nothing else, as Debian html2text writes a link's spaces ("القوات_التركية"):
 * after a finished sentence it is a tag or a related link under the paragraph, not its next line.
 */
function isWholeLink(segment: string): boolean {
  const token = segment.trim();
  return !/\s/u.test(token) && isUnderscoredLink(token);
}

/**
 * After a finished sentence, a line that is a whole link (a tag or a related link under the paragraph), a
 * line of hashtags, a read-also label and its colon ("اقرأ أيضا: …", the link after it), a date line (the
 * article's date under its standfirst) or a headline card (isCardLine) is a line of its own, not the wrapped
 * paragraph's next sentence.
 */
function standsAlone(segment: string): boolean {
  if (isWholeLink(segment) || HASHTAG_LINE.test(segment) || opensWithMarker(segment, SEE_ALSO_FORMS)) return true;
  const text = cleanInline(segment.trim());
  return isCardLine(normalizeArabic(text)) || parseDateLine(text) !== null;
}

/** Whether a line ends with a link Debian html2text wrote as one word after a colon ("…: الدولار_يستقر_أمام"). */
function endsWithOneLink(segment: string): boolean {
  const colon = Math.max(segment.lastIndexOf(':'), segment.lastIndexOf('：'));
  return colon >= 0 && isWholeLink(segment.slice(colon + 1));
}

/** How much of a line's end is read for a day glued to its last word: a weekday, a day, a month, a year and a clock. */
const GLUED_DAY_REACH = 48;

/** Whether a text ends with a day glued to its last word, with no space: a renderer's item and the day it was posted. */
function endsWithGluedDay(text: string): boolean {
  const end = text.slice(-GLUED_DAY_REACH);
  const start = trailingDayStart(end);
  // A tatweel before a number is the article's ("الـ14 من مارس"), not a glued item's end.
  return start > 0 && LETTER.test(end[start - 1]!) && end[start - 1] !== TATWEEL;
}
const TATWEEL = 'ـ';

/** A heading marked whole on its line, with words between the marks ("**** التعليقات ****"), not a closing mark alone. */
function isStarredHeading(segment: string): boolean {
  const trimmed = segment.trim();
  return trimmed[0] === '*' && LETTER.test(STARRED_HEADING.exec(trimmed)?.[1] ?? '');
}
const LETTER = /\p{L}/u;

/**
 * A line of hashtags and nothing else ("#مرشحين #موعد", or as Debian html2text prints a hashtag's link after its
 * mark: "# شط_العرب # الملوحة"): after a finished sentence, the text's tags.
 */
const HASHTAG_LINE = /^\s*# ?[^\s#]+(?:\s+# ?[^\s#]+)+\s*$/u;

/** A word run that is a link's words joined by "_" (Debian html2text), not an address or an identifier. */
function isUnderscoredLink(token: string): boolean {
  return LINK_WORDS.test(token) && !URL_LIKE.test(token) && !HASHTAG.test(token);
}

/**
 * How many cells a line fills up to its last character: renderers wrap at a column, and a vowelled word
 * ("مسبقًا") has more code units than cells.
 */
function visibleLength(line: string): number {
  const text = line.trimEnd();
  let cells = 0;
  for (let i = 0; i < text.length; i++) cells += cellWidth(text.charCodeAt(i));
  return cells;
}

/**
 * A line's cells when it may reach `reach`, else its code units (never fewer than its cells): most lines are
 * short of the wrap width by their code units alone and are not counted in cells.
 */
function reachInCells(line: string, reach: number): number {
  const units = line.trimEnd().length;
  return units >= reach ? visibleLength(line) : units;
}

/**
 * A line of one word, or an entry of lynx's numbered list of references ("217. http://…"): renderers do not
 * break a word, so a long address runs past the wrap width, and the line under it does not go on from it.
 */
const UNBREAKABLE_LINE = /^\s*(?:\d+\.\s+)?\S+\s*$/u;
const isUnbreakable = (line: string): boolean => UNBREAKABLE_LINE.test(line);

/**
 * The column at which a renderer hard-wrapped long paragraphs (w3m, lynx, html2text at ~200), or 0
 * when the dump is not wrapped: several lines must end within a few columns of the same maximum, some
 * of them cut mid-sentence, and those must go on on the next line (a dump's naturally long lines are
 * whole paragraphs or headline strips followed by something else).
 */
function detectWrapWidth(lines: string[]): number {
  const margin = usualMargin(lines);
  let below = Infinity;
  for (let outliers = 0; outliers <= WRAP_OUTLIERS; outliers++) {
    let max = 0;
    // A line's code units bound its cells: only a line longer than the widest so far is counted in cells.
    for (const line of lines) {
      if (line.length <= max || isUnbreakable(line)) continue;
      const cells = visibleLength(line);
      if (cells < below) max = Math.max(max, cells);
    }
    if (max < 60) return 0;
    const { width, nearMax } = wrappedAt(lines, max, margin);
    // The widest line alone, far over the others, may be one a renderer that wraps could not break (a wide
    // table's row, a run of glyphs it does not know): the width is tried again under it.
    if (width > 0 || nearMax >= WRAP_MIN_LINES || !partedByBlankLines(lines)) return width;
    below = max - WRAP_SLACK;
  }
  return 0;
}

/** The indentation most of a dump's lines of text share (elinks' three spaces, lynx's and w3m's none). */
function usualMargin(lines: string[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (isBlankLine(line)) continue;
    const indent = leadingSpaces(line);
    counts.set(indent, (counts.get(indent) ?? 0) + 1);
  }
  let margin = 0;
  for (const [indent, n] of counts) if (n > (counts.get(margin) ?? 0)) margin = indent;
  return margin;
}

/** Whether the lines wrap at `max` cells (detectWrapWidth): the width, or 0; and how many lines reach it. */
function wrappedAt(lines: string[], max: number, margin: number): { width: number; nearMax: number } {
  let nearMax = 0;
  let cutMidSentence = 0;
  let continued = 0;
  let continuedToSentenceEnd = 0;
  // A centred line (a headline elinks centres) reaches the width by its padding, not its words: as much
  // padding on its left, past the margin, as the width leaves on its right (a side column's lines are
  // indented further).
  const centred = (line: string, cells: number): boolean => {
    const padding = leadingSpaces(line) - margin;
    return padding >= CENTRED_MIN_PADDING && Math.abs(cells + padding - max) <= WRAP_SLACK;
  };
  const reachesMax = (line: string): boolean => {
    const cells = reachInCells(line, max - WRAP_SLACK);
    return cells >= max - WRAP_SLACK && !isUnbreakable(line) && !centred(line, cells);
  };
  lines.forEach((line, i) => {
    const text = line.trimEnd();
    if (!reachesMax(line)) return;
    nearMax++;
    if (SENTENCE_END.test(text)) return;
    cutMidSentence++;
    const next = lines[i + 1] ?? '';
    if (isBlankLine(next)) return;
    continued++;
    // The wrapped paragraph goes on to its end, a sentence's (or on over another full line).
    if (SENTENCE_END.test(next.trimEnd()) || reachesMax(next)) continuedToSentenceEnd++;
  });
  if (nearMax >= WRAP_MIN_LINES && cutMidSentence >= 2 && continued * 4 >= cutMidSentence * 3)
    return { width: max, nearMax };
  // A short page may wrap one paragraph or two only: a widest line cut mid-sentence that goes on to a
  // sentence's end on the next line, as every line as wide and cut does, is a wrapped one (a headline strip
  // run together over a section's name goes on to no sentence's end); a line as wide that ends a sentence
  // is a paragraph that ended there. Two cut lines are a renderer's width; one, where the dump shows a
  // renderer printed it (warc2text's one block a line may be cut anywhere).
  const rendererWidth = max >= FEW_WRAPS_MIN_WIDTH && max <= FEW_WRAPS_MAX_WIDTH;
  if (!rendererWidth || cutMidSentence === 0 || continuedToSentenceEnd !== cutMidSentence) return { width: 0, nearMax };
  return { width: cutMidSentence >= 2 || printedByRenderer(lines) ? max : 0, nearMax };
}

/**
 * Whether a renderer that wraps at a width printed the dump: it parts its blocks by blank lines (w3m, lynx,
 * html2text), or marks its headings with Debian html2text's stars ("****** title ******"; that renderer
 * parts no blocks by blank lines).
 */
function printedByRenderer(lines: string[]): boolean {
  return partedByBlankLines(lines) || lines.some((line) => line[0] === '*' && STARRED_HEADING.test(line.trim()));
}

/** Whether a dump parts its blocks by blank lines (w3m, lynx, elinks; not Debian html2text nor warc2text). */
function partedByBlankLines(lines: string[]): boolean {
  let blank = 0;
  for (const line of lines) if (isBlankLine(line)) blank++;
  return blank >= BLANK_PARTED_MIN && blank * BLANK_PARTED_SHARE >= lines.length - blank;
}

/**
 * Whether the dump prints its paragraphs with no blank line between them (Debian html2text's paragraphs in a
 * <div>): most lines that end a sentence short of the wrap width, a paragraph's last, have a line of text under
 * them. In a dump that parts its blocks by blank lines (lynx, w3m), lines in a row are one paragraph's.
 */
function runsParagraphsTogether(lines: string[], wrapWidth: number): boolean {
  let ended = 0;
  let textUnder = 0;
  lines.forEach((line, i) => {
    const text = line.trimEnd();
    const next = lines[i + 1];
    // A line's code units bound its cells: only a line as long in units is measured in cells.
    const short = text.length < wrapWidth - WRAP_SLACK || visibleLength(text) < wrapWidth - WRAP_SLACK;
    if (next === undefined || !short || !SENTENCE_END.test(text)) return;
    ended++;
    if (!isBlankLine(next)) textUnder++;
  });
  return ended > 0 && textUnder * 2 > ended;
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
  for (let at = 0; ;) {
    const open = text.indexOf(opener, at);
    if (open < 0) break;
    const close = text.indexOf(']', open + opener.length);
    if (close < 0) break;
    const targeted = text[close + 1] === '(';
    const end = targeted ? (images ? text.indexOf(')', close + 2) : linkTargetEnd(text, close + 2)) : -1;
    // An image target with no ")" anywhere after it: no later image has one either (searching again from
    // each later opener was quadratic on a line of unclosed images).
    if (images && targeted && end < 0) break;
    // No target after this "]": no opener before it can have one either.
    if (end < 0) {
      at = close + 1;
      continue;
    }
    parts.push(text.slice(copied, open), images ? '' : text.slice(open + 1, close));
    copied = at = end + 1;
  }
  // Most lines with a bracket have no link or image of this kind: they are not copied.
  if (copied === 0) return text;
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

/** A link the renderer marked on a line has two of these at least to tell tags apart. */
const MARKED_LINKS_MIN = 2;
/** What a lynx link's run takes after its text, up to the next link: a tag line's separators ("غزة - "). */
const TRAILING_SEPARATORS = /[\s\-–—|,،؛;/•·]+$/u;
/** lynx's reference number before a link's text. */
const LYNX_REFERENCE = /\[\d+\](?=\S)/;
/** A line that opens with lynx's link mark. */
const LYNX_LINK_LINE = /^\s*\[\d+\]\S/;

/**
 * The texts of the links a renderer marked on a raw line (Block.linkTexts), or undefined: lynx prints a
 * number before each link and nothing after it, so a link runs to the next number (a tag line's
 * separators with it); Markdown brackets each link's text; Debian html2text joins a link's words by "_",
 * so on a line with such a link each word run between spaces is one link.
 */
function markedLinks(raw: string): string[] | undefined {
  const cleaned = linkTextsOf(raw, MARKED_LINKS_MIN);
  return cleaned && cleaned.length >= MARKED_LINKS_MIN ? cleaned : undefined;
}

/**
 * The texts of the links a renderer marked on a line, when it marked `least` or more (cleaning drops texts, never
 * adds one: a line with fewer, most lines, is not cleaned); else null.
 */
function linkTextsOf(raw: string, least = 1): string[] | null {
  let texts: string[] | null = null;
  if (raw.includes('](')) texts = markdownLinkTexts(raw);
  else if (raw.includes('[') && LYNX_REFERENCE.test(raw)) texts = raw.split(/\[\d+\](?=\S)/).slice(1);
  else if (raw.includes('_') && raw.split(/\s+/).some(isUnderscoredLink)) texts = raw.split(/\s+/);
  else if (raw.includes(LYNX_BUTTON)) texts = buttonLabels(raw);
  if (texts === null || texts.length < least) return null;
  return texts.map((t) => cleanInline(t).replace(TRAILING_SEPARATORS, '')).filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/**
 * A Markdown table row of one cell, as Python html2text prints a layout table's row whose other cells are
 * empty ("| كلمات مفتاحية: الجلد، …|"): the cell's text, which a marker may open.
 */
const ONE_CELL_ROW = /^\|\s*([^|]*[^|\s])\s*\|\s*$/u;
/**
 * The end of a layout table's cell after its last line, as Python html2text prints it ("… الخبرات الفنية
 * اللازمة.|"): the line's only bar, at its end, is no text.
 */
const CELL_END = /^([^|]*[^|\s])\s*\|\s*$/u;

/** lynx's mark before a button's label. */
const LYNX_BUTTON = '(BUTTON)';

/**
 * The labels of a row of buttons as lynx prints it, each after its mark ("(BUTTON) فرنسا (BUTTON) جبل
 * مون بلان": a CMS's tag chips), when the line is MARKED_LINKS_MIN buttons or more, each with a word;
 * else null (one button, a form's "(BUTTON) بحث", keeps its mark and its chrome rule).
 */
function buttonLabels(raw: string): string[] | null {
  const [before, ...labels] = raw.split(LYNX_BUTTON).map((part) => part.trim());
  return before === '' && labels.length >= MARKED_LINKS_MIN && labels.every((label) => /\p{L}/u.test(label))
    ? labels
    : null;
}

/** The texts of a line's Markdown links `[text](url)`, images left out. */
function markdownLinkTexts(raw: string): string[] {
  const texts: string[] = [];
  for (const m of raw.matchAll(/(!?)\[([^\]]*)\]\(/g)) if (!m[1]) texts.push(m[2]!);
  return texts;
}

/**
 * The entities Debian html2text passes through, having no character of its own for them (HTML 4's spaces,
 * joiners and direction marks: "راه&zwnj;اندازی"): the characters they name. A markup entity ("&quot;") that
 * every renderer prints is the page's own text (a title escaped twice), and stays.
 */
const SPACING_ENTITIES: Readonly<Record<string, string>> = {
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
};
const SPACING_ENTITY = new RegExp(`&(${Object.keys(SPACING_ENTITIES).join('|')});`, 'g');

/**
 * Inline renderer syntax → plain text: Markdown images and links, emphasis and escapes, the spacing
 * entities Debian html2text leaves, lynx `[12]` link numbers, html2text's `_` for spaces inside link text (in words, not in URLs or identifiers with
 * a path, query or domain).
 */
function cleanInline(text: string): string {
  // Each rewrite needs a character most lines lack: it is skipped on a line without it.
  let t = text;
  if (t.startsWith('|')) t = t.replace(ONE_CELL_ROW, '$1');
  else if (t.includes('|')) t = t.replace(CELL_END, '$1');
  if (t.includes(LYNX_BUTTON)) t = buttonLabels(t)?.join(' ') ?? t;
  if (t.includes('[')) t = markdownLinks(markdownLinks(t, true), false);
  if (t.includes('*')) t = withoutStarRules(t);
  if (t.includes('[')) t = t.replace(/\[\d+\](?=\S)/g, '');
  if (t.includes('*')) t = t.replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '$1');
  if (t.includes('__')) t = t.replace(EMPTY_EMPHASIS, '');
  if (t.includes('_')) t = t.replace(EMPHASIS, '$1');
  if (t.includes('\\')) t = t.replace(/\\([-\\`*_{}[\]()#+.!>])/g, '$1');
  if (t.includes('&')) t = t.replace(SPACING_ENTITY, (_, name: string) => SPACING_ENTITIES[name]!);
  // Every run of non-space characters once (/\S*_\S*/ tried every start of a long run without "_": quadratic).
  if (t.includes('_'))
    t = t.replace(/\S+/gu, (token) =>
      token.includes('_') && isUnderscoredLink(token) ? token.replace(/_+/g, ' ') : token,
    );
  return t.trim();
}
