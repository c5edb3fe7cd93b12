/**
 * Composite pages: real articles of the labelled sets put into the real HTML of a real site
 * (templates.mjs), with what a page around an article holds: a kicker line, a standfirst, a tag block
 * in one of the separator styles, a second or third article (after a read-also marker, after the first
 * article's tail, or as the first item of a related box), source and date lines. The gold records are
 * what was put in, so they are known by construction.
 */
import * as cheerio from 'cheerio';
import { squashMarks as squash } from './articles.mjs';
import { KICKERS, READ_ALSO_MARKERS, RELATED_MARKERS, TAG_MARKERS, TAG_SEPARATORS } from './markers.mjs';

export { squash };
const wordsOf = (text) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The relation a reader gives a titled list of other articles, from its heading: "read also" boxes,
 * "related" lists, and every other list of headlines (most read, latest, picks, next/previous).
 */
function relationOf(heading, normalize) {
  const h = normalize(heading);
  // A verb of reading or watching, then "also" (vocabulary.ts SEE_ALSO): whichever verb the site chose, in
  // the masculine or the feminine ("اقرئي أيضاً", as women's magazines write it).
  if (/اقرا|اقرئي|انظر ايضا|طالع|يمكنك ايضا|(?:شاهد|تابع) (?:ايضا|كذلك)/u.test(h)) return 'read-also';
  if (/ذات صله|ذات علاقه|متعلق|مشابه|مرتبط|قد يعجبك|قد يهمك|يهمك ايضا|similaires|m[êe]me sujet/u.test(h))
    return 'similar';
  return 'more';
}

export { KICKERS, READ_ALSO_MARKERS, RELATED_MARKERS, TAG_MARKERS, TAG_SEPARATORS };

/**
 * The tag block of a page in a given style; `tags` is what a reader reads as the tags (the gold).
 * Site styles copy the site's own markup; generic styles write a marker and the tags with a separator,
 * on the marker's line (inline) or the next (below), or one tag per list item (list).
 */
