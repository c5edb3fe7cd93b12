import { describe, expect, it } from 'vitest';
import { words } from '../../../src/text/words.js';

describe('words on very long words', () => {
  it('reads an 8 MB run of digits as one word without overflowing the regex stack (found by the fuzz)', () => {
    const digits = '1234567890'.repeat(838_861);
    expect(words(`خبر ${digits} عاجل`)).toEqual(['خبر', digits, 'عاجل']);
  });

  it('gives what one unbounded match gives when words are longer than a piece', () => {
    const text = `${'كلمة '.repeat(3000)}${'1'.repeat(9000)} x, y ${'ب'.repeat(5000)}`;
    expect(words(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu));
  });
});
