/**
 * Bylines that no marker announces: a writer's name alone on its line (a link to the writer's page,
 * "أحمد التيهاني", "[12]Ziad Sankary"), or after a city ("القاهرة ـ ناصر كامل"), found by where the page
 * prints it and what it is not, with no list of names:
 * - its shape: two to four words of letters (a particle such as "بن", "عبد" or "أبو" besides), after
 *   an optional honorific ("د."), no digit, no punctuation, no function word, no word joined by "و";
 * - its place: anywhere between the headline and the text (beside the article's date line, under a
 *   caption or a deck); on the dump's first line, right above the headline; or alone right after the text;
 * - it is not about the article: a caption names people the text writes about, a tag repeats the text's
 *   words, a writer's name is in neither; and a line the headline follows is the headline's kicker.
 * After a city, a name the page prints elsewhere too (a masthead, a footer) is the site's: the source.
 */
import type { Block } from '../document/model.js';
import type { BlockLabel, FieldValue } from '../cleaners/labels.js';
import { DATE_LINE_MAX } from '../cleaners/registry.js';
import { parseDateLine } from '../dates/dateline.js';
import { findDateMentions } from '../dates/index.js';
import { WEEKDAYS } from '../dates/lexicon.js';
import { linkedTags } from '../fields/keywords.js';
import { normalizeArabic } from '../text/normalize.js';
import {
  BYLINE_CITIES,
  BYLINE_LABELS as BYLINE_LABEL_WORDS,
  CONTRIBUTION_LABELS,
  DATE_LABEL_WORDS,
  GENRE_NOUNS,
  GIVEN_NAMES,
  ORDINAL_ADVERBS,
  PHOTO_CAPTION_WORDS,
  PHOTO_CREDIT_LABELS,
  POST_NAV_LABELS,
  SOURCE_LABELS,
  WIDGET_NOUNS,
  WRITER_ROLE_WORDS,
} from '../vocabulary.js';
import {
  ContentWords,
  contentStem,
  contentWords,
  findWords,
  gluedHalf,
  overlap,
  repeatedHalf,
  words,
} from '../text/words.js';
import {
  announcedItems,
  announcesList,
  ARTICLE,
  endsLikeSentence,
  isHeadlineText,
  isMarkedCaption,
  isPhotoCaption,
  isProse,
  namesNewsAgency,
  endsWithCaptionMark,
  namesOutlet,
  namesSection,
} from './prose.js';
import {
  headlineShaped,
  isDatedShortHeadline,
  isShortHeadline,
  isLinkRow,
  isListTailOverShort,
  isMenuAtop,
  isSignedShortHeadline,
  namedByPageTitle,
} from './title.js';
import type { ContentUnit, Paragraph, Unit } from './units.js';

// The byline finder's heuristics, in one block (issue 12).
/** A name has two to four words, not counting the particles of compound names. */
const NAME_MIN_WORDS = 2;
const NAME_MAX_WORDS = 4;
/** A name line is at most this long (characters of the original). */
const NAME_MAX_CHARS = 45;
/** "<city> - <name>": the city has one or two words. */
const CITY_MAX_WORDS = 2;
/** A headline is about the article when this share of its content words is in the text. */
const HEADLINE_ABOUT = 0.25;
/** A writer's name on the page's first lines (a blank or dropped line or two may come first). */
const PAGE_TOP = 2;
/** A byline may stand among the body run's first few units (between a deck and the text). */
const OPENING_REACH = 3;
/** A meta line may print the name twice (an avatar's alt text), and an author box twice more (its alt text, its link). */
const MAX_PRINTED_META = 4;
/** A bare name the page prints more often than this (byline and author box) is no byline. */
const MAX_PRINTED = 2;
/** How many lines after the writer's name an author card's link to their articles may stand (a line of bio between). */
const AUTHOR_CARD_REACH = 2;
/** That link ("كل مقالات الكاتب"), on the matching form, as each renderer prints a link. */
const WRITERS_ARTICLES =
  /^(?:\[\d+\])?\[?(?:كل|جميع) (?:مقالات|كتابات|اخبار) (?:الكاتب|الكاتبه|المحرر)\]?(?:\([^)]*\))?$/u;
/** A writer's card may print a line of bio under the name: at most this long (characters). */
const BIO_MAX_CHARS = 200;
/** How many units above the body a byline may stand (headline, kicker, date line, caption, counters). */
const HEADER_REACH = 8;

/** The particles of compound names ("بن", "عبد", "أبو"), on the matching form: not counted among a name's words. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['بن', 'بنت', 'ابن', 'ابو', 'ام', 'عبد', 'ولد', 'ال']);
/**
 * Titles written before a name ("د. محمد شطح", "أ.د. …", "م. …", "الدكتورة …"), on the matching form: part
 * of the name as the page prints it. An office's title may precede a doctor's ("السفير د. عبدالله الأشعل");
 * alone it is no honorific ("السفير السعودي" names no one).
 */
const HONORIFIC =
  /^(?:(?:السفيره?|المستشاره?|اللواء|العميد)\s+(?=(?:ا\s*\.\s*)?د\s*\.|الدكتور))?(?:(?:ا\s*\.\s*)?د\s*\.|ا\s*\.|م\s*\.|دكتوره?|الدكتوره?|المهندسه?|الشيخ|الاستاذه?)\s*/u;
/**
 * What the writer is, written before the name as a label ("الكاتب محمد أحمد", "الكاتبة: …", "الكاتب
 * الصحفي …"): not part of the name.
 */
