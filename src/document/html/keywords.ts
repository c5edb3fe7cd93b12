/**
 * Which keywords of a page's metadata (keywords meta, article:tag, JSON-LD) are the article's tags.
 * Many sites fill the keywords meta with the same words on every page ("news , lbci , أخبار"), their
 * own name ("وكالة أنباء لكوارب"), or the headline cut into words ("طهران,تدفن,«زادة»..,…"): none of
 * these is a tag. Tag links shown on the page are not filtered here: the page presents them as tags.
 */
import { normalizeArabic } from '../../text/normalize.js';
import { words } from '../../text/words.js';

/** Words a site puts in the keywords meta of every page: no article's topic. */
const SITE_WIDE = new Set([
  'news',
  'arabic',
  'breaking news',
  'اخبار',
  'الاخبار',
  'خبر',
  'عاجل',
  'اخبار عاجله',
  'الرئيسيه',
  'موقع',
  'جريده',
  'صحيفه',
]);
/** Latin site names are matched inside the host or site name from this length ("lbci" in "LBCIV7"). */
const SITE_NAME_MIN_CHARS = 3;
/** The headline cut into words: at least this many one-word keywords, all words of the title… */
const TITLE_CUT_MIN = 3;
/** …covering at least this share of the title's words. */
const TITLE_CUT_COVER = 0.5;

export interface KeywordContext {
  title: string | null;
  /** Names the page gives itself: og:site_name, the host, the affixes of its <title> and og:title. */
  siteNames: string[];
  /**
   * The article's text (title and blocks inside the article), on the matching form, when the keywords
   * come from the keywords meta: a list of which the article writes nothing is then the site's.
   */
  articleNorm: string | null;
}

export function articleKeywords(keywords: string[], context: KeywordContext): string[] {
  const sites = context.siteNames
    .map((name) => compact(normalizeArabic(name)))
    .filter((name) => name.length >= SITE_NAME_MIN_CHARS);
  const kept = keywords.filter((keyword) => {
    const norm = normalizeArabic(keyword).trim();
    if (SITE_WIDE.has(norm)) return false;
    const name = compact(norm);
    // "lbci" in "LBCIV7"; "صدى البلد" at the end of "قناة صدى البلد" (one Arabic word alone may be a topic).
    const partOfName = (site: string): boolean =>
      (/^[a-z0-9]+$/.test(name) && name.length >= SITE_NAME_MIN_CHARS && site.includes(name)) ||
      (words(norm).length >= 2 && (site.startsWith(name) || site.endsWith(name)));
    return !sites.some((site) => site === name || partOfName(site));
  });
  if (kept.length === 0 || isTitleCut(kept, context.title)) return [];
  if (context.articleNorm === null) return kept;
  const article = ` ${words(context.articleNorm).join(' ')} `;
  return kept.some((keyword) => article.includes(` ${words(normalizeArabic(keyword)).join(' ')} `)) ? kept : [];
}

function isTitleCut(keywords: string[], title: string | null): boolean {
  if (!title || keywords.length < TITLE_CUT_MIN) return false;
  const titleWords = words(normalizeArabic(title));
  const keywordWords = keywords.map((k) => words(normalizeArabic(k)));
  if (!keywordWords.every((w) => w.length === 1 && titleWords.includes(w[0]!))) return false;
  return new Set(keywordWords.map((w) => w[0])).size >= titleWords.length * TITLE_CUT_COVER;
}

/** A name's matching form without spaces and dots ("LBCI" for "L.B.C.I", "صدىالبلد"). */
export function compact(norm: string): string {
  return norm.replace(/[\s.\-_]+/g, '');
}
