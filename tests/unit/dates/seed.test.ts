import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateMentions, inferReferenceDate } from '../../../src/dates/index.js';
import { SEED } from '../../helpers/fixtures.js';

const seed = readFileSync(SEED, 'utf8');
const readAlso = seed.indexOf('إقرأ أيضاً');
/** Part A, the page's own article (Saturday 2024-11-30), and part B, the one glued after "إقرأ أيضاً:" (Sunday 2025-04-27). */
const partA = seed.slice(0, readAlso);
const partB = seed.slice(readAlso);

const summary = (text: string, refDate: string | null) =>
  findDateMentions(text, { refDate }).map(({ text: t, kind, value, grain, mod }) => ({
    text: t,
    kind,
    value,
    grain,
    mod,
  }));

describe('seed golden: the date mentions of both articles', () => {
  it('part A at its date, 2024-11-30: today Saturday and last week, nothing else', () => {
    expect(summary(partA, '2024-11-30')).toEqual([
      { text: 'اليوم السبت', kind: 'relative', value: '2024-11-30', grain: 'day', mod: null },
      { text: 'الأسبوع الماضي', kind: 'relative', value: '2024-11-23/2024-11-29', grain: 'week', mod: null },
    ]);
  });

  it('part B at its date, 2025-04-27: the ten mentions, and no count (168 ألف، 11 ألف) or "لعام كامل"', () => {
    expect(summary(partB, '2025-04-27')).toEqual([
      { text: 'الأحد', kind: 'weekday', value: '2025-04-27', grain: 'day', mod: null },
      { text: 'مطلع مارس/ آذار 2025', kind: 'month', value: '2025-03', grain: 'month', mod: 'early' },
      { text: '19 يناير/ كانون الثاني 2025', kind: 'date', value: '2025-01-19', grain: 'day', mod: null },
      { text: '18 مارس الماضي', kind: 'date', value: '2025-03-18', grain: 'day', mod: null },
      { text: 'منذ 7 أكتوبر/تشرين الأول 2023', kind: 'date', value: '2023-10-07', grain: 'day', mod: 'since' },
      { text: '12 أبريل/ نيسان الجاري', kind: 'date', value: '2025-04-12', grain: 'day', mod: null },
      { text: 'الأسبوع الماضي', kind: 'relative', value: '2025-04-19/2025-04-25', grain: 'week', mod: null },
      { text: 'السبت', kind: 'weekday', value: '2025-04-26', grain: 'day', mod: null },
      { text: '2017-2021', kind: 'range', value: '2017/2021', grain: 'year', mod: null },
      { text: 'عام 2018', kind: 'year', value: '2018', grain: 'year', mod: null },
    ]);
  });

  it('points every span at its text, with the proclitic و and brackets outside', () => {
    for (const [text, refDate] of [
      [partA, '2024-11-30'],
      [partB, '2025-04-27'],
    ] as const) {
      for (const m of findDateMentions(text, { refDate })) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    const seedMentions = findDateMentions(partB, { refDate: '2025-04-27' });
    const saturday = seedMentions.find((m) => m.text === 'السبت');
    expect(partB.slice((saturday?.start ?? 0) - 1, saturday?.end)).toBe('والسبت');
    const range = seedMentions.find((m) => m.kind === 'range');
    expect(partB.slice((range?.start ?? 0) - 1, (range?.end ?? 0) + 1)).toBe('(2017-2021)');
  });

  it('leaves relative mentions unresolved without a reference, and resolves the absolute ones', () => {
    const values = Object.fromEntries(findDateMentions(partB).map((m) => [m.text, m.value]));
    expect(values['الأحد']).toBeNull();
    expect(values['الأسبوع الماضي']).toBeNull();
    expect(values['18 مارس الماضي']).toBeNull();
    expect(values['19 يناير/ كانون الثاني 2025']).toBe('2025-01-19');
    expect(values['2017-2021']).toBe('2017/2021');
  });

  it('infers late April 2025 for part B from its own cues (the true date is Sunday 2025-04-27)', () => {
    const inferred = inferReferenceDate([partB]);
    expect(inferred?.date).toBe('2025-04-27');
    expect(inferred?.evidence).toContain('12 أبريل/ نيسان الجاري');
    expect(inferred?.evidence).toContain('الأحد');
  });

  it('infers nothing for part A: "اليوم السبت" alone gives no month or year', () => {
    expect(inferReferenceDate([partA])).toBeNull();
  });

  it('resolves part B against its inferred date as against the true one', () => {
    const inferred = inferReferenceDate([partB]);
    expect(summary(partB, inferred?.date ?? null)).toEqual(summary(partB, '2025-04-27'));
  });
});