function tagBlock(style, tags, { marker = TAG_MARKERS[0], separator = ', ', more = false, title = '' } = {}) {
  const a = (t) => `<a href="/tag/${encodeURIComponent(t)}" rel="tag">${esc(t)}</a>`;
  const moreButton = more ? ' <a href="/tags">المزيد</a>' : '';
  switch (style) {
    case 'youm7':
      return `<div class="tags"><img src="/images/tagNewNew.png?2">${tags.map((t) => `<h3>${a(t)}</h3>`).join('')}</div>`;
    case 'akhbarelyom':
      return `<div class="post-tags"><span class="post-tags_title">الكلمات الدالة :</span>${tags.map((t) => `<a class="post-tags_link" href="#"><h6>${esc(t)}</h6></a>`).join('')}</div>`;
    case 'sputnik':
      return `<div class="b-article__refs-item-title b-article__refs-tags">${tags.map(a).join(', ')}</div>`;
    case 'elbalad':
      return `<div class="jeg_post_tags"><span>تاجز: </span>${tags.map(a).join('')}</div>`;
    case 'lbci': {
      // LBCI's tag list is the section and the headline cut into words: no tag a reader would keep.
      const words = titleWords(title);
      return `<div class="article_details_tags_container"><div class="d-flex flex-wrap">${['منوعات', ...words].map((w) => `<div class="d-flex"><a href="#"> ${esc(w)}</a></div>`).join('')}</div></div>`;
    }
    case 'inline':
      return `<p class="tags">${esc(marker)}: ${tags.map(esc).join(separator)}${moreButton}</p>`;
    case 'below':
      return `<div class="tags"><p>${esc(marker)}:</p><p>${tags.map(esc).join(separator)}${moreButton}</p></div>`;
    case 'list':
      return `<div class="tags"><p>${esc(marker)}:</p><ul>${tags.map((t) => `<li>${a(t)}</li>`).join('')}</ul></div>`;
    // Styles of the layout families (families.mjs).
    case 'marker-spaced':
      // A label with no colon, then the links with only white space between them.
      return `<div class="tags-block"><span class="tags-label">الوسوم</span>\n${tags.map(a).join('\n')}</div>`;
    case 'marker-long':
      return `<div class="keywords-block"><span>كلمات مفتاحية:</span> ${tags.map(esc).join('، ')}</div>`;
    case 'hashtags':
      return `<div class="hashtags-block">${tags.map((t) => `<a href="/hashtag/${encodeURIComponent(t)}">#${esc(t.replace(/ /g, '_'))}</a>`).join(' ')}</div>`;
    case 'chips':
      return `<div class="chips">${tags.map((t) => `<div class="chip">${a(t)}</div>`).join('')}</div>`;
    case 'title-words':
      // A site that tags a story with its section and the words of its headline, one link a line.
      return `<div class="chips">${[marker, ...titleWords(title)].map((w) => `<div class="chip"><a href="#"> ${esc(w)}</a></div>`).join('')}</div>`;
    case 'bare-inline':
      return `<div class="topics">${tags.map(a).join('\n')}</div>`;
    case 'bare-lines':
      return `<div class="tags-lines">${tags.map((t) => `<span class="tag">${a(t)}</span><br>`).join('\n')}</div>`;
    case 'bare-list':
      return `<ul class="tags-ul">${tags.map((t) => `<li>${a(t)}</li>`).join('')}</ul>`;
    // Styles of the second set of layout families (families2.mjs).
    case 'icon-list':
      // A list of links under a heading that is only an icon (no text a renderer prints).
      return `<div class="tags-widget"><h4><i class="icon-tags"></i></h4><ul>${tags.map((t) => `<li>${a(t)}</li>`).join('')}</ul></div>`;
    case 'p-anchors':
      // Bare anchors in one paragraph, nothing but white space between them, no marker.
      return `<p class="post-tags">${tags.map(a).join(' ')}</p>`;
    case 'hashtag-text':
      // Hashtags written as text in a paragraph, no links.
      return `<p class="hashtags-text">${tags.map((t) => `#${esc(t.replace(/ /g, '_'))}`).join(' ')}</p>`;
    // Styles of the third set of layout families (families3.mjs).
    case 'hash-list':
      // Linked hashtags, one a line (a list with no heading).
      return `<ul class="hash-tags">${tags.map((t) => `<li><a href="/hashtag/${encodeURIComponent(t)}">#${esc(t.replace(/ /g, '_'))}</a></li>`).join('')}</ul>`;
    case 'narrow-cell':
      // The marker and the comma-joined tags in a narrow table cell: w3m wraps the line inside a tag.
      return `<table class="tags-cell"><tr><td width="22%">${esc(marker)}: ${tags.map(esc).join('، ')}</td><td width="78%"></td></tr></table>`;
    // Styles of the markup series (markup.mjs): the tag markup of common CMSs.
    case 'ul-heading':
      // The marker in a heading of its own over a list of links.
      return `<div class="post-tags"><h3>${esc(marker)}</h3><ul>${tags.map((t) => `<li>${a(t)}</li>`).join('')}</ul></div>`;
    case 'marker-ul':
      // The marker in a span, then a list of links.
      return `<div class="tags-wrap"><span class="tags-title">${esc(marker)}</span><ul class="tags-list">${tags.map((t) => `<li>${a(t)}</li>`).join('')}</ul></div>`;
    case 'rel-run':
      // The marker in a span, then rel="tag" links with no text at all between them.
      return `<div class="entry-tags"><span class="tags-title">${esc(marker)}</span>${tags.map(a).join('')}</div>`;
    case 'sep-links':
      // A bold marker, then links with a separator between them written as text.
      return `<div class="tags-line"><strong>${esc(marker)}:</strong> ${tags.map(a).join(esc(separator))}</div>`;
    case 'icon-sep':
      // No text marker: a tags icon, then links each after an icon of its own.
      return `<div class="tags-icons"><i class="fa fa-tags" aria-hidden="true"></i> ${tags.map((t) => `<i class="fa fa-tag" aria-hidden="true"></i>${a(t)}`).join(' ')}</div>`;
    case 'buttons':
      // Tags as buttons, one after the other.
      return `<div class="tag-buttons">${tags.map((t) => `<button type="button" class="btn-tag">${esc(t)}</button>`).join('\n')}</div>`;
    case 'dl-tags':
      // A definition list: the marker as the term, each tag a definition.
      return `<dl class="tags"><dt>${esc(marker)}</dt>${tags.map((t) => `<dd>${a(t)}</dd>`).join('')}</dl>`;
    default:
      throw new Error(`unknown tag style ${style}`);
  }
}

/** The words of a headline that a site cutting it into tags links: four letters or more, at most eight. */
const titleWords = (title) =>
  wordsOf(title)
    .filter((w) => w.length >= 4)
    .slice(0, 8);

/** The tags a reader finds in a block of this style: none for a headline cut into words. */
export function goldTags(style, tags) {
  return style === 'lbci' || style === 'title-words' ? [] : tags;
}

