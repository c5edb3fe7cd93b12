#!/usr/bin/env node
// @ts-check
/**
 * `npm run eval:furniture`: the labelled articles of the corpus (SaudiNewsNet, ANT, Al Mayadeen; the
 * newspapers corpus's titles are its files' first lines, not always headlines) set in page furniture drawn
 * at random, as a text dump prints it: a menu, a breadcrumb, a "latest" list of other articles' headlines,
 * a kicker, a date line and a byline in either order, a photo's caption, then the text, its tags, a share
 * row, a related list, a comment prompt, a footer, a copyright line. Each part is on the page or not,
 * independently, so that the pages hold combinations no site prints and no dev-set page has. It scores the
 * main record: title exact, body exact, clean (no line outside the text), complete (every line of the text),
 * author (where a byline is printed), and each again by the parts on the page.
 *
 * Held back: the articles of the held-back split (scripts/devset/split.mjs) in the held-back variants of
 * every part (a third of each list below, by position), never shown by --misses and never tuned on.
 * Not a test: it reads ../shared. Needs `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.mjs';
import { loadArticles, squashMarks } from './devset/articles.mjs';
import { KICKERS, READ_ALSO_MARKERS, RELATED_MARKERS, TAG_MARKERS, TAG_SEPARATORS } from './devset/markers.mjs';
import { SECTIONS, WRITERS } from './devset/families.mjs';
import { prng } from './devset/prng.mjs';
import { articleSplit } from './devset/split.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = scriptArgs(
  `Usage: npm run eval:furniture [-- OPTIONS]   (or node scripts/eval-furniture.mjs [OPTIONS], after npm run build)
Sets the labelled articles in random page furniture and scores the main record (see the file's header).
  --pages N      pages a split (default 1500)
  --seed N       the random draw (default 1)
  --misses N     list the first N dev pages with a wrong title, body or author, and write them to --out
  --out DIR      where --misses writes the pages (default /tmp/arnews-furniture)
  --corpus DIR   the shared corpus (default ../shared/corpus)`,
  {
    pages: { type: 'string', default: '1500' },
    seed: { type: 'string', default: '1' },
    misses: { type: 'string', default: '0' },
    out: { type: 'string', default: '/tmp/arnews-furniture' },
    corpus: { type: 'string', default: '../shared/corpus' },
  },
);
const { extract } = await import('arnews');

/** A third of each list of variants is held back: the items at these positions. */
const HELD_BACK_EVERY = 3;
/** Articles of this many paragraphs: a page's text, not a list or a wire brief of one line. */
const MIN_PARAGRAPHS = 2;
const MAX_PARAGRAPHS = 12;
/** Items of a "latest" or related list: headlines of other articles of the same split. */
const LIST_ITEMS = 3;
/** Tags a tag line prints, of the article's own keywords. */
const MAX_TAGS = 5;

/** How often each part is on a page. */
const PARTS = {
  menu: 0.5,
  breadcrumb: 0.3,
  latest: 0.3,
  kicker: 0.3,
  date: 0.6,
  byline: 0.4,
  caption: 0.25,
  tags: 0.5,
  readAlso: 0.15,
  share: 0.4,
  related: 0.3,
  comments: 0.3,
  footer: 0.4,
  copyright: 0.4,
};

