/**
 * How much a block reads like article prose rather than page furniture (menus, headline strips,
 * captions, buttons). The segmenter sums these weights to find the body of each article.
 */
import type { Block } from '../document/model.js';
import type { Paragraph } from './units.js';
import { anyOfMatchingForms, normalizeArabic } from '../text/normalize.js';
import { isCardLine } from '../text/cards.js';
import { contentWords, letterWordCount, overlap, printedOnce, wordCount, words } from '../text/words.js';
import {
  NEWS_AGENCIES,
  PHOTO_AGENCIES,
  WIRE_PHOTO_AGENCIES,
  CAPTION_OPENINGS,
  GOING_ON_PHRASES,
  LIST_LEAD_WORDS,
  MEDIA_BADGES,
  MEDIA_LABEL_WORDS,
  OUTLET_NOUNS,
  PHOTO_CAPTION_WORDS,
  REPORTING_VERBS,
  SECTION_NOUNS,
} from '../vocabulary.js';
import { parseDateLine } from '../dates/dateline.js';

// The prose scorer's heuristics, in one block (issue 12).
/** A line this long is running text whatever its punctuation: menus and headlines are shorter. */
const PROSE_MIN_WORDS = 18;
/** A shorter line is prose when it is a sentence (ends like one, or has a clause mark) of at least this many words. */
const SENTENCE_MIN_WORDS = 8;
/** A headline has at least a handful of words: fewer is a label, a button or a name. */
const TITLE_MIN_WORDS = 3;
/** …and at most a few dozen: longer is a paragraph. */
const TITLE_MAX_WORDS = 35;
/** Words of letters, not a date or a count ("ديسمبر 25, 2020" has one). */
const MIN_LETTER_WORDS = 2;
/** Headlines run to this many words; longer lines are prose whatever their punctuation. */
export const HEADLINE_MAX_WORDS = 20;
/** A block the front end judged outside the article (HTML furniture) weighs against a run more than any short line. */
const OUTSIDE_WEIGHT = -3;
/** A prose block weighs a tenth of its words, up to this many: one long paragraph does not outweigh a run of them. */
const PROSE_WEIGHT_MAX_WORDS = 80;
const PROSE_WORDS_PER_POINT = 10;
/** A point more for a finished sentence. */
const SENTENCE_END_BONUS = 1;
/** A bulleted prose paragraph counts this share of its weight (some dumps bullet every paragraph, menus bullet every link). */
const LIST_PROSE_SHARE = 0.5;
/** A short list item is what menus and headline strips are made of: the most negative of the non-prose lines. */
const SHORT_LIST_ITEM_WEIGHT = -1.5;
/**
 * A bulleted line that ends with a full stop (".", "..", "..!!"; not a cut headline's "...") is a
 * sentence of an article's text, however short — writers bullet their paragraphs with dashes, and a
 * list's headlines have no full stop — of at least this many words; it weighs a little for the run.
 */
