/**
 * Labelled blocks → units: content, field lines, sections (a marker and the items that follow it while
 * they look like items of that section), and the starts of further articles (startsArticle): the
 * first item of a read-also or related box that prose follows, or a headline after the first article's
 * tail (its tags, source line, byline or share row) that another story follows.
 */
import { makeBlock, withText, type Block } from '../document/model.js';
import { normalizeArabic } from '../text/normalize.js';
import type { BlockLabel, FieldValue } from '../cleaners/labels.js';
import { contentWords, overlap, wordCount, words } from '../text/words.js';
import { splitTagList } from '../fields/keywords.js';
import {
  announces,
  endsLikeSentence,
  exclaims,
  goesOn,
  HEADLINE_MAX_WORDS,
  isCountedItem,
  isDatedItem,
  isHeadlineText,
  isPhotoCaption,
  isProse,
  isStampedItem,
  isTitleLike,
  ENDS_WITH_COLON,
  LABEL_MAX_WORDS,
} from './prose.js';
import { definesName, PARAGRAPH_WORDS, QUESTION_END, startsArticle, type StartContext } from './starts.js';
import { namedByPageTitle } from './title.js';
import { isBio } from './bylines.js';
import { isGreedy, isRelation, WRITER_CARD_HEADINGS, type Relation, type SectionKind } from '../vocabulary.js';

export interface Section {
  kind: SectionKind;
  /** A site's tail list that runs to the next marker, whatever its lines look like. */
  greedy: boolean;
  marker: Block;
  /** Content on the marker's own line ("كلمات دلالية: سوريا العراق …"). */
  inline: string | null;
  items: Block[];
  /** Lines inside the section that are none of its items (a card's teaser, its category or date line). */
  passedOver: Block[];
  /** A poll inside the text (pollInsideText): the text goes on past it, so the body run crosses it as a list. */
  insideText?: boolean;
}

/** A related box of one link ("اقرأ أيضا: <headline>", or the marker and one item): a line, where a list is a box. */
export const holdsOneLink = (section: Section): boolean =>
  isRelation(section.kind) && section.items.length + (section.inline === null ? 0 : 1) === 1;

export interface Paragraph {
  block: Block;
  text: string;
}

export type Unit =
  /** `tags`: a line of linked tags under the article's prose (toUnits' tagRun), the text's tail. */
  | { type: 'content'; block: Block; text: string; tags?: boolean }
  | { type: 'fields'; block: Block; fields: FieldValue[] }
  | { type: 'section'; section: Section }
  /** A further article starts: its headline, how the main article lists it, and whether it opened a box (its first item). */
  | { type: 'embedded'; title: Paragraph; relation: Relation; boxed: boolean };

export type ContentUnit = Extract<Unit, { type: 'content' }>;
export type SectionUnit = Extract<Unit, { type: 'section' }>;

// The unit builder's heuristics, in one block (issue 12).
/** The longest link of a menu beside a list heading it holds ("الرئيسية", "ثقافة وفن"). */
const MENU_LINK_MAX_WORDS = 2;
/** A card's teaser is a sentence or two (teasesItem)… */
const TEASER_MAX_WORDS = 40;
/** …that names this share of its headline's content words at least. */
const TEASER_NAMES_ITEM = 0.5;
/** The longest item of a tag list under its marker: a longer line is several tags whose separators were lost. */
export const TAG_ITEM_MAX_WORDS = 6;
/**
 * The longest rest of a marker's line that may be the first tag of a column one a line under it
 * ("الكلمات المفتاحية: وزارة الزراعة", then "المزارعين" …): a longer rest is a tag line of its own.
 */
const FIRST_TAG_MAX_WORDS = 3;
/** The longest tag line with no separator left under its marker (eight tags of a few words). */
const TAG_LINE_MAX_WORDS = 30;
/** How many of the article's last prose blocks a candidate start is compared with. */
const RECENT_PROSE = 3;
/** Short lines in a row after an article's prose make its tail (bare tags under the site's tag icon). */
const BARE_TAIL_LINES = 2;
/**
 * A rule a print page draws between its pieces, kept in the dump as a line of dashes, tatweels or
 * underscores ("-------", "ــــــــ"; the document stage drops a rule of stars).
 */