const MENUS = [
  (items) => items.join(' | '),
  (items) => items.join(' '),
  (items) => items.join('\n'),
  (items) => items.map((item) => `* ${item}`).join('\n'),
  (items) => items.join(' - '),
  (items) => items.join(' • '),
];
const BREADCRUMBS = [
  (section) => `الرئيسية > أخبار > ${section}`,
  (section) => `الرئيسية / ${section}`,
  (section) => `أنت هنا: الرئيسية » ${section}`,
];
const LATEST_HEADINGS = ['آخر الأخبار', 'الأكثر قراءة', 'أخبار عاجلة', 'الأحدث', 'الأكثر مشاهدة', 'شريط الأخبار'];
const DATE_LINES = [
  'الأحد 24 نوفمبر 2024',
  '24/11/2024 - 10:42 ص',
  'نشر في: 24 نوفمبر 2024 - 10:42',
  'آخر تحديث: الأحد 24 نوفمبر 2024 10:42 ص',
  '2024-11-24 10:42',
  '24 نوفمبر 2024 | 10:42 ص',
  'الأحد، 24 نوفمبر 2024 - 08:15 م',
  'تاريخ النشر: 24-11-2024',
  'منذ 3 ساعات',
];
const BYLINES = [
  (name) => name,
  (name) => `كتب: ${name}`,
  (name) => `بقلم: ${name}`,
  (name) => `القاهرة - ${name}`,
  (name) => `${name} | 24 نوفمبر 2024`,
  (name) => `بقلم ${name}`,
  (name) => `${name} - الرياض`,
  (name) => `تقرير: ${name}`,
  (name) => `كتبت - ${name}`,
];
const CAPTIONS = [
  'صورة أرشيفية',
  '(أرشيفية)',
  'صورة تعبيرية (رويترز)',
  'جانب من الاجتماع (واس)',
  'صورة من الحدث (أ ف ب)',
  'لقطة من الفيديو',
];
const SHARE_ROWS = [
  'شارك: فيسبوك تويتر واتساب',
  'مشاركة\nفيسبوك\nتويتر\nواتساب\nتيليجرام',
  'شارك هذا المقال',
  'Facebook Twitter WhatsApp',
  'انشر على: فيسبوك | تويتر | لينكدإن',
  'طباعة\nإرسال\nمشاركة',
];
const COMMENT_PROMPTS = [
  'اضف تعليقاً واقرأ تعليقات القراء',
  'التعليقات (0)',
  'أضف تعليقك',
  'لا توجد تعليقات',
  'اترك تعليقا',
];
const FOOTERS = [
  'من نحن | اتصل بنا | سياسة الخصوصية | شروط الاستخدام',
  'تابعونا على\nفيسبوك\nتويتر\nيوتيوب',
  'حمل تطبيقنا',
  'اشترك في النشرة البريدية',
  'أعلن معنا | اتصل بنا | خريطة الموقع',
  'العودة إلى الأعلى',
];
const COPYRIGHT_LINES = [
  'جميع الحقوق محفوظة © 2024',
  '© 2024 جميع الحقوق محفوظة لموقع الخبر',
  'حقوق النشر محفوظة 2024',
  'Copyright © 2024 All rights reserved',
  'جميع الحقوق محفوظة لصحيفة الوطن 2024 ©',
];

/** The variants of a list one split may draw: a third of them held back. */
const variantsOf = (list, split) =>
  list.filter((_, i) => (i % HELD_BACK_EVERY === HELD_BACK_EVERY - 1) === (split === 'held back'));

/**
 * One page: the article's lines in furniture drawn with `rand`, and what the record should say.
 * @param {any} article @param {any[]} others @param {() => number} rand @param {string} split
 */
function composePage(article, others, rand, split) {
  const pick = (list) => {
    const variants = variantsOf(list, split);
    return variants[Math.floor(rand() * variants.length)];
  };
  const parts = new Set(Object.entries(PARTS).flatMap(([part, p]) => (rand() < p ? [part] : [])));
  const tags = (article.keywords ?? []).slice(0, MAX_TAGS);
  if (tags.length < 2) parts.delete('tags');
  const headlines = others.map((o) => o.title);
  const author = parts.has('byline') ? pick(WRITERS) : null;
  const lines = [];
  if (parts.has('menu')) lines.push(pick(MENUS)(SECTIONS.slice(0, 6)));
  if (parts.has('breadcrumb')) lines.push(pick(BREADCRUMBS)(pick(SECTIONS)));
  if (parts.has('latest')) lines.push(pick(LATEST_HEADINGS), ...headlines);
  if (parts.has('kicker')) lines.push(pick(KICKERS));
  lines.push(article.title);
  const meta = [...(parts.has('date') ? [pick(DATE_LINES)] : []), ...(author ? [pick(BYLINES)(author)] : [])];
  lines.push(...(rand() < 0.5 ? meta : meta.reverse()));
  if (parts.has('caption')) lines.push(pick(CAPTIONS));
  lines.push(...article.paragraphs);
  if (parts.has('tags')) lines.push(`${pick(TAG_MARKERS)}: ${tags.join(pick(TAG_SEPARATORS.slice(0, -1)))}`);
  if (parts.has('readAlso')) lines.push(`${pick(READ_ALSO_MARKERS)} ${headlines[0]}`);
  if (parts.has('share')) lines.push(pick(SHARE_ROWS));
  if (parts.has('related')) lines.push(pick(RELATED_MARKERS), ...headlines);
  if (parts.has('comments')) lines.push(pick(COMMENT_PROMPTS));
  if (parts.has('footer')) lines.push(pick(FOOTERS));
  if (parts.has('copyright')) lines.push(pick(COPYRIGHT_LINES));
  return { text: `${lines.join('\n\n')}\n`, parts: [...parts], author };
}

