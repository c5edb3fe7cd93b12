/**
 * The headline of an article in a text dump. It is a headline-like line (a handful to a few dozen
 * words, not a sentence) among the few blocks before the body: the one that shares most words with the
 * body's opening, that a date line or byline follows, that comes before the article's date line
 * (captions come after it). When no line shares words with the body, the headline is still the nearest
 * headline-like line before the body, or before its date line or byline: a page does not lose its
 * headline because it is worded apart from the text. Lines of a list (menus, "latest" strips) are not
 * headlines.
 */
import type { Block } from '../document/model.js';
import { normalizeArabic } from '../text/normalize.js';
import { isCardLine } from '../text/cards.js';
import {
  ContentWords,
  contentWords,
  isStopWord,
  letterWordCount,
  overlap,
  wordCount,
  wordHeads,
  words,
} from '../text/words.js';
import {
  ENDS_WITH_COLON,
  endsLikeSentence,
  holdsSentence,
  isCaptionOf,
  isHeadlineText,
  isMarkedCaption,
  isPhotoCaption,
  isProse,
  isTitleLike,
  namesOutlet,
  namesSection,
  shortLineEndsSentence,
} from './prose.js';
import { isRelation, OVERLINE_OPENERS, SECTION_NAMES } from '../vocabulary.js';
import { QUESTION_END } from './starts.js';
import { holdsOneLink, type ContentUnit, type Paragraph, type Section, type Unit } from './units.js';

// The headline finder's heuristics, in one block (issue 12).
/** How many content blocks before the body the title search looks at. */
const TITLE_LOOKBACK = 8;
/** Share of a headline's content words found in the body's opening that makes it the headline outright. */
const TITLE_OVERLAP = 0.25;
/**
 * A line that writes MIN_SHARED_WORDS of the body's words, and this share of its own, is the headline before
 * a nearer line that writes fewer.
 */
const FAIR_OVERLAP = 0.15;
/** A headline with no word in common with the body is taken only this close to the body (content blocks). */
const WEAK_REACH = 3;
/** A headline-like line just above the headline is the headline when it shares this much with the body… */
const ABOVE_BODY_OVERLAP = 0.15;
/** …and at least this part of what the line under it shares (the line under it is then its deck)… */
const ABOVE_SHARE = 0.5;
/**
 * …when it is the shorter of the two; a longer one is the headline over a photo's caption or a short
 * second headline when it shares this much with the body and this many times what the line under it shares.
 */
const CAPTION_UNDER_OVERLAP = 0.5;
const CAPTION_UNDER_SHARE = 1.5;
/**
 * A headline shares this many words at least with the body to be taken on its overlap, and so does a line
 * above it to be taken in its place: one word in common is chance (a score line's club, "الاتحاد", over a
 * story of a workers' union; a schedule's "نشرة الأخبار" over a news story).
 */
const MIN_SHARED_WORDS = 2;
/** A deck shares at least this share of its content words with the headline and the body's opening. */
const DECK_OVERLAP = 0.2;
/** How a candidate's score moves: a date line or byline under it, a heading, a caption's place, distance, a list. */
const SCORE = { dated: 0.5, heading: 0.3, afterDateLine: -0.6, perBlock: -0.02, listItem: -0.4 } as const;
/** The body's opening a headline is held against: its first paragraphs (a lead and what follows it). */
const OPENING_PARAGRAPHS = 3;
/** A block that starts with the headline is it printed again when at most a caption this long follows. */
const REPEAT_CAPTION_MAX_WORDS = 20;
/** A label a caption prints before the headline ("بالفيديو |", "شاهد:") has at most this many words. */
const REPEAT_LABEL_MAX_WORDS = 3;
/** A crawler's page-title line ("Headline - Site") is among the first lines of the page. */
const PAGE_TITLE_LINES = 3;
/**
 * How many content lines the headline printed again under a page-title line is looked for in: past the
 * site's menu, a line or two a section (a dozen items and more), which the headline follows.
 */
const PAGE_TITLE_REPEAT_REACH = 30;
/** A headline found again inside the page-title line is a headline, not a word of the site's name. */
const REPEATED_HEADLINE_MIN_CHARS = 10;
/** A site's name written in Latin letters ("Akhbar News", "BBC News عربي"): its first word is. */
const LATIN_BRAND = /^\p{Script=Latin}/u;
/** The separator between a page title's headline and the site's name, at either end of the site's part. */
const PAGE_TITLE_SEPARATOR_AT_ENDS = /^\s*[-|–—:»«]+\s*|\s*[-|–—:»«]+\s*$/u;
/** A label's colon before the text ("الإشراف العام : إلهام أبو الفتح", a masthead's line), not a title's "::". */
const LABEL_COLON_AT_END = /(?<!:):\s*$/u;
/** A word of letters: a page-title part without one (a date, a count) is no headline. */
const A_WORD = /\p{L}{2,}/u;
/** A headline that reads as prose is still one up to this many words (an interview's long headline). */
const DATED_HEADLINE_MAX_WORDS = 30;
/** How deep in the body run a dated headline under a ticker's lines is looked for (datedHeadlineBelow). */
const DATED_HEADLINE_REACH = 4;
/** A dump's first line leads as the headline up to this many words (a headline's length, not prose's). */
const LEADING_HEADLINE_MAX_WORDS = 20;
/** The words of a headline that stands alone on the dump's first line ("جنرال الشعبوية", "صانع الفرجة"). */
const FIRST_LINE_MIN_WORDS = 2;
/** A headline and its decks atop a dump: this many headline-like lines at least (two are weighed by headlineAbove). */
const STACK_MIN_LINES = 3;
/** A menu or a row of links flattened into one line keeps a separator between this many items at least… */
const LINK_ROW_MIN_ITEMS = 4;
/** …of at most this many words each ("سياسة - اقتصاد - رياضة - ثقافة وفن"). */
const LINK_ROW_ITEM_MAX_WORDS = 2;
/** The separators such a row keeps between its items. */
const LINK_ROW_SEPARATOR = /\s+[-–—|•·/]\s+/u;
/** A title-like heading of these levels (h1–h3) is headline-shaped even when it reads as prose; lower ones are section heads. */
const HEADLINE_MAX_LEVEL = 3;

