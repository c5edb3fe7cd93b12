/**
 * Splits a cleaned page into articles. Markers open sections (tags, related lists, read-also boxes,
 * comments, footers) that run while their blocks look like section items; a headline that opens another
 * story (units.ts, starts.ts) starts a further article. In each article, the body is the run of blocks
 * that reads most like prose; the title is the headline before it (title.ts).
 */
import { articleMetadata, withText, type Block, type Document } from '../document/model.js';
import type { BlockLabel, CleanedDocument, FieldValue } from '../cleaners/labels.js';
import type { Warning } from '../record.js';
import { findDateMentions } from '../dates/index.js';
import { normalizeArabic } from '../text/normalize.js';
import { ContentWords, contentWords, isStopWord, overlap, printedOnce, wordCount, words } from '../text/words.js';
import { isCardLine } from '../text/cards.js';
import {
  isGreedy,
  isRelation,
  MORE_BUTTON_RULE,
  SHARE_ROW_RULE,
  TAG_MARKERS,
  TOPIC_LABELS,
  type Relation,
} from '../vocabulary.js';
import {
  ArticleWords,
  lexiconCovered,
  linkedTags,
  mayBeGluedTags,
  splitTagLine,
  splitTagList,
} from '../fields/keywords.js';
import {
  announcedItems,
  announces,
  announcesList,
  DASH_BULLET,
  isBulleted,
  LEADING_CLOCK,
  endsLikeSentence,
  goesOn,
  hasWords,
  holdsSentence,
  isHeadlineText,
  captionOnce,
  endsWithCaptionMark,
  endsWithPhotoCredit,
  isMarkedCaption,
  isProse,
  isTitleLike,
  namesSection,
  proseWeight,
  LABEL_MAX_WORDS,
  ENDS_WITH_COLON,
  isEmbeddedPost,
  opensWithMediaBadge,
} from './prose.js';
import {
  FUNCTION_WORDS,
  isBio,
  isBylineShaped,
  isSureByline,
  labelBylines,
  nameOf,
  PageIndex,
  printedWithin,
  withBylines,
} from './bylines.js';
import { FOLLOW_UP_QUESTION, isBriefHeadline, PARAGRAPH_WORDS, QUESTION_END } from './starts.js';
import {
  decksBetween,
  findMetaTitleLine,
  extendsTitle,
  findPageTitleLine,
  findTitle,
  labelledHeadline,
  firstLineOver,
  headlineUnderOverline,
  labelsHeadline,
  headlineShaped,
  bareHeadlineBelow,
  datedHeadlineBelow,
  isDatedHeadline,
  leadsAsHeadline,
  repeatsHeadline,
  type TitleContext,
  type TitleFound,
} from './title.js';
import {
  BARE_TAG_LINE_MAX_WORDS,
  BARE_TAG_LINE_WRITTEN,
  isLabel,
  SENTENCE_PUNCTUATION,
  splitArticles,
  TAG_ITEM_MAX_WORDS,
  toUnits,
  holdsOneLink,
  authorNames,
  WRITER_CARD,
  type ContentUnit,
  type Paragraph,
  type Section,
  type SectionUnit,
  type Unit,
} from './units.js';

export type { Section } from './units.js';

// The segmenter's heuristics, in one block (issue 12).
/** A caption that ends with its mark ("- أرشيفية") has at most this many words: twenty, and the mark. */
const MARKED_CAPTION_MAX_WORDS = 25;
/** A link to a photo or video story among the paragraphs is a headline: twenty words at most, its badge too. */
const MEDIA_TEASER_MAX_WORDS = 20;
/** An embedded post's text is a tweet's length: this many words at most. */
const EMBEDDED_POST_MAX_WORDS = 60;
/** A line printed twice in a row is a photo's text and caption from this many words (a word said twice is a list's). */
const PRINTED_TWICE_MIN_WORDS = 3;
/** A closing sentence has at least this many words (not "..." or "." alone). */
const CLOSING_MIN_WORDS = 2;
/** A subhead inside the closing sentences ("قائمة اللاعبات" between two lists) is crossed when this many follow it. */
const CLOSING_AFTER_SUBHEAD = 2;
/** Bare tag lines: at least this many, and at least this share of them written in the article. */
const BARE_TAGS_MIN = 2;
const BARE_TAGS_WRITTEN = 0.5;
/** A digit of any script (a date line's day, year or time). */
const DIGIT = /\p{Nd}/u;
/** A linked hashtag alone on its line ("#مجلس_الأمن"). */
const HASHTAG_LINE = /^#[^\s#][^#]*$/u;
/**
 * A side column's tag list above the headline (its heading an icon the dump did not keep): at most this
 * many short lines (an ad label, a kicker) between it and the headline, and at least this share of its
 * items written in the article or known tags (a menu's items are the site's sections, seldom the text's).
 */
const SIDE_TAGS_REACH = 3;
const SIDE_TAGS_WRITTEN = 0.75;
/**
 * What crossing a section costs the body run: a little for a list or tag line (prose that goes on after
 * a read-also box is still the article: two short lines' worth)…
 */
const SECTION_COST = -2;
/** …one short line's for a link to one story inside the text ("اقرأ أيضا: …"): a short paragraph under it goes on… */
const ONE_LINK_COST = -1;
/** …everything for comments and footers: no article's prose outweighs it. */
const GREEDY_SECTION_COST = -100;
/** A line of the text that shares no word with the article is furniture; words match on this many first letters. */
const STRAY_KEY_LETTERS = 4;
/**
 * A pull quote repeats at least this many words of a paragraph, in order (a subhead may take up a shorter
 * phrase of the text), and at most this many: a paragraph longer than that is no quote printed again.
 */
const PULL_QUOTE_MIN_WORDS = 7;
const PULL_QUOTE_MAX_WORDS = 40;
/** A writer's card under the text says who the writer is in a sentence or two; a longer paragraph is text. */
const WRITERS_CARD_MAX_WORDS = 40;
/** Two tags of two words may happen to be printed side by side in the text; a line this long the text writes whole is no tag line. */
const STANDFIRST_MIN_WORDS = 5;
/** A line that is a quotation from end to end («لن نترك أحدا خلفنا»): someone's words, the text's, not a card. */
const QUOTATION = /^\s*[«"“][^«»"“”]+[»"”]\s*$/u;
/** A quotation cut short with an ellipsis inside its marks, whatever quotes it holds: a pull quote's form. */
const CUT_QUOTATION = /^\s*[«"“].+(?:…|\.\.\.)\s*[»"”]\s*$/u;
/** Plain lines under an announcing line (announcesList) have this many words on average at least ("الأهلي 2 - 1 الزمالك"). */
const ANNOUNCED_ITEM_MEAN_WORDS = 2;
/** A list inside the text that no line announces (isListOfTheText) has this many items at least… */
const LIST_MIN_ITEMS = 2;
/** …and this share of their content words are the prose's around them. */
const ITEMS_NAMED_BY_TEXT = 0.3;
/** A table in the text, with no bullets nor a heading line, has this many lines at least… */
const TABLE_MIN_CELLS = 3;
/** …of this many words at most (a cell, or a row of short cells). */
const TABLE_CELL_MAX_WORDS = 5;
/** A kicker over the headline has this many words at least (a label ending with a colon has one or two). */
const KICKER_MIN_WORDS = 4;
/**
 * A link in a line (a URL, a web address, a link's words joined by "_" as Debian html2text prints
 * them): a page that prints one is a web page, not a plain text.
 */
const LINK_LIKE = /https?:\/\/|www\.|\.(?:com|net|org)\/|\p{L}_\p{L}/iu;
/** A plain page has a blank line before at most this share of its lines (a text file: a paragraph a line). */
const PLAIN_GAP_SHARE = 0.5;
/** A menu: this many short lines in a row before the page's first prose line… */
const MENU_MIN_ITEMS = 3;
/** …of at most this many words each ("الرئيسية", "ثقافة وفن"). */
const MENU_ITEM_MAX_WORDS = 2;
/** The headline of a page with no prose stands on one of its first lines (a kicker may precede it). */
const LEADING_LINE_MAX_INDEX = 2;
/** Short lines in a row that are a plain page's text (a poem's stanza, a list), not a byline and an e-mail. */
const TEXT_RUN_MIN = 3;
/** …of this many words a line on average at least: a row of one- and two-word lines is a tag list or a menu. */
const TEXT_ROW_MEAN_WORDS = 3;
/** A dateline has at most this many words, a dash between two of them with a space on one side at least. */
const DATELINE_MAX_WORDS = 6;
const SPACED_DASH = /\p{L}\s[-ـ–—]\s?\p{L}|\p{L}\s?[-ـ–—]\s\p{L}/u;
/** A line quoted in a warning is cut when longer than this… */
const QUOTED_MAX_CHARS = 80;
/** …to this many characters and an ellipsis. */
const QUOTED_KEPT_CHARS = 77;
/** The site's tag icon that a dump kept as its name or file name ("[tag]", "[tag.png]"), leading a line of tags. */
const TAG_ICON = /^\[[^\]\s]{1,40}\]\s*/u;
/** A name in quotes, as a tag may hold one ('مجلة "Science"'): its quotes are no sentence's punctuation. */
const QUOTED_NAME = /"[^".،,؛;:؟?!]{1,30}"|«[^».،,؛;:؟?!]{1,30}»/gu;

/**
 * A side column's line printed beside a line of the article (a two-column dump: the side column's text
 * resumes after a gap on the article's line) is beside the text, not between its paragraphs: it weighs
 * nothing for or against the body run.
 */
function besideText(block: Block, blocks: Block[]): boolean {
  if (!block.outside) return false;
  const [before, after] = [blocks[block.index - 1], blocks[block.index + 1]];
  return (before?.line === block.line && !before.outside) || (after?.line === block.line && !after.outside);
}

