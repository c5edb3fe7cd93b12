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
 * Every title candidate has its site-name prefix/suffix removed. Dates are read by the one metadata-date
 * reader (dates/metadata.ts): ISO with the page's offset. URL: canonical link, then og:url, then the URL the
 * caller knows. Language: <html lang>, content-language, og:locale, JSON-LD inLanguage; a declared
 * language whose script contradicts the page text gives way to the script's language, with a warning.
 */
import { dateWarning, readMetadataDate } from '../../dates/metadata.js';
import type { Warning } from '../../record.js';
import type { PageMeta } from '../model.js';
import { emptyMeta } from '../model.js';
import type { Element, ParentNode } from './dom.js';
import { collapseSpace, forEachNode, isElement, textContent, textOf } from './dom.js';
import { normalizeArabic } from '../../text/normalize.js';
import { readJsonLd } from './jsonld.js';
import { compact } from './keywords.js';
import { stripSiteAffixes, tidyTitle, titleAffixes } from './title.js';
import { absoluteUrl } from './urls.js';

export interface HeadMetadata {
  meta: PageMeta;
  /** The URL relative links resolve against: <base href>, the caller's URL, the canonical URL. */
  baseUrl: string | null;
  /** The keywords come from the keywords meta, which many sites fill alike on every page (not JSON-LD or article:tag). */
  keywordsFromMeta: boolean;
  /** Names the page gives itself: og:site_name, the host, the affixes of its <title> and og:title. */
  siteNames: string[];
}

/** meta name/property (lowercased) → contents in page order. */
type MetaTags = Map<string, string[]>;

/** What the metadata reader looks at in the page, gathered by one walk over the whole tree. */
interface PageParts {
  tags: MetaTags;
  /** itemprop word → the first element that carries it. */
  itemprops: Map<string, Element>;
  /** Texts of the JSON-LD scripts, in page order. */
  jsonLd: string[];
  canonical: string | null;
  baseHref: string | null;
  /** datetime of the first <time pubdate>. */
  timePubdate: string | null;
  /**
   * datetime of the first <time> between the first <h1> and the first paragraph of text after it: the article's
   * header prints its date so, often as a relative age ("منذ ساعتين") that no date line of the text reads.
   */
  timeUnderHeadline: string | null;
  /** Text of the first <title>. */
  title: string | null;
  h1s: Element[];
  html: Element | null;
  body: Element | null;
}

const CANONICAL_REL = /(?:^|\s)canonical(?:$|\s)/i;
/** A paragraph of the article's text, not a kicker's or a byline's: this many characters at least. */
const TEXT_PARAGRAPH_CHARS = 80;
const META_KEY_ATTRIBUTES = ['property', 'name', 'itemprop', 'http-equiv'];

function pageParts(root: ParentNode): PageParts {
  const parts: PageParts = {
    tags: new Map(),
    itemprops: new Map(),
    jsonLd: [],
    canonical: null,
    baseHref: null,
    timePubdate: null,
    timeUnderHeadline: null,
    title: null,
    h1s: [],
    html: null,
    body: null,
  };
  /** Whether the walk is between the first <h1> and the text under it (timeUnderHeadline). */
  let underHeadline = false;
  forEachNode(root, (node) => {
    if (!isElement(node)) return 'children' in node;
    const a = node.attribs;
    if (a.itemprop !== undefined) {
      for (const word of a.itemprop.split(/\s+/))
        if (word !== '' && !parts.itemprops.has(word)) parts.itemprops.set(word, node);
    }
    switch (node.name) {
      case 'meta':
        if (a.content !== undefined) addMetaTag(parts.tags, node);
        break;
      case 'script':
        if (a.type !== undefined && a.type.trim().toLowerCase() === 'application/ld+json')
          parts.jsonLd.push(textContent(node));
        break;
      case 'link':
        if (parts.canonical === null && a.href !== undefined && a.rel !== undefined && CANONICAL_REL.test(a.rel))
          parts.canonical = a.href;
        break;
      case 'base':
        if (parts.baseHref === null && a.href !== undefined) parts.baseHref = a.href;
        break;
      case 'time':
        if (parts.timePubdate === null && a.pubdate !== undefined) parts.timePubdate = a.datetime ?? null;
        if (underHeadline && a.datetime !== undefined) {
          parts.timeUnderHeadline = a.datetime;
          underHeadline = false;
        }
        break;
      case 'p':
        if (underHeadline && textContent(node).trim().length >= TEXT_PARAGRAPH_CHARS) underHeadline = false;
        break;
      case 'title':
        parts.title ??= textContent(node);
        break;
      case 'h1':
        if (parts.h1s.length === 0) underHeadline = true;
        parts.h1s.push(node);
        break;
      case 'html':
        parts.html ??= node;
        break;
      case 'body':
        parts.body ??= node;
        break;
    }
    // A browser that runs scripts reads what <noscript> holds as text: no metadata in there.
    return node.name !== 'noscript';
  });
  return parts;
}

