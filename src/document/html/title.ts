/**
 * Headline cleaning. Titles carry the site's name (and sometimes its section path) as a suffix or a
 * prefix: "X - عبر الإمارات - أخبار وتقارير - البيان", " المدينة نيوز - X", "X&#160; | بوابة أخبار
 * اليوم الإلكترونية". The affix is recognised two ways: another title source (og:title, the page's
 * <h1>) is the same headline without it, or the affix is the site's name.
 */
import { normalizeArabic } from '../../text/normalize.js';

/**
 * Separators between a headline and a site name: " - ", " | ", " – ", " — ", "»", "«", " :: ", " · ", and a colon
 * after a word (Blogger's "اسم المدونة: الخبر"; only a segment that is the site's name is ever cut off).
 */
const SEPARATOR = /\s+[-|–—·•:]{1,2}\s+|\s*[|»«]\s*|(?<=\S):\s+/g;

/**
 * Another version of the headline this long at least names it when the title is it and separated affixes
 * ("Top 10" in "Top 10 – موقع النبأ"; "أنت مبدع!"): a shorter one (a letter, a number) could be anything.
 */
const OTHER_MIN_LENGTH = 4;

/** White space collapsed, NBSP and bidi marks at the ends removed; null when empty. */
export function tidyTitle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const tidy = raw
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\u200e\u200f\u202a-\u202e]+|[\s\u200e\u200f\u202a-\u202e]+$/g, '');
  return tidy === '' ? null : tidy;
}

/**
 * `title` without its site affixes. `siteNames` are the names the page gives itself (og:site_name,
 * publisher, application-name, host); `others` are other versions of the headline.
 */
export function stripSiteAffixes(title: string, siteNames: string[], others: string[]): string {
  const key = (s: string): string => normalizeArabic(s);
  const titleKey = key(title);
  // Another source that is this title minus a separated affix is the clean headline.
  for (const other of others) {
    const otherKey = key(other);
    if (otherKey.length < OTHER_MIN_LENGTH || otherKey.length >= titleKey.length) continue;
    const at = titleKey.indexOf(otherKey);
    if (at < 0) continue;
    const before = titleKey.slice(0, at);
    const after = titleKey.slice(at + otherKey.length);
    if (isSeparatedAffix(before, 'prefix') && isSeparatedAffix(after, 'suffix')) return other;
  }
  const names = siteNames.map(key).filter((name) => name.length >= 2);
  const segments = splitKeepingSeparators(title);
  let first = 0;
  let last = segments.length - 1;
  while (last > first && isSiteName(segments[last]!, names)) last--;
  while (first < last && isSiteName(segments[first]!, names)) first++;
  if (first === 0 && last === segments.length - 1) return title;
  return rebuild(title, segments.slice(first, last + 1));
}

/**
 * The separated parts of a raw title that the headline does not hold: the site's name and section
 * path ("خبرگزاری آریا" of "خبرگزاری آریا - ورود 50 هزار …").
 */
export function titleAffixes(raw: string, headline: string): string[] {
  const headlineKey = normalizeArabic(headline);
  return splitKeepingSeparators(raw)
    .map((segment) => segment.text.trim())
    .filter((text) => !headlineKey.includes(normalizeArabic(text)));
}

function isSeparatedAffix(affix: string, side: 'prefix' | 'suffix'): boolean {
  if (affix.trim() === '') return true;
  const separator = side === 'suffix' ? /^\s*(?:[-|–—·•:»«]{1,2})\s*\S/ : /\S\s*(?:[-|–—·•:»«]{1,2})\s*$/;
  return separator.test(affix);
}

interface Segment {
  text: string;
  start: number;
  end: number;
}

function splitKeepingSeparators(title: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (const match of title.matchAll(SEPARATOR)) {
    segments.push({ text: title.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  segments.push({ text: title.slice(start), start, end: title.length });
  return segments.filter((s) => s.text.trim() !== '');
}

function rebuild(title: string, kept: Segment[]): string {
  if (kept.length === 0) return title;
  return title.slice(kept[0]!.start, kept[kept.length - 1]!.end).trim();
}

/** A segment that names the site: equal to a site name, or one contains the other (short segments only). */
function isSiteName(segment: Segment, names: string[]): boolean {
  const text = normalizeArabic(segment.text);
  if (text === '' || text.length > 60) return false;
  const squeezed = text.replace(/[\s.-]/g, '');
  return names.some((name) => {
    const nameSqueezed = name.replace(/[\s.-]/g, '');
    if (squeezed === nameSqueezed) return true;
    const [shorter, longer] =
      squeezed.length < nameSqueezed.length ? [squeezed, nameSqueezed] : [nameSqueezed, squeezed];
    return shorter.length >= Math.max(4, longer.length / 2) && longer.includes(shorter);
  });
}
