import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gregorian, gregorianByDate } from '../../../src/dates/calendar.js';
import { hijri, solarHijri, tabularHijri } from '../../../src/dates/hijri.js';

/** A Date's range in day numbers (±10^8), a little past it on both sides. */
const DAY = fc.integer({ min: -100_000_010, max: 100_000_010 });

describe('gregorian day numbers by arithmetic', () => {
  it('give what a Date gives for every day number, in its range and out of it', () => {
    fc.assert(
      fc.property(fc.oneof(DAY, fc.integer({ min: -800_000, max: 800_000 })), (day) => {
        expect(gregorian.fromDay(day)).toEqual(gregorianByDate.fromDay(day));
      }),
      { numRuns: 20_000 },
    );
  });

  it('give what a Date gives for any year, month and day, months and days rolling over as a Date rolls them', () => {
    const date = fc.tuple(
      fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -300_000, max: 300_000 })),
      fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: -15_000, max: 15_000 })),
      fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -12_000_000, max: 12_000_000 })),
    );
    fc.assert(
      fc.property(date, ([year, month, day]) => {
        expect(gregorian.toDay(year, month, day)).toBe(gregorianByDate.toDay(year, month, day));
        expect(gregorian.monthLength(year, month)).toBe(gregorianByDate.monthLength(year, month));
      }),
      { numRuns: 20_000 },
    );
  });

  it('leave to a Date what is no integer or lies past its range', () => {
    for (const day of [0.5, -0.5, Number.NaN, Infinity, 1e9])
      expect(gregorian.fromDay(day)).toEqual(gregorianByDate.fromDay(day));
    for (const [year, month, day] of [
      [2020.5, 1, 1],
      [2020, 1.5, 1],
      [2020, 1, Number.NaN],
      [1e6, 1, 1],
      [2020, 1, 1e9],
    ] as const)
      expect(gregorian.toDay(year, month, day)).toBe(gregorianByDate.toDay(year, month, day));
  });

  it('know the leap days and the years 0-99', () => {
    expect(gregorian.toDay(1970, 1, 1)).toBe(0);
    expect(gregorian.monthLength(2000, 2)).toBe(29);
    expect(gregorian.monthLength(1900, 2)).toBe(28);
    expect(gregorian.fromDay(gregorian.toDay(24, 2, 29))).toEqual({ year: 24, month: 2, day: 29 });
  });
});

describe('the ICU calendars', () => {
  it('give the same date for a day asked again (kept) as the first time', () => {
    for (const calendar of [hijri, tabularHijri, solarHijri]) {
      for (const day of [16_013, 20_000, -1000]) {
        const first = { ...calendar.fromDay(day) };
        expect(calendar.fromDay(day)).toEqual(first);
      }
    }
    expect(hijri.fromDay(16_013)).toEqual({ year: 1435, month: 1, day: 1 });
  });
});
