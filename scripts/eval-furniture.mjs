#!/usr/bin/env node
// @ts-check
/**
 * `npm run eval:furniture`: the labelled articles of the corpus (SaudiNewsNet, ANT, Al Mayadeen; the
 * newspapers corpus's titles are its files' first lines, not always headlines) set in page furniture drawn
 * at random, as a text dump prints it: a menu, a breadcrumb, a "latest" list of other articles' headlines,
 * a kicker, a date line and a byline in either order, a photo's caption, then the text, its tags, a share
 * row, a related list, a comment prompt, a footer, a copyright line. Each part is on the page or not,
 * independently, so that the pages hold combinations no site prints and no dev-set page has. Round 8u added
 * nine parts (NEW_PARTS): a second article printed in full, the standfirst, tags in more forms, dump noise.
 * It scores: records (as many as the page holds articles); the main record's title exact, body exact,
 * clean (no line outside the text), complete (every line of the text), author (where a byline is printed),
 * keywords (set F1, where tags are printed), related (the second article's title among its related
 * titles); the embedded record's title and body exact; each again by the parts on the page. A standfirst
 * is the body's first paragraph, as the dev set's golds have it (scripts/build-devset.mjs).
 *
 * `--render STYLE` (round 24) writes the same page as HTML — the headline to the share row in an <article>,
 * menus and lists as links, the caption in a <figure> — and reads it as a real renderer prints it (the dev
 * set's renderers, scripts/devset/render.mjs), or as HTML (`--render html`, the HTML front end): the same
 * furniture in the dump forms and markup no dev-set page has it in. The dump noise parts are left out there
 * (the renderer prints its own); every other draw is the text mode's.
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
import { RENDERERS, checkRenderers, render } from './devset/render.mjs';
import { articleSplit } from './devset/split.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = scriptArgs(
  `Usage: npm run eval:furniture [-- OPTIONS]   (or node scripts/eval-furniture.mjs [OPTIONS], after npm run build)
Sets the labelled articles in random page furniture and scores the main record (see the file's header).
  --pages N      pages a split (default 1500)
  --seed N       the random draw (default 1)
  --misses N     list the first N dev pages with a metric wrong, and write them to --out
  --metric M,..  the metrics --misses looks at (default any: records, title, body, clean, complete, author,
                 keywords, related, embTitle, embBody)
  --old-parts    only round 23's fourteen parts, drawn as they were (its figures)
  --render STYLE write each page as HTML and read it as STYLE prints it (w3m, lynx, lynx-refs, html2text-py,
                 html2text-deb, resiliparse, warc2text: the dev set's renderers), or as the HTML itself (html)
  --out DIR      where --misses writes the pages (default /tmp/arnews-furniture)
  --corpus DIR   the shared corpus (default ../shared/corpus)`,
  {
    pages: { type: 'string', default: '1500' },
    seed: { type: 'string', default: '1' },
    misses: { type: 'string', default: '0' },
    metric: { type: 'string', default: 'any' },
    'old-parts': { type: 'boolean', default: false },
    render: { type: 'string' },
    out: { type: 'string', default: '/tmp/arnews-furniture' },
    corpus: { type: 'string', default: '../shared/corpus' },
  },
);
if (args.render && args.render !== 'html') {
  if (!RENDERERS.includes(args.render))
    throw new Error(`--render: one of html, ${RENDERERS.join(', ')} (got ${args.render})`);
  checkRenderers();
}
const { extract, normalizeArabic } = await import('arnews');

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

/**
 * Round 8u's parts (issue 8, points 2-4), each on a page or not by its own draw, drawn from a second
 * stream (NEW_STREAM) so that the fourteen parts above keep their draws and their figures stay comparable
 * (`--old-parts` leaves the new ones out): a second article printed in full on the page; the article's
 * standfirst under its headline; tags on the line(s) under a marker alone, with their separators lost, or
 * in a long list; and the noise text dumps print on furniture lines (bullets, U+00A0-only lines, lynx's
 * link numbers and their list at the end, the page's <title> first).
 */
