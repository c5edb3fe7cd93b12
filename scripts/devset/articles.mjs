// @ts-check
/**
 * The labelled article sets of ../shared/corpus/articles, read into one shape:
 * { key, set, site, title, paragraphs, keywords, standfirst, source, url, date, raw }.
 *
 * `paragraphs` is the article text as a reader sees it once the set's own in-text boilerplate is taken
 * out (each rule below names what it removes and why); composite pages put these paragraphs in real
 * page templates, so their gold is known by construction. `raw` keeps the record as the set gives it,
 * for the JSONL pages that are scored as they come.
 */
import fs from 'node:fs';
import path from 'node:path';

/** HTML entities left in SaudiNewsNet titles and authors (&quot;العوشن&quot;, &ndash;, &nbsp;). */
function unescapeHtml(text) {
  const named = {
    quot: '"',
    amp: '&',
    lt: '<',
    gt: '>',
    nbsp: ' ',
    ndash: '–',
    mdash: '—',
    rsquo: '’',
    lsquo: '‘',
    hellip: '…',
    laquo: '«',
    raquo: '»',
  };
  return text
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/g, (m, name) => named[name] ?? m);
}

const squash = (text) => text.replace(/[\s\u00a0]+/g, ' ').trim();
/** White space and the zero-width and bidi marks squashed: how the dev set's pages read a line (compose.mjs). */
export const squashMarks = (text) => text.replace(/[\s\u00a0\u200b-\u200f]+/gu, ' ').trim();
const wordsOf = (text) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** SaudiNewsNet source → the site it names (for the split and the page's site). */
const SAUDI_SITES = {
  '3alyoum': '3alyoum',
  aawsat: 'aawsat',
  aleqtisadiya: 'aleqtisadiya',
  aljazirah: 'aljazirah',
  almadina: 'almadina',
  alriyadh: 'alriyadh',
  alwatan: 'alwatan',
  alweeam: 'alweeam',
  alyaum: 'alyaum.com',
  arreyadi: 'arreyadi',
  arriyadiyah: 'arriyadiyah',
  okaz: 'okaz',
  sabq: 'sabq',
  was: 'was',
};
/** The name a source line gives each SaudiNewsNet source (the Arabic masthead). */
const SAUDI_NAMES = {
  '3alyoum': 'عين اليوم',
  aawsat: 'الشرق الأوسط',
  aleqtisadiya: 'الاقتصادية',
  aljazirah: 'الجزيرة',
  almadina: 'المدينة',
  alriyadh: 'الرياض',
  alwatan: 'الوطن',
  alweeam: 'الوئام',
  alyaum: 'اليوم',
  arreyadi: 'الرياضي',
  arriyadiyah: 'الرياضية',
  okaz: 'عكاظ',
  sabq: 'سبق',
  was: 'واس',
};

/**
 * SaudiNewsNet `content` → paragraphs. What each source writes into its text that is not article prose:
 * - any source: a first line that is only a dateline or byline ("عين اليوم – برلين", "<name> – متابعات",
 *   "الرياضي ـ جدة", "الأحساء ـ عادل الدحيلان");
 * - 3alyoum: a trailing "سمات …" tag run;
 * - was (SPA): a first line "<city> <hijri> الموافق <date> واس", the "// انتهى //" line and a "11:03 ت م" time line;
 * - sabq: a "سبق – الرياض:" or "<name>- سبق- <city>:" prefix on the first paragraph;
 * - okaz: the glued share row "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك";
 * - alweeam: " رابط الخبر بصحيفة الوئام: <title>" at the end;
 * - almadina: the columnists' SMS footer "للتواصل مع الكاتب ارسل رسالة SMS …";
 * - every source: HTML entities, runs of spaces.
 */
function cleanSaudiContent(source, content) {
  let lines = unescapeHtml(content).split('\n').map(squash).filter(Boolean);
  const first = () => lines[0] ?? '';
  const isDateline = (line) =>
    wordsOf(line).length <= 6 && /\s[–ـ-]\s?|\s?[–ـ-]\s/u.test(line) && !/[.؟!]$/u.test(line);
  if (isDateline(first())) lines.shift();
  if (source === 'was') {
    if (/واس$/u.test(first())) lines.shift();
    lines = lines.filter((l) => !/^\/+\s*انتهى\s*\/+$/u.test(l) && !/^\d{1,2}:\d{2} ت م$/u.test(l));
  }
  if (source === 'sabq' && lines.length) lines[0] = first().replace(/^[^:]{0,60}?سبق[^:]{0,40}:\s*/u, '');
  if (source === 'okaz' && lines.length)
    lines[0] = first().replace(/^شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك\s*/u, '');
  if (source === '3alyoum' && lines.length) lines[lines.length - 1] = lines.at(-1).replace(/\s+سمات\s+[^.؟!]*$/u, '');
  if (source === 'alweeam' && lines.length)
    lines[lines.length - 1] = lines.at(-1).replace(/\s*رابط الخبر بصحيفة الوئام:.*$/u, '');
  if (source === 'almadina') lines = lines.map((l) => l.replace(/\s*للتواصل مع الكاتب ارسل رسالة SMS.*$/u, ''));
  return lines.map(squash).filter((l) => wordsOf(l).length > 0);
}

/** The tag words 3alyoum glues after the text ("… سمات المانيا مهاجرين"), one word each. */
function threeAlyoumTags(content) {
  const m = /\sسمات\s+([^.؟!]*?)\s*$/u.exec(content);
  return m ? m[1].split(/\s+/u).filter(Boolean) : [];
}

export function loadSaudiNewsNet(corpus) {
  const rows = JSON.parse(fs.readFileSync(path.join(corpus, 'articles/saudinewsnet/sample.json'), 'utf8'));
  return rows.map((row, i) => {
    const title = squash(unescapeHtml(row.title)).replace(row.source === 'was' ? /^[^/]{1,20}\/\s*/u : /$^/u, '');
    return {
      key: `saudinewsnet:${row.source}:${i}`,
      set: 'saudinewsnet',
      site: SAUDI_SITES[row.source],
      title,
      paragraphs: cleanSaudiContent(row.source, row.content),
      keywords: row.source === '3alyoum' ? threeAlyoumTags(row.content) : [],
      standfirst: null,
      source: SAUDI_NAMES[row.source],
      url: row.url,
      date: row.date_extracted,
      raw: row,
    };
  });
}

/** ANT SRC → site. */
const ANT_SITES = {
  'Jawhara FM': 'jawharafm.net',
  CNN: 'arabic.cnn.com',
  BBC: 'bbc.com',
  france24: 'france24.com',
  skynews: 'skynewsarabia.com',
  alarabia: 'alarabiya.net',
};
const ANT_NAMES = {
  'Jawhara FM': 'جوهرة أف أم',
  CNN: 'CNN',
  BBC: 'BBC',
  france24: 'فرانس 24',
  skynews: 'سكاي نيوز عربية',
  alarabia: 'العربية.نت',
};
/** BBC Arabic's app promotion, the last line of some of its texts. */
const BBC_APP_PROMO = /^يمكنكم استلام إشعارات/u;

const tag = (xml, name) => (new RegExp(`<${name}>\\n?([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? '').trim();

/**
 * ANT TEXT → paragraphs, one per line, without BBC Arabic's app promotion ("يمكنكم استلام إشعارات …"). CNN writes its dateline into the first sentence
 * ("دبي، الإمارات العربية المتحدة (CNN)— عبّر …"): composite pages drop it, so that the paragraph
 * gold does not depend on where a reader would cut a dateline.
 */
export function loadAnt(corpus) {
  const out = [];
  for (const dir of ['ant-corpus-v2.1-multisource', 'ant-corpus-v1.1-jawharafm']) {
    const root = path.join(corpus, 'articles', dir);
    for (const file of walk(root)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const xml = fs.readFileSync(file, 'utf8');
      const src = tag(xml, 'SRC');
      const lines = tag(xml, 'TEXT')
        .split('\n')
        .map(squash)
        .filter((l) => wordsOf(l).length > 0 && !BBC_APP_PROMO.test(l));
      if (lines.length && src === 'CNN') lines[0] = lines[0].replace(/^[^()]{0,80}\(CNN\)\s*[-—–]+\s*/u, '');
      out.push({
        key: `ant:${tag(xml, 'DOCNO')}`,
        set: 'ant',
        site: ANT_SITES[src],
        title: squash(tag(xml, 'TITLE')),
        paragraphs: lines,
        keywords: [],
        standfirst: squash(tag(xml, 'ABSTRACT')) || null,
        source: ANT_NAMES[src],
        url: tag(xml, 'URL'),
        date: tag(xml, 'TIME'),
        raw: {
          docno: tag(xml, 'DOCNO'),
          url: tag(xml, 'URL'),
          time: tag(xml, 'TIME'),
          title: tag(xml, 'TITLE'),
          author: tag(xml, 'AUTHOR'),
          text: tag(xml, 'TEXT'),
          src,
        },
      });
    }
  }
  return out;
}

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Al Mayadeen's side-list dates ("2 أيلول", "29 اب", "اليوم 03:45") and its page tail. */
const MAYADEEN_MONTHS =
  'كانون الثاني|كانون ثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين الأول|تشرين الاول|تشرين أول|تشرين اول|تشرين الثاني|تشرين ثاني|كانون الأول|كانون الاول|كانون أول|كانون اول';
const SIDE_DATE = `(?:\\d{1,2} (?:${MAYADEEN_MONTHS})(?: \\d{4})?(?: \\d{1,2}:\\d{2})?|اليوم \\d{1,2}:\\d{2})`;
const MAYADEEN_SIDE_DATES = new RegExp(`^${SIDE_DATE}(?:\\s+${SIDE_DATE})*$`, 'u');
const MAYADEEN_GLUED_DATE = new RegExp(
  `^${SIDE_DATE}\\s{2,}|(?<=[.!؟"”»)\u200f])\\s+${SIDE_DATE}$|\\s+\\d{1,2} (?:${MAYADEEN_MONTHS}) \\d{1,2}:\\d{2}$|\\s+اليوم \\d{1,2}:\\d{2}$`,
  'gu',
);

/** The channel's footer, the end of every `full_text`, sometimes glued to the side list's last date. */
const MAYADEEN_FOOTER = /\s*(?:تصفح المزيد\s*)?شبكة الميادين الإعلامية قناة فضائية[\s\S]*$/u;
const MAYADEEN_TAIL_DATES = new RegExp(`(?:\\s+${SIDE_DATE})+\\s*$`, 'u');

/**
 * Al Mayadeen `full_text` is the whole page flattened: the standfirst glued to the first paragraph
 * with one space, paragraphs joined by runs of 3+ spaces, a side list's dates ("30 اب", "اليوم 03:45")
 * between paragraphs or glued to them, "اقرأ للكاتب" (a link to the author's page) on opinion pieces,
 * then "تصفح المزيد" and the channel footer. Paragraphs: the standfirst (the record's `description`) on
 * its own, then each chunk before the footer, side-list dates and the author link left out.
 */
function mayadeenParagraphs(row) {
  const text = row.full_text
    .replace(MAYADEEN_FOOTER, '')
    .replace(MAYADEEN_TAIL_DATES, '')
    .replace(/\s*اقرأ للكاتب(?=\s{2,}|\s*$)/gu, '   ');
  const chunks = text
    .split(/\s{3,}/u)
    .map((c) => c.trim())
    .filter(Boolean);
  const paragraphs = [];
  for (const chunk of chunks) {
    if (chunk === 'تصفح المزيد') break;
    if (MAYADEEN_SIDE_DATES.test(chunk)) continue;
    paragraphs.push(squash(chunk.replace(MAYADEEN_GLUED_DATE, '')));
  }
  const description = squash(row.description ?? '');
  if (description && paragraphs[0]?.startsWith(description)) {
    const rest = paragraphs[0].slice(description.length).trim();
    paragraphs.splice(0, 1, description, ...(rest ? [rest] : []));
  }
  return paragraphs.filter((p) => wordsOf(p).length > 0);
}

export function loadAlMayadeen(corpus) {
  const rows = JSON.parse(
    fs.readFileSync(path.join(corpus, 'articles/almayadeen-scrape/articles_2024_9.sample150.json'), 'utf8'),
  );
  return rows.map((row) => {
    const paragraphs = mayadeenParagraphs(row);
    return {
      key: `almayadeen:${row.post_id}`,
      set: 'almayadeen',
      site: 'almayadeen.net',
      title: squash(row.title),
      paragraphs: paragraphs.slice(1),
      keywords: [...new Set(row.keywords.map(squash))],
      standfirst: paragraphs[0] ?? null,
      source: 'الميادين نت',
      url: row.url,
      date: row.published_time,
      raw: row,
    };
  });
}

/**
 * Arabic Newspapers Corpus: line 1 is the title, the other lines the text (CRLF, a final NUL). These
 * files are used as they come, with gold written by reading (build-devset.mjs, NEWSPAPER_GOLD); for
 * composite pages only plain prose lines are taken (at least 8 words each), so that bylines, dates,
 * captions and subheads of the original layout do not travel into other pages.
 */
export function loadNewspapers(corpus) {
  const dir = path.join(corpus, 'articles/arabic-newspapers-corpus-19-countries');
  const rows = fs
    .readFileSync(path.join(dir, 'index.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  return rows.map((row) => {
    const text = fs.readFileSync(path.join(dir, row.file), 'utf8').replace(/\0/g, '');
    const lines = text.split(/\r\n|\r|\n/).map(squash);
    const nonBlank = lines.filter(Boolean);
    return {
      key: `newspapers:${path.basename(row.file, '.txt')}`,
      set: 'newspapers',
      site: `newspapers-${row.country}`,
      title: nonBlank[0] ?? '',
      paragraphs: nonBlank.slice(1).filter((l) => wordsOf(l).length >= 8 && !/[?]{3,}/.test(l)),
      keywords: [],
      standfirst: null,
      source: null,
      url: null,
      date: null,
      raw: { file: path.join(dir, row.file), index: row },
    };
  });
}

/**
 * How a JSONL page feeds an article of SaudiNewsNet, Al Mayadeen or ANT to arnews: the record `line`
 * (the set's row, or an ANT document as {id, url, date, title, text}), the field `options` that name
 * its text and date, the `text` field's value, and the gold `paragraphs` (the text with the set's
 * in-text boilerplate read out). The dev set's JSONL pages (real.mjs) and scripts/eval-articles.mjs feed
 * articles so.
 */
export function jsonlFeed(a) {
  if (a.set === 'saudinewsnet')
    return {
      line: a.raw,
      options: { textField: 'content', dateField: 'date_extracted' },
      text: a.raw.content,
      paragraphs: cleanSaudiContent(a.raw.source, a.raw.content),
    };
  if (a.set === 'almayadeen')
    return {
      line: a.raw,
      options: { textField: 'full_text', dateField: 'published_time' },
      text: a.raw.full_text,
      paragraphs: mayadeenParagraphs(a.raw),
    };
  return {
    line: { id: a.raw.docno, url: a.raw.url, date: a.raw.time, title: a.raw.title, text: a.raw.text },
    options: {},
    text: a.raw.text,
    paragraphs: a.raw.text.split('\n').map(squashMarks).filter(Boolean),
  };
}

/** Every labelled article of the corpus (SaudiNewsNet, ANT, Al Mayadeen, the newspapers corpus): what learn-spellings reads. */
export function loadArticles(corpus) {
  return [...loadSaudiNewsNet(corpus), ...loadAnt(corpus), ...loadAlMayadeen(corpus), ...loadNewspapers(corpus)];
}
