/**
 * A page's source made ready for htmlparser2, by one scan over its markup (tags, comments, raw
 * text). Where htmlparser2 would read the markup differently from a browser, the source is
 * rewritten to say what the browser reads; what the front end drops anyway is cut short. Whatever
 * is cut keeps its line breaks, so source lines stay right.
 *
 * - CR LF and lone CR become LF, NUL characters go, as in an HTML parser's input stream.
 * - A comment ends at "--!>" as well as at "-->" (htmlparser2 reads on and swallows the page), and
 *   "</>" is nothing (htmlparser2 keeps it as text).
 * - A script ends where a browser ends it: a "</script>" inside an escaped "<!-- … <script> …"
 *   section of old ad code does not end it (such a body, dropped later anyway, is cut to its line
 *   breaks); JSON-LD too big to be worth reading is cut too.
 * - A list item (<li>, <dt>, <dd>) opened straight inside a paragraph closes it first, as a browser
 *   does (htmlparser2 closes a paragraph only for the block tags it lists; tests hold it against parse5).
 * - Attribute values longer than MAX_RAW_CHARS are emptied (no page needs a 20 MB data URI).
 * - Elements nested deeper than MAX_NESTING are flattened: parsers slow down with the square of the
 *   depth, so 100,000 nested divs would take minutes.
 */

/** Deeper than any real page; browsers cap their trees at a similar depth (Blink: 512). */
export const MAX_NESTING = 512;
/** Longest attribute value kept as is. */
const MAX_RAW_CHARS = 100_000;
/** Longest JSON-LD script kept for the metadata reader. */
const MAX_JSON_LD_CHARS = 1_000_000;

/** Elements with no end tag: they leave the element they stand in where it was. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
]);
/** Tags that never nest (void) or that the parser closes by itself when the next one opens. */
const NON_NESTING = new Set([
  ...VOID,
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
  'a',
  'nobr',
  'script',
  'style',
]);
/** Elements whose content htmlparser2 reads as text up to their end tag (scripts are read as a browser does). */
const RAW_TEXT = new Set(['style', 'title', 'textarea', 'xmp']);
/** Start tags that close an open paragraph in a browser and not in htmlparser2. */
const CLOSES_PARAGRAPH = new Set(['li', 'dt', 'dd']);
/** Start tags with which htmlparser2 itself closes a paragraph open innermost (its `openImpliesClose`). */
const PARSER_CLOSES_PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'pre',
  'section',
  'table',
  'ul',
]);

export interface PreparedSource {
  html: string;
  /** How many elements nested too deep were flattened. */
  flattened: number;
}

export function prepareSource(page: string): PreparedSource {
  const source = withUnixLineBreaks(page);
  const out: string[] = [];
  let copied = 0;
  /** Replaces source[from, to) by `text`. */
  const replace = (from: number, to: number, text: string): void => {
    out.push(source.slice(copied, from), text);
    copied = to;
  };
  const nesting = new NestingLimit();
  const paragraph = new OpenParagraph();
  const bang = { next: source.indexOf('--!>') };
  let at = source.indexOf('<');
  while (at >= 0) {
    const next = source.charCodeAt(at + 1);
    let resume: number;
    if (next === BANG && source.startsWith('<!--', at)) {
      resume = commentEnd(source, at, bang, replace);
    } else if (next === SLASH && source.charCodeAt(at + 2) === GT) {
      replace(at, at + 3, ''); // "</>" is nothing to a browser
      resume = at + 3;
    } else if (next === BANG || next === QUESTION) {
      resume = source.indexOf('>', at + 2) + 1; // doctype, CDATA, processing instruction: a bogus comment to '>'
    } else if (next === SLASH && isAsciiLetter(source.charCodeAt(at + 2))) {
      const end = source.indexOf('>', at + 2);
      const name = tagName(source, at + 2);
      paragraph.close(name);
      if (end >= 0 && !nesting.close(name)) replace(at, end + 1, lineBreaksOf(source.slice(at, end + 1)));
      resume = end + 1;
    } else if (isAsciiLetter(next)) {
      const tag = startTag(source, at);
      if (tag.end < 0) break; // a tag left open at the end of the page: the rest is inside it
      if (CLOSES_PARAGRAPH.has(tag.name) && paragraph.isCurrent()) replace(at, at, '</p>');
      // A script's or raw text's end tag is read with it, never by this loop: it is no open element here.
      const raw = tag.name === 'script' || RAW_TEXT.has(tag.name);
      if (!raw && !tag.selfClosing && !VOID.has(tag.name)) paragraph.open(tag.name);
      if (!tag.selfClosing && !nesting.open(tag.name)) replace(at, tag.end, lineBreaksOf(source.slice(at, tag.end)));
      else for (const [from, to] of tag.longValues) replace(from, to, `""${lineBreaksOf(source.slice(from, to))}`);
      resume =
        tag.name === 'script'
          ? scriptEnd(source, tag.end, /application\/ld\+json/i.test(source.slice(at, tag.end)), replace)
          : RAW_TEXT.has(tag.name)
            ? rawTextEnd(source, tag.end, tag.name)
            : tag.end;
    } else {
      resume = at + 1;
    }
    if (resume <= 0) break;
    at = source.indexOf('<', resume);
  }
  if (copied === 0) return { html: source, flattened: nesting.flattened };
  out.push(source.slice(copied));
  return { html: out.join(''), flattened: nesting.flattened };
}

