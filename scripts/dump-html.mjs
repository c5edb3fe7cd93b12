#!/usr/bin/env node
// @ts-check
/**
 * Dumps what arnews makes of every HTML page at hand, to check that a change to the HTML front end
 * leaves its output alone: the records (with `explain`, whose lines come from the page's source) and
 * the front end's Document (blocks with their source lines, which `arnews show` prints; metadata,
 * warnings, related links), one JSON line per page.
 *
 *   node scripts/dump-html.mjs OUT.jsonl [--against BEFORE.jsonl]
 *
 * Pages: every .html file under fixtures/ and ../shared/corpus (its html/ folder and a crawl record's page), and the Zyte benchmark's
 * pages (../shared/eval/article-extraction-benchmark, or $ARNEWS_ZYTE_BENCHMARK) when present. With
 * `--against`, lists the pages whose dump differs from an earlier one and exits 1 if any does.
 * Needs `npm run build` first (it imports the built library from dist/).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { decodeHtmlBytes, extract, htmlToDocument } from 'arnews';
import { scriptArgs } from './args.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DUMP_USAGE = `Usage: node scripts/dump-html.mjs OUT.jsonl [--against BEFORE.jsonl]   (after npm run build)
Dumps the records and Document of every HTML page at hand, one JSON line per page (see the file's header).
  --against FILE   list the pages whose dump differs from this earlier one (exit 1 if any does)`;
const {
  values: args,
  positionals: [out, ...extra],
} = scriptArgs(DUMP_USAGE, { against: { type: 'string' } }, { positionals: true });
const against = args.against ?? null;
if (!out || extra.length > 0) {
  console.error(DUMP_USAGE);
  process.exit(2);
}

/** [name, html, url] of every page. */
function* pages() {
  const htmlFiles = (dir) => {
    const found = [];
    const walk = (d) => {
      for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
        const file = path.join(d, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.html?$/i.test(entry.name)) found.push(file);
      }
    };
    if (fs.existsSync(dir)) walk(dir);
    return found.sort();
  };
  for (const dir of [path.join(repo, 'fixtures'), path.resolve(repo, '../shared/corpus')]) {
    for (const file of htmlFiles(dir))
      yield [path.relative(path.join(repo, '..'), file), decodeHtmlBytes(fs.readFileSync(file)).text, null];
  }
  const zyte = path.resolve(repo, process.env.ARNEWS_ZYTE_BENCHMARK ?? '../shared/eval/article-extraction-benchmark');
  const goldFile = path.join(zyte, 'ground-truth.json');
  if (!fs.existsSync(goldFile)) return;
  for (const [id, { url }] of Object.entries(JSON.parse(fs.readFileSync(goldFile, 'utf8')))) {
    const bytes = zlib.gunzipSync(fs.readFileSync(path.join(zyte, 'html', `${id}.html.gz`)));
    yield [`zyte/${id}`, decodeHtmlBytes(bytes).text, url];
  }
}

function dump(name, html, url) {
  const entry = { page: name };
  try {
    const doc = htmlToDocument(html, { file: name, doc: 0, line: 1, id: null, url }, { url });
    entry.document = { meta: doc.meta, warnings: doc.warnings, related: doc.related, blocks: doc.blocks };
  } catch (error) {
    entry.document = { error: `${error.code ?? ''} ${error.message}` };
  }
  try {
    entry.records = extract(html, { name, url, format: 'html', explain: true });
  } catch (error) {
    entry.records = { error: `${error.code ?? ''} ${error.message}` };
  }
  return JSON.stringify(entry);
}

const lines = [];
for (const [name, html, url] of pages()) lines.push(dump(name, html, url));
fs.writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} pages dumped to ${out}`);

if (against) {
  const byPage = (file) =>
    new Map(
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => [JSON.parse(l).page, l]),
    );
  const before = byPage(against);
  const after = byPage(out);
  const differing = [...new Set([...before.keys(), ...after.keys()])].filter(
    (page) => before.get(page) !== after.get(page),
  );
  for (const page of differing) {
    const [a, b] = [before.get(page), after.get(page)].map((l) => (l ? JSON.parse(l) : {}));
    const parts = ['document', 'records'].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    console.log(`differs: ${page} (${parts.join(', ') || 'missing'})`);
  }
  console.log(
    differing.length === 0
      ? `identical to ${against}`
      : `${differing.length} of ${after.size} pages differ from ${against}`,
  );
  process.exitCode = differing.length === 0 ? 0 : 1;
}