const NEW_PARTS = {
  embedded: 0.3,
  standfirst: 0.5,
  tagsBelow: 0.35,
  tagsUnseparated: 0.3,
  tagsLong: 0.3,
  bullets: 0.25,
  nbsp: 0.25,
  refs: 0.2,
  pageTitle: 0.25,
};
/** The second stream's seed is the first's plus this. */
const NEW_STREAM = 1000;
/** A long tag list: the article's keywords, then other articles' until it has this many. */
const LONG_TAGS = 12;
/** How often a U+00A0-only line follows a furniture block when the part is on. */
const NBSP_RATE = 0.5;
/** The first number lynx gives a link of the page's body (the links of the page's head come before). */
const MAX_FIRST_REF = 40;
/** A standfirst whose first characters open the text is in it already. */
const STANDFIRST_HEAD = 30;

/**
 * Where the second article goes: after a read-also marker alone on its line (or with the headline on the
 * marker's line), right after the first article's tags, after its share row or its comment prompt (the
 * headline with no marker), or as the first item of a related list, its text under its headline and the
 * other items after it.
 */
const EMBED_PLACES = ['read-also', 'after-tags', 'read-also-inline', 'related-first', 'after-share', 'after-comments'];
/** Where a standfirst is printed: under the headline, under the date line and byline, under the caption. */
const STANDFIRST_PLACES = ['headline', 'meta', 'caption'];
/** A marker alone on its line, and the tags on the next line or one a line. */
const TAGS_BELOW = [
  (marker, tags, sep) => [`${marker}:`, tags.join(sep)],
  (marker, tags) => [`${marker}:`, ...tags],
  (marker, tags, sep) => [marker, tags.join(sep)],
];
/** List bullets as the renderers print them: w3m, html2text (python), lynx, w3m's second level, Markdown. */
const BULLETS = ['  • ', '* ', '  * ', '     * ', '      ◦ ', '- '];
/** U+00A0-only lines, as warc2text prints an empty paragraph (&nbsp;). */
const NBSP_LINES = ['\u00a0', '\u00a0\u00a0', ' \u00a0'];
/** lynx's reference numbers before a link's text, at a block's indent, a paragraph's, a nested block's. */
const REFS = [(n, text) => `[${n}]${text}`, (n, text) => `   [${n}]${text}`, (n, text) => `      [${n}]${text}`];
/** lynx's list of the links' addresses at the end of the page, under this heading. */
const REFERENCES = 'References';
/** The page's <title> as warc2text prints it first: the headline and the site's name. */
const PAGE_TITLES = [
  (title, site) => `${title} | ${site}`,
  (title, site) => `${title} - ${site}`,
  (title, site) => `${site} | ${title}`,
  (title, site) => `${title} – ${site}`,
  (title, site) => `${title} :: ${site}`,
  (title, site) => `${title} — ${site}`,
];
const SITE_NAMES = ['الخبر', 'صحيفة الوطن', 'بوابة الأخبار', 'Akhbar News', 'موقع النبأ', 'الرأي اليوم'];

/** The parts that are a text dump's own noise: with --render, the renderer prints its own. */
const DUMP_NOISE = ['bullets', 'nbsp', 'refs', 'pageTitle'];

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Each link its own address, so that lynx's list of references has one line a link. */
let linksMade = 0;
const linkTo = (text) => `<a href="https://www.example.com/${++linksMade}">${escapeHtml(text)}</a>`;
const linkList = (items) => `<ul>${items.map((item) => `<li>${linkTo(item)}</li>`).join('')}</ul>`;
const paragraphsHtml = (paragraphs) =>
  `<div class="article-text">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>`;
/** A row of lines (a share row, a footer): one link each when there are several, else the line as text. */
const linesHtml = (name, lines) =>
  lines.length > 1
    ? `<div class="${name}">${linkList(lines)}</div>`
    : `<div class="${name}">${escapeHtml(lines[0])}</div>`;
