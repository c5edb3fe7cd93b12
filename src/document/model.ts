/**
 * The one document model every input form becomes. After a builder (text or HTML) has run, the stages
 * read every page alike: none reads `format` (which front end built it). What a front end knows beyond
 * the blocks' text is a capability of the document, which the stages read: `contentJudged` (it told
 * the article's blocks from the furniture, so the segmenter takes the body from them instead of
 * finding the run that reads most like prose) and a heading's `level`. Page metadata belongs to the
 * main article: `articleMetadata` gives each article what it takes of it.
 */
import type { ArticleRecord, InputRef, Related, Warning } from '../record.js';

export type BlockKind = 'heading' | 'paragraph' | 'list-item';

export interface Link {
  text: string;
  /** Absolute when the page's base URL is known. */
  href: string;
}

export interface Block {
  /** Position in `Document.blocks`. */
  index: number;
  kind: BlockKind;
  /** Original text, with surrounding white space and list bullets removed. */
  text: string;
  /** `normalizeArabic(text)`: what rules match on. */
  norm: string;
  /** 1-based line in the page where the block starts (for HTML, the source line of its element). */
  line: number;
  /** Nesting depth of a list item (0 for top level and for other kinds). */
  depth: number;
  /** True when one or more blank (or U+00A0-only) lines come before the block: a paragraph break. */
  gapBefore: boolean;
  /** HTML only: the element's tag name. */
  tag?: string;
  /** The level of a heading (1 for h1 … 6 for h6), when the input marks it. */
  level?: number;
  /** HTML only: links inside the block. */
  links?: Link[];
  /**
   * Text dumps only: the texts of the links a renderer marked on the line, in order (lynx's `[12]`,
   * Markdown's `[text](url)`, Debian html2text's `words_joined`), when it marked two or more: where a
   * tag line's tags start and end when its separators were lost.
   */
  linkTexts?: string[];
  /**
   * Text dumps only: the line printed its text twice, once collapsed here (an image link's alt text, then the
   * link's label: a headline card, never a paragraph of running text).
   */
  twiceOnLine?: boolean;
  /**
   * The block sits outside the main content: from HTML, the content scorer's verdict (nav, aside,
   * footer, or low text density); from text, an item of a side strip flattened into one line.
   */
  outside?: boolean;
  /**
   * HTML only: the front end found a further article's text right under this block, its headline (a
   * "read also" story printed in full beside the page's own).
   */
  opensArticle?: boolean;
}

/**
 * A block with every field present, in one order, whichever front end made it: blocks made anywhere
 * then share one object shape, so the code that reads them stays optimised instead of being compiled
 * again for each new shape (README, "round 10g"). Absent fields are `undefined`, `outside` is false.
 */
export function makeBlock(fields: Block): Block {
  return {
    index: fields.index,
    kind: fields.kind,
    text: fields.text,
    norm: fields.norm,
    line: fields.line,
    depth: fields.depth,
    gapBefore: fields.gapBefore,
    tag: fields.tag,
    level: fields.level,
    links: fields.links,
    linkTexts: fields.linkTexts,
    twiceOnLine: fields.twiceOnLine ?? false,
    outside: fields.outside ?? false,
    opensArticle: fields.opensArticle ?? false,
  };
}

/** The block with another text (a cleaner's cut of it), made as every block is, in one shape. */
export const withText = (block: Block, text: string): Block => makeBlock({ ...block, text });

/** Page metadata from the input (JSONL fields) or the page itself (HTML head, JSON-LD). */
export interface PageMeta {
  id: string | null;
  url: string | null;
  /** Publication date as given by the input or the page (ISO when it could be parsed). */
  date: string | null;
  modified: string | null;
  title: string | null;
  author: string | null;
  keywords: string[];
  section: string | null;
  image: string | null;
  lang: string | null;
  siteName: string | null;
  /** HTML only: the page's own summary (JSON-LD description, og:description, meta description). */
  description?: string | null;
  /** HTML only: the writing direction the page declares on <html> or <body>. */
  dir?: 'rtl' | 'ltr' | null;
}

export function emptyMeta(): PageMeta {
  return {
    id: null,
    url: null,
    date: null,
    modified: null,
    title: null,
    author: null,
    keywords: [],
    section: null,
    image: null,
    lang: null,
    siteName: null,
  };
}

export interface Document {
  input: InputRef;
  format: 'text' | 'html';
  /**
   * The front end has told the article's blocks from the page's furniture (flagged `outside`): the body
   * is the blocks it kept. Else (a text dump) the segmenter finds the body as the run that reads most like
   * prose, and with it what stands around that run (bylines without a marker, the crawler's title line).
   */
  contentJudged: boolean;
  blocks: Block[];
  meta: PageMeta;
  /** Quality flags raised while reading and building (encoding repaired, …). */
  warnings: Warning[];
  /**
   * HTML only: related-article links the page lists ("اقرأ أيضا", "مواضيع ذات صلة", related boxes),
   * with absolute URLs. Their blocks are also in `blocks`, flagged `outside`.
   */
  related?: Related[];
}

/** What an article of the page takes of the page's metadata, and the related links the page lists. */
export interface ArticleMetadata extends PageMeta {
  related: Related[];
}

/**
 * Page metadata belongs to the main article: the page's title, date, modified date, section, image,
 * keywords, author and related lists are its own. An article embedded in the page (after a read-also
 * marker) takes none of them; it has only what its own text gives.
 */
export function articleMetadata(doc: Document, role: ArticleRecord['role']): ArticleMetadata {
  return role === 'main' ? { ...doc.meta, related: doc.related ?? [] } : { ...emptyMeta(), related: [] };
}