/** A line that is an address and nothing else ("https://…/logo.png"). */
const BARE_ADDRESS = /^(?:https?:)?\/\/\S+$/u;

/**
 * A line between two lines that are bare addresses is no text of the article: the names a page's metadata
 * prints between its image's and its logo's addresses ("عربي - أخبار وآراء وراديو Sputnik", "Sputnik").
 */
function betweenAddresses(block: Block, blocks: Block[]): boolean {
  const [before, after] = [blocks[block.index - 1], blocks[block.index + 1]];
  return before !== undefined && after !== undefined && BARE_ADDRESS.test(before.text) && BARE_ADDRESS.test(after.text);
}

/** What the body run is chosen over: lines, and the sections and source lines it may cross. */
type RunUnit = ContentUnit | SectionUnit | FieldsUnit;
type FieldsUnit = Extract<Unit, { type: 'fields' }>;

/** A line that is a source and nothing else (a lead's "المدينة نيوز :-" opens the text it stands in). */
function isSourceLine(span: Unit[], at: number): boolean {
  const unit = span[at]!;
  const next = span[at + 1];
  return (
    unit.type === 'fields' &&
    unit.fields.some((f) => f.field === 'source') &&
    !(next?.type === 'content' && next.block === unit.block)
  );
}

export interface ArticleDraft {
  role: 'main' | 'embedded';
  title: Paragraph | null;
  body: Paragraph[];
  fields: (FieldValue & { block: Block })[];
  /** Keyword and related sections that belong to this article. */
  sections: Section[];
  /** How the main article lists this one in `related` (embedded articles only). */
  relation: Relation | null;
  /** Quality flags of the segmentation (a deck kept in the body). */
  warnings: Warning[];
}

export function segment(cleaned: CleanedDocument): ArticleDraft[] {
  const { contentJudged } = cleaned.doc;
  const page = new PageIndex(cleaned.doc.blocks);
  const labels = labelBylines(cleaned.doc.blocks, cleaned.labels, page, contentJudged);
  const droppedBy = (rule: { cleaner: string; rule: string }): Set<number> =>
    new Set(
      cleaned.firedOn.flatMap((fired, i) =>
        fired.some((e) => e.cleaner === rule.cleaner && e.rule === rule.rule) ? [i] : [],
      ),
    );
  const units = toUnits(cleaned.doc.blocks, labels, contentJudged, {
    shareRows: droppedBy(SHARE_ROW_RULE),
    moreButtons: droppedBy(MORE_BUTTON_RULE),
  });
  const spans = splitArticles(units);
  const plain = !contentJudged && spans.length === 1 && isPlainPage(cleaned.doc.blocks, labels, units);
  const articles = spans.map((span, i) => buildArticle(span, i === 0 ? 'main' : 'embedded', cleaned.doc, page, plain));
  // A page's tail lists belong to its main article, wherever they stand.
  const main = articles[0]!;
  for (const article of articles.slice(1)) {
    main.sections.push(...article.sections.filter((s) => isRelation(s.kind)));
    article.sections = article.sections.filter((s) => !isRelation(s.kind));
  }
  return articles;
}

/** HTML: an article whose text is in <p> paragraphs, this many of them at least… */
const PARAGRAPHED_MIN = 2;
/** …holding this share of its prose's words at least. */
const PARAGRAPHED_SHARE = 0.7;
/** Elements that hold a line of their own without saying what it is: a widget's label or button, a counter. */
const PLAIN_CONTAINERS: ReadonlySet<string | undefined> = new Set(['div', 'span']);
/** A widget's line is this long at most (a poll's question, a login prompt, a photo's caption). */
const WIDGET_LINE_MAX_WORDS = 10;

/**
 * HTML: the page's widgets left inside an article written in <p> paragraphs (PARAGRAPHED_MIN,
 * PARAGRAPHED_SHARE): short lines (WIDGET_LINE_MAX_WORDS) of plain <div>s and <span>s (PLAIN_CONTAINERS)
 * that hold no sentence (a poll's options, prayer times, a video's duration, a gallery's counter, a login
 * prompt, a photo's caption); a long line there (a deck of pull quotes) is the text's. The text's own lines
 * between its paragraphs are in markup that says what they are (headings, lists, quotes), or under a line
 * that announces them.
 */
function pageWidgets(kept: ContentUnit[]): Set<ContentUnit> {
  let proseWords = 0;
  let paragraphed = 0;
  let paragraphs = 0;
  for (const u of kept) {
    if (!isProse(u.block, u.text)) continue;
    const n = wordCount(u.block.norm);
    proseWords += n;
    if (u.block.tag === 'p') {
      paragraphed += n;
      paragraphs++;
    }
  }
  if (paragraphs < PARAGRAPHED_MIN || paragraphed < proseWords * PARAGRAPHED_SHARE) return new Set();
  const widgets = new Set<ContentUnit>();
  // Lines a line of the text announces (announces: "… التي يقول فيها:", "على النحو التالي:") are its verses or
  // items, whatever holds them.
  let announced = false;
  for (const u of kept) {
    const widgetLike =
      PLAIN_CONTAINERS.has(u.block.tag) && wordCount(u.block.norm) <= WIDGET_LINE_MAX_WORDS && !holdsSentence(u.text);
    if (widgetLike && !announced) widgets.add(u);
    announced = announces(u.block, u.text) || (announced && widgetLike);
  }
  return widgets;
}

/**
 * An article from its units. When the front end has judged which blocks are the article (HTML: the
 * others are flagged `outside`), the body is every block it kept that the cleaners left; else (a text
 * dump) the body is the best run of prose. The main article of a page whose metadata names the title
 * takes that title (articleMetadata: an embedded article takes none).
 */
