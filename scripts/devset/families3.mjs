/**
 * The third set of layout families (the f3- series of build-devset.mjs), same interface as FAMILIES of
 * families.mjs and FAMILIES_2 of families2.mjs. Written from how Arabic news sites are commonly built,
 * in what the first twenty do not show, with weight on link-heavy page parts as lynx, lynx with
 * references and w3m print them: a TV channel's portal with "البث المباشر" and a programme schedule; a
 * state daily's print edition ("العدد", page numbers); a sports site's match cards and a league table;
 * an economy site laid out as a two-cell table (the article beside a ticker column: w3m prints them side
 * by side); a religious-affairs site (Hijri masthead, prayer times, "آية اليوم"); a Maghreb broadcaster
 * with French words ("Actualités", "À la une", "Accueil"); an aggregator that prints "المصدر:" on every
 * item; an AMP / mobile page ("القائمة", "بحث", "×", "☰"). Tags as linked hashtags one a line, in a
 * narrow cell that wraps them mid-tag, after "·" separators, under French or Arabic markers; related
 * items with thumbnails' alt text, dates, counts and sources; author boxes after the body; site maps.
 * None of these is one of the corpus's sites. Every boilerplate string and choice is drawn with the
 * page's seeded PRNG (ctx).
 */
import { AGENCIES, esc, frame, hhmm, items, link, n } from './families.mjs';

/** A site map footer: columns of links under their headings. */
export const siteMap = (ctx, columns) =>
  `<div class="sitemap">${columns
    .map(
      ([heading, links]) => `<div class="col"><h5>${esc(heading)}</h5><ul>${items(links, (x) => link(x))}</ul></div>`,
    )
    .join('')}</div>`;
const footerNote = (ctx, site) =>
  ctx.pick([
    `جميع الحقوق محفوظة © ${n(ctx, 2018, 2026)} ${site}`,
    `© ${site} ${n(ctx, 2020, 2026)} - جميع الحقوق محفوظة`,
    `${site} © كل الحقوق محفوظة`,
  ]);
/** A related item with a thumbnail (its alt text a renderer may print), a date or a count. */
const thumbItem = (ctx, headline) =>
  `<li><a href="#"><img src="/t/${n(ctx, 1, 999)}.jpg" alt="${esc(ctx.pick(['صورة', 'صورة الخبر', headline]))}"></a> ${link(headline)} <span>${ctx.chance(0.5) ? `${n(ctx, 2, 900)} مشاهدة` : `${n(ctx, 1, 28)}/${n(ctx, 1, 12)}/2024`}</span></li>`;

