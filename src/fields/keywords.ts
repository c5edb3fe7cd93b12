/**
 * Keywords from tag lines and tag lists. A tag line usually separates its tags (، , | # / or wide
 * spaces); when a crawler lost the separators ("سوريا العراق حلب الرئيس السوري بشار الأسد …"), the
 * article's own text shows where multi-word tags begin and end: the line is cut into the fewest
 * pieces that each occur in the article as a phrase.
 */
import { normalizeArabic } from '../text/normalize.js';

const SEPARATORS = /\s*(?:[،,|؛;/#\n•·]|\s{3,}|\s-\s)\s*/u;
/** Buttons that trail tag lines ("المزيد المزيد") and the article count of a topic link ("كورونا (423)"). */
const TRAILING_BUTTONS = /(?:\s+(?:المزيد|more|\.\.\.|…)|\s*\(\d+\))+\s*$/u;
const MAX_TAG_WORDS = 8;

export function splitTagLine(line: string, articleNorm: string): string[] {
  const cleaned = stripButtons(line);
  if (!cleaned) return [];
  const parts = splitTagList(cleaned);
  if (parts.length > 1) return parts;
  return splitBySeparatorlessPhrases(cleaned, ` ${articleNorm} `);
}

/** One item of a tag list: a tag, or a few tags when the item itself has separators. */
export function splitTagList(item: string): string[] {
  return item
    .split(SEPARATORS)
    .map((p) => stripButtons(p.replace(/^#/, '')))
    .filter((p): p is string => !!p);
}

function stripButtons(text: string): string | null {
  const t = text.replace(TRAILING_BUTTONS, '').trim();
  return t && !/^(?:المزيد|more)$/iu.test(t) ? t : null;
}

/**
 * Fewest pieces, each either one word or a phrase found in the article (on the matching form, as whole
 * words). Dynamic programming over word positions; ties keep the earlier, longer phrase.
 */
function splitBySeparatorlessPhrases(line: string, paddedArticle: string): string[] {
  const tokens = line.split(/\s+/u).filter(Boolean);
  const norms = tokens.map((t) => normalizeArabic(t));
  const n = tokens.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const cut = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_TAG_WORDS); start < end; start++) {
      const phrase = norms.slice(start, end).join(' ');
      const known = end - start === 1 || paddedArticle.includes(` ${phrase} `);
      if (!known) continue;
      const c = cost[start]! + 1;
      if (c < cost[end]!) {
        cost[end] = c;
        cut[end] = start;
      }
    }
  }
  const pieces: string[] = [];
  for (let end = n; end > 0; end = cut[end]!) pieces.unshift(tokens.slice(cut[end], end).join(' '));
  return pieces;
}

/** Keeps the first of tags that match on their normalised form. */
export function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((t) => {
    const key = normalizeArabic(t);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
