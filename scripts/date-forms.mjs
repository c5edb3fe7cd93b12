// @ts-check
// The forms corpus of the date engine (fixtures/dates/forms.jsonl, built by fixtures/dates/build-forms.py) and how
// a row is scored; shared by `npm run eval:dates` and tests/unit/dates/forms-corpus.test.ts.
//
// A positive row is right when the mention that overlaps its phrase most has the row's value and grain (and its mod
// when the row gives one): the span may differ (a proclitic, منذ or خلال outside or in). A negative row (notIn) is
// right when no mention overlaps its phrase.
import { readFileSync } from 'node:fs';

export const FORMS_PATH = new URL('../fixtures/dates/forms.jsonl', import.meta.url);

export function loadForms(path = FORMS_PATH) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** Scores one row with the engine's readDates; `got` describes what was found when it is wrong. */
export function scoreRow(row, readDates) {
  const { mentions } = readDates(row.text, { refDate: row.ref });
  const phrase = row.mention ?? row.notIn;
  const start = row.text.indexOf(phrase);
  if (start < 0) throw new Error(`row phrase "${phrase}" is not in its text`);
  const end = start + phrase.length;
  const overlap = (m) => Math.min(m.end, end) - Math.max(m.start, start);
  const overlapping = mentions.filter((m) => overlap(m) > 0);
  const describe = (m) => `"${m.text}" ${m.value}${m.grain ? ` ${m.grain}` : ''}${m.mod ? ` ${m.mod}` : ''}`;
  if (row.notIn !== undefined) return { right: overlapping.length === 0, got: overlapping.map(describe).join('; ') };
  const best = overlapping.reduce((a, m) => (!a || overlap(m) > overlap(a) ? m : a), null);
  const right =
    !!best && best.value === row.value && best.grain === row.grain && (row.mod === undefined || best.mod === row.mod);
  return { right, got: best ? describe(best) : 'no mention' };
}

/** Right and total per key (form, region…) of the scored rows. */
export function tally(scored, key) {
  const table = new Map();
  for (const { row, right } of scored) {
    const k = key(row);
    const t = table.get(k) ?? { right: 0, total: 0 };
    t.total++;
    if (right) t.right++;
    table.set(k, t);
  }
  return new Map([...table].sort(([a], [b]) => a.localeCompare(b)));
}
