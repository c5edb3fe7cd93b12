/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script, no font, no request.
 * The interface is in English; Arabic text sits in elements with dir="auto", so each excerpt, title and
 * tag reads right to left on its own. Tables scroll sideways inside their box on a phone screen.
 */
import { escapeHtml, formatNumber as n, percent } from './format.js';
import { bodyLengthBars, monthSeries, yearSeries } from './series.js';
import { FILL_NAMES as FIELDS, type FillField, type ReportData, type SampleRecord } from './summary.js';
import { cellBar, columnChart } from './svg.js';

const STYLE = `
:root { color-scheme: light; --ink: #1d232a; --muted: #5b6570; --line: #d9dee3; --accent: #0b6e4f; --bar: #2f7d5c; --mark: #fff4c2; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif; color: var(--ink); background: #f6f7f8; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 16px; }
header { padding-top: 20px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.15rem; margin: 0 0 10px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin: 14px 0; }
.muted, figcaption, .note { color: var(--muted); font-size: 0.85rem; }
.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 10px; }
.total { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.total b { display: block; font-size: 1.4rem; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: start; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f0f2f4; font-weight: 600; white-space: nowrap; }
td.n, th.n { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.heat { text-align: center; font-variant-numeric: tabular-nums; white-space: nowrap; }
.cell-bar { width: 120px; height: 10px; display: block; }
.cell-bar rect, svg rect[data-bar] { fill: var(--bar); }
svg text { font-size: 11px; fill: var(--muted); }
svg line { stroke: var(--line); }
figure { margin: 0; }
.ar { font-size: 1.05rem; line-height: 1.7; unicode-bidi: plaintext; }
ol.frequent { padding-inline-start: 1.4em; margin: 0; }
ol.frequent li { margin: 0 0 10px; }
.links a { margin-inline-end: 8px; white-space: nowrap; }
a { color: var(--accent); }
code { font-size: 0.85em; word-break: break-all; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 340px), 1fr)); gap: 10px; }
article.record { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; scroll-margin-top: 12px; }
article.record:target { background: var(--mark); outline: 2px solid #d4a017; }
article.record h3 { font-size: 1rem; margin: 0 0 6px; }
article.record dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; font-size: 0.9rem; }
article.record dt { color: var(--muted); }
article.record dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
nav.toc { font-size: 0.9rem; }
.code h3 { font-size: 1rem; margin: 10px 0 4px; }
.code ul { margin: 0; padding-inline-start: 1.2em; overflow-wrap: anywhere; }
nav.toc a { margin-inline-end: 10px; white-space: nowrap; }
@media (max-width: 600px) { body { font-size: 14px; } section { padding: 12px; } header, main { padding: 0 8px; } }
`;