export interface TitleFound {
  paragraph: Paragraph;
  /** Position of the headline in the span. */
  at: number;
  /** Taken for want of a better line (it shares no word with the body): lines under it are not decks. */
  weak?: boolean;
  /** A line right over the text that was the title's candidate until this one, over the date line, won: no boilerplate, a paragraph. */
  displaced?: Paragraph;
}

/**
 * A section between headline and body parts them, but a tag line, a side column's list printed
 * beside them (a two-column dump: its marker sits outside the article), and a link to one story under the
 * headline's date line ("اقرأ أيضا: <headline>", on the marker's line or under it): a list parts them.
 */
const isBarrier = (unit: Unit): boolean =>
  unit.type === 'section' &&
  unit.section.kind !== 'keywords' &&
  !unit.section.marker.outside &&
  !holdsOneLink(unit.section);

const isDateOrByline = (unit: Unit | undefined): boolean =>
  unit?.type === 'fields' && unit.fields.some((f) => f.field === 'date' || f.field === 'author');

/**
 * A line under a list's items (a "latest" strip, a related box) that writes no word of the text, nor does any
 * line between them, over a two-word line right over the text that writes one, or under a section's name that
 * the page's menu lists (a kicker, "رياضة" over "شكل ومضمون"): where the list ends is unsure, and the lines are
 * its last items ("أمانة المدينة تشارك …" under "آخر الأخبار", over "آفة التطرف"; the list may have kept only
 * its first item). A writer's name there writes none.
 */
export function isListTailOverShort(
  span: Unit[],
  at: number,
  bodyStart: number,
  text: ContentWords,
  inMenu: TitleContext['inMenu'],
): boolean {
  const [kicker, short] = [span[bodyStart - 2], span[bodyStart - 1]];
  if (
    at >= bodyStart - 1 ||
    short?.type !== 'content' ||
    !isShortHeadline(short) ||
    (overlap(contentWords(short.block.norm), text) === 0 &&
      !(at < bodyStart - 2 && kicker?.type === 'content' && inMenu(kicker.text, kicker.block)))
  )
    return false;
  for (let j = at; j >= 0; j--) {
    const unit = span[j]!;
    if (unit.type === 'section') return j < at && isRelation(unit.section.kind) && unit.section.items.length > 0;
    if (unit.type !== 'content' || overlap(contentWords(unit.block.norm), text) > 0) return false;
  }
  return false;
}

/** A line that could be the headline: headline-shaped, in the article (not a side strip; an HTML heading may be outside it). */
export function headlineShaped(unit: ContentUnit): boolean {
  const { block, text } = unit;
  return (
    (!block.outside || block.kind === 'heading') &&
    (isHeadlineText(block, text) ||
      (isTitleLike(block, text) && block.level !== undefined && block.level <= HEADLINE_MAX_LEVEL))
  );
}

/** What the page and the byline finder know that the title finder asks (bylines.ts imports this module). */
export interface TitleContext {
  /** Whether the page prints a text inside a longer line of its furniture (a site's name in its copyright line). */
  printedWithin: (text: string) => boolean;
  /** Whether one of the page's list items but the block itself reads as the text (a section the menu lists). */
  inMenu: (text: string, block: Block) => boolean;
  /** A byline wherever it stands (a name after an honorific or after a city): never the headline. */
  isByline: (text: string) => boolean;
  /** A line shaped as a byline, a bare name too: under a two-word line, it makes a headline of it. */
  isBylineShaped: (text: string) => boolean;
}

const NO_TITLE_CONTEXT: TitleContext = {
  printedWithin: () => false,
  inMenu: () => false,
  isByline: () => false,
  isBylineShaped: () => false,
};