function addMetaTag(tags: MetaTags, el: Element): void {
  const content = el.attribs.content!;
  for (const attr of META_KEY_ATTRIBUTES) {
    const keys = (el.attribs[attr] ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter((k) => k !== '');
    for (const key of keys) {
      const list = tags.get(key) ?? [];
      list.push(content);
      tags.set(key, list);
    }
  }
}

export function readMetadata(root: ParentNode, pageUrl: string | null, warnings: Warning[]): HeadMetadata {
  const parts = pageParts(root);
  const { tags } = parts;
  const first = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = tags.get(key)?.find((v) => v.trim() !== '');
      if (value !== undefined) return collapseSpace(value);
    }
    return null;
  };
  const itemprop = (name: string): string | null => {
    const el = parts.itemprops.get(name);
    if (!el) return null;
    const value = el.attribs.content ?? el.attribs.datetime ?? textOf(el);
    return value.trim() === '' ? null : collapseSpace(value);
  };
  const ld = readJsonLd(parts.jsonLd, warnings);

  const canonical = parts.canonical ? absoluteUrl(parts.canonical, pageUrl) : null;
  const ogUrl = first('og:url');
  const url =
    canonical ??
    (ogUrl ? absoluteUrl(ogUrl, pageUrl) : null) ??
    (ld?.url ? absoluteUrl(ld.url, pageUrl) : null) ??
    pageUrl;
  const baseUrl = (parts.baseHref ? absoluteUrl(parts.baseHref, pageUrl ?? url) : null) ?? pageUrl ?? url;

  const meta = emptyMeta();
  meta.url = url;
  meta.siteName =
    [first('og:site_name'), ld?.publisher, first('application-name')].find((n) => n && !/^https?:/i.test(n)) ?? null;
  meta.title = chooseTitle(parts, ld?.headline ?? null, [
    meta.siteName,
    ld?.publisher ?? null,
    ...siteNamesOf(tags),
    hostName(url),
  ]);
  meta.date = firstDate(
    [
      ld?.datePublished,
      first('article:published_time', 'og:published_time', 'article:published'),
      first(...PUBLISHED_META),
      itemprop('datePublished'),
      parts.timePubdate,
      parts.timeUnderHeadline,
    ],
    warnings,
  );
  meta.modified = firstDate(
    [
      ld?.dateModified,
      first('article:modified_time', 'og:updated_time', 'article:modified'),
      first(...MODIFIED_META),
      itemprop('dateModified'),
    ],
    warnings,
  );
  meta.author =
    ld?.author ??
    authorName(
      first('author', 'article:author', 'dc.creator', 'twitter:creator', 'parsely-author', 'sailthru.author'),
    ) ??
    itemprop('author');
  meta.keywords = ld?.keywords.length
    ? ld.keywords
    : (tags.get('article:tag') ?? []).map(collapseSpace).filter((k) => k !== '');
  const keywordsFromMeta = meta.keywords.length === 0;
  if (keywordsFromMeta) meta.keywords = splitKeywords(first('news_keywords', 'keywords'));
  meta.section =
    ld?.section ?? first('article:section', 'section', 'parsely-section', 'category') ?? itemprop('articleSection');
  meta.image =
    [
      ld?.image,
      first('og:image', 'og:image:url', 'og:image:secure_url'),
      first('twitter:image', 'twitter:image:src'),
      itemprop('image'),
    ]
      .map((src) => (src ? absoluteUrl(src, baseUrl) : null))
      .find((src) => src !== null) ?? null;
  meta.description = ld?.description ?? first('og:description', 'twitter:description', 'description');
  meta.lang = declaredLang(
    parts.html,
    first('og:locale'),
    ld?.inLanguage ?? null,
    first('content-language', 'language'),
  );
  meta.dir = dirOf(parts);
  const headline = meta.title;
  const rawTitles = [parts.title, ...(tags.get('og:title') ?? [])].flatMap((raw) => tidyTitle(raw) ?? []);
  const affixes = headline ? rawTitles.flatMap((raw) => titleAffixes(raw, headline)) : [];
  const siteNames = [meta.siteName, hostName(url), ...affixes].filter((name): name is string => !!name);
  // A page its site signs with its own name (<meta name="Author" content="المدينة نيوز">) names no writer.
  const signature = meta.author ? compact(normalizeArabic(meta.author)) : null;
  if (signature && siteNames.some((name) => compact(normalizeArabic(name)) === signature)) meta.author = null;
  return { meta, baseUrl, keywordsFromMeta, siteNames };
}

