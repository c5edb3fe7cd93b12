/**
 * `arnews show PAGE`: the page as the pipeline saw it, one row per block (an input line, or for HTML
 * an element the front end kept), each marked with its fate — title, body, embedded article, section
 * marker and what it took, field line, dropped (with the rule), cut fragments, left out — then a
 * summary of the records. Everything shown comes from the pipeline's own run (pipeline/inspect.ts).
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { ChalkInstance } from 'chalk';
import { loadHtmlFrontEnd } from '../document/htmlFrontEnd.js';
import { addCleanerOptions, type CleanerOptionValues } from './cleanerOptions.js';
import { addDateOptions, type DateOptionValues } from './dateOptions.js';
import { EXIT, UsageError } from './exit.js';
import { addReadOptions, readOptionsFrom, type ReadOptionValues } from './readOptions.js';
import { setUpCliRun } from './runOptions.js';
import { where } from './report.js';
import {
  displayWidth,
  outputWidth,
  padEnd,
  padStart,
  paintWords,
  printable,
  stdoutColours,
  wrap,
  type ColourChoice,
} from './terminalText.js';
import { readInput, type InputItem, type Page, type ReadOptions } from '../io/readers.js';
import { DocumentError } from '../pipeline/extract.js';
import { inspectPage, type PageInspection } from '../pipeline/inspect.js';
import type { BlockFate } from '../pipeline/fates.js';
import type { ArticleRecord } from '../record.js';

interface ShowCliOptions extends CleanerOptionValues, DateOptionValues, ReadOptionValues {
  doc: number;
  color: ColourChoice;
}

function parseDocIndex(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a page index: 0, 1, 2 …');
  return n;
}

export function registerShowCommand(program: Command): void {
  const command = program
    .command('show')
    .description(
      "Show one page as the pipeline saw it: each line's fate (title, body, section, field, dropped and by which rule), then its records.",
    )
    .argument('<page>', 'a text dump, an HTML page or a JSONL file ("-" for standard input)')
    .option('--doc <n>', 'the page of a JSONL input to show (0-based, as input.doc in records)', parseDocIndex, 0)
    .addOption(
      new Option(
        '--color <when>',
        'colour the fates: on a terminal without NO_COLOR (auto), always (for less -R) or never',
      )
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    );
  addCleanerOptions(command);
  addReadOptions(command);
  addDateOptions(command, "the page's date, else the article's own");
  command.addHelpText(
    'after',
    `
Rows are wrapped to the terminal's width (else $COLUMNS, else 100 columns); the legend at the top says
what each mark means.

Examples:
  $ arnews show page.txt
  $ arnews show corpus.jsonl --doc 12 --text-field content
  $ arnews show page.html --site youm7
  $ arnews show page.txt --cleaner mysite.json --color always | less -R

Exit codes: 0 the page yielded records, 1 it yielded none (the reason is shown), 2 usage error.`,
  );
  command.action(async (source: string, options: ShowCliOptions) => {
    process.exitCode = await runShow(source, options);
  });
}

async function runShow(source: string, options: ShowCliOptions): Promise<number> {
  const { refDate, weekStart, prefer, site, cleaner: cleanerFiles, allowCode } = options;
  const extractOptions = await setUpCliRun({ refDate, weekStart, prefer, site, cleanerFiles, allowCode });
  await loadHtmlFrontEnd();
  const item = await pageAt(source, options.doc, readOptionsFrom(options));
  const colours = stdoutColours(options.color);
  if ('error' in item) {
    process.stdout.write(
      `${colours.red('no page:')} ${where(item.error)}: ${item.error.code}: ${item.error.message}\n`,
    );
    return EXIT.someFailed;
  }
  let inspection: PageInspection;
  try {
    inspection = inspectPage(item.page, extractOptions);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    process.stdout.write(`${colours.red('no document:')} ${where(item.page.input)}: ${error.code}: ${error.message}\n`);
    return EXIT.someFailed;
  }
  process.stdout.write(renderShow(item.page, inspection, colours, outputWidth()));
  return inspection.error ? EXIT.someFailed : EXIT.ok;
}

/** The input's page number `doc`; a usage error when the input has fewer pages. */
async function pageAt(source: string, doc: number, readOptions: ReadOptions): Promise<InputItem> {
  let count = 0;
  for await (const item of readInput(source, readOptions)) {
    // An input that cannot be read at all is one error with no page index.
    if ('error' in item && item.error.doc === null) return item;
    if (count++ === doc) return item;
  }
  throw new UsageError(`--doc ${doc}: ${source} has ${count} page${count === 1 ? '' : 's'} (0-based)`);
}