export function findTitle(
  span: Unit[],
  bodyStart: number,
  body: Paragraph[],
  context: TitleContext = NO_TITLE_CONTEXT,
): TitleFound | null {
  if (body.length === 0) return null;
  const opening = new ContentWords(body.slice(0, OPENING_PARAGRAPHS).map((p) => p.block.norm));
  // Headlines come before the article's date line; photo captions come after it.
  let dateLine = -1;
  for (let i = bodyStart - 1; i >= 0 && dateLine < 0; i--) {
    const unit = span[i]!;
    if (isBarrier(unit)) break;
    if (unit.type === 'fields' && unit.fields.some((f) => f.field === 'date')) dateLine = i;
  }
  const underDateLine = (at: number): boolean => dateLine >= 0 && at > dateLine;
  let strong: (TitleFound & { score: number }) | null = null;
  // A line that writes some words of the text, not enough to be taken outright: before a line that writes none.
  let fair: TitleFound | null = null;
  let weak: TitleFound | null = null;
  // A two-word line over the date line that writes no word of the text: the title only when no other line is one.
  let lastResort: TitleFound | null = null;
  // The headline-like line over a photo's caption, however far above the text: before a line that writes no word of it.
  let captioned: TitleFound | null = null;
  // The headline-shaped line right over the article's date line: a headline's place.
  let overDateLine: TitleFound | null = null;
  let looked = 0;
  for (let i = bodyStart - 1; i >= 0 && looked < TITLE_LOOKBACK; i--) {
    const unit = span[i]!;
    // A topic or tag line may sit between headline and body; a related list or a footer may not.
    if (isBarrier(unit)) break;
    if (unit.type !== 'content') continue;
    looked++;
    const short = !headlineShaped(unit) && !isFirstLineHeadline(unit);
    // A one-word headline ("إصدارات") over the article's date line or byline: the title only when no other line is
    // one, and none that names a section ("أخبار" under "الرئيسية": the page's breadcrumb) or that the menu lists.
    const oneWord =
      short &&
      isDateOrByline(span[i + 1]) &&
      isShortHeadline(unit, 1) &&
      !namesSection(words(unit.block.norm)) &&
      !context.inMenu(unit.text, unit.block);
    const placed =
      oneWord ||
      isDatedShortHeadline(span, i) ||
      isStoppedHeadline(span, i) ||
      isSignedShortHeadline(span, i, context.isBylineShaped) ||
      isCaptionedShortHeadline(span, i, context.isBylineShaped);
    // A two-word line right over the text that writes a word of it ("آفة التطرف" over a text on extremism):
    // the title only when no other line is one (a short caption there may write its words too).
    const overText = short && !placed && i === bodyStart - 1 && isShortHeadline(unit);
    if (short && !placed && !overText) continue;
    if (isCaptionUnder(span, i, context.isBylineShaped)) {
      const above = span[i - 1] as ContentUnit;
      // A byline over the photo ("عيسى الحبيب - الرياض") is no headline, though headline-shaped.
      if (!context.isByline(above.text))
        captioned ??= { paragraph: { block: above.block, text: above.text }, at: i - 1, weak: true };
      continue;
    }
    // A writer's name with an honorific ("د. عبد العزيز القحطاني") over the date line is the byline; a menu
    // flattened into one line is no headline, however headline-shaped. A line that says it is a photo's caption
    // ("صورة من الحدث (أ ف ب)") is never the title, even the nearest line, nor is a name right under a headline
    // about the text (a menu line over a headline is none).
    if (
      isDatedListItem(span, i) ||
      context.isByline(unit.text) ||
      isLinkRow(unit.text) ||
      isPhotoCaption(unit.block, unit.text) ||
      (!placed &&
        isBylineUnderHeadline(span, i, context.isBylineShaped) &&
        ((overlap(contentWords((span[i - 1] as ContentUnit).block.norm), opening) > 0 &&
          !isMenuAtop(span, i - 1, opening)) ||
          (i === bodyStart - 1 && headsPage(span, i - 1, opening))))
    )
      continue;
    const candidateWords = contentWords(unit.block.norm);
    const shared = overlap(candidateWords, opening);
    const found = { paragraph: { block: unit.block, text: unit.text }, at: i };
    // A two-word line over the date line is a headline when it writes a word of the text: a section's name does
    // not. With no other line to be the title, it is still the headline (a page does not lose its headline),
    // right over the text too ("شكل ومضمون", a column's name), unless it names a section: the menu lists it, or
    // it holds a section's noun.
    if (overText && shared === 0 && (context.inMenu(unit.text, unit.block) || namesSection(words(unit.block.norm))))
      continue;
    if (short && (shared === 0 || oneWord || overText)) {
      // Nearest the text first; but a line over the date line (a headline's place, "إصدارات") before one
      // under it (a caption's or a subhead's place, "كلمة الله"), unless it names a section.
      if (!lastResort) lastResort = { ...found, weak: true };
      else if (
        underDateLine(lastResort.at) &&
        !underDateLine(i) &&
        !context.inMenu(unit.text, unit.block) &&
        !namesSection(words(unit.block.norm))
      )
        lastResort = {
          ...found,
          weak: true,
          displaced: lastResort.at === bodyStart - 1 ? lastResort.paragraph : undefined,
        };
      continue;
    }
    const heading = unit.block.kind === 'heading';
    const listItem = unit.block.kind === 'list-item';
    const dated = isDateOrByline(span[i + 1]);
    const afterDateLine = underDateLine(i);
    if (i === dateLine - 1 && !listItem) overDateLine = found;
    if ((shared >= TITLE_OVERLAP && sharesWords(candidateWords, shared)) || (heading && shared > 0)) {
      const score =
        shared +
        (dated ? SCORE.dated : 0) +
        (heading ? SCORE.heading : 0) +
        (afterDateLine ? SCORE.afterDateLine : 0) +
        looked * SCORE.perBlock +
        (listItem ? SCORE.listItem : 0);
      if (!strong || score > strong.score) strong = { ...found, score };
    } else if (!fair && !listItem && !afterDateLine && shared >= FAIR_OVERLAP && sharesWords(candidateWords, shared))
      fair = found;
    else if (!weak && !listItem && !afterDateLine && (looked <= WEAK_REACH || dated)) weak = { ...found, weak: true };
  }
  // A menu flattened into one line (isNounRow) above a two-word headline over the date line is the page's
  // menu, not a headline that writes no word of the text ("سياسة اقتصاد رياضة …" over "شكل ومضمون").
  const menuOverShort = weak && lastResort && weak.at < lastResort.at && isNounRow(weak.paragraph.block);
  const listOverShort =
    weak && lastResort?.at === bodyStart - 1 && isListTailOverShort(span, weak.at, bodyStart, opening, context.inMenu);
  // A line under the date line that writes the text's words is a photo's caption when a headline-shaped line
  // stands over the date line ("الواحات المصرية حياة على حافة الرمال" / date / "نخيل واحة الخارجة …" / text).
  const overCaption = strong && underDateLine(strong.at) ? overDateLine : null;
  const best = overCaption ?? strong ?? fair ?? captioned ?? (menuOverShort || listOverShort ? null : weak);
  if (!best) return lastResort;
  const chosen = stackTop(span, best, body) ?? headlineAbove(span, best, opening, context.printedWithin) ?? best;
  // A line of bare nouns atop the page that its text barely takes up (isMenuAtop: "سياسة اقتصاد رياضة …" over an
  // economy text) is the title only for want of a better line: a headline that opens the text (ending with
  // "؟", over its date line) is one.
  return isMenuAtop(span, chosen.at, opening) ? { ...chosen, weak: true } : chosen;
}

/**
 * The dump's first line, headline-like, right over the title found (a byline or date line may stand
 * between), that writes a word of the text or of the title found in some form (aboutText): a headline whose
 * words the text writes in other forms only ("أوروبا تحتاج…" over its deck "خطة أوروبية لخفض أسعار الطاقة…", a
 * text on "الاتحاد الأوروبي"), or not at all but its deck does (the deck taken for the title), which the title
 * finder weighs below the deck. It is no menu, link row, list's item, byline nor the site's name. The caller
 * keeps it in the body with a warning: a headline is never lost. A line about something else (a "latest" item
 * with no marker) is left out as before.
 */
export function firstLineOver(
  span: Unit[],
  titleAt: number,
  body: Paragraph[],
  context: TitleContext,
): ContentUnit | null {
  let at = titleAt - 1;
  while (at >= 0 && isDateOrByline(span[at])) at--;
  const first = span[at];
  return first?.type === 'content' &&
    first.block.index === 0 &&
    first.block.kind !== 'list-item' &&
    headlineShaped(first) &&
    !context.printedWithin(first.text) &&
    !context.isByline(first.text) &&
    !context.isBylineShaped(first.text) &&
    !isLinkRow(first.text) &&
    !isNounRow(first.block) &&
    aboutText(first.block.norm, [{ block: (span[titleAt] as ContentUnit).block, text: '' }, ...body])
    ? first
    : null;
}

