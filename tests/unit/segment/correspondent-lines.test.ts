/**
 * Round 48, from the dev pages of the f8 layout families: a correspondent's line ("مراسلنا في تونس – <name>",
 * "رام الله – مراسلنا"), a byline label that is one more link of a menu printed with no bullets ("كتب", Books),
 * and a share row that names X ("إكس") and a copy-link button.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { DATE, HEADLINE, P, page } from '../../helpers/hospital-page.js';

describe("a correspondent's line", () => {
  it('names the writer after the city and a dash or a colon', () => {
    for (const line of [
      'مراسلنا في تونس – عبدالرحيم الحدادي',
      'مراسلنا في رام الله - عبدالرحيم الحدادي',
      'مراسلتنا في الدار البيضاء: عبدالرحيم الحدادي',
    ]) {
      const [r] = extract(page(HEADLINE, line, DATE, ...P));
      expect([r!.title, r!.author, r!.source], line).toEqual([HEADLINE, 'عبدالرحيم الحدادي', null]);
      expect(r!.paragraphs).toEqual(P);
    }
  });

  it('with no name is the desk signing: no writer, no source, no text', () => {
    for (const line of ['مراسلنا', 'مراسلنا في تونس', 'رام الله – مراسلنا', 'دمشق - مراسلتنا']) {
      const [r] = extract(page(HEADLINE, line, DATE, ...P));
      expect([r!.title, r!.author, r!.source], line).toEqual([HEADLINE, null, null]);
      expect(r!.paragraphs).toEqual(P);
    }
  });

  it("under the writer's name leaves the name the writer", () => {
    const [r] = extract(page(HEADLINE, 'عيسى الحبيب', 'مراسلنا في تونس', DATE, ...P));
    expect([r!.author, r!.source]).toEqual(['عيسى الحبيب', null]);
  });

  it('"من مراسلينا" alone heads a list of their stories; with a city it is the desk signing (round 49)', () => {
    for (const line of ['بيروت – من مراسلينا', 'من مراسلينا في تونس']) {
      const [r] = extract(page(HEADLINE, line, DATE, ...P));
      expect([r!.title, r!.author, r!.source, r!.related], line).toEqual([HEADLINE, null, null, []]);
      expect(r!.paragraphs).toEqual(P);
    }
    // The stories print their correspondent's place and day; one whose "و" reads as two names ("لاتسيو
    // يلتهم سامبدوريا" and "بنيفنتو يودع القاهرة") is one more story of the list, no writer's meta line.
    const stories = [
      'الكرملين يوضح خلفيات اعتقال رجل الأعمال بيروت – 22 أغسطس 2015',
      'البحرية الأميركية تستعرض عضلاتها بـ355 سفينة رام الله – 22 أغسطس 2015',
      'لاتسيو يلتهم سامبدوريا وبنيفنتو يودع القاهرة – 11 أغسطس 2015',
    ];
    for (const heading of ['من مراسلينا', 'تقارير من مراسلينا']) {
      const records = extract(page(HEADLINE, DATE, ...P, heading, stories.map((s) => `  • ${s}`).join('\n')));
      expect(records, heading).toHaveLength(1);
      expect(
        records[0]!.related.map((r) => [r.title, r.relation]),
        heading,
      ).toEqual([
        ['الكرملين يوضح خلفيات اعتقال رجل الأعمال بيروت', 'more'],
        ['البحرية الأميركية تستعرض عضلاتها بـ355 سفينة رام الله', 'more'],
        ['لاتسيو يلتهم سامبدوريا وبنيفنتو يودع القاهرة', 'more'],
      ]);
      expect(records[0]!.author, heading).toBeNull();
    }
  });
});

describe("a byline label that is a menu's link", () => {
  it('gives no writer from the line under the menu, bulleted or not', () => {
    const menu = ['الرئيسية', 'صحافة عالمية', 'ترجمات', 'تحليلات', 'كتب'];
    for (const lines of [menu.join('\n'), menu.map((m) => `* ${m}`).join('\n')]) {
      const [r] = extract(page(lines, 'عين على الصحافة', HEADLINE, 'ترجمة: علي السعلي', DATE, ...P));
      expect([r!.title, r!.author], lines).toEqual([HEADLINE, 'علي السعلي']);
    }
  });

  it('a label alone over the name, under the headline, still gives the writer', () => {
    const [r] = extract(page(HEADLINE, 'كتب', 'علي السعلي', DATE, ...P));
    expect(r!.author).toBe('علي السعلي');
  });
});

describe('a share row that names X', () => {
  it('is dropped, and no writer of the story under it', () => {
    for (const row of ['مشاركة فيسبوك إكس واتساب نسخ الرابط', 'شارك على: فيسبوك | إكس | نسخ الرابط']) {
      const [r] = extract(page(HEADLINE, DATE, ...P, row));
      expect([r!.author, r!.paragraphs], row).toEqual([null, P]);
    }
  });
});