/** How each fate is marked: the tag in the row's margin, and its colour. */
interface Mark {
  tag: string;
  paint: (c: ChalkInstance) => ChalkInstance;
}

const MARKS = {
  title: { tag: 'title', paint: (c) => c.bold.green },
  headline: { tag: 'article', paint: (c) => c.bold.magenta },
  body: { tag: 'body', paint: (c) => c.green },
  marker: { tag: '▸', paint: (c) => c.bold.cyan },
  item: { tag: '·', paint: (c) => c.cyan },
  field: { tag: '=', paint: (c) => c.yellow },
  dropped: { tag: '× dropped', paint: (c) => c.red.dim },
  'left-out': { tag: '– left out', paint: (c) => c.gray },
} satisfies Record<BlockFate['fate'], Mark>;
const OUTSIDE: Mark = { tag: '– outside', paint: (c) => c.gray };
const CUT: Mark = { tag: '[-cut-]', paint: (c) => c.red.strikethrough };
const RULE: Mark = { tag: '‹cleaner/rule›', paint: (c) => c.dim };
/** The margin's tag column: wide enough for "▸ read-also". */
const TAG_WIDTH = 12;

function renderShow(page: Page, inspection: PageInspection, c: ChalkInstance, width: number): string {
  const out: string[] = [];
  const { doc, site, blocks, records } = inspection;
  const named = inspection.namedOnly.map((n) => `${printable(n.signature)} (${n.cleaner})`);
  const siteText = site
    ? `site cleaner ${site.name} (${site.how}: ${printable(site.evidence)})`
    : `generic cleaner only${named.length ? ` · named, not as the page's site: ${named.join(', ')}` : ''}`;
  out.push(
    ...wrap(
      `${paintWords(c.bold, 'arnews show')} ${where(page.input)} · ${doc.format} · ${blocks.length} blocks · ${siteText}`,
      width,
    ),
  );
  out.push(...legend(c, width), '');
  const lineWidth = String(Math.max(1, ...blocks.map((b) => b.block.line))).length;
  const margin = lineWidth + 2 + TAG_WIDTH + 1;
  for (const fate of blocks) {
    const mark = fate.fate === 'left-out' && fate.block.outside ? OUTSIDE : MARKS[fate.fate];
    const paint = mark.paint(c);
    const rows = wrap(`${rowText(fate, records, c)}${ruleNote(fate, c)}`, width - margin);
    rows.forEach((row, i) => {
      const head =
        i === 0
          ? `${padStart(String(fate.block.line), lineWidth)}  ${paint(padEnd(tagOf(fate, mark), TAG_WIDTH))} `
          : ' '.repeat(margin);
      out.push(`${head}${fate.fate === 'dropped' || fate.fate === 'left-out' ? paint(row) : row}`);
    });
  }
  out.push('', ...summary(inspection, records, c, width));
  return `${out.join('\n')}\n`;
}

function legend(c: ChalkInstance, width: number): string[] {
  const entries: [Mark, string][] = [
    [MARKS.title, 'the headline'],
    [MARKS.headline, 'N: an embedded article starts'],
    [MARKS.body, 'a body paragraph (N: of article N)'],
    [MARKS.marker, 'a section marker (kind)'],
    [MARKS.item, 'an item of the section above'],
    [MARKS.field, 'a field line (source, author, date, imageCredit)'],
    [MARKS.dropped, 'removed by a cleaner'],
    [CUT, 'text a rule cut from the line'],
    [RULE, 'the rule that fired'],
    [MARKS['left-out'], 'kept by the cleaners, taken by no article'],
    [OUTSIDE, 'the same, outside the article'],
  ];
  // Whole entries to a row, as many as fit (measured without the colour codes).
  const rows: string[] = [];
  let row = { plain: 'legend:', painted: 'legend:' };
  for (const [mark, meaning] of entries) {
    const plain = `${mark.tag} ${meaning}`;
    if (displayWidth(`${row.plain}  ${plain}`) > width) {
      rows.push(row.painted);
      row = { plain: '', painted: '' };
    }
    row = { plain: `${row.plain}  ${plain}`, painted: `${row.painted}  ${mark.paint(c)(mark.tag)} ${meaning}` };
  }
  return [...rows, row.painted];
}

function tagOf(fate: BlockFate, mark: Mark): string {
  const article = fate.article ? ` ${fate.article}` : '';
  if (fate.fate === 'headline') return `${mark.tag}${article}`;
  if (fate.fate === 'body') return `${mark.tag}${article}`;
  if (fate.fate === 'marker' || fate.fate === 'item') return `${mark.tag} ${fate.section}`;
  if (fate.fate === 'field') return `${mark.tag} ${fate.fields.map((f) => f.field).join(',')}`;
  return mark.tag;
}