/** A print paper's overline has at most this many words: a circumstance of the headline, not a sentence of the text. */
const OVERLINE_MAX_WORDS = 10;
/** OVERLINE_OPENERS on the matching form, as the words each opens a line with. */
const OVERLINE_OPENER_WORDS = OVERLINE_OPENERS.map((opener) => words(normalizeArabic(opener)));
/**
 * "ب" with a verbal noun of the derived forms انفعال، افتعال، استفعال ("بانتهاء النصف الأول من عام 2012",
 * "باختتام", "بانطلاق", "باستمرار"), on the matching form: the time or manner of the story, as OVERLINE_OPENERS.
 */
const VERBAL_NOUN_OPENER = /^با(?:ن\p{L}{2}|\p{L}ت\p{L}|ست\p{L}{2})ا\p{L}$/u;
/**
 * What joins a second clause to a line: a headline glued to its overline ("في ظل غيابه … .. التاريخ والدراما في
 * اليمن..") or a speaker's colon. A line with one is a headline itself.
 */
const SECOND_CLAUSE = /\.\.|[:：؟?!]/u;

/**
 * A print paper's overline on the dump's first line, taken for the title, with the headline right under it
 * taken for its deck ("بعد زيارة قصيرة لدولة قطر" over "رئيس الجمهورية: المرحلة الانتقالية …"): the line opens
 * with a circumstance (OVERLINE_OPENERS, VERBAL_NOUN_OPENER) and says no more, and the line under it is
 * headline-shaped. The caller makes that line the title and keeps the overline as the text's first paragraph.
 */
export function headlineUnderOverline(span: Unit[], title: Paragraph, body: Paragraph[]): boolean {
  const ws = words(title.block.norm);
  if (
    title.block.index !== 0 ||
    ws.length > OVERLINE_MAX_WORDS ||
    SECOND_CLAUSE.test(title.text) ||
    !(
      VERBAL_NOUN_OPENER.test(ws[0] ?? '') ||
      OVERLINE_OPENER_WORDS.some((opener) => opener.every((w, i) => ws[i] === w))
    )
  )
    return false;
  const next = span[span.findIndex((u) => u.type === 'content' && u.block === title.block) + 1];
  return next?.type === 'content' && body[0]?.block === next.block && headlineShaped(next);
}

/** Whether a line writes a word of the text in some form: a content word's head (wordHeads) that a word of the body starts with. */
function aboutText(lineNorm: string, body: Paragraph[]): boolean {
  const heads = new Set(wordHeads(contentWords(lineNorm)));
  return heads.size > 0 && body.some((p) => wordHeads(contentWords(p.block.norm)).some((head) => heads.has(head)));
}

/** A menu flattened into one line is this many section names at least. */
const NOUN_ROW_MIN_WORDS = 4;
/** Letters and the spaces between words only: no digit, no punctuation. */
const LETTERS_ONLY = /^[\p{L}\p{M}\s]+$/u;
/** A word with the definite article, after a proclitic or none ("الحرب", "والسلام", "للمهندسين"). */
const DEFINITE_WORD = /^[وفبك]?(?:ال|لل)\p{L}{2}/u;

/**
 * Particles no menu names and the stop words leave out (they count as content words elsewhere): "رب ارحمهما
 * كما ربياني صغيراً" is a verse, not a row of sections.
 */
const PARTICLES: ReadonlySet<string> = new Set(
  ['كما', 'مما', 'بما', 'عما', 'لما', 'حيث', 'كي', 'لكي', 'لن', 'لم', 'هل', 'أم', 'إذ', 'ولا', 'فلا'].map(
    normalizeArabic,
  ),
);

/**
 * A menu flattened into one line, its separators lost ("سياسة اقتصاد رياضة ثقافة وفن منوعات محليات"): bare
 * nouns, not one of them definite, no particle, no punctuation nor digit. A headline writes one of these (a
 * preposition, a name with its article, quotes, a colon): of the 417 headlines of four words or more in the
 * labelled sets (SaudiNewsNet, ANT, Al Mayadeen), 5 write none ("مواطن يقتل شقيقه بألة حادة").
 */
function isNounRow(block: Block): boolean {
  const lineWords = words(block.norm);
  return (
    lineWords.length >= NOUN_ROW_MIN_WORDS &&
    LETTERS_ONLY.test(block.norm) &&
    !lineWords.some((w) => isStopWord(w) || PARTICLES.has(w) || DEFINITE_WORD.test(w))
  );
}

/**
 * A menu flattened into one line atop the page (isNounRow, no line of the page over it) whose words the text
 * does not take up: it heads nothing. A section's name may meet a word of the text by chance ("رياضة" in a
 * text that writes "الرياضة"); a headline of bare nouns about its text writes its words ("رب ارحمهما كما
 * ربياني صغيراً", a column quoting the verse).
 */
export function isMenuAtop(span: Unit[], at: number, text: ContentWords): boolean {
  const unit = span[at];
  return (
    unit?.type === 'content' &&
    isNounRow(unit.block) &&
    span.findIndex((u) => u.type === 'content') === at &&
    overlap(contentWords(unit.block.norm), text) < NOUN_ROW_ABOUT
  );
}
/** The share of a line of bare nouns' words that its text writes, at least, for it to be a headline. */
const NOUN_ROW_ABOUT = 0.3;

/**
 * A headline-like line at `at` with nothing over it but the page's menu line (its separators kept: a line of
 * bare nouns may be a Persian headline), or nothing at all: the page's headline, not the last item of a
 * "latest" list (whose items, or its marker, stand over it). A menu line itself heads nothing, nor does a
 * line of bare nouns that writes no word of the text (isMenuAtop): a short line under it is no byline of it.
 */
function headsPage(span: Unit[], at: number, text: ContentWords): boolean {
  const above = span[at - 1];
  return (
    !isLinkRow((span[at] as ContentUnit).text) &&
    !isMenuAtop(span, at, text) &&
    (above === undefined || (above.type === 'content' && isLinkRow(above.text)))
  );
}

/** A menu or a row of links flattened into one line, its separators kept ("سياسة - اقتصاد - رياضة - ثقافة وفن"). */
export function isLinkRow(text: string): boolean {
  const items = text.split(LINK_ROW_SEPARATOR);
  return items.length >= LINK_ROW_MIN_ITEMS && items.every((item) => wordCount(item) <= LINK_ROW_ITEM_MAX_WORDS);
}

/**
 * Headline, date, headline, date, headline: a headline between two date lines, with a headline over the
 * date line above it and another under the date line below it, is an item inside a dated list, not the
 * article's headline (the list's last headline may be: the text follows it).
 */
