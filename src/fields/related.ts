/**
 * Related links of an article: the items of its read-also, similar and more sections, and the
 * headlines of the articles embedded after its read-also markers, in page order, each title cleaned of
 * a glued credit and listed once per relation (a headline can be both read-also and similar).
 */
import type { TitleSplit } from '../cleaners/labels.js';
import type { Related } from '../record.js';
import { isRelation, type Relation } from '../vocabulary.js';
import type { Section } from '../segment/index.js';
import { hasWords } from '../segment/prose.js';
import { normalizeArabic } from '../text/normalize.js';

export interface RelatedCandidate {
  /** Block index, for page order. */
  at: number;
  title: string;
  url: string | null;
  relation: Relation;
}

export function sectionCandidates(sections: Section[]): RelatedCandidate[] {
  return sections.flatMap((section) => {
    if (!isRelation(section.kind)) return [];
    const relation = section.kind;
    const inline = section.inline
      ? [{ at: section.marker.index, title: section.inline, url: section.marker.links?.[0]?.href ?? null, relation }]
      : [];
    return [
      ...inline,
      ...section.items.map((b) => ({ at: b.index, title: b.text, url: b.links?.[0]?.href ?? null, relation })),
    ];
  });
}

/** The time a "latest news" strip prints before each headline ("17:53 GMT", "09:20 م"): not the title's. */
const LEADING_CLOCK = /^\d{1,2}:\d{2}(?:\s*(?:gmt|utc|ص|م|am|pm)(?![\p{L}]))?\s+/iu;

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
  for (const c of [...candidates].sort((a, b) => a.at - b.at)) {
    const title = (splitTitle(c.title)?.title ?? c.title).replace(LEADING_CLOCK, '');
    const headline = normalizeArabic(title);
    const key = `${c.relation}\0${headline}`;
    // A headline has words: a date or a count under a related item ("ديسمبر 25, 2020") is none; nor
    // does it end with an address.
    if (
      !hasWords(headline) ||
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
