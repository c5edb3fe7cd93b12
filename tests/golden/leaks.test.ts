/**
 * The issue's "done when": on every page dump of the corpus (fixtures/corpus-text, copied from
 * shared/corpus/text), no record's body keeps a menu, share, follow, tag, copyright or related-list
 * line. The oracle does not come from the cleaners: it is the hand-checked list of boilerplate lines
 * per page in fixtures/corpus-text/boilerplate.json (line ranges of a reference dump, read by a
 * person), plus a few generic patterns written here. The test prints every leak it finds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CleanerRegistry } from '../../src/cleaners/registry.js';
import { readInput } from '../../src/io/readers.js';
import { DocumentError, extractPage } from '../../src/pipeline/extract.js';
import { normalizeArabic } from '../../src/text/normalize.js';
import { fixture, ROOT } from '../helpers/fixtures.js';

const CORPUS_TEXT = join(ROOT, fixture('corpus-text'));
const CATEGORIES = ['menu', 'share', 'follow', 'tags', 'copyright', 'related'] as const;
type Category = (typeof CATEGORIES)[number];

interface PageOracle {
  reference: string;
  dumps: string[];
  menu?: string;
  share?: string;
  follow?: string;
  tags?: string;
  copyright?: string;
  related?: string;
}

const oracle = JSON.parse(readFileSync(join(CORPUS_TEXT, 'boilerplate.json'), 'utf8')) as {
  pages: Record<string, PageOracle>;
};
/** Files in fixtures/corpus-text that are not page dumps. */
const NOT_DUMPS = new Set([
  'boilerplate.json',
  'pages-corpus-excerpts/index.jsonl',
  'hplt-warc2text/legwareb.info__74.jsonl',
]);

/** Words only: renderer syntax (Markdown links, lynx numbers, bullets, html2text underscores) and punctuation removed. */
function canon(text: string): string {
  const plain = text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\d+\]/g, ' ')
    .replace(/_/g, ' ');
  return normalizeArabic(plain)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const wordCount = (s: string): number => (s ? s.split(' ').length : 0);

function expandRanges(spec: string | undefined): number[] {
  if (!spec) return [];
  return spec.split(/\s+/).flatMap((r) => {
    const [a, b] = r.split('-').map(Number);
    return Array.from({ length: (b ?? a!) - a! + 1 }, (_, i) => a! + i);
  });
}

function boilerplateOf(page: PageOracle): Map<string, Category> {
  const lines = readFileSync(join(CORPUS_TEXT, page.reference), 'utf8').split(/\r\n|\r|\n/);
  const out = new Map<string, Category>();
  for (const category of CATEGORIES) {
    for (const n of expandRanges(page[category])) {
      const line = lines[n - 1];
      if (line === undefined) throw new Error(`${page.reference}: no line ${n}`);
      const c = canon(line);
      if (c) out.set(c, category);
    }
  }
  return out;
}