function isDatedListItem(span: Unit[], i: number): boolean {
  const headlineAt = (j: number): boolean => {
    const unit = span[j];
    return unit?.type === 'content' && headlineShaped(unit);
  };
  return isDateOrByline(span[i - 1]) && isDateOrByline(span[i + 1]) && headlineAt(i - 2) && headlineAt(i + 2);
}

/**
 * A line that says it is a photo's caption ("… (أرشيفية)") right under a headline-like line, or a two-word
 * headline (isCaptionedShortHeadline): the headline's photo, printed between it and the text where no date
 * line parts them (it may share more words with the text than the headline does).
 */
function isCaptionUnder(span: Unit[], i: number, isBylineShaped: (text: string) => boolean): boolean {
  const [unit, above] = [span[i], span[i - 1]];
  return (
    unit?.type === 'content' &&
    isMarkedCaption(unit.block, unit.text) &&
    above?.type === 'content' &&
    ((headlineShaped(above) && !isBylineUnderHeadline(span, i - 1, isBylineShaped)) ||
      isCaptionedShortHeadline(span, i - 1, isBylineShaped)) &&
    !isMarkedCaption(above.block, above.text)
  );
}

/**
 * A two-word headline ("آفة التطرف") over its photo's caption ("جانب من الاجتماع (واس)"): the caption's place
 * makes a headline of the short line, as a date line's does (a caption whose brackets only label the media,
 * "(صور)", may be a headline itself).
 */
function isCaptionedShortHeadline(span: Unit[], i: number, isBylineShaped: (text: string) => boolean): boolean {
  const [unit, below] = [span[i], span[i + 1]];
  return (
    unit?.type === 'content' &&
    below?.type === 'content' &&
    isShortHeadline(unit) &&
    isPhotoCaption(below.block, below.text) &&
    !isBylineUnderHeadline(span, i, isBylineShaped)
  );
}

/** A name right under a headline (no list's item) is its writer's, over the photo: headline, byline, caption. */
function isBylineUnderHeadline(span: Unit[], i: number, isBylineShaped: (text: string) => boolean): boolean {
  const [above, unit] = [span[i - 1], span[i]];
  return (
    unit?.type === 'content' &&
    isBylineShaped(unit.text) &&
    above?.type === 'content' &&
    above.block.kind !== 'list-item' &&
    headlineShaped(above)
  );
}

/**
 * The page's own headline printed after a see-also label ("اقرأ: <headline>", as a video or a feature page may
 * label it), which a rule took for a read-also link: the marker's line right over the text, past its date line
 * or byline only, with no item under it, and its headline about the text as a title's is (TITLE_OVERLAP). The
 * section, whose link it is not, is returned with it.
 */
export function labelledHeadline(span: Unit[], bodyStart: number, body: Paragraph[]): Section | null {
  let at = bodyStart - 1;
  while (at >= 0 && span[at]!.type === 'fields') at--;
  const unit = span[at];
  if (unit?.type !== 'section' || !isRelation(unit.section.kind)) return null;
  const { inline, items } = unit.section;
  if (inline === null || items.length > 0) return null;
  const opening = new ContentWords(body.slice(0, OPENING_PARAGRAPHS).map((p) => p.block.norm));
  const lineWords = contentWords(normalizeArabic(inline));
  const shared = overlap(lineWords, opening);
  return shared >= TITLE_OVERLAP && sharesWords(lineWords, shared) ? unit.section : null;
}

/** Whether a line whose content words are `lineWords` shares MIN_SHARED_WORDS of them, at a share of `shared`. */
const sharesWords = (lineWords: readonly string[], shared: number): boolean =>
  Math.round(shared * lineWords.length) >= MIN_SHARED_WORDS;

/**
 * A newspaper file opens with its headline and a stack of decks under it (quotes, highlights), then the
 * text: the page's first line and at least STACK_MIN_LINES headline-like lines in all, one under the
 * other (a source line may stand among them, and a photo's caption, which counts for none; a date line or
 * byline may not: a "latest" list ends at the headline that its date line follows). The first line is
 * the headline; the lines under it are decks, kept in the body when they are about the text
 * (decksBetween). A headline writes words of its text, if of a later part of it; a menu line atop the
 * page (over the headline and a photo's caption) writes none, and the headline about the text under it
 * stays the title.
 */
function stackTop(span: Unit[], found: TitleFound, body: Paragraph[]): TitleFound | null {
  let top = found.at;
  while (top > 0 && isStacked(span[top - 1])) top--;
  const first = span[top];
  if (first?.type !== 'content' || first.block.index !== 0 || isLinkRow(first.text)) return null;
  // Under it, a line about the text is the headline unless the first line writes words of the text too.
  const firstWords = contentWords(first.block.norm);
  if (!found.weak && !sharesWords(firstWords, overlap(firstWords, new ContentWords(body.map((p) => p.block.norm)))))
    return null;
  let lines = 0;
  for (const unit of span.slice(top)) {
    if (isDateOrByline(unit)) return null;
    // A photo's caption that says it is one ("صورة من الحدث (أ ف ب)") is no deck of the stack.
    if (isStacked(unit)) lines += isMarkedCaption(unit.block, unit.text) ? 0 : 1;
    else if (unit.type !== 'fields') break;
  }
  return lines >= STACK_MIN_LINES ? { paragraph: { block: first.block, text: first.text }, at: top } : null;
}

const isStacked = (unit: Unit | undefined): unit is ContentUnit => unit?.type === 'content' && headlineShaped(unit);

/** A short headline on the page's first line: two words are a headline there, where no menu stands. */
function isFirstLineHeadline(unit: ContentUnit): boolean {
  return unit.block.index === 0 && isShortHeadline(unit);
}

/**
 * A two-word headline ("آفة التطرف") with the article's date line or byline right under it: the line's
 * place makes a headline of it where no other line is one (it is too short to be headline-shaped).
 */
export function isDatedShortHeadline(span: Unit[], i: number): boolean {
  const unit = span[i];
  return unit?.type === 'content' && isDateOrByline(span[i + 1]) && isShortHeadline(unit);
}

/** A full stop at a line's end (not an ellipsis's last dot). */
const STOP_AT_END = /(?<!\.)\.\s*$/u;

/**
 * A headline its site ends with a full stop ("الحكومة تعلن خطة جديدة لدعم المزارعين."), with the article's date
 * line or byline right under it: one sentence, headline-shaped but for its stop. (A caption stands under the
 * date line, and a list's teaser is a summary longer than a headline.)
 */