const WRITER_LABEL = /^الكاتبه?(?:\s+الصحفيه?)?\s*[:：]?\s+/u;
/** What a name does not hold: digits, sentence or list punctuation (an ellipsis too), quotes, brackets, markup. */
const NOT_IN_NAMES = /[\d.…؟?!:：،,؛;"«»“”()[\]{}|/\\@#*_=+<>\-–—]/u;
/**
 * Function words no name holds ("جانب من الحدث", "صورة من الموقع"), and the conjunctions and question words a
 * headline may open with ("حين تصبح المدن عطشى", "لماذا …").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'في من علي الي عن مع او ان لا ما هذا هذه ذلك تلك التي الذي الذين كل بعد قبل حتي عند خلال منذ لدي ضد نحو حول عبر بين امام خلف داخل خارج غير اي هو هي هم قد ثم حين عندما حيث كيف لماذا ماذا متي هل اين لم لن ليس لكن'.split(
    ' ',
  ),
);
/**
 * "علي" (a first name) and "على" (a preposition) read the same on the matching form: a name's first or
 * last word ("محمد علي": no preposition ends a phrase), or a word after a particle ("بن علي", "أبو علي
 * حسن"), is the name.
 */
const FIRST_NAME_OR_PREPOSITION = 'علي';
/** Common given names (GIVEN_NAMES), on the matching form: after one, "علي" is a father's name ("محمد علي الشريف"). */
const GIVEN: ReadonlySet<string> = new Set(GIVEN_NAMES.map(normalizeArabic));

/**
 * Whether a bare name that only its place makes a byline (the page's last line, a line alone under the
 * text) shows a name's shape: a given name, first or as the father's ("صالح بوذينة", "أوس داود يعقوب"), a
 * particle ("خالد بن سعيد"), an honorific, or a family name with the article last ("كريم الصاوي"). A closing
 * formula ("حفظ الله مصر", "عاشت فلسطين حرة") shows none.
 */
function showsName(name: string): boolean {
  const norm = normalizeArabic(name);
  const ws = words(norm);
  return (
    HONORIFIC.test(norm) ||
    ws.some((w) => GIVEN.has(w)) ||
    ws.some((w) => NAME_PARTICLES.has(w)) ||
    (ws.length > 1 && ws.at(-1)!.startsWith(ARTICLE))
  );
}

/**
 * Whether a line alone on the page's last line names a publication: one word ("سبأ"), an outlet's noun first
 * ("صحيفة الوطن") or a name with the article ("الشرق القطرية"); not a phrase that opens with "و" or a
 * preposition on the article ("والله الموفق").
 */
function namesPublication(text: string): boolean {
  const norm = normalizeArabic(text);
  const ws = words(norm);
  return (
    !isGenreLabel(norm) &&
    (ws.length === 1 || namesOutlet(ws.join(' ')) || (ws[0]!.startsWith(ARTICLE) && !PREPOSITION_ARTICLE.test(ws[0]!)))
  );
}
/** The words of a name that are no particle ("سيدي محمد بن جعفر" → سيدي, محمد, جعفر), on the matching form. */
export function namesIn(name: string): string[] {
  return words(normalizeArabic(name)).filter((w) => !NAME_PARTICLES.has(w));
}

/** A preposition glued to an article ("للطباعة", "بالفيديو"): no word of a name starts so. */
const PREPOSITION_ARTICLE = /^(?:لل|بال|وال|فال|كال)/u;
/** The first word of a photo caption that names no one ("صورة أرشيفية", "لقطة من الفيديو"). */
const CAPTION_WORDS: ReadonlySet<string> = new Set(PHOTO_CAPTION_WORDS.map(normalizeArabic));
/** An ordinal that numbers a point of the text ("أولا: …"), on the matching form. */
const ORDINALS: ReadonlySet<string> = new Set(ORDINAL_ADVERBS.map(normalizeArabic));
/** The first word of a story's genre label ("تقرير خاص"), on the matching form. */
const GENRE_WORDS: ReadonlySet<string> = new Set(GENRE_NOUNS.map(normalizeArabic));
/** A genre label is a noun and an adjective or two ("تقرير إخباري خاص"); a longer line is a headline. */
const GENRE_LABEL_MAX_WORDS = 3;
/** …and so many characters at most, with its colon and a writer after it. */
const GENRE_LABEL_MAX_CHARS = 40;
/** The first word of a widget's heading ("أسعار الصرف"), on the matching form. */
const WIDGET_WORDS: ReadonlySet<string> = new Set(WIDGET_NOUNS.map(normalizeArabic));
/** What a writer is, after their name ("… ـ أستاذ جامعي"), on the matching form. */
const WRITER_ROLES: ReadonlySet<string> = new Set(WRITER_ROLE_WORDS.map(normalizeArabic));
/** A letter or a mark, not a tatweel. */
const LETTER = String.raw`(?:(?!ـ)[\p{L}\p{M}])`;
/** A tatweel standing apart is a dash ("القاهرة ـ ناصر كامل"); one inside a word (a kashida, "ســيد حــكم") stretches it. */
const SPACED_TATWEEL = new RegExp(String.raw`(?<!${LETTER}|ـ)ـ+|ـ+(?!${LETTER}|ـ)`, 'u');
/**
 * "<city> - <name>": the city has one or two words (CITY_MAX_WORDS); a slash or a comma parts them too
 * ("محمد أحمد / القاهرة", "محمد أحمد، القاهرة"). A print byline may end with the dash or colon that leads
 * into the text ("تونس / محمد الخميسي -").
 */
const CITY_DASH_NAME = /^([^\d\-ـ–—:،,()/|]{2,25}?)\s*[-ـ–—:/،,]\s*([^\-ـ–—:]{3,45}?)(?:\s+[-ـ–—:])?$/u;
/** Quotation marks and digits, which no city's name carries. */
const NO_PLACE = /[«»"“”\d٠-٩]/u;
/** "<name> (<city>)": the place in brackets after the name. */
const NAME_BRACKETED_PLACE = /^([^\d()]{3,45}?)\s*\(([^\d()]{2,25})\)$/u;

/**
 * The page's words, for asking how often it prints a name: made at the first question, which only a
 * line that may be a byline or a headline's kicker asks (on most pages, none or one).
 */
export class PageIndex {
  /** The index of the page's last block. */
  readonly last: number;
  private words: { text: string; furniture: string[] } | null = null;
  private menu: Map<string, number[]> | null = null;

  constructor(private readonly blocks: Block[]) {
    this.last = blocks.length - 1;
  }

  /** Every block's matching form, joined, to count how often the page prints a name. */
  get text(): string {
    return this.index().text;
  }

  /** The words of each block that is no prose (menus, mastheads, footers), padded with spaces. */
  get furniture(): string[] {
    return this.index().furniture;
  }

  /**
   * Whether one of the page's list items but `block` itself (a meta list's link) reads as the text:
   * a section's name that the menu lists.
   */
  inMenu(text: string, block: Block): boolean {
    this.menu ??= this.blocks.reduce((items, b) => {
      if (b.kind !== 'list-item') return items;
      const key = words(b.norm).join(' ');
      items.set(key, [...(items.get(key) ?? []), b.index]);
      return items;
    }, new Map<string, number[]>());
    return (this.menu.get(words(normalizeArabic(text)).join(' ')) ?? []).some((i) => i !== block.index);
  }

  /** Whether the page's title line, among its first lines, names the block's text as the headline. */
  titles(block: Block): boolean {
    return namedByPageTitle(this.blocks, block.norm);
  }

  private index(): { text: string; furniture: string[] } {
    if (!this.words) {
      // A photo's credit names its photographer, who may be the writer ("تصوير: <the byline's name>"): it is
      // not the site printing its name again.
      const spaced = this.blocks.map((b) => (photoCredit(b.text) ? '' : spacedWords(b)));
      this.words = { text: spaced.join('|'), furniture: spaced.filter((_, i) => !isProse(this.blocks[i]!)) };
    }
    return this.words;
  }
}

/** A block's words joined by single spaces, padded with a space each side (not kept in the per-page memo of words). */
function spacedWords(block: Block): string {
  return ` ${findWords(block.norm).join(' ')} `;
}

/**
 * The name a line holds, on its original text (an honorific kept, a writer's label left out), or null when
 * the line is no name. Two writers joined by "و" ("أحمد سمير ومنى علي", "أحمد سمير و منى علي") are a
 * byline too, both names as printed: each side is a whole name (two words at least, a word with the
 * article only at its end), which a section's pair of nouns ("عربي ودولي") or a phrase is not.
 */
export function nameOf(text: string): string | null {
  return oneName(text) ?? twoNames(text);
}

/** A writer's name after an honorific ("د. عبد العزيز القحطاني", "الدكتورة منى علي"): a byline, never a headline. */
function isHonorificName(text: string): boolean {
  return HONORIFIC.test(normalizeArabic(text.trim())) && oneName(text) !== null;
}

/** A byline by its own form, wherever it stands: a name after an honorific, or a name and a city. */
export function isSureByline(text: string): boolean {
  return isHonorificName(text) || isCityByline(text);
}

/** Where two writers' names part: "و" alone, or glued to the second name. */
const AND = 'و';

/**
 * Whether a name's words with the article are its family name, at its end ("منى الشريف", "عبد الرحمن
 * النجار": after a particle, a compound's second word): "قوة الكلمة الصادقة" is a phrase, no one's name.
 */
function familyLast(name: string): boolean {
  const ws = words(normalizeArabic(name));
  return ws.every((w, i) => i === ws.length - 1 || !w.startsWith(ARTICLE) || (i > 0 && NAME_PARTICLES.has(ws[i - 1]!)));
}

function twoNames(text: string): string | null {
  // Most lines are longer than two names (a paragraph): they are not split into their words.
  if (text.length > 2 * NAME_MAX_CHARS || !text.includes(AND)) return null;
  const tokens = text.trim().split(/\s+/u);
  for (let k = NAME_MIN_WORDS; k < tokens.length; k++) {
    if (!tokens[k]!.startsWith(AND)) continue;
    const second = [tokens[k]!.slice(AND.length), ...tokens.slice(k + 1)].join(' ').trim();
    const first = oneName(tokens.slice(0, k).join(' '));
    if (first && oneName(second) === second && familyLast(first) && familyLast(second))
      return `${first} ${tokens.slice(k).join(' ')}`;
  }
  return null;
}

/** The cities a byline may print after the name, on the matching form (BYLINE_CITIES). */
const FILING_CITIES: ReadonlySet<string> = new Set(BYLINE_CITIES.map(normalizeArabic));
/** A name has two words at least before the city after it. */
const NAME_BEFORE_CITY_MIN_WORDS = 2;

/** A name without the city printed after it with no mark between ("محمد عليان دبي", "ريم حسن رام الله"). */
function withoutFilingCity(text: string): string {
  const tokens = text.trim().split(/\s+/u);
  for (const k of [2, 1]) {
    if (tokens.length - k < NAME_BEFORE_CITY_MIN_WORDS) continue;
    if (FILING_CITIES.has(normalizeArabic(tokens.slice(-k).join(' ')))) return tokens.slice(0, -k).join(' ');
  }
  return text;
}

/** A text without its first `count` words and the colon after them. */
function withoutLeadingWords(text: string, count: number): string {
  return text.replace(new RegExp(`^(?:[^\\s:：]+\\s*[:：]?\\s*){${count}}`, 'u'), '');
}

function oneName(text: string): string | null {
  // A lynx reference number before it, a note mark after it ("د. محمد شطح ()").
  const trimmed = text
    .trim()
    .replace(/^\[\d+\]/, '')
    .replace(/\s*(?:\(\s*\)|\*+)$/u, '');
  if (trimmed.length > NAME_MAX_CHARS) return null;
  const label = WRITER_LABEL.exec(normalizeArabic(trimmed));
  // The name is what follows the label's words (and its colon) on the original line, without the city a
  // correspondent files from after it ("محمد عليان دبي").
  const named = withoutFilingCity(label ? withoutLeadingWords(trimmed, words(label[0]).length) : trimmed);
  const norm = normalizeArabic(named);
  const honorific = HONORIFIC.exec(norm);
  const rest = honorific ? norm.slice(honorific[0].length) : norm;
  // A tatweel standing apart is a dash ("… كان ـ أستاذ جامعي"), which the matching form does not keep.
  if (!rest || NOT_IN_NAMES.test(rest) || SPACED_TATWEEL.test(trimmed)) return null;
  const ws = words(rest);
  const core = ws.filter((w) => !NAME_PARTICLES.has(w));
  if (
    // After an honorific, a family name alone is a name ("د. السديري": the article may open it).
    core.length < (honorific ? 1 : NAME_MIN_WORDS) ||
    core.length > NAME_MAX_WORDS ||
    ws.some((w) => w.length < 2 && !NAME_PARTICLES.has(w))
  )
    return null;
  // "بودكاست البيان بودكاست البيان": a name is not a phrase said twice (it may repeat a word: a father's and a
  // grandfather's name, "محمد أحمد محمد الشريف").
  if (core.length % 2 === 0 && core.slice(0, core.length / 2).join(' ') === core.slice(core.length / 2).join(' '))
    return null;
  // "علي" is a name first, the preposition "على" (on the matching form) after a word.
  if (
    (ws[0]!.startsWith(ARTICLE) && !honorific) ||
    CAPTION_WORDS.has(ws[0]!) ||
    // What a writer is opens no name: "كاتب صحفي", "مدير التحرير" (a card's role line alone).
    WRITER_ROLES.has(ws[0]!) ||
    // Nor is a date's label one ("آخر تحديث", "تاريخ النشر" on its own line over the date).
    ws.some((w) => DATE_LABELS.has(w)) ||
    // A section's name in any place: "إثيوبيا أحداث" is a line of tags (a country, a section), no one's name;
    // with the article too, no family name: "… ويطلعهم بآخر الأخبار" is a headline's end.
    namesSection(ws) ||
    WIDGET_WORDS.has(ws[0]!) ||
    isNounAndNisba(ws, !!honorific) ||
    ws.some(
      (w, i) =>
        (FUNCTION_WORDS.has(w) &&
          !(
            w === FIRST_NAME_OR_PREPOSITION &&
            (i === 0 || i === ws.length - 1 || NAME_PARTICLES.has(ws[i - 1]!) || GIVEN.has(ws[i - 1]!))
          )) ||
        PREPOSITION_ARTICLE.test(w),
    )
  )
    return null;
  // "ثقافة وفن", "عربي ودولي": words joined by "و" make a section name, not a person's. A name of three
  // words or more may hold one inside it (a father's name: "محمد وليد الشريف"), never last.
  if (
    ws.some(
      (w, i) =>
        i > 0 &&
        w.length > 2 &&
        w.startsWith(AND) &&
        !NAME_PARTICLES.has(w) &&
        (core.length < NAME_MIN_WORDS + 1 || i === ws.length - 1),
    )
  )
    return null;
  const latin = ws.filter((w) => /^[a-z]+$/.test(w)).length;
  if (latin > 0 && (latin < ws.length || !trimmed.split(/\s+/).every((w) => /^[A-Z]/.test(w)))) return null;
  return named;
}

/** A nisba adjective's feminine ending, on the matching form ("خارجية" → "خارجيه"). */
const FEMININE_NISBA = /..يه$/u;

/**
 * Whether two words (matching forms) are a noun and the nisba adjective that describes it, neither with the
 * article ("تجارة خارجية", "أخبار محلية": a kicker, a section), not a given name and a family name ("رانيا
 * عطية" opens with a given name).
 */
function isNounAndNisba(ws: readonly string[], honorific: boolean): boolean {
  return (
    !honorific &&
    ws.length === NAME_MIN_WORDS &&
    FEMININE_NISBA.test(ws[1]!) &&
    !ws.some((w) => w.startsWith(ARTICLE)) &&
    !GIVEN.has(ws[0]!)
  );
}

/** A name and a dash opening a paragraph ("د.محمد مقدادي - تمثل اللغة …"): the name's part. */
const LEADING_NAME = /^([^\d\-–—ـ:،,()]{4,45}?)\s+(?:[-–—]|ـ+)\s+(?=\S)/u;

/** A city or a genre's label, a dash, a name and a colon opening a paragraph ("عمان - كاظم الطائي : أخفق …"). */
const LEADING_PLACE_NAME = /^([^\d\-–—ـ:،,()/]{2,25}?)\s*(?:[-–—/]|ـ+)\s*([^\d\-–—ـ:،,()/]{4,45}?)\s*[:：]\s*(?=\S)/u;

/**
 * A writer's byline opening the text: a name after an honorific ("د.", "الدكتور"), then a dash; or a print
 * paper's dateline with the writer's name before the colon that leads into the text, after a city it files
 * from ("عمان - كاظم الطائي : …") or the story's genre ("تحقيق ـ حسين التتان: …"); null without one ("ريف
 * دمشق - …" opens a dateline).
 */
export function leadingByline(text: string): string | null {
  const m = LEADING_NAME.exec(text);
  const norm = m ? normalizeArabic(m[1]!) : '';
  if (m && (HONORIFIC.test(norm) || WRITER_LABEL.test(norm))) return nameOf(m[1]!);
  const placed = LEADING_PLACE_NAME.exec(text);
  const place = placed ? normalizeArabic(placed[1]!) : '';
  if (!placed || !(FILING_CITIES.has(place) || GENRE_WORDS.has(words(place)[0] ?? ''))) return null;
  // A speaker there ("القاهرة - وزير الخارجية: …") is no writer: a writer's name shows a given name or an honorific.
  const name = nameOf(placed[2]!);
  const nameNorm = name ? normalizeArabic(name) : '';
  return name && (HONORIFIC.test(nameNorm) || words(nameNorm).some((w) => GIVEN.has(w))) ? name : null;
}

/**
 * "<city> - <name>" (or "<city>: <name>" with `colon`, "<name> - <city>", "<name> (<city>)", or "<name> -
 * <role>"): the name, or null.
 */
function cityAndName(text: string, colon = true): { name: string; agency: boolean } | null {
  if (endsWithCaptionMark(normalizeArabic(text.trim()))) return null; // "وزير الصحة المصري - أرشيفية": a caption
  if (NAME_BRACKETED_PLACE.test(text.trim())) {
    const name = nameWithBracketedPlace(text);
    return name ? { name, agency: false } : null;
  }
  // "عمان - الرأي - هبة العموش": a city and the paper, then the name.
  const dashes = text.trim().split(SPACED_DASH);
  if (dashes.length > 2) {
    const name = nameAfterPlaces(dashes);
    return name ? { name, agency: false } : null;
  }
  const m = CITY_DASH_NAME.exec(text.trim());
  if (m && !colon && /:\s*$/u.test(text.slice(0, text.indexOf(m[2]!)))) return null;
  if (!m) return null;
  // After a name, a quotation is the name's words, a number its value: no city ("وختم قائلا: «لن نتراجع».",
  // "قيمة القروض: 5 مليارات").
  const first = NO_PLACE.test(m[2]!) ? null : nameOf(m[1]!);
  const after = words(normalizeArabic(m[2]!));
  // "د. مامودو كان ـ أستاذ جامعي": the name first, then what the writer is.
  if (first && WRITER_ROLES.has(after[0]!)) return { name: first, agency: false };
  // "حسام أبو العلا - القاهرة": the name first, then the city.
  if (first && !nameOf(m[2]!) && after.length <= CITY_MAX_WORDS) return { name: first, agency: false };
  const place = words(normalizeArabic(m[1]!));
  // "فيديو: لحظة إعلان الخطة", "صورة - …": a caption's label, no city; "أولا: خلفية الأزمة": a subhead.
  if (place.length > CITY_MAX_WORDS || CAPTION_WORDS.has(place[0]!) || ORDINALS.has(place[0]!)) return null;
  const name = nameOf(m[2]!);
  if (name) return { name, agency: false };
  // "شينينغ - شينخوا": one word after the city and a dash is the agency's name ("أولاً: الأسعار" is a subhead).
  const agency = m[2]!.trim();
  const dash = !/:\s*$/u.test(text.slice(0, text.indexOf(m[2]!)));
  if (dash && /^\p{L}{2,}$/u.test(agency)) return { name: agency, agency: true };
  // "أبوظبي: «الخليج»": the paper's name in quotation marks after a city writers file from (after a country
  // or a speaker, quotation marks hold words: "ترامب: «سنرد»").
  const quoted = QUOTED_OUTLET.exec(agency)?.[1];
  return quoted && FILING_CITIES.has(place.join(' ')) ? { name: quoted, agency: true } : null;
}

/** An outlet's name of a word to three in quotation marks ("«الخليج»", "\"النهار\""). */
const QUOTED_OUTLET = /^[«"“]\s*(\p{L}{2,}(?:\s\p{L}+){0,2})\s*[»"”]$/u;

/**
 * "<name> (<city>)" ("فهد العتيبي (الرياض)"): the name. Only a name before the brackets: "<city> (<agency>)" is no
 * form, "الاقتصاد الأميركي (أرشيفية)" a caption.
 */
function nameWithBracketedPlace(text: string): string | null {
  const bracketed = NAME_BRACKETED_PLACE.exec(text.trim());
  if (!bracketed) return null;
  const name = nameOf(bracketed[1]!);
  const place = words(normalizeArabic(bracketed[2]!));
  return name && place.length <= CITY_MAX_WORDS && !nameOf(bracketed[2]!) ? name : null;
}

/** "<name> (<city>)" where the brackets hold a city writers file from (BYLINE_CITIES): the name. */
function nameWithBracketedCity(text: string): string | null {
  const place = NAME_BRACKETED_PLACE.exec(text.trim())?.[2];
  return place && FILING_CITIES.has(normalizeArabic(place.trim())) ? nameWithBracketedPlace(text) : null;
}

/**
 * A line shaped as a byline no label announces: a writer's name alone, or with a city or what the writer
 * is ("القاهرة - مها بن عبد العظيم", "حسام أبو العلا - القاهرة"). Where it stands decides whether it is one.
 */
export function isBylineShaped(text: string): boolean {
  return nameOf(text) !== null || isCityByline(text);
}

/**
 * The dash between a city and a name, or a slash ("تونس / محمد الخميسي"); not a colon: "<country>: <headline>" is
 * a headline's form.
 */
const CITY_DASH = /[-ـ–—/]/u;

/**
 * A writer's name and a city on either side of a dash ("القاهرة - عيسى الحبيب", "عيسى الحبيب - الرياض"): a
 * byline wherever it stands. After the name the city is one word: "<headline> - <site>" ("افتتاح محطة
 * لتحلية المياه - الريان نيوز") reads as a name and a place of two words.
 */
function isCityByline(text: string): boolean {
  const line = text.trim();
  const m = CITY_DASH_NAME.exec(line);
  if (!m || !CITY_DASH.test(line.slice(m[1]!.length, line.indexOf(m[2]!, m[1]!.length)))) return false;
  const [before, after] = [words(normalizeArabic(m[1]!)).length, words(normalizeArabic(m[2]!)).length];
  return nameOf(m[1]!) === null
    ? before <= CITY_MAX_WORDS && nameOf(m[2]!) !== null
    : after === 1 && nameOf(m[2]!) === null;
}

/** A publication's or an agency's name alone on the dump's last line ("سبأ", "* الشرق القطرية"): a few words of letters. */
const SOURCE_LINE = /^(?:[*•-]\s*)?(\p{L}{2,}(?:\s\p{L}{2,}){0,2})$/u;

/**
 * The matching form of each paragraph of a text (its words and content words are kept per text: see
 * words). A few lines a page ask about them, word by word.
 */
type Paragraphs = readonly string[];

/**
 * Whether a name is someone the text is about (a caption's): a paragraph writes two of its words or
 * more. A word that carries a proclitic counts when the text writes it with another ("ملتزمون بمواصلة
 * الإصلاح" over a text that writes "ومواصلة الإصلاح" is a headline's words, no one's name); a bare word
 * only as it is ("مكة المكرمة: الندوة" names the city its text writes "بمكة المكرمة", and its source).
 * A writer's name is in no paragraph of the text.
 */
function aboutText(name: string, paragraphs: Paragraphs): boolean {
  const ws = words(normalizeArabic(name).replace(HONORIFIC, '')).filter(
    (w) => !NAME_PARTICLES.has(w) && w !== FIRST_NAME_OR_PREPOSITION,
  );
  if (ws.length === 0) return false;
  // A family name alone after an honorific ("م. حنفي") is someone the text is about when it writes the name.
  const enough = Math.min(ws.length, 2);
  // The word without its proclitic (و ف ب ل ك; not the article, which family names carry), where it has one.
  const bare = ws.map((w) => {
    const stem = contentStem(w);
    return stem !== null && stem !== w && !w.startsWith(ARTICLE) ? stem : null;
  });
  return paragraphs.some((p) => {
    const written = words(p);
    const content = new ContentWords([p]);
    return ws.filter((w, k) => written.includes(w) || (bare[k] !== null && content.has(bare[k]!))).length >= enough;
  });
}

/**
 * Whether a bare name is things the text speaks of: an image's alt text in the byline's place ("سفينة شحن" over a
 * text that writes "السفينة" and "الشحن"). Each of its words, none with the article, none a given name, is written
 * by the text, as it is or with the article (and a proclitic before it: "والعناية"); a writer's name has a given
 * name or a family name the text does not write.
 */
function namesThingsOfText(name: string, paragraphs: Paragraphs): boolean {
  const ws = words(normalizeArabic(name));
  if (ws.length < NAME_MIN_WORDS || ws.some((w) => w.startsWith(ARTICLE) || GIVEN.has(w))) return false;
  const written = new Set<string>();
  for (const w of paragraphs.flatMap((p) => words(p))) written.add(w).add(w.replace(WITH_ARTICLE, ''));
  return ws.every((w) => written.has(w));
}
/** The article and a proclitic before it ("ال", "وال", "بال", "لل"), on the matching form. */
const WITH_ARTICLE = /^(?:[وفبك]?ال|لل)(?=\p{L}{2})/u;

/**
 * Whether the text writes a line's last word, or two of its words anywhere: a line alone under the text
 * that does is its tags ("تطورات سفير"), not its writer's name.
 */
function mentioned(line: string, paragraphs: Paragraphs): boolean {
  const ws = words(normalizeArabic(line)).filter((w) => !NAME_PARTICLES.has(w));
  const found = ws.filter((w) => paragraphs.some((p) => words(p).includes(w)));
  // A name's last word "علي" ("محمد علي") is in any text that writes the preposition "على".
  const last = ws.at(-1);
  return found.length > 1 || (last !== undefined && last !== FIRST_NAME_OR_PREPOSITION && found.includes(last));
}

/**
 * The name of a signature with a city or what the writer is beside it ("محمد عبد الرحمن - صحفي", "القاهرة - …"),
 * else the whole line: the text may write the city or the word "صحفي" and still not be the writer's.
 */
function signedName(line: string): string {
  return cityAndName(line)?.name ?? line;
}

/** How often the page prints a text (on the matching form; a proclitic may precede it: "لوكالة …"). */
function timesOnPage(page: PageIndex, text: string): number {
  const key = `${words(normalizeArabic(text)).join(' ')} `;
  let n = 0;
  for (let at = page.text.indexOf(key); at >= 0; at = page.text.indexOf(key, at + 1)) n++;
  return n;
}

/**
 * Whether the page prints a text inside a longer line of its furniture too ("جريدة الأيام العربية" in
 * "جميع الحقوق محفوظة لجريدة الأيام العربية"): a site's name does; a headline is printed whole again (a
 * ticker, an image's alt text), or inside the text's sentences.
 */
export function printedWithin(page: PageIndex, text: string): boolean {
  const key = words(normalizeArabic(text)).join(' ');
  return page.furniture.some((line) => line.length > key.length + 2 && line.includes(`${key} `));
}

/**
 * What a byline-placed line gives: the writer (author), or, after a city, the site's name the page
 * prints elsewhere too (its masthead, its footer: the source); null when it is no name, names someone
 * the text is about, or is printed again and again (a logo's text, a section). `colon`: "<city>: <name>"
 * is read too (under the headline: above it, "<country>: <headline>" is a headline's form).
 */
function bylineField(
  block: Block,
  text: string,
  paragraphs: Paragraphs,
  page: PageIndex,
  colon: boolean,
): FieldValue | null {
  // A row of links the renderer marked whose words the text writes is its tags (a CMS's tag chips
  // beside the date line), not its writers; nor are links glued with nothing between them.
  if (
    (block.linkTexts && (mentioned(text, paragraphs) || gluedLinks(text, block.linkTexts))) ||
    isGenreLabel(block.norm)
  )
    return null;
  const credit = photoCredit(text);
  if (credit) return { field: 'imageCredit', value: credit };
  // A wire story's agency alone in the byline's place ("رويترز" over the date line).
  if (namesNewsAgency(block.norm)) return { field: 'source', value: text.trim() };
  const dashed = cityAndName(text, colon);
  const name = dashed?.name ?? nameBeforeRole(text, block.norm) ?? nameOf(text);
  if (!name || (!dashed?.agency && aboutText(name, paragraphs))) return null;
  // A bare name that is things the text speaks of is an image's alt text.
  if (name === text.trim() && namesThingsOfText(name, paragraphs)) return null;
  // A section's name under the headline, which the page's menu lists, is no writer; nor is the headline
  // that the page's title line names ("يكفينا الماء البارد - الخبر"), though a name's shape.
  if (!dashed && (page.inMenu(name, block) || page.titles(block))) return null;
  // An outlet's name ("قناة الغد العربي", "القاهرة - وكالة …") is who publishes the article, however often the page prints it.
  const outlet = namesOutlet(normalizeArabic(name));
  if (!dashed && outlet) return { field: 'source', value: name };
  const printed = timesOnPage(page, name);
  if (dashed)
    return printed > 1 || dashed.agency || outlet
      ? { field: 'source', value: name }
      : { field: 'author', value: name, bare: true };
  return printed > MAX_PRINTED ? null : { field: 'author', value: name, bare: true };
}

/**
 * Whether a line is a row of links glued with nothing between them ("غزةمجلس الأمن الدوليالأمن المائي"): no name
 * is printed so (a name's words may be marked one by one, "__علي السعلي", with a space between).
 */
function gluedLinks(text: string, linkTexts: readonly string[]): boolean {
  if (!linkedTags(text, linkTexts)) return false;
  for (let i = 1; i < linkTexts.length; i++) {
    const pair = linkTexts[i - 1]! + linkTexts[i]!;
    if (linkTexts[i - 1] !== linkTexts[i] && text.includes(pair)) return true;
  }
  return false;
}

/** A post navigation's label, on the matching form ("previous", "المقال التالي"). */
const POST_NAV: ReadonlySet<string> = new Set(POST_NAV_LABELS.map((l) => words(normalizeArabic(l)).join(' ')));
/** A label and its colon opening a line ("Previous: …"). */
const LABEL_COLON = /^([^:：]{2,20})[:：]/u;

/** Whether a line is a post's navigation link ("Previous: <headline>"): its label, then a colon. */
function postNavigation(block: Block): boolean {
  const label = LABEL_COLON.exec(block.norm)?.[1];
  return label !== undefined && POST_NAV.has(words(label).join(' '));
}

/** A photo's credit label, on the matching form ("تصوير", "مصدر الصورة"). */
const PHOTO_CREDITS: ReadonlySet<string> = new Set(PHOTO_CREDIT_LABELS.map((l) => words(normalizeArabic(l)).join(' ')));
/** Between a credit's label and the photographer: a colon, a dash or a slash. */
const CREDIT_SEPARATOR = /\s*[:：\-–—/]\s*|\s+ـ+\s+/u;

/**
 * The photographer a credit line names after its label ("تصوير: محمد أحمد", "عدسة - …"): a name in a
 * byline's place that is the photo's, not the writer's. Null when the line is no credit.
 */
function photoCredit(text: string): string | null {
  const at = CREDIT_SEPARATOR.exec(text);
  if (!at || at.index === 0) return null;
  const credit = text.slice(at.index + at[0].length).trim();
  return credit && PHOTO_CREDITS.has(words(normalizeArabic(text.slice(0, at.index))).join(' ')) ? credit : null;
}

/**
 * The page's labels with the bare names beside a date line turned into bylines, before the page is cut
 * into sections and articles (a byline between a headline and its date line tells that the headline
 * opens an article, not a list item). A name printed in the page's prose is someone the text is about
 * (a caption); a line over a headline is its kicker.
 */
export function labelBylines(
  blocks: Block[],
  labels: BlockLabel[],
  page: PageIndex,
  contentJudged: boolean,
): BlockLabel[] {
  // Where the front end told the article's blocks, its byline stands beside them: a name in the page's
  // menus, side lists and footer is no writer of it (and those lines, most of a page, need no reading).
  const besideText = contentJudged ? nearContent(blocks, HEADER_REACH) : null;
  // The page's prose and its words, made when a line that may be a byline first asks (most pages have none).
  let proseAt: number[] | null = null;
  let prose: Paragraphs = [];
  const pageProse = (): Paragraphs => {
    if (!proseAt) {
      proseAt = blocks.flatMap((b, i) => (labels[i]!.text !== null && isProse(b, labels[i]!.text!) ? [i] : []));
      prose = proseAt.map((i) => blocks[i]!.norm);
    }
    return prose;
  };
  /** The prose of the page but block i's own (a meta line long enough to read as prose). */
  const proseBut = (i: number): Paragraphs => pageProse().filter((_, k) => proseAt![k] !== i);
  const kept = (i: number): boolean =>
    labels[i]!.text !== null || labels[i]!.fields.length > 0 || labels[i]!.marker !== null;
  const step = (i: number, by: number): number => {
    let j = i + by;
    while (j >= 0 && j < blocks.length && !kept(j)) j += by;
    return j;
  };
  const dated = (j: number): boolean => labels[j]?.fields.some((f) => f.field === 'date') ?? false;
  const headlineAt = (j: number): boolean => {
    const text = labels[j]?.text;
    return !!text && blocks[j]!.kind !== 'list-item' && (isHeadlineText(blocks[j]!, text) || isProse(blocks[j]!, text));
  };
  /** A two-word headline ("آفة التطرف"): too short for headlineAt. */
  const shortHeadlineAt = (j: number): boolean => {
    const text = labels[j]?.text;
    return !!text && isShortHeadline({ block: blocks[j]!, text });
  };
  /** A two-word headline with the article's date line right under it. */
  const datedShortHeadline = (j: number): boolean => shortHeadlineAt(j) && dated(step(j, 1));
  /** Name and bio between the headline and its date line ("<headline>", "<name>", "مراسل الموقع", "<date>"). */
  const underHeadline = (name: number, bio: number): boolean => dated(step(bio, 1)) && headlineAt(step(name, -1));
  /**
   * The writer an author card names on block j: the name, a line of bio at most, then the link to the
   * writer's articles, wherever the page puts the card; or, above the headline, the name then what the
   * writer is ("كاتب صحفي", "مراسل"; one after the text is read with the article: withBylines), or the column's
   * genre ("مقال رأي"), or so between the headline and its date line. Null when block j opens no card.
   */
  const cardName = (j: number): string | null => {
    const text = labels[j]?.text;
    if (!text || labels[j]!.marker || labels[j]!.fields.length > 0 || blocks[j]!.kind === 'list-item') return null;
    const bio = step(j, 1);
    const card =
      (bio < blocks.length &&
        isBio(blocks[bio]!) &&
        (headlineAt(step(bio, 1)) || datedShortHeadline(step(bio, 1)) || underHeadline(j, bio))) ||
      // The column's genre between the writer's name and the headline ("مقال رأي"); a name the line above runs
      // into with no blank line between is a menu's item over another ("حوار الشرق الأوسط", "رأي البيان").
      (bio < blocks.length &&
        (j === 0 || blocks[j]!.gapBefore) &&
        blocks[bio]!.norm.length <= GENRE_LABEL_MAX_CHARS &&
        isGenreLabel(blocks[bio]!.norm) &&
        headlineAt(step(bio, 1))) ||
      writersArticlesLink(blocks, j);
    const name = card ? nameOf(writerPart(text)) : null;
    return name && !aboutText(name, proseBut(j)) ? name : null;
  };
  return labels.map((label, i) => {
    if (besideText && !besideText[i]) return label;
    // The writer and the date on one meta line; a section's name there is one of the page's menu items.
    const meta =
      !label.marker && (label.text !== null || label.fields.some((f) => f.field === 'date'))
        ? metaLine(blocks[i]!.text, blocks[i]!.norm)
        : null;
    if (
      meta &&
      !aboutText(meta.name, proseBut(i)) &&
      !page.inMenu(meta.name, blocks[i]!) &&
      timesOnPage(page, meta.name) <= MAX_PRINTED_META
    ) {
      return {
        text: null,
        marker: null,
        fields: [
          { field: 'author', value: meta.name },
          ...(meta.date ? [{ field: 'date' as const, value: meta.date }] : []),
        ],
      };
    }
    // The writer, then the source after its label, on one line ("ريتا صعب المصدر: «النهار»").
    const sourced =
      label.text !== null && !label.marker && label.fields.length === 0 ? nameAndSource(label.text) : null;
    if (sourced && !aboutText(sourced.name, proseBut(i)) && !page.inMenu(sourced.name, blocks[i]!))
      return {
        text: null,
        marker: null,
        fields: [
          { field: 'author', value: sourced.name },
          { field: 'source', value: sourced.source },
        ],
      };
    // A date line a rule cut something from ("| الخميس 6 أغسطس 2015", a table's cell mark) is a date line
    // still; so is one with a short tail after a dash ("4/8/2012 - الصحوة نت – متابعات"), or with a bare
    // count after it ("01/09/2024 14:07 4587": the views after an icon).
    const cutDate =
      label.text !== null && label.text.length <= DATE_LINE_MAX && !label.marker && label.fields.length === 0
        ? ((label.text !== blocks[i]!.text ? parseDateLine(label.text) : null) ??
          dateWithTail(label.text) ??
          dateBeforeDateline(label.text) ??
          dateWithHead(label.text) ??
          dateWithCount(label.text))
        : null;
    if (cutDate) return { text: null, marker: null, fields: [{ field: 'date', value: cutDate }] };
    if (label.text === null || label.marker || label.fields.length > 0 || blocks[i]!.kind === 'list-item') return label;
    const card = cardName(i);
    if (card) return { text: null, marker: null, fields: [{ field: 'author', value: card }] };
    // The card's bio line, under its name: no line of the text.
    if (isBio(blocks[i]!) && i > 0 && cardName(step(i, -1))) return { text: null, marker: null, fields: [] };
    const [before, after] = [step(i, -1), step(i, 1)];
    // Right beside the date line: a dropped line between them (a menu link) is page furniture between.
    if (!(dated(before) && before === i - 1) && !(dated(after) && after === i + 1)) return label;
    const next = blocks[after];
    if (
      dated(before) &&
      next &&
      labels[after]!.text !== null &&
      isHeadlineText(next, labels[after]!.text!) &&
      !postNavigation(next)
    )
      return label; // a kicker
    // Headline, date, headline, date: the items of a list.
    if (dated(before) && dated(after)) return label;
    // The byline of a headline: the headline (or its deck) right above it and its date line, or right
    // above the date line over it. A line under a masthead's date line or a menu is none; nor is a short
    // headline under them, printed over its own date line. Under the text, its tags may stand over the
    // date line and the name (the article's meta after its text and tags).
    // Under a two-word headline, only a name with an honorific ("د. …"): a two-word line there may be a menu's.
    const over = dated(after) ? before : step(before, -1);
    const headlineOver = headlineAt(over) || (isHonorificName(label.text) && shortHeadlineAt(over));
    if (!headlineOver && !(dated(before) && labels[over]?.marker?.section === 'keywords')) return label;
    const field = bylineField(blocks[i]!, label.text, pageProse(), page, false);
    return field ? { text: null, marker: null, fields: [field] } : label;
  });
}

/**
 * A story's genre label ("تحليل إخباري", "خبر عاجل", "تقرير خاص:") in a byline's place: furniture that names no
 * writer, though shaped as a name. A writer after the label's colon ("تقرير: أحمد سمير") makes it a byline.
 */
function isGenreLabel(norm: string): boolean {
  const [label, after] = norm.split(/[:：]/u, 2);
  if (after !== undefined && after.trim() !== '') return false;
  const ws = words(label!);
  return ws.length <= GENRE_LABEL_MAX_WORDS && GENRE_WORDS.has(ws[0] ?? '');
}

/** Whether each block stands within `reach` blocks of one the front end kept as the article's (not `outside`). */
function nearContent(blocks: Block[], reach: number): boolean[] {
  const near = blocks.map(() => false);
  let last = -Infinity;
  for (const [i, block] of blocks.entries()) {
    if (!block.outside) last = i;
    near[i] = i - last <= reach;
  }
  last = Infinity;
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (!blocks[i]!.outside) last = i;
    near[i] ||= last - i <= reach;
  }
  return near;
}

/** A writer's bio on an author card: a short line that opens with what the writer is ("صحفي ومحرر في قسم …"). */
export function isBio(block: Block): boolean {
  const space = block.norm.indexOf(' ');
  return block.norm.length <= BIO_MAX_CHARS && WRITER_ROLES.has(space > 0 ? block.norm.slice(0, space) : block.norm);
}

/** Whether one of the AUTHOR_CARD_REACH blocks after block j is the link to the writer's articles. */
function writersArticlesLink(blocks: Block[], j: number): boolean {
  for (let k = j + 1; k <= j + AUTHOR_CARD_REACH && k < blocks.length; k++)
    if (WRITERS_ARTICLES.test(blocks[k]!.norm)) return true;
  return false;
}

/** Between the writer and the date on a meta line: a bar, a bullet, or a spaced dash. */
const META_SEPARATOR = /\s*[|•·]\s*|\s+[-–—]\s+/u;
/** Every META_SEPARATOR of a line. */
const META_SEPARATORS = new RegExp(META_SEPARATOR.source, 'gu');
/** The marks a META_SEPARATOR holds: most lines have none, and are not searched for a separator's spaces. */
const META_SEPARATOR_MARKS = /[|•·\-–—]/u;

/** The line's first META_SEPARATOR, or null. */
export function metaSeparator(text: string): RegExpExecArray | null {
  return META_SEPARATOR_MARKS.test(text) ? META_SEPARATOR.exec(text) : null;
}

/** A digit anywhere (a date's, a count's). */
const DIGIT = /\d/u;

/** The tail after a date on its line: the site that reprinted the article, a section ("الصحوة نت – متابعات"). */
const DATE_TAIL_MAX_WORDS = 4;

/**
 * The date of a line that prints a few words after it, past a bar or a spaced dash: a site's name, a
 * section; not a headline (a list's item: "4/8/2012 - وزير الخارجية يزور …" has more words).
 */
function dateWithTail(text: string): string | null {
  const at = metaSeparator(text);
  if (!at || at.index === 0) return null;
  const tail = text.slice(at.index + at[0].length);
  const n = words(normalizeArabic(tail)).length;
  return n > 0 && n <= DATE_TAIL_MAX_WORDS && !DIGIT.test(tail) ? parseDateLine(text.slice(0, at.index)) : null;
}

/** A source's label (SOURCE_LABELS) as a line's words give it, on the matching form: "المصدر", "نقلا عن". */
const SOURCE_LABEL_WORDS: readonly (readonly string[])[] = SOURCE_LABELS.map((l) => words(normalizeArabic(l)));
/** The words a source's name may take after its label on a writer's line. */
const SOURCE_MAX_WORDS = 4;
const LABEL_COLON_AT_END = /[:：]$/u;

/**
 * A writer's name, then the source after its label and a colon, on one line ("ريتا صعب المصدر: «النهار»"): a
 * renderer put the byline and the source line of one row together.
 */
function nameAndSource(text: string): { name: string; source: string } | null {
  // A meta line's length at most: a paragraph with a colon (a quotation) is not split into its words.
  if (text.length > DATE_LINE_MAX || (!text.includes(':') && !text.includes('：'))) return null;
  const tokens = text.trim().split(/\s+/u);
  for (let i = NAME_MIN_WORDS; i < tokens.length - 1; i++) {
    const label = SOURCE_LABEL_WORDS.find(
      (ws) =>
        LABEL_COLON_AT_END.test(tokens[i + ws.length - 1] ?? '') && ws.every((w, k) => bareToken(tokens[i + k]!) === w),
    );
    if (!label) continue;
    const source = tokens.slice(i + label.length);
    const name = nameOf(tokens.slice(0, i).join(' '));
    return name && source.length > 0 && source.length <= SOURCE_MAX_WORDS && !DIGIT.test(source.join(' '))
      ? { name, source: source.join(' ') }
      : null;
  }
  return null;
}

/** The slash or colon after an outlet's name that opens its texts ("شفق نيوز/", "المدينة نيوز:"). */
const DATELINE_MARK_AT_END = /\p{L}\s*[/:：]\s*$/u;
const DATELINE_MARKS: ReadonlySet<string> = new Set(['/', ':', '：']);

/**
 * The date of a line that prints the outlet's dateline right after it, with no separator between: "2025-11-18 09:12
 * شفق نيوز/". The outlet's name is a word to DATE_TAIL_MAX_WORDS, with no digit.
 */
function dateBeforeDateline(text: string): string | null {
  // A date has a number: most lines that end with a colon are labels ("اقرأ أيضا:"), and hold none. The last
  // character is looked at first: an end-anchored regex would try every position of every line.
  if (!DATELINE_MARKS.has(text.trimEnd().at(-1) ?? '') || !DATELINE_MARK_AT_END.test(text) || !DIGIT.test(text))
    return null;
  const tokens = text.trim().split(/\s+/u);
  for (let n = 1; n <= DATE_TAIL_MAX_WORDS && n < tokens.length; n++) {
    if (DIGIT.test(tokens.at(-n)!)) return null;
    const date = parseDateLine(tokens.slice(0, -n).join(' '));
    if (date) return date;
  }
  return null;
}

/**
 * The date of a line that prints a few words before it with a bar or a spaced dash among them: the city and the
 * outlet ("أبوظبي - سكاي نيوز عربية آخر تحديث: 17 ديسمبر 2022 - 19:40"), the site and "exclusive" ("المشهد اليمني -
 * خاص الثلاثاء 18 نوفمبر 2025"), the site and its city ("إيلاف من عمان | السبت 16 نوفمبر 2024"). The date starts at
 * the first word a date may start with; the words before it hold no digit.
 */
function dateWithHead(text: string): string | null {
  const at = metaSeparator(text);
  if (!at || at.index === 0 || !mayHoldDateStart(text, normalizeArabic(text))) return null;
  const tokens = text.trim().split(/\s+/u);
  const start = tokens.findIndex((t, i) => i > 0 && startsDate(t, bareToken(t)));
  if (start < 0) return null;
  const head = tokens.slice(0, start).join(' ');
  const n = words(normalizeArabic(head)).length;
  if (n === 0 || n > DATE_TAIL_MAX_WORDS || !META_SEPARATOR_MARKS.test(head)) return null;
  return parseDateLine(tokens.slice(start).join(' '));
}

/**
 * The date of a line that prints a count beside it: after it bare, the views or comments after their icon
 * ("01/09/2024 14:07 4587"), or with its noun on either side, in brackets or not, maybe past a bar ("… 10:45 ص (5)
 * تعليقات", "… | 1234 مشاهدة", "(5) تعليقات الثلاثاء 12 مارس 2024"), or labelled before it ("عدد القراءات: 250 …").
 */
export function dateWithCount(text: string): string | null {
  const trimmed = text.trim();
  // Most lines hold no count at an end: they are not split into their words.
  return COUNT_AFTER_WORDS.test(trimmed) || COUNTER_AT_END.test(trimmed) || COUNTER_AT_START.test(trimmed)
    ? dateBeforeCount(trimmed)
    : null;
}

/**
 * dateWithCount without its screen: the line split into its words (trimmed), a counter taken from either end or
 * both. A bare number at the end may be the date's year ("(5) تعليقات الثلاثاء 12 مارس 2024"): each cut is tried.
 */
export function dateBeforeCount(trimmed: string): string | null {
  const tokens = trimmed.split(/\s+/u);
  const length = tokens.length;
  const counterOf = (from: number, to: number): boolean =>
    from >= 0 && to <= length && isCounter(tokens.slice(from, to).join(' '));
  const counted = COUNTER_WORDS.find((n) => counterOf(length - n, length));
  const ends = [
    ...(counted ? [length - counted] : []),
    ...(BARE_COUNT.test(tokens.at(-1)!) ? [length - 1] : []),
    length,
  ];
  const leading = COUNTER_WORDS.find((n) => counterOf(0, n));
  const isMark = (token: string | undefined): boolean => token?.length === 1 && META_SEPARATOR_MARKS.test(token);
  for (const start of leading ? [leading, 0] : [0])
    for (const end of ends) {
      if (start === 0 && end === length) continue;
      const from = isMark(tokens[start]) ? start + 1 : start;
      const to = isMark(tokens[end - 1]) ? end - 1 : end;
      const date = to > from ? parseDateLine(tokens.slice(from, to).join(' ')) : null;
      if (date) return date;
    }
  return null;
}

/** A counter alone: its count and noun (META_COUNTER, brackets round the count too), or its label and count. */
const isCounter = (text: string): boolean => {
  const norm = normalizeArabic(text.replace(BRACKETS, ''));
  return META_COUNTER.test(norm) || LABELLED_COUNTER.test(norm);
};

/**
 * A meta line's writer and date ("فاضل السلطاني | الإثنين 9 سبتمبر 2024 - 10:50 ص", either way round):
 * the writer's part may print the avatar's alt text before the name ("[خلود الجبر] خلود_الجبر", "أمين طلال
 * أمين طلال"), and a link's spaces as "_".
 */
function metaLine(text: string, norm: string): { name: string; date: string | null } | null {
  if (text.length > DATE_LINE_MAX || !metaSeparator(text)) return adjacentMetaLine(text, norm);
  // Each separator in turn: the date's own may come first ("الثلاثاء، 7 نوفمبر 2023 - 04:15 م | …").
  for (const at of text.matchAll(META_SEPARATORS)) {
    const [left, right] = [text.slice(0, at.index), text.slice(at.index + at[0].length)];
    for (const [namePart, datePart] of [
      [left, right],
      [right, left],
    ] as const) {
      const name = metaWriter(namePart);
      const date = name ? parseDateLine(datePart) : null;
      if (name && date) return { name, date };
    }
  }
  return countedMetaLine(text) ?? adjacentMetaLine(text, norm);
}

/**
 * The writer a meta line's part names, after places or a role as a byline prints them ("عمّان - ليلى الحسن |
 * …"); null for no name or a genre label ("مقال رأي | …").
 */
function metaWriter(part: string): string | null {
  const name = writerBeforeDate(writerPart(unlabelled(part)));
  return name && !isGenreLabel(normalizeArabic(part)) && !namesOutlet(normalizeArabic(name)) ? name : null;
}

/** Between the parts of a meta line with counters: a bar or a bullet (its date may hold a dash). */
const META_PARTS = /\s*[|•·]\s*/u;
/**
 * A counter a meta line prints beside the writer, on the matching form: the reading time ("3 دقائق
 * للقراءة", "5 د قراءة"), the views, the comments ("2377 مشاهدة", "32 تعليق").
 */
const META_COUNTER =
  /^\d[\d,.]*\s*(?:(?:د|دقيقه|دقائق|min)(?:\s+(?:قراءه|للقراءه))?|مشاهده|مشاهدات|قراءه|قراءات|تعليق|تعليقات|views?|comments?)$/u;

/**
 * A meta line with the writer first or last and counters beside (a date too, at most one): "عبدالرحمن
 * التويجري · 3 دقائق للقراءة · 2377 مشاهدة · 32 تعليق", or the article's age ("منذ 3 ساعات", which
 * names no day). Counters alone name no one.
 */
function countedMetaLine(text: string): { name: string; date: string | null } | null {
  const parts = text
    .split(META_PARTS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  for (const [namePart, rest] of [
    [parts[0]!, parts.slice(1)],
    [parts.at(-1)!, parts.slice(0, -1)],
  ] as const) {
    const name = metaWriter(namePart);
    if (!name) continue;
    const others = rest.filter((p) => !META_COUNTER.test(normalizeArabic(p)) && !isRelativeAge(p));
    if (others.length === rest.length || others.length > 1) continue;
    const date = others.length ? parseDateLine(others[0]!) : null;
    if (others.length === 0 || date) return { name, date };
  }
  return null;
}

/**
 * A part of a meta line that is the article's age and nothing else ("منذ 3 ساعات", "قبل يومين"): one
 * relative mention of the date engine, the whole part.
 */
function isRelativeAge(part: string): boolean {
  const text = part.trim();
  const [mention, ...more] = findDateMentions(text);
  return !!mention && more.length === 0 && mention.kind === 'relative' && mention.end - mention.start === text.length;
}

/** A writer's part without the byline labels that open it ("بقلم محمد أحمد" → "محمد أحمد"). */
function unlabelled(text: string): string {
  const tokens = text.trim().split(/\s+/u);
  const start = tokens.findIndex((t) => {
    const bare = bareToken(t);
    return bare !== '' && !BYLINE_LABELS.has(bare);
  });
  return start <= 0 ? text : tokens.slice(start).join(' ');
}

/** Labels that open a writer's part ("بواسطة", "بقلم:", "كتب بواسطة", "تقرير:"), on the matching form. */
const BYLINE_LABELS: ReadonlySet<string> = new Set(
  [...BYLINE_LABEL_WORDS, ...CONTRIBUTION_LABELS].map(normalizeArabic),
);
/** A byline label glued to the name after it, where a renderer dropped the space before a link ("بواسطة[name](…)"). */
const GLUED_LABEL = /^(?:بواسطة|بواسطه|بقلم)(?=\p{L})/u;
/** The names of the weekdays, with which a date line may start, on the matching form. */
const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS.flat().map(normalizeArabic));
/** A date's label ("آخر تحديث", "تاريخ النشر"), on the matching form: no name holds one of its words. */
const DATE_LABELS: ReadonlySet<string> = new Set(DATE_LABEL_WORDS.map(normalizeArabic));
/** A count a meta line prints after its date with no word (the comments' icon beside it). */
const BARE_COUNT = /^\d[\d,.]*$/u;
/** A line whose last word is a BARE_COUNT after another (trimmed: white space then the count at its end). */
const COUNT_AFTER_WORDS = /\s\d[\d,.]*$/u;
/** A line that ends with a count and a word or two (a META_COUNTER, "(5) تعليقات"), screened before it is split. */
const COUNTER_AT_END = /\s\(?\d[\d,.]*\)?\s*\S+(?:\s\S+)?$/u;
/** A line that starts with a count and its noun, or with a word or two and a count (a LABELLED_COUNTER). */
const COUNTER_AT_START = /^(?:\(?\d[\d,.]*\)?\s|\S+(?:\s\S+)?\s\d[\d,.]*\s)/u;
/** A counter's label and its count ("عدد القراءات: 250", "المشاهدات 1,234", "تعليقات 12"), on the matching form. */
const LABELLED_COUNTER = /^(?:عدد )?(?:ال)?(?:مشاهدات|قراءات|زيارات|تعليقات|مشاهدين|زوار)\s*[:：]?\s*\d[\d,.]*$/u;
/** The words of a META_COUNTER: a count and its noun ("5 تعليقات"), or a reading time ("3 دقائق للقراءة"). */
const COUNT_AND_NOUN = 2;
const READING_TIME = 3;
const COUNTER_WORDS = [COUNT_AND_NOUN, READING_TIME];
/** The brackets round a count ("(5) تعليقات"). */
const BRACKETS = /[()]/gu;
/** What a token of a meta line may end with past its word ("نشر في:", "بقلم،", "كتب-"), or a dash alone ("كتب - …"). */
const TOKEN_END_MARK = /[:：،,]$|^[-–—]$|(?<=\p{L})[-–—]$/u;

/** A meta line's token on the matching form, without its end mark. */
const bareToken = (token: string): string => normalizeArabic(token).replace(TOKEN_END_MARK, '');

/**
 * A meta line whose writer and date only white space parts, an icon before each that renderers print as
 * nothing: "بواسطة سالم الشهري 9 سبتمبر 2024 8", "هالة القحطاني 02/09/2024 14:26". The date starts at the
 * first word with a digit, a weekday's name or a date's label ("نشر في:"); a byline label may open the
 * line, a bare count end it. Or the date first and the writer after a byline label.
 */
function adjacentMetaLine(text: string, norm: string): { name: string; date: string } | null {
  if (text.length > DATE_LINE_MAX || !mayHoldDateStart(text, norm)) return null;
  const tokens = writerPart(text).replace(GLUED_LABEL, '$& ').split(' ');
  // Each token's bare form, made once when first asked.
  const bares: string[] = [];
  const bare = (i: number): string => (bares[i] ??= bareToken(tokens[i]!));
  // The date first, then the writer after a byline label ("نشر في: 12 مايو 2023 بواسطة: محمد أحمد").
  const label = tokens.findIndex((_, i) => i > 0 && BYLINE_LABELS.has(bare(i)));
  if (label > 0) {
    const name = nameOf(tokens.slice(label + 1).join(' '));
    const date = name ? parseDateLine(tokens.slice(0, label).join(' ')) : null;
    if (name && date) return { name, date };
  }
  let start = 0;
  while (start < tokens.length && (BYLINE_LABELS.has(bare(start)) || !bare(start))) start++;
  const at = tokens.findIndex((t, i) => i > start && startsDate(t, bare(i)));
  const name = at > 0 ? writerBeforeDate(tokens.slice(start, at).join(' ')) : null;
  // The masthead's name beside the day's date ("بوابة الأهرام الإثنين 14 أبريل 2025") is no writer's.
  const nameNorm = name ? normalizeArabic(name) : '';
  if (!name || namesOutlet(nameNorm) || words(nameNorm).some((w) => DATE_LABELS.has(w))) return null;
  const rest = tokens.slice(at).join(' ');
  const date = parseDateLine(rest) ?? dateWithCount(rest) ?? dateBeforeMeta(tokens.slice(at));
  return date ? { name, date } : null;
}

/**
 * The name a meta line's writer part gives before its date: a name, with a filing city in brackets after it ("فهد
 * العتيبي (الرياض)"), a colon ("محمود عبد الرحمن:") or what the writer is ("ليلى الأحمد مراسلة"), or after the
 * places or outlets a dash parts from it ("دبي - رحاب حلاوة", "هسبريس - يوسف لخضر", "عمان - الرأي - هبة العموش").
 */
function writerBeforeDate(writer: string): string | null {
  const part = withoutRoleLabel(writer.replace(TRAILING_COLON, ''));
  return (
    nameBeforeRole(part) ?? nameOf(part) ?? nameWithBracketedCity(part) ?? nameAfterPlaces(part.split(DASHED_OR_COLON))
  );
}

/**
 * The name before what the writer is, when a role follows it ("ليلى الأحمد مراسلة", "[سلوى بعلبكي](/author/…)
 * صحافية في القسم الاقتصادي"): a name of three words would take the role in. Null without a role there.
 */
function nameBeforeRole(text: string, norm = normalizeArabic(text)): string | null {
  // Most lines name no role after two words: they are not split into their words as written.
  if (!words(norm).some((w, i) => i >= NAME_MIN_WORDS && WRITER_ROLES.has(w))) return null;
  const ws = writerPart(text).split(' ');
  const at = ws.findIndex((w, i) => i >= NAME_MIN_WORDS && WRITER_ROLES.has(normalizeArabic(w)));
  return at > 0 ? nameOf(ws.slice(0, at).join(' ')) : null;
}

/**
 * The name a byline's last part gives, after places or outlets of a word or two each ("عمان", "الرأي"); or null.
 * A photo's label there ("تصوير", "صورة") credits the photographer, not the writer.
 */
function nameAfterPlaces(parts: string[]): string | null {
  if (parts.length < 2) return null;
  const placed = parts.slice(0, -1).every((place) => {
    const ws = words(normalizeArabic(place));
    return (
      ws.length <= CITY_MAX_WORDS && !PHOTO_CREDITS.has(ws.join(' ')) && !CAPTION_WORDS.has(ws[0]!) && !nameOf(place)
    );
  });
  return placed ? nameOf(parts.at(-1)!) : null;
}
const TRAILING_COLON = /\s*[:：]$/u;
/** A dash spaced from both words, as a byline parts its places and its name with. */
const SPACED_DASH = /\s+[-–—]\s+/u;

/** A writer's part without what the writer is, as its label ("المحرر: ليث الجنيدي", "مراسلة: …"). */
function withoutRoleLabel(part: string): string {
  const label = ROLE_LABEL.exec(part);
  return label && WRITER_ROLES.has(normalizeArabic(label[1]!).replace(DEFINITE_ARTICLE, ''))
    ? part.slice(label[0].length)
    : part;
}
const ROLE_LABEL = /^(\p{L}+)\s*[:：]\s*/u;
const DEFINITE_ARTICLE = /^ال/u;
/**
 * A dash between a byline's places and its name, spaced ("دبي - رحاب حلاوة") or glued to the word before it, or a
 * colon after the city ("دبي: محمد إبراهيم").
 */
const DASHED_OR_COLON = /\s*[-–—]\s+|\s+[-–—]\s*|\s*[:：]\s+/u;

/** The words a meta line may print after its date: a section, a comment link, a view count ("اقتصاد أضف تعليق 1,245 زيارة"). */
const META_TAIL_MAX_TOKENS = 6;

/**
 * The date that opens the rest of a meta line, the line's other items after it with no bar between them (a
 * theme's spans, an icon before each): the longest run of its first tokens that is a date line, with at most
 * META_TAIL_MAX_TOKENS after it and no sentence's end.
 */
function dateBeforeMeta(tokens: string[]): string | null {
  if (endsLikeSentence(tokens.join(' '))) return null;
  for (let end = tokens.length - 1; end > 0 && tokens.length - end <= META_TAIL_MAX_TOKENS; end--) {
    const date = parseDateLine(tokens.slice(0, end).join(' '));
    if (date) return date;
  }
  return null;
}

/**
 * Whether a line holds a word a date may start with (a digit, a weekday's name, a date's label): most short
 * lines hold none, and need not be split into a writer's and a date's part (every short line was: 5% of
 * the library's instructions over 3 MB of the bench corpus).
 */
function mayHoldDateStart(text: string, norm: string): boolean {
  return DIGIT.test(text) || words(norm).some((w) => WEEKDAY_WORDS.has(w) || DATE_LABELS.has(w));
}

/** Whether a meta line's token (as written, and its bare form) may start its date: a digit, a weekday, a date's label. */
const startsDate = (token: string, bare: string): boolean =>
  DIGIT.test(token) || WEEKDAY_WORDS.has(bare) || DATE_LABELS.has(bare);

/** A Markdown link, and text in brackets (an image's alt text, a reference number): see writerPart. */
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/gu;
const ALT_TEXT = /\[[^\]]*\]\s*/gu;

