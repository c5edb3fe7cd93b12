/**
 * The tense of the clause around a mention, for the mentions that need one (a bare weekday, a month with no
 * year, "الساعة 3"). The clause ends at a sentence end, and after the mention at a complementizer (قال الوزير
 * الأربعاء إنه سيزور…: the visit is not what happened on Wednesday); before the mention a complementizer does not
 * stop the look, as what governs it tells its tense (من المرجح أن يكون في سبتمبر).
 *
 * The nearest cue of the first tier that has one wins: (1) a listed verb — a past verb of news (قال، استضافت،
 * اعتمد), a present verb of scheduled events (يبدأ، يلتقي), سوف; (2) a verb with the future prefix سـ (سيعقد،
 * ستبدأ), second since the prefix also starts many names (سيرغي، سيرجيو); (3) an adverb or adjective:
 * أمس، الماضي، منذ for the past, غدا، المقبل، من المقرر for the future. Words of other mentions are no cues.
 */
import { NOT_FUTURE_VERBS } from './lexicon.js';
import type { TokenList } from './tokens.js';

export type Tense = 'past' | 'future';

/** How far (in tokens) a cue may stand from the mention, within its clause. */
const REACH = 16;

/** A verb with the future prefix: سيعقد، ستبدأ، سنعمل (after an optional و or ف); not سأ, which starts too many names. */
const FUTURE_VERB = /^[وف]?س[يتن][\u0621-\u064a]{3,}$/u;

type Cue = (i: number) => Tense | null;

/** The tense cue nearest to tokens [from, to) within their clause, by tiers; null when there is none. */
export function tenseAround(t: TokenList, from: number, to: number, inMention: (i: number) => boolean): Tense | null {
  const listed =
    (verb: boolean): Cue =>
    (i) => {
      const lexeme = t.entriesAt(i).find((e) => e.lexeme.kind === 'tense' && e.lexeme.verb === verb)?.lexeme;
      return lexeme?.kind === 'tense' ? lexeme.tense : null;
    };
  const futureVerb: Cue = (i) => {
    if (t.kind(i) !== 'word' || t.entriesAt(i).length > 0) return null;
    const word = t.text(i);
    return FUTURE_VERB.test(word) && !NOT_FUTURE_VERBS.test(word.replace(/^[وف]/u, '')) ? 'future' : null;
  };
  return (
    nearest(t, from, to, listed(true), inMention) ??
    nearest(t, from, to, futureVerb, inMention) ??
    nearest(t, from, to, listed(false), inMention)
  );
}

function nearest(t: TokenList, from: number, to: number, cue: Cue, inMention: (i: number) => boolean): Tense | null {
  const before = walk(t, from - 1, -1, cue, inMention, (k) => t.startsSentence(k + 1));
  const after = walk(t, to, 1, cue, inMention, (k) => t.startsSentence(k) || t.knows(k, 'complementizer'));
  if (!before) return after?.tense ?? null;
  if (!after) return before.tense;
  return after.distance < before.distance ? after.tense : before.tense;
}

/** Walks from `start` by `step` to the clause's edge or REACH tokens, returning the first cue and its distance. */
function walk(
  t: TokenList,
  start: number,
  step: 1 | -1,
  cue: Cue,
  inMention: (i: number) => boolean,
  endsClause: (k: number) => boolean,
): { tense: Tense; distance: number } | null {
  for (let k = start, distance = 1; k >= 0 && k < t.length && distance <= REACH; k += step, distance++) {
    if (endsClause(k)) return null;
    if (inMention(k)) continue;
    const tense = cue(k);
    if (tense) return { tense, distance };
  }
  return null;
}
