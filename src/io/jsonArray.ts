/**
 * A JSON array of page objects (a `.json` corpus file, arnews' own `--pretty` output) read element by
 * element as the bytes arrive: one pass that tracks strings, escapes and nesting, so that memory holds one
 * element at a time and a large array streams like JSONL. Each element comes out with the 1-based line
 * it starts on; the JSON of an element is parsed by the caller, so that a bad element costs only itself.
 * A `.json` file holding one object (pretty-printed or not) is one element.
 */

/** An element's bytes; or, past `maxBytes`, only its size (its bytes were not kept); or what is wrong. */
export type ArrayElement =
  { bytes: Buffer; line: number } | { tooLarge: number; line: number } | { error: string; line: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const CLOSE_BRACKET = 0x5d;
const isSpace = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Whether an input without a telling extension starts a JSON array of objects: "[" then "{", after a
 * BOM and white space (a text dump may start with "[ ]", a checkbox w3m prints).
 */
export function startsJsonArray(head: string): boolean {
  return /^\ufeff?\s*\[\s*\{/u.test(head);
}

export async function* jsonArrayElements(
  chunks: AsyncIterable<Buffer>,
  maxBytes = Infinity,
): AsyncGenerator<ArrayElement> {
  let opened = false;
  let closed = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  /** Bytes of the element being read (across chunks), and the line it started on. */
  let parts: Buffer[] = [];
  /** Bytes of the element in `parts`; past maxBytes they are no longer kept, only counted. */
  let kept = 0;
  let start = -1;
  let startLine = 0;
  let bomSkipped = false;
  /** The input is one object, not an array: every byte belongs to that one element. */
  let single = false;

  const keep = (part: Buffer): void => {
    kept += part.length;
    if (kept > maxBytes) parts = [];
    else parts.push(Buffer.from(part));
  };
  const element = (last: Buffer, line: number): ArrayElement => {
    const size = kept + last.length;
    const out: ArrayElement =
      size > maxBytes ? { tooLarge: size, line } : { bytes: Buffer.concat([...parts, last], size), line };
    parts = [];
    kept = 0;
    return out;
  };

  for await (const chunk of chunks) {
    if (single) {
      keep(chunk);
      continue;
    }
    let i = 0;
    if (!bomSkipped) {
      bomSkipped = true;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    }
    const flush = (end: number): ArrayElement => {
      const out = element(chunk.subarray(start, end), startLine);
      start = -1;
      return out;
    };
    for (; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === NEWLINE) line++;
      if (closed) {
        if (!isSpace(b)) {
          yield { error: 'unexpected text after the end of the JSON array', line };
          return;
        }
        continue;
      }
      if (!opened) {
        if (isSpace(b)) continue;
        opened = true;
        if (b === 0x5b) continue;
        // Not an array: the whole input is one element (one page object, or bad JSON for the caller to report).
        single = true;
        start = i;
        startLine = line;
        break;
      }
      const inElement = start >= 0;
      if (inString) {
        if (escaped) escaped = false;
        else if (b === BACKSLASH) escaped = true;
        else if (b === QUOTE) inString = false;
        continue;
      }
      if (!inElement) {
        if (isSpace(b) || b === COMMA) continue;
        if (b === CLOSE_BRACKET) {
          closed = true;
          continue;
        }
        start = i;
        startLine = line;
      }
      if (b === QUOTE) inString = true;
      else if (OPEN.has(b)) depth++;
      else if (CLOSE.has(b)) {
        if (depth === 0) {
          // The array's own "]" ends a scalar element.
          yield flush(i);
          closed = true;
        } else if (--depth === 0) yield flush(i + 1);
      } else if (b === COMMA && depth === 0) yield flush(i);
    }
    if (single) {
      keep(chunk.subarray(start));
      continue;
    }
    // An element that goes on in the next chunk: keep its bytes; it continues at that chunk's start.
    if (start >= 0) {
      keep(chunk.subarray(start));
      start = 0;
    }
  }
  if (single) yield element(Buffer.alloc(0), startLine);
  else if (!opened) yield { error: 'empty JSON input', line };
  else if (!closed) yield { error: 'the JSON array is cut short (no closing "]")', line };
}