/** A minimal glob: "*" matches within one path segment. */
function glob(pattern: string): string[] {
  const parts = pattern.split('/');
  let paths = [''];
  for (const part of parts) {
    const re = new RegExp(`^${part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    paths = paths.flatMap((dir) => {
      const full = join(CORPUS_TEXT, dir);
      if (!statSync(full, { throwIfNoEntry: false })?.isDirectory()) return [];
      return readdirSync(full)
        .filter((name) => re.test(name))
        .sort()
        .map((name) => (dir ? `${dir}/${name}` : name));
    });
  }
  return paths;
}

function allFiles(dir = CORPUS_TEXT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [relative(CORPUS_TEXT, full)];
  });
}

/**
 * Independent patterns for lines that are boilerplate on any site (matched on short paragraphs only,
 * on the matching form): they catch what a hand list of one page could miss in another rendering.
 */
const GENERIC: { category: Category; maxWords: number; pattern: RegExp }[] = [
  {
    category: 'share',
    maxWords: 8,
    pattern:
      /^(?:share|tweet|شارك|مشاركه|انشر|طباعه|print)\b|(?:facebook|twitter|whatsapp|telegram|messenger|linkedin|فيسبوك|تويتر|واتساب)/u,
  },
  { category: 'follow', maxWords: 14, pattern: /^(?:تابعونا|تابعنا|تابعوا|follow us)\b/u },
  { category: 'copyright', maxWords: 40, pattern: /©|جميع الحقوق|الحقوق محفوظه|all rights reserved|copyright/u },
  { category: 'tags', maxWords: 40, pattern: /^(?:الكلمات الداله|كلمات دلاليه|الكلمات الدلاليه|الوسوم|تاجز|tags)\b/u },
  {
    category: 'related',
    maxWords: 6,
    pattern: /^(?:اقرا ايضا|مقالات ذات صله|مواضيع ذات علاقه|الموضوعات المتعلقه|الاكثر قراءه|مقالات مشابهه)/u,
  },
  { category: 'menu', maxWords: 60, pattern: /^(?:[^|]{1,30}\|){4,}/u },
];

/** Lists a crawler may flatten into one line, which the text builder splits back into items. */
const SPLIT_LISTS: ReadonlySet<Category> = new Set(['menu', 'related']);

interface Leak {
  dump: string;
  category: Category;
  paragraph: string;
}

function leaksOf(paragraph: string, boilerplate: Map<string, Category>): Category | null {
  const p = canon(paragraph);
  const total = wordCount(p);
  let rest = ` ${p} `;
  let found: Category | null = null;
  let longLine = false;
  const hits = [...boilerplate.keys()]
    .filter((line) => ` ${p} `.includes(` ${line} `))
    .sort((a, b) => b.length - a.length);
  for (const line of hits) {
    found ??= boilerplate.get(line)!;
    if (wordCount(line) >= 6) longLine = true;
    rest = rest.split(` ${line} `).join('  ');
  }
  if (found && (longLine || wordCount(rest.replace(/\s+/g, ' ').trim()) <= Math.max(2, total * 0.2))) return found;
  // A piece of a menu or headline strip that the text builder split off its line.
  if (total >= 6) {
    const within = [...boilerplate.keys()].find(
      (line) => SPLIT_LISTS.has(boilerplate.get(line)!) && ` ${line} `.includes(` ${p} `),
    );
    if (within) return boilerplate.get(within)!;
  }
  const norm = normalizeArabic(paragraph);
  const words = wordCount(canon(paragraph));
  for (const g of GENERIC) if (words <= g.maxWords && g.pattern.test(norm)) return g.category;
  return null;
}

describe('no boilerplate leaks into bodies on the corpus page dumps', async () => {
  const registry = new CleanerRegistry();
  const pages = Object.entries(oracle.pages);

  it('every page dump in fixtures/corpus-text is covered by the oracle, once', () => {
    const covered = pages.flatMap(([, page]) => page.dumps.flatMap(glob));
    const dumps = allFiles().filter((f) => !NOT_DUMPS.has(f));
    expect([...covered].sort()).toEqual([...dumps].sort());
  });

  it('walks every dump and lists the menu, share, follow, tag, copyright and related-list lines left in bodies', async () => {
    const leaks: Leak[] = [];
    let records = 0;
    for (const [, page] of pages) {
      const boilerplate = boilerplateOf(page);
      for (const dump of page.dumps.flatMap(glob)) {
        for await (const item of readInput(join(CORPUS_TEXT, dump))) {
          if ('error' in item) continue;
          let extracted;
          try {
            extracted = extractPage(item.page, { registry });
          } catch (error) {
            if (error instanceof DocumentError && error.code === 'no-content') continue;
            throw error;
          }
          for (const record of extracted) {
            records++;
            for (const paragraph of record.paragraphs) {
              const category = leaksOf(paragraph, boilerplate);
              if (category)
                leaks.push({
                  dump,
                  category,
                  paragraph: paragraph.length > 100 ? `${paragraph.slice(0, 97)}…` : paragraph,
                });
            }
          }
        }
      }
    }
    console.log(
      `${records} records from the corpus dumps, ${leaks.length} leaks${leaks.map((l) => `\n  ${l.dump} [${l.category}] ${l.paragraph}`).join('')}`,
    );
    expect(records).toBeGreaterThan(100);
    expect(leaks).toEqual([]);
  });
});
