/**
 * parseDateLine turns a line away before the grammar when its tokens leave more words outside any possible mention
 * than a date line allows (mayBeDateLine). The screen must never turn away a line the full reading accepts: here
 * both readings are compared on lines made of date-line pieces, sentence words, labels and zone names, and on the
 * lines of the text fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeDateLine, readDateLine } from '../../../src/dates/dateline.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, LEXICON, WEEKDAYS, type LexemeKind } from '../../../src/dates/lexicon.js';
import { tokenize } from '../../../src/dates/tokens.js';
import { normalizeWithOffsets } from '../../../src/text/normalize.js';
import { FIXTURES } from '../../helpers/fixtures.js';

/** The lexicon's words of these kinds (in its matching form, which the engine reads as it is). */
const wordsOf = (kinds: readonly LexemeKind[]): string[] =>
  [...LEXICON].filter(([, lexemes]) => lexemes.some((l) => kinds.includes(l.kind))).map(([word]) => word);

/** The words a date line is made of besides its mentions, and the words around a mention that are in none. */
const LINE_WORDS = wordsOf(['dateLine', 'zone', 'era', 'dayPart', 'weekday']);
const NEIGHBOUR_WORDS = wordsOf(['context', 'countNoun', 'mediaName', 'nameHead', 'tense', 'complementizer']);
const MONTHS = [...Object.values(GREGORIAN_MONTHS).flat(2), ...HIJRI_MONTHS.flat()];
const NUMBERS = ['03', '9', '24', '2020', '1441', '٢٢', '٢٠١٦', '09:23', '10:12:35', '12/04/2020', '4-02-2025', '6816'];
const GLUE = ['و', 'أو', 'الـ', 'T', 'Z', 'ال'];
const PUNCTUATION = ['،', ',', '-', '|', '/', ':', '(', ')', '+', '.'];
/** Words of sentences and of labels (sections, places), none of them a date word. */
const WORDS = ['وقع', 'الهجوم', 'على', 'الحدود', 'أمن', 'القاهرة', 'كتبت', 'أسماء', 'نصار', 'الوزراء', 'لبحث'];
const ZONE_NAMES = ['تونس', 'العاصمة', 'مكة', 'المكرمة', 'بيروت', 'القدس الشريف'];
const PIECES = [
  ...LINE_WORDS,
  ...NEIGHBOUR_WORDS,
  ...MONTHS,
  ...WEEKDAYS.flat(),
  ...NUMBERS,
  ...GLUE,
  ...PUNCTUATION,
  ...WORDS,
  ...ZONE_NAMES,
  'بتوقيت',
  'الساعة',
  'الموافق',
  'عيد الفطر',
];