function isStoppedHeadline(span: Unit[], i: number): boolean {
  const unit = span[i];
  if (unit?.type !== 'content' || !isDateOrByline(span[i + 1]) || !STOP_AT_END.test(unit.text)) return false;
  const text = unit.text.replace(STOP_AT_END, '');
  return !holdsSentence(text) && headlineShaped({ ...unit, text });
}

/**
 * A two-word headline ("شكل ومضمون") over its writer's name, which no rule has read as a byline yet (it is
 * one under a headline): the name makes a headline of the short line, as a date line does.
 */
export function isSignedShortHeadline(span: Unit[], i: number, isBylineShaped: (text: string) => boolean): boolean {
  const [unit, below] = [span[i], span[i + 1]];
  return (
    unit?.type === 'content' &&
    below?.type === 'content' &&
    below.block.kind !== 'list-item' &&
    isShortHeadline(unit) &&
    isBylineShaped(below.text)
  );
}

/** SECTION_NAMES on the matching form. */
const SECTION_NAME_FORMS: ReadonlySet<string> = new Set(SECTION_NAMES.map(normalizeArabic));

/**
 * A line of a short headline's words (FIRST_LINE_MIN_WORDS, or `count`), no list's item, sentence, label or
 * section's name ("اقتصاد", "عربي ودولي"); an exclamation ("أنت مبدع!") is a headline's, of two words no sentence.
 */
export function isShortHeadline(
  { block, text }: { block: Block; text: string },
  count = FIRST_LINE_MIN_WORDS,
): boolean {
  return (
    block.kind !== 'list-item' &&
    wordCount(block.norm) === count &&
    letterWordCount(block.norm) === count &&
    !shortLineEndsSentence(text) &&
    !ENDS_WITH_COLON.test(text) &&
    !SECTION_NAME_FORMS.has(block.norm)
  );
}

/**
 * Two headline-like lines one above the other, the lower one longer: the upper one is the headline and
 * the lower its deck, when the upper one is about the article as much as the lower one nearly (it shares
 * at least half as large a share of its words with the body's opening, and enough of them). A
 * breadcrumb, a slogan, a "latest" item or a score line above the headline shares little (a word by
 * chance at most); a photo caption above it is no shorter than the headline; the site's name, which the
 * page prints within its footer, is none. The lower one shorter, the upper one is the headline only when
 * it is far more about the text (a photo's caption under the headline, over the byline, that the byline's
 * place made the candidate), or the lower one repeats its words (a caption: isCaptionOf); the lower one
 * then stays in the body as a deck. A photo's caption between the two ("(أرشيفية)") is passed over.
 */
function headlineAbove(
  span: Unit[],
  found: TitleFound,
  opening: ContentWords,
  printedWithin: (text: string) => boolean,
): TitleFound | null {
  // The headline's photo caption ("(أرشيفية)") may stand between it and its deck.
  const at = isCaptionAt(span, found.at - 1) ? found.at - 2 : found.at - 1;
  const above = span[at];
  // A line the page prints inside a longer one (the site's name over a print edition's headline, in its
  // copyright line) is no headline.
  if (
    above?.type !== 'content' ||
    above.block.kind === 'list-item' ||
    !headlineShaped(above) ||
    printedWithin(above.text)
  )
    return null;
  const aboveWords = contentWords(above.block.norm);
  const upper = overlap(aboveWords, opening);
  const lower = overlap(contentWords(found.paragraph.block.norm), opening);
  // A deck is no shorter than its headline: of two lines the same length, the page's order decides.
  const deckUnder = wordCount(above.block.norm) <= wordCount(found.paragraph.block.norm);
  const captionUnder =
    (upper >= CAPTION_UNDER_OVERLAP && upper >= lower * CAPTION_UNDER_SHARE) ||
    isCaptionOf(found.paragraph.block, above.block);
  if (!deckUnder && !captionUnder) return null;
  return upper >= ABOVE_BODY_OVERLAP && upper >= lower * ABOVE_SHARE && sharesWords(aboveWords, upper)
    ? { paragraph: { block: above.block, text: above.text }, at }
    : null;
}

/** Whether the unit at `i` is a line that says it is a photo's caption. */
function isCaptionAt(span: Unit[], i: number): boolean {
  const unit = span[i];
  return unit?.type === 'content' && isMarkedCaption(unit.block, unit.text);
}

/**
 * Lines between the headline (at `title`, or -1 when the input's metadata gives it and the text does not
 * print it) and the body that are neither boilerplate nor field lines, before the
 * article's date line or byline, and about the article (they share words with the headline or the
 * body's opening): a deck or standfirst, kept as the body's first paragraphs. Lines after the date line
 * or byline are photo captions; lines about something else are page furniture (a poll, a promotion),
 * and where furniture stands between the headline and the text, no line there is taken for a deck.
 */
export function decksBetween(
  span: Unit[],
  title: number,
  bodyStart: number,
  body: Paragraph[],
  headlineNorm: string,
): ContentUnit[] {
  // Under a headline atop the dump (a print paper's file: nothing above it), a deck may sum up any part of the text
  // ("339 ألف طن فائض …" over a report whose opening is about the farms), as headsDeck reads a headline.
  const headline = span[title];
  const atop = headline?.type === 'content' && headline.block.index === 0;
  const about = new ContentWords([
    headlineNorm,
    ...(atop ? body : body.slice(0, OPENING_PARAGRAPHS)).map((p) => p.block.norm),
  ]);
  const decks: ContentUnit[] = [];
  for (let i = title + 1; i < bodyStart; i++) {
    const unit = span[i]!;
    if (isDateOrByline(unit) || unit.type === 'section') break;
    // The headline printed again, or a photo's caption that says it is one ("… (أرشيفية)"), is no deck.
    if (unit.type !== 'content' || repeatsHeadline(unit, headlineNorm) || isMarkedCaption(unit.block, unit.text))
      continue;
    const deck =
      !unit.block.outside &&
      unit.block.kind !== 'list-item' &&
      (headlineShaped(unit) || isProse(unit.block, unit.text)) &&
      overlap(contentWords(unit.block.norm), about) >= DECK_OVERLAP;
    if (!deck) return [];
    decks.push(unit);
  }
  return decks;
}

/** What a renderer prints before an image's alt text: Debian html2text's "[", lynx's "[12]". */
const LEADING_MARKUP = /^[^\p{L}\p{N}]*(?:\d+\])?/u;

