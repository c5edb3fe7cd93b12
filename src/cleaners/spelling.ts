/**
 * Patterns are written in plain Arabic: the cleaner folds them for matching (text/normalize.ts), so "صلة"
 * matches what "صله" matches, but only the first reads right, and finds the words in a page's own text. A
 * word written in its folded spelling is found with the spellings edited news writes (spellings.json,
 * learned by scripts/learn-spellings.mjs): a word that is a key of it is, as written, a rare spelling.
 */
import { readFileSync } from 'node:fs';
import type { Cleaner } from './schema.js';
import { RULE_LISTS, ruleName } from './rules.js';

/** A run of Arabic letters (with hamza on its seat), as a pattern writes a word. */
const WORD = /[\u0621-\u064a\u0671-\u06d3]+/gu;

let spellings: ReadonlyMap<string, string> | null = null;

function lexicon(): ReadonlyMap<string, string> {
  spellings ??= new Map(
    Object.entries(
      (
        JSON.parse(readFileSync(new URL('./spellings.json', import.meta.url), 'utf8')) as {
          spellings: Record<string, string>;
        }
      ).spellings,
    ),
  );
  return spellings;
}

/** The words of a pattern written in a folded spelling, each with the spelling to write: "صله" → "صلة". */
export function foldedSpellings(pattern: string): { written: string; spelling: string }[] {
  const found = new Map<string, string>();
  for (const word of pattern.match(WORD) ?? []) {
    const spelling = lexicon().get(word);
    if (spelling) found.set(word, spelling);
  }
  return [...found].map(([written, spelling]) => ({ written, spelling }));
}

/** One warning per rule or signature that writes folded spellings. */
export function spellingWarnings(cleaner: Cleaner): string[] {
  const warnings: string[] = [];
  const warn = (where: string, patterns: (string | string[] | undefined)[]): void => {
    const words = foldedSpellings(
      patterns
        .flat()
        .filter((p) => p !== undefined)
        .join(' '),
    );
    if (words.length === 0) return;
    const list = words.map((w) => `"${w.written}" (write "${w.spelling}")`).join(', ');
    warnings.push(
      `${where} writes ${words.length === 1 ? 'a folded spelling' : 'folded spellings'}: ${list}; write plain Arabic, patterns are folded for matching`,
    );
  };
  for (const list of RULE_LISTS) {
    cleaner.rules[list].forEach((rule, i) => {
      const { exact, prefix, suffix, contains, regex } = rule as Partial<
        Record<'exact' | 'prefix' | 'suffix' | 'contains', string | string[]>
      > & { regex?: string };
      warn(`rules.${list}: rule "${ruleName(list, i, rule)}"`, [exact, prefix, suffix, contains, regex]);
    });
  }
  cleaner.appliesTo.signatures.forEach((signature, i) => warn(`appliesTo.signatures[${i}]`, [signature]));
  return warnings;
}