/** The writer's part of a meta line, its avatar's alt text and reference numbers left out. */
export function writerPart(text: string): string {
  // A Markdown link keeps its text ("[خلود الجبر](/author/1)"); an image's alt text in brackets goes.
  // Most lines have no bracket, and are not searched for them.
  const unlinked = text.includes('[') ? text.replace(MARKDOWN_LINK, ' $1 ').replace(ALT_TEXT, ' ') : text;
  const spaced = unlinked.includes('_') ? unlinked.replace(/_/g, ' ') : unlinked;
  // Most lines are spaced one space a word already: they are not copied.
  const bare = LOOSE_SPACING.test(spaced) ? spaced.replace(/\s+/g, ' ').trim() : spaced;
  // The name said twice (the avatar's alt text, then the link, glued too) is said once.
  return repeatedHalf(bare) ?? gluedHalf(bare) ?? bare;
}
/** White space that is not one space between two words: at either end, two in a row, or other than a space. */
const LOOSE_SPACING = /^\s|\s$|\s\s|[^\S ]/u;

const isDate = (unit: Unit | undefined): boolean =>
  unit?.type === 'fields' && unit.fields.some((f) => f.field === 'date');

/**
 * The span with its bare bylines turned into field lines (author, or source for a site's name after a
 * city). `bodyStart` is the span index of the body's first block, `runEnd` that of the body run's last
 * unit (-1: none). `markedHeadline`: the span index of the headline when the markup tells it (HTML's
 * <h1>); the byline is then looked for only between it and the text, and nothing is guessed.
 */