/**
 * Pages print the headline again (an h1 after the page title, a share widget, or — in w3m — an image's
 * alt text followed by its caption, "[headline] caption" in Debian html2text): a block that is the
 * headline plus at most a short caption is no body.
 */
export function repeatsHeadline(first: Paragraph, titleNorm: string): boolean {
  const unmarked = (text: string): string => text.replace(LEADING_MARKUP, '');
  const [norm, headline] = [unmarked(first.block.norm), unmarked(titleNorm)];
  if (!norm.startsWith(headline)) return false;
  const rest = norm.slice(headline.length);
  // A card of the headline (its image's alt text, then the headline again as its label) whatever its end.
  if (isCardLine(first.block.norm) && words(rest).join(' ') === words(headline).join(' ')) return true;
  return wordCount(rest) === 0 || (wordCount(rest) <= REPEAT_CAPTION_MAX_WORDS && !endsLikeSentence(first.text));
}

/** A short label and a separator before a caption's text ("بالفيديو | ", "شاهد: ", "فيديو - "). */
const CAPTION_LABEL = /^(\S+(?: \S+)*?)\s*(?:[|:：]|\s[-–—]|\.\.)\s*$/u;

/** How many of the body's first paragraphs may hold the headline printed bare (bareHeadlineBelow). */
const BARE_HEADLINE_REACH = 3;

/**
 * The headline was taken from a line that glues a ticker's or a section's word before it ("عاجل <headline>",
 * "متابعات | <headline>") while the text opens with the headline alone: that line is the headline as the
 * article prints it. Its index in the body, or -1.
 */
export function bareHeadlineBelow(title: Paragraph, body: Paragraph[]): number {
  const norm = title.block.norm.trim();
  for (let k = 0; k < Math.min(BARE_HEADLINE_REACH, body.length); k++) {
    const { block, text } = body[k]!;
    const headline = block.norm.trim();
    if (headline.length === 0 || headline.length >= norm.length || !norm.endsWith(headline)) continue;
    const label = norm.slice(0, -headline.length);
    if (/\S$/u.test(label) || !isTitleLike(block, text)) continue;
    // A word of its own ("عاجل"), or a short label closed by a separator: a longer phrase leads into the headline.
    if (wordCount(label) === 1 || isCaptionLabel(label)) return k;
  }
  return -1;
}

/**
 * A video or photo caption that prints the headline under it again behind a short label ("بالفيديو |
 * <headline>", then the headline): the caption is a repeat, neither paragraph nor title (a headline
 * that ends with "؟" opens the body run, and the caption, longer, would hide it).
 */
export function labelsHeadline(caption: Paragraph, headline: Paragraph): boolean {
  const [norm, title] = [caption.block.norm.trim(), headline.block.norm.trim()];
  if (title.length === 0 || norm.length <= title.length || !norm.endsWith(title)) return false;
  return isCaptionLabel(norm.slice(0, -title.length));
}

function isCaptionLabel(text: string): boolean {
  const label = CAPTION_LABEL.exec(text);
  return !!label && /\p{L}/u.test(label[1]!) && wordCount(label[1]!) <= REPEAT_LABEL_MAX_WORDS;
}

/**
 * Crawl extractors (warc2text, CulturaX) put the page's <title> on the first line, "Headline - Site",
 * and the headline itself again a little later: the first line is then page chrome, the later one the title
 * (the longer part of the first line: the shorter one is the site's name, printed again as its logo). A
 * headline of a word or two ("إصدارات – صحيفة الوطن") may be the shorter part: it is the title where a
 * headline stands, over its date line or byline (a section's name the page title names sits in the menu), or
 * where the other part is an outlet's name and the headline is no menu item of one word.
 */
export function findPageTitleLine(span: Unit[]): { line: ContentUnit; title: ContentUnit } | null {
  const content = span.filter((u): u is ContentUnit => u.type === 'content').slice(0, PAGE_TITLE_REPEAT_REACH);
  const datedAt = (unit: ContentUnit): boolean => isDateOrByline(span[span.indexOf(unit) + 1]);
  for (let i = 0; i < Math.min(PAGE_TITLE_LINES, content.length); i++) {
    const line = content[i]!.block.norm;
    for (const candidate of content.slice(i + 1)) {
      const headline = candidate.block.norm;
      if (headline.length >= line.length || !A_WORD.test(headline)) continue;
      const rest = pageTitleRest(line, headline);
      if (rest === null) continue;
      const longerPart = headline.length >= REPEATED_HEADLINE_MIN_CHARS && headline.length >= rest.trim().length;
      // Both parts printed again: the site's name comes first, as its logo (over an issue's date line), the
      // headline later.
      const other = rest.replace(PAGE_TITLE_SEPARATOR_AT_ENDS, '');
      const otherLater = content.slice(content.indexOf(candidate) + 1).some((u) => u.block.norm === other);
      // The other part an outlet's name ("شكل ومضمون :: صحيفة الوطن") or a brand in Latin letters beside an Arabic
      // headline ("شكل ومضمون | Akhbar News"): a headline of two words or more that is no menu's item is the
      // title, however short.
      const outletNamed =
        (namesOutlet(other) || LATIN_BRAND.test(other.trim())) &&
        candidate.block.kind !== 'list-item' &&
        wordCount(headline) >= FIRST_LINE_MIN_WORDS;
      if (longerPart || outletNamed || (datedAt(candidate) && !otherLater))
        return { line: content[i]!, title: candidate };
    }
  }
  return null;
}

/**
 * What a page-title line prints beside `headline`, at its start or its end ("Headline - Site", "Site |
 * Headline"), with the separator; null when the line does not print the headline so.
 */
function pageTitleRest(line: string, headline: string): string | null {
  const rest = line.startsWith(headline)
    ? line.slice(headline.length)
    : line.endsWith(headline)
      ? line.slice(0, line.length - headline.length)
      : null;
  return rest !== null && PAGE_TITLE_SEPARATOR_AT_ENDS.test(rest) ? rest : null;
}

/**
 * Whether one of the page's first lines is its title line naming `headlineNorm` (a matching form) as the
 * headline, the longer part ("يكفينا الماء البارد - الخبر"): that line is the headline, whatever its shape.
 */