export function renderHtml(data: ReportData): string {
  const sections = [
    totals(data),
    sites(data),
    files(data),
    fillRates(data),
    codes(
      'warnings',
      'Warnings',
      data.warnings.map((w) => ({
        code: w.code,
        count: w.count,
        examples: w.examples.map((e) => `${recordLink(e.id)} ${escapeHtml(e.message)}`),
      })),
      data.records,
      'records',
    ),
    codes(
      'errors',
      'Errors',
      data.errorCodes.map((e) => ({
        code: e.code,
        count: e.count,
        examples: e.examples.map(
          (x) =>
            `<code>${escapeHtml(`${x.file}${x.line !== null ? `:${x.line}` : ''}${x.doc !== null ? ` (page ${x.doc})` : ''}`)}</code> ${escapeHtml(x.message)}`,
        ),
      })),
      data.documents,
      'documents',
    ),
    published(data),
    mentions(data),
    bodyLength(data),
    frequent(
      'first-paragraphs',
      'Most frequent first paragraphs',
      'An opening that many records share is often a leak: a teaser, a dateline formula or a site banner.',
      data.firstParagraphs,
      data.records,
    ),
    frequent(
      'last-paragraphs',
      'Most frequent last paragraphs',
      'A closing that many records share is often a leak: a follow-us line, a footer, a copyright notice.',
      data.lastParagraphs,
      data.records,
    ),
    nullTitles(data),
    samples(data),
  ];
  const toc = sections.map((p) => `<a href="#${p.id}">${p.title}</a>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>arnews report</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>arnews report</h1><p class="muted">${inputsLine(data)}</p><nav class="toc">${toc.join(' ')}</nav></header>
<main>
${sections.map((p) => `<section id="${p.id}"><h2>${p.title}</h2>${p.html}</section>`).join('\n')}
</main>
</body>
</html>
`;
}

/** A section of the page, listed in its table of contents. */
interface Panel {
  id: string;
  title: string;
  html: string;
}
const panel = (id: string, title: string, html: string): Panel => ({ id, title, html });

const ar = (text: string): string => `<div class="ar" dir="auto">${escapeHtml(text)}</div>`;
const recordLink = (id: string): string => `<a href="#rec-${escapeHtml(id)}"><code>${escapeHtml(id)}</code></a>`;

function inputsLine(data: ReportData): string {
  const list = (files: string[]): string => files.map((f) => `<code>${escapeHtml(f)}</code>`).join(', ');
  return `Records from ${list(data.inputs.records) || 'standard input'}${data.inputs.errors.length ? `; errors from ${list(data.inputs.errors)}` : ''}.`;
}

function totals(data: ReportData): Panel {
  const cards: [string, string, string?][] = [
    ['documents', n(data.documents)],
    ['records', n(data.records)],
    ['embedded articles', n(data.embedded)],
    ['errors', n(data.errors), `${percent(data.errors, data.documents)} of documents`],
    ['site cleaners', n(data.sites.length)],
    ['input files', n(data.files.length)],
  ];
  if (data.unreadable.count) cards.push(['unreadable lines', n(data.unreadable.count)]);
  const unreadable = data.unreadable.examples
    .map((u) => `<li><code>${escapeHtml(`${u.file}:${u.line}`)}</code> ${escapeHtml(u.message)}</li>`)
    .join('');
  return panel(
    'totals',
    'Documents, records and errors',
    `<div class="totals">${cards.map(([label, value, note]) => `<div class="total"><b>${value}</b>${label}${note ? `<br><small class="muted">${note}</small>` : ''}</div>`).join('')}</div>${unreadable ? `<p class="note">Lines that are neither records nor error entries:</p><ul>${unreadable}</ul>` : ''}<p class="note">A document is an input page: it yields one main record and its embedded articles, or one error entry.</p>`,
  );
}

function sites(data: ReportData): Panel {
  const max = Math.max(0, ...data.sites.map((s) => s.records));
  const rows = data.sites.map(
    (s) =>
      `<tr><td><code>${escapeHtml(s.site)}</code></td><td class="n">${n(s.records)}</td><td class="n">${percent(s.records, data.records)}</td><td>${cellBar('sites', { label: s.site, value: s.records }, max)}</td></tr>`,
  );
  return panel(
    'sites',
    'Records per site cleaner',
    `<div class="scroll"><table><thead><tr><th>site cleaner</th><th class="n">records</th><th class="n">share</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table></div><p class="note"><code>(generic)</code>: no site cleaner claimed the page; the generic cleaner alone ran.</p>`,
  );
}

function files(data: ReportData): Panel {
  const max = Math.max(0, ...data.files.map((f) => f.records));
  const rows = data.files.map(
    (f) =>
      `<tr><td><code>${escapeHtml(f.file)}</code></td><td class="n">${n(f.records)}</td><td class="n">${n(f.errors)}</td><td>${cellBar('files', { label: f.file, value: f.records }, max)}</td></tr>`,
  );
  return panel(
    'files',
    'Records per input file',
    `<div class="scroll"><table><thead><tr><th>input file</th><th class="n">records</th><th class="n">errors</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`,
  );
}

/** A cell shaded by its rate: the fuller the field, the darker the green. */
function heatCell(filled: number, total: number): string {
  const rate = total > 0 ? filled / total : 0;
  const light = Math.round(96 - rate * 56);
  const ink = light < 62 ? '#fff' : 'var(--ink)';
  return `<td class="heat" style="background:hsl(152 45% ${light}%);color:${ink}" title="${n(filled)} of ${n(total)}">${percent(filled, total)}</td>`;
}

function fillRates(data: ReportData): Panel {
  const head = `<tr><th>site cleaner</th><th class="n">records</th>${FIELDS.map((f) => `<th>${f}</th>`).join('')}</tr>`;
  const row = (label: string, records: number, filled: Record<FillField, number>): string =>
    `<tr><td>${label}</td><td class="n">${n(records)}</td>${FIELDS.map((f) => heatCell(filled[f], records)).join('')}</tr>`;
  const rows = [
    row('<b>all</b>', data.records, data.filled),
    ...data.sites.map((s) => row(`<code>${escapeHtml(s.site)}</code>`, s.records, s.filled)),
  ];
  return panel(
    'fill',
    'Field fill rates',
    `<div class="scroll"><table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div><p class="note">The share of records whose field is set: a string field not null, a list field not empty.</p>`,
  );
}

function codes(
  id: string,
  title: string,
  list: { code: string; count: number; examples: string[] }[],
  whole: number,
  of: string,
): Panel {
  if (list.length === 0) return panel(id, title, '<p>None.</p>');
  const blocks = list.map(
    (c) =>
      `<div class="code"><h3><code>${escapeHtml(c.code)}</code> <span class="muted">${n(c.count)} (${percent(c.count, whole)} of ${of})</span></h3><ul>${c.examples.map((e) => `<li>${e}</li>`).join('')}</ul></div>`,
  );
  return panel(id, title, blocks.join(''));
}

function published(data: ReportData): Panel {
  const { unit, bars } = monthSeries(data.publishedByMonth);
  const chart = bars.length
    ? columnChart('published', `Records by ${unit} of publication`, bars)
    : '<p>No record has a publication date.</p>';
  return panel(
    'published',
    'Publication dates',
    `${chart}<p class="note">${n(data.unpublished)} record${data.unpublished === 1 ? '' : 's'} (${percent(data.unpublished, data.records)}) without <code>published</code>.</p>`,
  );
}

function mentions(data: ReportData): Panel {
  const { unit, bars } = yearSeries(data.mentionsByYear);
  const chart = bars.length
    ? columnChart('mentions', `Date mentions by ${unit} of their value`, bars)
    : '<p>No date mention with a value.</p>';
  return panel(
    'mentions',
    'Date mentions',
    `${chart}<p class="note">Mentions whose value is known (a range counts in the year it starts); relative mentions without a reference date have none.</p>`,
  );
}

function bodyLength(data: ReportData): Panel {
  return panel(
    'body-length',
    'Body length',
    `${columnChart('body-length', 'Records by body length in characters (a bin holds its lower bound)', bodyLengthBars(data.bodyLengths))}`,
  );
}

function frequent(
  id: string,
  title: string,
  note: string,
  list: ReportData['firstParagraphs'],
  records: number,
): Panel {
  if (list.length === 0) return panel(id, title, '<p>No paragraph recurs.</p>');
  const items = list.map(
    (p) =>
      `<li>${ar(p.text)}<div class="muted">${p.error ? '≥' : ''}${n(p.count)} records (${percent(p.count, records)}) · <span class="links">${p.examples.map(recordLink).join(' ')}</span></div></li>`,
  );
  return panel(id, title, `<p class="note">${note}</p><ol class="frequent">${items.join('')}</ol>`);
}

function nullTitles(data: ReportData): Panel {
  const without = data.records - data.filled.title;
  if (data.nullTitles.length === 0) return panel('null-titles', 'Records without a title', '<p>None.</p>');
  const items = data.nullTitles.map((id) => {
    const s = data.samples.get(id)!;
    return `<li><div class="muted">${recordLink(id)} <code>${escapeHtml(`${s.file}:${s.line}`)}</code> · <code>${escapeHtml(s.site)}</code></div>${s.first ? ar(s.first) : ''}</li>`;
  });
  return panel(
    'null-titles',
    'Records without a title',
    `<p class="note">${n(without)} record${without === 1 ? '' : 's'} (${percent(without, data.records)}) have <code>title: null</code>; the first ${data.nullTitles.length}, with their first paragraph:</p><ol class="frequent">${items.join('')}</ol>`,
  );
}

function samples(data: ReportData): Panel {
  const cards = [...data.samples.values()].map(card);
  return panel(
    'samples',
    'Sample records',
    `<p class="note">The records linked from the tables above.</p><div class="cards">${cards.join('')}</div>`,
  );
}

function card(s: SampleRecord): string {
  const rows: [string, string | null][] = [
    ['input', `<code>${escapeHtml(`${s.file}:${s.line}`)}</code> (page ${s.doc})`],
    ['site', `<code>${escapeHtml(s.site)}</code> · ${s.role}`],
    ['url', s.url && `<a href="${escapeHtml(s.url)}" rel="noreferrer">${escapeHtml(s.url)}</a>`],
    ['title', s.title === null ? '<i>null</i>' : ar(s.title)],
    ['published', s.published && escapeHtml(s.published)],
    ['body', `${n(s.paragraphs)} paragraph${s.paragraphs === 1 ? '' : 's'}, ${n(s.bodyLength)} characters`],
    ['first', s.first && ar(s.first)],
    ['last', s.last && ar(s.last)],
    ['warnings', s.warnings.length ? s.warnings.map((w) => `<code>${escapeHtml(w)}</code>`).join(' ') : null],
  ];
  const dl = rows.flatMap(([k, v]) => (v === null ? [] : [`<dt>${k}</dt><dd>${v}</dd>`])).join('');
  return `<article class="record" id="rec-${escapeHtml(s.id)}"><h3><code>${escapeHtml(s.id)}</code></h3><dl>${dl}</dl></article>`;
}