function buildArticle(
  span: Unit[],
  role: 'main' | 'embedded',
  doc: Document,
  page: PageIndex,
  plain: boolean,
): ArticleDraft {
  const { contentJudged } = doc;
  const metaTitle = articleMetadata(doc, role).title;
  const pageTitle =
    role === 'main' && !contentJudged
      ? metaTitle
        ? findMetaTitleLine(span, metaTitle)
        : findPageTitleLine(span)
      : null;
  const warnings: Warning[] = [];
  const embedded = span[0]?.type === 'embedded' ? span[0] : null;
  const content = span.filter((u): u is ContentUnit => u.type === 'content' && u !== pageTitle?.line);
  let body: Paragraph[];
  let runEnd = -1;
  /** Where the article's tail (its bare tags) may start: past the run, or past a plain page's text lines. */
  let tailFrom = -1;
  /** A plain page with no line that weighs as prose: a poem, a list (plainTextParagraphs). */
  let proseless = false;
  /** A page with no prose whose text is a list under the headline (listUnderHeadline). */
  let listed = false;
  /** A live coverage's first entry's headline, where a photo's caption stands (liveEntryOver). */
  let liveHeadline: Block | null = null;
  /** HTML: the subheading right under the <h1>, outside the article's box (deckUnderH1). */
  let htmlDeck: Paragraph | null = null;
  /**
   * The page's <h1> (HTML; in a dump, a Markdown "#" heading), the main article's headline when no text comes
   * before it.
   */
  const h1 =
    role === 'main'
      ? span.find(
          (u): u is ContentUnit => u.type === 'content' && (contentJudged ? u.block.tag === 'h1' : u.block.level === 1),
        )
      : undefined;
  if (contentJudged) {
    const kept = content.filter((u) => !u.block.outside);
    const overH1 = h1 ? kept.filter((u) => u.block.index < h1.block.index) : [];
    // Over the headline, with no prose before it, a label ("عاجل", a section's name) is its kicker, not the text.
    const kickers = overH1.some((u) => isProse(u.block, u.text)) ? [] : overH1.filter((u) => isLabel(u.block, u.text));
    const widgets = pageWidgets(kept);
    body = kept.filter((u) => !kickers.includes(u) && !widgets.has(u)).map((u) => ({ block: u.block, text: u.text }));
    htmlDeck = h1 ? deckUnderH1(content, h1, body) : null;
  } else {
    // Sections sit in the run as barriers: a read-also box inside an article is crossed when prose
    // resumes after it; comments and footers are not. A source line is the text's tail as a tag line
    // is: a writer's box under it (name, a line of bio) does not outweigh crossing it; so is a line of
    // linked tags (its separators' commas would weigh it as prose).
    const run = span.filter(
      (u, i): u is RunUnit =>
        (u.type === 'content' && u !== pageTitle?.line) || u.type === 'section' || isSourceLine(span, i),
    );
    const closed = closedByTail(run);
    const [runFrom, best] = bestRun(
      withListsOfTheText(
        run,
        run.map((u, i) =>
          closed >= 0 && i >= closed
            ? GREEDY_SECTION_COST
            : u.type === 'section'
              ? u.section.marker.outside && !contentJudged
                ? 0
                : sectionBarrier(u.section)
              : u.type === 'fields' || (u.type === 'content' && u.tags === true)
                ? SECTION_COST
                : u === pageTitle?.title
                  ? -1
                  : besideText(u.block, doc.blocks)
                    ? 0
                    : proseWeight(u.block, u.text),
        ),
      ),
    );
    const live = runFrom < 0 ? 0 : liveEntryOver(run, runFrom, best);
    if (live > 0) liveHeadline = (run[runFrom - 1] as ContentUnit).block;
    const from = runFrom < 0 ? runFrom : runFrom - live - highlightsOver(run, runFrom - live);
    const to = from < 0 ? best : closingSentences(run, best, embedded?.boxed === true);
    // A plain page (isPlainPage) is its article's text to its end: its short lines (verse, a list's
    // items, a schedule) are the text's, with no furniture after it to leave out; its bylines are read
    // as after the run (withBylines: a name or an agency alone on the last line).
    const textEnd = plain && from >= 0 ? run.length - 1 : to;
    const beyond = textEnd > to ? plainText(run.slice(to + 1)) : new Set<Block>();
    const textStart = plain && from >= 0 ? rowBefore(span, run, from, metaTitle === null) : from;
    proseless = plain && from < 0;
    const list = from < 0 && !plain && role === 'main' ? listUnderHeadline(span, doc.blocks, pageTitle?.title) : [];
    listed = list.length > 0;
    body =
      from < 0
        ? // A plain page with no line long enough to weigh as prose (a poem, a list) is its text lines all the same.
          proseless
          ? plainTextParagraphs(span, run, doc.blocks)
          : list
        : run.slice(textStart, textEnd + 1).flatMap((u, i) =>
            u.type === 'content' &&
            !u.block.outside &&
            (u.block === liveHeadline || !isApparatus(span, u, doc.blocks)) &&
            // Past the run, a plain page's text lines only (plainText); beside it, no dateline.
            (textStart + i <= to || beyond.has(u.block)) &&
            (textStart + i >= from || !isDateline(u))
              ? [{ block: u.block, text: u.text }]
              : [],
          );
    runEnd = to < 0 ? -1 : span.indexOf(run[to]!);
    const last = body.at(-1);
    if (textEnd !== to && last) tailFrom = span.findIndex((u) => u.type === 'content' && u.block === last.block);
  }
  let title: Paragraph | null = embedded?.title ?? null;
  if (!title && pageTitle) {
    title = { block: pageTitle.title.block, text: pageTitle.title.text };
    // The text starts under the headline that the page-title line names: lines of the run over it are a
    // strip's (a ticker's headlines, a photo's caption), not the article's.
    if (!metaTitle) body = body.filter((p) => p.block.index > pageTitle.title.block.index);
  }
  const bodyStart = body[0] ? span.findIndex((u) => u.type === 'content' && u.block === body[0]!.block) : span.length;
  // A writer's name alone on its line is a byline, not a headline candidate nor a paragraph; in HTML too,
  // where no markup names it (a bare name under the <h1>, the page's metadata naming no author).
  if (!contentJudged) span = withBylines(span, bodyStart, runEnd, body, page);
  else {
    const headline = markedHeadlineAt(span, bodyStart, metaTitle);
    if (headline >= 0) span = withBylines(span, bodyStart, runEnd, body, page, headline);
  }
  // A byline found in the run leaves the body, and in a text dump the caption under it too.
  const kept = new Map(span.flatMap((u) => (u.type === 'content' ? [[u.block, u] as const] : [])));
  body = body.filter(
    (p) =>
      kept.has(p.block) &&
      (contentJudged || p.block === liveHeadline || !isApparatus(span, kept.get(p.block)!, doc.blocks)),
  );
  // In a text dump, what stands between the headline and the text is not lost: a deck joins the body.
  // Each deck's warning, which goes if the deck turns out to be the headline (headlineUnderOverline).
  const deckWarnings = new Map<Block, Warning>();
  const keepDeck = (deck: Paragraph): void => {
    body.unshift({ block: deck.block, text: deck.text });
    const warning: Warning = {
      code: 'deck-kept-in-body',
      message: `a headline-like line under the title is kept as a paragraph: "${shorten(deck.text)}"`,
    };
    warnings.push(warning);
    deckWarnings.set(deck.block, warning);
  };
  const keepDecks = (from: number, headlineNorm: string): void => {
    for (const deck of decksBetween(span, from, bodyStart, body, headlineNorm).reverse()) keepDeck(deck);
  };
  if (htmlDeck) keepDeck(htmlDeck);
  // A further article's headline is its start's: the deck under it is kept the same way; so is the deck under
  // the headline that the page-title line names.
  if (embedded?.title && !contentJudged) keepDecks(-1, embedded.title.block.norm);
  else if (pageTitle && title?.block === pageTitle.title.block)
    keepDecks(
      span.findIndex((u) => u.type === 'content' && u.block === pageTitle.title.block),
      pageTitle.title.block.norm,
    );
  // A further article's first subhead, a line of a word or two that its start passed over between its
  // headline and its text ("في القرى" under "مشاهدات"), is the text's; a name there is a byline or a caption.
  const subhead = span[1];
  if (
    embedded?.title &&
    !contentJudged &&
    bodyStart === 2 &&
    subhead?.type === 'content' &&
    body[0]?.block !== subhead.block &&
    isBriefHeadline(subhead.block, subhead.text) &&
    !isBylineShaped(subhead.text)
  )
    keepDeck(subhead);
  if (!title && !contentJudged && body.length > 1 && labelsHeadline(body[0]!, body[1]!)) body.shift();
  let found: TitleFound | null = null;
  const titleContext: TitleContext = {
    printedWithin: (text) => printedWithin(page, text),
    inMenu: (text, block) => page.inMenu(text, block),
    isByline: isSureByline,
    isBylineShaped,
  };
  if (!title && metaTitle) {
    if (!contentJudged && !pageTitle) keepDecks(-1, normalizeArabic(metaTitle));
    else if (contentJudged && role === 'main') {
      // HTML: a block that prints the metadata's title without the site's name beside it ("Headline - Site",
      // a <title> no other source cleaned) is the headline, as a text dump's title line is: the title is
      // the block's, not the body's first paragraph.
      const printed = findMetaTitleLine(span, metaTitle)?.line ?? (h1 && extendsTitle(h1, metaTitle) ? h1 : undefined);
      if (printed && printed.block.norm !== normalizeArabic(metaTitle)) {
        title = { block: printed.block, text: printed.text };
        body = body.filter((p) => p.block !== printed.block);
      }
    }
  } else if (!title) {
    found = findTitle(span, bodyStart, body, titleContext);
    // A headline that ends with "؟" reads as a sentence and opens the body run: when nothing before the
    // body is about the text, that line is the headline if the text is about it, or if it is
    // headline-length and its own date line or byline stands under it (a masthead over it is no title).
    const datedOpening = isDatedHeadline(span, bodyStart, body) && isHeadlineText(body[0]!.block, body[0]!.text);
    const labelled = !found && !contentJudged && role === 'main' ? labelledHeadline(span, bodyStart, body) : null;
    if ((!found || found.weak) && role === 'main' && (leadsAsHeadline(body, true) || datedOpening))
      title = body.shift()!;
    else if (labelled) {
      // The page's headline after a see-also label: its title, no related link.
      title = { block: labelled.marker, text: labelled.inline! };
      labelled.inline = null;
    } else if (found) {
      title = found.paragraph;
      if (!contentJudged && !found.weak) keepDecks(found.at, found.paragraph.block.norm);
      // No headline is lost, nor a line that lost the title to it (a subhead over the text).
      const { displaced } = found;
      if (displaced && !body.some((p) => p.block === displaced.block)) keepDeck(displaced);
      const first = contentJudged || found.at === 0 ? null : firstLineOver(span, found.at, body, titleContext);
      if (first && !repeatsHeadline(first, title.block.norm) && !body.some((p) => p.block === first.block)) {
        body.unshift({ block: first.block, text: first.text });
        warnings.push({
          code: 'headline-kept-in-body',
          message: `the page's first line, headline-like, over the title is kept as a paragraph: "${shorten(first.text)}"`,
        });
      }
    } else if (
      role === 'main' &&
      (leadsAsHeadline(body) ||
        isDatedHeadline(span, bodyStart, body) ||
        leadsAsHeadline(body, true, true) ||
        (proseless && setApart(body)))
    )
      title = body.shift()!;
  }
  // A title taken for want of a better line gives way to a headline with its own date line in the text's first lines.
  const weakTitle = !title || (found?.weak === true && title === found.paragraph);
  const below = weakTitle && role === 'main' && !contentJudged ? datedHeadlineBelow(span, body) : -1;
  if (below > 0) {
    title = body[below]!;
    body = body.slice(below + 1);
  }
  // With no title in the page's metadata nor a line that reads as one, the page's <h1> is the headline.
  if (!title && !metaTitle && h1) {
    if (contentJudged) title = { block: h1.block, text: h1.text };
    else if (body[0] !== undefined && h1.block.index < body[0].block.index) {
      title = { block: h1.block, text: h1.text };
      keepDecks(span.indexOf(h1), h1.block.norm);
    }
  }
  const bare = title && !contentJudged ? bareHeadlineBelow(title, body) : -1;
  if (bare >= 0) title = body.splice(bare, 1)[0]!;
  if (title && !contentJudged && headlineUnderOverline(span, title, body)) {
    const overline = title;
    title = body.shift()!;
    body.unshift(overline);
    const stale = deckWarnings.get(title.block);
    if (stale) warnings.splice(warnings.indexOf(stale), 1);
    warnings.push({
      code: 'deck-kept-in-body',
      message: `an overline over the headline is kept as a paragraph: "${shorten(overline.text)}"`,
    });
  }
  if (title && !contentJudged) {
    const kicker = kickerOver(span, title, body);
    if (kicker) {
      body.unshift({ block: kicker.block, text: kicker.text });
      warnings.push({
        code: 'deck-kept-in-body',
        message: `a kicker line over the title is kept as a paragraph: "${shorten(kicker.text)}"`,
      });
    }
  }
  if (title) body = withoutHeadlineRepeats(body, title.block.norm);
  body = withoutPullQuotes(body);
  body = withoutWritersCard(body, span, doc.blocks);
  // A list's items share no words with each other: none of them is a stray line.
  if (!contentJudged && !plain && !listed) body = withoutStrayLines(body, title);
  const sections = span.flatMap((u) => (u.type === 'section' ? [u.section] : []));
  if (!contentJudged && runEnd >= 0 && !sections.some((sec) => sec.kind === 'keywords'))
    sections.push(...bareTags(span, Math.max(runEnd, tailFrom), title, body));
  if (!contentJudged && title && !sections.some((sec) => sec.kind === 'keywords'))
    sections.push(...sideTags(span, title, body));
  if (!contentJudged && title && !sections.some((sec) => sec.kind === 'keywords'))
    sections.push(...headTags(span, title, body));
  // The rest of the box a further article opened: its other headlines, after the article's text.
  if (embedded?.boxed && runEnd >= 0) sections.push(...restOfBox(span, runEnd, embedded));
  return {
    role,
    title,
    body,
    fields: articleFields(span, contentJudged ? -1 : runEnd),
    sections,
    relation: embedded?.relation ?? null,
    warnings,
  };
}

