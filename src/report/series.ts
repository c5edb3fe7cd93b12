/**
 * The report's histograms as bars, shared by the HTML and the text rendering: time series run from the
 * first to the last period with the empty periods in between, in the finest unit that gives at most
 * MAX_BARS bars (months, else years, else decades …).
 */
import { BODY_LENGTH_EDGES } from './summary.js';
import type { Bar } from './svg.js';

/** More bars than this would not be told apart on a screen. */
const MAX_BARS = 120;

interface Unit {
  name: string;
  /** How many keys (months or years) one bar covers. */
  size: number;
  label: (first: number) => string;
}

const month = (key: number): string => `${Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, '0')}`;
const MONTH_UNITS: Unit[] = [
  { name: 'month', size: 1, label: month },
  { name: 'year', size: 12, label: (key) => String(key / 12) },
  { name: 'decade', size: 120, label: (key) => `${key / 12}s` },
  { name: 'century', size: 1200, label: (key) => `${key / 12}s` },
];
const YEAR_UNITS: Unit[] = [
  { name: 'year', size: 1, label: String },
  { name: 'decade', size: 10, label: (key) => `${key}s` },
  { name: 'century', size: 100, label: (key) => `${key}s` },
  { name: 'millennium', size: 1000, label: (key) => `${key}s` },
];

interface Series {
  unit: string;
  bars: Bar[];
}

/** Records by month ("2025-04" keys). */
export function monthSeries(counts: Map<string, number>): Series {
  const byKey = new Map<number, number>();
  for (const [ym, n] of counts) byKey.set(Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1, n);
  return series(byKey, MONTH_UNITS);
}

/** Mentions by year. */
export function yearSeries(counts: Map<number, number>): Series {
  return series(counts, YEAR_UNITS);
}

function series(counts: Map<number, number>, units: Unit[]): Series {
  if (counts.size === 0) return { unit: units[0]!.name, bars: [] };
  const keys = [...counts.keys()];
  const [min, max] = [Math.min(...keys), Math.max(...keys)];
  const unit = units.find((u) => Math.floor(max / u.size) - Math.floor(min / u.size) < MAX_BARS) ?? units.at(-1)!;
  const first = Math.floor(min / unit.size);
  const bars = Array.from({ length: Math.floor(max / unit.size) - first + 1 }, (_, i) => ({
    label: unit.label((first + i) * unit.size),
    value: 0,
  }));
  for (const [key, n] of counts) bars[Math.floor(key / unit.size) - first]!.value += n;
  return { unit: unit.name, bars };
}

/** Records per body-length bin: "<100", "100–200" … "≥10k" characters (a bin holds its lower bound, not its upper). */
export function bodyLengthBars(bins: number[]): Bar[] {
  const short = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
  return bins.map((value, i) => {
    const from = BODY_LENGTH_EDGES[i - 1];
    const to = BODY_LENGTH_EDGES[i];
    const label =
      from === undefined ? `<${short(to!)}` : to === undefined ? `≥${short(from)}` : `${short(from)}–${short(to)}`;
    return { label, value };
  });
}
