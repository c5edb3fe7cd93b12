/**
 * JSON-LD article metadata. Pages put it in `@graph` arrays, plain arrays or single objects, and
 * now and then write it broken (raw line breaks in strings, trailing commas, two objects glued):
 * those are repaired where cheap, else the fields are read with a tolerant scan, with a warning.
 */
import type { Warning } from '../../record.js';
import { decodeEntities } from '../../text/entities.js';

export interface ArticleLd {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  author: string | null;
  publisher: string | null;
  keywords: string[];
  section: string | null;
  image: string | null;
  description: string | null;
  inLanguage: string | null;
  url: string | null;
}

/** Schema.org types that describe the page's article (NewsArticle and its relatives). */
const ARTICLE_TYPE =
  /^(?:\w+:)?(?:News|Reportage|Analysis|Opinion|Review|Background|AskPublic|Satirical|Scholarly|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$|^Report$/;
/** Types that may carry the dates and headline when no article object exists. */
const PAGE_TYPE = /^(?:\w+:)?(?:WebPage|ItemPage|CollectionPage)$/;

export function readJsonLd(scripts: string[], warnings: Warning[]): ArticleLd | null {
  const objects: Record<string, unknown>[] = [];
  for (const script of scripts) {
    const parsed = parseLenient(script);
    if (parsed === undefined) {
      warnings.push({
        code: 'jsonld-invalid',
        message: 'a JSON-LD block is not valid JSON; its fields were read by a tolerant scan',
      });
      const scanned = scanFields(script);
      if (scanned) objects.push(scanned);
      continue;
    }
    collectObjects(parsed, objects);
  }
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  const page = objects.find((o) => typesOf(o).some((t) => PAGE_TYPE.test(t)));
  const chosen = article ?? page ?? objects.find((o) => 'headline' in o || 'datePublished' in o);
  if (!chosen) return null;
  const publisherFromGraph = objects.find((o) =>
    typesOf(o).some((t) => /^(?:\w+:)?(?:Organization|NewsMediaOrganization)$/.test(t)),
  );
  return {
    headline: text(chosen.headline) ?? text(chosen.name),
    datePublished: text(chosen.datePublished) ?? text(chosen.dateCreated),
    dateModified: text(chosen.dateModified),
    author: names(chosen.author),
    publisher: names(chosen.publisher) ?? names(publisherFromGraph),
    keywords: keywordList(chosen.keywords),
    section:
      list(chosen.articleSection)
        .map(text)
        .find((s) => s !== null) ?? null,
    image: imageUrl(chosen.image) ?? imageUrl(chosen.thumbnailUrl),
    description: text(chosen.description),
    inLanguage: text(chosen.inLanguage),
    url: text(chosen.url) ?? text((chosen.mainEntityOfPage as { '@id'?: unknown } | undefined)?.['@id']),
  };
}

/** JSON.parse, then again after the common repairs; undefined when both fail. */
function parseLenient(source: string): unknown {
  const trimmed = source
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^\/\*.*?\*\/|;\s*$/gs, '');
  for (const candidate of [trimmed, repair(trimmed)]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next form
    }
  }
  return undefined;
}

/** Control characters inside strings become spaces; trailing commas go; glued objects become an array. */
function repair(source: string): string {
  const withoutControls = source.replace(/[\u0000-\u001f]+/g, ' ');
  const withoutTrailingCommas = withoutControls.replace(/,\s*([}\]])/g, '$1');
  return /^\{[\s\S]*\}\s*\{[\s\S]*\}$/.test(withoutTrailingCommas)
    ? `[${withoutTrailingCommas.replace(/\}\s*\{/g, '},{')}]`
    : withoutTrailingCommas;
}

const SCANNED_FIELDS = [
  'headline',
  'datePublished',
  'dateModified',
  'articleSection',
  'description',
  'inLanguage',
] as const;

/** Reads `"field": "value"` pairs from text that will not parse. */
function scanFields(source: string): Record<string, unknown> | null {
  const found: Record<string, unknown> = {};
  for (const field of SCANNED_FIELDS) {
    const match = new RegExp(`"${field}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){0,2000})"`).exec(source);
    if (match) found[field] = match[1]!.replace(/\\(["\\/])/g, '$1');
  }
  return Object.keys(found).length > 0 ? { '@type': 'NewsArticle', ...found } : null;
}

function collectObjects(value: unknown, out: Record<string, unknown>[]): void {
  const stack: unknown[] = [value];
  while (stack.length > 0 && out.length < 1000) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...[...item].reverse());
    else if (item && typeof item === 'object') {
      const object = item as Record<string, unknown>;
      out.push(object);
      if (Array.isArray(object['@graph'])) stack.push(object['@graph']);
    }
  }
}

function typesOf(object: Record<string, unknown>): string[] {
  return list(object['@type']).filter((t): t is string => typeof t === 'string');
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  // Pages often HTML-escape JSON-LD strings twice ("&quot;…&quot;"): the entities are decoded.
  const trimmed = decodeEntities(value).replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

/** A person or organisation, or several: their names joined by ", ". */
function names(value: unknown): string | null {
  const found = list(value)
    .map((item) =>
      typeof item === 'string'
        ? text(item)
        : item && typeof item === 'object'
          ? text((item as Record<string, unknown>).name)
          : null,
    )
    .filter((name): name is string => name !== null);
  return found.length > 0 ? [...new Set(found)].join(', ') : null;
}

function keywordList(value: unknown): string[] {
  const items = list(value).flatMap((item) => (typeof item === 'string' ? item.split(/[,،]/) : []));
  return [...new Set(items.map((k) => k.trim()).filter((k) => k !== ''))];
}

function imageUrl(value: unknown): string | null {
  for (const item of list(value)) {
    if (typeof item === 'string' && item.trim() !== '') return item.trim();
    if (item && typeof item === 'object') {
      const url = text((item as Record<string, unknown>).url) ?? text((item as Record<string, unknown>)['@id']);
      if (url) return url;
    }
  }
  return null;
}
