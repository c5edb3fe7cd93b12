/**
 * Bytes of an HTML page → text. Older Arabic sites serve windows-1256 or ISO-8859-6, often with no
 * declaration or a wrong one, so the declared charset is a hint that the bytes must confirm: a page
 * whose declaration does not fit its bytes is decoded with the charset that does, with a warning.
 */
import type { Warning } from '../record.js';

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the charset used ("utf-8", "windows-1256", "iso-8859-6", "utf-16le", …). */
  charset: string;
  warnings: Warning[];
}

/** How far into the page a declaration is looked for (the HTML spec's prescan reads 1024 bytes; pages put long heads first). */
const PRESCAN_BYTES = 4096;
/** How much of the page the sniffer scores: enough text to decide, cheap on a 20 MB page. */
const SNIFF_BYTES = 64 * 1024;

/** The single-byte charsets Arabic pages come in, plus the Western default an undeclared page falls back to. */
const SNIFF_CANDIDATES = ['windows-1256', 'iso-8859-6', 'windows-1252'] as const;

export function decodeHtmlBytes(bytes: Uint8Array): DecodedHtml {
  const bom = charsetFromBom(bytes);
  if (bom) return { text: decode(bytes.subarray(bom.length), bom.charset), charset: bom.charset, warnings: [] };

  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decode(bytes, utf16), charset: utf16, warnings: [] };

  const warnings: Warning[] = [];
  const label = declaredCharset(bytes);
  let declared = label === null ? null : canonicalCharset(label);
  if (label !== null && declared === null) {
    warnings.push({
      code: 'charset-unknown',
      message: `declared charset "${label}" is not supported; detected from the bytes instead`,
    });
  }
  // A page that reached us as bytes cannot be UTF-16 without a BOM or the zero-byte pattern above (HTML spec).
  if (declared === 'utf-16le' || declared === 'utf-16be') declared = 'utf-8';

  const charset = chooseCharset(bytes, declared);
  if (declared !== null && charset !== declared) {
    warnings.push({
      code: 'charset-mismatch',
      message: `page declares ${declared} but its bytes are ${charset}; decoded as ${charset}`,
    });
  }
  const text = decode(bytes, charset);
  const invalid = countReplacements(text);
  if (invalid > 0)
    warnings.push({ code: 'charset-invalid-bytes', message: `${invalid} byte sequences are not valid ${charset}` });
  return { text, charset, warnings };
}

/**
 * True when the start of an input looks like HTML: a doctype, an XML declaration, `<html`, `<head`,
 * `<body`, or a text that opens with a tag and holds a few more common tags. Text dumps that merely
 * mention a tag do not qualify.
 */
export function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^[\ufeff\s]+/, '').slice(0, 2048);
  if (/^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml\b)/i.test(start)) return true;
  if (!start.startsWith('<')) return false;
  const tags = new Set(Array.from(start.matchAll(COMMON_TAG), (m) => m[1]!.toLowerCase()));
  return tags.size >= 2;
}

/** Whether an input that no extension names begins an XML corpus: an XML declaration or a TREC `<DOC>`, and no HTML root. */
export function startsXmlRecords(head: string): boolean {
  const start = head.replace(/^\ufeff?\s*/u, '');
  const declared = /^<\?xml\b[^>]*\?>/iu.exec(start);
  // Past the declaration, white space, comments and a document type: the first element's name.
  const body = start.slice(declared?.[0].length ?? 0).replace(/^(?:\s|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/iu, '');
  const root = /^<([A-Za-z_][\w.-]*)/u.exec(body)?.[1]?.toLowerCase();
  return root !== undefined && root !== 'html' && (declared !== null || root === 'doc');
}

const COMMON_TAG =
  /<\/?(html|head|body|meta|title|link|script|style|div|span|p|a|br|table|ul|li|h[1-6]|article|section|img)\b/gi;

function decode(bytes: Uint8Array, charset: string): string {
  return new TextDecoder(charset).decode(bytes);
}

function charsetFromBom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM shows as ASCII markup with a zero byte beside every character. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** The charset label from `<meta charset>`, `<meta http-equiv=content-type>` or an XML declaration. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta[0]);
    if (charset) return charset[1]!;
  }
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml ? xml[1]! : null;
}

