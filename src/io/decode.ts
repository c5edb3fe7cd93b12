/**
 * Bytes → text for text dumps and JSONL lines. Valid UTF-8 (with or without BOM) and UTF-16 with a BOM
 * decode as they are; a few invalid UTF-8 bytes are replaced and reported, never a reason to drop a page;
 * a legacy Arabic code page is recognised; binary data is refused with a clear reason.
 */
import type { Warning } from '../record.js';
import { sniffCharset } from './charset.js';

export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: Warning[] }
  | { ok: false; code: 'empty' | 'binary'; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** Control bytes that never occur in text (TAB, LF, VT, FF, CR and ESC excepted). */
function isControl(byte: number): boolean {
  return byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b) || byte === 0x7f;
}

/** How much of a text's head is read to tell binary data from text. */
const SNIFF_BYTES = 8192;
/** Binary when over this share of the head is NUL (crawl corpora end files with one, so a few are text)… */
const MAX_NUL_SHARE = 0.1;
/** …or over this share is other control bytes. */
const MAX_CONTROL_SHARE = 0.02;

/**
 * Why bytes are not text (control bytes or NULs where text has none), or null when they may be. One
 * pass over the head, and a byte at or above 0x20 (all of UTF-8's Arabic) costs one comparison: this
 * runs on every JSONL line.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const byte = bytes[i]!;
    if (byte >= 0x20 && byte !== 0x7f) continue;
    if (byte === 0) nul++;
    else if (isControl(byte)) control++;
  }
  return n > 0 && (nul / n > MAX_NUL_SHARE || control / n > MAX_CONTROL_SHARE)
    ? 'binary data, not text (control bytes in the first 8 KiB)'
    : null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const body =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const binary = binaryReason(body);
  if (binary) return { ok: false, code: 'binary', message: binary };
  try {
    return checkEmpty({ ok: true, text: utf8.decode(body), encoding: 'utf-8', warnings: [] });
  } catch {
    return decodeInvalidUtf8(body);
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  return checkEmpty({ ok: true, text: new TextDecoder(encoding).decode(bytes), encoding, warnings: [] });
}

function checkEmpty(decoded: Decoded): Decoded {
  if (decoded.ok && !/[^\s\u00a0\ufeff\u200b-\u200f\0]/u.test(decoded.text)) {
    return { ok: false, code: 'empty', message: 'empty document (no text)' };
  }
  return decoded;
}

/**
 * Invalid UTF-8. A handful of stray bytes (a renderer's mangled character) are replaced by U+FFFD and
 * reported with their first position. Bytes that are not UTF-8 at all were written in a legacy Arabic
 * code page (windows-1256, ISO-8859-6): the HTML front end's sniffer tells which.
 */
function decodeInvalidUtf8(bytes: Uint8Array): Decoded {
  const charset = sniffCharset(bytes);
  if (charset !== 'utf-8') {
    return checkEmpty({
      ok: true,
      text: new TextDecoder(charset).decode(bytes),
      encoding: charset,
      warnings: [
        {
          code: `decoded-as-${charset}`,
          message: `not valid UTF-8; decoded as ${charset}, in which its Arabic reads correctly`,
        },
      ],
    });
  }
  const lenient = utf8Lenient.decode(bytes);
  let replaced = 0;
  let first = -1;
  for (let i = lenient.indexOf('\ufffd'); i >= 0; i = lenient.indexOf('\ufffd', i + 1)) {
    replaced++;
    if (first < 0) first = i;
  }
  const before = lenient.slice(0, first);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = first - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return checkEmpty({
    ok: true,
    text: lenient,
    encoding: 'utf-8',
    warnings: [
      {
        code: 'invalid-utf8',
        message: `${replaced} invalid UTF-8 byte sequence(s) replaced by U+FFFD, the first at line ${line}, column ${column}`,
      },
    ],
  });
}
