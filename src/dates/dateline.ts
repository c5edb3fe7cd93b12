/**
 * Publication date lines: "الإثنين، 24 أغسطس 2020 09:23 ص" → "2020-08-24T09:23". A line is a date line when, besides
 * its date and time mentions, it holds only punctuation, the words such lines are made of (تم نشره، آخر تحديث،
 * التاريخ، بتوقيت غرينتش، العدد…) with their numbers, and at most two leading words of a label (a section like
 * "أمن", a place like "القاهرة:"). A sentence that merely contains a date is not one.
 *
 * The value is the line's first full date (Gregorian when a Hijri one stands beside it) with the first time of
 * the line, past the publication's label when the line gives its last update first; a zone the line names is
 * kept (…T04:19Z, …T16:25+03:00 for مكة المكرمة). Numeric dates read D/M/Y.
 * A line in ISO 8601 or RFC 2822 form, as date metadata and feeds write it, is read as iso.ts reads it
 * ("Fri, 09 Mar 2018 09:48:57 +0400" is "2018-03-09T09:48:57+04:00"; "2015-13-45" is none).
 */
import { anyOfMatchingForms, normalizeArabic, normalizeWithOffsets, type NormalizedText } from '../text/normalize.js';
import { wordCount } from '../text/words.js';
import { analyseTokens, toMention, type Analysis } from './analyse.js';
import { readIsoForms } from './iso.js';
import { PUBLICATION_LABEL_WORDS, UPDATE_LABEL_WORDS, type LexemeKind } from './lexicon.js';
import { DEFAULT_WEEK_START, WEEK_STARTS } from './options.js';
import { tokenize, type TokenList } from './tokens.js';

const LABEL_WORDS = 2;
/**
 * A zone the lexicon does not know, named after بتوقيت ("بتوقيت تونس العاصمة"), has at most this many words:
 * they belong to the date line, though no offset is read from them.
 */
const ZONE_NAME_WORDS = 3;
/** Words a date line may hold outside its mentions. */
const LINE_WORD_KINDS: readonly LexemeKind[] = ['dateLine', 'zone', 'era', 'dayPart', 'weekday'];
const SETTINGS = { reference: null, weekStart: WEEK_STARTS[DEFAULT_WEEK_START], prefer: null };
/** The lengths of an ISO day, "2024-03-12", and of its date-time to the minute, "2024-03-12T10:30". */
const ISO_DAY = 10;
const ISO_MINUTE = 16;
/**
 * The longest word the grammar takes into a mention without a lexicon entry: و between two items (يومي 22 و 23
 * فيفري), the ال of "القرن الـ19", the T and Z of an ISO date-time. A longer word without one is in no mention.
 */
const GLUE_WORD_LETTERS = 2;
/**
 * Words the grammar looks at only beside a mention (a name's head before a date, a count noun after a number, the
 * tense of a sentence), never takes into one: قال، مدينة، أن.
 */
const IN_NO_MENTION: ReadonlySet<LexemeKind> = new Set([
  'context',
  'countNoun',
  'mediaName',
  'nameHead',
  'tense',
  'complementizer',
]);

const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

/**
 * A label word of a date line on the matching form, as a whole word ("نشر:" and "نشر في", not "منشور"), or in
 * brackets ("(محدثة GMT …)").
 */
const labelWord = (words: readonly string[]): RegExp =>
  new RegExp(`(?<=^|[\\s|/،,:(-])${anyOfMatchingForms(words)}(?=$|[\\s|/،,:：)])`, 'u');
const PUBLICATION_LABEL = labelWord(PUBLICATION_LABEL_WORDS);
const UPDATE_LABEL = labelWord(UPDATE_LABEL_WORDS);

/**
 * Lines already read on the page being extracted: choosing a cleaner's version, the cleaners and the
 * bylines ask about the same top lines. Forgotten on each page (forgetDateLines), and when it grows past
 * ANSWERS_MAX, so that it stays small for a caller that never says a page has changed.
 */
const answers = new Map<string, string | null>();
const ANSWERS_MAX = 4096;
/** The lines read (trimmed) that are stamps naming a time but no day (isTimeStamp), kept and forgotten with the answers. */
const timeStamps = new Set<string>();
/** A relative mention this fine dates a page's stamp ("منذ 3 ساعات"); a coarser one ("منذ 3 أيام") may be text. */
const STAMP_GRAINS: ReadonlySet<string> = new Set(['second', 'minute', 'hour']);

export function parseDateLine(line: string): string | null {
  // A publication date names its year in digits: a line without any is no date line. Most lines of a
  // page (menus, headlines) are turned away here, before the memo (a lookup keyed by the whole line)
  // and before the machine forms (which need digits too) and the full analysis.
  if (!DIGIT.test(line)) return null;
  let iso = answers.get(line);
  if (iso === undefined) {
    if (answers.size >= ANSWERS_MAX) forgetDateLines();
    answers.set(line, (iso = readDateLine(line)));
  }
  return iso;
}