/**
 * A page with no boilerplate signal at all — written a paragraph a line, no marker, no line a cleaner rule
 * removed, no block outside the text, no link, no menu (short lines in a row before its first prose
 * line) — is one article's text
 * as a print paper's file or a corpus record holds it (the Arabic Newspapers Corpus): every line of it
 * past the headline, its date line and its byline is the article's, short ones too (verse, a list of
 * works, a day's schedule), so none is left out as furniture.
 */
function isPlainPage(blocks: Block[], labels: BlockLabel[], units: Unit[]): boolean {
  if (units.some((u) => u.type === 'section' || u.type === 'embedded')) return false;
  // A text file writes a paragraph a line; a renderer's dump (and a page written by hand) puts blank
  // lines between its blocks.
  if (blocks.filter((b) => b.gapBefore).length > blocks.length * PLAIN_GAP_SHARE) return false;
  let shortRun = 0;
  let seenProse = false;
  for (const [i, block] of blocks.entries()) {
    const label = labels[i]!;
    if (block.outside || (label.text === null && label.fields.length === 0)) return false;
    // The cheap test first: most lines hold no "/", "_" nor "www".
    const { text } = block;
    if ((text.includes('/') || text.includes('_') || text.includes('www')) && LINK_LIKE.test(text)) return false;
    if (seenProse || label.text === null) continue;
    seenProse = isProse(block, label.text);
    shortRun = wordCount(block.norm) <= MENU_ITEM_MAX_WORDS ? shortRun + 1 : 0;
    if (shortRun >= MENU_MIN_ITEMS) return false;
  }
  return true;
}

/**
 * Where a plain page's text starts: the body run's start, or the first of the lines in a row right
 * above it (no field line between) when they are TEXT_RUN_MIN or more and a date line or byline stands
 * right above them — a poem's first stanzas under the date line — but never the page's first line when
 * it prints its own headline (`headed`: no metadata gives the title). A row with no field line above it
 * may hold the headline and its kicker lines (a print paper's deck: kicker, headline, second headlines),
 * which the title finder reads, so the text does not take them.
 */
function rowBefore(span: Unit[], run: RunUnit[], from: number, headed: boolean): number {
  const first = headed ? span.findIndex((u) => u.type === 'content') : -1;
  let start = from;
  let at = span.indexOf(run[from]!);
  while (start > 0 && run[start - 1]!.type === 'content' && span[at - 1] === run[start - 1] && at - 1 > first) {
    start--;
    at--;
  }
  return from - start >= TEXT_RUN_MIN && span[at - 1]?.type === 'fields' ? start : from;
}

/**
 * Of a plain page's lines beside its body run, those that are its text: prose, and lines in a row of
 * TEXT_RUN_MIN or more with no field line between them, of some words each on average (verse, a list's
 * items, a schedule; not tags one a line); not a lone
 * line or two between field lines or after the text (a byline the rules did not read, an agency's
 * name, a share button's "inShare", a writer's e-mail).
 */
function plainText(units: Unit[]): Set<Block> {
  const text = new Set<Block>();
  let row: Block[] = [];
  const close = (): void => {
    const words = row.reduce((n, block) => n + wordCount(block.norm), 0);
    if (row.length >= TEXT_RUN_MIN && words >= row.length * TEXT_ROW_MEAN_WORDS)
      for (const block of row) text.add(block);
    row = [];
  };
  for (const u of units) {
    if (u.type !== 'content') close();
    else if (isProse(u.block, u.text)) text.add(u.block);
    else row.push(u.block);
  }
  close();
  return text;
}

/** A plain page's text lines (plainText) when no line of it weighs as prose: its body, in order. */
function plainTextParagraphs(span: Unit[], run: RunUnit[], blocks: Block[]): Paragraph[] {
  const text = plainText(run);
  return run.flatMap((u) =>
    u.type === 'content' && text.has(u.block) && !isApparatus(span, u, blocks)
      ? [{ block: u.block, text: u.text }]
      : [],
  );
}

/**
 * The text of a page with no prose that is no plain page (a dump with menus and a footer): a list's
 * items ("1. Coming Home | Hal Ashby", a day's results) in a row right under the headline's date line, or
 * under the headline that the page's title line names (`named`), up to the next section or field line — a
 * text row as plainText reads one. A row under no date line nor named headline (a "latest" strip with no
 * marker) is no article's.
 */
function listUnderHeadline(span: Unit[], blocks: Block[], named: Unit | undefined): Paragraph[] {
  const dateLine = span.findIndex(
    (u, i) => u.type === 'fields' && u.fields.some((f) => f.field === 'date') && span[i - 1]?.type === 'content',
  );
  const anchor = dateLine >= 0 ? dateLine : named ? span.indexOf(named) : -1;
  if (anchor < 0) return [];
  const end = span.findIndex((u, i) => i > anchor && u.type !== 'content');
  const row = span.slice(anchor + 1, end < 0 ? span.length : end) as ContentUnit[];
  const text = plainText(row);
  if (row.length === 0 || row.some((u) => !text.has(u.block))) return [];
  return row.flatMap((u) => (isApparatus(span, u, blocks) ? [] : [{ block: u.block, text: u.text }]));
}

/**
 * A poem's or a list's title: the first line of a page with no prose (whose lines are all short, so no
 * overlap or length tells the headline from the text) is its title when a blank line sets it apart
 * from the lines under it and it reads as a title.
 */
const setApart = (body: Paragraph[]): boolean =>
  body.length > TEXT_RUN_MIN &&
  body[0]!.block.index <= LEADING_LINE_MAX_INDEX &&
  body[1]!.block.gapBefore === true &&
  isTitleLike(body[0]!.block, body[0]!.text);

/**
 * A print paper's kicker: the line right over the headline that leads into it, a clause that ends with a
 * colon ("الرئيس الأسد في الجزء الثالث من المقابلة مع صحيفة «جمهورييت» التركية:", "في ظل إتهامها بغياب
 * الشفافيّة:"). It is the article's text, not furniture; a label ("اقرأ أيضا:") is shorter.
 */
function kickerOver(span: Unit[], title: Paragraph, body: Paragraph[]): ContentUnit | null {
  const at = span.findIndex((u) => u.type === 'content' && u.block === title.block);
  const above = span[at - 1];
  if (at < 1 || above?.type !== 'content' || above.block.outside || above.block.kind === 'list-item') return null;
  if (body.some((p) => p.block === above.block)) return null;
  return wordCount(above.block.norm) >= KICKER_MIN_WORDS && ENDS_WITH_COLON.test(above.text) ? above : null;
}

/** A dateline: a few words about a spaced dash ("الرياضي ـ جدة", "<name> – متابعات"), no sentence. */
const isDateline = (p: Paragraph): boolean =>
  wordCount(p.block.norm) <= DATELINE_MAX_WORDS && SPACED_DASH.test(p.text) && !endsLikeSentence(p.text);

/**
 * Lists of the text weigh nothing against the body run instead of a short line's weight each: they are the
 * article's items, not a menu. A list the text announces — a sentence-length line that ends with a colon ("…
 * فيما يلي:") and the bulleted lines right under it (a renderer's list items, lines that open with a dash or a
 * tatweel as Arabic writers bullet them, or numbered lines) — and a list in the text's words (isListOfTheText).
 */
function withListsOfTheText(run: RunUnit[], weights: number[]): number[] {
  const out = [...weights];
  for (let i = 0; i < run.length; i++) {
    const u = run[i]!;
    if (u.type !== 'content') continue;
    const announcing = announcesList(u);
    const items = linesAfter(run, i, out, isBulleted);
    const after = run[i + 1 + items.length];
    if (announcing || isListOfTheText(u, items, after)) for (const j of items.keys()) out[i + 1 + j] = 0;
    // A heading of a word or three over the list ("في أرقام"), under a paragraph: the heading and its list are the
    // text's, as a list right under the paragraph is (a facts box's heading had cut the text's opening off).
    const above = run[i - 1];
    if (
      items.length >= LIST_MIN_ITEMS &&
      !announcing &&
      above?.type === 'content' &&
      wordCount(u.block.norm) <= LABEL_MAX_WORDS &&
      !isProse(u.block, u.text) &&
      isListOfTheText(above, items, after)
    )
      for (let j = i; j <= i + items.length; j++) out[j] = 0;
    // Plain lines a line announces, down to the text that goes on under them: a poem's verses, names, results.
    const announced = announcing ? plainLinesAfter(run, i, out) : [];
    if (isRowOfText(announced) && isProseUnit(run[i + 1 + announced.length]))
      for (const j of announced.keys()) out[i + 1 + j] = 0;
    // Under a paragraph, lines of a few words in the text's words down to the next paragraph are the text's
    // table, its cells one a line (resiliparse's, warc2text's) or a row a line (a text browser's).
    if (items.length === 0 && wordCount(u.block.norm) >= PARAGRAPH_WORDS && isProse(u.block, u.text)) {
      const cells = linesAfter(run, i, out, (line) => wordCount(line.block.norm) <= TABLE_CELL_MAX_WORDS);
      if (cells.length >= TABLE_MIN_CELLS && isListOfTheText(u, cells, run[i + 1 + cells.length]))
        for (const j of cells.keys()) out[i + 1 + j] = 0;
    }
    // A short line that ends with a colon under a paragraph ("وتشمل الخطة:") heads the plain lines under it.
    if (above?.type !== 'content' || !ENDS_WITH_COLON.test(u.text) || isProse(u.block, u.text)) continue;
    const lines = linesAfter(run, i, out, (line) => !isProse(line.block, line.text));
    if (lines.length >= LIST_MIN_ITEMS && isListOfTheText(above, [u, ...lines], run[i + 1 + lines.length]))
      for (let j = i; j <= i + lines.length; j++) out[j] = 0;
  }
  return out;
}