export const FAMILIES_3 = [
  {
    site: 'family:tv-portal',
    about:
      'a TV channel\'s news portal: "البث المباشر" and "شاهد القناة" links, a programme schedule (times and programme names), the headline, a "تقرير:" correspondent line, published/updated stamps, linked hashtags one a line, "شاهد أيضاً" videos with durations, a site map footer',
    spec: {
      title: 'div.story h1',
      paras: 'div.story-body > p',
      standfirstAfter: 'div.story h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.videos h3', items: 'div.videos li a' },
        { heading: 'div.latest h3', items: 'div.latest li a' },
      ],
    },
    tagStyles: [{ style: 'hash-list' }, { style: 'inline', marker: 'الوسوم', separator: ' · ' }, { style: 'chips' }],
    build(ctx) {
      const date = ctx.date(ctx.pick(['channel', 'updated', 'iso']));
      const reporter = ctx.chance(0.6) ? ctx.writer() : null;
      const channel = 'قناة المشرق الإخبارية';
      const programmes = ['نشرة الأخبار', 'حديث الساعة', 'ما وراء الخبر', 'المسائية', 'صباح الخير', 'وثائقي'];
      const schedule = Array.from(
        { length: 4 },
        () => `<li><span>${hhmm(ctx)}</span> ${esc(ctx.pick(programmes))}</li>`,
      ).join('');
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | ${channel}</title></head><body>
<div class="top">${link('البث المباشر', '/live')} ${link('شاهد القناة', '/watch')} ${link('تردد القناة', '/freq')}</div>
<ul class="nav">${items(['الرئيسية', 'أخبار', 'برامج', 'فيديو', 'تقارير', 'رياضة', 'اتصل بنا'], (x) => link(x))}</ul>
<div class="schedule"><h4>${ctx.pick(['جدول البرامج', 'على الشاشة الآن'])}</h4><ul>${schedule}</ul></div>
<div class="story"><h1>TITLE</h1>
${reporter ? `<p class="reporter">تقرير: ${esc(reporter)}</p>` : ''}
${date ? `<p class="stamp">${esc(date.line)}</p>` : ''}
<div class="story-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="videos"><h3>${ctx.pick(['شاهد أيضاً', 'فيديوهات ذات صلة', 'المزيد من الفيديو'])}</h3><ul>${items(ctx.headlines(3), (h) => `${link(h)} <span>${String(n(ctx, 1, 15)).padStart(2, '0')}:${String(n(ctx, 0, 60)).padStart(2, '0')}</span>`)}</ul></div>
<div class="latest"><h3>${ctx.pick(['آخر الأخبار', 'الأحدث'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${siteMap(ctx, [
  ['الأقسام', ['أخبار', 'تقارير', 'رياضة', 'اقتصاد']],
  ['البرامج', programmes.slice(0, 4)],
  ['القناة', ['من نحن', 'الترددات', 'اعلن معنا', 'اتصل بنا']],
])}
<footer><p>${footerNote(ctx, channel)}</p></footer></body></html>`;
      return { html, frame: frame({ author: reporter, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:print-edition-daily',
    about:
      'a state daily\'s print edition: "العدد 12345", "الطبعة الورقية", the page number and the issue\'s date, a section kicker, the headline, "بقلم" or "كتب" before the text, "الكلمات الدالة" with " ، ", a "من العدد" list, "صفحات العدد" page links, copyright',
    spec: {
      title: 'div.paper-article h2.headline',
      paras: 'div.paper-text > p',
      standfirstAfter: 'div.paper-article h2.headline',
      tagsAfter: 'div.paper-text',
      tail: 'div.paper-text',
      lists: [{ heading: 'div.issue-list h3', items: 'div.issue-list li a' }],
    },
    tagStyles: [
      { style: 'inline', marker: 'الكلمات الدالة', separator: ' ، ' },
      { style: 'narrow-cell', marker: 'كلمات دلالية' },
      null,
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['hijri', 'short', 'levant']));
      const writer = ctx.chance(0.7) ? ctx.writer() : null;
      const paper = 'صحيفة الوطن اليومية';
      const issue = n(ctx, 9000, 19000);
      const page = n(ctx, 2, 24);
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - ${paper}</title></head><body>
<div class="masthead"><h1>${paper}</h1><p>العدد ${issue} | ${esc(ctx.today('short')?.line ?? '')}</p><p>${link('الطبعة الورقية', '/pdf')} ${link('الأرشيف', '/archive')}</p></div>
<ul class="nav">${items(['الرئيسية', 'محليات', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'الأخيرة'], (x) => link(x))}</ul>
<div class="paper-article"><p class="page-no">${ctx.pick([`الصفحة ${page}`, `صفحة ${page} - ${esc(ctx.section())}`, `ص ${page}`])}</p>
<h2 class="headline">TITLE</h2>
${writer ? `<p class="by">${ctx.pick(['بقلم', 'كتب'])}: ${esc(writer)}</p>` : ''}
${date ? `<p class="issue-date">${esc(date.line)}</p>` : ''}
<div class="paper-text"><p>P1</p><p>P2</p></div></div>
<div class="issue-list"><h3>${ctx.pick(['من العدد', 'المزيد من هذا العدد', 'أخبار العدد'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<div class="pages"><b>صفحات العدد</b> ${Array.from({ length: 6 }, (_, i) => link(`الصفحة ${i + 1}`)).join(' ')}</div>
<footer><p>${footerNote(ctx, paper)}</p><p>${ctx.pick(['رئيس التحرير: أحمد سالم', 'المدير العام: سالم يوسف'])}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:match-centre',
    about:
      'a sports site\'s match centre: match cards (teams, score, "انتهت", the minute), a league table as an HTML table, the headline, "كتب:" and a relative time, "Tags:" with " - " or linked hashtags, "أخبار الفريق" and "الأكثر قراءة" lists with counts, app prompt, copyright',
    spec: {
      title: 'div.news-item h1',
      paras: 'div.news-text > p',
      standfirstAfter: 'div.news-item h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.team-news h3', items: 'div.team-news li a' },
        { heading: 'div.popular h3', items: 'div.popular li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'Tags', separator: ' - ' },
      { style: 'hash-list' },
      { style: 'list', marker: 'الوسوم' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['gulf', 'dotted', 'wordpress']));
      const writer = ctx.chance(0.7) ? ctx.writer() : null;
      const teams = [
        'الهلال',
        'النصر',
        'الاتحاد',
        'الأهلي',
        'الزمالك',
        'الرجاء',
        'الوداد',
        'الترجي',
        'الشباب',
        'الفيصلي',
      ];
      const card = () =>
        `<div class="match"><span>${ctx.pick(teams)}</span> <b>${n(ctx, 0, 5)} - ${n(ctx, 0, 5)}</b> <span>${ctx.pick(teams)}</span> <small>${ctx.pick(['انتهت', 'الشوط الثاني', `الدقيقة ${n(ctx, 1, 90)}`, 'لم تبدأ'])}</small></div>`;
      const row = (i) =>
        `<tr><td>${i}</td><td>${ctx.pick(teams)}</td><td>${n(ctx, 10, 30)}</td><td>${n(ctx, 20, 70)}</td></tr>`;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | هدف سبورت</title></head><body>
<ul class="nav">${items(['الرئيسية', 'مباريات اليوم', 'الدوريات', 'انتقالات', 'فيديو', 'ترتيب'], (x) => link(x))}</ul>
<div class="cards"><h4>${ctx.pick(['مباريات اليوم', 'نتائج المباريات'])}</h4>${card()}${card()}${card()}</div>
<div class="news-item"><h1>TITLE</h1>
<p class="meta">${writer ? `كتب: ${esc(writer)} | ` : ''}${ctx.pick(['منذ ساعتين', `منذ ${n(ctx, 2, 11)} ساعات`, 'منذ 45 دقيقة'])}</p>
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="news-text"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="standings"><h4>${ctx.pick(['جدول الترتيب', 'ترتيب الدوري'])}</h4><table><tr><th>#</th><th>الفريق</th><th>لعب</th><th>نقاط</th></tr>${[1, 2, 3, 4].map(row).join('')}</table></div>
<div class="team-news"><h3>${ctx.pick(['أخبار الفريق', 'المزيد من أخبار الفريق'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<div class="popular"><h3>الأكثر قراءة</h3><ol>${ctx
        .headlines(3)
        .map((h) => thumbItem(ctx, h))
        .join('')}</ol></div>
<div class="app"><p>${ctx.pick(['حمّل تطبيق هدف سبورت لمتابعة النتائج لحظة بلحظة', 'تابع النتائج المباشرة عبر تطبيقنا'])}</p></div>
<footer><p>${footerNote(ctx, 'هدف سبورت')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:markets-table',
    about:
      'an economy site laid out as a two-cell table: the article in a wide cell, a ticker column beside it (indices and currencies with their moves, a "الأكثر قراءة" list), so that w3m prints them side by side; a "المصدر:" line, "كلمات مفتاحية" in a narrow cell or as a list, a related list, copyright',
    spec: {
      title: 'td.main h1',
      paras: 'td.main div.body > p',
      standfirst: 'td.main p.lead',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'td.side h3', items: 'td.side li a' },
        { heading: 'div.related h3', items: 'div.related li a' },
      ],
    },
    tagStyles: [
      { style: 'narrow-cell', marker: 'كلمات مفتاحية' },
      { style: 'list', marker: 'كلمات مفتاحية' },
      { style: 'inline', marker: 'الوسوم', separator: '، ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['agency', 'short', 'dotted']));
      const source = ctx.chance(0.6) ? ctx.pick(['رويترز', 'بلومبرغ', 'الأناضول', 'وكالات']) : null;
      const move = () => `${ctx.chance(0.5) ? '▲' : '▼'} ${(ctx.rand() * 3).toFixed(2)}%`;
      const index = (name) =>
        `<tr><td>${name}</td><td>${(5000 + ctx.rand() * 9000).toFixed(2)}</td><td>${move()}</td></tr>`;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | أسواق العرب</title></head><body>
<ul class="nav">${items(['الرئيسية', 'أسواق', 'عملات', 'نفط وطاقة', 'شركات', 'عقارات'], (x) => link(x))}</ul>
<table width="100%"><tr><td class="main" width="72%" valign="top"><h1>TITLE</h1><p class="lead">SUB</p>
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="body"><p>P1</p><p>P2</p></div>
<p class="src">${source ? `المصدر: ${esc(source)}` : ''}</p>
<div class="tag-slot"></div></td>
<td class="side" width="28%" valign="top"><h4>${ctx.pick(['المؤشرات', 'أداء الأسواق'])}</h4><table>${index('تاسي')}${index('EGX30')}${index('دبي')}</table>
<h4>${ctx.pick(['العملات', 'أسعار الصرف'])}</h4><p>الدولار ${(3 + ctx.rand() * 40).toFixed(2)} ${move()}</p><p>اليورو ${(3 + ctx.rand() * 45).toFixed(2)} ${move()}</p>
<h3>الأكثر قراءة</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></td></tr></table>
<div class="related"><h3>${ctx.pick(['أخبار ذات صلة', 'قد يهمك أيضاً'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${footerNote(ctx, 'أسواق العرب')}</p><p>${ctx.pick(['الأسعار متأخرة 15 دقيقة', 'البيانات لأغراض إعلامية فقط'])}</p></footer></body></html>`;
      return { html, frame: frame({ published: date?.gold ?? null, source }) };
    },
  },
  {
    site: 'family:religious-portal',
    about:
      'a religious-affairs news site: a Hijri masthead date, prayer times as a table, "آية اليوم" / "حديث اليوم" boxes, the headline, a Hijri + Gregorian date line, "المصدر:" after the text, "الوسوم" as a list or inline with " | ", "فتاوى ذات صلة" list, a site map',
    spec: {
      title: 'div.news h1',
      paras: 'div.news-body > p',
      standfirstAfter: 'div.news h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.fatwas h3', items: 'div.fatwas li a' },
        { heading: 'div.more h3', items: 'div.more li a' },
      ],
    },
    tagStyles: [
      { style: 'list', marker: 'الوسوم' },
      { style: 'inline', marker: 'الوسوم', separator: ' | ' },
      { style: 'hashtags' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['hijri', 'hijri-numeric']));
      const source = ctx.chance(0.5) ? ctx.pick(['واس', 'وكالات', 'الأناضول']) : null;
      const prayers = ['الفجر', 'الشروق', 'الظهر', 'العصر', 'المغرب', 'العشاء'];
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - بوابة الشؤون الإسلامية</title></head><body>
<div class="masthead"><p>${esc(ctx.today('hijri')?.line ?? '')}</p><p>${link('القرآن الكريم')} ${link('مواقيت الصلاة')} ${link('الفتاوى')}</p></div>
<ul class="nav">${items(['الرئيسية', 'أخبار', 'فتاوى', 'مقالات', 'مكتبة', 'مرئيات'], (x) => link(x))}</ul>
<div class="prayer"><h4>${ctx.pick(['مواقيت الصلاة', 'مواقيت الصلاة اليوم'])} - ${ctx.pick(['مكة المكرمة', 'القاهرة', 'الرباط', 'عمّان'])}</h4><table><tr>${prayers.map((p) => `<td>${p}</td>`).join('')}</tr><tr>${prayers.map(() => `<td>${hhmm(ctx)}</td>`).join('')}</tr></table></div>
<div class="verse"><h4>${ctx.pick(['آية اليوم', 'حديث اليوم'])}</h4><p>${ctx.pick(['﴿وَقُل رَّبِّ زِدْنِي عِلْمًا﴾', '«خيركم من تعلم القرآن وعلمه»', '﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾'])}</p></div>
<div class="news"><h1>TITLE</h1>
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="news-body"><p>P1</p><p>P2</p></div>
<p class="source-line">${source ? `المصدر: ${esc(source)}` : ''}</p>
<div class="tag-slot"></div></div>
<div class="fatwas"><h3>${ctx.pick(['فتاوى ذات صلة', 'مواضيع ذات صلة'])}</h3><ul>${items(ctx.headlines(2), (h) => link(h))}</ul></div>
<div class="more"><h3>${ctx.pick(['المزيد من الأخبار', 'أخبار أخرى'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${siteMap(ctx, [
  ['الأقسام', ['أخبار', 'فتاوى', 'مقالات']],
  ['خدمات', ['مواقيت الصلاة', 'التقويم الهجري', 'اتجاه القبلة']],
])}
<footer><p>${footerNote(ctx, 'بوابة الشؤون الإسلامية')}</p></footer></body></html>`;
      return { html, frame: frame({ published: date?.gold ?? null, source }) };
    },
  },
  {
    site: 'family:maghreb-radio',
    about:
      'a Maghreb broadcaster: French words among the Arabic ("Accueil", "Actualités", "À la une", "Vidéos", "Replay"), a language switch, "الرئيسية / Actualités" breadcrumbs, the headline, a Moroccan-month date, a photo with a credit, "Mots-clés" or "الكلمات المفتاحية" tags, "À lire aussi" list with dates, copyright',
    spec: {
      title: 'article h1',
      paras: 'article div.txt > p',
      standfirstAfter: 'article h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.alaune h3', items: 'div.alaune li a' },
        { heading: 'div.plus h3', items: 'div.plus li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'الكلمات المفتاحية', separator: ' - ' },
      { style: 'p-anchors' },
      { style: 'inline', marker: 'Tags', separator: ', ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['hespress', 'short', 'iso']));
      const writer = ctx.chance(0.5) ? ctx.writer() : null;
      const credit = ctx.chance(0.5) ? ctx.pick(AGENCIES) : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - Radio Atlas</title></head><body>
<div class="lang">${link('العربية')} ${link('Français')} ${link('Tamazight')}</div>
<ul class="nav">${items(['Accueil', 'Actualités', 'الأخبار', 'المغرب الكبير', 'Sport', 'Vidéos', 'Replay', 'Podcasts'], (x) => link(x))}</ul>
<div class="crumbs">${link('الرئيسية')} / ${link('Actualités')} / ${link(ctx.section())}</div>
<article><h1>TITLE</h1>
<p class="meta">${writer ? `${esc(writer)} - ` : ''}${date ? esc(date.line) : ''}</p>
${credit ? `<figure><img src="/i.jpg" alt=""><figcaption>${ctx.pick(['صورة:', 'Crédit photo :', '©'])} ${esc(credit)}</figcaption></figure>` : ''}
<div class="txt"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></article>
<div class="alaune"><h3>${ctx.pick(['À la une', 'الأكثر مشاهدة'])}</h3><ul>${items(ctx.headlines(3), (h) => `${link(h)} <span>${hhmm(ctx)}</span>`)}</ul></div>
<div class="plus"><h3>${ctx.pick(['المزيد من الأخبار', 'Plus d’actualités'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${link('Mentions légales')} ${link('Contact')} ${link('من نحن')}</p><p>${footerNote(ctx, 'Radio Atlas')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null, imageCredit: credit }) };
    },
  },
  {
    site: 'family:aggregator',
    about:
      'a news aggregator: every item of its lists with "المصدر: <site>" and a time, the headline, "المصدر:" and "اقرأ الخبر من المصدر" under it, the text, tags as chips or inline with "،", "أخبار مشابهة" with their sources, "الأكثر تداولاً", copyright',
    spec: {
      title: 'div.item h1',
      paras: 'div.item-text > p',
      standfirstAfter: 'div.item h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.similar h3', items: 'div.similar li a' },
        { heading: 'div.trending h3', items: 'div.trending li a' },
      ],
    },
    tagStyles: [{ style: 'chips' }, { style: 'inline', marker: 'كلمات دلالية', separator: '، ' }, null],
    build(ctx) {
      const date = ctx.date(ctx.pick(['iso', 'short', 'gulf']));
      const sites = ['الشرق نيوز', 'بوابة الخليج', 'المغرب اليوم', 'أخبار الشام', 'النيل الإخبارية', 'صدى العراق'];
      const source = ctx.pick(sites);
      const sourced = (h) =>
        `${link(h)} <span class="src">المصدر: ${esc(ctx.pick(sites))}</span> <span>${ctx.pick(['منذ ساعة', `منذ ${n(ctx, 2, 9)} ساعات`, hhmm(ctx)])}</span>`;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - نبض الأخبار</title></head><body>
<ul class="nav">${items(['الرئيسية', 'عاجل', 'مصر', 'السعودية', 'المغرب', 'رياضة', 'المصادر'], (x) => link(x))}</ul>
<div class="item"><h1>TITLE</h1>
<p class="origin">المصدر: ${esc(source)} ${link('اقرأ الخبر من المصدر', '/go')}</p>
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="item-text"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="similar"><h3>${ctx.pick(['أخبار مشابهة', 'أخبار ذات صلة'])}</h3><ul>${items(ctx.headlines(3), sourced)}</ul></div>
<div class="trending"><h3>${ctx.pick(['الأكثر تداولاً', 'الأكثر قراءة'])}</h3><ul>${items(ctx.headlines(3), sourced)}</ul></div>
<footer><p>${ctx.pick(['نبض الأخبار محرك بحث إخباري ولا يتحمل مسؤولية ما تنشره المصادر', 'الأخبار المنشورة تعبر عن مصادرها'])}</p><p>${footerNote(ctx, 'نبض الأخبار')}</p></footer></body></html>`;
      return { html, frame: frame({ source, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:mobile-amp',
    about:
      'an AMP / mobile page: "☰ القائمة", "بحث", "×" close buttons, the section, the headline, an update stamp, share icons as text, tags as linked hashtags or a list, "المزيد من الأخبار" with thumbnails\' alt text and times, "العودة إلى الأعلى", "النسخة الكاملة", copyright',
    spec: {
      title: 'main h1',
      paras: 'main div.amp-body > p',
      standfirstAfter: 'main h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.more h2', items: 'div.more li a' }],
    },
    tagStyles: [{ style: 'hash-list' }, { style: 'list', marker: 'وسوم' }, { style: 'hashtags' }],
    build(ctx) {
      const date = ctx.date(ctx.pick(['updated', 'wordpress', 'indic']));
      const writer = ctx.chance(0.5) ? ctx.writer() : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)}</title></head><body>
<header><button>☰</button> <span>${ctx.pick(['القائمة', 'الأقسام'])}</span> <a href="/">الخبر الآن</a> <button>بحث</button></header>
<div class="sidebar"><button>×</button><ul>${items(['الرئيسية', 'أخبار', 'رياضة', 'فن', 'تكنولوجيا'], (x) => link(x))}</ul></div>
<main><p class="section">${esc(ctx.section())}</p><h1>TITLE</h1>
${writer ? `<p class="by">${esc(writer)}</p>` : ''}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="share">${ctx.pick(['f t w', 'فيسبوك تويتر واتساب', 'مشاركة'])}</div>
<div class="amp-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></main>
<div class="more"><h2>${ctx.pick(['المزيد من الأخبار', 'أخبار أخرى'])}</h2><ul>${ctx
        .headlines(3)
        .map((h) => thumbItem(ctx, h))
        .join('')}</ul></div>
<footer><p>${link('العودة إلى الأعلى', '#top')} ${link('النسخة الكاملة', '/full')}</p><p>${footerNote(ctx, 'الخبر الآن')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
];
