/**
 * One pass over a text — normalise, tokenize, recognise — and the conversion of its candidates to mentions.
 * findDateMentions, parseDateLine and inferReferenceDate all start here.
 */
import type { DateMention, Warning } from '../record.js';
import { normalizeWithOffsets, toOriginalSpan, type NormalizedText } from '../text/normalize.js';
import type { Candidate } from './expr.js';
import { withTrails } from './grammar/rules.js';
import { recognise } from './recognise.js';
import { describe, type Reference } from './resolve.js';
import { tenseAround, type Tense } from './tense.js';
import { tokenize, type TokenList } from './tokens.js';

export interface Analysis {
  text: string;
  normalized: NormalizedText;
  tokens: TokenList;
  candidates: Candidate[];
  /** Whether token i lies in a mention (its words are no tense cue for another). */
  inMention: (i: number) => boolean;
}

export interface Settings {
  reference: Reference | null;
  /** 0 = Sunday … 6 = Saturday. */
  weekStart: number;
  prefer: Tense | null;
}

/** `explain`: each candidate carries the trail of the rules that built it. */
export function analyse(text: string, explain = false): Analysis {
  const normalized = normalizeWithOffsets(text);
  return analyseTokens(text, normalized, tokenize(normalized), explain);
}

/** analyse() from a text's tokens: parseDateLine looks at a line's tokens before it runs the grammar on them. */
export function analyseTokens(text: string, normalized: NormalizedText, tokens: TokenList, explain = false): Analysis {
  const candidates = explain ? withTrails(() => recognise(tokens)) : recognise(tokens);
  let covered: Uint8Array | undefined;
  const inMention = (i: number): boolean => {
    if (!covered) {
      covered = new Uint8Array(tokens.length);
      for (const c of candidates) covered.fill(1, c.from, c.to);
    }
    return covered[i] === 1;
  };
  return { text, normalized, tokens, candidates, inMention };
}

/** The tense cue of the candidate's sentence, if any. */
export function tenseOf(analysis: Analysis, candidate: Candidate): Tense | null {
  return tenseAround(analysis.tokens, candidate.from, candidate.to, analysis.inMention);
}

/** The mention of a candidate; doubts about its value (a weekday that disagrees with its date) go to `warnings`. */
export function toMention(
  analysis: Analysis,
  candidate: Candidate,
  settings: Settings,
  warnings?: Warning[],
): DateMention {
  const { start, end, written } = writtenSpan(analysis, candidate);
  let lean: -1 | 1 | undefined;
  const fields = describe(candidate.expr, {
    reference: settings.reference,
    weekStart: settings.weekStart,
    // Only weekdays, months without a year, holidays and bare hours ask: compute the tense then, once.
    lean: () => (lean ??= (tenseOf(analysis, candidate) ?? settings.prefer ?? 'past') === 'past' ? -1 : 1),
    warn: (warning) =>
      warnings?.push({ code: warning.code, message: `"${written}" (offset ${start}): ${warning.message}` }),
  });
  return { text: written, start, end, ...fields, mod: candidate.mod };
}

/** Where a candidate is written in the original text, and its words there (a mention's start, end and text). */
export function writtenSpan(
  { tokens, normalized, text }: Analysis,
  candidate: Candidate,
): { start: number; end: number; written: string } {
  const [start, end] = toOriginalSpan(normalized, tokens.stemStart(candidate.from), tokens.end(candidate.to - 1));
  return { start, end, written: text.slice(start, end) };
}
