/**
 * Link targets. Hrefs are resolved against the page's base URL and written in IRI form: Arabic
 * paths stay readable (`/story/وزير-الرى`) instead of turning into %D9%88…, while spaces and
 * reserved characters keep their escapes.
 */

/** A resolver for hrefs: absolute IRI, the href as written when there is no base, null when it leads nowhere. */
export function hrefResolver(base: string | null): (href: string) => string | null {
  return (href) => {
    const trimmed = href.trim();
    if (trimmed === '' || trimmed.startsWith('#') || /^(?:javascript|data|vbscript):/i.test(trimmed)) return null;
    return absoluteUrl(trimmed, base) ?? trimmed;
  };
}

/** `href` made absolute against `base` (if any), in IRI form; null when it is not a usable URL. */
export function absoluteUrl(href: string, base: string | null): string | null {
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'mailto:') return null;
    return toIri(url.href);
  } catch {
    return null;
  }
}

/** Decodes the percent-escapes that spell non-ASCII characters; ASCII escapes (%20, %2F, …) stay. */
function toIri(href: string): string {
  return href.replace(/(?:%[89a-f][0-9a-f])+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