const SEPARATOR_RULE = /^\s*([-ـ=_~–—])\1{2,}\s*$/u;
/** A bare tag line with no separator left has at most this many words (a dozen tags of a word or two)… */
export const BARE_TAG_LINE_MAX_WORDS = 24;
/** …and this share of its words the article writes (a site's tags may word a name its own way). */
export const BARE_TAG_LINE_WRITTEN = 0.7;
/** A line that is only a bracketed name with no space, as renderers print an image ("[tagNewNew]", "[logo.png]"). */
const IMAGE_MARK = /^\[[^\]\s]+\]$/u;
/**
 * Words that open a clause or point at something (relative pronouns, demonstratives, "هنا"): a tag names a
 * person, a place or a topic, and holds none.
 */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'التي',
  'الذي',
  'الذين',
  'اللذين',
  'اللتين',
  'اللواتي',
  'هذا',
  'هذه',
  'هنا',
  'ذلك',
  'تلك',
]);
/** A letter of any script. */
const LETTER = /\p{L}/u;
/** Punctuation of a sentence or a list: a line of linked tags has none besides its separators. */
export const SENTENCE_PUNCTUATION = /[.،,؛;:؟?!«»"()]/u;
/**
 * A list's headlines printed on one line (a "latest news" ticker whose links a renderer ran together) is
 * longer than a headline and has no mark of a sentence: prose this long writes a comma or a full stop.
 */
const HEADLINE_STRIP_MIN_WORDS = HEADLINE_MAX_WORDS + 1;
/** Punctuation of running text: a menu or a feed-links line flattened into one long line has none. */
const SENTENCE_MARK = /[.؟?!،,؛;]/u;
/** A heading no rule knows heads a list when this many dated headlines follow it. */
const DATED_LIST_MIN_ITEMS = 3;
/** …and, past the article's tail, over this many headlines with nothing after them (headsTailList). */
const TAIL_LIST_MIN_ITEMS = 2;
/** A list's items all print their time or date (isStampedItem) from this many on: a line without one ends it. */
const STAMPED_LIST_MIN_ITEMS = 2;
/** A poll is its question and at least one option or button… */
const POLL_MIN_LINES = 2;
/** …each line a question's length at most (a comment is written in sentences). */
const POLL_LINE_MAX_WORDS = 12;
/** Fields that end an article (its tail): a source line, a byline at the end. */
const TAIL_FIELDS: ReadonlySet<string> = new Set(['source', 'author']);

/**
 * The page's blocks as units. `contentJudged`: the front end has told the article's blocks by their markup
 * (HTML), where tags are links it read as such; only a text dump, whose markup is lost, reads short lines
 * in a row after the prose as a bare tag tail (a results roundup's short lines are content in HTML).
 */
/** WRITER_CARD_HEADINGS on the matching form. */
export const WRITER_CARD: ReadonlySet<string> = new Set(WRITER_CARD_HEADINGS.map(normalizeArabic));

/** The writers that field lines name (a byline's author field), on the matching form. */
export function authorNames(fieldLists: FieldValue[][]): Set<string> {
  return new Set(
    fieldLists.flatMap((fields) => fields.flatMap((f) => (f.field === 'author' ? [normalizeArabic(f.value)] : []))),
  );
}

/** Blocks that cleaners' rules dropped and the segmenter still reads. */
export interface DroppedBlocks {
  /** Dropped as a share row (SHARE_ROW_RULE): they end the article's text as its tags do. */
  shareRows: ReadonlySet<number>;
  /** Dropped as a "more" button (MORE_BUTTON_RULE): one may head a list under the article's tail. */
  moreButtons: ReadonlySet<number>;
}

/** The page's units. */
export function toUnits(
  blocks: Block[],
  labels: BlockLabel[],
  contentJudged: boolean,
  { shareRows, moreButtons }: DroppedBlocks,
): Unit[] {
  const units: Unit[] = [];
  /** The writers the page's bylines name. */
  const bylineNames = authorNames(labels.map((label) => label.fields));
  let open: Section | null = null;
  /** Related lists whose items have date lines under them. */
  const datedLists = new Set<Section>();
  let seenProse = false;
  /** Past prose that is more than a headline read as a sentence (a question over its byline): the text has begun. */
  let textBegun = false;
  /** The article's last prose blocks, and whether its tail (tags, source, byline, share row) came since. */
  let recent: Block[] = [];
  /** The content words of the article's prose so far: another story under a headline uses few of them. */
  let articleWords = new Set<string>();
  let tailSinceProse = false;
  /** A tag block or tag line since the article's prose: the surest of tails, no subhead comes after it. */
  let taggedSinceProse = false;
  /** The lines of the tags since the article's prose (a tag line, or one tag a line under the marker). */
  let tagLinesSinceProse: number[] = [];
  /** A share row since the article's prose: it closes the text as the tags do. */
  let sharedSinceProse = false;
  /** A rule line since the article's prose: the page divides its pieces there. */
  let ruledSinceProse = false;
  /** Short lines in a row since the last prose: bare tag lines, a source line, a byline. */
  let shortLines = 0;
  /** Past a line that announces the lines under it (announces), down to the next prose: its items, not tags. */
  let listAnnounced = false;
  /** Follows the article's prose and tail past a content line; whether the line is a tag line (tagRun). */
  const prose = (block: Block, text: string): boolean => {
    // A tag list with separators is long and may read as prose: a line of prose is tried too, unless it
    // ends as a sentence (the cheap test first).
    const articleProse = isArticleProse(block, text);
    const tags =
      !contentJudged && seenProse && !listAnnounced && !(articleProse && endsLikeSentence(text)) && tagRun(block, text);
    listAnnounced = announces(block, text) || (listAnnounced && !articleProse);
    if (tags || !articleProse) {
      const short =
        !contentJudged &&
        seenProse &&
        !block.outside &&
        wordCount(block.norm) <= TAG_ITEM_MAX_WORDS &&
        !endsLikeSentence(text);
      shortLines = short ? shortLines + 1 : 0;
      if (shortLines >= BARE_TAIL_LINES || tags) tailSinceProse = true;
      if (tags) {
        taggedSinceProse = true;
        tagLinesSinceProse.push(block.line);
      }
      return tags;
    }
    textBegun ||= seenProse || !isHeadlineText(block, text);
    seenProse = true;
    tailSinceProse = taggedSinceProse = sharedSinceProse = false;
    tagLinesSinceProse = [];
    ruledSinceProse = false;
    shortLines = 0;
    recent = [...recent, block].slice(-RECENT_PROSE);
    for (const word of contentWords(block.norm)) articleWords.add(word);
    return false;
  };
  /**
   * One line of linked tags under the prose, with nothing between them ("بشار الأسد القوات التركية حصيلة
   * دمشق") or a list's separators ("البيت الأبيض, التصعيد, اقتصاد"): no sentence's punctuation between
   * the separators, a tag list's length, most of its words the article's. It ends the article's text as
   * a tag block does.
   */
  const tagRun = (block: Block, text: string): boolean => {
    if (block.outside || wordCount(block.norm) > BARE_TAG_LINE_MAX_WORDS) return false;
    // A sentence that a dump printed with no punctuation ("أقصد بالشرع هنا سلطة الفقيه … التي تحول …").
    if (words(block.norm).some((w) => CLAUSE_WORDS.has(w))) return false;
    // A line with punctuation is split into a list's items only when it ends as no sentence does (the
    // cheap test first: most short lines after the prose are its sentences).
    if (SENTENCE_PUNCTUATION.test(text)) {
      if (endsLikeSentence(text)) return false;
      const parts = splitTagList(text);
      const listed = parts.length >= 2 && parts.every((part) => wordCount(part) <= TAG_ITEM_MAX_WORDS);
      if (!listed || SENTENCE_PUNCTUATION.test(parts.join(' '))) return false;
    }
    const ws = contentWords(block.norm);
    return ws.length >= 2 && ws.filter((w) => articleWords.has(w)).length / ws.length >= BARE_TAG_LINE_WRITTEN;
  };
  /**
   * Past a further article's headline (HTML) that opened no article (a rule took its line): its text,
   * which the front end kept for that article, is no text of the article before; it stays out, up to the
   * page's furniture again.
   */
  let unopenedFurther = false;
  const startEmbedded = (block: Block, text: string, relation: Relation, boxed: boolean): void => {
    unopenedFurther = false;
    units.push({ type: 'embedded', title: { block, text }, relation, boxed });
    recent = [];
    articleWords = new Set();
    tailSinceProse = taggedSinceProse = sharedSinceProse = false;
    tagLinesSinceProse = [];
    ruledSinceProse = listAnnounced = false;
    shortLines = 0;
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const label = labels[i]!;
    if (block.opensArticle || block.outside) unopenedFurther = block.opensArticle === true;
    else if (unopenedFurther) continue;
    if (label.marker) {
      const { section, inline, greedy } = label.marker;
      // A marker cut from the end of a paragraph ("… سمات المانيا مهاجرين"): the paragraph comes first.
      if (label.text !== null) {
        units.push({ type: 'content', block, text: label.text });
        prose(block, label.text);
      }
      // A "comments" or "©" link in the header menu is not where the comments or the footer start, nor is a
      // comment count under the headline ("18 تعليقات" over the text).
      if ((isGreedy(section) || greedy) && !textBegun) continue;
      // Nor is a list heading among the menu's section links ("آخر الأخبار" between "الرئيسية" and "سياسة").
      if (isRelation(section) && isMenuLink(i)) continue;
      // "اقرأ أيضا: <headline>" over that article's own text: the article, printed in full after the marker.
      // (In HTML the marker's line, a link, may be outside the article by its link density; its text is not.)
      // The start is strict where the text runs on in the article's own box; where the front end found it in a
      // box of its own under the line (opensArticle), a marked start's tests suffice: that text may word its
      // headline otherwise ("القبيلة ولية أمر الفتاة" over "…القبائل… ابنتهم").
      if (seenProse && isRelation(section) && inline && LETTER.test(inline)) {
        const headline = makeBlock({ ...block, text: inline, norm: normalizeArabic(inline), outside: false });
        const context = { marked: true, before: recent, articleWords, strict: !block.opensArticle };
        if (startsArticle(blocks, labels, i, context, headline)) {
          startEmbedded(headline, inline, section, false);
          continue;
        }
      }
      // What is left of the marker's line without a letter ("الكلمات الدالة : [" in html2text, lynx's "[86]"
      // for a link that was an image) is no content.
      open = {
        kind: section,
        greedy,
        marker: block,
        inline: inline && LETTER.test(inline) ? inline : null,
        items: [],
        passedOver: [],
      };
      units.push({ type: 'section', section: open });
      listAnnounced = false;
      if (seenProse && section === 'keywords') tailSinceProse = taggedSinceProse = true;
      continue;
    }
    // Under a comment prompt past the article's text, a further story printed after the comments' place
    // (in HTML, one whose text the front end found under its headline).
    if (
      open?.kind === 'comments' &&
      seenProse &&
      label.text !== null &&
      (opensFurther(i) || startsArticle(blocks, labels, i, afterComments()))
    ) {
      startEmbedded(block, label.text, 'read-also', false);
      open = null;
      continue;
    }
    if (open) {
      const verdict = admit(open, block, label);
      if (verdict === 'item') {
        const text = label.text ?? (misreadDatedItem(open, block, label) ? block.text : null);
        if (text !== null) open.items.push(withText(block, text));
        if (open.kind === 'keywords') tagLinesSinceProse.push(block.line);
        continue;
      }
      if (verdict === 'tags') {
        open.items.push(block);
        tagLinesSinceProse.push(block.line);
        continue;
      }
      if (verdict === 'skip') {
        open.passedOver.push(block);
        continue;
      }
      if (verdict === 'start') {
        startEmbedded(block, label.text!, open.kind as Relation, true);
        open = null;
        continue;
      }
      open = null;
    }
    // A heading no rule knows over a list of dated headlines ("أخبار ٢٤ ساعة", "مراقب حر") heads that list; so does
    // a "more" button over a list under the article's tail ("اقرأ المزيد" over two headlines).
    if (
      !contentJudged &&
      ((label.text !== null &&
        isLabel(block, label.text) &&
        // A writer's card's heading ("حول الكاتب") heads the card: a name, what the writer is.
        !WRITER_CARD.has(block.norm) &&
        (headsDatedList(i) || (seenProse && tailSinceProse && headsTailList(i)))) ||
        (moreButtons.has(i) && seenProse && tailSinceProse && headlinesUnder(i)))
    ) {
      open = { kind: 'more', greedy: false, marker: block, inline: null, items: [], passedOver: [] };
      units.push({ type: 'section', section: open });
      continue;
    }
    if (label.fields.length > 0) {
      units.push({ type: 'fields', block, fields: label.fields });
      if (seenProse && label.fields.some((f) => TAIL_FIELDS.has(f.field))) tailSinceProse = true;
    }
    if (seenProse && SEPARATOR_RULE.test(block.text)) ruledSinceProse = tailSinceProse = true;
    if (label.text === null) {
      if (seenProse && label.fields.length === 0) tailSinceProse = true; // a share row, a follow prompt
      if (seenProse && shareRows.has(i)) sharedSinceProse = true;
      continue;
    }
    // In HTML, the blocks the front end kept as one article's content (a results roundup's items over
    // their lines) are one article unless the page marks a new story (a tail, a date line).
    if (seenProse && (opensFurther(i) || startsArticle(blocks, labels, i, unmarkedContext()))) {
      startEmbedded(block, label.text, 'read-also', false);
      continue;
    }
    const tags = prose(block, label.text);
    units.push(
      tags ? { type: 'content', block, text: label.text, tags } : { type: 'content', block, text: label.text },
    );
  }
  return units;

  /** Whether a share row (the article's tail) lies between blocks `from` and `to`. */
  function shareRowBetween(from: number, to: number): boolean {
    for (const row of shareRows) if (row > from && row < to) return true;
    return false;
  }

  /**
   * Whether a line of a list of dated headlines was read as a writer's meta line: a headline with its
   * correspondent's place and day ("لاتسيو يلتهم سامبدوريا وبنيفنتو يودع القاهرة – 11 أغسطس 2015", whose "و"
   * made two names of it; "ظاهرة هاربر لي رام الله – 26 سبتمبر 2018", a name once the city is off), among items
   * dated so: those over it, or the line under the list's first. It is one more of the list's items.
   */
  function misreadDatedItem(section: Section, block: Block, label: BlockLabel): boolean {
    const under = blocks[block.index + 1];
    const siblings = section.items.length > 0 ? section.items : under ? [under] : [];
    return (
      isRelation(section.kind) &&
      siblings.length > 0 &&
      label.fields.some((f) => f.field === 'author') &&
      isDatedItem(block.text, block.kind === 'list-item') &&
      siblings.every((item) => isDatedItem(item.text, item.kind === 'list-item'))
    );
  }

  /**
   * Whether a block continues the open section, ends it, or starts an article (the first item of a
   * read-also or related box); 'tags': the line under a tag marker, taken whole even when a rule
   * dropped it as a menu ("فلسطين المحتلة | لبنان | غزة").
   */
  function admit(section: Section, block: Block, label: BlockLabel): 'item' | 'skip' | 'end' | 'start' | 'tags' {
    // A further article's headline (HTML) opens it under a list's marker too.
    if (isRelation(section.kind) && opensFurther(block.index)) return 'start';
    // In HTML, a marker in the page furniture ("Comment" in a share bar) cannot take the article's blocks.
    if (section.marker.outside && !block.outside) return 'end';
    if (isGreedy(section.kind)) {
      if (!seenProse || !pollInsideText(section, block, label)) return 'item';
      section.insideText = true;
      return 'end';
    }
    // A page's top heading (HTML's <h1>, Markdown's "#") is its headline, never an item of a list over it.
    if (block.level === 1) return 'end';
    if (
      section.kind === 'keywords' &&
      section.inline === null &&
      section.items.length === 0 &&
      label.fields.length === 0 &&
      isTagLine(block.text) &&
      // A renderer's mark of an image ("[tagNewNew]": the tag icon's alt text) that a rule dropped names nothing.
      !(label.text === null && IMAGE_MARK.test(block.text))
    )
      return 'tags';
    if (label.text === null) {
      // A tag line has no date line or byline under it: that is the article's tail again.
      if (section.kind === 'keywords' && label.fields.length > 0) return 'end';
      // Nor does a list of tags run on past the share row under it: the next box or story follows.
      if (section.kind === 'keywords' && section.items.length > 0 && shareRows.has(block.index)) return 'end';
      // A "more" button over a list of headlines heads that list (toUnits); under a list, it is that list's.
      if (section.kind === 'keywords' && moreButtons.has(block.index) && headlinesUnder(block.index)) return 'end';
      // Dates, view counts and other dropped lines inside the list.
      if (section.items.length > 0 && label.fields.some((f) => f.field === 'date')) datedLists.add(section);
      return 'item';
    }
    const text = label.text;
    const i = block.index;
    // A box whose one link is on the marker's line ("اقرأ أيضا: <headline>") inside the text holds no further
    // article under it; past a share row under it, the article's tail, one may start. Over the article's text
    // (a box under the headline's date line) the text under it is the page's own.
    const listed = section.items.length > 0 || (section.inline !== null && !shareRowBetween(section.marker.index, i));
    if (
      isRelation(section.kind) &&
      !listed &&
      seenProse &&
      startsArticle(blocks, labels, i, { marked: true, before: recent, tagged: taggedSinceProse })
    )
      return 'start';
    // A writer's card inside a list (the name a byline of the page gives, then what the writer is: "صحفي
    // متخصص في الشؤون الاقتصادية" reads as a headline) is none of its items.
    if (isRelation(section.kind) && isBio(block) && bylineNames.has(blocks[i - 1]?.norm ?? '')) return 'skip';
    // A greedy list keeps its headlines as entries and passes over summaries, counts and labels.
    if (section.greedy) return isTitleLike(block, text) ? 'item' : 'skip';
    if (section.kind === 'keywords') {
      // The rest of the marker's own line, cut at its wide spaces ("الوسوم: أ   ب   ج").
      if (block.line === section.marker.line) return 'item';
      // A tag names something: a line with no letter is a counter ("0 21", a share box's counts), and the
      // widget it belongs to follows it.
      if (!LETTER.test(text)) return 'end';
      // No tag ends with a colon: such a line heads the box after the tags ("طالع المزيد:"); nor is a writer's
      // card's heading ("عن الكاتب") one.
      if (ENDS_WITH_COLON.test(text) || WRITER_CARD.has(block.norm)) return 'end';
      // Tags printed line under line end at a blank line: another list follows it (a related box's items).
      if (block.gapBefore && section.items.length >= 2 && !section.items.slice(1).some((item) => item.gapBefore))
        return 'end';
      // A bulleted list of tags ends at its last item: an unbulleted line after it heads what follows.
      if (
        block.kind !== 'list-item' &&
        section.items.length > 0 &&
        section.items.every((item) => item.kind === 'list-item')
      )
        return 'end';
      // One tag a line under the marker; after a whole tag line the list is done (a headline follows).
      const tagLineTaken = section.items.some(
        (item) => splitTagList(item.text).length > 1 || wordCount(item.norm) > TAG_ITEM_MAX_WORDS,
      );
      return (section.inline === null || continuesFirstTag(section, block)) &&
        !tagLineTaken &&
        wordCount(block.norm) <= TAG_ITEM_MAX_WORDS &&
        !endsLikeSentence(text) &&
        !headsItsText(i)
        ? 'item'
        : 'end';
    }
    if (isRelation(section.kind) && teasesItem(section, block, text)) return 'skip';
    // A bulleted list of headlines ends at its last item: a headline with no bullet after a blank line is the
    // page's again (the article's, under a "latest" list), as a line under a bulleted tag list is (a button
    // under the list, "كل الأخبار", is the list's; so are the headlines under a bulleted row of tabs).
    if (
      isRelation(section.kind) &&
      block.gapBefore &&
      block.kind !== 'list-item' &&
      isHeadlineText(block, text) &&
      section.items.length > 0 &&
      section.items.every((item) => item.kind === 'list-item' && isHeadlineText(item, item.text))
    )
      return 'end';
    // A headline with its date or its views after it ("… November 9, 2020", "… 19377 قراءة") is the list's,
    // whatever its length.
    if (isRelation(section.kind) && (isDatedItem(text, block.kind === 'list-item') || isCountedItem(text)))
      return 'item';
    // A list whose every item prints its time or its date ("21:10 …", "… 02/06/2018 19:58") ends at a line
    // that prints none over the text (past a byline or a date line): the page's headline under a "latest"
    // strip, not one more item (a tab's other list, unstamped, has more headlines under its first).
    if (
      isRelation(section.kind) &&
      section.items.length >= STAMPED_LIST_MIN_ITEMS &&
      !isStampedItem(text, block.kind === 'list-item') &&
      section.items.every((item) => isStampedItem(item.text, item.kind === 'list-item')) &&
      headsProse(i)
    )
      return 'end';
    // The list's headlines run together on the line under its marker.
    if (section.items.length === 0 && isHeadlineStrip(block, text)) return 'item';
    // A name over the text that says who it is ends the list: an "about" box follows it.
    const next = nextContent(i);
    if (next >= 0 && definesName(block, blocks[next]!)) return 'end';
    // The headline that the page's title line names ends the list over it ("الأحدث" over the page's article),
    // whatever stands between it and its text (a byline, a deck).
    if (isRelation(section.kind) && section.items.length > 0 && namedByPageTitle(blocks, block.norm)) return 'end';
    // A headline that its own text follows ends the list: the page's article starts under a "latest" strip;
    // not right over the headline that the page's title line names (shaped as a writer's name, it is none).
    if (isHeadlineText(block, text))
      return listed &&
        !namedByPageTitle(blocks, blocks[i + 1]?.norm ?? '') &&
        startsArticle(blocks, labels, i, afterItemsOf(section))
        ? 'end'
        : 'item';
    // A headline of a word or two that exclaims or asks ("أنت مبدع!", "ماذا بعد؟") over the list's next
    // headline is one of its items: no section's name nor card's category ends so.
    if (
      wordCount(block.norm) <= LABEL_MAX_WORDS &&
      (exclaims(text) || QUESTION_END.test(text)) &&
      nextItemIsHeadline(section, i)
    )
      return 'item';
    // A dated list's card may print a teaser under its date line: a sentence or two, then the next
    // headline (another item's, or the page's headline that ends the list).
    if (isTeaser(section, i)) return 'skip';
    // Around the items of a list, an item's category, tag or date line ("حوادث", "ديسمبر 24, 2020")
    // belongs to the list, when another item follows it (a card prints its section over its headline).
    return isLabel(block, text) && nextItemIsHeadline(section, i) ? 'skip' : 'end';
  }

  /**
   * A line right under the marker's line that holds one tag, or right under the last tag of that column,
   * printed as they are (no bullet): the column's next tag. A share row or a writer's card past the tags is
   * no part of the column, so a column has two lines at least under the marker's.
   */
  function continuesFirstTag(section: Section, block: Block): boolean {
    if (!holdsFirstTag(section.inline!) || !printedUnder(section.items.at(-1) ?? section.marker, block)) return false;
    if (section.items.some((item) => item.line > section.marker.line)) return true;
    // The column's first line has a tag under it too: a lone short line there may be a writer's card's name
    // (its role under it), or whatever box follows the tags.
    const next = blocks[block.index + 1];
    const nextText = next && labels[next.index]!.text;
    return (
      !!nextText &&
      printedUnder(block, next) &&
      wordCount(next.norm) <= TAG_ITEM_MAX_WORDS &&
      LETTER.test(nextText) &&
      !endsLikeSentence(nextText) &&
      !ENDS_WITH_COLON.test(nextText) &&
      !isBio(next)
    );
  }

  /** The block is the line right under another, printed as it is (no bullet). */
  function printedUnder(above: Block, block: Block): boolean {
    return block.kind !== 'list-item' && block.index === above.index + 1;
  }

  /** A headline the front end (HTML) found a further article's text under, with its line left by the rules. */
  function opensFurther(i: number): boolean {
    return blocks[i]!.opensArticle === true && labels[i]!.text !== null;
  }

  /**
   * A list item of a menu: an item next to it in the same list (no blank line between) is a short link
   * that is no list heading itself ("سياسة"). A tab row's headings ("آخر الأخبار", "الأكثر قراءة") stand
   * beside each other or over the headlines of their list, and head it. A dump that prints no bullets
   * nor blank lines (warc2text, resiliparse) tells a menu by its links alone: a short link right above
   * the heading and two right below it (a list's heading has its headlines below it, past a button or
   * its first card's category at most: "المزيد", "حوادث").
   */
  function isMenuLink(i: number): boolean {
    const block = blocks[i]!;
    const sibling = (j: number): boolean => {
      const other = blocks[j];
      return (
        other !== undefined &&
        other.kind === block.kind &&
        !labels[j]!.marker &&
        wordCount(other.norm) <= MENU_LINK_MAX_WORDS &&
        isLabel(other, other.text)
      );
    };
    const linked = (j: number): boolean => blocks[j]?.gapBefore === false && sibling(j);
    const [above, below] = [!block.gapBefore && sibling(i - 1), linked(i + 1)];
    if (block.kind === 'list-item') return above || below;
    return above && below && linked(i + 2);
  }

  /**
   * A headline right over prose (past its date line or byline) that opens an article after the tags:
   * the next story's, not one more tag of a list one a line.
   */
  function headsItsText(i: number): boolean {
    let next = i + 1;
    while (next < blocks.length && (labels[next]!.text === null || labels[next]!.marker)) next++;
    if (next === blocks.length || labels.slice(i + 1, next).some((l) => l.marker)) return false;
    const text = labels[i]!.text!;
    return (
      isHeadlineText(blocks[i]!, text) &&
      isArticleProse(blocks[next]!, labels[next]!.text!) &&
      startsArticle(blocks, labels, i, unmarkedContext())
    );
  }

  /** What the page says before a line that no marker heads: the article's last lines and the tails since. */
  function unmarkedContext(): StartContext {
    return {
      marked: false,
      before: recent,
      untailed: !tailSinceProse,
      tagged: taggedSinceProse,
      shared: sharedSinceProse,
      tagLines: tagLinesSinceProse,
      ruled: ruledSinceProse,
      dumpMarks: !contentJudged,
      articleWords: contentJudged ? undefined : articleWords,
    };
  }

  /** A comment prompt is the article's tail; what follows it is its readers' unless it is plainly another story. */
  function afterComments(): StartContext {
    return { marked: false, before: recent, dumpMarks: !contentJudged, articleWords, strict: true };
  }

  /**
   * Whether, past labels and dropped lines, the next line is a headline that is another item of the
   * list, not the headline of an article (the page's own under its section name, after a "latest" strip).
   */
  function nextItemIsHeadline(section: Section, i: number): boolean {
    const next = nextContent(i);
    // A photo's caption ("صورة من الحدث (أ ف ب)") is no card's headline: the line over it is the article's.
    return (
      next >= 0 &&
      isHeadlineText(blocks[next]!, labels[next]!.text!) &&
      !isPhotoCaption(blocks[next]!, labels[next]!.text!) &&
      !startsArticle(blocks, labels, next, afterItemsOf(section))
    );
  }

  /**
   * A teaser of a dated list's card: right under the last item's date line (past a side column's lines and
   * emptied ones), shorter than an article's paragraph (PARAGRAPH_WORDS), with a headline right under it.
   */
  function isTeaser(section: Section, i: number): boolean {
    if (!datedLists.has(section) || wordCount(blocks[i]!.norm) >= PARAGRAPH_WORDS) return false;
    let above = i - 1;
    while (
      above >= 0 &&
      (blocks[above]!.outside || (labels[above]!.text === null && labels[above]!.fields.length === 0))
    )
      above--;
    const next = nextContent(i);
    return (
      above >= 0 &&
      labels[above]!.fields.some((f) => f.field === 'date') &&
      next >= 0 &&
      isHeadlineText(blocks[next]!, labels[next]!.text!)
    );
  }

  /**
   * A card's teaser under its headline, dated or not: a sentence or two under the list's last item (past
   * its date line) that names most of the item's words again ("تأهل منتخب الشباب إلى النهائي …" under "منتخب
   * الشباب يتأهل إلى نهائي البطولة العربية"), with the next card's headline or nothing after it. The text of
   * the article going on under a read-also box names the boxed headline's words seldom, and goes on (goesOn);
   * a story's own text under its headline opens that story before the headline is taken as an item.
   */
  function teasesItem(section: Section, block: Block, text: string): boolean {
    const item = section.items.at(-1);
    if (!item || wordCount(block.norm) > TEASER_MAX_WORDS || !endsLikeSentence(text) || goesOn(block)) return false;
    let above = block.index - 1;
    while (above > item.index && (blocks[above]!.outside || labels[above]!.text === null)) above--;
    if (above !== item.index) return false;
    const itemWords = contentWords(item.norm);
    if (overlap(itemWords, new Set(contentWords(block.norm))) < TEASER_NAMES_ITEM) return false;
    const next = nextContent(block.index);
    return next < 0 || isHeadlineText(blocks[next]!, labels[next]!.text!);
  }

  function afterItemsOf(section: Section): StartContext {
    // With no article's text above the list (prose that reads as no headline: a ticker's questions read
    // as sentences), no article can go on under it: its items' caution is moot.
    const textAbove = recent.some((b) => !isHeadlineText(b));
    return { marked: true, before: recent, afterItems: textAbove, datedItems: datedLists.has(section) };
  }

  /**
   * Whether the lines under a block are a list of dated headlines (DATED_LIST_MIN_ITEMS at least): each
   * with its date after it, or on the line under it.
   */
  function headsDatedList(i: number): boolean {
    let items = 0;
    for (let j = i + 1; j < blocks.length && items < DATED_LIST_MIN_ITEMS; j++) {
      const text = labels[j]!.text;
      if (labels[j]!.marker) return false;
      if (text === null) continue;
      const dateUnder = labels[j + 1]?.fields.some((f) => f.field === 'date') === true;
      if (isDatedItem(text, blocks[j]!.kind === 'list-item') || (dateUnder && isHeadlineText(blocks[j]!, text)))
        items++;
      else return false;
    }
    return items >= DATED_LIST_MIN_ITEMS;
  }

  /**
   * Past the article's tail (a marker, or prompts a rule removed: an alerts sign-up, an app line), a heading
   * no rule knows over headlines and nothing else to the next marker or the page's end ("أخبار الاقتصاد"
   * over three headlines, then the footer) heads a list of more news; not a line of a run of short lines
   * (bare tags one a line: "موسكو", "مسابقة أندريه ستينين", …).
   */
  function headsTailList(i: number): boolean {
    let before = i - 1;
    while (before >= 0 && labels[before]!.text === null && !labels[before]!.marker) before--;
    if (before >= 0 && !labels[before]!.marker && before === i - 1) return false;
    return headlinesUnder(i);
  }

  /** Whether headlines and nothing else, TAIL_LIST_MIN_ITEMS at least, stand under block `i` to the next marker. */
  function headlinesUnder(i: number): boolean {
    let items = 0;
    for (let j = i + 1; j < blocks.length; j++) {
      const text = labels[j]!.text;
      if (labels[j]!.marker) break;
      if (text === null) continue;
      if (!isTitleLike(blocks[j]!, text) || isArticleProse(blocks[j]!, text)) return false;
      items++;
    }
    return items >= TAIL_LIST_MIN_ITEMS;
  }

  /** Whether the next line past labels, fields and dropped lines is the article's prose. */
  function headsProse(i: number): boolean {
    const next = nextContent(i);
    return next >= 0 && isArticleProse(blocks[next]!, labels[next]!.text!);
  }

  /** The next line past labels and dropped lines, up to a marker (-1). */
  function nextContent(i: number): number {
    for (let j = i + 1; j < blocks.length; j++) {
      const label = labels[j]!;
      if (label.marker) return -1;
      if (label.text !== null && !isLabel(blocks[j]!, label.text)) return j;
    }
    return -1;
  }
}

/**
 * A comment prompt inside the text that heads a poll ("شارك برأيك", "ما تقييمك لأداء الحكومة في هذا الملف؟", its
 * options, its button): the section ends where the text goes on ("وأعلنت السفارة …", "وكان أوباما قد وصف …"), as
 * a comments section at the end of the text would not. It holds only short lines, the first asking the question
 * (a comment's first line is its writer's name).
 */
function pollInsideText(section: Section, block: Block, label: BlockLabel): boolean {
  const { items } = section;
  return (
    section.kind === 'comments' &&
    label.text !== null &&
    isArticleProse(block, label.text) &&
    items.length >= POLL_MIN_LINES &&
    QUESTION_END.test(items[0]!.text) &&
    items.every((item) => wordCount(item.norm) <= POLL_LINE_MAX_WORDS)
  );
}

/** Headlines run together on one line: longer than a headline, with no sentence mark (HEADLINE_STRIP_MIN_WORDS). */
function isHeadlineStrip(block: Block, text: string): boolean {
  return !block.outside && wordCount(block.norm) >= HEADLINE_STRIP_MIN_WORDS && !SENTENCE_MARK.test(text);
}

/**
 * Prose that the HTML front end did not place outside the article (a teaser in the header is not),
 * written in sentences; not a line that opens with "#" (lynx's list of a page's feed links, a
 * hashtag line).
 */
function isArticleProse(block: Block, text: string): boolean {
  return !block.outside && isProse(block, text) && SENTENCE_MARK.test(text) && !text.startsWith('#');
}

/**
 * The line under a tag marker: its tags separated ("a، b، c"), or all in one line whose separators were
 * lost; not a sentence.
 */
function isTagLine(text: string): boolean {
  const parts = splitTagList(text);
  return (
    parts.length > 0 &&
    !endsLikeSentence(text) &&
    // Separated items are tags of a few words each; one piece is the whole line, its separators lost.
    (parts.length > 1
      ? parts.every((p) => wordCount(p) <= TAG_ITEM_MAX_WORDS * 2)
      : wordCount(text) <= TAG_LINE_MAX_WORDS)
  );
}

/** A short tag or category line: a few words, not a sentence, not a label ending with a colon. */
export function isLabel(block: Block, text: string): boolean {
  return wordCount(block.norm) <= LABEL_MAX_WORDS && !endsLikeSentence(text) && !ENDS_WITH_COLON.test(text);
}

/** The main article's units, then one list per further article (from its headline on). */
export function splitArticles(units: Unit[]): Unit[][] {
  const spans: Unit[][] = [[]];
  for (const unit of units) {
    if (unit.type === 'embedded') spans.push([]);
    spans[spans.length - 1]!.push(unit);
  }
  return spans;
}

/** The rest of a tag marker's line is one tag, short enough to head a column of tags one a line. */
export function holdsFirstTag(inline: string): boolean {
  return splitTagList(inline).length === 1 && wordCount(normalizeArabic(inline)) <= FIRST_TAG_MAX_WORDS;
}
