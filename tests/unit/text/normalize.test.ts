import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  forgetMatchingForms,
  normalizeArabic,
  normalizeWithOffsets,
  toOriginalSpan,
} from '../../../src/text/normalize.js';

describe('normalizeArabic', () => {
  it('folds hamza and alef variants, alef maqsura, taa marbuta and Persian letters', () => {
    expect(normalizeArabic('أإآٱ')).toBe('اااا');
    expect(normalizeArabic('مصطفى')).toBe('مصطفي');
    expect(normalizeArabic('مدرسة')).toBe('مدرسه');
    expect(normalizeArabic('الجیش')).toBe('الجيش');
  });
  it('drops tatweel, diacritics, bidi and zero-width marks', () => {
    expect(normalizeArabic('إقـــرأ أيضاً')).toBe('اقرا ايضا');
    expect(normalizeArabic('\u200fغزة\u200c\u202b')).toBe('غزه');
    expect(normalizeArabic('\ufeffنص')).toBe('نص');
  });
  it('folds Arabic presentation forms to the letters they show, a lam-alef ligature to two', () => {
    expect(normalizeArabic('اخر اﻷخبار')).toBe('اخر الاخبار');
    expect(normalizeArabic('ﺍﻟﺠﻤﻌﺔ ﻓﻲ ﺻﻨﻌﺎﺀ')).toBe('الجمعه في صنعاء');
    expect(normalizeArabic('النبي ﷺ قال')).toBe('النبي صلي الله عليه وسلم قال');
    // A spacing form of a mark is the mark: dropped, not a space.
    expect(normalizeArabic('كتاب\ufe70 جديد')).toBe('كتاب جديد');
  });
  it('maps a match inside or across a ligature back to the whole ligature', () => {
    const source = 'وﻻ تعلم';
    const n = normalizeWithOffsets(source);
    expect(n.text).toBe('ولا تعلم');
    const [s, e] = toOriginalSpan(n, 0, 3);
    expect(source.slice(s, e)).toBe('وﻻ');
    const [s2, e2] = toOriginalSpan(n, 2, 8);
    expect(source.slice(s2, e2)).toBe('ﻻ تعلم');
  });
  it('makes room for what ligatures add, however many there are', () => {
    const source = 'ﷺ'.repeat(3000);
    const n = normalizeWithOffsets(source);
    expect(n.text).toBe(Array(3000).fill('صلي الله عليه وسلم').join(''));
    expect(n.offsets[n.text.length]).toBe(source.length);
  });
  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(normalizeArabic('٢٢ نوفمبر ٢٠١٦')).toBe('22 نوفمبر 2016');
    expect(normalizeArabic('۱۳۹۹/۰۲/۲۱')).toBe('1399/02/21');
  });
  it('turns NBSP into a space, collapses white space, trims and lowercases ASCII', () => {
    expect(normalizeArabic('\u00a0 Share\u00a0on  Facebook \t')).toBe('share on facebook');
  });
  it('gives a text asked for again on the page, or on the next page, the same matching form', () => {
    const line = 'إقـرأ أيضاً';
    expect(normalizeArabic(line)).toBe('اقرا ايضا');
    expect(normalizeArabic(line)).toBe('اقرا ايضا');
    forgetMatchingForms();
    expect(normalizeArabic(line)).toBe('اقرا ايضا');
    const long = `${line} `.repeat(100);
    expect(normalizeArabic(long)).toBe(normalizeWithOffsets(long).text);
  });
  it('reads any text as normalizeWithOffsets does, whether it was read before on the page or not', () => {
    // Code units that fold, drop, space or stay, lone surrogates among them.
    const unit = fc.constantFrom(...'اأةه \u00a0\tAa٣3\u064b\ud83d\ude00يﻷﷺ\ufe70'.split(''));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const text = units.join('');
        expect(normalizeArabic(text)).toBe(normalizeWithOffsets(text).text);
      }),
    );
  });
});

describe('normalizeWithOffsets', () => {
  it('maps a match in the normalised form back to the original text, marks included', () => {
    const source = 'قال غداً: إقـرأ أيضاً';
    const n = normalizeWithOffsets(source);
    const at = n.text.indexOf('غدا');
    const [s, e] = toOriginalSpan(n, at, at + 3);
    expect(source.slice(s, e)).toBe('غداً');
    const at2 = n.text.indexOf('اقرا ايضا');
    const [s2, e2] = toOriginalSpan(n, at2, at2 + 'اقرا ايضا'.length);
    expect(source.slice(s2, e2)).toBe('إقـرأ أيضاً');
  });

  it('keeps every offset in range and increasing, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (source) => {
        const n = normalizeWithOffsets(source);
        expect(n.offsets.length).toBe(n.text.length + 1);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.offsets[i]).toBeGreaterThanOrEqual(0);
          expect(n.offsets[i]).toBeLessThan(source.length);
          // Two units share an offset only when one code unit gave both: a ligature (lam-alef, ﷺ).
          if (i > 0 && n.offsets[i] === n.offsets[i - 1])
            expect(source.charCodeAt(n.offsets[i]!).toString(16)).toMatch(/^f[b-e]/);
          else if (i > 0) expect(n.offsets[i]).toBeGreaterThan(n.offsets[i - 1]!);
        }
        // Normalising is idempotent.
        expect(normalizeArabic(n.text)).toBe(n.text);
      }),
    );
  });

  it('reads a lone surrogate as U+FFFD, as a UTF-16 decoder does, and keeps a pair whole even across a dropped mark', () => {
    expect(normalizeArabic('a\ud83db')).toBe('a\ufffdb');
    expect(normalizeArabic('\ude00x')).toBe('\ufffdx');
    expect(normalizeArabic('😀')).toBe('😀');
    expect(normalizeArabic('\ud83d\u200c\ude00')).toBe('😀');
    const n = normalizeWithOffsets('a\ud83d\u064b');
    expect([n.text, [...n.offsets]]).toEqual(['a\ufffd', [0, 1, 3]]);
  });

  it('builds the same string from its units whether they are few (String.fromCharCode) or many (a decoder)', () => {
    // Units that fold to themselves, lone surrogates among them (each U+FFFD), on both sides of the switch.
    const unit = fc.constantFrom(...'ابa1.\ud83d\ude00'.split(''));
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 80 }), (units) => {
        const text = units.join('');
        const expected = [...text]
          .map((ch) => (ch.length === 1 && /[\ud800-\udfff]/.test(ch) ? '\ufffd' : ch))
          .join('');
        expect(normalizeWithOffsets(text).text).toBe(expected);
      }),
    );
  });

  it('gives the same matching form for a text far longer than the scratch buffer, and after it', () => {
    const long = 'إقـرأ أيضاً '.repeat(3000);
    expect(normalizeArabic(long)).toBe('اقرا ايضا '.repeat(3000).trimEnd());
    expect(normalizeArabic('مدرسة')).toBe('مدرسه');
  });
});