const PUBLISHED_META = [
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'datepublished',
  'originalpublicationdate',
  'cxenseparse:recs:publishtime',
  'release_date',
];
const MODIFIED_META = ['last-modified', 'dcterms.modified', 'dc.date.modified', 'article.updated', 'datemodified'];

function siteNamesOf(tags: MetaTags): string[] {
  return [
    ...(tags.get('og:site_name') ?? []),
    ...(tags.get('application-name') ?? []),
    ...(tags.get('twitter:site') ?? []).map((s) => s.replace(/^@/, '')),
  ];
}

/** The host's name label ("lbcgroup" of www.lbcgroup.tv). */
function hostName(url: string | null): string | null {
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
function chooseTitle(parts: PageParts, ldHeadline: string | null, siteNames: (string | null)[]): string | null {
  const { tags } = parts;
  const headline = parts.itemprops.get('headline');
  const candidates = [
    ldHeadline,
    ...(tags.get('og:title') ?? []),
    ...(tags.get('twitter:title') ?? []),
    ...(tags.get('title') ?? []),
    headline ? textContent(headline) : null,
    parts.title,
  ]
    .map(tidyTitle)
    .filter((t): t is string => t !== null);
  if (candidates.length === 0) return null;
  // An <h1> that links to the home page is the site's masthead (a blog's name over "اسم المدونة: الخبر"): a
  // name of the site, not a version of the headline.
  const [mastheads, headings] = partition(parts.h1s, linksHome);
  const texts = (els: Element[]): string[] =>
    els.map((el) => tidyTitle(textOf(el))).filter((t): t is string => t !== null);
  const names = [...siteNames.filter((n): n is string => n !== null), ...texts(mastheads)];
  return stripSiteAffixes(candidates[0]!, names, [...candidates.slice(1), ...texts(headings)]);
}

/** A link to a site's home page: its root, maybe with the host ("/", "https://site.example/", "/index.html"). */
const HOME_HREF = /^(?:(?:https?:)?\/\/[^/]+\/?|\/(?:index\.\w{2,5})?)$/i;

/** Whether an element's text is all one link to the home page. */
function linksHome(el: Element): boolean {
  let home: Element | null = null;
  forEachNode(el, (node) => {
    if (home === null && isElement(node) && node.name === 'a' && HOME_HREF.test((node.attribs.href ?? '').trim()))
      home = node;
    return home === null;
  });
  return home !== null && collapseSpace(textOf(home)) === collapseSpace(textOf(el));
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/**
 * The first source that holds a date. A source that holds something else is passed over (a "date" meta
 * holding a weekday); one of a date's form that is no real date ("2015-13-45") is passed over with a warning.
 */
function firstDate(values: (string | null | undefined)[], warnings: Warning[]): string | null {
  for (const raw of values) {
    const { value, problem } = readMetadataDate(raw);
    if (value) return value;
    if (problem === 'invalid') warnings.push(dateWarning("the page's date", raw, problem));
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
  return [
    ...new Set(
      value
        .split(/[,،;؛]/)
        .map((k) => k.trim())
        .filter((k) => k !== ''),
    ),
  ];
}

/** Primary language subtag from the first declaration found ("ar_AR" → "ar", "fa-IR" → "fa"). */
function declaredLang(
  html: Element | null,
  locale: string | null,
  ldLang: string | null,
  httpEquiv: string | null,
): string | null {
  for (const value of [html?.attribs.lang, html?.attribs['xml:lang'], httpEquiv, locale, ldLang]) {
    const primary = value
      ?.trim()
      .split(/[-_\s,]/)[0]
      ?.toLowerCase();
    if (primary && /^[a-z]{2,3}$/.test(primary)) return primary;
  }
  return null;
}

function dirOf({ html, body }: PageParts): 'rtl' | 'ltr' | null {
  const value = (html?.attribs.dir ?? body?.attribs.dir ?? '').trim().toLowerCase();
  return value === 'rtl' || value === 'ltr' ? value : null;
}
