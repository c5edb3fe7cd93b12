/**
 * The tense of the sentence around a mention, for the mentions that need one (a bare weekday, a month with no
 * year, "الساعة 3"): the nearest cue wins — a past verb of news reporting (قال، استضافت، بحث), أمس, الماضي, منذ
 * for the past; سوف, a verb with the future prefix سـ (سيعقد، ستبدأ), المقبل, غدا, من المقرر for the future.
 */
import { NOT_FUTURE_VERBS } from './lexicon.js';
import type { TokenList } from './tokens.js';

export type Tense = 'past' | 'future';

/** How far (in tokens) a cue may stand from the mention, within its sentence. */
const REACH = 16;

/** A verb with the future prefix: سيعقد، ستبدأ، سنعمل (after an optional و or ف). */
const FUTURE_VERB = /^[وف]?س[يتنا][\u0621-\u064a]{3,}$/u;

function cueOf(t: TokenList, i: number): Tense | null {
  const entries = t.entriesAt(i);
  const tense = entries.find((e) => e.lexeme.kind === 'tense')?.lexeme;
  if (tense?.kind === 'tense') return tense.tense;
  if (t.kind(i) !== 'word' || entries.length > 0) return null;
  const word = t.text(i);
  if (!FUTURE_VERB.test(word)) return null;
  const verb = word.replace(/^[وف]/u, '');
  return NOT_FUTURE_VERBS.test(verb) ? null : 'future';
}

/** The tense cue nearest to tokens [from, to), looking no further than the sentence; null when there is none. */
export function tenseAround(t: TokenList, from: number, to: number): Tense | null {
  const before = nearestCue(t, from - 1, -1, (k) => t.startsSentence(k + 1));
  const after = nearestCue(t, to, 1, (k) => t.startsSentence(k));
  if (!before) return after?.tense ?? null;
  if (!after) return before.tense;
  return after.distance < before.distance ? after.tense : before.tense;
}

/** Walks from `start` in `step` direction until a sentence boundary or REACH tokens, returning the first cue. */
function nearestCue(t: TokenList, start: number, step: 1 | -1, crossesSentence: (k: number) => boolean): { tense: Tense; distance: number } | null {
  for (let k = start, distance = 1; k >= 0 && k < t.length && distance <= REACH; k += step, distance++) {
    if (crossesSentence(k)) return null;
    const tense = cueOf(t, k);
    if (tense) return { tense, distance };
  }
  return null;
}