/**
 * Replaces a text wherever the page prints it (text nodes and the attributes that carry a headline:
 * alt, title, content, value), so that the old article's headline does not survive in share links,
 * tickers or image captions that repeat it.
 */
function replaceEverywhere($, from, to) {
  if (!from) return;
  const fix = (value) => (squash(value).includes(from) ? squash(value).split(from).join(to) : value);
  $('*')
    .contents()
    .each((_, node) => {
      if (node.type === 'text' && node.data.includes(from.slice(0, 12))) node.data = fix(node.data);
    });
  $('[alt], [title], [content], [value]').each((_, el) => {
    for (const attr of ['alt', 'title', 'content', 'value']) {
      const v = $(el).attr(attr);
      if (v && squash(v).includes(from)) $(el).attr(attr, fix(v));
    }
  });
  $('title').each((_, el) => {
    const v = $(el).text();
    if (squash(v).includes(from)) $(el).text(fix(v));
  });
}

/** Fills the body slots of a template with paragraphs (see templates.mjs: paras, brBody, spacer). */
function fillBody($, template, paragraphs) {
  const texts = paragraphs.map(esc);
  if (template.brBody) {
    $(template.brBody).first().html(texts.join('<br>\n<br>\n'));
    return;
  }
  const slots = $(template.paras)
    .toArray()
    .filter((el) => squash($(el).text()).length > 0);
  if (slots.length === 0) throw new Error(`${template.site}: no paragraph slot for ${template.paras}`);
  const tag = template.paraTag ?? 'p';
  slots.forEach((el, i) => {
    if (i < texts.length) $(el).html(texts[i]);
    else $(el).remove();
  });
  let last = $(slots[Math.min(slots.length, texts.length) - 1]);
  for (const [i, text] of texts.slice(slots.length).entries()) {
    // A spacer is HTML before each further paragraph, or a function of the paragraph's number giving it.
    const spacer = typeof template.spacer === 'function' ? template.spacer(slots.length + i) : (template.spacer ?? '');
    const extra = $(`${spacer}<${tag}>${text}</${tag}>`);
    last.after(extra);
    last = extra.last();
  }
}

/**
 * One article placed after another on the page. `mode`: "read-also" (a marker, then the article),
 * "after-tail" (no marker: the headline right after the first article's tags and share row) or
 * "related-first" (a related box whose first item is followed by the article's full text, then the
 * box's other items). Returns the HTML and what the main article's `related` gains.
 */
function embeddedBlock(mode, article, options) {
  const { marker, dateLine, sourceLine, tagsHtml, others = [] } = options;
  const body = [
    dateLine ? `<p class="date">${esc(dateLine)}</p>` : '',
    ...article.paragraphs.map((p) => `<p>${esc(p)}</p>`),
    sourceLine ? `<p>${esc(sourceLine)}</p>` : '',
    tagsHtml ?? '',
  ].join('\n');
  if (mode === 'read-also') {
    return {
      html: `<div class="read-also"><p><strong>${esc(marker)}</strong></p>\n<h2><a href="#">${esc(article.title)}</a></h2>\n${body}</div>`,
      related: [{ title: article.title, relation: 'read-also' }],
    };
  }
  if (mode === 'after-tail') {
    return {
      html: `<div class="next-article"><h2><a href="#">${esc(article.title)}</a></h2>\n${body}</div>`,
      related: [{ title: article.title, relation: 'read-also' }],
    };
  }
  return {
    html: `<div class="related"><h3>${esc(marker)}</h3>\n<ul><li><a href="#">${esc(article.title)}</a></li></ul>\n${body}\n<ul>${others.map((t) => `<li><a href="#">${esc(t)}</a></li>`).join('')}</ul></div>`,
    related: [article.title, ...others].map((title) => ({ title, relation: 'similar' })),
  };
}

/**
 * Builds one composite page from a template page. `plan`:
 *   main: the main article { title, paragraphs, standfirst? }; kicker: a kicker line or null;
 *   standfirst: whether to print the main article's standfirst; tags: { style, tags, options } or null;
 *   embedded: [{ article, mode, marker, dateLine, sourceLine, tags: {style, tags, options} | null, others }].
 * Returns { html, related, standfirst }: related are the gold entries of the template's titled lists,
 * standfirst whether the page prints the standfirst (a template may have no place for one).
 */
