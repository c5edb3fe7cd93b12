import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryReason, decodeBytes } from '../../../src/io/decode.js';

/** The rule read plainly: over a tenth of the first 8 KiB NUL, or over 2% other control bytes (TAB, LF, VT, FF, CR, ESC are text). */
function plainlyBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.length === 0) return false;
  const nul = head.filter((b) => b === 0).length;
  const control = head.filter(
    (b) => b !== 0 && (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f),
  ).length;
  return nul / head.length > 0.1 || control / head.length > 0.02;
}

describe('binaryReason', () => {
  it('decides as the rule read plainly, on bytes of every kind and length', () => {
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0, 0x07, 0x09, 0x0a, 0x1b, 0x1f, 0x7f, 0xd8, 0xa7),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 9000 }), (values) => {
        const bytes = Uint8Array.from(values);
        expect(binaryReason(bytes) !== null).toBe(plainlyBinary(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('reads Arabic UTF-8 with tabs, line breaks and a trailing NUL as text, and refuses a control-byte run', () => {
    const text = new TextEncoder().encode('عنوان الخبر\tالنص\r\nسطر ثان\x1b[0m\u0000');
    expect(binaryReason(text)).toBeNull();
    expect(decodeBytes(text).ok).toBe(true);
    const binary = Uint8Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x41));
    expect(binaryReason(binary)).toMatch(/binary data/);
    expect(decodeBytes(binary)).toMatchObject({ ok: false, code: 'binary' });
  });
});
