/**
 * The labelled byline set (fixtures/bylines/cases.json, built by scripts/build-byline-cases.mjs): every
 * case's page through `extract`, its first record's `author` against the expected one, on the matching
 * form (as the dev set's scorer compares them). Precision, recall and exact agreement are printed per
 * part of the set; the floors below are the figures reached, with a margin, so that a regression fails.
 * The rules are tuned on the dev part alone: the held-back part tells how they generalise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, normalizeArabic } from '../../../src/index.js';
import { FIXTURES } from '../../helpers/fixtures.js';

interface BylineCase {
  id: string;
  form: string;
  split: 'dev' | 'held-back';
  text: string;
  author: string | null;
}

const CASES: BylineCase[] = JSON.parse(readFileSync(join(FIXTURES, 'bylines/cases.json'), 'utf8')) as BylineCase[];

/**
 * The floors each part must reach: the figures measured less a margin (raised in round 21; wide enough for the
 * redraw a grown dev set makes, which took the dev part from .994 to .984 once). The first 252 cases before round
 * 8au's rules: dev .935 .855 .855, held back .971 .880 .874; after them: dev 1.000 .974 .982, held back
 * 1.000 .987 .989. With the second series (renderers' link forms, more labels and negatives; 378 cases),
 * measured before any rule for it: dev 1.000 .978 .984, held back 1.000 .982 .985. With the third series
 * (layouts around the byline: a deck, a caption, a meta list, an avatar, a lynx indent, the date first;
 * 444 cases), measured after round 8au's rules (none was made for it): dev 1.000 .986 .990, held back
 * 1.000 .984 .987. With the fourth series (names with a word that starts with و inside, pairs of nouns
 * joined by و; 468 cases), before its rule: dev 1.000 .936 .951, held back 1.000 .947 .956; after it:
 * dev 1.000 .991 .994, held back 1.000 .985 .987. Rebuilt after the f5 series joined the dev set (other articles
 * drawn): dev .996 .983 .984, held back 1.000 .992 .994; after the labelled byline's honorific and the spaced menu
 * line: dev 1.000 .987 .990; after an author card over a two-word headline: dev 1.000 .991 .994; after a name
 * with an honorific under one: dev 1.000 .996 .997.
 */
const FLOORS = {
  dev: { precision: 0.98, recall: 0.97, exact: 0.97 },
  'held-back': { precision: 0.98, recall: 0.97, exact: 0.97 },
};

/** A name on the matching form, word by word (punctuation and spacing aside). */
const key = (name: string | null): string | null =>
  name === null ? null : (normalizeArabic(name).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

function authorOf(text: string): string | null {
  try {
    return extract(text)[0]?.author ?? null;
  } catch {
    return null;
  }
}

function score(cases: BylineCase[]): { precision: number; recall: number; exact: number } {
  let found = 0;
  let right = 0;
  let expected = 0;
  let exact = 0;
  for (const c of cases) {
    const got = key(authorOf(c.text));
    const want = key(c.author);
    if (got !== null) found++;
    if (want !== null) expected++;
    if (got !== null && got === want) right++;
    if (got === want) exact++;
  }
  return { precision: found ? right / found : 1, recall: expected ? right / expected : 1, exact: exact / cases.length };
}

describe('the labelled byline set', () => {
  it('has at least 150 cases, each with a unique id, in both parts', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    expect(CASES.some((c) => c.split === 'held-back')).toBe(true);
  });

  for (const split of ['dev', 'held-back'] as const) {
    it(`reaches its floors on the ${split} part`, () => {
      const part = CASES.filter((c) => c.split === split);
      const fig = score(part);
      console.log(
        `bylines ${split} (${part.length} cases): precision ${fig.precision.toFixed(3)} recall ${fig.recall.toFixed(3)} exact ${fig.exact.toFixed(3)}`,
      );
      expect(fig.precision).toBeGreaterThanOrEqual(FLOORS[split].precision);
      expect(fig.recall).toBeGreaterThanOrEqual(FLOORS[split].recall);
      expect(fig.exact).toBeGreaterThanOrEqual(FLOORS[split].exact);
    });
  }
});