export function withBylines(
  span: Unit[],
  bodyStart: number,
  runEnd: number,
  body: Paragraph[],
  page: PageIndex,
  markedHeadline?: number,
): Unit[] {
  if (body.length === 0) return span;
  // The text's prose (a name line the run crossed is no paragraph of it), made when a line is judged.
  let prose: Paragraphs | null = null;
  const paragraphs = (): Paragraphs =>
    (prose ??= body.filter((p) => isProse(p.block, p.text)).map((p) => p.block.norm));
  // The content words of each paragraph (kept per text), not of the body joined into one more long text.
  const bodyContent = new ContentWords(body.map((p) => p.block.norm));
  // A headline-shaped line, or a two-word one over the date line or a name; no name after a city, nor a
  // menu flattened into one line atop the page (isMenuAtop), nor a list's last item (isListTailOverShort).
  const isHeadline = (i: number): boolean => {
    const unit = span[i];
    return (
      unit?.type === 'content' &&
      unit.block.kind !== 'list-item' &&
      !isMenuAtop(span, i, bodyContent) &&
      !isListTailOverShort(span, i, bodyStart, bodyContent, (text, block) => page.inMenu(text, block)) &&
      (headlineShaped(unit) || isDatedShortHeadline(span, i) || isSignedShortHeadline(span, i, isBylineShaped)) &&
      !isCityByline(unit.text) &&
      !isPhotoCaption(unit.block, unit.text)
    );
  };
  const aboutArticle = (i: number): boolean =>
    isHeadline(i) && overlap(contentWords((span[i] as ContentUnit).block.norm), bodyContent) >= HEADLINE_ABOUT;
  /**
   * Whether a line beside unit i is a name too that the text does not write about, or a name and a place
   * as unit i may be ("سليم حداد - الأردن."; a photo's caption, "طوفان الأقصى (أرشيفية)", is none): a list
   * of people, not a byline. The headline is no name, though a two-word one is shaped as one ("هيا تعال").
   */
  const amongNames = (i: number): boolean =>
    [i - 1, i + 1].some((j) => {
      const u = span[j];
      if (u?.type !== 'content' || j === headline) return false;
      const name = nameOf(u.text);
      return (
        (name !== null && !aboutText(name, paragraphs())) ||
        (!isProse(u.block, u.text) && !isMarkedCaption(u.block, u.text) && cityAndName(u.text, true) !== null)
      );
    });
  const out = [...span];
  // The writer's card the body run ended on (the name, then the bio): no lines of the text.
  const bio = span[runEnd];
  const cardName = span[runEnd - 1];
  if (bio?.type === 'content' && cardName?.type === 'content' && isBio(bio.block)) {
    const name = nameOf(writerPart(cardName.text));
    if (name && !aboutText(name, paragraphs())) {
      out[runEnd - 1] = { type: 'fields', block: cardName.block, fields: [{ field: 'author', value: name }] };
      out[runEnd] = { type: 'fields', block: bio.block, fields: [] };
    }
  }
  const take = (i: number, unit: ContentUnit): boolean => {
    // The headline printed again (an image's alt text under it) names no writer, though shaped as a name.
    const headlineUnit = span[headline];
    if (headlineUnit?.type === 'content' && i !== headline && headlineUnit.block.norm === unit.block.norm) return false;
    // A widget's heading in the byline's place (a market column that w3m prints beside the date line) is
    // furniture: no writer, and no line of the text either.
    if (WIDGET_WORDS.has(words(unit.block.norm)[0] ?? '') || isGenreLabel(unit.block.norm)) {
      out[i] = { type: 'fields', block: unit.block, fields: [] };
      return false;
    }
    const field = bylineField(unit.block, unit.text, paragraphs(), page, true);
    if (field) out[i] = { type: 'fields', block: unit.block, fields: [field] };
    // A photo's credit (under the photo, between the headline and the text) does not end the search for the writer.
    return field !== null && field.field !== 'imageCredit';
  };
  // The headline: the topmost line above the text that is about it, else the headline-shaped line
  // nearest the text. A line over it is its kicker, unless it is the dump's first line (a newspaper
  // file that names its writer first, then the headline).
  let top = bodyStart;
  while (top > 0 && bodyStart - top < HEADER_REACH && span[top - 1]!.type !== 'section') top--;
  // The body run may open with the headline itself (it is taken out of it later).
  let headline = markedHeadline ?? -1;
  // The markup's headline: the first name between it and the text, if any, is the byline.
  if (markedHeadline !== undefined) {
    const end = Math.min(bodyStart - 1, markedHeadline + HEADER_REACH);
    for (let i = markedHeadline + 1; i <= end; i++) {
      const unit = span[i]!;
      if (unit.type === 'section') break;
      if (unit.type === 'content' && !isProse(unit.block, unit.text) && !amongNames(i) && take(i, unit)) return out;
    }
    // Under the standfirst that opens the body right under the headline, as in a text dump: the line after
    // it, no subhead of the text under it.
    const underDeck = span[bodyStart + 1];
    if (
      bodyStart === markedHeadline + 1 &&
      underDeck?.type === 'content' &&
      !isProse(underDeck.block, underDeck.text) &&
      !headsNext(span, bodyStart + 1) &&
      !amongNames(bodyStart + 1)
    )
      take(bodyStart + 1, underDeck);
    return out;
  }
  // A writer's name over the headline may share a first name with someone the text quotes ("خالد"): a
  // name the text does not write (its family name, two of its words) over a headline is no headline.
  const nameOver = (i: number): boolean => {
    const unit = span[i] as ContentUnit;
    return aboutArticle(i + 1) && nameOf(unit.text) !== null && !mentioned(unit.text, paragraphs());
  };
  // The headline that the page's title line names ("<headline> – Akhbar News" over it), not that line, which is
  // about the article too.
  for (let i = top; i <= bodyStart && headline < 0; i++) {
    const unit = span[i]!;
    if (unit.type === 'content' && page.titles(unit.block)) headline = i;
  }
  for (let i = top; i <= bodyStart && headline < 0; i++) if (aboutArticle(i) && !nameOver(i)) headline = i;
  // Else the nearest headline-like line over the text; a name right under another (no menu, nor a list's last
  // item right under its list: a headline may be shaped as a name) is that one's byline.
  const bylineOf = (i: number): boolean =>
    i > top &&
    isHeadline(i - 1) &&
    span[i - 2]?.type !== 'section' &&
    !isLinkRow((span[i - 1] as ContentUnit).text) &&
    isBylineShaped((span[i] as ContentUnit).text);
  for (let i = bodyStart - 1; i >= top && headline < 0; i--) if (isHeadline(i) && !bylineOf(i)) headline = i;
  if (headline < 0 && isHeadline(bodyStart)) headline = bodyStart;
  // A further article's headline is the unit that opens its span: a writer's name under it is its byline.
  if (headline < 0 && span[0]?.type === 'embedded') headline = 0;
  const above = span[headline - 1];
  const headsText = span.slice(headline + 1, bodyStart).every((u) => u.type === 'fields');
  // The dump's first line, or under the page's navigation line (a menu: no prose).
  const pageTop =
    headline >= 1 &&
    above?.type === 'content' &&
    above.block.index <= PAGE_TOP &&
    span.slice(0, headline - 1).every((u) => u.type !== 'content' || !isProse(u.block, u.text));
  // A short headline there writes a word of its text ("جنرال الشعبوية"); a writer's name does not.
  if (
    pageTop &&
    aboutArticle(headline) &&
    headsText &&
    !mentioned(above.text, paragraphs()) &&
    timesOnPage(page, above.text) === 1 &&
    take(headline - 1, above)
  )
    return out;
  // Under the headline, into the first paragraphs of the body run: a line right under the headline,
  // beside the date line, under a deck with the date line after it, or after a city. Only the first.
  const end = Math.min(runEnd >= 0 ? runEnd : bodyStart - 1, bodyStart + OPENING_REACH);
  // The deck that opens the text: the body run's first paragraph, or its second when the run opens with
  // the headline itself (one that asks reads as a sentence).
  const deckAt = bodyStart === headline ? bodyStart + 1 : bodyStart;
  for (let i = headline >= 0 ? headline + 1 : top; i <= end; i++) {
    const unit = span[i]!;
    if (unit.type === 'section') break;
    if (unit.type !== 'content' || isProse(unit.block, unit.text)) continue;
    // A list's item is a byline only in a meta list, beside the date line (not a menu's or a share row's).
    if (unit.block.kind === 'list-item' && !isDate(span[i - 1]) && !isDate(span[i + 1])) continue;
    const placed =
      (i === headline + 1 && aboutArticle(headline)) ||
      // Under the deck that opens the body right under the headline, and not the subhead of the text after it.
      (i === deckAt + 1 && deckAt === headline + 1 && aboutArticle(headline) && !headsNext(span, i)) ||
      // Anywhere between the headline and the text: under a caption, a deck or a counter line.
      (headline >= 0 && i < bodyStart) ||
      isDate(span[i - 1]) ||
      isDate(span[i + 1]) ||
      (aboutArticle(i - 1) && isDate(span[i + 2])) ||
      cityAndName(unit.text, true) !== null;
    // Alone: a run of names there is a programme's presenter and guests.
    if (placed && !amongNames(i) && take(i, unit)) return out;
  }
  // A bare name under the text shows a name's shape; a name with a city or a label says it is one.
  const bareNameShows = (text: string): boolean => {
    const name = nameOf(text);
    return name === null || name !== text.trim() || showsName(name);
  };
  // A list the text announces ("وحدد البيان ثلاثة شروط:") runs to its last line: no signature under it.
  const listed = announcedItems(body);
  const listGoesOn = (unit: ContentUnit): boolean => {
    const above = body.findLast((p) => p.block.index < unit.block.index);
    return above !== undefined && (listed.has(above) || announcesList(above));
  };
  // The page's last line, a name in the text's place: a print page's writer signs so ("صالح بوذينة")
  // under a text whose short lines (a programme, a results list) run to the end of the page.
  const lastAt = span.findLastIndex((u) => u.type === 'content');
  const last = span[lastAt];
  if (
    last?.type === 'content' &&
    lastAt > bodyStart &&
    last.block.kind !== 'list-item' &&
    body.at(-1)?.block === last.block &&
    !listGoesOn(last) &&
    bareNameShows(last.text) &&
    !isProse(last.block, last.text) &&
    !mentioned(signedName(last.text), paragraphs()) &&
    !amongNames(lastAt) &&
    take(lastAt, last)
  )
    return out;
  // Alone right after the text: nothing but field lines or sections follow it.
  if (runEnd >= 0) {
    const next = span.findIndex((u, i) => i > runEnd && u.type === 'content');
    const unit = span[next];
    if (unit?.type === 'content' && !mentioned(signedName(unit.text), paragraphs()) && !listGoesOn(unit)) {
      const beyond = (i: number): Unit | undefined => span.slice(i + 1).find((u) => u.type !== 'fields');
      // An author card: the name, then what the writer is. Not after a further article: the page's writer
      // signs the page's own article, wherever the page prints the card.
      const bioAt = span.findIndex((u, i) => i > next && u.type !== 'fields');
      const bio = span[bioAt];
      const card = bio?.type === 'content' && isBio(bio.block) && span[0]?.type !== 'embedded';
      const after = beyond(card ? bioAt : next);
      const source = SOURCE_LINE.exec(unit.text.trim())?.[1];
      if (
        (!after || after.type === 'section') &&
        unit.block.kind !== 'list-item' &&
        (card || bareNameShows(unit.text)) &&
        take(next, unit)
      ) {
        if (card) out[bioAt] = { type: 'fields', block: bio.block, fields: [] };
        return out;
      }
      // The page's last line, a name that is no person's: the publication the text is taken from. Not a row of
      // links the renderer marked (tags glued with nothing between them: "[السدود](…)[الجفاف](…)").
      if (
        source &&
        unit.block.index === page.last &&
        !(unit.block.linkTexts && gluedLinks(unit.text, unit.block.linkTexts)) &&
        namesPublication(source)
      )
        out[next] = { type: 'fields', block: unit.block, fields: [{ field: 'source', value: source }] };
    }
  }
  return out;
}

/**
 * Whether a line shares a word with the paragraph right after it (a subhead and its text do; a byline and
 * the text do not). A name's particle ("عبد" of "نجيب عبد الرحمن الزامل" and of a name the text writes) is
 * no shared word.
 */
function headsNext(span: Unit[], i: number): boolean {
  const next = span[i + 1];
  if (next?.type !== 'content') return false;
  const own = new Set(contentWords((span[i] as ContentUnit).block.norm).filter((w) => !NAME_PARTICLES.has(w)));
  return contentWords(next.block.norm).some((w) => own.has(w));
}