/** A new page: what was read on the last one is forgotten (no page is read faster for another). */
export function forgetDateLines(): void {
  answers.clear();
  timeStamps.clear();
}

/**
 * Whether the line is a page's stamp that names a time but no day: a date line's words and a clock time after a
 * publication or update label ("آخر تحديث: 12:30 م", "نشر في: 09:15 ص"), or how many minutes or hours ago ("نشر
 * منذ 5 دقائق", "قبل 20 دقيقة"). No date line, it dates nothing, but it is no headline nor text either. A clock
 * time alone ("12:30 م", "الساعة 18:00") may be a line of a schedule the text gives, and is none.
 */
export function isTimeStamp(line: string): boolean {
  return parseDateLine(line) === null && timeStamps.has(line.trim());
}

/**
 * A line with a digit (see parseDateLine) as a date line, or null. `screened`: a line whose words cannot all be
 * allowed (mayBeDateLine) is turned away before the grammar runs; false for the test that both read the same.
 */
export function readDateLine(line: string, screened = true): string | null {
  const trimmed = line.trim();
  const machine = readIsoForms(trimmed);
  if (machine) return 'iso' in machine ? machine.iso : null;
  const normalized = normalizeWithOffsets(trimmed);
  const tokens = tokenize(normalized);
  if (screened && !mayBeDateLine(tokens)) return null;
  const analysis = analyseTokens(trimmed, normalized, tokens);
  const labels = dateLineLabels(analysis);
  if (labels === null) return null;
  const from = publicationFrom(normalized);
  const mentions = mentionsOf(analysis);
  const iso = dateTimeOf(mentions.filter((m) => m.start >= from));
  if (iso === null && labels === 0 && namesTimeAlone(mentions, normalized)) timeStamps.add(trimmed);
  return iso;
}

/** The mentions of a line with no day in them are a time after a publication or update label, or a recent past. */
function namesTimeAlone(mentions: Mention[], line: NormalizedText): boolean {
  const recent = (m: Mention): boolean => m.kind === 'relative' && STAMP_GRAINS.has(m.grain ?? '');
  if (mentions.every(recent)) return true;
  return (
    mentions.every((m) => m.kind === 'time' || recent(m)) &&
    (UPDATE_LABEL.test(line.text) || PUBLICATION_LABEL.test(line.text))
  );
}

type Mention = ReturnType<typeof toMention>;

const mentionsOf = (analysis: Analysis): Mention[] => analysis.candidates.map((c) => toMention(analysis, c, SETTINGS));

/** A day's first full date among a date line's mentions, with the first time after it: ISO, or null. */
function dateTimeOf(mentions: Mention[]): string | null {
  const date = mentions.find(isFullDate);
  if (!date?.value) return null;
  if (date.kind === 'datetime') return date.value;
  return withTime(date.value, mentions);
}

/**
 * A full Gregorian date. A Solar Hijri date is a mention but not a publication date line: the pages that write them
 * are Persian, and the segmenter, tuned on Arabic pages, then takes a headline after such a line for a caption
 * (khabaronline).
 */
const isFullDate = (m: Mention): boolean =>
  (m.kind === 'date' || m.kind === 'datetime') &&
  m.calendar !== 'solar-hijri' &&
  m.value !== null &&
  /^\d{4}-\d{2}-\d{2}/.test(m.value) &&
  !m.value.includes('/');

/** A time of the line on `day` (ISO): "T16:25" when no day was found for it, else the whole date-time; or the day alone. */
function withTime(day: string, mentions: Mention[]): string {
  const time = mentions.find((m) => m.kind === 'time' && (m.value?.startsWith('T') || m.value?.startsWith(`${day}T`)));
  if (!time?.value) return day;
  return time.value.startsWith('T') ? `${day}${time.value}` : time.value;
}

/**
 * Whether a date line dates an update alone: it opens with the update's label ("آخر تحديث: 13 مارس 2024") and names
 * no publication after it. A line that dates the publication and then its update ("12 مارس 2024، آخر تحديث 14:00")
 * is none.
 */
export function isUpdateLine(line: string): boolean {
  const normalized = normalizeWithOffsets(line.trim());
  const label = UPDATE_LABEL.exec(normalized.text);
  return (
    label !== null &&
    !DIGIT.test(normalized.text.slice(0, label.index)) &&
    !PUBLICATION_LABEL.test(normalized.text.slice(label.index))
  );
}

/** An update's label alone on its line is a few words at most ("آخر تحديث:", "تم التحديث"). */
const UPDATE_LABEL_LINE_MAX_WORDS = 3;

/**
 * Whether a line is an update's label alone, with no date: the date line under it dates the update ("آخر تحديث" over
 * "13 نوفمبر 2024 - 10:30 ص").
 */
export function isUpdateLabelLine(line: string): boolean {
  const norm = normalizeArabic(line);
  return !DIGIT.test(norm) && wordCount(norm) <= UPDATE_LABEL_LINE_MAX_WORDS && isUpdateLine(line);
}