/** The opening paragraphs a list of highlights over the text is compared with (highlightsOver). */
const HIGHLIGHTS_TEXT_PARAGRAPHS = 3;
/** A highlight is a phrase, this many words at least: a menu's or a tag list's items are a word or two. */
const HIGHLIGHT_MIN_WORDS = 3;

/**
 * How many bulleted lines (not numbered: a contents list is) right over the body run's first paragraph are
 * the text's highlights (a summary in points over the text, "أبرز النقاط"): LIST_MIN_ITEMS at least, each a
 * phrase (HIGHLIGHT_MIN_WORDS), in the words of the text's opening (ITEMS_NAMED_BY_TEXT), where a list of
 * other stories' headlines over the text names other things. Plain lines there are left out: a photo's
 * caption stands so.
 */
function highlightsOver(run: RunUnit[], from: number): number {
  const items: ContentUnit[] = [];
  for (let j = from - 1; j >= 0; j--) {
    const u = run[j]!;
    const bulleted = u.type === 'content' && (u.block.kind === 'list-item' || DASH_BULLET.test(u.text));
    if (!bulleted || u.block.outside || isProse(u.block, u.text)) break;
    if (wordCount(u.block.norm) < HIGHLIGHT_MIN_WORDS) break;
    items.push(u);
  }
  if (items.length < LIST_MIN_ITEMS) return 0;
  const opening = run
    .slice(from, from + HIGHLIGHTS_TEXT_PARAGRAPHS)
    .flatMap((u) => (u.type === 'content' ? [u.block.norm] : []));
  const named = overlap(
    items.flatMap((item) => contentWords(item.block.norm)),
    new ContentWords(opening),
  );
  return named >= ITEMS_NAMED_BY_TEXT ? items.length : 0;
}

/** The plain lines right after run[i] that weigh against the body run, down to a line of prose. */
const plainLinesAfter = (run: RunUnit[], i: number, weights: number[]): ContentUnit[] =>
  linesAfter(run, i, weights, (line) => !line.block.outside && !isProse(line.block, line.text));

/**
 * Lines under a line that announces them that are its items (ANNOUNCED_ITEM_MEAN_WORDS), not a row of
 * links ("تابعونا عبر الروابط التالية:" over "فيسبوك", "يوتيوب"); or one Arabic word each that is no
 * section's name ("أربع دول هي:" over "مصر", "الأردن").
 */
const isRowOfText = (lines: ContentUnit[]): boolean =>
  lines.length >= LIST_MIN_ITEMS &&
  (lines.reduce((sum, line) => sum + wordCount(line.block.norm), 0) >= lines.length * ANNOUNCED_ITEM_MEAN_WORDS ||
    lines.every(isWordOfText));

/** A word of Arabic letters. */
const ARABIC_WORD = /^\p{Script=Arabic}+$/u;

/**
 * A line of one Arabic word that names no section: a list's item of the text (a country). A platform's name
 * alone ("فيسبوك") the generic cleaner drops before.
 */
function isWordOfText(line: ContentUnit): boolean {
  const ws = words(line.block.norm);
  return ws.length === 1 && ARABIC_WORD.test(ws[0]!) && !namesSection(ws);
}

const isProseUnit = (unit: RunUnit | undefined): boolean => unit?.type === 'content' && isProse(unit.block, unit.text);

/** A clock alone on its line ("10:45", "11:20 م", "17:31 بتوقيت بيروت"): a live coverage's entry stamp. */
const CLOCK_LINE = /^\d{1,2}:\d{2}(?:\s*(?:gmt|utc|ص|م|am|pm))?(?:\s+بتوقيت(?:\s+\p{L}+){1,3})?$/iu;

/**
 * How many lines right over the body run's first paragraph are a live coverage's first entry (its stamp
 * and headline: "10:45" over "وزير الخارجية يصل إلى القاهرة", or "10:45 وزير الخارجية يصل …" on one line),
 * when the run holds further entries stamped the same way: the first entry's headline stood where a
 * photo's caption stands, under the date line, and was left out.
 */
function liveEntryOver(run: RunUnit[], from: number, to: number): number {
  const line = (at: number): ContentUnit | null => {
    const u = run[at];
    return u?.type === 'content' && !u.block.outside ? u : null;
  };
  const clockAlone = (at: number): boolean => CLOCK_LINE.test(line(at)?.text.trim() ?? '');
  const stamped = (at: number): boolean => LEADING_CLOCK.test(line(at)?.text ?? '') && !clockAlone(at);
  const headline = (at: number): boolean => {
    const u = line(at);
    return u !== null && !isProse(u.block, u.text) && !clockAlone(at);
  };
  // A further entry: a stamp alone over a headline, or a stamped headline.
  const entries = (entry: (at: number) => boolean): boolean => {
    for (let at = from + 1; at < to; at++) if (entry(at)) return true;
    return false;
  };
  if (headline(from - 1) && clockAlone(from - 2) && entries((at) => clockAlone(at) && headline(at + 1))) return 2;
  if (headline(from - 1) && stamped(from - 1) && entries((at) => stamped(at) && headline(at))) return 1;
  return 0;
}

/** The lines right after run[i] that weigh against the body run and are a list's items (`isItem`). */
function linesAfter(
  run: RunUnit[],
  i: number,
  weights: number[],
  isItem: (line: ContentUnit) => boolean,
): ContentUnit[] {
  const items: ContentUnit[] = [];
  for (let j = i + 1; j < run.length && weights[j]! < 0; j++) {
    const item = run[j]!;
    if (item.type !== 'content' || !isItem(item)) break;
    items.push(item);
  }
  return items;
}

/**
 * A list inside the text that no sentence announces: bulleted or numbered items (LIST_MIN_ITEMS at least), or
 * plain lines under a short line ending with a colon, between two paragraphs of prose, in the text's own words
 * (ITEMS_NAMED_BY_TEXT of their content words are the prose's around them), where a box of other stories'
 * headlines names other things.
 */
function isListOfTheText(before: ContentUnit, items: ContentUnit[], after: RunUnit | undefined): boolean {
  if (items.length < LIST_MIN_ITEMS || after?.type !== 'content') return false;
  if (!isProse(before.block, before.text) || !isProse(after.block, after.text)) return false;
  const prose = new ContentWords([before.block.norm, after.block.norm]);
  return (
    overlap(
      items.flatMap((item) => contentWords(item.block.norm)),
      prose,
    ) >= ITEMS_NAMED_BY_TEXT
  );
}

/**
 * The headline printed again in the text (an image's alt text in w3m, a share widget), and the short
 * line under it (the image's caption), are not paragraphs.
 */
function withoutHeadlineRepeats(body: Paragraph[], titleNorm: string): Paragraph[] {
  const kept: Paragraph[] = [];
  for (let i = 0; i < body.length; i++) {
    const paragraph = body[i]!;
    if (!repeatsHeadline(paragraph, titleNorm)) {
      kept.push(paragraph);
      continue;
    }
    const next = body[i + 1];
    if (kept.length > 0 && next && !isProse(next.block, next.text)) i++;
  }
  return kept.length ? kept : body;
}

/**
 * A pull quote: a paragraph that another, longer paragraph of the text writes word for word past its opening (a
 * sentence set in large type beside the text, with no full stop or within «…»), printed again, not a paragraph of
 * its own. Not the body's first paragraph (a standfirst the lead takes up), nor one that opens the paragraph writing
 * it again (unless it is a quotation cut short: '"وأشارت مصادر مطلعة … إلى أن المسؤول الأميركي…"') or is printed
 * whole again (a poem's refrain).
 */
function withoutPullQuotes(body: Paragraph[]): Paragraph[] {
  const normOf = (p: Paragraph): string => (p.text === p.block.text ? p.block.norm : normalizeArabic(p.text));
  // Most paragraphs end as sentences: the words of the others are made only when one does not.
  const candidates = body.flatMap((p, i) => {
    if (i === 0 || (endsLikeSentence(p.text) && !QUOTATION.test(p.text) && !CUT_QUOTATION.test(p.text))) return [];
    const size = wordCount(normOf(p));
    return size >= PULL_QUOTE_MIN_WORDS && size <= PULL_QUOTE_MAX_WORDS ? [i] : [];
  });
  if (candidates.length === 0) return body;
  const spaced = body.map((p) => ` ${words(normOf(p)).join(' ')} `);
  const quotes = new Set<number>();
  for (const i of candidates) {
    const quote = spaced[i]!;
    // A refrain is printed whole again too: a line the text repeats is its own.
    if (spaced.some((other, j) => j !== i && other === quote)) continue;
    // A quotation cut short may take up the opening of the paragraph it quotes.
    const from = CUT_QUOTATION.test(body[i]!.text) ? 0 : 1;
    if (spaced.some((other) => other.length > quote.length && other.indexOf(quote) >= from)) quotes.add(i);
  }
  return quotes.size === 0 ? body : body.filter((_, i) => !quotes.has(i));
}

/**
 * A writer's card printed as the text's last paragraph, with no heading: the name a byline of the article gave,
 * then what the writer is ("هشام عدرة كاتب ومحلل، له مقالات منشورة …"). The text's own last paragraph does not
 * open with its writer's name.
 */
