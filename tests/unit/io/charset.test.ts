import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, looksLikeHtml } from '../../../src/io/charset.js';
import { pageBytes } from '../../helpers/html.js';

const ARABIC = 'أعلنت وزارة الصحة والسكان المصرية، اليوم الثلاثاء، تسجيل حالات جديدة بفيروس كورونا في البلاد';

/** A windows-1256 or ISO-8859-6 encoder, built by inverting Node's decoder. */
function encode(text: string, charset: string): Uint8Array {
  const table = new Map<string, number>();
  const decoder = new TextDecoder(charset);
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch !== '\ufffd' && !table.has(ch)) table.set(ch, b);
  }
  return Uint8Array.from([...text], (ch) => table.get(ch) ?? 0x3f);
}

const page = (head: string, body: string): string =>
  `<html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeHtmlBytes', () => {
  it('decodes the undeclared windows-1256 and ISO-8859-6 chardet pages by sniffing', () => {
    for (const [site, charset] of [
      ['chardet-chromium-windows-1256', 'windows-1256'],
      ['chardet-chromium-iso-8859-6', 'iso-8859-6'],
    ] as const) {
      const decoded = decodeHtmlBytes(pageBytes(site));
      expect(decoded.charset).toBe(charset);
      expect(decoded.text).toContain('أعلنت كتائب الشهيد عز الدين القسام');
      expect(decoded.warnings).toEqual([]);
    }
  });

  it('follows a correct declaration in <meta charset> or http-equiv', () => {
    const meta = decodeHtmlBytes(encode(page('<meta charset="windows-1256">', ARABIC), 'windows-1256'));
    expect(meta).toMatchObject({ charset: 'windows-1256', warnings: [] });
    expect(meta.text).toContain(ARABIC);
    const httpEquiv = decodeHtmlBytes(
      encode(
        page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">', 'وزارة الصحة والسكان المصرية'),
        'iso-8859-6',
      ),
    );
    expect(httpEquiv.charset).toBe('iso-8859-6');
    expect(httpEquiv.text).toContain('وزارة الصحة والسكان المصرية');
  });

  it('decodes a mis-declared page with the charset its bytes are in, with a charset-mismatch warning', () => {
    const cases: [string, Uint8Array, string][] = [
      [
        'utf-8 declared, windows-1256 bytes',
        encode(page('<meta charset="utf-8">', ARABIC), 'windows-1256'),
        'windows-1256',
      ],
      [
        'windows-1256 declared, ISO-8859-6 bytes',
        encode(page('<meta charset="windows-1256">', 'وزارة الصحة والسكان المصرية اليوم'), 'iso-8859-6'),
        'iso-8859-6',
      ],
      [
        'windows-1256 declared, UTF-8 bytes',
        new TextEncoder().encode(page('<meta charset="windows-1256">', ARABIC)),
        'utf-8',
      ],
      [
        'Latin-1 declared, windows-1256 bytes',
        encode(page('<meta charset="iso-8859-1">', ARABIC), 'windows-1256'),
        'windows-1256',
      ],
    ];
    for (const [name, bytes, charset] of cases) {
      const decoded = decodeHtmlBytes(bytes);
      expect(decoded.charset, name).toBe(charset);
      expect(
        decoded.warnings.map((w) => w.code),
        name,
      ).toContain('charset-mismatch');
      expect(decoded.text, name).not.toMatch(/[ÇáÚ]|ط§|\ufffd/);
    }
  });

  it('keeps a declared Latin-1 page that really is Latin-1', () => {
    const bytes = Uint8Array.from(
      page('<meta charset="iso-8859-1">', 'Le café été très élevé à Paris. Ça coûte cher, François.'),
      (c) => c.charCodeAt(0),
    );
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded).toMatchObject({ charset: 'windows-1252', warnings: [] });
    expect(decoded.text).toContain('Ça coûte cher, François.');
  });

  it('keeps UTF-8 with a stray invalid byte, reporting the bytes instead of switching charset', () => {
    const utf8 = new TextEncoder().encode(page('<meta charset="utf-8">', ARABIC));
    const bytes = new Uint8Array([...utf8.subarray(0, 80), 0x82, ...utf8.subarray(80)]);
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.warnings.map((w) => w.code)).toEqual(['charset-invalid-bytes']);
  });

  it('honours a BOM and sniffs UTF-16 without one', () => {
    const html = page('', ARABIC);
    const le = new Uint8Array(Buffer.from(html, 'utf16le'));
    expect(decodeHtmlBytes(new Uint8Array([0xff, 0xfe, ...le]))).toMatchObject({ charset: 'utf-16le', text: html });
    expect(decodeHtmlBytes(le)).toMatchObject({ charset: 'utf-16le', text: html });
    expect(decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]))).toMatchObject({
      charset: 'utf-8',
      text: html,
    });
  });

  it('reports an unknown declared charset and decodes by sniffing', () => {
    const decoded = decodeHtmlBytes(new TextEncoder().encode(page('<meta charset="x-no-such">', ARABIC)));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.warnings.map((w) => w.code)).toContain('charset-unknown');
  });
});

describe('looksLikeHtml', () => {
  it('recognises pages by doctype, root tags or several tags at the start', () => {
    expect(looksLikeHtml('\ufeff  <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('\n<html lang="ar">')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?><html>')).toBe(true);
    expect(looksLikeHtml('<div class="x"><p>نص</p></div>')).toBe(true);
  });
  it('does not take text that merely mentions a tag for HTML', () => {
    expect(looksLikeHtml('نص عادي فيه <b> وسم')).toBe(false);
    expect(looksLikeHtml('<3 this article')).toBe(false);
    expect(looksLikeHtml('')).toBe(false);
  });
});
