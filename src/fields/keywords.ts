/**
 * Keywords from tag lines and tag lists. A tag line usually separates its tags (، , | # / • - » or wide
 * spaces: two or more, or a tab, as a renderer prints links side by side); when a crawler lost the
 * separators ("الاحتلال الإسرائيلي الضفة الغربية مجلس الأمن …") or even the spaces between linked tags ("الاحتلال الإسرائيليغزةطوفان الأقصى"), the line is cut into the
 * fewest pieces that are known phrases: phrases of the article's own text, and the multi-word tags and
 * collocations of the tag lexicon (tag-lexicon.json, learned from the corpus by
 * scripts/learn-tag-lexicon.mjs). What is known of neither stays one word a tag.
 */
import { readFileSync } from 'node:fs';
import { normalizeArabic, normalizeWithOffsets, toOriginalSpan } from '../text/normalize.js';
import { words } from '../text/words.js';
import { HASHTAG, hashtagSpaced } from '../text/hashtags.js';

/**
 * Separators of a tag list; a topic link's article count ("غزة (77) حماس (114)") separates tags too, and so does a
 * spaced guillemet as a breadcrumb prints it ("الأمن السيبراني » البنوك"; a quoted tag's own, "«داعش»", is not spaced).
 */
const SEPARATORS = /\s*(?:[،,|؛;/#\n•·]|\s{2,}|\t|\s[-–»›]\s|\s\(\s*\d+\s*\)(?:\s|$))\s*/u;
/** Buttons that trail tag lines ("المزيد المزيد") and the article count of a topic link ("كورونا (423)"). */
const TRAILING_BUTTONS = /(?:\s+(?:المزيد|more|\.\.\.|…)|\s*\(\s*\d+\s*\))+\s*$/u;
/** The longest tag, in words. */
const MAX_TAG_WORDS = 8;
/** The longest tag, in characters of the matching form (bounds the splitter's look-ahead). */
const MAX_TAG_CHARS = 80;
/**
 * What a piece costs the splitter: a known phrase, a known word (of the article or the lexicon), an
 * unknown word, an unknown part of a written word. Two known words cost more than the phrase they make;
 * an unknown piece costs more than any tiling by known ones (a written word that known words tile is
 * tags glued together).
 */
const COST = { phrase: 1, word: 1, adjectivePhrase: 1.5, unknown: 10, gluedUnknown: 12, oneTag: 19 } as const;
/**
 * A definite noun and the definite relative adjectives after it ("المقاومة الفلسطينية", "الانتخابات الرئاسية
 * التونسية", "المستوطنين الإسرائيليين") are one name, known or not: at COST.adjectivePhrase, less than its two
 * words and more than a known phrase. On the matching form: "ال", then a stem, then "ي" and an ending — a "ي"
 * the page writes so, not an alif maqsura ("الأقصى"); the noun a word's length (tags glued together are longer).
 * Such a phrase ends where a written word does (TA_MARBUTA).
 */
const DEFINITE_WORD = /^ال\p{L}{2,10}$/u;
const RELATIVE_ADJECTIVE = /^ال\p{L}{2,}ي(?:ه|ين|ون)?$/u;
const ADJECTIVE_PHRASE_MAX_WORDS = 3;
/**
 * "ة" ends a written word: a word that goes on past it is two tags glued together ("الفلسطينيةكتائب"). "ى" ends a
 * word too, but no relative adjective.
 */
const TA_MARBUTA = 'ة';
const ALIF_MAQSURA = 'ى';
/** "ه", which "ة" is too on the matching form: only the page's own letter tells them apart (writtenBefore). */
const HA = 'ه';
/**
 * A single word glued to the next tag splits off only with at least this many letters on each side
 * ("غزةطوفان الأقصى"); an unknown glued part needs one more. A phrase may end anywhere.
 */
const MIN_GLUED_CHARS = 3;
/**
 * A tag line of at most this many words may be one tag that neither the article nor the lexicon
 * knows ("مهرجان جرش"), at COST.oneTag: less than two unknown words, more than a known word and an
 * unknown one ("المانيا مهاجرين" is two tags) or known words alone ("غزة لبنان").
 */
const ONE_TAG_MAX_WORDS = 3;

let lexicon: { phrases: Set<string>; words: Set<string> } | null = null;
/** The tag lexicon, read once: multi-word phrases on the matching form, and the words they are made of. */
function tagLexicon(): { phrases: Set<string>; words: Set<string> } {
  if (!lexicon) {
    const phrases = (
      JSON.parse(readFileSync(new URL('./tag-lexicon.json', import.meta.url), 'utf8')) as { phrases: string[] }
    ).phrases;
    lexicon = { phrases: new Set(phrases), words: new Set(phrases.flatMap((p) => p.split(' '))) };
  }
  return lexicon;
}

/**
 * Which words of a line (on the matching form, words only) the tag lexicon's multi-word tags cover: a
 * site's topic tags ("طوفان الأقصى") that the article need not write. A single word, a place name
 * ("عمان - الأردن" under a column), is not evidence enough.
 */
export function lexiconCovered(lineWords: readonly string[]): boolean[] {
  const { phrases } = tagLexicon();
  const covered = lineWords.map(() => false);
  for (let i = 0; i < lineWords.length; i++)
    for (let n = 2; n <= MAX_TAG_WORDS && i + n <= lineWords.length; n++)
      if (phrases.has(lineWords.slice(i, i + n).join(' '))) covered.fill(true, i, i + n);
  return covered;
}

/**
 * Where a phrase of the article ends: a paragraph's end, a sentence's or a clause's punctuation, and a
 * hashtag's start (a text that lists "سوريا، اليمن", or ends with "#سوريا #اليمن", writes no phrase "سوريا
 * اليمن"; paragraphs run together in no tag either). A hashtag's own words ("#الضفة_الغربية") are one.
 */
const PHRASE_BREAK = /[.,،؛;:!?؟#]+/u;

/**
 * The article a tag line is cut against: its words on the matching form, and its phrases of two to
 * MAX_TAG_WORDS words, each within a clause (PHRASE_BREAK), that a line could hold. Each is made when a tag
 * line of the article first needs it: most articles have none without separators.
 */
export class ArticleWords {
  private wordList?: string[];
  private wordSet?: Set<string>;

  /** @param texts the article's title and paragraphs */
  constructor(private readonly texts: () => string[]) {}

  get words(): Set<string> {
    return (this.wordSet ??= new Set(this.sequence.filter(Boolean)));
  }

  /** The words of each clause on the matching form, an empty string after each: no phrase runs across it. */
  private get sequence(): string[] {
    return (this.wordList ??= this.texts().flatMap((text) =>
      text.split(PHRASE_BREAK).flatMap((clause) => [...words(normalizeArabic(clause)), '']),
    ));
  }

  /**
   * The article's phrases of two to MAX_TAG_WORDS words whose every word is a part of `line` (a tag
   * line's words-only matching form): a long article's phrases are many, and all of them cost more than
   * every tag line's cut together.
   */
  phrasesWithin(line: string): Set<string> {
    const inLine = new Map<string, boolean>();
    const holds = (word: string): boolean => {
      let found = inLine.get(word);
      if (found === undefined) inLine.set(word, (found = line.includes(word)));
      return found;
    };
    const sequence = this.sequence;
    const phrases = new Set<string>();
    for (let i = 0; i < sequence.length; i++) {
      if (!sequence[i] || !holds(sequence[i]!)) continue;
      let phrase = sequence[i]!;
      for (let j = i + 1; j < Math.min(sequence.length, i + MAX_TAG_WORDS) && sequence[j] && holds(sequence[j]!); j++) {
        phrase += ` ${sequence[j]}`;
        phrases.add(phrase);
      }
    }
    return phrases;
  }
}

/**
 * The tags of a tag line: its separated items, or, with no separator, the pieces the article's phrases
 * and the lexicon cut it into, a preposition at a piece's edge joined to the piece it reaches for (unless
 * `joinPrepositions` is false: the segmenter tells a caption from a tag line by a function word left at an edge).
 */
export function splitTagLine(line: string, article: ArticleWords, joinPrepositions = true): string[] {
  const cleaned = stripButtons(line);
  if (!cleaned) return [];
  const parts = splitTagList(cleaned);
  if (parts.length > 1) return parts;
  // One part: the line less what splitting strips ("#الانتخابات الرئاسية" is "الانتخابات الرئاسية").
  const part = parts[0] ?? cleaned;
  const pieces = splitByKnownPhrases(part, article);
  return joinPrepositions ? withPrepositionsJoined(pieces, part) : pieces;
}

/** A "ة" inside a written word (it only ends one), or a dozen letters in a row: tags glued together, maybe. */
const GLUED_TAGS = /ة\p{L}|\p{L}{12}/u;

/** Whether one written word may be tags whose links were glued together ("الزراعةالمزارعين"), worth splitting. */
export function mayBeGluedTags(word: string): boolean {
  return GLUED_TAGS.test(word);
}

/** A letter or a digit: what a tag line holds only inside its tags. */
const TAG_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The tags of a tag line whose links the renderer marked (Block.linkTexts): the links, when they hold
 * every letter of the line (nothing but separators between them), each cleaned as a list's item; else
 * null. A link's own text may be what is left of a marker's line ("الوسوم: …"): a link the line does not
 * hold is passed over.
 */
export function linkedTags(line: string, linkTexts: readonly string[] | undefined): string[] | null {
  if (!linkTexts) return null;
  const found: string[] = [];
  let rest = line;
  for (const link of linkTexts) {
    const at = rest.indexOf(link);
    if (at < 0) continue;
    if (TAG_CHARACTER.test(rest.slice(0, at))) return null;
    found.push(link);
    rest = rest.slice(at + link.length);
  }
  if (found.length < 2 || TAG_CHARACTER.test(rest)) return null;
  return found.flatMap(splitTagList);
}

/** One item of a tag list: a tag, or a few tags when the item itself has separators. */
export function splitTagList(item: string): string[] {
  return item
    .replace(HASHTAG, hashtagSpaced)
    .split(SEPARATORS)
    .map(stripButtons)
    .filter((p): p is string => !!p);
}

function stripButtons(text: string): string | null {
  const t = text.replace(TRAILING_BUTTONS, '').trim();
  return t && !/^(?:المزيد|more)$/iu.test(t) ? t : null;
}

/**
 * The cheapest pieces that tile the line (COST): known phrases and words of the article and the lexicon,
 * else single words. A piece may end inside a written word: tags whose links were glued together
 * ("يسرااصابة") come apart where one known phrase ends and the next begins. Dynamic programming over
 * the characters of the matching form; the pieces are cut from the original text.
 */
function splitByKnownPhrases(line: string, article: ArticleWords): string[] {
  const n = normalizeWithOffsets(line);
  const text = n.text;
  const { words } = article;
  const lexicon = tagLexicon();
  const cost = new Array<number>(text.length + 1).fill(Infinity);
  const from = new Array<number>(text.length + 1).fill(-1);
  cost[0] = 0;
  const pieceAt = wordsOnlySlices(text);
  // Every piece is a slice of the line's words-only form, so only phrases within it can be one.
  const phrases = article.phrasesWithin(pieceAt(0, text.length));
  if (pieceAt(0, text.length).split(' ').length <= ONE_TAG_MAX_WORDS) relax(0, text.length, COST.oneTag);
  for (let start = 0; start < text.length; start++) {
    if (cost[start] === Infinity) continue;
    const at = text[start] === ' ' ? start + 1 : start;
    const wordEnd = endOfWord(at);
    for (let end = at + 1; end <= Math.min(text.length, at + MAX_TAG_CHARS); end++) {
      if (text[end - 1] === ' ') continue;
      const piece = pieceAt(at, end);
      const size = piece.split(' ').length;
      if (size > MAX_TAG_WORDS) break;
      if (size === 1) {
        if ((words.has(piece) || lexicon.words.has(piece)) && canEnd(at, end, MIN_GLUED_CHARS))
          relax(start, withGluedNumber(end), COST.word);
      } else if (lexicon.phrases.has(piece) || phrases.has(piece)) relax(start, withGluedNumber(end), COST.phrase);
      else if (isAdjectivePhrase(piece) && endsAdjective(at, end)) relax(start, end, COST.adjectivePhrase);
    }
    // Or the rest of the written word, unknown; or a part of it, where a known phrase may begin.
    relax(start, wordEnd, COST.unknown);
    for (let end = at + MIN_GLUED_CHARS + 1; end <= wordEnd - MIN_GLUED_CHARS; end++)
      relax(start, end, COST.gluedUnknown);
  }
  const pieces: string[] = [];
  for (let end = text.length; end > 0; end = from[end]!) {
    const start = from[end]!;
    if (start < 0) return [line.trim()];
    const [s, e] = toOriginalSpan(n, text[start] === ' ' ? start + 1 : start, end);
    pieces.unshift(line.slice(s, e).trim());
  }
  // A quote or bracket that closes what a tag opened is that tag's ('مجلة "Science"'), not the next one's.
  for (let i = 1; i < pieces.length; i++) {
    const mark = pieces[i]![0]!;
    const opener = OPENER_OF[mark];
    if (opener === undefined || !leftOpen(pieces[i - 1]!, opener, mark)) continue;
    pieces[i - 1] += mark;
    pieces[i] = pieces[i]!.slice(1).trim();
  }
  return pieces.filter(Boolean);

  /** Where the written word at `at` ends: at a space, or past a "ة" that the next tag is glued to. */
  function endOfWord(at: number): number {
    const space = text.indexOf(' ', at);
    const end = space < 0 ? text.length : space;
    for (let i = at + 1; i < end; i++) if (gluedAt(i)) return i;
    return end;
  }

  /**
   * A number written against the known piece before it, with no space ('مسابقة "أندريه ستينين"2024'), is
   * that tag's: the piece runs to the number's end (where the next tag may be glued on).
   */
  function withGluedNumber(end: number): number {
    let next = end;
    while (next < text.length && GLUED_NUMBER_MARKS.has(text[next]!)) next++;
    if (!DIGIT.test(text[next] ?? '') || DIGIT.test(text[end - 1]!)) return end;
    while (DIGIT.test(text[next] ?? '')) next++;
    return next;
  }

  /**
   * An adjective phrase ends a written word (or a tag glued to the next at its "ة"), holds no two tags glued together
   * ("…الزراعةالري") and writes its adjectives as such (adjectivesAsWritten).
   */
  function endsAdjective(at: number, end: number): boolean {
    return canEnd(at, end, Infinity) && !gluedWithin(at, end) && adjectivesAsWritten(at, end);
  }

  /**
   * Whether each word after the phrase's noun is written as a relative adjective: not ending with "ى" ("الأقصى"),
   * and ending with "ة" where its matching form ends with "ه" ("الجنيه", "الفقيه" are nouns).
   */
  function adjectivesAsWritten(at: number, end: number): boolean {
    for (let k = text.indexOf(' ', at) + 1; k > 0 && k <= end; k++) {
      if (k < end && text[k] !== ' ') continue;
      const last = writtenBefore(k);
      if (last === ALIF_MAQSURA || (text[k - 1] === HA && last !== TA_MARBUTA)) return false;
    }
    return true;
  }

  /** Whether two tags are glued together between `at` and `end` (gluedAt). */
  function gluedWithin(at: number, end: number): boolean {
    for (let i = at + 1; i < end; i++) if (gluedAt(i)) return true;
    return false;
  }

  /** Whether a written word goes on at `i` past a "ة": the next tag starts there. */
  function gluedAt(i: number): boolean {
    return i < text.length && text[i] !== ' ' && writtenBefore(i) === TA_MARBUTA;
  }

  /** The letter the page writes last before `end` (the matching form writes "ى" and "ة" as "ي" and "ه"). */
  function writtenBefore(end: number): string {
    return line[n.offsets[end - 1]!] ?? '';
  }

  /** A word ends where a written word ends, or inside one with `min` letters at least on each side. */
  function canEnd(at: number, end: number, min: number): boolean {
    return end === text.length || text[end] === ' ' || gluedAt(end) || (end - at >= min && endOfWord(end) - end >= min);
  }

  function relax(start: number, end: number, c: number): void {
    if (cost[start]! + c < cost[end]!) {
      cost[end] = cost[start]! + c;
      from[end] = start;
    }
  }
}

/**
 * Prepositions as the page writes them: no tag is one, opens with one or ends with one ("المقاومة الإسلامية في
 * لبنان", "العدوان الإسرائيلي على غزة" are one tag each). "على" written so, not "علي", a name.
 */
const PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'على', 'إلى', 'الى', 'عن', 'مع', 'بين', 'ضد', 'حول', 'من']);

/**
 * The splitter's pieces (in `line`'s order) with a preposition at a piece's edge joined to the piece it reaches
 * for, when that piece is whole written words: a piece cut out of a written word is no tag's part ("الم" of
 * "الموقع").
 */
function withPrepositionsJoined(pieces: string[], line: string): string[] {
  const joined: string[] = [];
  let from = 0;
  for (const piece of pieces) {
    const at = line.indexOf(piece, from);
    from = at + piece.length;
    const whole = at >= 0 && !LETTER_OR_DIGIT.test(line[at - 1] ?? ' ') && !LETTER_OR_DIGIT.test(line[from] ?? ' ');
    const previous = joined.at(-1);
    const opens = PREPOSITIONS.has(piece.split(' ')[0]!);
    const ends = previous !== undefined && PREPOSITIONS.has(previous.split(' ').at(-1)!);
    if (previous !== undefined && whole && (opens || ends)) joined[joined.length - 1] = `${previous} ${piece}`;
    else joined.push(piece);
  }
  return joined;
}

/** A definite noun and one or two definite relative adjectives after it (COST.adjectivePhrase). */
function isAdjectivePhrase(piece: string): boolean {
  const [noun, ...adjectives] = piece.split(' ');
  return (
    adjectives.length < ADJECTIVE_PHRASE_MAX_WORDS &&
    DEFINITE_WORD.test(noun!) &&
    adjectives.every((w) => RELATIVE_ADJECTIVE.test(w))
  );
}

/** A piece as the article's words and the lexicon hold it: letters and digits only. */
export function wordsOnly(text: string): string {
  return text
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/ +/g, ' ')
    .trim();
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const DIGIT = /^\p{N}$/u;
/** Closing quotes and brackets that may stand between a tag's last word and a number glued to it. */
const GLUED_NUMBER_MARKS: ReadonlySet<string> = new Set(['"', '»', '”', ')', ']']);
/** Quotes and brackets that close what a piece of a tag line opened, and what opens each. */
const OPENER_OF: Readonly<Record<string, string>> = { '"': '"', '»': '«', '”': '“', ')': '(', ']': '[' };

/** Whether a text opened a quote or bracket that it did not close. */
function leftOpen(text: string, opener: string, closer: string): boolean {
  const count = (mark: string): number => text.split(mark).length - 1;
  return opener === closer ? count(opener) % 2 === 1 : count(opener) > count(closer);
}

/**
 * wordsOnly of any slice of a text, read off one pass over it instead of run on each slice (the
 * splitter asks for some eighty slices per character): the text's letters, digits and spaces (a run
 * of spaces as one), and where each position of the text falls in them. A slice that cuts a surrogate
 * pair leaves the pair out, as wordsOnly drops a lone surrogate.
 */
export function wordsOnlySlices(text: string): (from: number, to: number) => string {
  let kept = '';
  // Where a slice starting, or ending, at each position starts or ends in `kept`.
  const starts = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length;) {
    const unit = String.fromCodePoint(text.codePointAt(i)!);
    const before = kept.length;
    starts[i] = ends[i] = before;
    if (unit === ' ') {
      if (!kept.endsWith(' ')) kept += ' ';
    } else if (LETTER_OR_DIGIT.test(unit)) kept += unit;
    if (unit.length === 2) {
      ends[i + 1] = before;
      starts[i + 1] = kept.length;
    }
    i += unit.length;
  }
  starts[text.length] = ends[text.length] = kept.length;
  return (from, to) => kept.slice(starts[from], ends[to]).trim();
}

/** Keeps the first of tags that match on their normalised form, words only ('فيروس "كورونا"', 'فيروس كورونا'). */
export function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((t) => {
    const key = wordsOnly(normalizeArabic(t));
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
