/**
 * Where a further article of the page starts. A headline opens one when prose follows it within a few
 * blocks and the page says it is a new story: the prose is about the headline (they share words), the
 * headline has its own date line or byline, or the prose leaves the subject of the article before it
 * (a read-also box inside an article is followed by more of that article; a new story shares few words
 * with it). Without a marker (after the first article's tags, source line or share row) the page must
 * say so plainly: prose that leaves the subject, under a headline it is about or a date line or byline;
 * a headline over its own date line or byline that names its prose; or, after a rule line or as a
 * marked heading, a headline its prose is about. With no tail at all after the
 * article before, a headline with its own date line right under it, or (text dumps) a headline over
 * paragraphs about it that use few words of the whole article before — or, under a headline that names
 * none of its words, less than a story's share of them.
 */
import type { Block } from '../document/model.js';
import type { BlockLabel } from '../cleaners/labels.js';
import { ContentWords, contentWords, letterWordCount, overlap, wordCount, wordHeads, words } from '../text/words.js';
import { isBylineShaped, isSureByline } from './bylines.js';
import { GREGORIAN_MONTHS } from '../dates/lexicon.js';
import { normalizeArabic } from '../text/normalize.js';
import {
  ENDS_WITH_COLON,
  goesOn,
  holdsSentence,
  isBulletedSentence,
  isCaptionOf,
  isDatedItem,
  isHeadlineText,
  isMarkedCaption,
  isPhotoCaption,
  isProse,
  isTitleLike,
  numberedNext,
  shortLineEndsSentence,
  underGalleryCounter,
} from './prose.js';

// The article-start finder's heuristics, in one block (issue 12).
/** How far past a headline its prose may start (date line, byline, caption, standfirst in between). */
const LOOKAHEAD = 4;
/** A headline and the prose under it share at least this share of the headline's content words. */
const HEADLINE_OVERLAP = 0.3;
/** A note under the text opens with its number in brackets and a space ("[3] في هذه السنة …"): no headline. */
const FOOTNOTE = /^\s*\[\d{1,3}\]\s/u;
/**
 * Prose that shares less than this share of its content words with the paragraphs before the headline
 * tells another story. Paragraphs of one story share about a third of their words; two stories of the
 * same page, a tenth.
 */
const TOPIC_SHIFT = 0.2;
/** The paragraphs before the headline are looked for in at most this many times their words of the prose after it. */
const BEFORE_IN_PROSE = 2;
/** How many paragraphs of the article before the headline, and of the prose after it, are compared. */
const SAMPLE_PARAGRAPHS = 3;
/**
 * An article's text has a paragraph of this many words at least, or this many in all: the items of a
 * related list, long headlines ending in "…", do not make an article's text.
 */
export const PARAGRAPH_WORDS = 20;
const TEXT_WORDS = 40;
/** This many headlines between a headline and its prose are more items of its list. */
const LIST_ITEMS_BETWEEN = 2;
/** A line of this many words between a headline and its prose is another headline: the first was a list item. */
const ITEM_WORDS = 5;
/** The article before a start without a marker has a body of this many words at least (not a poll question). */
const BEFORE_WORDS = 40;
/** …or this many, in two paragraphs or more, when its share row or tags closed it (a brief of two sentences). */
const CLOSED_BEFORE_WORDS = 20;
/**
 * With no tail and no date line, a headline opens an article only over this many paragraphs of its own
 * text, that share at least this share of the headline's content words…
 */
const UNMARKED_PARAGRAPHS = 2;
/** A lead paragraph this long is a whole text's opening, longer than any list teaser's sentence or two. */
const WHOLE_TEXT_LEAD_WORDS = 60;
const UNMARKED_HEADLINE_OVERLAP = 0.4;
/**
 * …and less than this share of their content words with the whole article before (a section of one
 * story, under its subhead, uses the story's words; another story, a few of them).
 */
const UNMARKED_SHARED_WORDS = 0.1;
/**
 * …and, over prose about a headline that stands where a story is expected anyway (`strict`: a read-also
 * marker's line, a comment section), less than this share: the article's own text shares a fifth of its
 * words and more with it, another story on the same news (the dev set's, the furniture probe's) up to that.
 */
const STRICT_SHARED_WORDS = 0.2;
/**
 * A name over a text that opens with that name ("قناة صدى البلد" over "قناة صدى البلد قناة مصرية ؛ انطلقت
 * …", "عن المدينة الإخبارية" over "المدينة الإخبارية صحيفة الكترونية …"): a box that says who a site or a
 * writer is, not a story. A name has at most this many words.
 */
