/** The report's summary as terminal tables (`arnews report --format text`): the same figures as the HTML page. */
import { displayWidth, padEnd, padStart, printable } from '../cli/terminalText.js';
import { formatNumber as n, percent } from './format.js';
import { bodyLengthBars, monthSeries, yearSeries } from './series.js';
import { FILL_NAMES as FIELDS, type FillField, type ReportData } from './summary.js';
import type { Bar } from './svg.js';

/** Columns of the bar in a histogram row. */
const BAR_WIDTH = 30;

const count = (value: number, word: string): string => `${n(value)} ${word}${value === 1 ? '' : 's'}`;

/** Columns padded to their widest cell; numbers right-aligned. */
function table(head: string[], rows: string[][], numeric: boolean[]): string[] {
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (numeric[i] ? padStart(cell, widths[i]!) : padEnd(cell, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

function histogram(bars: Bar[]): string[] {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const labelWidth = Math.max(0, ...bars.map((b) => displayWidth(b.label)));
  return bars.map(
    (b) =>
      `${padEnd(b.label, labelWidth)}  ${padEnd('█'.repeat(Math.round((b.value / max) * BAR_WIDTH)), BAR_WIDTH)}  ${n(b.value)}`,
  );
}

/** Cut to `width` columns, with an ellipsis. */
function clip(text: string, width: number): string {
  const flat = printable(text);
  if (displayWidth(flat) <= width) return flat;
  let out = '';
  for (const ch of flat) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export function renderText(data: ReportData, width: number): string {
  const out: string[] = [];
  const heading = (title: string): void => {
    out.push('', title, '═'.repeat(Math.min(width, displayWidth(title))));
  };
  out.push(
    `arnews report: ${count(data.documents, 'document')}, ${count(data.records, 'record')} (${n(data.embedded)} embedded), ${count(data.errors, 'error')} (${percent(data.errors, data.documents)})`,
  );
  if (data.unreadable.count)
    out.push(
      `${count(data.unreadable.count, 'line')} neither records nor error entries, e.g. ${data.unreadable.examples.map((u) => `${u.file}:${u.line}`).join(', ')}`,
    );

  heading('Records per site cleaner');
  out.push(
    ...table(
      ['site cleaner', 'records', 'share'],
      data.sites.map((s) => [s.site, n(s.records), percent(s.records, data.records)]),
      [false, true, true],
    ),
  );
  heading('Records per input file');
  // Long paths keep their end, which names the file.
  const fileWidth = Math.max(20, width - 20);
  const path = (file: string): string =>
    displayWidth(file) <= fileWidth ? file : `…${[...file].slice(-(fileWidth - 1)).join('')}`;
  out.push(
    ...table(
      ['input file', 'records', 'errors'],
      data.files.map((f) => [path(f.file), n(f.records), n(f.errors)]),
      [false, true, true],
    ),
  );
  heading('Field fill rates');
  const fillRow = (site: string, records: number, filled: Record<FillField, number>): string[] => [
    site,
    n(records),
    ...FIELDS.map((f) => percent(filled[f], records)),
  ];
  out.push(
    ...table(
      ['site cleaner', 'records', ...FIELDS],
      [fillRow('all', data.records, data.filled), ...data.sites.map((s) => fillRow(s.site, s.records, s.filled))],
      [false, true, ...FIELDS.map(() => true)],
    ),
  );

  for (const [title, list, whole] of [
    ['Warnings', data.warnings, data.records],
    ['Errors', data.errorCodes, data.documents],
  ] as const) {
    heading(title);
    if (list.length === 0) out.push('none');
    else
      out.push(
        ...table(
          ['code', 'count', 'share'],
          list.map((c) => [c.code, n(c.count), percent(c.count, whole)]),
          [false, true, true],
        ),
      );
  }

  const months = monthSeries(data.publishedByMonth);
  heading(`Records by ${months.unit} of publication (${n(data.unpublished)} without)`);
  out.push(...histogram(months.bars));
  const years = yearSeries(data.mentionsByYear);
  heading(`Date mentions by ${years.unit}`);
  out.push(...histogram(years.bars));
  heading('Body length (characters)');
  out.push(...histogram(bodyLengthBars(data.bodyLengths)));

  for (const [title, list] of [
    ['Most frequent first paragraphs', data.firstParagraphs],
    ['Most frequent last paragraphs', data.lastParagraphs],
  ] as const) {
    heading(title);
    if (list.length === 0) out.push('no paragraph recurs');
    for (const p of list) out.push(`${padStart(`${p.error ? '≥' : ''}${n(p.count)}`, 8)}  ${clip(p.text, width - 10)}`);
  }

  heading(`Records without a title (${n(data.records - data.filled.title)})`);
  for (const id of data.nullTitles) {
    const s = data.samples.get(id)!;
    out.push(`${id}  ${s.file}:${s.line}  ${s.site}`, `    ${clip(s.first ?? '', width - 4)}`);
  }
  return `${out.join('\n')}\n`;
}
