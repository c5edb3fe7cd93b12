/**
 * Lines over the text that name no writer, found on pages made here for sites arnews has not seen (issue 8,
 * round 54): the masthead's name beside the day's date ("بوابة الأهرام الإثنين 14 أبريل 2025"), which had
 * beaten the byline under the headline, a date's label on its own line over the date ("آخر تحديث"), and a
 * photo's caption with its mark after a dash ("وزير الصحة المصري - أرشيفية"), read as "<name> - <city>".
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { DATE, HEADLINE, P, page } from '../../helpers/hospital-page.js';

describe('lines that name no writer', () => {
  it("the masthead's name beside the day's date is no writer, and the byline under the headline is", () => {
    for (const masthead of ['بوابة الأهرام', 'صحيفة الوطن', 'جريدة الغد']) {
      const top = `${masthead} الإثنين 14 أبريل 2025 - 16 شوال 1446هـ`;
      const [record] = extract(page(top, HEADLINE, 'كتب: محمد سعد', '14-4-2025 | 13:22', ...P));
      expect([record!.title, record!.author, record!.paragraphs], masthead).toEqual([HEADLINE, 'محمد سعد', P]);
    }
  });

  it("a date's label on its own line over the date is no writer", () => {
    for (const label of ['آخر تحديث', 'تاريخ النشر', 'تم النشر']) {
      const [record] = extract(page(HEADLINE, `${label}\nالأحد 13 أبريل 2025 - 10:30`, ...P));
      expect([record!.author, record!.published, record!.paragraphs], label).toEqual([null, '2025-04-13T10:30', P]);
    }
  });

  it('a name over the date is still the writer', () => {
    const [record] = extract(page(HEADLINE, 'سارة عبد الرحمن\nالأحد 13 أبريل 2025 - 10:30', ...P));
    expect(record!.author).toBe('سارة عبد الرحمن');
  });

  it("a photo's caption with its mark after a dash names no writer, under the date line or between paragraphs", () => {
    for (const caption of ['رئيس الوزراء المصري - أرشيفية', 'محافظ الجيزة الجديد - صورة من الأرشيف']) {
      for (const lines of [
        [caption, ...P],
        [P[0]!, caption, P[1]!],
      ]) {
        const [record] = extract(page(HEADLINE, DATE, ...lines));
        expect([record!.author, record!.paragraphs], caption).toEqual([null, P]);
      }
    }
  });

  it('a caption\'s word before a dash and an agency ("أرشيفية - رويترز") is the photo\'s credit line, not the source', () => {
    const [record] = extract(page(HEADLINE, DATE, 'افتتاح المستشفى الجديد', 'أرشيفية - رويترز', ...P));
    expect([record!.source, record!.paragraphs]).toEqual([null, P]);
    // A city there is the wire's dateline, as before.
    const [wire] = extract(page(HEADLINE, DATE, 'القاهرة - رويترز', ...P));
    expect(wire!.source).toBe('رويترز');
  });
});