/** The WHATWG name for a label ("cp1256" → "windows-1256", "latin1" → "windows-1252"), or null if unknown. */
function canonicalCharset(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** The charset of undeclared bytes (a text dump): UTF-8, or the legacy charset its Arabic reads best in. */
export function sniffCharset(bytes: Uint8Array): string {
  return chooseCharset(bytes, null);
}

/**
 * The charset the bytes are really in. (Nearly) valid UTF-8 with multi-byte sequences is UTF-8
 * whatever the page says. Otherwise the declared charset is kept unless another Arabic charset
 * decodes the sample into clearly better text.
 */
function chooseCharset(bytes: Uint8Array, declared: string | null): string {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const shape = utf8Shape(sample);
  if (shape === 'ascii') return declared ?? 'utf-8';
  if (shape === 'utf-8') return 'utf-8';

  const scored = new Map<string, number>();
  const score = (charset: string): number => {
    let value = scored.get(charset);
    if (value === undefined) {
      value = textQuality(decode(sample, charset));
      scored.set(charset, value);
    }
    return value;
  };
  const best = [...SNIFF_CANDIDATES].sort((a, b) => score(b) - score(a))[0]!;
  if (declared === null) return best;
  const margin = Math.max(10, Math.abs(score(declared)) * 0.1);
  return score(best) > score(declared) + margin ? best : declared;
}

/**
 * 'ascii' (no byte above 0x7F), 'utf-8' when valid multi-byte UTF-8 sequences are at least as many as
 * the stray bytes, else 'legacy'. Legacy Arabic text almost never forms a valid sequence by chance
 * (its letters are followed by letters or spaces, never by continuation bytes), so a page with many
 * valid sequences is UTF-8 however damaged: a corrupted byte in every ten is UTF-8 with replacement
 * characters, not windows-1256 mojibake.
 */
function utf8Shape(bytes: Uint8Array): 'ascii' | 'utf-8' | 'legacy' {
  let sequences = 0;
  let strays = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k]! & 0xc0) === 0x80;
    if (valid) {
      sequences++;
      i += length;
    } else {
      // A sequence cut by the end of the sample is not evidence either way.
      if (i + length > bytes.length && length > 0) break;
      strays++;
      i++;
    }
  }
  if (sequences === 0 && strays === 0) return 'ascii';
  return sequences >= strays && sequences > 0 ? 'utf-8' : 'legacy';
}

const WORD = /[\p{L}\p{M}]+/gu;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const NON_ASCII_LATIN = /[\u00c0-\u024f]/gu;
const BROKEN = /[\ufffd\u0080-\u009f]/gu;

/**
 * How much a decoding reads like real text: Arabic words score their length; a word that mixes
 * Arabic and Latin letters (ISO-8859-6 read as windows-1256), a Latin word made mostly of accented
 * letters (Arabic read as Latin-1: "ÇáÚÑÈíÉ"), replacement characters and C1 controls (bytes the
 * charset lacks) count against it.
 */
function textQuality(text: string): number {
  let score = 0;
  for (const [word] of text.matchAll(WORD)) {
    const arabic = ARABIC_LETTER.test(word);
    const latin = LATIN_LETTER.test(word);
    if (arabic && latin) score -= 2 * word.length;
    else if (arabic) score += word.length;
    else if (latin) {
      const accented = word.match(NON_ASCII_LATIN)?.length ?? 0;
      if (accented >= 2 && accented * 2 >= word.length) score -= word.length;
    }
  }
  return score - 5 * (text.match(BROKEN)?.length ?? 0);
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}
