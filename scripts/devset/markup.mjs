/**
 * The markup series (m- of build-devset.mjs), same interface as FAMILIES of families.mjs: the same parts
 * of an article page written in the many HTML forms Arabic news CMSs use, so that a rule is judged on
 * the forms and not on one site's. Written from general knowledge of how such CMSs mark a page up
 * (WordPress themes, Drupal and Joomla portals, in-house news CMSs), none of them a site of the corpus:
 *
 * - tags: a `<ul>` of `<li><a>` under an `<h3>` marker or a `<span class="tags-title">`, with or without
 *   a marker; `<a rel="tag">` runs with no separator text; links separated by spaces, "،", "|", "-", "•"
 *   or by icons; an icon `<i>` with no text as the only marker; a `<dl>`; tags as buttons or hashtags;
 *   tags before the body or after the share row;
 * - headlines: an `<h1>`, a `<div class="title">`, an `<h2>` under a section's `<h1>`, a link to the
 *   article itself; a kicker before it; breadcrumbs that end with it; the headline again in an image's
 *   alt text and in its caption;
 * - bylines and dates in `<span>`s with icons (`<i class="fa fa-user">`), "بواسطة", "كتب";
 * - footers: copyright lines, site maps, app badges, newsletter forms, cookie notices.
 *
 * Every boilerplate string and choice is drawn with the page's seeded PRNG (ctx: see families.mjs).
 */
import { AGENCIES, esc, frame, items, link, n } from './families.mjs';

const icon = (name) => `<i class="fa fa-${name}" aria-hidden="true"></i>`;
const byline = (ctx, writer) =>
  writer
    ? `<span class="author">${icon('user')} ${ctx.pick(['', 'بواسطة ', 'كتب: '])}<a href="/author/${n(ctx, 1, 900)}">${esc(writer)}</a></span>`
    : '';
const dateSpan = (date) => (date ? `<span class="date">${icon('clock-o')} ${esc(date.line)}</span>` : '');
const shareRow = (ctx) =>
  ctx.pick([
    `<div class="share"><span>شارك:</span> ${link('فيسبوك')} ${link('تويتر')} ${link('واتساب')} ${link('تلغرام')}</div>`,
    `<div class="share">${icon('facebook')}${icon('twitter')}${icon('whatsapp')}${icon('envelope')}</div>`,
    `<div class="share"><a href="#">${icon('facebook')} مشاركة</a> <a href="#">${icon('twitter')} تغريد</a> <a href="#">${icon('print')} طباعة</a></div>`,
  ]);
const copyright = (ctx, site) =>
  ctx.pick([
    `جميع الحقوق محفوظة © ${n(ctx, 2019, 2026)} ${site}`,
    `© ${n(ctx, 2019, 2026)} ${site}. جميع الحقوق محفوظة.`,
    `حقوق النشر محفوظة لـ ${site} ${n(ctx, 2019, 2026)}`,
    `Copyright © ${n(ctx, 2019, 2026)} ${site}. All rights reserved.`,
  ]);
const newsletter = (ctx) =>
  `<form class="newsletter"><label>${ctx.pick(['اشترك في النشرة البريدية', 'اشترك في نشرتنا الإخبارية', 'النشرة الإخبارية'])}</label> <input type="email" placeholder="بريدك الإلكتروني"> <button type="submit">${ctx.pick(['اشترك', 'اشتراك', 'سجل الآن'])}</button></form>`;
const appBadges = (ctx) =>
  `<div class="apps"><p>${ctx.pick(['حمّل تطبيقنا', 'حمل التطبيق', 'تطبيقاتنا'])}</p><a href="#"><img src="/appstore.png" alt="App Store"></a> <a href="#"><img src="/googleplay.png" alt="Google Play"></a></div>`;
const cookies = (ctx) =>
  `<div class="cookie-notice"><p>${ctx.pick(['نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا.', 'يستخدم هذا الموقع ملفات تعريف الارتباط لضمان حصولك على أفضل تجربة.'])}</p><button>${ctx.pick(['موافق', 'أوافق', 'قبول'])}</button> ${link('سياسة الخصوصية')}</div>`;
const siteMap = (columns) =>
  `<div class="footer-links">${columns.map(([heading, links]) => `<div><h4>${esc(heading)}</h4><ul>${items(links, (x) => link(x))}</ul></div>`).join('')}</div>`;
