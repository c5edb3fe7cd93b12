#!/usr/bin/env node
// @ts-check
// npm run eval:dates: scores the date engine on Duckling's Arabic time corpus (fixtures/dates/duckling_ar_time.tsv)
// at Duckling's reference time, listing every miss, then on the forms corpus (fixtures/dates/forms.jsonl) per form
// and per region, its tuned two thirds beside its held-out third. It imports the built engine (dist/): `npm run
// eval:dates` builds first. Options: --no-build; --misses lists the tuned rows read wrong; --held-out-misses the
// held-out ones (for reporting what is not read; never for tuning).
//
// "Exactly right" compares values at Duckling's grain, after putting both sides in the same form:
// - Duckling's intervals are [start, end): their end becomes inclusive by stepping back one unit of the grain.
//   Ours are inclusive at the precision each end is written in; an end written coarser than Duckling's grain
//   stands for its last unit at that grain (2013-02-25 is 2013-02-25T23:59:59 at second grain), a start for its first.
// - A Duckling instant at week grain is the seven days from its start (our weeks are written as day intervals).
// - A value with a zone (Z, +03:00) is moved to Duckling's UTC-2 wall clock; one without is wall-clock time already.
// - Our mod "until" with value v is the interval [reference, v); early/mid/late of a month are days 1-10, 11-20
//   and 21-end (of a year: January-April, May-August, September-December).
// An instant we give coarser than Duckling's grain (2013-02 where Duckling says 2013-02-01 at day grain) is a miss.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = scriptArgs(
  `Usage: npm run eval:dates [-- OPTIONS]   (or node scripts/eval-dates.mjs [OPTIONS])
Scores the date engine on Duckling's Arabic time corpus and on the forms corpus (see the file's header).
  --no-build          do not build first
  --misses            list the tuned rows read wrong
  --held-out-misses   list the held-out rows read wrong (for reporting; never for tuning)`,
  {
    'no-build': { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
    'held-out-misses': { type: 'boolean', default: false },
  },
);
if (!args['no-build']) execSync('npm run --silent build', { cwd: ROOT, stdio: 'inherit' });
const { findDateMentions, readDates } = await import('arnews');
const { loadForms, scoreRow, tally } = await import('./date-forms.mjs');

const REF = '2013-02-12T04:30';
/** @type {import('arnews').DateOptions} */
const OPTIONS = { refDate: REF, weekStart: 'monday', prefer: 'future' };
const DUCKLING_OFFSET_MINUTES = -120;

const GRAINS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
const rank = (grain) => GRAINS.indexOf(grain);

/** Wall-clock instant as a Date in UTC fields, plus the precision the text was written in. */
function parseEnd(text) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:\d{2})?$/.exec(text);
  if (!m) throw new Error(`unparsable value "${text}"`);
  const [, y, mo, d, h, mi, s, zone] = m;
  const date = new Date(Date.UTC(+y, mo ? +mo - 1 : 0, d ? +d : 1, h ? +h : 0, mi ? +mi : 0, s ? +s : 0));
  if (zone) {
    const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(4, 6));
    date.setUTCMinutes(date.getUTCMinutes() - offset + DUCKLING_OFFSET_MINUTES);
  }
  const precision = s ? 'second' : h ? 'minute' : d ? 'day' : mo ? 'month' : 'year';
  return { date, precision };
}

function step(date, grain, n) {
  const d = new Date(date);
  if (grain === 'year') d.setUTCFullYear(d.getUTCFullYear() + n);
  else if (grain === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else
    d.setTime(
      d.getTime() + n * { week: 604_800_000, day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000 }[grain],
    );
  return d;
}

/** The unit of `grain` holding `date`, as text: 2013-02-12T15 at hour grain. */
function at(date, grain) {
  const iso = date.toISOString();
  return iso.slice(0, { year: 4, month: 7, day: 10, hour: 13, minute: 16, second: 19 }[grain]);
}

/** The last unit of `grain` inside the unit of `precision` that starts at `date`. */
function lastUnit(date, precision, grain) {
  return step(step(date, precision === 'minute' ? 'minute' : precision, 1), grain, -1);
}

/** Duckling's expectation as [start, inclusive end] texts at `grain` (end null for an instant). */
function expected(row) {
  const wall = (text) => parseEnd(text.slice(0, 19)).date; // Duckling states local time at -02:00
  if (row.kind === 'instant' && row.grain !== 'week')
    return { grain: row.grain, start: at(wall(row.start), row.grain), end: null };
  const grain = row.grain === 'week' ? 'day' : row.grain;
  const start = wall(row.start);
  const end = row.kind === 'instant' ? step(start, 'week', 1) : wall(row.end_exclusive);
  return { grain, start: at(start, grain), end: at(step(end, grain, -1), grain) };
}

/** Our mention's value in the same form, or a reason it cannot be put there. */
function ours(mention, grain) {
  if (!mention?.value) return { error: mention ? 'value null' : 'no mention' };
  const [a, b] = mention.value.split('/');
  const first = parseEnd(a);
  if (mention.mod === 'until' && !b) {
    return { start: at(parseEnd(REF).date, grain), end: at(step(first.date, grain, -1), grain) };
  }
  if (
    !b &&
    ['early', 'mid', 'late'].includes(mention.mod ?? '') &&
    (first.precision === 'month' || first.precision === 'year')
  ) {
    const unit = first.precision === 'month' ? 'day' : 'month';
    const [from, to] =
      first.precision === 'month'
        ? { early: [0, 9], mid: [10, 19], late: [20, null] }[mention.mod]
        : { early: [0, 3], mid: [4, 7], late: [8, 11] }[mention.mod];
    const end = to === null ? lastUnit(first.date, first.precision, unit) : step(first.date, unit, to);
    return {
      start: at(step(first.date, unit, from), grain),
      end: at(rank(grain) > rank(unit) ? lastUnit(end, unit, grain) : end, grain),
    };
  }
  if (!b) {
    if (rank(first.precision) < rank(grain)) return { error: `${mention.value} is coarser than ${grain}` };
    return { start: at(first.date, grain), end: null };
  }
  const last = parseEnd(b);
  const end = rank(last.precision) < rank(grain) ? lastUnit(last.date, last.precision, grain) : last.date;
  return { start: at(first.date, grain), end: at(end, grain) };
}

const lines = readFileSync(new URL('../fixtures/dates/duckling_ar_time.tsv', import.meta.url), 'utf8').split('\n');
const header = (lines.find((l) => l.startsWith('phrase\t')) ?? '').split('\t');
const rows = lines
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('phrase\t'))
  .map((l) => Object.fromEntries(l.split('\t').map((v, i) => [header[i], v])));