/** A tag block's lines as markup: each tag a link, as tag pages are linked; the marker and separators as text. */
function tagsHtml(lines, tags, separator) {
  const tagged = new Set(tags);
  const joined = tags.join(separator);
  const line = (text) => {
    if (tagged.has(text)) return `<li>${linkTo(text)}</li>`;
    const at = text.lastIndexOf(joined);
    if (at < 0 || at + joined.length !== text.length) return `<p>${escapeHtml(text)}</p>`;
    const links = tags.map(linkTo).join(escapeHtml(separator));
    return `<p>${escapeHtml(text.slice(0, at))}${links}</p>`;
  };
  return `<div class="tags">${lines.map(line).join('')}</div>`;
}
/** The page's markup: the blocks in order, the article's own in an <article> element. */
function pageHtml(title, blocks) {
  const body = [];
  let open = false;
  for (const block of blocks.filter((b) => b.html)) {
    if (block.inArticle !== open) body.push(open ? '</article>' : '<article>');
    open = block.inArticle;
    body.push(block.html);
  }
  if (open) body.push('</article>');
  return `<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}

/** The variants of a list one split may draw: a third of them held back. */
const variantsOf = (list, split) =>
  list.filter((_, i) => (i % HELD_BACK_EVERY === HELD_BACK_EVERY - 1) === (split === 'held back'));

/** The tags a page with a long tag list prints: the article's keywords, then others' (`pool`), deduplicated. */
function longTags(article, pool, rand) {
  const tags = new Set(article.keywords);
  for (let tries = 0; tags.size < LONG_TAGS && tries < LONG_TAGS * 4; tries++)
    for (const tag of pool[Math.floor(rand() * pool.length)].keywords) if (tags.size < LONG_TAGS) tags.add(tag);
  return [...tags];
}

/**
 * One page: the article's lines in furniture drawn with `rand` (round 23's parts) and `more` (round 8u's:
 * `more.rand` draws them, `more.pool` are the split's articles, `more.off` leaves them out, `more.rendered` leaves out the dump noise), and what the
 * records should say: the main record's `paragraphs` and `tags`, the embedded article, the byline's name.
 * @param {any} article @param {any[]} others @param {() => number} rand @param {string} split
 * @param {{ rand: () => number, pool: any[], off: boolean, rendered: boolean }} more
 */
function composePage(article, others, rand, split, more) {
  const pick = (list, r = rand) => {
    const variants = variantsOf(list, split);
    return variants[Math.floor(r() * variants.length)];
  };
  const added = new Set(Object.entries(NEW_PARTS).flatMap(([part, p]) => (more.rand() < p && !more.off ? [part] : [])));
  if (more.rendered) for (const part of DUMP_NOISE) added.delete(part);
  // A standfirst the text opens with already is not printed twice (as the dev set's builder does).
  const standfirst =
    article.standfirst && !article.paragraphs[0].startsWith(article.standfirst.slice(0, STANDFIRST_HEAD))
      ? article.standfirst
      : null;
  if (!standfirst) added.delete('standfirst');
  const tagged = more.pool.filter((a) => a.keywords.length > 0);
  const embedded = added.has('embedded')
    ? more.pool.filter((a) => a !== article)[Math.floor(more.rand() * (more.pool.length - 1))]
    : null;
  const place = embedded ? pick(EMBED_PLACES, more.rand) : null;
  const standfirstPlace = pick(STANDFIRST_PLACES, more.rand);
  const bullet = pick(BULLETS, more.rand);
  const nbspLine = pick(NBSP_LINES, more.rand);
  const refOf = pick(REFS, more.rand);
  const firstRef = 1 + Math.floor(more.rand() * MAX_FIRST_REF);
  let refNumber = firstRef;
  const pageTitle = pick(PAGE_TITLES, more.rand)(article.title, pick(SITE_NAMES, more.rand));
  const belowForm = pick(TAGS_BELOW, more.rand);
  const long = added.has('tagsLong') && tagged.length > 0 ? longTags(article, tagged, more.rand) : null;
  /** A link's text as the page prints it: with lynx's number when the part is on. */
  const link = (text) => (added.has('refs') ? refOf(refNumber++, text) : text);
  /** A list's item lines: bulleted when the part is on. */
  const listed = (lines) =>
    added.has('bullets') ? lines.map((line) => `${bullet}${line.replace(/^\* /u, '')}`) : lines;

  const parts = new Set(Object.entries(PARTS).flatMap(([part, p]) => (rand() < p ? [part] : [])));
  const own = (article.keywords ?? []).slice(0, MAX_TAGS);
  if (own.length < 2) parts.delete('tags');
  const tags = long ?? own;
  if (!parts.has('tags')) for (const form of ['tagsBelow', 'tagsUnseparated', 'tagsLong']) added.delete(form);
  const headlines = others.map((o) => o.title);
  const author = parts.has('byline') ? pick(WRITERS) : null;
  /**
   * Blocks of lines, each furniture or the article's (U+00A0-only lines go only between furniture blocks),
   * and the same block as a page's markup prints it (--render).
   */
  const blocks = [];
  const push = (furniture, html, ...lines) => blocks.push({ furniture, html, lines, inArticle: false });
  /** A block the page's markup puts inside the article's own element: headline to share row. */
  const pushInArticle = (furniture, html, ...lines) => blocks.push({ furniture, html, lines, inArticle: true });
  if (added.has('pageTitle')) push(true, '', pageTitle);
  if (parts.has('menu')) {
    const items = SECTIONS.slice(0, 6);
    const menu = pick(MENUS)(items.map(link));
    push(true, `<nav>${linkList(items)}</nav>`, menu.includes('\n') ? listed(menu.split('\n')).join('\n') : menu);
  }
  if (parts.has('breadcrumb')) {
    const crumb = pick(BREADCRUMBS)(pick(SECTIONS));
    push(true, `<div class="crumbs">${escapeHtml(crumb)}</div>`, crumb);
  }
  if (parts.has('latest')) {
    const heading = pick(LATEST_HEADINGS);
    push(
      true,
      `<aside><h3>${escapeHtml(heading)}</h3>${linkList(headlines)}</aside>`,
      heading,
      ...listed(headlines.map(link)),
    );
  }
  if (parts.has('kicker')) {
    const kicker = pick(KICKERS);
    push(true, `<div class="kicker">${escapeHtml(kicker)}</div>`, kicker);
  }
  pushInArticle(false, `<h1>${escapeHtml(article.title)}</h1>`, article.title);
  const lead = standfirst && added.has('standfirst') ? [standfirst] : [];
  const leadHtml = lead.map((line) => `<p class="lead">${escapeHtml(line)}</p>`).join('');
  if (standfirstPlace === 'headline') pushInArticle(false, leadHtml, ...lead);
  const meta = [...(parts.has('date') ? [pick(DATE_LINES)] : []), ...(author ? [pick(BYLINES)(author)] : [])];
  const metaLines = rand() < 0.5 ? meta : meta.reverse();
  pushInArticle(true, metaLines.map((line) => `<div class="meta">${escapeHtml(line)}</div>`).join(''), ...metaLines);
  if (standfirstPlace === 'meta') pushInArticle(false, leadHtml, ...lead);
  if (parts.has('caption')) {
    const caption = pick(CAPTIONS);
    pushInArticle(
      true,
      `<figure><img src="photo.jpg" alt=""><figcaption>${escapeHtml(caption)}</figcaption></figure>`,
      caption,
    );
  }
  if (standfirstPlace === 'caption') pushInArticle(false, leadHtml, ...lead);
  pushInArticle(false, paragraphsHtml(article.paragraphs), ...article.paragraphs);
  // A second article after the first one's tail needs the tail: with no tags it goes after the share row,
  // and a share row or comment prompt the page did not draw is drawn from the second stream.
  const tailPlace = place === 'after-tags' && !parts.has('tags') ? 'after-share' : place;
  const tailShare = tailPlace === 'after-share' && !parts.has('share') ? [pick(SHARE_ROWS, more.rand)] : [];
  const tailPrompt = tailPlace === 'after-comments' && !parts.has('comments') ? [pick(COMMENT_PROMPTS, more.rand)] : [];
  /** The second article where it goes `at`: its headline (a link), then its text. */
  const second = (at) => (tailPlace === at ? [link(embedded.title), ...embedded.paragraphs] : []);
  const secondHtml = (at) =>
    tailPlace === at ? `<h2>${linkTo(embedded.title)}</h2>${paragraphsHtml(embedded.paragraphs)}` : '';
  if (parts.has('tags')) {
    const marker = pick(TAG_MARKERS);
    const drawn = pick(TAG_SEPARATORS.slice(0, -1));
    const separator = added.has('tagsUnseparated') ? ' ' : drawn;
    const tagLines = added.has('tagsBelow')
      ? belowForm(marker, tags, separator)
      : [`${marker}: ${tags.join(separator)}`];
    pushInArticle(true, tagsHtml(tagLines, tags, separator), ...tagLines);
  }
  push(false, secondHtml('after-tags'), ...second('after-tags'));
  if (place === 'read-also') {
    const marker = pick(READ_ALSO_MARKERS, more.rand);
    push(
      false,
      `<div class="read-also"><strong>${escapeHtml(marker)}</strong></div>${secondHtml(place)}`,
      marker,
      ...second(place),
    );
  }
  if (place === 'read-also-inline') {
    const marker = pick(READ_ALSO_MARKERS, more.rand);
    push(
      false,
      `<p><strong>${escapeHtml(marker)}</strong> ${linkTo(embedded.title)}</p>${paragraphsHtml(embedded.paragraphs)}`,
      `${marker} ${link(embedded.title)}`,
      ...embedded.paragraphs,
    );
  }
  if (parts.has('readAlso')) {
    const marker = pick(READ_ALSO_MARKERS);
    push(
      true,
      `<p class="read-also">${escapeHtml(marker)} ${linkTo(headlines[0])}</p>`,
      `${marker} ${link(headlines[0])}`,
    );
  }
  const shareRow = (row) => pushInArticle(true, linesHtml('share', row.split('\n')), row);
  if (parts.has('share')) shareRow(pick(SHARE_ROWS));
  tailShare.forEach(shareRow);
  push(false, secondHtml('after-share'), ...second('after-share'));
  if (parts.has('related') || place === 'related-first') {
    const marker = parts.has('related') ? pick(RELATED_MARKERS) : pick(RELATED_MARKERS, more.rand);
    const heading = `<h3>${escapeHtml(marker)}</h3>`;
    if (place === 'related-first') {
      push(true, `${heading}${linkList([embedded.title])}`, marker, ...listed([link(embedded.title)]));
      push(false, paragraphsHtml(embedded.paragraphs), ...embedded.paragraphs);
      push(true, linkList(headlines), ...listed(headlines.map(link)));
    } else push(true, `<section>${heading}${linkList(headlines)}</section>`, marker, ...listed(headlines.map(link)));
  }
  const prompt = (text) => push(true, `<div class="comments">${escapeHtml(text)}</div>`, text);
  if (parts.has('comments')) prompt(pick(COMMENT_PROMPTS));
  tailPrompt.forEach(prompt);
  push(false, secondHtml('after-comments'), ...second('after-comments'));
  if (parts.has('footer')) {
    const footer = pick(FOOTERS);
    push(true, `<footer>${linesHtml('footer-links', footer.split('\n'))}</footer>`, footer);
  }
  if (parts.has('copyright')) {
    const copyright = pick(COPYRIGHT_LINES);
    push(true, `<p class="copyright">${escapeHtml(copyright)}</p>`, copyright);
  }
  if (added.has('refs') && refNumber > firstRef) {
    const numbers = Array.from({ length: refNumber - firstRef }, (_, k) => firstRef + k);
    push(true, '', REFERENCES, numbers.map((n) => `${String(n).padStart(4)}. https://www.example.com/${n}`).join('\n'));
  }

  const lines = blocks
    .filter((b) => b.lines.length > 0)
    .flatMap((b, i, all) =>
      added.has('nbsp') && b.furniture && all[i + 1]?.furniture !== false && more.rand() < NBSP_RATE
        ? [...b.lines, nbspLine]
        : b.lines,
    );
  return {
    text: `${lines.join('\n\n')}\n`,
    html: pageHtml(pageTitle, blocks),
    parts: [...parts, ...added].filter((p) => p !== 'embedded' || embedded),
    author,
    paragraphs: [...lead, ...article.paragraphs],
    tags: parts.has('tags') ? tags : null,
    embedded,
    place,
  };
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