function withoutWritersCard(body: Paragraph[], span: Unit[], blocks: Block[]): Paragraph[] {
  const last = body.at(-1);
  if (!last || body.length < 2 || wordCount(last.block.norm) > WRITERS_CARD_MAX_WORDS) return body;
  const writers = authorNames(span.flatMap((u) => (u.type === 'fields' ? [u.fields] : [])));
  const opensWithWriter = [...writers].some((name) => wordCount(name) >= 2 && last.block.norm.startsWith(`${name} `));
  // Or the card prints the name on a line of its own, and what the writer is under it ("كاتبة وناقدة فنية، …").
  const underName = isBio(last.block) && nameOf(blocks[last.block.index - 1]?.text ?? '') !== null;
  return opensWithWriter || underName ? body.slice(0, -1) : body;
}

/**
 * A headline-length line inside the text that is no sentence and shares no word with the rest of the
 * article (its title and its other paragraphs) is page furniture the run crossed — a card linking
 * another story, a poll's buttons — not a subhead, which the article's words name (a subhead of a word
 * or two, "انتكاسة جديدة", may name none: it stays), nor an item of a list the text announces, nor a quotation
 * («لن نترك أحدا خلفنا», which the paragraph under it may take up: "بهذه الكلمات …"), nor a line that goes on from
 * the paragraph before ("وأكد أن الدولة لن تتخلى عن أحد", though it has no full stop). So is
 * the body's last line when it is a headline that asks a question and names none of the article's words:
 * a teaser of another story under the text ("منتدى دافوس: هل يهدد الذكاء الاصطناعي مستقبل الوظائف في
 * العالم؟"), which its question mark made read as a closing sentence. When that question is bulleted it goes
 * even if it names the article's words ("• "ذي ماركر": … هل "إسرائيل" مستعدة لأزمة مالية؟"): the bullet makes
 * it the first item of the list under the text, not the text's closing line. A question that goes on the
 * text ("فهل تنجح الخطة هذه المرة؟") is its own.
 */
function withoutStrayLines(body: Paragraph[], title: Paragraph | null): Paragraph[] {
  const items = announcedItems(body);
  const last = body.at(-1);
  const teaser =
    last &&
    !items.has(last) &&
    QUESTION_END.test(last.text) &&
    !FOLLOW_UP_QUESTION.test(last.block.norm) &&
    isHeadlineText(last.block, last.text)
      ? last
      : null;
  const strays = body.filter(
    (p) =>
      (!isProse(p.block, p.text) &&
        !endsLikeSentence(p.text) &&
        isTitleLike(p.block, p.text) &&
        !items.has(p) &&
        !QUOTATION.test(p.text) &&
        !goesOn(p.block)) ||
      p === teaser,
  );
  if (strays.length === 0 || strays.length === body.length) return body;
  // Words are compared by their first letters: a stem the rules do not strip (a Persian plural,
  // "موتورهای" beside "موتور") still names the article's word.
  const keys = (p: Paragraph): string[] => contentWords(p.block.norm).map((w) => w.slice(0, STRAY_KEY_LETTERS));
  const article = new Set([title, ...body].flatMap((p) => (p && !strays.includes(p) ? keys(p) : [])));
  const bulletedTeaser = (p: Paragraph): boolean => p === teaser && p.block.kind === 'list-item';
  return body.filter((p) => !strays.includes(p) || (!bulletedTeaser(p) && overlap(keys(p), article) > 0));
}

/**
 * Page apparatus the body run may cross: a line with no words (a date the rules did not read, a count), a section name printed beside the article's date line
 * ("العالم العربي" over "GMT 17:27 17.03.2020"), and the lines beside an image credit, or between two
 * field lines, that are not sentences — a photo's caption, or a card linking another story ("كورونا في
 * مصر", "© REUTERS", "مصر تحظر تصدير الكحول") — and a line that is no sentence between a field line and
 * the text (the caption under the date line: "المسجد الأقصى (أرشيفية)"), and a line between two bare
 * addresses (betweenAddresses).
 */
function isApparatus(span: Unit[], unit: ContentUnit, blocks: Block[]): boolean {
  const at = span.indexOf(unit);
  const around = [span[at - 1], span[at + 1]];
  const beside = (field: string): boolean =>
    around.some((u) => u?.type === 'fields' && u.fields.some((f) => f.field === field));
  // A caption that says so at its end ("… مشددة. (صورة أرشيفية)") is one, written as a sentence too; a longer
  // paragraph is the text with a caption a renderer glued to it (a caption's words are counted once where the
  // image's alt text printed them before it).
  const norm = unit.text === unit.block.text ? unit.block.norm : normalizeArabic(unit.text);
  const length = wordCount(norm);
  if (
    (endsWithCaptionMark(norm) || endsWithPhotoCredit(norm)) &&
    wordCount(captionOnce(norm)) <= MARKED_CAPTION_MAX_WORDS
  )
    return true;
  // So is a line printed twice in a row among the text's paragraphs: the photo's text, then its caption (no
  // paragraph of a text is said twice running).
  if (length <= MARKED_CAPTION_MAX_WORDS && printedTwice(span, at)) return true;
  // Nor is a link to the site's photo or video story, its badge first ("صور | افتتاح المستشفى الجديد"), or a
  // story's card or a photo's caption, its words printed twice on its line (the image's alt text, then the
  // link's label or the caption; Debian html2text puts the alt text in brackets).
  if (length <= MEDIA_TEASER_MAX_WORDS && opensWithMediaBadge(unit.block, unit.text)) return true;
  if (
    (unit.block.twiceOnLine || isCardLine(unit.block.norm)) &&
    unit.text === unit.block.text &&
    !cardOfLineAbove(span, at)
  )
    return true;
  // An embedded post (its text over its signature: "— <name> (@<handle>) <day>") is not the article's text.
  if (length <= EMBEDDED_POST_MAX_WORDS && isEmbeddedPost(blocks, unit.block.index)) return true;
  if (isProse(unit.block, unit.text)) return false;
  if (!hasWords(unit.block.norm) && /\p{N}/u.test(unit.block.norm)) return true; // a date the rules did not read, a count
  if (CLOCK_LINE.test(unit.block.norm)) return true; // a live entry's stamp with its zone
  // Under the date line or byline (past a view count), right before the text: the photo's caption (a
  // deck comes before them).
  const next = span[at + 1];
  let above = at - 1;
  while (span[above]?.type === 'content' && !hasWords((span[above] as ContentUnit).block.norm)) above--;
  const caption =
    span[above]?.type === 'fields' &&
    next?.type === 'content' &&
    isProse(next.block, next.text) &&
    !endsLikeSentence(unit.text);
  return (
    isMarkedCaption(unit.block, unit.text) ||
    (isLabel(unit.block, unit.text) && beside('date')) ||
    beside('imageCredit') ||
    around.every((u) => u?.type === 'fields') ||
    caption ||
    betweenAddresses(unit.block, blocks)
  );
}

/**
 * Whether the card at span[at] prints a line above it again (the headline's photo, its alt text and caption):
 * the title finder reads that as the headline's sign, and takes the card out with the headline's repeats.
 */
function cardOfLineAbove(span: Unit[], at: number): boolean {
  const unit = span[at] as ContentUnit;
  const once = unit.block.twiceOnLine ? unit.block.norm : printedOnce(unit.block.norm);
  return once !== null && span.slice(0, at).some((u) => u.type === 'content' && u.block.norm === once);
}

/** A line printed twice in a row, words enough for a caption, with other prose of the text in its span. */
function printedTwice(span: Unit[], at: number): boolean {
  const line = span[at] as ContentUnit;
  const same = (u: Unit | undefined): boolean => u?.type === 'content' && u.block.norm === line.block.norm;
  return (
    (same(span[at - 1]) || same(span[at + 1])) &&
    wordCount(line.block.norm) >= PRINTED_TWICE_MIN_WORDS &&
    span.some((u) => u.type === 'content' && !same(u) && isProse(u.block, u.text))
  );
}

/**
 * Short sentences right after the run end the article ("إنا لله وإنا إليه راجعون."): too short to
 * weigh as prose, they are its last paragraphs all the same — past a side column's lines printed
 * beside them (a two-column dump).
 */
function closingSentences(run: RunUnit[], to: number, boxed: boolean): number {
  let end = to;
  for (let at = to + 1; at < run.length; at++) {
    const next = run[at]!;
    if (next.type !== 'content') break;
    if (next.block.outside) continue;
    // Under a box's first item, a headline that ends like a sentence ("… !!") is the box's next item.
    if (boxed && isHeadlineText(next.block, next.text)) break;
    if (isClosingSentence(next)) end = at;
    else if (end > to && isLabel(next.block, next.text) && closingSentencesFollow(at)) end = at;
    else break;
  }
  // The text's last lines may be a list it announces ("وجاءت الأسعار على النحو التالي:" and the prices under
  // it), its announcing line the text's last or the next.
  for (const announcing of [end, end + 1]) {
    const items = listClosingTheText(announcing);
    if (items > 0) return announcing + items;
  }
  return end;

  /** The lines under an announcing line down to the article's tail, when they are a list's items. */
  function listClosingTheText(announcing: number): number {
    const line = run[announcing];
    if (line?.type !== 'content' || !announcesList(line)) return 0;
    const items: ContentUnit[] = [];
    for (const u of run.slice(announcing + 1)) {
      if (u.type !== 'content' || u.tags === true) break;
      if (isProse(u.block, u.text)) return 0;
      items.push(u);
    }
    return isRowOfText(items) ? items.length : 0;
  }

  /** The sentences of a closing list go on under a subhead of theirs (the second list of a roundup). */
  function closingSentencesFollow(subhead: number): boolean {
    const after = run.slice(subhead + 1, subhead + 1 + CLOSING_AFTER_SUBHEAD);
    return after.length === CLOSING_AFTER_SUBHEAD && after.every((u) => u.type === 'content' && isClosingSentence(u));
  }
}