const BANG = 0x21;
const QUESTION = 0x3f;
const SLASH = 0x2f;
const GT = 0x3e;

function withUnixLineBreaks(html: string): string {
  const lf = html.includes('\r') ? html.replace(/\r\n?/g, '\n') : html;
  return lf.includes('\0') ? lf.replace(/\0/g, '') : lf;
}

function lineBreaksOf(text: string): string {
  return text.replace(/[^\n]+/g, '');
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isTagSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c || code === 0x0d;
}

/** The lowercased tag name starting at `from`, up to white space, '/' or '>'. */
function tagName(source: string, from: number): string {
  let end = from;
  while (end < source.length) {
    const code = source.charCodeAt(end);
    if (isTagSpace(code) || code === SLASH || code === GT) break;
    end++;
  }
  return source.slice(from, end).toLowerCase();
}

type Replace = (from: number, to: number, text: string) => void;

/**
 * Where the comment at `at` ends (after its "-->" or "--!>"), or 0 when it runs to the end of the page.
 * `bang` remembers where the next "--!>" is (-1: none left), so that pages without one are not
 * searched to the end at every comment.
 */
function commentEnd(source: string, at: number, bang: { next: number }, replace: Replace): number {
  const body = at + 4;
  if (source.charCodeAt(body) === GT) return body + 1; // <!-->
  if (source.startsWith('->', body)) return body + 2; // <!--->
  const close = source.indexOf('-->', body);
  if (bang.next >= 0 && bang.next < body) bang.next = source.indexOf('--!>', body);
  if (bang.next >= 0 && (close < 0 || bang.next < close)) {
    replace(bang.next, bang.next + 4, '-->');
    return bang.next + 4;
  }
  return close < 0 ? 0 : close + 3;
}

interface StartTag {
  name: string;
  /** After the tag's '>'; -1 when the page ends inside the tag. */
  end: number;
  selfClosing: boolean;
  /** Quoted attribute values (with their quotes) longer than MAX_RAW_CHARS. */
  longValues: [number, number][];
}

/**
 * The start tag at `at`, read as the tokenizer reads it: a '>' inside a quoted attribute value does
 * not end it. Jumps from '=' to '=' with string searches; the next '>' and '=' are searched again
 * only once passed, so that a tag of many attributes costs one pass.
 */
function startTag(source: string, at: number): StartTag {
  const name = tagName(source, at + 1);
  const longValues: [number, number][] = [];
  let i = at + 1 + name.length;
  let gt = -1;
  let equals = -1;
  for (;;) {
    if (gt < i) gt = source.indexOf('>', i);
    if (gt < 0) return { name, end: -1, selfClosing: false, longValues };
    if (equals < i) equals = source.indexOf('=', i);
    if (equals < 0 || equals > gt)
      return { name, end: gt + 1, selfClosing: source.charCodeAt(gt - 1) === SLASH, longValues };
    i = equals + 1;
    while (i < source.length && isTagSpace(source.charCodeAt(i))) i++;
    const quote = source.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27) continue;
    const close = source.indexOf(quote === 0x22 ? '"' : "'", i + 1);
    if (close < 0) return { name, end: -1, selfClosing: false, longValues };
    if (close - i - 1 > MAX_RAW_CHARS) longValues.push([i, close + 1]);
    i = close + 1;
  }
}

const RAW_TEXT_ENDS = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')]));

/** After a raw-text element's content: the position of its end tag, or 0 when it runs to the end of the page. */
function rawTextEnd(source: string, from: number, name: string): number {
  const close = RAW_TEXT_ENDS.get(name)!;
  close.lastIndex = from;
  return close.exec(source)?.index ?? 0;
}