const DEFINED_NAME_MAX_WORDS = 4;
/**
 * A headline of a word or two ("شكل ومضمون", a column's name) is shorter than a title-like line: it opens
 * an article only where the page says one comes (a read-also or related marker, the first article's tags).
 */
const SHORT_HEADLINE_MAX_WORDS = 2;
/** A paragraph's last mark, one of a sentence's or a colon, not after a dot or "…" (a teaser cut short). */
const PARAGRAPH_END = /(?<![.…])[.!؟?:]["'»”’)\]]*\s*$/u;
/** A question (an interview's, over its answer) ends with a question mark. */
export const QUESTION_END = /[؟?]["'»”’)\]]*\s*$/u;
/**
 * A question that opens with "و" or "ف" before its question word ("وماذا عن …؟", "فهل …؟") goes on a
 * conversation: an interview's next question, never a story's headline (on the matching form).
 */
export const FOLLOW_UP_QUESTION = /^[وف](?:ماذا|هل|كيف|لماذا|لم|متي|اين|ما|من|اي|كم|الا|اليس)(?:\s|$)/u;

export interface StartContext {
  /** The headline follows a read-also or related marker (its box's first item). */
  marked: boolean;
  /** The last prose blocks of the article before the headline. */
  before: Block[];
  /**
   * The headline comes after other items of its list: it opens an article only when the prose is
   * about it or it has its own date line or byline (the text after a read-also box inside an article
   * may share few words with the paragraphs before the box) — not a date line when the list's items
   * have theirs (`datedItems`).
   */
  afterItems?: boolean;
  datedItems?: boolean;
  /**
   * No tail (tags, source line, share row) since the article's prose: a headline with its own date line
   * right under it, over prose of another story, opens an article (a subhead has no date line); with no
   * date line, only a headline over paragraphs about it that leave the whole article before
   * (`articleWords`: the content words of its prose so far) — a question too, though not one that
   * opens with a conjunction (an interview's next question), and only on those figures.
   */
  untailed?: boolean;
  /** A rule line (dashes, tatweels) stands between the article's prose and the headline: a new piece. */
  ruled?: boolean;
  /** The article's tags stand between its prose and the headline: the article is done (no subhead follows them). */
  tagged?: boolean;
  /** A share row stands between the article's prose and the headline: the article is done, as after its tags. */
  shared?: boolean;
  /** The lines of the article's tags between its prose and the headline (`Block.line`): no list's items. */
  tagLines?: readonly number[];
  /**
   * A dump's own marks of a new piece count: a rule line, a headline marked as a heading ("## …"). Text
   * dumps only: in HTML the front end judged the article's content, and a rule or a heading divides one
   * article (a review's sections).
   */
  dumpMarks?: boolean;
  articleWords?: Set<string>;
  /**
   * The headline stands where the article's own text or its readers' usually go on (a headline on a
   * read-also marker's line is mostly a link inside the article, on its subject; a comment section holds
   * comments): it opens a story only over prose that takes up its words and leaves the whole article before.
   */
  strict?: boolean;
}

/** Headline, date, headline, date: a headline under another one's date line reads as the next item of a list. */
function followsDatedItem(blocks: Block[], labels: BlockLabel[], i: number): boolean {
  let dated = false;
  for (let j = i - 1; j >= 0; j--) {
    const label = labels[j]!;
    if (label.marker) return false;
    if (label.fields.some((f) => f.field === 'date')) {
      if (dated) return false;
      dated = true;
      continue;
    }
    if (label.text === null) continue;
    return dated && isHeadlineText(blocks[j]!, label.text);
  }
  return false;
}

/**
 * Whether block `i` is a further article's headline, the start of its text under it. `inline`: the
 * headline is the rest of block `i`'s line, after a marker ("اقرأ أيضا: …"), and its text is under that line.
 */
export function startsArticle(
  blocks: Block[],
  labels: BlockLabel[],
  i: number,
  context: StartContext,
  inline?: Block,
): boolean {
  const headline = inline ?? blocks[i]!;
  const text = inline ? inline.text : labels[i]!.text;
  // In HTML, boxes the front end put outside the article (teasers with summaries) start no article.
  if (text === null || headline.outside || FOOTNOTE.test(text)) return false;
  // A line that says it is a photo's caption ("طوفان الأقصى (أرشيفية)"), or stands under a gallery's counter,
  // heads no story.
  if (isPhotoCaption(headline, text) || (!inline && underGalleryCounter(blocks, i))) return false;
  if (!inline && isPullQuote(blocks, i)) return false;
  const short = !isHeadlineText(headline, text) && isBriefHeadline(headline, text);
  if (!short && !isHeadlineText(headline, text)) return false;
  // A word or two over the text: only under a marker or past the tags or the share row, over prose of another story.
  const closedDump = context.dumpMarks === true && (context.tagged === true || context.shared === true);
  if (short && !context.marked && !closedDump) return false;
  // Under a list's marker, a headline that prints its day after it ("… رون أراد 20 أغسطس 2015") is the list's
  // item: a story under a box prints its day on a line of its own.
  if (context.marked && !inline && isDatedItem(text, headline.kind === 'list-item')) return false;
  const afterDatedItem = followsDatedItem(blocks, labels, i);
  const dated = labels[i + 1]?.fields.some((f) => f.field === 'date') ?? false;
  const question = QUESTION_END.test(text);
  if (!dated && ((context.untailed && !context.articleWords) || (question && FOLLOW_UP_QUESTION.test(headline.norm))))
    return false;
  let apparatus = false;
  /** A deck passed over right under the headline, over its byline. */
  let deck = false;
  let seen = 0;
  /** Lines between the headline and its prose that are neither (a list's other items, a menu's links). */
  let seenBeforeProse = 0;
  /** Of those, headlines (no byline, caption or label): more items of the headline's list. */
  let headlinesBeforeProse = 0;
  /** The first line passed over between the headline and its prose. */
  let firstBetween: Block | null = null;
  const prose: Block[] = [];
  for (let j = i + 1; j < blocks.length; j++) {
    // The headline of another further article (HTML: the front end found its text under it) ends the lookahead.
    if (blocks[j]!.opensArticle) break;
    // A side column's lines printed between the headline and its text (a two-column dump) are not the
    // article's: its marker, dates and items neither end the lookahead nor count in it.
    if (blocks[j]!.outside) continue;
    const label = labels[j]!;
    if (label.marker) break;
    if (label.fields.some((f) => f.field === 'date' || f.field === 'author')) {
      // Headline, date, headline, date: the items of a list, not an article under its headline.
      if (prose.length === 0 && seen > 0) return false;
      // The headline's own date line or byline, under it or under its standfirst (a sentence or two).
      if (prose.length === 0 || (prose.length === 1 && wordsOf(prose) < PARAGRAPH_WORDS)) apparatus = true;
      continue;
    }
    if (label.text === null) continue;
    const block = blocks[j]!;
    // The next item of the headline's numbered list ("2. …" under "1. …") is none of its text, however long.
    if (numberedNext(text, label.text)) return false;
    // The article's text: paragraphs, not more headlines ("…" or "؟" at the end of a short line), or
    // bulleted sentences, sampled until they hold a text's worth of words (TEXT_WORDS): a story told in
    // short paragraphs has its text all the same. A bulleted paragraph that ends with an exclamation, a question
    // or a colon (over a quote) is one too: a list's teaser, cut, ends with "…".
    const bulleted =
      isBulletedSentence(block, label.text) ||
      (block.kind === 'list-item' && wordCount(block.norm) >= PARAGRAPH_WORDS && PARAGRAPH_END.test(label.text));
    // Under the text's first paragraph, a question that reads as prose is the text asking it, no headline.
    const asked = prose.length > 0 && QUESTION_END.test(label.text);
    if (
      bulleted ||
      (block.kind !== 'list-item' && isProse(block, label.text) && (asked || !isHeadlineText(block, label.text)))
    ) {
      if (prose.length === 0) seenBeforeProse = seen;
      prose.push(block);
      if (prose.length >= SAMPLE_PARAGRAPHS && wordsOf(prose) >= TEXT_WORDS) break;
      continue;
    }
    if (prose.length > 0) {
      // A writer's name under a standfirst of a sentence or two, over the text, is the headline's byline,
      // which no rule has read yet (a list's teaser has no name under it).
      if (!apparatus && prose.length === 1 && wordsOf(prose) < PARAGRAPH_WORDS && isBylineShaped(label.text)) {
        apparatus = true;
        continue;
      }
      // Past the headline's own date line (over its standfirst or under it), a standfirst of a sentence or
      // two may stand over the photo, whose caption (a headline-like line with no date line of its own
      // under it: not a list's next item) comes before the text; with no date line, a caption that says it
      // is one ("صورة من الحدث (أ ف ب)"), which no list prints between its items.
      const overPhoto =
        (apparatus || isMarkedCaption(block, label.text)) &&
        prose.length === 1 &&
        wordsOf(prose) < PARAGRAPH_WORDS &&
        !datedBelow(blocks, labels, j);
      if (!overPhoto || ++seen > LOOKAHEAD) break;
      continue;
    }
    // A name that its form says is a writer's ("د. السديري", "القاهرة - مها بن عبد العظيم") right under the
    // headline is its byline, which no rule has read yet.
    if (seen === 0 && !apparatus && isSureByline(label.text)) {
      apparatus = true;
      continue;
    }
    // Another headline before any prose: the headline is an item of a list (dates under items aside).
    // Past the headline's own date line or byline, a headline-like line is its photo's caption. A writer's
    // name (after a city: "القاهرة - مها بن عبد العظيم") is the headline's byline, which no rule has read yet,
    // and a line that says it is a caption ("صورة من الحدث (أ ف ب)"), or repeats the headline's words, its photo's.
    if (
      !apparatus &&
      wordCount(block.norm) >= ITEM_WORDS &&
      isTitleLike(block, label.text) &&
      !isBylineShaped(label.text) &&
      !isMarkedCaption(block, label.text) &&
      !isCaptionOf(block, headline)
    ) {
      // Right under the headline and over its byline, it is the headline's deck ("أصوات تنادي بالاستعانة
      // بالمدرب الأولمبي" over "ماجد هود ومحمد المرحبي ـ جدة"), if the text is about the headline (below). Over a
      // date line it is the headline itself (a bare tag line's words stand over it as a headline would).
      if (seen > 0 || deck || !bylineBelow(blocks, labels, j)) return false;
      deck = true;
      continue;
    }
    if (isHeadlineText(block, label.text) && !isBylineShaped(label.text) && !isMarkedCaption(block, label.text))
      headlinesBeforeProse++;
    if (seen === 0) firstBetween = block;
    if (++seen > LOOKAHEAD) return false;
  }
  // Prose that opens by going on ("وأضاف …", "من جهته، …") is the article before, resumed past a box or
  // a subhead: no story's text opens so.
  if (prose.length === 0 || definesName(headline, prose[0]!) || goesOn(prose[0]!)) return false;
  const proseWords = new ContentWords(prose.map((b) => b.norm));
  const headlineShare = overlap(contentWords(headline.norm), proseWords);
  const aboutHeadline = headlineShare >= HEADLINE_OVERLAP;
  const namesProse = headlineShare > 0;
  // A brief's text is shorter: a headline over its own date line or byline, or after a read-also marker that
  // says a story comes, and two paragraphs about it (a list's teaser under its item's date line is a sentence
  // or two in one paragraph).
  const brief =
    (apparatus || context.marked) && aboutHeadline && prose.length >= UNMARKED_PARAGRAPHS && !afterDatedItem;
  if (!prose.some((b) => wordCount(b.norm) >= PARAGRAPH_WORDS) && wordsOf(prose) < TEXT_WORDS && !brief) return false;
  // A list's item over the next one's date line and teaser is no headline over its deck.
  if (deck && !aboutHeadline) return false;
  // Under a dated list's last item, a headline is one more item unless a whole text about it follows: a
  // list's teaser has a sentence or two, the page's article its paragraphs (two past its own date line),
  // or a lead longer than a teaser over a subhead.
  const wholeText =
    prose.length >= (apparatus ? UNMARKED_PARAGRAPHS : SAMPLE_PARAGRAPHS) ||
    prose.some((b) => wordCount(b.norm) >= WHOLE_TEXT_LEAD_WORDS);
  if (afterDatedItem && !(aboutHeadline && wholeText)) return false;
  // Whether the prose leaves the subject of the article before: worked out when a rule below asks (most
  // headlines are settled before).
  let shiftMemo: boolean | undefined;
  const shifts = (): boolean => (shiftMemo ??= shiftsTopic(proseWords, prose, context.before));
  // Where a story is expected anyway, the prose may write the headline's words in other forms ("لبنانيون
  // عالقون على طرقات جبلية" over "…جنوب لبنان…"): their heads compared (wordHeads).
  const aboutInOtherForms = (): boolean =>
    overlap(wordHeads(contentWords(headline.norm)), new Set(wordHeads(proseWords.distinct()))) >= HEADLINE_OVERLAP;
  if (context.strict)
    return (
      (aboutHeadline || aboutInOtherForms()) &&
      shifts() &&
      leavesArticleOf(proseWords, context.articleWords, STRICT_SHARED_WORDS)
    );
  // A short headline has its prose right under it (past its date line or byline), and is neither a list's
  // item (a menu's link: "صور", "انفوجرافيك") nor a writer's name, unless the prose takes its words up ("آفة
  // التطرف" over a text on extremism): a text is not about its writer. A related box's first item is a list's
  // item that heads a story when its prose does ("هيا تعال" over a column quoting «هيا تعال»). Under a
  // marker, one more line of a word or two may stand between: the text's first subhead ("إصدارات" over
  // "كلمة الله", the first of the books it reviews).
  const subheadBetween =
    context.marked === true &&
    seenBeforeProse === 1 &&
    firstBetween !== null &&
    isBriefHeadline(firstBetween, firstBetween.text);
  if (short)
    return (
      (seenBeforeProse === 0 || subheadBetween) &&
      (headline.kind !== 'list-item' || (context.marked && aboutHeadline)) &&
      (aboutHeadline || !isBylineShaped(text)) &&
      shifts() &&
      (context.marked || leavesArticleOf(proseWords, context.articleWords))
    );
  // Under a marker, a headline its prose is not about, with more headlines between them (LIST_ITEMS_BETWEEN),
  // is the list's first item: the prose is the last one's, or the page's article under the list. Past the
  // article's tags, a box's first item right over a whole text that it names is that text's headline, on
  // the article's subject too: no more of the article comes after its tags.
  /** Past the article's tags, right over a whole text that names the headline (no line between). */
  const overTextUnderTags = context.tagged === true && seenBeforeProse === 0 && wholeText && namesProse;
  if (context.marked)
    return (
      aboutHeadline ||
      (headlinesBeforeProse < LIST_ITEMS_BETWEEN &&
        ((apparatus && !context.datedItems) || (!context.afterItems && shifts()))) ||
      overTextUnderTags
    );
  // Without a marker: a headline (not a menu item) after an article: some words, in sentences (a menu
  // flattened into one line has no sentence end; an article of one paragraph may end with a colon over a link).
  const before = context.before.reduce((n, b) => n + wordCount(b.norm), 0);
  const sentences = context.before.length >= 2 || context.before.some((b) => holdsSentence(b.text));
  const enoughBefore =
    before >= BEFORE_WORDS || (closedDump && context.before.length >= 2 && before >= CLOSED_BEFORE_WORDS);
  if (headline.kind === 'list-item' || !enoughBefore || !sentences) return false;
  const leavesArticle = leavesArticleOf(proseWords, context.articleWords);
  // Right under the article's tags or share row (no list's items between), a headline over a whole text
  // that leaves the article is the next story's, though it names none of its words ("إنفوغرافيك.. صراع
  // الخمسة الكبار" over a text on Amazon's market value): a related list's items have no text under them.
  const storyAfterTail =
    closedDump &&
    seenBeforeProse === 0 &&
    wholeText &&
    followsProse(blocks, labels, i, context) &&
    leavesArticle &&
    shifts();
  // Subheads inside an article ("كارثة علاقات عامة") are shorter than a story's headline, and have
  // no date line or byline of their own: a column's short name after the article's tail has, or its
  // prose, about it, leaves the whole article.
  const shortOpens = !context.untailed && (apparatus || storyAfterTail || (aboutHeadline && leavesArticle && shifts()));
  if (wordCount(headline.norm) < ITEM_WORDS && !shortOpens) return false;
  if (context.untailed && dated) return shifts();
  // A dump that marks the line as a heading ("***** … *****", "## …"), a story's length, over prose about
  // it that leaves the paragraphs before: a story of its own (a subhead's prose goes on with its article).
  if (context.untailed && context.dumpMarks === true && headline.kind === 'heading' && aboutHeadline && shifts())
    return true;
  // An interview's question over its answer uses the interview's words: a question opens an article only
  // over prose that leaves the whole article before.
  if (context.untailed)
    return (
      shifts() &&
      (leavesArticle || (!question && namesOtherStory(headline, proseWords, context.articleWords))) &&
      prose.length >= UNMARKED_PARAGRAPHS &&
      headlineShare >= UNMARKED_HEADLINE_OVERLAP
    );
  // After a tail, a headline over its own date line or byline that names its prose (a word of it in the
  // headline), or under a rule line and about its prose, is a story of its own, even on the subject of
  // the article before (a subhead has no date line, and no tail comes before it). Over prose that leaves
  // the whole article before, a headline that names its story in other words than its first paragraphs
  // is one too, and so is one under the article's tags (a dump's surest tail) that names its prose. Right
  // under the tags (no list's items between), a headline over a whole text that names it is the next story's
  // whatever its subject: no subhead follows the tags, and a list's items have no text under them.
  const storyUnderTags = context.dumpMarks === true && overTextUnderTags && followsProse(blocks, labels, i, context);
  return (
    storyAfterTail ||
    storyUnderTags ||
    ((apparatus || aboutHeadline || ((leavesArticle || closedDump) && namesProse)) && shifts()) ||
    (apparatus && namesProse) ||
    (context.dumpMarks === true &&
      (context.ruled === true || context.tagged === true || context.shared === true || headline.kind === 'heading') &&
      aboutHeadline)
  );
}

/**
 * Whether the text line before the headline (past the article's tags, and its closing sentences too short to
 * weigh as prose: "ولم ترد تفاصيل أخرى.") is the article's last paragraph (`before`), no list's item.
 */
/** A pull quote is a sentence of the text, this many words at least… */
const PULL_QUOTE_MIN_WORDS = 4;
/** …that a paragraph this many blocks away at most writes word for word. */
const PULL_QUOTE_REACH = 8;
/** A line in quotation marks, whole: a headline that quotes someone quotes a part and names the speaker. */
const QUOTED_LINE = /^[«"“„][^«»"“”„]+[»"”][.…؟?!]?$/u;
/** Quotation marks and a sentence's end, which the quote's line adds or drops. */
const QUOTE_MARKS = /[«»"“”„'‘’.…؟?!:،,]/gu;

/**
 * A line in quotation marks that the text around it writes word for word, inside a paragraph (a line «إذا تركنا
 * الصفوف فمن سيعلم هؤلاء الأطفال القراءة؟» set apart, then "… «إذا تركنا …» تقول بصوت متعب."): the text's pull quote,
 * no further story's headline. A paragraph under it that opens with its words is a story's lead repeating its headline.
 */
function isPullQuote(blocks: Block[], i: number): boolean {
  const line = blocks[i]!.norm;
  if (!QUOTED_LINE.test(line)) return false;
  const quote = line.replace(QUOTE_MARKS, ' ').replace(/\s+/gu, ' ').trim();
  if (wordCount(quote) < PULL_QUOTE_MIN_WORDS) return false;
  for (let j = Math.max(0, i - PULL_QUOTE_REACH); j <= i + PULL_QUOTE_REACH && j < blocks.length; j++) {
    if (j === i) continue;
    const at = blocks[j]!.norm.indexOf(quote);
    if (at > 0 || (at === 0 && j < i)) return true;
  }
  return false;
}

function followsProse(blocks: Block[], labels: BlockLabel[], i: number, context: StartContext): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const text = labels[j]!.text;
    if (text === null || context.tagLines?.includes(blocks[j]!.line)) continue;
    if (context.before.at(-1) === blocks[j]) return true;
    if (!shortLineEndsSentence(text) || blocks[j]!.kind === 'list-item') return false;
  }
  return false;
}

/** Prose that uses few words of the whole article before (text dumps: `articleWords`) is another story. */
function leavesArticleOf(
  proseWords: ContentWords,
  articleWords: Set<string> | undefined,
  maxShared = UNMARKED_SHARED_WORDS,
): boolean {
  return articleWords !== undefined && overlap(proseWords.distinct(), articleWords) < maxShared;
}

/** A headline of a word or two (SHORT_HEADLINE_MAX_WORDS), no label's colon nor a sentence's full stop (an exclamation may end it). */
export function isBriefHeadline(block: Block, text: string): boolean {
  return (
    wordCount(block.norm) <= SHORT_HEADLINE_MAX_WORDS &&
    letterWordCount(block.norm) >= 1 &&
    !ENDS_WITH_COLON.test(text) &&
    !shortLineEndsSentence(text)
  );
}

/**
 * Prose that shares less than TOPIC_SHIFT of its content words with the paragraphs before the headline,
 * measured both ways: a short paragraph before the headline is most of it in a longer text of its story.
 */
function shiftsTopic(proseWords: ContentWords, prose: Block[], before: Block[]): boolean {
  const earlier = new ContentWords(before.map((b) => b.norm));
  const topical = (words: string[]) => words.filter((w) => !CALENDAR_WORDS.has(w));
  // The paragraphs before are looked for in the prose's first words only (BEFORE_IN_PROSE): a long enough
  // text of any story writes a share of a few short paragraphs' words.
  const sample = new ContentWords(firstWords(prose, Math.max(wordsOf(before) * BEFORE_IN_PROSE, TEXT_WORDS)));
  return (
    Math.max(overlap(topical(proseWords.distinct()), earlier), overlap(topical(earlier.distinct()), sample)) <
    TOPIC_SHIFT
  );
}

/** The matching forms of the blocks' first `count` words in all (the last block cut to its words that fit). */
function firstWords(blocks: Block[], count: number): string[] {
  const norms: string[] = [];
  let taken = 0;
  for (const block of blocks) {
    const own = wordCount(block.norm);
    if (taken + own <= count) {
      norms.push(block.norm);
      taken += own;
      continue;
    }
    norms.push(
      words(block.norm)
        .slice(0, count - taken)
        .join(' '),
    );
    break;
  }
  return norms;
}

/**
 * The words of the Gregorian month names, in every region's spelling (with the ordinals of "تشرين الأول",
 * "كانون الثاني"): any two stories of one month write them, so they tell nothing of a story's subject (two
 * Al Mayadeen stories share "تشرين الأول/أكتوبر" in the background paragraph each ends with).
 */
const CALENDAR_WORDS = new Set(
  Object.values(GREGORIAN_MONTHS)
    .flat(2)
    .flatMap((name) => contentWords(normalizeArabic(name))),
);

/**
 * Whether a date line or byline is the next line under line `j` (a list item's, when `j` is a headline),
 * past lines the cleaners emptied (an image's) and a side column's.
 */
function datedBelow(blocks: Block[], labels: BlockLabel[], j: number): boolean {
  for (let k = j + 1; k < blocks.length; k++) {
    const label = labels[k]!;
    if (label.fields.some((f) => f.field === 'date' || f.field === 'author')) return true;
    if (label.text !== null && !blocks[k]!.outside) return false;
  }
  return false;
}

/**
 * Whether the next line under line `j` is a byline, read as one already or shaped as one (a writer's name
 * that no rule has read yet), past lines the cleaners emptied and a side column's.
 */
function bylineBelow(blocks: Block[], labels: BlockLabel[], j: number): boolean {
  for (let k = j + 1; k < blocks.length; k++) {
    const label = labels[k]!;
    if (label.fields.some((f) => f.field === 'author')) return true;
    if (label.text !== null && !blocks[k]!.outside) return isBylineShaped(label.text);
  }
  return false;
}

const wordsOf = (blocks: Block[]): number => blocks.reduce((n, b) => n + wordCount(b.norm), 0);

/**
 * A headline that names not one word of the whole article before, over prose that shares less than a
 * story's share of words with it (TOPIC_SHIFT), heads another story: a subhead names its article's
 * subject ("معلومات وحقائق عن يوم الانتخابات في تركيا"), and the longer an article runs, the more of a
 * next story's common words (السلطات, الحكومة) its own text has used.
 */
function namesOtherStory(headline: Block, proseWords: ContentWords, articleWords: Set<string> | undefined): boolean {
  if (articleWords === undefined) return false;
  return (
    overlap(contentWords(headline.norm), articleWords) === 0 &&
    overlap(proseWords.distinct(), articleWords) < TOPIC_SHIFT
  );
}

/** "About …" before the name in the box's heading ("عن المدينة الإخبارية"). */
const ABOUT = /^(?:عن|حول|about) /u;

/** The text under a name (or "about" a name) opens with the name: the box says who or what it is (DEFINED_NAME_MAX_WORDS). */
export function definesName(headline: Block, text: Block): boolean {
  const name = headline.norm.replace(ABOUT, '');
  return wordCount(name) <= DEFINED_NAME_MAX_WORDS && text.norm.startsWith(`${name} `);
}
