/**
 * The seed dump as a golden test (issue 2, point 6): two records, checked by reading the dump.
 * The full expected records are in fixtures/golden/seed/expected.json; the assertions below spell out
 * what the issue asks for, so that a careless golden update cannot hide a regression.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type ArticleRecord } from '../../src/index.js';
import { goldenCase } from '../helpers/fixtures.js';
import { expectGolden } from '../helpers/golden.js';
import { expectSchemaRecords } from '../helpers/records.js';

const SEED = goldenCase('golden/seed');
const records = extract(readFileSync(SEED.source, 'utf8'), { name: SEED.source });
const [main, embedded] = records as [ArticleRecord, ArticleRecord];

describe('the seed dump', () => {
  it('gives exactly two records: the main article and the one embedded after "إقرأ أيضاً:"', () => {
    expect(records.map((r) => [r.role, r.parent])).toEqual([
      ['main', null],
      ['embedded', main.id],
    ]);
  });

  it('main: no title, 4 paragraphs, source, the six real tags, 11 related entries', () => {
    expect(main.title).toBeNull();
    expect(main.paragraphs).toHaveLength(4);
    expect(main.paragraphs[0]).toMatch(/^تحدث الرئيس السوري بشار الأسد/);
    expect(main.paragraphs[3]).toMatch(/"ردع العدوان" الأسبوع الماضي\.$/);
    expect(main.source).toBe('صدى البلد');
    expect(main.keywords).toEqual([
      'سوريا',
      'العراق',
      'حلب',
      'الرئيس السوري بشار الأسد',
      'رئيس الوزراء العراقي محمد شياع السوداني',
      'أمن سوريا',
    ]);
    expect(main.related).toHaveLength(11);
    expect(main.related[0]).toEqual({
      title: 'سلطان عمان يبحث مع وزير خارجية بريطانيا التطورات الإقليمية والدولية',
      url: null,
      relation: 'read-also',
    });
    expect(main.related.slice(1).map((r) => r.relation)).toEqual(Array(10).fill('similar'));
    expect(main.related[1]!.title).toBe('رئيس الوزراء يبحث مع السفير الألماني بالقاهرة الموضوعات ذات الاهتمام المشترك');
    expect(main.related[10]!.title).toBe('السوداني يؤكد لوفد “التحالف الدولي” ضرورة دعم أمن واستقرار سوريا');
  });

  it('embedded: the title split from its glued photo credit, 14 paragraphs, no boilerplate', () => {
    expect(embedded.title).toBe('سلطان عمان يبحث مع وزير خارجية بريطانيا التطورات الإقليمية والدولية');
    expect(embedded.imageCredit).toBe('الخارجية العمانية- منصة "إكس"');
    expect(embedded.warnings.map((w) => w.code)).toContain('title-credit-split');
    expect(embedded.paragraphs).toHaveLength(14);
    expect(embedded.paragraphs[0]).toMatch(/^بحث سلطان عمان هيثم بن طارق، الأحد،/);
    expect(embedded.paragraphs[13]).toMatch(/^ونتيجة لذلك، أعاد فرض العقوبات الأمريكية/);
    expect(embedded.body).not.toMatch(/مقالات مشابهة|المصدر|كلمات دلالية|إقرأ أيضاً|\u00a0/);
    expect(embedded.keywords).toEqual([]);
    expect(embedded.related).toEqual([]);
  });

  it('lists the date mentions of each article, resolved against its own (inferred) date', () => {
    const mentions = (r: ArticleRecord) => r.dateMentions.map((m) => [m.text, m.value, m.mod]);
    // The main article gives no year: its relative mentions stay unresolved.
    expect(mentions(main)).toEqual([
      ['اليوم السبت', null, null],
      ['الأسبوع الماضي', null, null],
    ]);
    expect(main.warnings.map((w) => w.code)).not.toContain('ref-date-inferred');
    // The embedded one is dated from its own cues (12 أبريل الجاري, الأحد …): Sunday 2025-04-27.
    expect(embedded.warnings.find((w) => w.code === 'ref-date-inferred')?.message).toContain('2025-04-27');
    expect(mentions(embedded)).toEqual([
      ['الأحد', '2025-04-27', null],
      ['مطلع مارس/ آذار 2025', '2025-03', 'early'],
      ['19 يناير/ كانون الثاني 2025', '2025-01-19', null],
      ['18 مارس الماضي', '2025-03-18', null],
      ['منذ 7 أكتوبر/تشرين الأول 2023', '2023-10-07', 'since'],
      ['12 أبريل/ نيسان الجاري', '2025-04-12', null],
      ['الأسبوع الماضي', '2025-04-19/2025-04-25', null],
      ['السبت', '2025-04-26', null],
      ['2017-2021', '2017/2021', null],
      ['عام 2018', '2018', null],
    ]);
    for (const r of records) for (const m of r.dateMentions) expect(r[m.field]?.slice(m.start, m.end)).toBe(m.text);
  });

  it('body is the paragraphs joined by a blank line, and ids are stable', () => {
    for (const r of records) expect(r.body).toBe(r.paragraphs.join('\n\n'));
    expect(extract(readFileSync(SEED.source, 'utf8'), { name: SEED.source }).map((r) => r.id)).toEqual(
      records.map((r) => r.id),
    );
  });

  it('matches the reviewed golden records', () => {
    expectSchemaRecords(records);
    expectGolden(SEED.expected, records);
  });
});
