/**
 * Related links of an article: the items of its read-also, similar and more sections, and the
 * headlines of the articles embedded after its read-also markers, in page order, each title cleaned of
 * a glued credit and listed once per relation (a headline can be both read-also and similar).
 */
import type { TitleSplit } from '../cleaners/labels.js';
import { trailingDayStart } from '../dates/index.js';
import type { Related } from '../record.js';
import { isRelation, POST_NAV_LABELS, type Relation } from '../vocabulary.js';
import type { Section } from '../segment/index.js';
import { hasWords, LEADING_CLOCK, TRAILING_COUNT } from '../segment/prose.js';
import { normalizeArabic } from '../text/normalize.js';
import { printedOnce } from '../text/words.js';

export interface RelatedCandidate {
  /** Block index, for page order. */
  at: number;
  title: string;
  url: string | null;
  relation: Relation;
  /** The headline of a further article found on the page: a headline, of one word too ("إصدارات"). */
  opened?: true;
}

export function sectionCandidates(sections: Section[]): RelatedCandidate[] {
  return sections.flatMap((section) => {
    if (!isRelation(section.kind)) return [];
    const relation = section.kind;
    const inline = section.inline
      ? postNavItems(section.inline).map((title, k) => ({
          at: section.marker.index,
          title,
          url: section.marker.links?.[k]?.href ?? null,
          relation,
        }))
      : [];
    return [
      ...inline,
      ...section.items.map((b) => ({ at: b.index, title: b.text, url: b.links?.[0]?.href ?? null, relation })),
    ];
  });
}

/** The other label of a next/previous strip printed on one line, before its headline ("… التالي: <headline>"). */
const GLUED_POST_NAV = new RegExp(
  String.raw`\s+(?:${POST_NAV_LABELS.map((l) => l.replace(/ي$/u, '[يى]')).join('|')})\s*[:：]\s+(?=\S)`,
  'iu',
);

/**
 * The headlines of a marker line's rest: one, or both of a next/previous strip the renderer put on one line
 * ("السابق: <headline> التالي: <headline>").
 */
function postNavItems(rest: string): string[] {
  const m = GLUED_POST_NAV.exec(rest);
  return m ? [rest.slice(0, m.index), rest.slice(m.index + m[0].length)] : [rest];
}

/** A renderer's number before an ordered list's item, and the site's own same number after it ("1. 1 …"). */
const ITEM_NUMBERS = /^(\d{1,2})\.\s+(?:\1\s+)?/u;
/**
 * A number before a headline ("1 متعب …", "5 قتلى في …", or glued to its first word as a rank badge prints, "1تعديل
 * …"): a list's rank when the items beside count on by one.
 */
const LEADING_NUMBER = /^(\d{1,2})(?:\s+|(?=\p{L}))(?=\S)/u;
const leadingNumber = (title: string): number | null => {
  const m = LEADING_NUMBER.exec(title);
  return m ? Number(m[1]) : null;
};

/** The titles without the ranks a most-read list prints before them ("1 …", "2 …", "1…"), kept where no item beside counts on. */
function withoutRanks(titles: string[]): string[] {
  const numbers = titles.map(leadingNumber);
  return titles.map((title, k) => {
    const n = numbers[k];
    const ranked = n != null && (numbers[k - 1] === n - 1 || numbers[k + 1] === n + 1);
    return ranked ? title.replace(LEADING_NUMBER, '') : title;
  });
}
/** A relative time after an item ("… منذ 4 ساعات", "… منذ يومين"). */
const TRAILING_AGO =
  /\s+(?:منذ|قبل)\s+(?:\d+\s+)?(?:ثاني[ةه]|ثوان|ثواني|دقيق[ةه]|دقيقتين|دقائق|ساع[ةه]|ساعتين|ساعات|يوم|يومين|[أا]يام|[أا]سبوع|[أا]سبوعين|[أا]سابيع|شهر|شهرين|[أا]شهر)$/u;
/**
 * A clock or a duration after an item ("… 04:56": the time it was posted, a video's length), or glued to its last
 * word where a renderer printed the time's element with no space ("… الجهوية19:02").
 */
