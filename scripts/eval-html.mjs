#!/usr/bin/env node
// @ts-check
/**
 * `npm run eval:html`: arnews against Readability.js (run here on linkedom) on two sets.
 *
 * (a) The Zyte/ScrapingHub article-extraction benchmark (181 pages with gold article bodies), read
 *     from $ARNEWS_ZYTE_BENCHMARK (default ../shared/eval/article-extraction-benchmark, relative to
 *     the repository), scored as its evaluate.py does: tokens = Python `\w+` (letters, digits and
 *     underscore, no combining marks), 4-token shingles as multisets, per-page precision and recall,
 *     corpus P and R = means over pages (P over pages with a prediction, R over pages with gold),
 *     F1 = 2PR/(P+R). The published Readability.js output is rescored too, as a check of the scorer.
 * (b) The Arabic pages of $ARNEWS_ARABIC_HTML (default ../shared/corpus/html): title exact match,
 *     published date against htmldate's gold dates, body checks where gold text exists.
 *
 * Not a test: it reads data outside the repository and prints figures. Needs `npm run build` first
 * (it imports the built library from dist/).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtmlBytes, extract, htmlToDocument } from 'arnews';
import { scriptArgs } from './args.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const zyteDir = path.resolve(repo, process.env.ARNEWS_ZYTE_BENCHMARK ?? '../shared/eval/article-extraction-benchmark');
const arabicDir = path.resolve(repo, process.env.ARNEWS_ARABIC_HTML ?? '../shared/corpus/html');
const { values: args } = scriptArgs(
  `Usage: npm run eval:html [-- OPTIONS]   (or node scripts/eval-html.mjs [OPTIONS], after npm run build)
arnews against Readability.js on the Zyte benchmark and the Arabic HTML pages (see the file's header).
  --zyte          the Zyte benchmark only
  --arabic        the Arabic pages only
  --only=ID       only the Zyte pages whose id starts with ID
  --verbose       the start of each Arabic page's record body too`,
  {
    zyte: { type: 'boolean', default: false },
    arabic: { type: 'boolean', default: false },
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
);
const verbose = args.verbose;
const only = args.only;

// ---------------------------------------------------------------- scoring (evaluate.py's method)

const tokenize = (text) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingles(text) {
  const tokens = tokenize(text);
  const counts = new Map();
  if (tokens.length === 0) return counts;
  const n = Math.min(4, tokens.length);
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page precision and recall (null when undefined for the page, as evaluate.py skips them). */
function pageScore(predicted, gold) {
  const p = shingles(predicted);
  const g = shingles(gold);
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const key of new Set([...p.keys(), ...g.keys()])) {
    const a = p.get(key) ?? 0;
    const b = g.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, a - b);
    fn += Math.max(0, b - a);
  }
  const ratio = (num, other) => (num + other === 0 ? null : num / (num + other));
  const precision = tp + fp === 0 ? null : ratio(tp, fp);
  const recall = tp + fn === 0 ? null : ratio(tp, fn);
  return { precision, recall, f1: precision && recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function corpusScore(pages) {
  const mean = (values) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const precision = mean(pages.map((s) => s.precision).filter((v) => v !== null));
  const recall = mean(pages.map((s) => s.recall).filter((v) => v !== null));
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

// ---------------------------------------------------------------- the two extractors

const inputRef = (file, url) => ({ file, doc: 0, line: 1, id: null, url: url ?? null });

/**
 * arnews, two ways: `record` is the main record of the full pipeline (extract()), `document` the HTML
 * front end alone (the document's blocks the content scorer kept).
 */
function runArnews(html, file, url) {
  const doc = htmlToDocument(html, inputRef(file, url), { url });
  const document = {
    body: doc.blocks
      .filter((b) => !b.outside)
      .map((b) => b.text)
      .join('\n'),
    title: doc.meta.title,
    published: doc.meta.date,
  };
  let record;
  try {
    const main = extract(html, { name: file, url, format: 'html' }).find((r) => r.role === 'main');
    record = { body: main?.body ?? '', title: main?.title ?? null, published: main?.published ?? null };
  } catch (error) {
    record = { body: '', title: null, published: null, error: `${error.code ?? ''} ${error.message}` };
  }
  return { record, document };
}

function runReadability(html, url) {
  try {
    const { document } = parseHTML(html);
    if (url) {
      try {
        Object.defineProperty(document, 'documentURI', { value: url });
      } catch {
        // linkedom may not allow it; relative links then stay relative, which does not affect text
      }
    }
    const article = new Readability(document).parse();
    return {
      body: article?.textContent ?? '',
      title: article?.title ?? null,
      published: article?.publishedTime ?? null,
    };
  } catch (error) {
    return { body: '', title: null, published: null, error: String(error) };
  }
}

const fmt = (v) => (v === null || v === undefined ? '  -  ' : v.toFixed(3));

// ---------------------------------------------------------------- (a) Zyte benchmark

/** Runs the three systems on one page: arnews record, arnews document, Readability.js. */
function runAll(html, file, url) {
  let arnews;
  try {
    arnews = runArnews(html, file, url);
  } catch (error) {
    const failed = { body: '', title: null, published: null, error: String(error) };
    arnews = { record: failed, document: failed };
  }
  return { record: arnews.record, document: arnews.document, readability: runReadability(html, url) };
}

const SYSTEMS = ['record', 'document', 'readability'];
const LABEL = {
  record: 'arnews record (extract)',
  document: 'arnews HTML front end',
  readability: `Readability.js ${readabilityVersion()} (linkedom)`,
};

function zyte() {
  const goldFile = path.join(zyteDir, 'ground-truth.json');
  if (!fs.existsSync(goldFile)) {
    console.log(`(a) Zyte benchmark not found at ${zyteDir}: set ARNEWS_ZYTE_BENCHMARK`);
    return;
  }
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8'));
  const published = JSON.parse(fs.readFileSync(path.join(zyteDir, 'peer-output/readability_js.json'), 'utf8')).output;
  const scores = { record: [], document: [], readability: [] };
  const publishedScores = [];
  const rows = [];
  for (const [id, { articleBody, url }] of Object.entries(gold)) {
    if (only && !id.startsWith(only)) continue;
    const bytes = zlib.gunzipSync(fs.readFileSync(path.join(zyteDir, 'html', `${id}.html.gz`)));
    const { text: html } = decodeHtmlBytes(bytes);
    const results = runAll(html, `${id}.html`, url);
    const row = {
      id,
      host: new URL(url).hostname.replace(/^www\./, ''),
      errors: SYSTEMS.map((k) => results[k].error).filter(Boolean),
    };
    for (const k of SYSTEMS) scores[k].push((row[k] = pageScore(results[k].body, articleBody)));
    publishedScores.push(pageScore(published[id]?.articleBody ?? '', articleBody));
    rows.push(row);
  }
  console.log('(a) Zyte article-extraction benchmark: body F1 per page (4-token shingles)\n');
  console.log('page      host                          record F1  front-end F1  readability F1');
  for (const row of rows) {
    const flag = row.record.f1 + 0.02 < row.readability.f1 ? '  <- record behind' : '';
    console.log(
      `${row.id.slice(0, 8)}  ${row.host.slice(0, 28).padEnd(28)}  ${fmt(row.record.f1)}      ${fmt(row.document.f1)}         ${fmt(row.readability.f1)}${flag}${row.errors.length ? `  (${row.errors.join('; ')})` : ''}`,
    );
  }
  console.log(`\n${rows.length} pages                                  precision  recall  F1`);
  for (const k of SYSTEMS) {
    const c = corpusScore(scores[k]);
    console.log(`${LABEL[k].padEnd(44)} ${fmt(c.precision)}      ${fmt(c.recall)}   ${fmt(c.f1)}`);
  }
  const P = corpusScore(publishedScores);
  console.log(
    `${'Readability.js 0.6.0 published output, rescored'.padEnd(44)} ${fmt(P.precision)}      ${fmt(P.recall)}   ${fmt(P.f1)}`,
  );
  console.log(
    `${'Readability.js 0.6.0 published figure'.padEnd(44)} 0.914      0.982   0.947   (trafilatura 2.0.0: 0.958)`,
  );
  for (const k of ['record', 'document']) {
    const ahead = rows.filter((x) => x[k].f1 > x.readability.f1 + 0.02).length;
    const behind = rows.filter((x) => x[k].f1 + 0.02 < x.readability.f1).length;
    console.log(`${LABEL[k]}: ahead of Readability by > 0.02 F1 on ${ahead} pages, behind on ${behind}`);
  }
  console.log('');
}

function readabilityVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(repo, 'node_modules/@mozilla/readability/package.json'), 'utf8'))
      .version;
  } catch {
    return '?';
  }
}