const TWEET_PICTURE = /\s*pic\.twitter\.com\/\S+/gu;
/**
 * A paragraph as compared: marks and runs of spaces squashed, a bullet left out (the record drops it), and
 * an embedded tweet's picture link left out (arnews drops it on purpose; Al Mayadeen's texts keep it).
 */
const comparable = (text) =>
  squashMarks(text.replace(TWEET_PICTURE, ''))
    .replace(/^[*•-]\s+/u, '')
    .trim();

function score(article, page) {
  let main = null;
  try {
    main = extract(page.text).find((r) => r.role === 'main') ?? null;
  } catch {
    // A page arnews cannot read scores as a miss on every count.
  }
  const want = article.paragraphs.map(comparable);
  const got = main ? main.paragraphs.map(comparable) : [];
  const wanted = new Set(want);
  const gotten = new Set(got);
  return {
    title: main?.title != null && comparable(main.title) === comparable(article.title),
    body: got.join('\n') === want.join('\n'),
    clean: main !== null && got.every((p) => wanted.has(p)),
    complete: want.every((p) => gotten.has(p)),
    author: page.author === null ? null : (main?.author ?? '').includes(page.author),
    main,
  };
}

const METRICS = ['title', 'body', 'clean', 'complete', 'author'];
const corpus = path.resolve(ROOT, args.corpus);
const usable = loadArticles(corpus).filter(
  (a) =>
    a.set !== 'newspapers' && a.title && a.paragraphs.length >= MIN_PARAGRAPHS && a.paragraphs.length <= MAX_PARAGRAPHS,
);
const pagesPerSplit = Number(args.pages);
const misses = Number(args.misses);
if (misses > 0) fs.mkdirSync(args.out, { recursive: true });
let listed = 0;
const rows = [];
for (const split of ['dev', 'held back']) {
  const articles = usable.filter((a) => (articleSplit(a) === 'dev') === (split === 'dev'));
  const rand = prng(Number(args.seed) * 2 + (split === 'dev' ? 0 : 1));
  /** @type {Record<string, Record<string, [number, number]>>} metric -> part -> [pages, right] */
  const tally = Object.fromEntries(METRICS.map((m) => [m, {}]));
  for (let n = 0; n < pagesPerSplit; n++) {
    const article = articles[Math.floor(rand() * articles.length)];
    const others = Array.from({ length: LIST_ITEMS }, () => articles[Math.floor(rand() * articles.length)]).filter(
      (o) => o !== article,
    );
    const page = composePage(article, others, rand, split);
    const result = score(article, page);
    for (const metric of METRICS) {
      if (result[metric] === null) continue;
      for (const part of ['all', ...page.parts]) {
        const counts = (tally[metric][part] ??= [0, 0]);
        counts[0]++;
        if (result[metric]) counts[1]++;
      }
    }
    if (split === 'dev' && listed < misses && (!result.title || !result.body || result.author === false)) {
      listed++;
      const file = path.join(args.out, `${String(n).padStart(4, '0')}.txt`);
      fs.writeFileSync(file, page.text);
      console.log(`${file}  ${article.key}  parts: ${page.parts.join(' ')}`);
      if (!result.title)
        console.log(`  title: ${JSON.stringify(article.title)} got ${JSON.stringify(result.main?.title)}`);
      if (result.author === false) console.log(`  author: ${page.author} got ${JSON.stringify(result.main?.author)}`);
      if (!result.body) console.log(`  body: clean ${result.clean}, complete ${result.complete}`);
    }
  }
  rows.push({ split, articles: articles.length, tally });
}

const cell = (counts) => (counts ? (counts[1] / counts[0]).toFixed(3) : '  -  ');
console.log(`\npages a split: ${pagesPerSplit}, seed ${args.seed}`);
console.log(`${'split'.padEnd(10)} ${'articles'.padStart(8)}  ${METRICS.map((m) => m.padStart(8)).join(' ')}`);
for (const { split, articles, tally } of rows)
  console.log(
    `${split.padEnd(10)} ${String(articles).padStart(8)}  ${METRICS.map((m) => cell(tally[m].all).padStart(8)).join(' ')}`,
  );
for (const { split, tally } of rows) {
  console.log(`\n${split}: by the parts on the page (pages with the part)`);
  console.log(`${'part'.padEnd(12)} ${'pages'.padStart(6)}  ${METRICS.map((m) => m.padStart(8)).join(' ')}`);
  for (const part of Object.keys(PARTS)) {
    const pages = tally.title[part]?.[0] ?? 0;
    console.log(
      `${part.padEnd(12)} ${String(pages).padStart(6)}  ${METRICS.map((m) => cell(tally[m][part]).padStart(8)).join(' ')}`,
    );
  }
}