const WORDS = /[\p{L}\p{N}]+/gu;
/** Tags and titles as the dev set's scorer compares them: the matching form, its words only. */
const matchKey = (text) => (normalizeArabic(text).match(WORDS) ?? []).join(' ');

/** Set F1 of the tags a record gives against the page's, on the matching form. */
function tagsF1(gold, got) {
  const want = new Set(gold.map(matchKey));
  const have = new Set(got.map(matchKey));
  const hit = [...have].filter((tag) => want.has(tag)).length;
  return want.size + have.size === 0 ? 1 : (2 * hit) / (want.size + have.size);
}

/** How a record's paragraphs read against the article's: body exact, clean (nothing else), complete. */
function bodyOf(paragraphs, record) {
  const want = paragraphs.map(comparable);
  const got = record ? record.paragraphs.map(comparable) : [];
  const wanted = new Set(want);
  const gotten = new Set(got);
  return {
    body: got.join('\n') === want.join('\n'),
    clean: record !== null && got.every((p) => wanted.has(p)),
    complete: want.every((p) => gotten.has(p)),
  };
}

/** What --misses shows of a wrong body: its first paragraph the article lacks, the first it misses. */
function bodyDiff(paragraphs, record) {
  const want = paragraphs.map(comparable);
  const got = record ? record.paragraphs.map(comparable) : [];
  const extra = got.find((p) => !want.includes(p));
  const missing = want.find((p) => !got.includes(p));
  // Where the two paragraphs differ within a paragraph (a join, a cut, a space), the text around it.
  let from = 0;
  if (extra !== undefined && missing !== undefined) {
    while (from < extra.length && extra[from] === missing[from]) from++;
    from = Math.max(0, from - MISS_CHARS / 2);
  }
  const clip = (p) =>
    p === undefined ? '-' : `${from > 0 ? '…' : ''}${JSON.stringify(p.slice(from, from + MISS_CHARS))}`;
  return `; extra ${clip(extra)}, missing ${clip(missing)}`;
}
/** How much of a paragraph --misses prints. */
const MISS_CHARS = 60;