// ---------------------------------------------------------------- (b) Arabic pages

/**
 * Gold titles. Where a tool's gold exists it is used as is; for the htmldate pages, which have gold
 * dates only, the gold title is the headline a reader sees on the page (its <h1>, or for legwareb,
 * which has none, the headline line above the article), checked by reading each page.
 */
const TITLE_GOLD = {
  'arabic.cnn.com': {
    source: 'newspaper4k expected metadata',
    read: (dir) => json(dir, 'expected-newspaper4k-metadata.json').title,
  },
  'assabah.com.tn': {
    source: 'trafilatura evaldata',
    read: (dir) => json(dir, 'expected-trafilatura-evaldata.json').title,
  },
  'lbcgroup.tv': { source: 'fundus expected parse', read: (dir) => json(dir, 'expected-fundus.json').V1.title },
  'akhbarelyom.com': { source: '<h1> on the page', title: '36 عامًا.. سر رحيل نعيمة عاكف في سن مبكر' },
  'albayan.ae': { source: '<h1> on the page', title: 'القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات' },
  'almadenahnews.com': { source: '<h1> on the page', title: 'أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا' },
  'alyaum.com': { source: '<h1> on the page', title: 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله' },
  'arabic.sputniknews.com': { source: '<h1> on the page', title: 'مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا' },
  'beirutobserver.com': {
    source: '<h1> on the page',
    title: 'سرقة منزل أميرة سعودية في باريس يضم أغراضاً فاخرة بقيمة 700 ألف دولار',
  },
  'elbaladtv.net': { source: '<h1> on the page', title: 'تركى آل الشيخ بعد إصابة يسرا بكورونا: يارب يرفع عنك' },
  'youm7.com': {
    source: '<h1> on the page',
    title: 'وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة',
  },
  'legwareb.info': { source: 'headline above the article (no <h1>)', title: 'القبض على أفراد من عصابة في روصو' },
};

/** Gold body text where a tool's expected output exists (scored with the benchmark's F1). */
const BODY_GOLD = {
  'arabic.cnn.com': {
    source: 'newspaper4k text',
    read: (dir) => fs.readFileSync(path.join(dir, 'expected-newspaper4k-text.txt'), 'utf8'),
  },
  'lbcgroup.tv': {
    source: 'fundus paragraphs',
    read: (dir) =>
      json(dir, 'expected-fundus.json')
        .V1.body.sections.flatMap((s) => s.paragraphs)
        .join('\n'),
  },
};

function json(dir, name) {
  return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
}

const squeeze = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const day = (iso) => (iso ? String(iso).slice(0, 10) : null);

function arabic() {
  const indexFile = path.join(arabicDir, 'index.jsonl');
  if (!fs.existsSync(indexFile)) {
    console.log(`(b) Arabic pages not found at ${arabicDir}: set ARNEWS_ARABIC_HTML`);
    return;
  }
  const pages = fs
    .readFileSync(indexFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((p) => p.lang === 'ar');
  const tally = Object.fromEntries(
    SYSTEMS.map((k) => [
      k,
      {
        title: 0,
        date: 0,
        body: /** @type {{ precision: number | null, recall: number | null, f1: number }[]} */ ([]),
        checks: 0,
      },
    ]),
  );
  let titles = 0,
    dates = 0,
    checks = 0;
  console.log('(b) Arabic pages of the corpus: title exact match (white space collapsed), published day, body\n');
  for (const page of pages) {
    const dir = path.join(arabicDir, page.site);
    const { text: html, charset } = decodeHtmlBytes(fs.readFileSync(path.join(dir, page.page)));
    const goldUrl = fs.existsSync(path.join(dir, 'expected-date.json')) ? json(dir, 'expected-date.json').url : null;
    const results = runAll(html, page.page, goldUrl);
    console.log(`${page.site} (${page.page}, decoded as ${charset})`);

    const titleGold = TITLE_GOLD[page.site];
    if (titleGold) {
      const gold = squeeze(titleGold.title ?? titleGold.read(dir));
      titles++;
      console.log(`  title gold [${titleGold.source}]: ${gold}`);
      for (const tool of SYSTEMS) {
        const ok = squeeze(results[tool].title) === gold;
        if (ok) tally[tool].title++;
        console.log(`    ${tool.padEnd(12)} ${ok ? 'match' : 'MISS '} ${ok ? '' : squeeze(results[tool].title)}`);
      }
    }
    const dateGold = fs.existsSync(path.join(dir, 'expected-date.json'))
      ? json(dir, 'expected-date.json').date
      : page.site === 'lbcgroup.tv'
        ? json(dir, 'expected-fundus.json').V1.publishing_date.slice(0, 10)
        : null;
    if (dateGold) {
      dates++;
      const source = page.site === 'lbcgroup.tv' ? 'fundus' : 'htmldate';
      console.log(`  date gold [${source}]: ${dateGold}`);
      for (const tool of SYSTEMS) {
        const got = day(results[tool].published);
        if (got === dateGold) tally[tool].date++;
        console.log(
          `    ${tool.padEnd(12)} ${got === dateGold ? 'match' : 'MISS '} ${got === dateGold ? '' : `${results[tool].published}`}`,
        );
      }
    }
    const bodyGold = BODY_GOLD[page.site];
    if (bodyGold) {
      const gold = bodyGold.read(dir);
      for (const tool of SYSTEMS) {
        const s = pageScore(results[tool].body, gold);
        tally[tool].body.push(s);
        console.log(
          `  body F1 vs ${bodyGold.source}: ${tool.padEnd(12)} P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}`,
        );
      }
    }
    if (page.site === 'assabah.com.tn') {
      const { with: must, without: mustNot } = json(dir, 'expected-trafilatura-evaldata.json');
      for (const tool of SYSTEMS) {
        const body = results[tool].body;
        const passed = must.filter((s) => body.includes(s)).length + mustNot.filter((s) => !body.includes(s)).length;
        tally[tool].checks += passed;
        console.log(
          `  body snippets (trafilatura with/without): ${tool.padEnd(12)} ${passed}/${must.length + mustNot.length}`,
        );
      }
      checks += must.length + mustNot.length;
    }
    if (page.site.startsWith('chardet-')) {
      const expected = json(dir, 'expected-encoding.json').encoding;
      const opening = 'كتائب الشهيد عز الدين القسام';
      for (const tool of SYSTEMS) {
        const ok = (tool === 'readability' || charset === expected) && results[tool].body.includes(opening);
        if (ok) tally[tool].checks++;
        console.log(
          `  charset ${expected} (gold: chardet) and body text readable: ${tool.padEnd(12)} ${ok ? 'yes' : 'NO'}`,
        );
      }
      checks++;
    }
    if (verbose) console.log(`  arnews record body: ${squeeze(results.record.body).slice(0, 300)}`);
  }
  const f1 = (list) => (list.length === 0 ? null : corpusScore(list).f1);
  const row = (name, value) =>
    console.log(`${name.padEnd(22)} ${SYSTEMS.map((k) => String(value(tally[k])).padStart(10)).join('  ')}`);
  console.log(`\n${'summary'.padEnd(22)} ${SYSTEMS.map((k) => k.padStart(10)).join('  ')}`);
  row(`titles exact (${titles})`, (t) => t.title);
  row(`published day (${dates})`, (t) => t.date);
  row('body F1 (CNN, LBCI)', (t) => fmt(f1(t.body)));
  row(`body checks (${checks})`, (t) => t.checks);
}

if (args.zyte || !args.arabic) zyte();
if (args.arabic || !args.zyte) arabic();
