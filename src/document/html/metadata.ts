/**
 * Page metadata from the HTML head and structured data. Each field takes the first source that
 * gives it, in this order of precedence (also in README "HTML input"):
 *
 *   1. JSON-LD (NewsArticle/Article, also inside @graph): headline, datePublished, dateModified,
 *      author, publisher, keywords, articleSection, image, description, inLanguage
 *   2. OpenGraph and article:* meta (og:title, article:published_time, article:tag, og:image, …)
 *   3. Twitter meta (twitter:title, twitter:image, …)
 *   4. other <meta name=…> (pubdate, author, keywords, …) and itemprop microdata
 *   5. <title>
 *
 * Every title candidate has its site-name prefix/suffix removed. Dates are ISO with the page's
 * offset; non-ISO strings go to the date engine. URL: canonical link, then og:url, then the URL the
 * caller knows. Language: <html lang>, content-language, og:locale, JSON-LD inLanguage; a declared
 * language whose script contradicts the page text gives way to the script's language, with a warning.
 */
import type { CheerioAPI } from 'cheerio';
import type { Warning } from '../../record.js';
import type { PageMeta } from '../model.js';
import { emptyMeta } from '../model.js';
import { collapseSpace, textOf } from './dom.js';
import { readJsonLd } from './jsonld.js';
import { metaDateToIso } from './meta-dates.js';
import { stripSiteAffixes, tidyTitle } from './title.js';
import { absoluteUrl } from './urls.js';

export interface HeadMetadata {
  meta: PageMeta;
  /** The URL relative links resolve against: <base href>, the caller's URL, the canonical URL. */
  baseUrl: string | null;
  /** The keywords come from the keywords meta, which many sites fill alike on every page (not JSON-LD or article:tag). */
  keywordsFromMeta: boolean;
}

/** meta name/property (lowercased) → contents in page order. */
type MetaTags = Map<string, string[]>;

export function readMetadata($: CheerioAPI, pageUrl: string | null, warnings: Warning[]): HeadMetadata {
  const tags = metaTags($);
  const first = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = tags.get(key)?.find((v) => v.trim() !== '');
      if (value !== undefined) return collapseSpace(value);
    }
    return null;
  };
  const itemprop = (name: string): string | null => {
    const el = $(`[itemprop~="${name}"]`).first();
    if (el.length === 0) return null;
    const value = el.attr('content') ?? el.attr('datetime') ?? textOf(el[0]!);
    return value.trim() === '' ? null : collapseSpace(value);
  };
  const ld = readJsonLd(
    $('script[type]')
      .filter((_, el) => ($(el).attr('type') ?? '').trim().toLowerCase() === 'application/ld+json')
      .map((_, el) => $(el).text())
      .get(),
    warnings,
  );

  const canonical = linkHref($, 'canonical', pageUrl);
  const ogUrl = first('og:url');
  const url = canonical ?? (ogUrl ? absoluteUrl(ogUrl, pageUrl) : null) ?? (ld?.url ? absoluteUrl(ld.url, pageUrl) : null) ?? pageUrl;
  const baseHref = $('base[href]').first().attr('href');
  const baseUrl = (baseHref ? absoluteUrl(baseHref, pageUrl ?? url) : null) ?? pageUrl ?? url;

  const meta = emptyMeta();
  meta.url = url;
  meta.siteName = [first('og:site_name'), ld?.publisher, first('application-name')].find((n) => n && !/^https?:/i.test(n)) ?? null;
  meta.title = chooseTitle($, tags, ld?.headline ?? null, [meta.siteName, ld?.publisher ?? null, ...siteNamesOf(tags), hostName(url)]);
  meta.date = firstDate([ld?.datePublished, first('article:published_time', 'og:published_time', 'article:published'), first(...PUBLISHED_META), itemprop('datePublished'), $('time[pubdate]').attr('datetime')]);
  meta.modified = firstDate([ld?.dateModified, first('article:modified_time', 'og:updated_time', 'article:modified'), first(...MODIFIED_META), itemprop('dateModified')]);
  meta.author = ld?.author ?? authorName(first('author', 'article:author', 'dc.creator', 'twitter:creator', 'parsely-author', 'sailthru.author')) ?? itemprop('author');
  meta.keywords = ld?.keywords.length ? ld.keywords : (tags.get('article:tag') ?? []).map(collapseSpace).filter((k) => k !== '');
  const keywordsFromMeta = meta.keywords.length === 0;
  if (keywordsFromMeta) meta.keywords = splitKeywords(first('news_keywords', 'keywords'));
  meta.section = ld?.section ?? first('article:section', 'section', 'parsely-section', 'category') ?? itemprop('articleSection');
  meta.image = [ld?.image, first('og:image', 'og:image:url', 'og:image:secure_url'), first('twitter:image', 'twitter:image:src'), itemprop('image')]
    .map((src) => (src ? absoluteUrl(src, baseUrl) : null))
    .find((src) => src !== null) ?? null;
  meta.description = ld?.description ?? first('og:description', 'twitter:description', 'description');
  meta.lang = declaredLang($, first('og:locale'), ld?.inLanguage ?? null, first('content-language', 'language'));
  meta.dir = dirOf($);
  return { meta, baseUrl, keywordsFromMeta };
}