/**
 * When a date line (one that dated the publication `published`, ISO) says its article was last updated ("… |
 * آخر تحديث: 13 مارس 2024 - 08:15", "GMT 17:27 17.03.2020(محدثة GMT 17:49 17.03.2020)"): the update's date and
 * time, ISO, from the mentions after the update's label (up to a publication label after it); an update that names
 * a time alone ("آخر تحديث 14:00") is on the publication's day. Null when the line names no update, or one before
 * the publication (a misreading).
 */
export function readUpdateStamp(line: string, published: string): string | null {
  const trimmed = line.trim();
  const normalized = normalizeWithOffsets(trimmed);
  const label = UPDATE_LABEL.exec(normalized.text);
  if (!label) return null;
  const publication = PUBLICATION_LABEL.exec(normalized.text.slice(label.index));
  const [from, to] = [
    normalized.offsets[label.index]!,
    publication ? normalized.offsets[label.index + publication.index]! : Infinity,
  ];
  const analysis = analyseTokens(trimmed, normalized, tokenize(normalized));
  const mentions = mentionsOf(analysis).filter((m) => m.start >= from && m.start < to);
  const updated = dateTimeOf(mentions) ?? (published.length >= ISO_DAY ? timeOnDay(published, mentions) : null);
  return updated !== null && !isBefore(updated, published) ? updated : null;
}

/**
 * Whether ISO `a` is before ISO `b`, to the minute both name ("2018-05-26T08:06" before "2018-05-26T19:58";
 * "2024-03-12" not before "2024-03-12T10:30").
 */
export function isBefore(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length, ISO_MINUTE);
  return a.slice(0, length) < b.slice(0, length);
}

/** A time among `mentions` on `published`'s day, or null when they name none. */
function timeOnDay(published: string, mentions: Mention[]): string | null {
  const day = published.slice(0, ISO_DAY);
  const dated = withTime(day, mentions);
  return dated === day ? null : dated;
}

/**
 * Where the line's publication date starts: a line that gives its last update first ("آخر تحديث: … | نشر: …")
 * dates the publication after its label (an offset into the line); else at its start (0).
 */
function publicationFrom(line: NormalizedText): number {
  const update = UPDATE_LABEL.exec(line.text);
  if (!update) return 0;
  const publication = PUBLICATION_LABEL.exec(line.text.slice(update.index));
  return publication ? line.offsets[update.index + publication.index]! : 0;
}

/**
 * Whether the line may pass dateLineLabels, from its tokens alone: a sentence with a date in it has more words that
 * are in no mention than a date line allows outside its mentions (LABEL_WORDS, and ZONE_NAME_WORDS after each
 * بتوقيت). A word is in no mention when it has no lexicon entry but of IN_NO_MENTION kinds (so it is no date-line
 * word either), lies inside no phrase of another entry and is longer than GLUE_WORD_LETTERS. Counted from the
 * start, as dateLineLabels counts: a zone's words come after its بتوقيت. Most lines with a digit that are no date
 * line are turned away here, before the grammar.
 */
export function mayBeDateLine(tokens: TokenList): boolean {
  let allowed = LABEL_WORDS;
  let free = 0;
  // The end of the longest phrase the grammar may take that started so far: the words up to it may be in a mention.
  let phraseEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    for (const { kind, length, lexeme } of tokens.entriesAt(i)) {
      if (!IN_NO_MENTION.has(kind)) phraseEnd = Math.max(phraseEnd, i + length);
      if (lexeme.kind === 'marker' && lexeme.marker === 'zoneIntro') allowed += ZONE_NAME_WORDS;
    }
    const inNoMention = i >= phraseEnd && tokens.kind(i) === 'word' && tokens.width(i) > GLUE_WORD_LETTERS;
    if (inNoMention && ++free > allowed) return false;
  }
  return true;
}

/** Whether every token is in a mention, punctuation, a date-line word (and its number), or a leading label. */
/**
 * The number of label words a date line opens with (at most LABEL_WORDS), or null when the line is no date line.
 */
function dateLineLabels({ tokens, candidates, inMention }: Analysis): number | null {
  const first = candidates[0];
  if (!first) return null;
  let labels = 0;
  let previousAllowed = false;
  let zoneWords = 0;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kind(i);
    if (inMention(i)) previousAllowed = false;
    else if (kind !== 'punct') {
      const lineWord = LINE_WORD_KINDS.some((k) => tokens.knows(i, k));
      const zoneName = kind === 'word' && zoneWords > 0;
      if (zoneName) zoneWords--;
      // العدد : 6816، GMT+3: a number right after a date-line word belongs to it.
      const allowed =
        lineWord ||
        zoneName ||
        (kind === 'number' && previousAllowed) ||
        (i < first.from && kind === 'word' && ++labels <= LABEL_WORDS);
      if (!allowed) return null;
      previousAllowed = lineWord;
    }
    if (tokens.marker(i, 'zoneIntro')) zoneWords = ZONE_NAME_WORDS;
  }
  return labels;
}