const FULL_STOP_END = /(?<!\.)\.{1,2}[!؟?]*["'»”’)\]]*\s*$/u;
const BULLETED_SENTENCE_MIN_WORDS = 4;
const BULLETED_SENTENCE_WEIGHT = 0.5;
/** A short heading or a very short line: a label or a button. */
const LABEL_WEIGHT = -1;
/**
 * The longest line that reads as a label (a section's name, a category, a button): it weighs LABEL_WEIGHT
 * against a run, and heads or sorts a list (units.ts, isLabel); longer non-prose lines weigh less.
 */
export const LABEL_MAX_WORDS = 3;
/** A non-prose line of some words (a caption, a date line, a headline): mildly against. */
const SHORT_LINE_WEIGHT = -0.6;

const SENTENCE_END = /[.؟?!…:؛]["'»”’)\]]*$/u;
const CLAUSE_MARK = /[،,؛;]/u;
/** Running text has spaces between its words: a line without one is a single token (an address cut where a renderer wrapped it). */
const WORD_SPACE = /\S\s+\S/u;

const CAPTION_MARKS: ReadonlySet<string> = new Set(PHOTO_CAPTION_WORDS.map(normalizeArabic));
/** What a line ends with in brackets. */
const BRACKETED_END = /\(([^()]*)\)\s*$/u;
/** What a line ends with after a spaced dash ("… - أرشيفية", "… - صورة من الأرشيف"). */
const DASHED_END = /\s[-–—]\s*([^-–—()]{2,30})$/u;
/** The words a caption's own mark at its end may hold besides caption words: "صورة من الأرشيف". */
const CAPTION_MARK_FILLERS: ReadonlySet<string> = new Set(['من', 'الأرشيف'].map(normalizeArabic));

const CAPTION_OPENING_FORMS: readonly string[] = CAPTION_OPENINGS.map((opening) => `${normalizeArabic(opening)} `);

/** A paragraph that goes on from the one before (REPORTING_VERBS, GOING_ON_PHRASES), on the matching form. */
const GOING_ON = new RegExp(
  `^(?:(?:و|كما )${anyOfMatchingForms(REPORTING_VERBS)}|و?${anyOfMatchingForms(GOING_ON_PHRASES)})(?=[\\s،,:]|$)`,
  'u',
);

/** Whether a paragraph opens by going on from the one before ("وأضاف …", "من جهته، …"): no story starts so. */
export function goesOn(block: Block): boolean {
  return GOING_ON.test(block.norm);
}

/**
 * A line that says it is a photo's caption: ending with its mark after a dash or in brackets, a sentence too
 * (endsWithCaptionMark: "(أرشيفية)", "- صورة من الأرشيف"); or, no sentence, opening with a caption word and
 * ending with the photo's credit in brackets ("صورة تعبيرية (رويترز)", "جانب من الاجتماع (واس)"), or opening
 * with a caption's words (CAPTION_OPENINGS: "جانب من تكريم أمير عسير").
 */
export function isMarkedCaption(block: Block, text = block.text): boolean {
  if (endsWithCaptionMark(block.norm)) return true;
  if (endsLikeSentence(text)) return false;
  if (CAPTION_OPENING_FORMS.some((opening) => block.norm.startsWith(opening))) return true;
  const marked = BRACKETED_END.exec(block.norm);
  const ws = marked ? words(marked[1]!) : [];
  if (ws.length === 0) return false;
  return ws.every((w) => CAPTION_MARKS.has(w)) || CAPTION_MARKS.has(words(block.norm)[0]!);
}

/** The agencies whose name in brackets credits a photo or a story (NEWS_AGENCIES and the photo agencies), on the matching form. */
const CREDITED_AGENCIES: ReadonlySet<string> = new Set(
  [...NEWS_AGENCIES, ...WIRE_PHOTO_AGENCIES, ...PHOTO_AGENCIES].map(normalizeArabic),
);
/** NEWS_AGENCIES on the matching form. */
const NEWS_AGENCY_FORMS: ReadonlySet<string> = new Set(NEWS_AGENCIES.map(normalizeArabic));

/** Whether a line (its matching form) is a news agency's name alone ("رويترز", "أ ف ب"): the text's source. */
export const namesNewsAgency = (norm: string): boolean => NEWS_AGENCY_FORMS.has(norm.trim());

/** A sentence's end before the bracketed credit: there the agency is the text's source ("… المقبلين. (واس)"). */
const SENTENCE_END_BEFORE = /[.!؟?»"”]\s*$/u;

/**
 * A line that ends with an agency's name in brackets after words that end no sentence: the credit of the photo
 * whose caption it is ("… بحضور عدد من المسؤولين المحليين (أ ف ب)"); after a sentence's end the agency is the
 * text's source (the generic cleaner's wire-credit rule).
 */
export function endsWithPhotoCredit(norm: string): boolean {
  const credit = BRACKETED_END.exec(norm);
  return (
    credit !== null &&
    CREDITED_AGENCIES.has(credit[1]!.trim()) &&
    !SENTENCE_END_BEFORE.test(norm.slice(0, credit.index))
  );
}

/**
 * A line that ends with the mark a site prints after a caption, after a dash or in brackets, whatever comes
 * before it (a sentence too): "… مشددة. - أرشيفية", "… (صورة أرشيفية)", "… - صورة من الأرشيف". Its words are
 * caption words ("صورة", "أرشيفية"), one at least, and the fillers of "صورة من الأرشيف".
 */
export function endsWithCaptionMark(norm: string): boolean {
  const mark = BRACKETED_END.exec(norm)?.[1] ?? DASHED_END.exec(norm)?.[1];
  if (!mark) return false;
  const ws = words(mark);
  return ws.some((w) => CAPTION_MARKS.has(w)) && ws.every((w) => CAPTION_MARKS.has(w) || CAPTION_MARK_FILLERS.has(w));
}

/**
 * A photo's caption under its headline names the headline's people and places again: this share of its
 * content words at least ("ولي ولي العهد خلال استقباله وزير الدفاع القطري" under "ولي ولي العهد بحث مع وزير
 * الدفاع القطري التعاون العسكري"), where a second headline or a deck tells something more.
 */
const CAPTION_REPEATS_HEADLINE = 0.75;

/** Whether a line shorter than the headline over it repeats its words (CAPTION_REPEATS_HEADLINE): its photo's caption. */
export function isCaptionOf(line: Block, headline: Block): boolean {
  return (
    wordCount(line.norm) < wordCount(headline.norm) &&
    overlap(contentWords(line.norm), new Set(contentWords(headline.norm))) >= CAPTION_REPEATS_HEADLINE
  );
}

const MEDIA_LABELS: ReadonlySet<string> = new Set(MEDIA_LABEL_WORDS.map(normalizeArabic));

/**
 * A caption as a reader sees it: the line, its words printed once where the image's alt text and the
 * caption were printed in a row before the closing mark ("<caption> <caption> (أرشيفية)").
 */
export function captionOnce(norm: string): string {
  const mark = BRACKETED_END.exec(norm) ?? DASHED_END.exec(norm);
  const once = mark ? printedOnce(norm.slice(0, mark.index)) : null;
  return once === null ? norm : `${once} ${mark![0].trim()}`;
}

/**
 * A marked caption (isMarkedCaption) whose brackets are no headline's media label: "طوفان الأقصى (أرشيفية)",
 * "جانب من الاجتماع (واس)", not "افتتاح المعرض الدولي للكتاب (صور)".
 */
export function isPhotoCaption(block: Block, text = block.text): boolean {
  if (!isMarkedCaption(block, text)) return false;
  const marked = BRACKETED_END.exec(block.norm);
  return marked === null || !words(marked[1]!).every((w) => MEDIA_LABELS.has(w));
}

/** A media badge and its separator opening a line ("صور | …", "فيديو.. …", "إنفوجراف: …"), on the matching form. */
const MEDIA_BADGE_OPENING = new RegExp(
  `^${anyOfMatchingForms(MEDIA_BADGES)}\\s*(?:[|｜:：]|\\.{2,}|…|[-–—])\\s*\\S`,
  'u',
);

/** A full stop at a line's end, a closing quote or bracket after it. */
const ENDS_WITH_FULL_STOP = /\.["'»”’)\]]*\s*$/u;

/**
 * Whether a line opens with a media badge (MEDIA_BADGES) and goes on with a headline that ends no sentence with a
 * full stop: among the text's paragraphs, a link to the site's photo or video story ("صور | افتتاح المستشفى").
 */
export function opensWithMediaBadge(block: Block, text = block.text): boolean {
  return MEDIA_BADGE_OPENING.test(block.norm) && !ENDS_WITH_FULL_STOP.test(text);
}

/**
 * The signature an embedded social post prints under its text: a dash, who posted it, the handle in
 * brackets, the day ("— وزارة الإعلام (@MediaMinistry_SD) 28 يوليو 2018"), a renderer's link number too.
 */
const POST_SIGNATURE = /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*(?:\[\d+\])?[^()]{0,40}$/u;

/** Whether block `i` is an embedded post's signature, or its text right over the signature. */
export function isEmbeddedPost(blocks: readonly Block[], i: number): boolean {
  const signs = (block: Block | undefined): boolean => block !== undefined && POST_SIGNATURE.test(block.text.trim());
  return signs(blocks[i]) || signs(blocks[i + 1]);
}

/** A gallery's counter on a line of its own ("3 / 4", "* 3 / 4"): the line under it is that photo's caption. */
const GALLERY_COUNTER = /^(?:[*•·-]\s*)?\d{1,3}\s*\/\s*\d{1,3}$/u;

/** Whether block `i` stands right under a gallery's counter: a photo's caption, no headline or paragraph. */
export function underGalleryCounter(blocks: readonly Block[], i: number): boolean {
  const above = blocks[i - 1];
  return above !== undefined && GALLERY_COUNTER.test(above.text.trim());
}

const OUTLET_WORDS: ReadonlySet<string> = new Set(OUTLET_NOUNS.map(normalizeArabic));

/** Whether a text (its matching form) is an outlet's name: its first word an outlet's noun ("صحيفة الوطن", "قناة …"). */
export function namesOutlet(norm: string): boolean {
  const [first] = words(norm);
  return first !== undefined && OUTLET_WORDS.has(first);
}

/** The definite article, on the matching form. */
export const ARTICLE = 'ال';
/** A section's name's noun ("شؤون خليجية", "الأخبار"), on the matching form. */
const SECTION_WORDS: ReadonlySet<string> = new Set(SECTION_NOUNS.map(normalizeArabic));

/** Whether a line's words (matching forms) hold a section's noun, with the article or without. */
export const namesSection = (ws: readonly string[]): boolean =>
  ws.some((w) => SECTION_WORDS.has(w.startsWith(ARTICLE) ? w.slice(ARTICLE.length) : w));

/** A line that ends with one exclamation mark ("أنت مبدع!"). */
const EXCLAIMED = /[^.!؟?]!\s*$/u;

/** Whether a line of a word or two ends a sentence: an exclamation there ("أنت مبدع!") ends a headline's words. */
export function shortLineEndsSentence(text: string): boolean {
  return endsLikeSentence(text) && !EXCLAIMED.test(text);
}

/** Whether a line ends with one exclamation mark ("أنت مبدع!"). */
export const exclaims = (text: string): boolean => EXCLAIMED.test(text);

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd()) && !/:\s*$/.test(text);
}

/**
 * A sentence's end inside a line: a full stop, question or exclamation mark after a word of two letters at
 * least (not "د." of a title) and before more words. A menu flattened into one line has none.
 */
const SENTENCE_END_INSIDE = /[\p{L}\p{N}]{2}[.؟?!]["'»”’)\]]*\s+\S/u;

/** Whether a line holds a sentence: it ends like one, or one ends inside it (a paragraph ending with a colon). */
export function holdsSentence(text: string): boolean {
  return endsLikeSentence(text) || SENTENCE_END_INSIDE.test(text);
}

/** A paragraph of running text: long, or a complete sentence of some length, with spaces between its words. */
export function isProse(block: Block, text = block.text): boolean {
  const n = wordCount(block.norm);
  return (
    (n >= PROSE_MIN_WORDS || (n >= SENTENCE_MIN_WORDS && (endsLikeSentence(text) || CLAUSE_MARK.test(text)))) &&
    WORD_SPACE.test(text) &&
    !isCardLine(block.norm)
  );
}

/** A line that ends with a colon: a label or a heading of what follows it, no headline, tag or sentence's end. */
export const ENDS_WITH_COLON = /[:：]\s*$/u;
/** A line that announces a list (ENDS_WITH_COLON) is a sentence's length (a label such as "المصدر:" is shorter)… */
const ANNOUNCE_MIN_WORDS = 8;
/**
 * …or a clause that points ahead to the lines under it ("وجاءت النتائج على النحو التالي:", "الأسماء الآتية:",
 * "فيما يلي:", "ما نصه:", "أبرزها:", "قصيدته التي يقول فيها:", "أربع دول هي:"; on the matching form), of this many words: a
 * post's navigation label ("الخبر التالي:") is shorter.
 */
const POINTS_AHEAD = /(?:^|\s)(?:[وف]?ك?ال(?:تالي|اتي)ه?|يلي|نصه|ابرزه(?:ا|م)|فيها|فيه|و?ه(?:ي|م))\s*[:：]\s*$/u;
const POINTING_MIN_WORDS = 4;
/**
 * …or a clause that goes on from the text, its first word joined to "و" or "ف" ("وحدد البيان ثلاثة شروط:",
 * "واستشهد المتحدث ببيت الشاعر:"), of as many words: a site's labels open with their noun ("روابط ذات صلة:").
 */
const GOES_ON = /^[وف]\p{L}{3}/u;
/**
 * …or, of any length, a clause that a reporting verb opens ("وقال الشاعر:", goesOn) or a word that leads to
 * a list (LIST_LEAD_WORDS: "وتشمل الشروط المطلوبة:"), on the matching form.
 */
const LEADS_TO_LIST = new RegExp(`^[وف]?${anyOfMatchingForms(LIST_LEAD_WORDS)}(?=[\\s:：]|$)`, 'u');

/** A line that announces the lines under it as its list, its quoted verses or text. */
export function announces(block: Block, text = block.text): boolean {
  if (!ENDS_WITH_COLON.test(text)) return false;
  const n = wordCount(block.norm);
  return (
    n >= ANNOUNCE_MIN_WORDS ||
    (n >= POINTING_MIN_WORDS && (POINTS_AHEAD.test(block.norm) || GOES_ON.test(block.norm))) ||
    goesOn(block) ||
    LEADS_TO_LIST.test(block.norm)
  );
}

/** A list's items open with a dash or a tatweel when no renderer bulleted them. */
export const DASH_BULLET = /^\s*[ـ\-–—]\s/u;
/** Or with a number, as writers number a list's lines ("1- …", "٢. …", "3) …"; not a date, "12.03.2024"). */
const NUMBERED_ITEM = /^\s*[\d٠-٩]{1,2}\s*[-.)–ـ]\s*\p{L}/u;

export const announcesList = (p: Paragraph): boolean => announces(p.block, p.text);
export const isBulleted = (p: Paragraph): boolean =>
  p.block.kind === 'list-item' || DASH_BULLET.test(p.text) || NUMBERED_ITEM.test(p.text);

/**
 * The paragraphs of a body that are items of a list the text announces (withListsOfTheText): bulleted lines,
 * or plain lines that are no prose.
 */
export function announcedItems(body: Paragraph[]): Set<Paragraph> {
  const bulleted = new Set<Paragraph>();
  const plain = new Set<Paragraph>();
  for (let i = 1; i < body.length; i++) {
    const [item, above] = [body[i]!, body[i - 1]!];
    if (isBulleted(item)) {
      if (bulleted.has(above) || announcesList(above)) bulleted.add(item);
    } else if (!isProse(item.block, item.text) && (plain.has(above) || announcesList(above))) plain.add(item);
  }
  return new Set([...bulleted, ...plain]);
}

/**
 * A line that could be a headline: a handful to a few dozen words, not a sentence ending with a
 * period, not a label ending with a colon.
 */
export function isTitleLike(block: Block, text = block.text): boolean {
  const n = wordCount(block.norm);
  return (
    n >= TITLE_MIN_WORDS &&
    n <= TITLE_MAX_WORDS &&
    !ENDS_WITH_COLON.test(text) &&
    !/\.\s*$/.test(text.replace(/\.{2,}\s*$/, '')) &&
    hasWords(block.norm)
  );
}

/** A list item that is a sentence of text (FULL_STOP_END). */
export function isBulletedSentence(block: Block, text = block.text): boolean {
  return block.kind === 'list-item' && wordCount(block.norm) >= BULLETED_SENTENCE_MIN_WORDS && FULL_STOP_END.test(text);
}

export function hasWords(norm: string): boolean {
  return letterWordCount(norm) >= MIN_LETTER_WORDS;
}

/**
 * A line that reads as a headline rather than a sentence of running text: headline-length, and not
 * ending with a period (a question or an exclamation, commas or "..", are a headline's too:
 * "رؤية نتنياهو تجاه غزة.. استنزاف لا تطيقه «إسرائيل»؟").
 */
export function isHeadlineText(block: Block, text = block.text): boolean {
  return isTitleLike(block, text) && (wordCount(block.norm) < HEADLINE_MAX_WORDS || !isProse(block, text));
}

/** A dated headline's date is its last few words ("… November 9, 2020", "… 2020-11-09", "… 9 نوفمبر 2020 10:30"). */
const ITEM_DATE_MAX_WORDS = 5;
/** …after a headline of this many words at least. */
const DATED_HEADLINE_MIN_WORDS = 3;
const ENDS_WITH_DIGIT = /\d\s*$/u;
/** "2020-11-09": an ISO date that names a day. */
const DAY_ISO_LENGTH = 10;

/**
 * A list's item that prints its date after its headline ("باسيل أسير حزب الله … November 9, 2020"): the
 * date's comma and the headline's length make no sentence of it. A paragraph that a dump ran together
 * with the date under it ("… بشكل تدريجي.  15 تشرين ثاني 2023") is a sentence before its date.
 */
export function isDatedItem(text: string, bulleted = false): boolean {
  if (!ENDS_WITH_DIGIT.test(text)) return false;
  const tokens = text.trim().split(/\s+/u);
  // The shortest tail that reads as a day: a longer one may take the end of the headline's sentence along.
  for (let n = 1; n <= Math.min(ITEM_DATE_MAX_WORDS, tokens.length - DATED_HEADLINE_MIN_WORDS); n++) {
    // A list's item is dated to the day: a year or a month after a headline is the headline's ("… عام 2020").
    if ((parseDateLine(tokens.slice(-n).join(' ')) ?? '').length < DAY_ISO_LENGTH) continue;
    const headline = tokens.slice(0, -n);
    // A bulleted line is a list's whatever its length (a card may print its headline twice, as its image's
    // text and its link's); a line of text, only as long as a headline.
    return (bulleted || headline.length <= HEADLINE_MAX_WORDS) && !FULL_STOP_END.test(headline.join(' '));
  }
  return false;
}

/** The time a "latest news" strip prints before each headline ("17:53 GMT", "09:20 م"): not the title's. */
export const LEADING_CLOCK = /^\d{1,2}:\d{2}(?:\s*(?:gmt|utc|ص|م|am|pm)(?![\p{L}]))?\s+/iu;

/**
 * A view, read or comment count after a list's item, or a gallery's photos ("… 1839 مشاهدة", "… 14709 قراءة",
 * "… 25 صورة", "… شوهد 5239 مرة"): no sentence ends so.
 */
export const TRAILING_COUNT =
  /\s+(?:\d[\d,.]*\s*(?:مشاهد[ةه]|مشاهدات|قراء[ةه]|قراءات|تعليق|تعليقات|صور[ةه]?|views?)|شوهد\s+\d[\d,.]*\s+مر[ةه])$/iu;

/** A list's item that prints how often it was viewed, read or commented on after it, whatever its length. */
export const isCountedItem = (text: string): boolean => TRAILING_COUNT.test(text.trimEnd());

/** A renderer's or the site's number before an ordered list's item ("2. …", "2) …"). */
const ITEM_NUMBER = /^\s*(\d{1,2})[.)]\s/u;

/** Whether `text` is the item after `headline`'s in an ordered list ("2. …" under "1. …"). */
export function numberedNext(headline: string, text: string): boolean {
  const before = ITEM_NUMBER.exec(headline);
  const after = ITEM_NUMBER.exec(text);
  return before !== null && after !== null && Number(after[1]) === Number(before[1]) + 1;
}

/** A list's item that prints its time before it ("21:10 …") or its date after it (isDatedItem). */
export function isStampedItem(text: string, bulleted = false): boolean {
  return LEADING_CLOCK.test(text) || isDatedItem(text, bulleted);
}

/**
 * Positive for prose, negative for furniture. Long list items still count (some dumps bullet every
 * paragraph); short list items and short lines are what menus and headline strips are made of.
 */
export function proseWeight(block: Block, text = block.text): number {
  if (block.outside) return OUTSIDE_WEIGHT;
  const n = wordCount(block.norm);
  if (isDatedItem(text, block.kind === 'list-item'))
    return block.kind === 'list-item' ? SHORT_LIST_ITEM_WEIGHT : SHORT_LINE_WEIGHT;
  if (isProse(block, text)) {
    const weight =
      Math.min(n, PROSE_WEIGHT_MAX_WORDS) / PROSE_WORDS_PER_POINT + (endsLikeSentence(text) ? SENTENCE_END_BONUS : 0);
    return block.kind === 'list-item' ? weight * LIST_PROSE_SHARE : weight;
  }
  if (block.kind === 'list-item')
    return isBulletedSentence(block, text) ? BULLETED_SENTENCE_WEIGHT : SHORT_LIST_ITEM_WEIGHT;
  if (block.kind === 'heading') return LABEL_WEIGHT;
  return n <= LABEL_MAX_WORDS ? LABEL_WEIGHT : SHORT_LINE_WEIGHT;
}