const PUBLISHED_META = [
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created',
  'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'article.published', 'datepublished', 'originalpublicationdate',
  'cxenseparse:recs:publishtime', 'release_date',
];
const MODIFIED_META = ['last-modified', 'dcterms.modified', 'dc.date.modified', 'article.updated', 'datemodified'];

function metaTags($: CheerioAPI): MetaTags {
  const tags: MetaTags = new Map();
  $('meta[content]').each((_, el) => {
    const content = $(el).attr('content') ?? '';
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const keys = ($(el).attr(attr) ?? '').toLowerCase().split(/\s+/).filter((k) => k !== '');
      for (const key of keys) {
        const list = tags.get(key) ?? [];
        list.push(content);
        tags.set(key, list);
      }
    }
  });
  return tags;
}

/** The href of `<link rel=…>` whose rel list holds exactly `rel` (not "amphtml" with id canonicalUrl). */
function linkHref($: CheerioAPI, rel: string, pageUrl: string | null): string | null {
  const href = $(`link[rel~="${rel}"][href]`).first().attr('href');
  return href ? absoluteUrl(href, pageUrl) : null;
}

function siteNamesOf(tags: MetaTags): string[] {
  return [...(tags.get('og:site_name') ?? []), ...(tags.get('application-name') ?? []), ...(tags.get('twitter:site') ?? []).map((s) => s.replace(/^@/, ''))];
}

/** The host's name label ("lbcgroup" of www.lbcgroup.tv). */
export function hostName(url: string | null): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.split('.');
    return labels.length >= 2 ? labels[labels.length - 2]! : null;
  } catch {
    return null;
  }
}

/**
 * The headline: the first source in precedence order, without site affixes. The other sources,
 * including the page's <h1>, help recognise an affix as "what the other versions lack".
 */
function chooseTitle($: CheerioAPI, tags: MetaTags, ldHeadline: string | null, siteNames: (string | null)[]): string | null {
  const candidates = [
    ldHeadline,
    ...(tags.get('og:title') ?? []),
    ...(tags.get('twitter:title') ?? []),
    ...(tags.get('title') ?? []),
    $('[itemprop~="headline"]').first().text(),
    $('title').first().text(),
  ]
    .map(tidyTitle)
    .filter((t): t is string => t !== null);
  if (candidates.length === 0) return null;
  const h1s = $('h1')
    .map((_, el) => tidyTitle(textOf(el)))
    .get()
    .filter((t): t is string => t !== null);
  const names = siteNames.filter((n): n is string => n !== null);
  return stripSiteAffixes(candidates[0]!, names, [...candidates.slice(1), ...h1s]);
}

function firstDate(values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    if (!value) continue;
    const iso = metaDateToIso(value);
    if (iso) return iso;
  }
  return null;
}

/** Author meta often holds a profile URL or a Twitter handle; only a name is an author. */
function authorName(value: string | null): string | null {
  if (!value || /^https?:\/\//i.test(value)) return null;
  return value.replace(/^@/, '');
}

function splitKeywords(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[,،;؛]/).map((k) => k.trim()).filter((k) => k !== ''))];
}

/** Primary language subtag from the first declaration found ("ar_AR" → "ar", "fa-IR" → "fa"). */
function declaredLang($: CheerioAPI, locale: string | null, ldLang: string | null, httpEquiv: string | null): string | null {
  for (const value of [$('html').attr('lang'), $('html').attr('xml:lang'), httpEquiv, locale, ldLang]) {
    const primary = value?.trim().split(/[-_\s,]/)[0]?.toLowerCase();
    if (primary && /^[a-z]{2,3}$/.test(primary)) return primary;
  }
  return null;
}

function dirOf($: CheerioAPI): 'rtl' | 'ltr' | null {
  const value = ($('html').attr('dir') ?? $('body').attr('dir') ?? '').trim().toLowerCase();
  return value === 'rtl' || value === 'ltr' ? value : null;
}