const sameTitle = (record, article) => record?.title != null && comparable(record.title) === comparable(article.title);

/** The embedded record that prints an article: the one with its title, else the one holding most of its text. */
function embeddedRecord(article, records, main) {
  const candidates = records.filter((r) => r.role === 'embedded' && r.parent === main?.id);
  const own = new Set(article.paragraphs.map(comparable));
  const shared = (r) => r.paragraphs.filter((p) => own.has(comparable(p))).length;
  return (
    candidates.find((r) => sameTitle(r, article)) ??
    candidates.filter((r) => shared(r) > 0).sort((a, b) => shared(b) - shared(a))[0] ??
    null
  );
}

function score(article, page) {
  let records = [];
  try {
    records = extract(page.text);
  } catch {
    // A page arnews cannot read scores as a miss on every count.
  }
  const main = records.find((r) => r.role === 'main') ?? null;
  const { embedded } = page;
  const second = embedded ? embeddedRecord(embedded, records, main) : null;
  return {
    records: records.length === (embedded ? 2 : 1),
    title: sameTitle(main, article),
    ...bodyOf(page.paragraphs, main),
    author: page.author === null ? null : (main?.author ?? '').includes(page.author),
    keywords: page.tags === null ? null : tagsF1(page.tags, main?.keywords ?? []),
    related: embedded ? (main?.related ?? []).some((r) => matchKey(r.title) === matchKey(embedded.title)) : null,
    embTitle: embedded ? sameTitle(second, embedded) : null,
    embBody: embedded ? bodyOf(embedded.paragraphs, second).body : null,
    main,
    second,
  };
}