/**
 * The block's text, with what a rule cut from it shown struck out and bracketed, the fields it gave, and
 * for a headline glued to a photo credit or a site name, the title the record kept.
 */
function rowText(fate: BlockFate, records: ArticleRecord[], c: ChalkInstance): string {
  // Each part a rule cut from the line, struck out where it stands (a line the rules kept whole has none).
  const cuts =
    fate.kept !== null && fate.kept !== fate.block.text
      ? fate.rules.map((rule) => printable(rule.matched.replace(/…$/u, '')))
      : [];
  const shown = cuts.reduce((text, cut) => {
    const at = text.indexOf(cut);
    return at < 0
      ? text
      : `${text.slice(0, at)}${paintWords(CUT.paint(c), `[-${cut}-]`)}${text.slice(at + cut.length)}`;
  }, printable(fate.block.text));
  const notes = fate.fields.map((f) => `${f.field}=${printable(f.value)}`);
  const record = fate.fate === 'title' || fate.fate === 'headline' ? records[fate.article ?? 0] : undefined;
  if (record?.title && record.title !== fate.kept) {
    notes.push(
      `split: ${record.imageCredit ? `imageCredit=${printable(record.imageCredit)}` : `title=${printable(record.title)}`}`,
    );
    // The writer signed after the headline ("… (نصر طه مصطفى)"), cut from it with the rest.
    if (record.author && !record.title.includes(record.author) && fate.block.text.includes(record.author))
      notes.push(`author=${printable(record.author)}`);
  }
  return notes.length ? `${shown} ${paintWords(MARKS.field.paint(c), `→ ${notes.join(' ')}`)}` : shown;
}

function ruleNote(fate: BlockFate, c: ChalkInstance): string {
  return fate.rules.map((rule) => ` ${paintWords(RULE.paint(c), `‹${rule.cleaner}/${rule.rule}›`)}`).join('');
}

function summary(inspection: PageInspection, records: ArticleRecord[], c: ChalkInstance, width: number): string[] {
  if (inspection.error)
    return wrap(`${paintWords(c.red.bold, 'no record:')} ${inspection.error.code}: ${inspection.error.message}`, width);
  const out = [c.bold(`${records.length} record${records.length === 1 ? '' : 's'}`)];
  records.forEach((record, n) => {
    out.push(`${c.bold(`#${n} ${record.role}`)} ${record.id}${record.site ? ` · site ${record.site}` : ''}`);
    // The main article of an HTML page (or of an input whose metadata names it) takes the page's title.
    const titleFromMeta = n === 0 && record.title !== null && !inspection.blocks.some((b) => b.fate === 'title');
    for (const [name, value] of recordLines(record, titleFromMeta)) {
      const rows = wrap(value, width - 14);
      rows.forEach((row, i) => out.push(`  ${padEnd(i === 0 ? name : '', 11)} ${row}`));
    }
  });
  return out;
}

/** The record's fields in a few words each; empty fields are left out. */
function recordLines(record: ArticleRecord, titleFromMeta: boolean): [string, string][] {
  const count = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const relations = new Map<string, number>();
  for (const r of record.related) relations.set(r.relation, (relations.get(r.relation) ?? 0) + 1);
  const lines: [string, string | null][] = [
    ['title', record.title && `${printable(record.title)}${titleFromMeta ? ' (from the page metadata)' : ''}`],
    ['body', `${count(record.paragraphs.length, 'paragraph')}, ${count(record.body.length, 'character')}`],
    ['source', record.source && printable(record.source)],
    ['author', record.author && printable(record.author)],
    ['imageCredit', record.imageCredit && printable(record.imageCredit)],
    ['published', record.published],
    ['keywords', record.keywords.length ? printable(record.keywords.join('، ')) : null],
    [
      'related',
      record.related.length
        ? `${record.related.length} (${[...relations].map(([relation, n]) => `${relation} ${n}`).join(', ')})`
        : null,
    ],
    [
      'dates',
      record.dateMentions.length
        ? `${count(record.dateMentions.length, 'mention')}: ${printable(
            record.dateMentions
              .slice(0, 5)
              .map((m) => m.text)
              .join(' · '),
          )}${record.dateMentions.length > 5 ? ' …' : ''}`
        : null,
    ],
    ['warnings', record.warnings.length ? record.warnings.map((w) => w.code).join(', ') : null],
  ];
  return lines.filter((l): l is [string, string] => l[1] !== null);
}