/**
 * The script whose body starts at `from` ends at the "</script" where the HTML standard's script
 * states end it: the first one, except inside an escaped "<!--" section after a "<script" (old ad
 * code that writes script tags from inside an HTML comment). Returns that end tag's position (0 when
 * the script runs to the end of the page). A body that holds an earlier "</script", where
 * htmlparser2 would stop, is cut to its line breaks (the front end drops scripts), and so is JSON-LD
 * too big to be worth reading.
 */
function scriptEnd(source: string, from: number, jsonLd: boolean, replace: Replace): number {
  const { end, early } = scriptEndTag(source, from);
  const bodyEnd = end < 0 ? source.length : end;
  if (early || (jsonLd && bodyEnd - from > MAX_JSON_LD_CHARS))
    replace(from, bodyEnd, lineBreaksOf(source.slice(from, bodyEnd)));
  return end < 0 ? 0 : end;
}

/**
 * Position of the "</script" that ends a script whose body starts at `from` (-1: none), and whether
 * an earlier "</script" (in a double-escaped section) was passed over.
 */
function scriptEndTag(source: string, from: number): { end: number; early: boolean } {
  const isScriptWord = (i: number): boolean =>
    source.slice(i, i + 6).toLowerCase() === 'script' &&
    (i + 6 >= source.length ||
      isTagSpace(source.charCodeAt(i + 6)) ||
      source.charCodeAt(i + 6) === SLASH ||
      source.charCodeAt(i + 6) === GT);
  let early = false;
  let i = from;
  // Plain script data: only "</script" and "<!--" matter.
  for (;;) {
    const lt = source.indexOf('<', i);
    if (lt < 0) return { end: -1, early };
    if (source.charCodeAt(lt + 1) === SLASH && isScriptWord(lt + 2)) return { end: lt, early };
    if (!source.startsWith('<!--', lt)) {
      i = lt + 1;
      continue;
    }
    // Escaped ("<!--" seen; its dashes may close it at once: "<!-->"), then maybe double escaped.
    let doubleEscaped = false;
    let dashes = 2;
    for (i = lt + 4; i < source.length; i++) {
      const code = source.charCodeAt(i);
      if (code === 0x2d) {
        dashes++;
        continue;
      }
      if (code === GT && dashes >= 2) break; // "-->": back to plain script data
      dashes = 0;
      if (code !== 0x3c) continue;
      if (source.charCodeAt(i + 1) === SLASH && isScriptWord(i + 2)) {
        if (!doubleEscaped) return { end: i, early };
        doubleEscaped = false;
        early = true;
      } else if (!doubleEscaped && isScriptWord(i + 1)) {
        doubleEscaped = true;
      }
    }
    if (i >= source.length) return { end: -1, early };
    i++;
  }
}

/** Which tags to drop so that no element nests deeper than MAX_NESTING, with their end tags. */
/**
 * Whether a paragraph is the element open innermost, as htmlparser2 builds the tree: a <p> was opened
 * and everything opened inside it since is closed again (a block tag with which htmlparser2 closes it,
 * or a list item, ends it).
 */
class OpenParagraph {
  /** Elements open inside the paragraph, or null when no paragraph is the innermost open element. */
  private inside: number | null = null;

  open(name: string): void {
    if (name === 'p') this.inside = 0;
    else if (this.inside === 0 && (CLOSES_PARAGRAPH.has(name) || PARSER_CLOSES_PARAGRAPH.has(name))) this.inside = null;
    else if (this.inside !== null) this.inside++;
  }

  close(name: string): void {
    if (this.inside === null) return;
    // An end tag with nothing open inside the paragraph closes it, whichever element it names.
    this.inside = name === 'p' || this.inside === 0 ? null : this.inside - 1;
  }

  isCurrent(): boolean {
    return this.inside === 0;
  }
}

class NestingLimit {
  flattened = 0;
  private depth = 0;
  private readonly suppressed = new Map<string, number>();

  /** Whether an opening tag stays. */
  open(name: string): boolean {
    if (NON_NESTING.has(name)) return true;
    if (this.depth >= MAX_NESTING) {
      this.suppressed.set(name, (this.suppressed.get(name) ?? 0) + 1);
      this.flattened++;
      return false;
    }
    this.depth++;
    return true;
  }

  /** Whether a closing tag stays. */
  close(name: string): boolean {
    if (NON_NESTING.has(name)) return true;
    const pending = this.suppressed.get(name) ?? 0;
    if (pending > 0) {
      this.suppressed.set(name, pending - 1);
      return false;
    }
    this.depth = Math.max(0, this.depth - 1);
    return true;
  }
}
