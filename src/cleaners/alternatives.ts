/**
 * Lists of alternatives in a cleaner's patterns, so that a rule reads as the list it is rather than as a regex of
 * six hundred characters. `{anyOf}` in a rule's pattern stands for any item of the rule's `anyOf` list; a shared
 * list of arnews' vocabulary (vocabulary.ts) stands under its own name: `{see-also}` for every "read also" label.
 * A regex takes a list as a group, `(?:item|item|…)`, its items being regexes too; a literal pattern (exact,
 * prefix, suffix, contains) is any of the patterns the list makes of it. Lists are expanded when the cleaner is
 * validated (schema.ts): compiled rules, checks and --explain see the patterns as they run.
 */
import { VOCABULARY } from '../vocabulary.js';

/**
 * A list's name in braces. A name starts with a letter, so that "{2,30}" stays a quantifier, and braces after
 * \p, \P or \u ("\p{L}", "\u{FFFD}") stay a regex escape.
 */
const SLOT = /(?<!\\[pPu])\{([A-Za-z][\w-]*)\}/g;
export const ANY_OF = 'anyOf';

const escapeRegex = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** The lists a rule's patterns may name: its own, then the shared ones. */
function listsOf(anyOf: readonly string[] | undefined): Map<string, { items: readonly string[]; regex: boolean }> {
  const lists = new Map(Object.entries(VOCABULARY).map(([name, items]) => [name, { items, regex: false }]));
  if (anyOf) lists.set(ANY_OF, { items: anyOf, regex: true });
  return lists;
}

/** The names in braces a pattern holds that name no list. */
export function unknownLists(pattern: string, anyOf: readonly string[] | undefined): string[] {
  const lists = listsOf(anyOf);
  return [...pattern.matchAll(SLOT)].map((m) => m[1]!).filter((name) => !lists.has(name));
}

/** Whether a pattern names the rule's own list. */
export function usesAnyOf(pattern: string): boolean {
  return [...pattern.matchAll(SLOT)].some((m) => m[1] === ANY_OF);
}

/**
 * A regex with each list it names written as a group of its items: the rule's own items are regexes (and may
 * name shared lists), a shared list's are plain text, escaped.
 */
export function expandRegex(source: string, anyOf: readonly string[] | undefined): string {
  const lists = listsOf(anyOf);
  return source.replace(SLOT, (slot, name: string) => {
    const list = lists.get(name);
    return list
      ? `(?:${list.items.map((item) => (list.regex ? expandRegex(item, undefined) : escapeRegex(item))).join('|')})`
      : slot;
  });
}

/** The literal patterns a pattern stands for: one per item of each list it names (a pattern that names none is itself). */
export function expandLiteral(pattern: string, anyOf: readonly string[] | undefined): string[] {
  const lists = listsOf(anyOf);
  const slot = [...pattern.matchAll(SLOT)].find((m) => lists.has(m[1]!));
  if (!slot) return [pattern];
  const before = pattern.slice(0, slot.index);
  const items = lists.get(slot[1]!)!.items.flatMap((item) => expandLiteral(item, undefined));
  const rests = expandLiteral(pattern.slice(slot.index + slot[0].length), anyOf);
  return items.flatMap((item) => rests.map((rest) => `${before}${item}${rest}`));
}
