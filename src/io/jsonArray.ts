/**
 * A JSON array of page objects (a `.json` corpus file, arnews' own `--pretty` output) read element by
 * element as the bytes arrive: one pass that tracks strings, escapes and nesting, so that memory holds one
 * element at a time and a large array streams like JSONL. Each element comes out with the 1-based line
 * it starts on; the JSON of an element is parsed by the caller, so that a bad element costs only itself.
 * A `.json` file holding one object (pretty-printed or not) is one element.
 */

export type ArrayElement = { bytes: Buffer; line: number } | { error: string; line: number };

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

export async function* jsonArrayElements(chunks: AsyncIterable<Buffer>): AsyncGenerator<ArrayElement> {
  let opened = false;
  let closed = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  /** Bytes of the element being read (across chunks), and the line it started on. */
  let parts: Buffer[] = [];
  let start = -1;
  let startLine = 0;
  let bomSkipped = false;
  /** The input is one object, not an array: every byte belongs to that one element. */
  let single = false;

  for await (const chunk of chunks) {
    if (single) {
      parts.push(Buffer.from(chunk));
      continue;
    }
    let i = 0;
    if (!bomSkipped) {
      bomSkipped = true;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    }
    const flush = (end: number): Buffer => {
      const bytes = Buffer.concat([...parts, chunk.subarray(start, end)]);
      parts = [];
      start = -1;
      return bytes;
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
          yield { bytes: flush(i), line: startLine };
          closed = true;
        } else if (--depth === 0) yield { bytes: flush(i + 1), line: startLine };
      } else if (b === COMMA && depth === 0) yield { bytes: flush(i), line: startLine };
    }
    if (single) {
      parts.push(Buffer.from(chunk.subarray(start)));
      continue;
    }
    // An element that goes on in the next chunk: keep its bytes; it continues at that chunk's start.
    if (start >= 0) {
      parts.push(Buffer.from(chunk.subarray(start)));
      start = 0;
    }
  }
  if (single) yield { bytes: Buffer.concat(parts), line: startLine };
  else if (!opened) yield { error: 'empty JSON input', line };
  else if (!closed) yield { error: 'the JSON array is cut short (no closing "]")', line };
}