/**
 * A short sentence that closes the text: it ends like one, or goes on from the paragraph before ("وأضاف الوزير
 * أن …", "من جهته …": no headline opens so) whatever its last mark.
 */
function isClosingSentence(unit: ContentUnit): boolean {
  return (
    unit.block.kind !== 'list-item' &&
    (endsLikeSentence(unit.text) || goesOn(unit.block)) &&
    wordCount(unit.block.norm) >= CLOSING_MIN_WORDS
  );
}

/**
 * The span index of the headline the markup marks over the text (an <h1>, or the block that prints the
 * metadata's title), or -1.
 */
function markedHeadlineAt(span: Unit[], bodyStart: number, metaTitle: string | null): number {
  const titleNorm = metaTitle ? normalizeArabic(metaTitle) : null;
  return span.findLastIndex(
    (u, i) => i < bodyStart && u.type === 'content' && (u.block.tag === 'h1' || u.block.norm === titleNorm),
  );
}

/**
 * The field lines of an article: those before its text ends and those of its tail, up to the first list
 * or comments after it. A byline under an item of a "most read" list is not the article's.
 */
function articleFields(span: Unit[], runEnd: number): ArticleDraft['fields'] {
  const fields: ArticleDraft['fields'] = [];
  for (const [i, unit] of span.entries()) {
    if (runEnd >= 0 && i > runEnd && unit.type === 'section' && unit.section.kind !== 'keywords') break;
    if (unit.type === 'fields') fields.push(...unit.fields.map((f) => ({ ...f, block: unit.block })));
  }
  return fields;
}

/**
 * Tags printed bare under the text, one a line, with no marker (the site's tag icon is an image the
 * dump did not keep): short lines right after the body, most of which the article itself writes or the
 * tag lexicon knows (a site tags a story with its topics: "طوفان الأقصى").
 */
function bareTags(span: Unit[], runEnd: number, title: Paragraph | null, body: Paragraph[]): Section[] {
  const lines: Block[] = [];
  // The writers the article's bylines name: a writer's card under the tags prints the name again.
  const writers = authorNames(span.flatMap((u) => (u.type === 'fields' ? [u.fields] : [])));
  for (const unit of span.slice(runEnd + 1)) {
    // A side column's lines printed beside the tags (a two-column dump) are passed over.
    if ((unit.type === 'content' || unit.type === 'fields') && unit.block.outside) continue;
    // A writer's card may follow the tags with nothing between: its photo's alt text, then the name again…
    if ((unit.type === 'content' || unit.type === 'fields') && unit.block.norm === lines.at(-1)?.norm) {
      lines.pop();
      break;
    }
    // …or its heading ("عن الكاتب"), or the name a byline gave.
    if (unit.type === 'content' && (writers.has(unit.block.norm) || WRITER_CARD.has(unit.block.norm))) break;
    // The byline or source line that ends the text comes before the tags ("بقلم: …", then the tags).
    if (unit.type === 'fields' && lines.length === 0) continue;
    if (
      unit.type !== 'content' ||
      wordCount(unit.block.norm) > TAG_ITEM_MAX_WORDS ||
      endsLikeSentence(unit.text) ||
      isDate(unit.text) ||
      // A label no rule knows ("ابحث عن:") heads what it names: no tag, nor are the lines under it for that.
      ENDS_WITH_COLON.test(unit.text) ||
      isInitials(unit.block.norm)
    )
      break;
    lines.push(withText(unit.block, unit.text));
  }
  // A heading over the tags that names them ("مواضيع التغطية", "كلمات دالة"): their marker, no tag.
  const heading = lines.length > BARE_TAGS_MIN && namesTags(lines[0]!.norm) ? lines.shift()! : null;
  if (lines.length < BARE_TAGS_MIN) {
    // One line of linked tags with nothing between them: most of its words are the article's, in no sentence.
    const after = span.slice(runEnd + 1).filter((u) => u.type !== 'fields');
    const [next, then] = after;
    if (next?.type !== 'content' || next.block.outside || next.block.kind === 'list-item') return [];
    // Tags are the article's tail: a line that the article's sentences follow heads its own list.
    const followed = then?.type === 'content' && !then.block.outside;
    if (followed && endsLikeSentence(then.text)) return [];
    const text = withoutTagLabel(next.text.replace(TAG_ICON, ''));
    // So does a line of one tag over headlines ("تغطية خاصة" over the site's stories): a list's heading.
    if (
      followed &&
      wordCount(then.block.norm) > TAG_ITEM_MAX_WORDS &&
      splitTagLine(text, articleText(title, body)).length < BARE_TAGS_MIN
    )
      return [];
    // Read like a marker's line: cut into the tags the article's phrases and the tag lexicon know, or into the
    // links the renderer marked ("[السدود](…)[الجفاف](…)", glued with nothing between them).
    const linked = linkedTags(text, next.block.linkTexts);
    return (linked ? readsAsTagLinks(linked, title, body) : readsAsTagLine(text, title, body))
      ? [tagLineSection(next.block, text)]
      : [];
  }
  // Hashtags, one a line, say what they are whether the article writes them or not (up to the first
  // line that is none: a heading of what follows).
  const hashtags = lines.findIndex((b) => !HASHTAG_LINE.test(b.text));
  if (hashtags !== 0 && (hashtags < 0 ? lines.length : hashtags) >= BARE_TAGS_MIN) {
    const items = hashtags < 0 ? lines : lines.slice(0, hashtags);
    return [{ kind: 'keywords', greedy: false, marker: heading ?? items[0]!, inline: null, items, passedOver: [] }];
  }
  const article = writtenText(title, body);
  // A particle alone ("لا" under a poll's "نعم") is in any text, and no tag.
  const written = lines.filter((b) => !FUNCTION_WORDS.has(b.norm) && writtenOrKnown(article, b.norm)).length;
  return heading || written / lines.length >= BARE_TAGS_WRITTEN
    ? [{ kind: 'keywords', greedy: false, marker: heading ?? lines[0]!, inline: null, items: lines, passedOver: [] }]
    : [];
}

/**
 * A line of letters standing alone: a wire desk's editors' initials under its story ("م ع ح / ه ح", "ع.ع/م.ش"),
 * which no tag is.
 */
function isInitials(norm: string): boolean {
  const ws = words(norm);
  return ws.length > 0 && ws.every((w) => w.length === 1);
}

/**
 * Tags printed between the article's meta line and its text, with no marker (a CMS that puts the story's
 * tag links under its date, before the lead): the one line between the date line or byline under the
 * headline and the first paragraph, when it reads as a tag line (readsAsTagLine) and is not the headline
 * printed again. A deck stands over the meta line, not under it (decksBetween); a photo's caption may
 * stand under it, and its words are the article's too: a function word joins them ("صورة من الموقع"),
 * where a tag line has one only inside a tag ("قطاع الطاقة في القارة الأوروبية"), so no tag it is cut
 * into may begin or end with one.
 */
function headTags(span: Unit[], title: Paragraph, body: Paragraph[]): Section[] {
  const at = span.findIndex((u) => u.type === 'content' && u.block === title.block);
  const lead = body[0];
  const first = lead ? span.findIndex((u) => u.type === 'content' && u.block === lead.block) : -1;
  if (at < 0 || first <= at) return [];
  const between = span.slice(at + 1, first);
  const meta = between.findLastIndex((u) => u.type === 'fields');
  const [line, ...more] = between.slice(meta + 1);
  if (meta < 0 || more.length > 0 || line?.type !== 'content' || line.block.outside) return [];
  if (repeatsHeadline(line, title.block.norm) || !readsAsTagLine(line.text, title, body)) return [];
  // Tags stand side by side: a line the text writes word for word, in one run, is a standfirst its lead takes up.
  if (wordCount(line.block.norm) >= STANDFIRST_MIN_WORDS && writtenIn(writtenText(title, body), line.block)) return [];
  const tags = splitTagLine(line.text, articleText(title, body), false);
  const joins = (tag: string): boolean => {
    const ws = words(normalizeArabic(tag));
    return isStopWord(ws[0] ?? '') || isStopWord(ws.at(-1) ?? '');
  };
  return tags.length < BARE_TAGS_MIN || tags.some(joins) ? [] : [tagLineSection(line.block, line.text)];
}

/** The words of the labels that head tags, on the matching form, the longest first ("كلمات البحث" before a one-word label). */
const TAG_MARKER_WORDS = [...TAG_MARKERS, ...TOPIC_LABELS]
  .map((marker) => words(normalizeArabic(marker)))
  .sort((a, b) => b.length - a.length);

/** A tag label's words at most this many more than the label's own ("مواضيع التغطية"). */
const TAG_HEADING_QUALIFIER_WORDS = 2;

/** Whether a line (matching form) is a heading that names the tags under it: a tag label, a word or two after it. */
function namesTags(norm: string): boolean {
  const ws = words(norm);
  return TAG_MARKER_WORDS.some(
    (marker) => ws.length <= marker.length + TAG_HEADING_QUALIFIER_WORDS && marker.every((w, i) => ws[i] === w),
  );
}

/**
 * A bare tag line's text without the word or words that name it, printed with no colon ("تاجات غزة، رفح"):
 * a label, not the first tag. The line's original words are cut by count, as the matching form has them.
 */
function withoutTagLabel(text: string): string {
  const ws = words(normalizeArabic(text));
  const label = TAG_MARKER_WORDS.find((marker) => marker.length < ws.length && marker.every((w, i) => ws[i] === w));
  return label ? text.replace(new RegExp(`^\\s*(?:\\S+\\s+){${label.length}}`, 'u'), '') : text;
}