const perGrain = new Map();
const misses = [];
for (const row of rows) {
  const mentions = findDateMentions(row.phrase, OPTIONS);
  const mention = mentions.reduce(
    (/** @type {(typeof mentions)[number] | null} */ best, m) =>
      !best || m.end - m.start > best.end - best.start ? m : best,
    null,
  );
  const want = expected(row);
  const got = ours(mention, want.grain);
  const right = !got.error && got.start === want.start && got.end === want.end;
  const tally = perGrain.get(row.grain) ?? { right: 0, total: 0 };
  tally.total++;
  if (right) tally.right++;
  else misses.push({ row, want, got, mention });
  perGrain.set(row.grain, tally);
}

const pct = (r, t) => `${((100 * r) / t).toFixed(1)}%`;
console.log(
  `Duckling Arabic time corpus, ${rows.length} phrases, reference ${REF} (week starts monday, prefer future)\n`,
);
console.log('grain    right / total  share');
for (const grain of GRAINS) {
  const tally = perGrain.get(grain);
  if (tally)
    console.log(
      `${grain.padEnd(8)} ${String(tally.right).padStart(5)} / ${String(tally.total).padEnd(5)}  ${pct(tally.right, tally.total)}`,
    );
}
const right = rows.length - misses.length;
console.log(
  `${'overall'.padEnd(8)} ${String(right).padStart(5)} / ${String(rows.length).padEnd(5)}  ${pct(right, rows.length)}\n`,
);
console.log(misses.length ? `Misses (${misses.length}):` : 'No misses.');
for (const { row, want, got, mention } of misses) {
  const expectedText = want.end ? `${want.start}/${want.end}` : want.start;
  const gotText = got.error ?? (got.end ? `${got.start}/${got.end}` : got.start);
  console.log(
    `- ${row.phrase}\n    expected ${expectedText} (${row.grain})   got ${gotText}   [${mention ? `"${mention.text}" ${mention.kind} ${mention.value}${mention.mod ? ` ${mention.mod}` : ''}` : 'none'}]`,
  );
}

// The forms corpus: per form and per region, tuned beside held out.
const scored = loadForms().map((row) => ({ row, ...scoreRow(row, readDates) }));
const splits = ['tune', 'held-out'];
const cell = (t) =>
  t ? `${`${t.right}/${t.total}`.padStart(7)} ${pct(t.right, t.total).padStart(6)}` : ''.padStart(14);
function table(title, key) {
  const bySplit = Object.fromEntries(
    splits.map((split) => [
      split,
      tally(
        scored.filter((s) => s.row.split === split),
        key,
      ),
    ]),
  );
  const keys = [...new Set(splits.flatMap((split) => [...bySplit[split].keys()]))].sort();
  console.log(`\n${title.padEnd(36)} ${'tuned'.padStart(14)} ${'held out'.padStart(14)}`);
  for (const k of keys) console.log(`${k.padEnd(36)} ${cell(bySplit.tune.get(k))} ${cell(bySplit['held-out'].get(k))}`);
  const all = (split) =>
    [...bySplit[split].values()].reduce((a, t) => ({ right: a.right + t.right, total: a.total + t.total }), {
      right: 0,
      total: 0,
    });
  console.log(`${'all'.padEnd(36)} ${cell(all('tune'))} ${cell(all('held-out'))}`);
}
console.log(
  `\nForms corpus (fixtures/dates/forms.jsonl): ${scored.length} phrases, ${scored.filter((s) => s.row.split === 'tune').length} tuned on, ${scored.filter((s) => s.row.split === 'held-out').length} held out`,
);
table('form', (row) => row.form);
table('region', (row) => row.region);
for (const [flag, split] of [
  ['misses', 'tune'],
  ['held-out-misses', 'held-out'],
]) {
  if (!args[flag]) continue;
  console.log(`\nMisses (${split}):`);
  for (const { row, right, got } of scored) {
    if (row.split !== split || right) continue;
    console.log(
      `- [${row.form}] ${row.mention ?? `not "${row.notIn}"`} (ref ${row.ref}): want ${row.value ?? 'no mention'} ${row.grain ?? ''} ${row.mod ?? ''}, got ${got}\n    ${row.text}\n    ${row.source}`,
    );
  }
}