export function namedByPageTitle(firstLines: Block[], headlineNorm: string): boolean {
  const headline = headlineNorm.trim();
  return firstLines.slice(0, PAGE_TITLE_LINES).some((block) => {
    if (block.norm.length <= headline.length || !A_WORD.test(headline)) return false;
    const rest = pageTitleRest(block.norm, headline);
    return rest !== null && !LABEL_COLON_AT_END.test(rest) && headline.length >= rest.trim().length;
  });
}

/**
 * A text whose input names its title (a JSONL title field) often prints the headline again at its
 * top: that line is the title, not the first paragraph.
 */
export function findMetaTitleLine(span: Unit[], metaTitle: string): { line: ContentUnit; title: ContentUnit } | null {
  const wanted = normalizeArabic(metaTitle).replace(/\s+/g, ' ').trim();
  const lines = span.filter((u): u is ContentUnit => u.type === 'content').slice(0, TITLE_LOOKBACK);
  const squashed = (u: ContentUnit): string => u.block.norm.replace(/\s+/g, ' ').trim();
  // The title as the input gives it, or with the site's name beside it ("Headline - Site"): the line is the
  // headline, the longer part.
  const line =
    lines.find((u) => squashed(u) === wanted) ??
    lines.find((u) => {
      const headline = squashed(u);
      const rest = headline.length >= REPEATED_HEADLINE_MIN_CHARS ? pageTitleRest(wanted, headline) : null;
      return rest !== null && headline.length >= rest.trim().length;
    });
  return line ? { line, title: line } : null;
}

/** A trailing ellipsis a shortened page title ends with ("وزير الخارجية يزور …"). */
const TRAILING_ELLIPSIS = /\s*(?:\.{2,}|…)$/u;

/** What parts a page title's headline from the site's name: a bar or a dash between spaces. */
const PAGE_TITLE_PARTS = /\s+[|｜–—-]\s+/u;

/**
 * Whether the page's <h1> goes on past the metadata's title, the site's name aside (a <title> cut short:
 * "وزير الخارجية يزور القاهرة | موقع الأخبار" over the <h1> "وزير الخارجية يزور القاهرة لبحث التعاون"): then it is
 * the headline whole.
 */
export function extendsTitle(h1: ContentUnit, metaTitle: string): boolean {
  const parts = normalizeArabic(metaTitle).replace(/\s+/g, ' ').trim().split(PAGE_TITLE_PARTS);
  const headline = parts.reduce((a, b) => (b.length > a.length ? b : a)).replace(TRAILING_ELLIPSIS, '');
  return (
    headline.length >= REPEATED_HEADLINE_MIN_CHARS && h1.block.norm.replace(/\s+/g, ' ').startsWith(`${headline} `)
  );
}

/**
 * A long headline (an interview's, eighteen words and more) reads like prose and opens the body run;
 * it is still the headline when a date line or byline follows it before the text goes on.
 */
export function isDatedHeadline(span: Unit[], bodyStart: number, body: Paragraph[]): boolean {
  const [first] = body;
  if (
    !first ||
    body.length < 2 ||
    !isTitleLike(first.block, first.text) ||
    wordCount(first.block.norm) > DATED_HEADLINE_MAX_WORDS
  )
    return false;
  return isDateOrByline(span[bodyStart + 1]);
}

/**
 * A headline that the body run took in below a ticker's or a strip's lines (a "عاجل" bar's headlines
 * printed right over it): among the run's first lines (DATED_HEADLINE_REACH), a headline with its own
 * date line or byline right under it and prose after them. Its index in the body, or -1. The lines over
 * it are no text of the article: its text starts under its date line.
 */
export function datedHeadlineBelow(span: Unit[], body: Paragraph[]): number {
  for (let k = 1; k < Math.min(DATED_HEADLINE_REACH, body.length - 1); k++) {
    const { block, text } = body[k]!;
    if (!isHeadlineText(block, text) || !isProse(body[k + 1]!.block, body[k + 1]!.text)) continue;
    const at = span.findIndex((u) => u.type === 'content' && u.block === block);
    if (isDateOrByline(span[at + 1])) return k;
  }
  return -1;
}

/**
 * A dump whose first line is the headline (newspaper corpora, CulturaX rows): the body run starts
 * with a short line that is not a sentence and announces what the prose below it is about. Deeper in
 * a page (`anywhere`), only when no line before the body is a better headline. `named`: when no line
 * before the body could be the headline at all, a question (which reads as a sentence, and so opens
 * the body run) that names a word of the text's opening is enough: a headline worded apart from its
 * text is not lost.
 */
export function leadsAsHeadline(body: Paragraph[], anywhere = false, named = false): boolean {
  const [first, ...rest] = body;
  if (!first || rest.length === 0 || (!anywhere && first.block.index > 2) || (named && !QUESTION_END.test(first.text)))
    return false;
  if (!anywhere && headsDeck(first, rest)) return true;
  if (
    wordCount(first.block.norm) > LEADING_HEADLINE_MAX_WORDS ||
    !isTitleLike(first.block, first.text) ||
    first.text.length >= rest[0]!.text.length
  )
    return false;
  const below = new Set<string>();
  for (const p of rest.slice(0, OPENING_PARAGRAPHS)) for (const w of contentWords(p.block.norm)) below.add(w);
  const shared = overlap(contentWords(first.block.norm), below);
  return named ? shared > 0 : shared >= TITLE_OVERLAP;
}

/**
 * A headline and its deck atop a dump, both long enough to read as prose ("الجيش الحر ينتقم …" over
 * "الضربات تتوالى .. انشقاق أول سفيرين .."): two lines that are no sentences, then the text. The deck
 * is about the text's opening; the headline may be about a later part of it (a round-up's first story
 * leads the headline, the deck sums up the rest), so it is held against the whole text.
 */
function headsDeck(first: Paragraph, rest: Paragraph[]): boolean {
  const [deck, ...text] = rest;
  if (!deck || text.length === 0 || !isProse(text[0]!.block, text[0]!.text)) return false;
  if (![first, deck].every((p) => isHeadlineText(p.block, p.text) && !endsLikeSentence(p.text))) return false;
  const opening = new ContentWords(text.slice(0, OPENING_PARAGRAPHS).map((p) => p.block.norm));
  const whole = new ContentWords(text.map((p) => p.block.norm));
  return (
    overlap(contentWords(deck.block.norm), opening) >= DECK_OVERLAP &&
    overlap(contentWords(first.block.norm), whole) >= TITLE_OVERLAP
  );
}