const TRAILING_CLOCK = /(?:\s+|(?<=\p{L}))\d{1,2}:\d{2}$/u;
/**
 * Items that end with a relative time, a clock or a day, or open with a thumbnail's alt text: this many or more make
 * it the list's meta, not a headline's words ("… مفقود منذ 3 أيام", "صورة تثير الجدل …").
 */
const LISTED_META_MIN = 2;

/** What a list may print before or after each headline, the item without it (or null where it has none). */
type ItemMeta = (title: string) => string | null;
const byPattern =
  (pattern: RegExp): ItemMeta =>
  (title) =>
    pattern.test(title) ? title.replace(pattern, '') : null;

/** Between a headline and its date: a space, a dash, a bar, a bullet. */
const BEFORE_DATE = /[\s\-–—|·•،,]+$/u;

/** The item without the day the list prints after its headline, read by the date engine. */
const trailingDate: ItemMeta = (title) => {
  const start = trailingDayStart(title);
  if (start < 0) return null;
  const head = title.slice(0, start).replace(BEFORE_DATE, '');
  return hasWords(normalizeArabic(head)) ? head : null;
};

/** An item whose thumbnail's alt text is its headline prints it twice: once is the headline. */
const oncePrinted = (title: string): string => printedOnce(title) ?? title;

/** A thumbnail's alt text that a renderer prints before each item's headline ("صورة …", "[صورة الخبر] …"). */
const LEADING_IMAGE = /^\[?(?:ال)?صور[ةه](?:\s+الخبر)?\]?\s+(?=\S)/u;

const ITEM_META: ItemMeta[] = [
  byPattern(LEADING_IMAGE),
  byPattern(TRAILING_AGO),
  byPattern(TRAILING_CLOCK),
  trailingDate,
];

/** A line that ends with an address ("رابط المقال: https://…", the article's own link) is no headline. */
const TRAILING_URL = /(?:https?:\/\/|www\.)\S+$/iu;

/**
 * One entry per headline and relation, in page order (lists found with their URLs first). A headline
 * seen with a URL is not listed again without one; the article's own headline, which news tickers and
 * "latest" strips list too, is no related article.
 */
export function relatedEntries(
  candidates: RelatedCandidate[],
  splitTitle: (title: string) => TitleSplit | null,
  ownTitle: string | null,
): Related[] {
  const own = ownTitle ? normalizeArabic(ownTitle) : null;
  const seen = new Set<string>();
  const linked = new Set<string>();
  const out: Related[] = [];
  // The list's meta around the headline: the renderer's and the site's numbers, a clock, counts, ranks; then
  // what most items print around it (times, days, a thumbnail's alt text).
  const sorted = [...candidates].sort((a, b) => a.at - b.at);
  const titles = withoutRanks(
    sorted.map((c) =>
      (splitTitle(c.title)?.title ?? c.title)
        .replace(LEADING_CLOCK, '')
        .replace(ITEM_NUMBERS, '')
        .replace(TRAILING_COUNT, ''),
    ),
  );
  const items = sorted.map((c, k) => ({ c, title: titles[k]! }));
  const listedMeta = ITEM_META.filter(
    (meta) => items.filter((item) => meta(item.title.trim()) !== null).length >= LISTED_META_MIN,
  );
  for (const item of items) {
    const { c } = item;
    let title = item.title;
    for (const meta of listedMeta) title = meta(title) ?? title;
    title = oncePrinted(title);
    const headline = normalizeArabic(title);
    const key = `${c.relation}\0${headline}`;
    // A headline has words: a date or a count under a related item ("ديسمبر 25, 2020") is none; nor
    // does it end with an address. A further article's headline is one, whatever its length.
    if (
      (!c.opened && !hasWords(headline)) ||
      TRAILING_URL.test(title.trim()) ||
      seen.has(key) ||
      (c.url === null && linked.has(headline)) ||
      (own && headline.endsWith(own))
    )
      continue;
    seen.add(key);
    if (c.url !== null) linked.add(headline);
    out.push({ title, url: c.url, relation: c.relation });
  }
  return out;
}