/** The metrics, in the tables' order; keywords is a mean F1, the others shares of pages. */
const METRICS = [
  'records',
  'title',
  'body',
  'clean',
  'complete',
  'author',
  'keywords',
  'related',
  'embTitle',
  'embBody',
];
/** The first words of each metric's column heading. */
const HEADS = { records: 'records', keywords: 'kw F1', related: 'rel', embTitle: 'emb tit', embBody: 'emb body' };
const corpus = path.resolve(ROOT, args.corpus);
const usable = loadArticles(corpus).filter(
  (a) =>
    a.set !== 'newspapers' && a.title && a.paragraphs.length >= MIN_PARAGRAPHS && a.paragraphs.length <= MAX_PARAGRAPHS,
);
const pagesPerSplit = Number(args.pages);
const misses = Number(args.misses);
const missMetrics = args.metric === 'any' ? METRICS : args.metric.split(',');
if (misses > 0) fs.mkdirSync(args.out, { recursive: true });
let listed = 0;
const rows = [];
for (const split of ['dev', 'held back']) {
  const articles = usable.filter((a) => (articleSplit(a) === 'dev') === (split === 'dev'));
  const seed = Number(args.seed) * 2 + (split === 'dev' ? 0 : 1);
  const rand = prng(seed);
  const more = {
    rand: prng(seed + NEW_STREAM),
    pool: articles,
    off: args['old-parts'],
    rendered: Boolean(args.render),
  };
  /** @type {Record<string, Record<string, [number, number]>>} metric -> part -> [pages, right] */
  const tally = Object.fromEntries(METRICS.map((m) => [m, {}]));
  for (let n = 0; n < pagesPerSplit; n++) {
    const article = articles[Math.floor(rand() * articles.length)];
    const others = Array.from({ length: LIST_ITEMS }, () => articles[Math.floor(rand() * articles.length)]).filter(
      (o) => o !== article,
    );
    const page = composePage(article, others, rand, split, more);
    if (args.render) page.text = args.render === 'html' ? page.html : render(page.html, args.render, corpus);
    const result = score(article, page);
    for (const metric of METRICS) {
      if (result[metric] === null) continue;
      for (const part of ['all', ...page.parts]) {
        const counts = (tally[metric][part] ??= [0, 0]);
        counts[0]++;
        counts[1] += Number(result[metric]);
      }
    }
    const wrong = missMetrics.filter((m) => result[m] !== null && Number(result[m]) < 1);
    if (split === 'dev' && listed < misses && wrong.length > 0) {
      listed++;
      const file = path.join(args.out, `${String(n).padStart(4, '0')}.txt`);
      fs.writeFileSync(file, page.text);
      console.log(`${file}  ${article.key}  parts: ${page.parts.join(' ')}  wrong: ${wrong.join(' ')}`);
      const { main, second } = result;
      if (!result.title) console.log(`  title: ${JSON.stringify(article.title)} got ${JSON.stringify(main?.title)}`);
      if (result.author === false) console.log(`  author: ${page.author} got ${JSON.stringify(main?.author)}`);
      if (!result.body)
        console.log(`  body: clean ${result.clean}, complete ${result.complete}${bodyDiff(page.paragraphs, main)}`);
      if (wrong.includes('keywords'))
        console.log(`  keywords: ${JSON.stringify(page.tags)} got ${JSON.stringify(main?.keywords)}`);
      if (result.related === false)
        console.log(`  related: ${JSON.stringify(main?.related.map((r) => r.title))} (${page.place})`);
      if (result.embTitle === false)
        console.log(`  embedded title: ${JSON.stringify(page.embedded.title)} got ${JSON.stringify(second?.title)}`);
      if (result.embBody === false)
        console.log(
          `  embedded body: ${second ? `wrong${bodyDiff(page.embedded.paragraphs, second)}` : 'no record'} (${page.place})`,
        );
      if (!result.records) console.log(`  records: ${page.embedded ? 2 : 1} wanted`);
    }
  }
  rows.push({ split, articles: articles.length, tally });
}

const cell = (counts) => (counts ? (counts[1] / counts[0]).toFixed(3) : '  -  ');
const heads = METRICS.map((m) => (HEADS[m] ?? m).padStart(8)).join(' ');
console.log(`\npages a split: ${pagesPerSplit}, seed ${args.seed}${args['old-parts'] ? ', round 23 parts only' : ''}`);
console.log(`${'split'.padEnd(10)} ${'articles'.padStart(8)}  ${heads}`);
for (const { split, articles, tally } of rows)
  console.log(
    `${split.padEnd(10)} ${String(articles).padStart(8)}  ${METRICS.map((m) => cell(tally[m].all).padStart(8)).join(' ')}`,
  );
for (const { split, tally } of rows) {
  console.log(`\n${split}: by the parts on the page (pages with the part)`);
  console.log(`${'part'.padEnd(15)} ${'pages'.padStart(6)}  ${heads}`);
  for (const part of [...Object.keys(PARTS), ...Object.keys(NEW_PARTS)]) {
    const pages = tally.title[part]?.[0] ?? 0;
    console.log(
      `${part.padEnd(15)} ${String(pages).padStart(6)}  ${METRICS.map((m) => cell(tally[m][part]).padStart(8)).join(' ')}`,
    );
  }
}