/** A tag line as a marker's line holds it: cut into tags when the article's keywords are read. */
const tagLineSection = (block: Block, text: string): Section => ({
  kind: 'keywords',
  greedy: false,
  marker: block,
  inline: text,
  items: [],
  passedOver: [],
});

/**
 * One line of linked tags with nothing between them, or a list's separators: a tag list's length, no
 * sentence's punctuation between the separators, most of its words the article's or the tag lexicon's.
 */
function readsAsTagLine(text: string, title: Paragraph | null, body: Paragraph[]): boolean {
  if (isDate(text)) return false;
  const ws = words(normalizeArabic(text));
  // Links joined by a list's separators (", ", " | "), each a tag's length: only what stands between
  // the separators must have no sentence's punctuation.
  const parts = splitTagList(text);
  const listed = parts.length >= BARE_TAGS_MIN && parts.every((part) => wordCount(part) <= TAG_ITEM_MAX_WORDS);
  // One written word may be tags glued together ("الزراعةالمزارعين"): its pieces count.
  const count =
    ws.length === 1 && mayBeGluedTags(text) ? splitTagLine(text, articleText(title, body)).length : ws.length;
  if (
    count < BARE_TAGS_MIN ||
    ws.length > BARE_TAG_LINE_MAX_WORDS ||
    SENTENCE_PUNCTUATION.test((listed ? parts.join(' ') : text).replace(QUOTED_NAME, ''))
  )
    return false;
  const known = new Set(articleWords(title, body));
  // The share of the line's words that the article writes or the lexicon's tags cover; a lexicon tag
  // does not run across a separator ("عمان - الأردن", a column's place line).
  const writtenShare = (parts: (readonly string[])[]): number => {
    const tagged = parts.flatMap(lexiconCovered);
    const partWords = parts.flat();
    return partWords.filter((w, i) => known.has(w) || tagged[i]).length / partWords.length;
  };
  return (
    writtenShare(splitTagList(normalizeArabic(text)).map((part) => words(part))) >= BARE_TAG_LINE_WRITTEN ||
    // Links printed with nothing between them ("قطاع غزةحماس"): their words once the known phrases are cut apart.
    writtenShare(splitTagLine(text, articleText(title, body)).map((tag) => words(normalizeArabic(tag)))) >=
      BARE_TAG_LINE_WRITTEN
  );
}

/**
 * A line that is one written date, with its day's or year's number ("2 أيلول", "اليوم 03:45"): a
 * related card's date, which a tag does not name ("الآن" may be a tag, a time line has a number).
 */
function isDate(text: string): boolean {
  const line = text.trim();
  if (!DIGIT.test(line)) return false;
  const [mention, ...more] = findDateMentions(line);
  return !!mention && more.length === 0 && mention.start === 0 && mention.end === line.length;
}

/** The article's title and paragraphs, as a tag line is cut against them. */
const articleText = (title: Paragraph | null, body: Paragraph[]): ArticleWords =>
  new ArticleWords(() => [title?.text ?? '', ...body.map((p) => p.text)]);

/**
 * The article's words, its title's then its paragraphs': joined into one long text, made only when a
 * tag line is compared with it (most articles' tails stop the tag readers before).
 */
const articleWords = (title: Paragraph | null, body: Paragraph[]): string[] =>
  [title, ...body].flatMap((p) => (p ? words(p.block.norm) : []));

/** The article's words space-joined, with a space at each end (writtenIn). */
const writtenText = (title: Paragraph | null, body: Paragraph[]): string => ` ${articleWords(title, body).join(' ')} `;

/** A tag line the article writes as it is (`article`: writtenText). */
const writtenIn = (article: string, tag: Block): boolean => writtenAs(article, tag.norm);
const writtenAs = (article: string, norm: string): boolean => article.includes(` ${words(norm).join(' ')} `);

/** …or whose words the tag lexicon's tags cover. */
function writtenOrKnown(article: string, norm: string): boolean {
  if (writtenAs(article, norm)) return true;
  const ws = words(norm);
  return ws.length > 0 && lexiconCovered(ws).every(Boolean);
}

/**
 * A row of links the renderer marked, glued or parted by separators, under the text: tags when there are two
 * at least, each a tag's length, and most of them the article writes or the tag lexicon knows (counted by link:
 * a tag the text does not write, "الأمن المائي", is one link of three, though half of the row's words).
 */
function readsAsTagLinks(links: string[], title: Paragraph | null, body: Paragraph[]): boolean {
  const article = writtenText(title, body);
  const norms = links.map((link) => normalizeArabic(link));
  if (norms.length < BARE_TAGS_MIN || norms.some((norm) => wordCount(norm) > TAG_ITEM_MAX_WORDS)) return false;
  return norms.filter((norm) => writtenOrKnown(article, norm)).length / norms.length >= BARE_TAGS_WRITTEN;
}

/**
 * Tags printed in a side column before the text, under an icon-only heading the dump did not keep: the
 * bulleted list nearest above the headline (past a few short lines: an ad label), a list of its own (a
 * gap before its first item), of tag-length items, most of which the article writes or the tag lexicon
 * knows, and one at least the article writes as it is.
 */
function sideTags(span: Unit[], title: Paragraph, body: Paragraph[]): Section[] {
  const at = span.findIndex((u) => u.type === 'content' && u.block === title.block);
  const items: Block[] = [];
  let between = 0;
  for (let i = at - 1; i >= 0; i--) {
    const unit = span[i]!;
    if (unit.type !== 'content' || unit.block.outside) break;
    if (unit.block.kind !== 'list-item') {
      if (items.length > 0 || ++between > SIDE_TAGS_REACH || isProse(unit.block, unit.text)) break;
      continue;
    }
    if (wordCount(unit.block.norm) > TAG_ITEM_MAX_WORDS || endsLikeSentence(unit.text)) return [];
    items.unshift(withText(unit.block, unit.text));
    if (unit.block.gapBefore) break;
  }
  if (items.length < BARE_TAGS_MIN || !items[0]!.gapBefore) return [];
  const article = writtenText(title, body);
  const written = items.filter((b) => writtenOrKnown(article, b.norm)).length;
  return items.some((b) => writtenIn(article, b)) && written / items.length >= SIDE_TAGS_WRITTEN
    ? [{ kind: 'keywords', greedy: false, marker: items[0]!, inline: null, items, passedOver: [] }]
    : [];
}

/** The heading tags a deck under an <h1> is printed in ("<h2 class="subtitle">"). */
const DECK_TAG = /^h[2-4]$/;

/**
 * HTML: a deck printed in a subheading right under the <h1>, in the headline's box outside the article's
 * (a theme's "post-subtitle" over the meta line): a heading that is no link, reads as a headline and
 * stands before the text. Else null.
 */
function deckUnderH1(content: ContentUnit[], h1: ContentUnit, body: Paragraph[]): Paragraph | null {
  const next = content.find((u) => u.block.index === h1.block.index + 1);
  if (
    !next ||
    !next.block.outside ||
    !DECK_TAG.test(next.block.tag ?? '') ||
    (next.block.links?.length ?? 0) > 0 ||
    !isHeadlineText(next.block, next.text) ||
    (body[0] !== undefined && body[0].block.index < next.block.index)
  )
    return null;
  return { block: next.block, text: next.text };
}

/** Headlines after a related box's first article, up to the next marker but a tag line: the box's other items. */
function restOfBox(span: Unit[], runEnd: number, embedded: Extract<Unit, { type: 'embedded' }>): Section[] {
  const items: Block[] = [];
  for (const unit of span.slice(runEnd + 1)) {
    // The article's own tag line sits between its text and the box's other items.
    if (unit.type === 'section' && unit.section.kind !== 'keywords') break;
    if (unit.type === 'content' && headlineShaped(unit) && !isProse(unit.block, unit.text))
      items.push(withText(unit.block, unit.text));
  }
  return items.length
    ? [{ kind: embedded.relation, greedy: false, marker: embedded.title.block, inline: null, items, passedOver: [] }]
    : [];
}

function shorten(text: string): string {
  return text.length > QUOTED_MAX_CHARS ? `${text.slice(0, QUOTED_KEPT_CHARS)}…` : text;
}

/**
 * Where the text's whole tail closes the run: the first related list's marker past its source line and its
 * tags (a tag line or a tag section) since the text's last paragraph of prose; -1 when none does. Prose under
 * such a list is another story's (the list's first item printed in full), never the text going on, nor the
 * page's text in its place: a read-also box inside the text comes before its tail.
 */
function closedByTail(run: RunUnit[]): number {
  let prose = false;
  let source = false;
  let tags = false;
  return run.findIndex((u) => {
    if (u.type === 'section') {
      if (u.section.kind === 'keywords') tags = true;
      return prose && source && tags && isRelation(u.section.kind);
    }
    if (u.type === 'fields') source ||= u.fields.some((f) => f.field === 'source');
    else if (u.tags === true) tags = true;
    else if (isProse(u.block, u.text)) [prose, source, tags] = [true, false, false];
    return false;
  });
}

/**
 * What crossing a section costs the body run (SECTION_COST, ONE_LINK_COST, GREEDY_SECTION_COST; a poll inside the
 * text is a list's).
 */
function sectionBarrier(section: Section): number {
  if (isGreedy(section.kind) && !section.insideText) return GREEDY_SECTION_COST;
  return holdsOneLink(section) ? ONE_LINK_COST : SECTION_COST;
}

/** Maximum-sum run (Kadane): the stretch of blocks that reads most like one piece of prose. */
function bestRun(weights: number[]): [number, number] {
  let best = 0;
  let bestFrom = -1;
  let bestTo = -1;
  let sum = 0;
  let from = 0;
  weights.forEach((w, i) => {
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += w;
    if (sum > best) {
      best = sum;
      bestFrom = from;
      bestTo = i;
    }
  });
  return [bestFrom, bestTo];
}
