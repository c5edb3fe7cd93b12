/** `arnews show`: golden views of real pages in each input form, colour, wrapping, and the inspection it reads. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CleanerRegistry } from '../../src/cleaners/registry.js';
import { displayWidth, wrap } from '../../src/cli/terminalText.js';
import { readInput } from '../../src/io/readers.js';
import { runStages } from '../../src/pipeline/extract.js';
import { inspectPage } from '../../src/pipeline/inspect.js';
import { runCli } from '../helpers/cli.js';
import { fixture, FIXTURES, goldenCase, ROOT, SEED } from '../helpers/fixtures.js';
import { expectGolden } from '../helpers/golden.js';

const WIDTH = '100';
const SGR = /\u001b\[[0-9;]*m/g;

const GOLDEN = [
  { name: 'seed', golden: goldenCase('golden/seed'), args: [] },
  { name: 'baghdadtoday.news.excerpt', golden: goldenCase('golden/baghdadtoday.news.excerpt'), args: [] },
  { name: 'almayadeen-60.doc9', golden: goldenCase('golden/almayadeen-60'), args: ['--doc', '9'] },
  { name: 'legwareb.info.html', golden: goldenCase('html/legwareb.info'), args: [] },
];

describe('arnews show', () => {
  it.each(GOLDEN)('shows $name as the pipeline saw it (golden, NO_COLOR)', ({ golden, args }) => {
    const r = runCli(['show', golden.source, ...args], { env: { COLUMNS: WIDTH } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(SGR);
    expectGolden(golden.show, r.stdout);
  });

  it('--color always writes colour codes only (SGR), and without them the plain view', () => {
    const args = ['show', SEED];
    const plain = runCli(args, { env: { COLUMNS: WIDTH } }).stdout;
    const coloured = runCli([...args, '--color', 'always'], { env: { COLUMNS: WIDTH } }).stdout;
    expect(coloured).toMatch(SGR);
    // Nothing a pager shows as a code: no other escape sequence, no control or bidi character.
    expect(coloured.replace(SGR, '')).not.toMatch(
      /[\u0000-\u0009\u000b-\u001f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u,
    );
    expect(coloured.replace(SGR, '')).toBe(plain);
  });

  it('colours nothing in a pipe, with NO_COLOR unset', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: WIDTH };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    const r = spawnSync(process.execPath, ['bin/arnews', 'show', goldenCase('golden/alalam.ir.excerpt').source], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('title');
    expect(r.stdout).not.toMatch(SGR);
  });

  it('fits every row into the width and loses no word of the page', () => {
    const r = runCli(['show', SEED], { env: { COLUMNS: '60' } });
    const rows = r.stdout.split('\n');
    expect(rows.filter((row) => displayWidth(row) > 60)).toEqual([]);
    const shown = new Set(rows.join(' ').split(/\s+/u));
    expect(shown).toContain('الإبادة');
    expect(shown).toContain('‹generic/keywords›');
  });

  it('names in its header the sites a page only credits or quotes, and keeps the generic cleaner', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arnews-show-'));
    const file = join(dir, 'page.txt');
    const body =
      'أعلنت وزارة الصحة اليوم الأحد عن افتتاح مستشفى جديد في العاصمة بطاقة استيعابية تصل إلى ثلاثمائة سرير، في إطار خطة لتطوير القطاع الصحي.';
    writeFileSync(file, ['وزارة الصحة تفتتح مستشفى جديدا في العاصمة', body, 'المصدر: سكاي نيوز عربية'].join('\n\n'));
    const r = runCli(['show', file], { env: { COLUMNS: '400' } });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain(
      "generic cleaner only · named, not as the page's site: سكاي نيوز عربية (skynews-arabia)",
    );
  });

  it('names every rule that acted on a line in turn, and strikes out what each cut (issue 8o)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arnews-show-'));
    const file = join(dir, 'page.txt');
    const body =
      'أعلنت وزارة الصحة اليوم الأحد عن افتتاح مستشفى جديد في العاصمة بطاقة استيعابية تصل إلى ثلاثمائة سرير، في إطار خطة لتطوير القطاع الصحي.';
    const more =
      'وقال وزير الصحة خالد عبد الغفار خلال حفل الافتتاح إن المستشفى يضم أقساما للطوارئ والعناية المركزة والجراحة، ويخدم أكثر من مليون مواطن.';
    writeFileSync(
      file,
      [
        'وزارة الصحة تفتتح مستشفى جديدا في العاصمة',
        `بيروت (رويترز) - ${body} #الميادين pic.twitter.com/YzDqTlZD7l`,
        more,
        // The site's footer names it: the Al Mayadeen cleaner's rules apply.
        '© 2024 شبكة الميادين الإعلامية',
      ].join('\n\n'),
    );
    const r = runCli(['show', file], { env: { COLUMNS: '400' } });
    expect(r.status).toBe(0);
    const row = r.stdout.split('\n').find((line) => line.includes('pic.twitter.com'))!;
    expect(row).toContain('[-pic.twitter.com/YzDqTlZD7l-]');
    expect(row).toContain('[-بيروت (رويترز) --]');
    expect(row).toContain('‹almayadeen/tweet-photo-link› ‹generic/wire-dateline›');
  });

  it('shows a page that yields no record, with the reason, and exits 1', () => {
    const r = runCli(['show', '-'], { input: 'الرئيسية\nاتصل بنا\nجميع الحقوق محفوظة\n' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/× dropped +الرئيسية ‹generic\/nav-home›/u);
    expect(r.stdout).toContain('no record: no-content');
  });

  it('names a page past the end of the input as a usage error, and an unreadable input as a failure', () => {
    const past = runCli(['show', fixture('learn/saudinewsnet-was.jsonl'), '--doc', '99']);
    expect(past.status).toBe(2);
    expect(past.stderr).toContain('--doc 99: fixtures/learn/saudinewsnet-was.jsonl has 22 pages');
    const missing = runCli(['show', 'fixtures/no-such-page.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('not-found');
  });
});

describe('wrap', () => {
  // Arabic letters and their vowel marks (combining) in one class: words as a dump spells them.
  // eslint-disable-next-line no-misleading-character-class
  const word = fc.stringMatching(/^[\u0621-\u064a\u064b-\u0652a-z0-9،.]{1,30}$/u);
  it('keeps every word, in order, and every row within the width (a word wider than a row is cut)', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 20, max: 120 }), (words, width) => {
        const rows = wrap(words.join(' '), width);
        for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(width);
        expect(rows.join('').replace(/ /g, '')).toBe(words.join(''));
      }),
    );
  });
});

/** Every page of the fixtures: text dumps, HTML pages, JSONL rows. */
async function* fixturePages(): AsyncGenerator<Parameters<typeof inspectPage>[0]> {
  function* files(dir: string): Generator<string> {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) yield* files(path);
      else if (/\.(txt|html?|jsonl|warc2text)$/u.test(name) && !name.endsWith('.show.txt')) yield path;
    }
  }
  for (const file of files(FIXTURES)) for await (const item of readInput(file)) if ('page' in item) yield item.page;
}