export function composePage(templateHtml, template, plan, normalize) {
  const $ = cheerio.load(templateHtml, { decodeEntities: true });
  // The tail anchor is marked first: the tag block it may be is replaced below.
  $(template.tail).last().attr('data-devset-tail', '');
  for (const selector of template.remove ?? []) $(selector).remove();
  const oldTitle = squash($(template.title).first().text());
  $(template.title).each((_, el) => {
    $(el).text(plan.main.title);
  });
  replaceEverywhere($, oldTitle, plan.main.title);

  const paragraphs = [...plan.main.paragraphs];
  if (template.prefix) paragraphs[0] = `${template.prefix.text}${paragraphs[0]}`;
  fillBody($, template, paragraphs);

  // Whether the page prints the standfirst: only where the template has a place for it.
  let standfirst = false;
  if (template.standfirst) {
    const place = $(template.standfirst).first();
    if (plan.standfirst && plan.main.standfirst) {
      place.text(plan.main.standfirst);
      standfirst = place.length > 0;
    } else place.remove();
  } else if (plan.standfirst && plan.main.standfirst && template.standfirstAfter) {
    const place = $(template.standfirstAfter).first();
    place.after(`<p class="standfirst">${esc(plan.main.standfirst)}</p>`);
    standfirst = place.length > 0;
  }
  if (plan.kicker)
    $(template.kickerBefore)
      .first()
      .before(`<p class="kicker">${esc(plan.kicker)}</p>`);

  const tags = plan.tags
    ? tagBlock(plan.tags.style, plan.tags.tags, { ...plan.tags.options, title: plan.main.title })
    : '';
  if (template.tags) {
    const block = $(template.tags).first();
    block.replaceWith(block.is('[data-devset-tail]') ? `<div data-devset-tail>${tags}</div>` : tags);
  } else if (tags) {
    // Tags that go right after the tail anchor end the article's tail: further articles go after them.
    const target = $(template.tagsAfter).last();
    if (target.is('[data-devset-tail]'))
      target.removeAttr('data-devset-tail').after(`<div data-devset-tail>${tags}</div>`);
    else target.after(tags);
  }

  // Titled lists are read before embedded articles go in: the embedded blocks' own gold is added apart.
  const related = titledLists($, template.lists, normalize, [
    plan.main.title,
    ...plan.embedded.map((e) => e.article.title),
  ]);

  let anchor = $('[data-devset-tail]').last();
  if (anchor.length === 0) throw new Error(`${template.site}: no tail anchor ${template.tail}`);
  const embeddedRelated = [];
  for (const e of plan.embedded) {
    const tagsHtml = e.tags ? tagBlock(e.tags.style, e.tags.tags, { ...e.tags.options, title: e.article.title }) : '';
    const block = embeddedBlock(e.mode, e.article, { ...e, tagsHtml });
    const node = $(block.html);
    anchor.after(node);
    anchor = node.last();
    embeddedRelated.push(...block.related);
  }
  $('[data-devset-tail]').removeAttr('data-devset-tail');
  return { html: $.html(), related: [...embeddedRelated, ...related], standfirst };
}

/**
 * The gold related entries of a page's titled lists: each item (a link whose text is a headline of two
 * words or more) under the last heading before it in page order; the page's own headlines are not
 * related entries.
 */
export function titledLists($, lists, normalize, ownTitles = []) {
  const order = new Map();
  $('*').each((i, el) => {
    order.set(el, i);
  });
  const own = ownTitles.map((t) => normalize(squash(t)));
  const out = [];
  for (const { heading, items } of lists) {
    const heads = $(heading)
      .toArray()
      .map((el) => ({ at: order.get(el), text: squash($(el).text()) }))
      .filter((h) => h.text);
    for (const el of $(items).toArray()) {
      const at = order.get(el);
      const head = heads.filter((h) => h.at < at).at(-1);
      const title = squash($(el).text());
      if (!head || wordsOf(title).length < 2 || BUTTON.test(normalize(title))) continue;
      const norm = normalize(title);
      if (own.some((o) => norm === o || norm.endsWith(o))) continue;
      out.push({ title, relation: relationOf(head.text, normalize) });
    }
  }
  return dedupeRelated(out);
}

/** "Read more" buttons at the foot of a list are no items of it. */
const BUTTON = /^(?:اقرا المزيد|المزيد|شاهد المزيد|عرض المزيد|كل الاخبار|more)\b/u;

export function dedupeRelated(entries) {
  const seen = new Set();
  return entries.filter((e) => {
    const key = `${e.relation}\0${squash(e.title)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
