/**
 * The literal text read from a rule's regex (regexLiterals) says no more than the regex: each match starts
 * with one of its heads and holds one of its needles. The head trie and the needle set answer as the slow
 * look-ups they replace (startsWith, includes per string), and a built-in cleaner's screen, made of them,
 * lets through every rule that matches a line, on real lines and on lines changed at random.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeadTrie, NeedleSet, regexLiterals } from '../../../src/cleaners/heads.js';
import { CleanerRegistry } from '../../../src/cleaners/registry.js';
import { textToDocument } from '../../../src/document/fromText.js';
import { normalizeArabic } from '../../../src/text/normalize.js';
import { FIXTURES } from '../../helpers/fixtures.js';

describe('regexLiterals', () => {
  it('reads the strings a regex of literals and groups matches', () => {
    expect(regexLiterals('^(?:اقرا|طالع) (?:ايضا|كذلك)\\s*:?$').heads).toEqual([
      'اقرا ايضا',
      'اقرا كذلك',
      'طالع ايضا',
      'طالع كذلك',
    ]);
    expect(regexLiterals('^(?:ال)?اخبار$').heads).toEqual(['اخبار', 'الاخبار']);
    expect(regexLiterals('^(?<value>\\d+) مشاهده').heads).toEqual(['']);
  });

  it('stops the heads where it cannot tell, and finds a needle further on', () => {
    expect(regexLiterals('^ab\\s*cd').heads).toEqual(['ab']);
    expect(regexLiterals('^\\p{L}+ - متابعات$')).toEqual({ heads: [''], needles: [' - متابعات'] });
    expect(regexLiterals('(?:^|\\s)©\\s*\\d{4}').needles).toEqual(['©']);
    // Assertions and lookarounds take no text: the literal around them is still one string.
    expect(regexLiterals('^a\\b(?=x)(?!y)b').heads).toEqual(['ab']);
    expect(regexLiterals('^a(?:b|c)*d').heads).toEqual(['a']);
    expect(regexLiterals('^\\(\\u0627\\x41\\/').heads).toEqual(['(اA/']);
  });

  /** A small regex over the letters a, b, c and a space, as a source. */
  const piece: fc.Memo<string> = fc.memo((depth) =>
    depth <= 1
      ? fc.constantFrom('a', 'b', 'c', ' ', 'ab', 'ba', '\\s', '[ab]', '.', '\\b', '^', '$', '\\p{L}', '\\.')
      : fc.oneof(
          piece(depth - 1),
          fc.array(piece(depth - 1), { minLength: 1, maxLength: 4 }).map((p) => p.join('')),
          fc.array(piece(depth - 1), { minLength: 2, maxLength: 3 }).map((p) => `(?:${p.join('|')})`),
          fc
            .tuple(piece(depth - 1), fc.constantFrom('?', '*', '+', '{2}', '{1,3}', '{0,2}', '??'))
            .map(([p, q]) => `(?:${p})${q}`),
          piece(depth - 1).map((p) => `(?=${p})`),
          piece(depth - 1).map((p) => `(?<name>${p})`),
        ),
  );

  it('never says more than the regex: each match starts with a head and holds a needle', () => {
    fc.assert(
      fc.property(
        piece(4),
        fc.array(fc.stringMatching(/^[abc .]{0,12}$/), { minLength: 1, maxLength: 8 }),
        (generated, texts) => {
          let group = 0;
          const source = generated.replace(/\(\?<name>/g, () => `(?<g${group++}>`); // each group its own name
          const re = new RegExp(source, 'u');
          const { heads, needles } = regexLiterals(source);
          for (const text of texts) {
            const match = re.exec(text)?.[0];
            if (match === undefined) continue;
            expect(heads.some((h) => match.startsWith(h))).toBe(true);
            expect(needles.some((n) => match.includes(n))).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

const word = fc.stringMatching(/^[ab ]{0,4}$/);

describe('HeadTrie', () => {
  it('names the rules whose heads a text starts with, as startsWith does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.array(word, { maxLength: 4 })), { maxLength: 8 }),
        fc.array(word),
        (heads, texts) => {
          const trie = new HeadTrie(heads);
          for (const text of texts) {
            const slow = heads.map((h) => (h?.some((head) => text.startsWith(head)) ? 1 : 0));
            const fast = trie.rulesAt(text);
            expect(fast ? [...fast] : heads.map(() => 0)).toEqual(slow);
            expect(fast === null).toBe(!slow.includes(1));
          }
        },
      ),
    );
  });
});

describe('NeedleSet', () => {
  it('names the rules whose needles a text holds, as includes does, needles within needles too', () => {
    const set = new NeedleSet([['ab'], ['abc', 'zz'], ['bc'], ['a.b']]);
    expect([...set.rulesIn('xabcx')!]).toEqual([1, 1, 1, 0]);
    expect([...set.rulesIn('a.b')!]).toEqual([0, 0, 0, 1]);
    expect(set.rulesIn('axb')).toBeNull();
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.stringMatching(/^[ab.]{1,4}$/), { maxLength: 3 }), { maxLength: 6 }),
        fc.array(fc.stringMatching(/^[ab.]{0,10}$/)),
        (needles, texts) => {
          const needleSet = new NeedleSet(needles);
          for (const text of texts) {
            const slow = needles.map((n) => (n.some((needle) => text.includes(needle)) ? 1 : 0));
            const fast = needleSet.rulesIn(text);
            expect(fast ? [...fast] : needles.map(() => 0)).toEqual(slow);
          }
        },
      ),
    );
  });
});

describe("a built-in cleaner's screen", () => {
  const registry = new CleanerRegistry();
  const cleaners = [registry.generic, ...registry.cleaners];
  const golden = join(FIXTURES, 'golden');
  const lines = readdirSync(golden, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt') && !f.endsWith('.show.txt'))
    .flatMap(
      (f) =>
        textToDocument(readFileSync(join(golden, f), 'utf8'), { file: f, doc: 0, line: 1, id: null, url: null }).blocks,
    )
    .map((block) => block.text);
  /** Text the rules look for: a line may start with one of their heads, or hold it. */
  const ruleText = cleaners.flatMap((c) => [...c.sections, ...c.drop, ...c.fields].map((r) => r.name));

  it('lets through every rule that matches a real line changed at random', () => {
    const mutated = fc
      .tuple(
        fc.constantFrom(...lines),
        fc.constantFrom(...lines, ...ruleText, '© 2024', 'اقرا ايضا:', 'المصدر:', '- (ا ف ب)', '|', ' '),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('prefix', 'suffix', 'splice', 'cut'),
      )
      .map(([line, other, a, b, how]) => {
        const [at, to] = [a % (line.length + 1), b % (line.length + 1)];
        if (how === 'prefix') return `${other} ${line}`;
        if (how === 'suffix') return `${line} ${other}`;
        if (how === 'splice') return line.slice(0, at) + other + line.slice(at);
        return line.slice(0, Math.min(at, to)) + line.slice(Math.max(at, to));
      });
    fc.assert(
      fc.property(mutated, (line) => {
        const norm = normalizeArabic(line);
        for (const cleaner of cleaners) {
          const screen = cleaner.screen!(norm);
          for (const rule of [...cleaner.sections, ...cleaner.drop, ...cleaner.fields]) {
            if (rule.match(norm))
              expect(screen?.may(rule.place), `${cleaner.cleaner.name}/${rule.name} on "${norm}"`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