describe('inspectPage', () => {
  // Every page of the fixtures (the dev set's 527 among them): over the 30 s default on a loaded machine.
  it(
    "gives every rule that fired to its block, and its body and title rows are the records' paragraphs and titles",
    { timeout: 120_000 },
    async () => {
      const registry = new CleanerRegistry();
      let pages = 0;
      for await (const page of fixturePages()) {
        let traced: number;
        try {
          traced = runStages(page, { registry }).cleaned.trace.filter((e) => e.line !== null).length;
        } catch {
          continue; // no document (binary junk): show says so and shows nothing else
        }
        const inspection = inspectPage(page, { registry });
        const where = `${page.input.file} page ${page.input.doc}`;
        // Every entry of the trace belongs to one block (a block may take several rules in turn).
        expect(
          inspection.blocks.reduce((n, b) => n + b.rules.length, 0),
          where,
        ).toBe(traced);
        inspection.records.forEach((record, article) => {
          const body = inspection.blocks
            .filter((b) => b.fate === 'body' && (b.article ?? 0) === article)
            .map((b) => b.kept);
          expect(body, where).toEqual(record.paragraphs);
          const title = inspection.blocks.find(
            (b) => (b.fate === 'title' || b.fate === 'headline') && (b.article ?? 0) === article,
          );
          // A title glued to a photo credit, or after a story's badge ("فيديو | …"), is split afterwards: the
          // record keeps the row's start or its end.
          if (title && record.title)
            expect(title.kept!.startsWith(record.title) || title.kept!.endsWith(record.title), where).toBe(true);
          // The writer a line names, whether a cleaner's rule or the segmenter read it, shows on that line (or
          // was cut from the start of a paragraph, "د.محمد مقدادي - تمثل اللغة …", or after the headline,
          // "… والسياسي/ عبد الله مياره", "… (نصر طه مصطفى)").
          const author = record.author;
          if (author && page.format === 'text' && !page.meta.author) {
            const shown = inspection.blocks.some(
              (b) =>
                b.fields.some((f) => f.field === 'author' && f.value === author) ||
                (b.fate === 'body' && b.block.text.startsWith(author)) ||
                ((b.fate === 'title' || b.fate === 'headline') && b.block.text.includes(author)),
            );
            expect(shown, `${where}: ${author}`).toBe(true);
          }
        });
        pages++;
      }
      expect(pages).toBeGreaterThan(300);
    },
  );
});