const relatedList = (ctx, heading, count = 3) =>
  `<h3>${esc(heading)}</h3><ul>${items(ctx.headlines(count), (h) => link(h))}</ul>`;
/** A figure whose alt text and caption repeat the headline (TITLE is replaced by the page's headline). */
const headlineFigure = (ctx, credit) =>
  `<figure><img src="/img/${n(ctx, 100, 9999)}.jpg" alt="TITLE"><figcaption>${ctx.chance(0.5) ? 'TITLE' : esc(ctx.caption())}${credit ? ` (${esc(credit)})` : ''}</figcaption></figure>`;

export const MARKUP_FAMILIES = [
  {
    site: 'family:wp-classic',
    about:
      'a WordPress theme: breadcrumbs that end with the headline, an h1.entry-title, byline and date in spans with icons, the share row, then "الوسوم" as an h3 over a ul of links (or a span marker, or links with no marker), related posts, newsletter, cookie notice, copyright',
    spec: {
      title: 'h1.entry-title',
      paras: 'div.entry-content > p',
      standfirstAfter: 'h1.entry-title',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.related-posts h3', items: 'div.related-posts li a' }],
    },
    tagStyles: [
      { style: 'ul-heading', marker: 'الوسوم' },
      { style: 'marker-ul', marker: 'كلمات مفتاحية' },
      { style: 'bare-list' },
      { style: 'rel-run', marker: 'الوسوم:' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['wordpress', 'short', 'iso']));
      const writer = ctx.chance(0.7) ? ctx.writer() : null;
      const site = 'الخبر اليومي';
      const html = `<html><head><meta charset="utf-8"><title>TITLE - ${site}</title></head><body>
<header><a href="/" class="logo">${site}</a><ul class="menu">${items(['الرئيسية', 'محليات', 'عربي ودولي', 'اقتصاد', 'رياضة', 'منوعات'], (x) => link(x))}</ul></header>
<nav class="breadcrumbs">${link('الرئيسية')} » ${link(ctx.section())} » <span class="current">TITLE</span></nav>
<article><h1 class="entry-title">TITLE</h1>
<div class="post-meta">${byline(ctx, writer)} ${dateSpan(date)} <span class="comments">${icon('comment')} ${n(ctx, 0, 40)}</span></div>
<div class="entry-content"><p>P1</p><p>P2</p></div>
${shareRow(ctx)}
<div class="tag-slot"></div></article>
<div class="related-posts">${relatedList(ctx, ctx.pick(['مقالات ذات صلة', 'قد يعجبك أيضاً', 'أخبار ذات صلة']))}</div>
<footer>${newsletter(ctx)}<p>${copyright(ctx, site)}</p></footer>${cookies(ctx)}</body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:portal-div-title',
    about:
      'a news portal: a kicker span over a div.title headline, the headline again in the image\'s alt text and caption, "مصدر الصورة" credits, "كلمات مفتاحية" as a span followed by rel=tag links with no separator, or links split by "|" or "•", a site map and app badges in the footer',
    spec: {
      title: 'div.article-head div.title',
      paras: 'div.article-text > p',
      standfirstAfter: 'div.article-head div.title',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.most-read h3', items: 'div.most-read li a' }],
    },
    tagStyles: [
      { style: 'rel-run', marker: 'كلمات مفتاحية' },
      { style: 'sep-links', marker: 'الكلمات الدلالية', separator: ' | ' },
      { style: 'sep-links', marker: 'وسوم', separator: ' • ' },
      { style: 'icon-sep' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['dotted', 'agency', 'levant']));
      const credit = ctx.chance(0.5) ? ctx.pick(AGENCIES) : null;
      const site = 'بوابة المشرق';
      const html = `<html><head><meta charset="utf-8"><title>${site} | TITLE</title></head><body>
<div class="topbar">${link('English')} ${link('اتصل بنا')} ${icon('search')}</div>
<ul class="nav">${items(['الرئيسية', 'أخبار', 'تقارير', 'رأي', 'رياضة', 'فيديو'], (x) => link(x))}</ul>
<div class="article-head"><span class="kicker">${esc(ctx.pick(['عاجل', ctx.section(), 'خاص']))}</span>
<div class="title">TITLE</div>
<div class="info">${dateSpan(date)} <span class="views">${icon('eye')} ${n(ctx, 100, 9000)}</span></div></div>
${headlineFigure(ctx, credit ? `مصدر الصورة: ${credit}` : null)}
<div class="article-text"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div>
<div class="most-read">${relatedList(ctx, ctx.pick(['الأكثر قراءة', 'الأكثر مشاهدة']))}</div>
<footer>${siteMap([
        ['الأقسام', ['أخبار', 'تقارير', 'رأي', 'رياضة']],
        ['عن الموقع', ['من نحن', 'اتصل بنا', 'سياسة الخصوصية', 'شروط الاستخدام']],
      ])}${appBadges(ctx)}<p>${copyright(ctx, site)}</p></footer></body></html>`;
      return { html, frame: frame({ published: date?.gold ?? null, imageCredit: credit }) };
    },
  },
  {
    site: 'family:section-heads',
    about:
      'a section page: the section\'s name in the h1, the headline an h2 below it, "بقلم" in a span with an icon, the date in a time element, tags as links split by "،" or "-" after a bold marker, or a dl with the marker in its dt, "المزيد من <section>" list, copyright and a newsletter',
    spec: {
      title: 'div.story h2.headline',
      paras: 'div.story-body > p',
      standfirstAfter: 'div.story h2.headline',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.more-section h3', items: 'div.more-section li a' }],
    },
    tagStyles: [
      { style: 'sep-links', marker: 'الكلمات المفتاحية', separator: ' ، ' },
      { style: 'dl-tags', marker: 'مواضيع' },
      { style: 'sep-links', marker: 'Tags', separator: ' - ' },
      { style: 'ul-heading', marker: 'كلمات دلالية' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['hijri', 'wordpress', 'gulf']));
      const writer = ctx.chance(0.6) ? ctx.writer() : null;
      const section = ctx.section();
      const site = 'صحيفة الرأي العربي';
      const html = `<html><head><meta charset="utf-8"><title>TITLE</title></head><body>
<div class="logo">${site}</div>
<ul class="nav">${items(['الرئيسية', 'سياسة', 'اقتصاد', 'ثقافة', 'مقالات', 'الأرشيف'], (x) => link(x))}</ul>
<h1 class="section-name">${esc(section)}</h1>
<div class="story"><h2 class="headline">TITLE</h2>
<div class="byline">${writer ? `<span class="writer">${icon('pencil')} بقلم: ${esc(writer)}</span>` : ''} ${date ? `<time>${icon('calendar')} ${esc(date.line)}</time>` : ''}</div>
<div class="story-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
${shareRow(ctx)}
<div class="more-section">${relatedList(ctx, `المزيد من ${section}`)}</div>
<footer>${newsletter(ctx)}<p>${copyright(ctx, site)}</p><p>${link('من نحن')} | ${link('اتصل بنا')} | ${link('أعلن معنا')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:self-link',
    about:
      'an in-house CMS: the headline an h1 holding a link to the article itself, tags before the body (an icon with no text, then links split by icons; or buttons), the byline under the text with an icon, "اقرأ أيضاً" list, app badges and a cookie notice',
    spec: {
      title: 'h1.post-title a',
      paras: 'div.post-body > p',
      standfirstAfter: 'h1.post-title',
      tags: 'div.tag-slot',
      tail: 'div.post-end',
      lists: [{ heading: 'div.read-more h3', items: 'div.read-more li a' }],
    },
    tagStyles: [
      { style: 'icon-sep' },
      { style: 'buttons' },
      { style: 'hashtags' },
      { style: 'rel-run', marker: 'Tags:' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['iso', 'short', 'updated']));
      const writer = ctx.chance(0.6) ? ctx.writer() : null;
      const site = 'نبأ نت';
      const html = `<html><head><meta charset="utf-8"><title>TITLE | ${site}</title></head><body>
<ul class="nav">${items(['الرئيسية', 'آخر الأخبار', 'سياسة', 'مجتمع', 'رياضة', 'تكنولوجيا'], (x) => link(x))}</ul>
<h1 class="post-title"><a href="/news/${n(ctx, 10000, 99999)}">TITLE</a></h1>
<div class="meta">${dateSpan(date)}</div>
<div class="tag-slot"></div>
<div class="post-body"><p>P1</p><p>P2</p></div>
<div class="post-end">${writer ? `<p class="by">${icon('user')} ${esc(writer)}</p>` : ''}${shareRow(ctx)}</div>
<div class="read-more">${relatedList(ctx, ctx.pick(['اقرأ أيضاً', 'اقرأ أيضا']))}</div>
<footer>${appBadges(ctx)}<p>${copyright(ctx, site)}</p></footer>${cookies(ctx)}</body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:bulleted-tags',
    about:
      'a Drupal-like portal: a kicker paragraph over the h1, the date and writer in one meta line with icons, the share row, then tags as a bulleted ul with no marker or under "الكلمات الدلالية" in a span, "أخبار متعلقة" as a ul, footer with a site map, copyright and newsletter',
    spec: {
      title: 'div.node h1',
      paras: 'div.field-body > p',
      standfirstAfter: 'div.node h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.related h2', items: 'div.related li a' }],
    },
    tagStyles: [
      { style: 'bare-list' },
      { style: 'marker-ul', marker: 'الكلمات الدلالية' },
      { style: 'sep-links', marker: 'الوسوم', separator: ' ' },
      { style: 'ul-heading', marker: 'Tags' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['levant', 'hespress', 'dotted']));
      const writer = ctx.chance(0.5) ? ctx.writer() : null;
      const site = 'المرصد الإخباري';
      const html = `<html><head><meta charset="utf-8"><title>TITLE | ${site}</title></head><body>
<div class="header"><a href="/">${site}</a> ${link('دخول')} ${link('تسجيل')}</div>
<ul class="main-menu">${items(['الرئيسية', 'الأخبار', 'الملفات', 'حوارات', 'صور', 'فيديو'], (x) => link(x))}</ul>
<div class="node"><p class="kicker">${esc(ctx.section())}</p><h1>TITLE</h1>
<div class="submitted">${writer ? `${icon('user')} ${esc(writer)} ` : ''}${date ? `${icon('clock')} ${esc(date.line)}` : ''}</div>
<div class="field-body"><p>P1</p><p>P2</p></div>
${shareRow(ctx)}
<div class="tag-slot"></div></div>
<div class="related"><h2>${ctx.pick(['أخبار متعلقة', 'مواضيع ذات صلة'])}</h2><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer>${siteMap([
        ['الأخبار', ['محلي', 'دولي', 'اقتصاد']],
        ['الموقع', ['من نحن', 'اتصل بنا', 'خريطة الموقع']],
      ])}${newsletter(ctx)}<p>${copyright(ctx, site)}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:news-cards',
    about:
      'a card layout: breadcrumbs ending with the headline, the headline in a div.title inside a header card with the section, a figure whose alt and caption repeat the headline, tags as "#" buttons after the share row or links split by "•", "الأكثر قراءة" with counts, cookie notice, copyright',
    spec: {
      title: 'div.card-head div.title',
      paras: 'div.card-body > p',
      standfirstAfter: 'div.card-head',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.popular h4', items: 'div.popular li a' }],
    },
    tagStyles: [
      { style: 'hashtags' },
      { style: 'sep-links', marker: 'كلمات دلالية', separator: ' • ' },
      { style: 'buttons' },
      { style: 'dl-tags', marker: 'الوسوم' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['channel', 'short', 'agency']));
      const writer = ctx.chance(0.5) ? ctx.writer() : null;
      const credit = ctx.chance(0.4) ? ctx.pick(AGENCIES) : null;
      const site = 'عرب 24';
      const html = `<html><head><meta charset="utf-8"><title>TITLE - ${site}</title></head><body>
<ul class="nav">${items(['الرئيسية', 'أخبار', 'العالم', 'اقتصاد', 'صحة', 'فن'], (x) => link(x))}</ul>
<ol class="breadcrumb"><li>${link('الرئيسية')}</li><li>${link(ctx.section())}</li><li class="active">TITLE</li></ol>
<div class="card-head"><span class="tag-label">${esc(ctx.section())}</span><div class="title">TITLE</div>
<div class="meta">${byline(ctx, writer)} ${dateSpan(date)}</div></div>
${headlineFigure(ctx, credit)}
<div class="card-body"><p>P1</p><p>P2</p></div>
${shareRow(ctx)}
<div class="tag-slot"></div>
<div class="popular"><h4>${ctx.pick(['الأكثر قراءة', 'الأكثر تداولاً'])}</h4><ul>${items(ctx.headlines(3), (h) => `${link(h)} <span>${icon('eye')} ${n(ctx, 100, 9000)}</span>`)}</ul></div>
<footer><p>${copyright(ctx, site)}</p><p>${link('سياسة الخصوصية')} ${link('شروط الاستخدام')}</p></footer>${cookies(ctx)}</body></html>`;
      // A photo agency's name alone in brackets after a caption is no credit field (the dev set's convention:
      // templates.mjs's alyaum.com, families.mjs's online paper).
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:joomla-item',
    about:
      'a Joomla-like portal: the section in an h1 and the headline an h2 that links to itself, "كتب بواسطة" and "نشر في" with icons, "الزيارات: N", tags as "الوسوم:" links split by "،" or a span marker and a ul, "مقالات ذات صلة", a footer with "جميع الحقوق محفوظة" and a site map',
    spec: {
      title: 'div.item-page h2 a',
      paras: 'div.item-page div.text > p',
      standfirstAfter: 'div.item-page h2',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.relateditems h3', items: 'div.relateditems li a' }],
    },
    tagStyles: [
      { style: 'sep-links', marker: 'الوسوم', separator: '، ' },
      { style: 'marker-ul', marker: 'الوسوم:' },
      { style: 'icon-sep' },
      { style: 'rel-run', marker: 'كلمات دلالية:' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['alyaum', 'wordpress', 'hijri']));
      const writer = ctx.chance(0.6) ? ctx.writer() : null;
      const section = ctx.section();
      const site = 'شبكة الوطن الإخبارية';
      const html = `<html><head><meta charset="utf-8"><title>TITLE</title></head><body>
<div class="banner"><a href="/">${site}</a></div>
<ul class="menu">${items(['الرئيسية', 'أخبار محلية', 'أخبار عربية', 'مقالات', 'اتصل بنا'], (x) => link(x))}</ul>
<h1 class="category">${esc(section)}</h1>
<div class="item-page"><h2><a href="/index.php/${n(ctx, 100, 999)}">TITLE</a></h2>
<dl class="article-info">${writer ? `<dd class="createdby">${icon('user')} كتب بواسطة ${esc(writer)}</dd>` : ''}${date ? `<dd class="published">${icon('calendar')} نشر في ${esc(date.line)}</dd>` : ''}<dd class="hits">${icon('eye')} الزيارات: ${n(ctx, 10, 5000)}</dd></dl>
<div class="text"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="relateditems"><h3>${ctx.pick(['مقالات ذات صلة', 'مواضيع متعلقة'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer>${siteMap([['روابط', ['الرئيسية', 'من نحن', 'اتصل بنا', 'خريطة الموقع']]])}<p>${copyright(ctx, site)}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:wire-desk',
    about:
      'a news agency desk: an h1 headline, a dateline "<city> (<agency>) -" in the first paragraph, the date with a clock icon, tags as a dl or links split by "-" or bullets, "أخبار أخرى" list, a footer with copyright, an app badge row and a cookie notice',
    spec: {
      title: 'div.news h1',
      paras: 'div.news-body > p',
      standfirstAfter: 'div.news h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.other h3', items: 'div.other li a' }],
    },
    tagStyles: [
      { style: 'dl-tags', marker: 'كلمات مفتاحية' },
      { style: 'sep-links', marker: 'الكلمات الدلالية', separator: ' - ' },
      { style: 'bare-list' },
      { style: 'ul-heading', marker: 'وسوم' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['agency', 'iso', 'short']));
      const agency = ctx.pick(['رويترز', 'أ ف ب', 'الأناضول']);
      const city = ctx.pick(['القاهرة', 'بيروت', 'عمان', 'الرباط', 'تونس', 'بغداد']);
      const site = 'وكالة الأنباء العربية المستقلة';
      const html = `<html><head><meta charset="utf-8"><title>TITLE</title></head><body>
<div class="masthead">${site} ${link('English')} ${link('Français')}</div>
<ul class="nav">${items(['الرئيسية', 'الأخبار العاجلة', 'سياسة', 'اقتصاد', 'صور'], (x) => link(x))}</ul>
<div class="news"><h1>TITLE</h1>
<div class="stamp">${dateSpan(date)}</div>
<div class="news-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
${shareRow(ctx)}
<div class="other"><h3>${ctx.pick(['أخبار أخرى', 'المزيد من الأخبار'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer>${appBadges(ctx)}<p>${copyright(ctx, site)}</p></footer>${cookies(ctx)}</body></html>`;
      return {
        html,
        frame: frame({ published: date?.gold ?? null, source: agency }),
        prefix: { text: `${city} (${agency}) - `, source: agency },
      };
    },
  },
];