/** Mentions of every form the grammar reads (the tune split of the forms corpus, and the corpus sentences'). */
const MENTIONS = [
  ...readFileSync(join(FIXTURES, 'dates', 'forms.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { mention: string; split: string })
    .filter((row) => row.split === 'tune')
    .map((row) => row.mention),
  ...(
    JSON.parse(readFileSync(join(FIXTURES, 'dates', 'corpus-sentences.json'), 'utf8')) as {
      sentences: { mentions?: { text: string }[] }[];
    }
  ).sentences.flatMap((s) => (s.mentions ?? []).map((m) => m.text)),
  // Words the grammar takes without an entry: و between two days, the ال of الـ19, the T of an ISO date-time.
  'يومي 22 و 23 فيفري 2017',
  'بين عامي 2015 و 2018',
  'القرن الـ19',
  '2017-04-29T07:41:00+01:00',
];

const some = (pieces: readonly string[], maxLength: number) => fc.array(fc.constantFrom(...pieces), { maxLength });

/**
 * A date line with 0-3 label words before it, 0-4 zone words after بتوقيت and 0-2 words slipped in anywhere: the
 * edges of the allowances, where the screen and the full reading must agree.
 */
const dateLine = fc
  .record({
    labels: some(WORDS, 3),
    date: fc.constantFrom(
      'الجمعة 03 أوت 2012 الساعة 10:12:35',
      'الإثنين، 24 أغسطس 2020 09:23 ص',
      'تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً',
      '11 شوال 1441هـ - 03 يونيو 2020م',
      'الثلاثاء ٢٢ نوفمبر ٢٠١٦ - ٠٤:١٩',
      '2026-01-08 | 12:42',
    ),
    mention: fc.option(fc.constantFrom(...MENTIONS), { nil: null }),
    zone: fc.option(some(ZONE_NAMES, 4), { nil: null }),
    extra: some([...WORDS, ...NEIGHBOUR_WORDS, ...GLUE, ...LINE_WORDS], 2),
    at: fc.nat(),
    separator: fc.constantFrom(' ', ': ', '، ', ' | '),
  })
  .map(({ labels, date, mention, zone, extra, at, separator }) => {
    const words = [...(labels.length ? [labels.join(' ') + separator.trimEnd()] : []), date];
    if (mention) words.push('|', mention);
    if (zone) words.push('بتوقيت', ...zone);
    const parts = words.join(' ').split(' ');
    parts.splice(at % (parts.length + 1), 0, ...extra);
    return parts.join(' ');
  });

const RUNS = 3000;

describe('the date-line screen (mayBeDateLine)', () => {
  it('turns away no line that the full reading accepts', () => {
    let accepted = 0;
    let screened = 0;
    const same = (line: string) => {
      const full = readDateLine(line, false);
      expect(readDateLine(line)).toBe(full);
      if (full !== null) accepted++;
      if (!mayBeDateLine(tokenize(normalizeWithOffsets(line.trim())))) screened++;
    };
    fc.assert(fc.property(dateLine, same), { numRuns: RUNS });
    fc.assert(
      fc.property(some(PIECES, 16), (parts) => same(parts.join(' '))),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(some(PIECES, 24), (parts) => same(parts.join(''))),
      { numRuns: RUNS / 3 },
    );
    // Every word and phrase of the lexicon beside numbers and sentence words: each kind of word meets the screen.
    fc.assert(
      fc.property(some([...LEXICON.keys(), ...NUMBERS, ...WORDS, ...PUNCTUATION], 14), (parts) =>
        same(parts.join(' ')),
      ),
      { numRuns: RUNS },
    );
    // The generators are worth their name only if they make both date lines and lines the screen turns away.
    expect(accepted).toBeGreaterThan(RUNS / 10);
    expect(screened).toBeGreaterThan(RUNS / 10);
  });

  it('keeps a date line with all the words it allows (two labels, three of a zone) and a mention of any form', () => {
    let accepted = 0;
    for (const mention of MENTIONS) {
      for (const line of [
        `أمن القاهرة: الجمعة 03 أوت 2012 | ${mention}`,
        `أمن القاهرة: الجمعة 03 أوت 2012 الساعة 10:12 بتوقيت تونس العاصمة مكة | ${mention}`,
      ]) {
        const full = readDateLine(line, false);
        expect(readDateLine(line), line).toBe(full);
        if (full !== null) accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(MENTIONS.length / 2);
  });

  it('reads every line of the text fixtures as the full reading does', () => {
    const lines: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.txt')) lines.push(...readFileSync(path, 'utf8').split('\n'));
      }
    };
    walk(join(FIXTURES, 'golden'));
    walk(join(FIXTURES, 'corpus-text'));
    const sentences = JSON.parse(readFileSync(join(FIXTURES, 'dates', 'corpus-sentences.json'), 'utf8')) as {
      sentences: { text: string }[];
    };
    lines.push(...sentences.sentences.map((s) => s.text));
    const withDigits = lines.filter((line) => /[0-9\u0660-\u0669\u06f0-\u06f9]/.test(line));
    let accepted = 0;
    for (const line of withDigits) {
      const full = readDateLine(line, false);
      expect(readDateLine(line), line).toBe(full);
      if (full !== null) accepted++;
    }
    expect(accepted).toBeGreaterThan(50);
  });

  it('turns away a sentence with a date in it, and keeps a date line with its label and zone', () => {
    const screen = (line: string) => mayBeDateLine(tokenize(normalizeWithOffsets(line)));
    expect(screen('وقع الهجوم في 7 أكتوبر 2023 على الحدود')).toBe(false);
    expect(screen('كتبت أسماء نصار الإثنين، 24 أغسطس 2020')).toBe(false);
    expect(screen('القاهرة: الأربعاء، 07 أكتوبر 2020 12:19 م')).toBe(true);
    // بتوقيت lets ZONE_NAME_WORDS words of a place after it.
    expect(screen('الجمعة 03 أوت 2012 الساعة 10:12:35 بتوقيت تونس العاصمة')).toBe(true);
  });
});
