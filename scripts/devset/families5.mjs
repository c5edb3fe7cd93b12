/**
 * The fifth set of layout families (the f5- series of build-devset.mjs), same interface as FAMILIES_4 of
 * families4.mjs, whose helpers (bylines, update stamps, tails) it imports. Written from how Arabic news sites
 * the earlier families do not model print a page: a Sudanese portal laid out in tables, a North-African
 * daily with a bilingual menu, a state news agency's numbered dispatches, a sports daily, a business wire,
 * a Syrian site with double dates, a women's magazine, a regional TV channel's site, an opinion blog and a
 * portal whose headline comes after a mega-menu of sixty links:
 * - headlines: in a table cell (no heading element), after a French/Arabic menu, under a dispatch number, a
 *   league breadcrumb and score boxes, a stock ticker, a video player's controls, a writer's photo, or a
 *   mega-menu; a bullet summary ("أبرز النقاط") or a long standfirst after them;
 * - date lines behind labels ("التاريخ:", "نشر في", "Publié le", "تاريخ الإضافة:"), Hijri and Gregorian
 *   together, with view counters and reading times beside them;
 * - bylines: "بقلم", "كتب:", "مراسلنا", "name - city", a writer's card with a photo, a bio paragraph after the
 *   text; none for a desk or an agency;
 * - tails: editors' initials and end-of-dispatch marks, disclaimers, print / font-size rows, a channel's
 *   frequency line, "اقرئي أيضاً" lists, comment prompts, newsletters, app lines, copyright.
 * None of these is one of the corpus's sites. Every boilerplate string and choice is drawn with the page's
 * seeded PRNG (ctx).
 */
import { AGENCIES, esc, frame, items, link, n } from './families.mjs';
import { siteMap } from './families3.mjs';
import {
  appLine,
  byline,
  CITIES,
  commentsBox,
  copyrightLine,
  dated,
  followRow,
  newsletterBox,
  prevNext,
  ROLES,
  withUpdate,
} from './families4.mjs';

/** A view counter as portals print it beside the date. */
const views = (ctx) =>
  ctx.pick([
    `عدد المشاهدات: ${n(ctx, 40, 9000)}`,
    `${n(ctx, 40, 9000)} مشاهدة`,
    `المشاهدات: ${n(ctx, 1, 9)}.${n(ctx, 1, 9)}K`,
  ]);
/** A print / share / font-size row, as older CMSs print it under the headline or the text. */
const toolsRow = (ctx) =>
  `<div class="tools">${ctx
    .pick([
      ['طباعة', 'إرسال لصديق', 'حفظ'],
      ['A+', 'A-', 'طباعة'],
      ['مشاركة', 'طباعة', 'تكبير الخط', 'تصغير الخط'],
    ])
    .map((x) => link(x))
    .join(' | ')}</div>`;
/** The first words of a paragraph, as a bullet of a summary box prints them. */
const headOf = (text, words) => text.split(/\s+/u).slice(0, words).join(' ');

export const FAMILIES_5 = [
  {
    site: 'family:sudan-table-portal',
    about:
      'a Sudanese portal laid out in tables: a logo cell with the day\'s date, a "|" menu row, the headline in a bold table cell (no heading element), a label cell "التاريخ:" beside the date cell, a views counter, "بقلم: name" or "name - city" or none, a print row, tags inline under "الكلمات الدلالية" or none, "أخبار ذات صلة", a contact footer',
    spec: {
      title: 'td.hd b',
      paras: 'td.txt > p',
      tagsAfter: 'td.txt > p:last-of-type',
      tail: 'td.txt',
      lists: [{ heading: 'td.rel b', items: 'td.rel li a' }],
    },
    tagStyles: [
      { style: 'inline', marker: 'الكلمات الدلالية', separator: ' - ' },
      null,
      { style: 'inline', marker: 'كلمات دالة', separator: '، ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['short', 'agency', 'wordpress']));
      const by = ctx.chance(0.7) ? byline(ctx, ['bi-qalam', 'name-city', 'bi-qalam']) : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} :: النيلين اليوم</title></head><body>
<table width="100%"><tr><td class="logo"><img src="/logo.gif" alt="النيلين اليوم"></td><td class="today">${esc(ctx.today('short')?.line ?? '')}</td></tr>
<tr><td colspan="2" class="menu">${['الرئيسية', 'أخبار السودان', 'سياسة', 'اقتصاد', 'رياضة', 'منوعات', 'مقالات', 'اتصل بنا'].map((x) => link(x)).join(' | ')}</td></tr></table>
<table width="100%" class="art"><tr><td class="hd" colspan="2"><b>TITLE</b></td></tr>
${date ? `<tr><td class="lbl">التاريخ:</td><td class="dt">${esc(date.line)}</td></tr>` : ''}
<tr><td class="lbl">${ctx.pick(['الزيارات:', 'القراءات:'])}</td><td>${n(ctx, 30, 8000)}</td></tr>
${by ? `<tr><td colspan="2" class="by">${esc(by.text)}</td></tr>` : ''}
<tr><td colspan="2" class="txt"><p>P1</p><p>P2</p></td></tr>
<tr><td colspan="2">${toolsRow(ctx)}</td></tr>
<tr><td colspan="2" class="rel"><b>${ctx.pick(['أخبار ذات صلة', 'أخبار أخرى'])}</b><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></td></tr>
<tr><td colspan="2" class="foot">للتواصل: info@nileen.example | هاتف: 0912345678<br>${esc(copyrightLine(ctx, 'النيلين اليوم'))}</td></tr></table></body></html>`;
      return { html, frame: frame({ author: by?.author ?? null, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:maghreb-bilingual-daily',
    about:
      'a North-African daily with a French/Arabic menu ("Accueil | الرئيسية"), a language switch, "À la une" strip, the headline, a line "نشر في: date" or "Publié le dd/mm/yyyy à hh:mm" or both, "بقلم: name" or "name - city", a caption, the text, tags under "Mots-clés" or "الكلمات المفتاحية", "Partager" row, "مقالات مشابهة", copyright in French',
    spec: {
      title: 'div.article h1',
      paras: 'div.article-content > p',
      standfirstAfter: 'div.article h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.une h4', items: 'div.une li a' },
        { heading: 'div.similar h3', items: 'div.similar li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'Mots-clés', separator: ', ' },
      { style: 'sep-links', marker: 'الكلمات المفتاحية', separator: ' | ' },
      { style: 'list', marker: 'Tags' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['iso', 'agency', 'short']));
      const by = ctx.chance(0.75) ? byline(ctx, ['bi-qalam', 'name-city', 'alone']) : null;
      const caption = ctx.chance(0.5) ? ctx.caption() : null;
      const fr = (p) => {
        // "Publié le 14/07/2024 à 10h30": the gold date, written the French way.
        const [d, t] = p.gold.split('T');
        const [y, mo, dd] = d.split('-');
        return `Publié le ${dd}/${mo}/${y}${t ? ` à ${t.replace(':', 'h')}` : ''}`;
      };
      const dateText = date ? ctx.pick([`نشر في: ${date.line}`, fr(date), `نشر في: ${date.line} | ${fr(date)}`]) : null;
      const menu = [
        ['Accueil', 'الرئيسية'],
        ['National', 'وطني'],
        ['Politique', 'سياسة'],
        ['Économie', 'اقتصاد'],
        ['Sport', 'رياضة'],
        ['Culture', 'ثقافة'],
      ];
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - Le Quotidien | اليومية</title></head><body>
<div class="lang">${link('Français')} | ${link('العربية')}</div>
<ul class="nav">${items(menu, ([f, a]) => `${link(f)} ${link(a)}`)}</ul>
<div class="une"><h4>${ctx.pick(['À la une', 'À la une | في الواجهة'])}</h4><ul>${items(ctx.headlines(3), dated(ctx, ctx.pick(['time', 'none'])))}</ul></div>
<div class="article"><h1>TITLE</h1>
${by ? `<p class="auteur">${esc(by.text)}</p>` : ''}
${dateText ? `<p class="date">${esc(dateText)}</p>` : ''}
${caption ? `<figure><img src="/img/a.jpg" alt=""><figcaption>${esc(caption)}</figcaption></figure>` : ''}
<div class="article-content"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="share">Partager : ${link('Facebook')} ${link('Twitter')} ${link('WhatsApp')}</div>
<div class="similar"><h3>${ctx.pick(['مقالات مشابهة', 'Articles similaires', 'Sur le même sujet'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${link('Mentions légales')} ${link('Contact')} ${link('من نحن')}</p><p>© ${n(ctx, 2019, 2026)} Le Quotidien - Tous droits réservés</p></footer></body></html>`;
      return { html, frame: frame({ author: by?.author ?? null, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:state-agency-dispatch',
    about:
      'a state news agency\'s numbered dispatch: a services menu, "الرقم: 12345" and "التاريخ: date" lines, a service line ("الخدمة: محلي"), the headline in an <h2>, a dateline "city (agency) -", "city - agency:" or "city، agency -" opening the first paragraph (gold source), editors\' initials or "(انتهى)" closing the text, "أخبار ذات صلة", a subscription footer',
    spec: {
      title: 'div.dispatch h2',
      paras: 'div.dispatch-text > p:not(.end)',
      tagsAfter: 'div.dispatch-text',
      tail: 'div.dispatch-text',
      lists: [{ heading: 'div.rel h3', items: 'div.rel li a' }],
    },
    tagStyles: [
      null,
      { style: 'inline', marker: 'الكلمات الدلالية', separator: '، ' },
      { style: 'dl-tags', marker: 'وسوم' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['agency', 'iso', 'hijri-numeric']));
      const agency = ctx.pick(['سونا', 'سبأ', 'واج', 'تاب', 'لاماب', 'سانا', 'نينا']);
      const city = ctx.pick(['الخرطوم', 'صنعاء', 'الجزائر', 'تونس', 'الرباط', 'دمشق', 'بغداد']);
      const prefix = {
        text: ctx.pick([`${city} (${agency}) - `, `${city} - ${agency}: `, `${city}، ${agency} - `]),
        source: agency,
      };
      const end = ctx.pick([
        '(انتهى)',
        `${ctx.pick(['ع.م', 'س.ر', 'ه.ع'])}/${ctx.pick(['م.ح', 'ب.ن', 'ف.ز'])}`,
        '-- انتهى --',
      ]);
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | وكالة الأنباء الرسمية</title></head><body>
<div class="top">${link('الرئيسية')} ${link('الأخبار المحلية')} ${link('الأخبار الدولية')} ${link('خدمة الصور')} ${link('الأرشيف')} ${link('English')}</div>
<div class="dispatch"><p class="no">الرقم: ${n(ctx, 10000, 99999)}</p>
${date ? `<p class="dt">التاريخ: ${esc(date.line)}</p>` : ''}
<p class="svc">الخدمة: ${ctx.pick(['محلي', 'عربي ودولي', 'اقتصادي', 'رياضي'])}</p>
<h2>TITLE</h2>
<div class="dispatch-text"><p>P1</p><p>P2</p><p class="end">${esc(end)}</p></div></div>
<div class="rel"><h3>${ctx.pick(['أخبار ذات صلة', 'آخر الأخبار'])}</h3><ul>${items(ctx.headlines(3), dated(ctx, ctx.pick(['date', 'none'])))}</ul></div>
<footer><p>للاشتراك في الخدمة الإخبارية: subscribe@agency.example</p><p>${copyrightLine(ctx, 'وكالة الأنباء الرسمية')}</p></footer></body></html>`;
      return { html, prefix, frame: frame({ published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:sports-daily',
    about:
      'a sports daily: a live-scores strip of score boxes (teams, "2 - 1", "انتهت" / "مباشر" / a kick-off time), a league breadcrumb ending in the league, the headline, "كتب: name", "name - city" or "كتب: المحرر" (no gold author), a date with an update stamp, a photo credit "(تصوير: name)" (gold imageCredit), the text, chips or tags after "وسوم", a league table, "المزيد من الدوري", app line, copyright',
    spec: {
      title: 'div.story h1',
      paras: 'div.story-body > p',
      standfirstAfter: 'div.story h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.more h3', items: 'div.more li a' }],
    },
    tagStyles: [
      { style: 'chips' },
      { style: 'inline', marker: 'وسوم', separator: ' - ' },
      { style: 'marker-ul', marker: 'الوسوم' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['youm7', 'gulf', 'dotted']));
      const by = ctx.chance(0.8) ? byline(ctx, ['katab-dash', 'name-city', 'desk']) : null;
      const credit = ctx.chance(0.4) ? ctx.writer() : null;
      const teams = [
        'الهلال',
        'النصر',
        'الأهلي',
        'الزمالك',
        'الوداد',
        'الرجاء',
        'الترجي',
        'الاتحاد',
        'الشباب',
        'الفيصلي',
      ];
      const league = ctx.pick(['الدوري السعودي', 'الدوري المصري', 'دوري أبطال أفريقيا', 'الدوري المغربي', 'كأس الملك']);
      const box = () => {
        const [a, b] = [ctx.pick(teams), ctx.pick(teams)];
        const state = ctx.pick(['انتهت', 'مباشر', ctx.clock()]);
        const score = state === 'مباشر' || state === 'انتهت' ? `${n(ctx, 0, 4)} - ${n(ctx, 0, 4)}` : 'vs';
        return `<div class="match"><span>${a}</span> <b>${score}</b> <span>${b}</span> <i>${state}</i></div>`;
      };
      const table = `<table class="standings"><tr><th>الفريق</th><th>لعب</th><th>نقاط</th></tr>${[0, 1, 2, 3].map(() => `<tr><td>${ctx.pick(teams)}</td><td>${n(ctx, 10, 30)}</td><td>${n(ctx, 10, 70)}</td></tr>`).join('')}</table>`;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | الملاعب اليوم</title></head><body>
<ul class="nav">${items(['الرئيسية', 'كرة قدم محلية', 'كرة عالمية', 'محترفون', 'رياضات أخرى', 'فيديو', 'نتائج المباريات'], (x) => link(x))}</ul>
<div class="scores">${[0, 1, 2].map(box).join('')}</div>
<div class="crumbs">${link('الرئيسية')} › ${link('كرة القدم')} › ${link(league)}</div>
<div class="story"><h1>TITLE</h1>
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
${date ? `<p class="time">${esc(ctx.chance(0.5) ? withUpdate(ctx, date) : date.line)}</p>` : ''}
${credit ? `<figure><img src="/s.jpg" alt=""><p class="credit">(تصوير: ${esc(credit)})</p></figure>` : ''}
<div class="story-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="table"><h4>ترتيب ${esc(league)}</h4>${table}</div>
<div class="more"><h3>${ctx.pick([`المزيد من ${league}`, 'أخبار الدوري'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${appLine(ctx, 'الملاعب اليوم')}
<footer><p>${copyrightLine(ctx, 'الملاعب اليوم')}</p></footer></body></html>`;
      return {
        html,
        frame: frame({ author: by?.author ?? null, published: date?.gold ?? null, imageCredit: credit }),
      };
    },
  },
  {
    site: 'family:business-wire',
    about:
      'a business wire: a stock ticker (indices with points and ▲ / ▼ percentages), a section line, the headline, a bullet summary under "أبرز النقاط" (the first words of the text, not the text), "name - city" or "city - agency" (gold source), a date with GMT or an update stamp, the text, "المصدر: agency" (gold source), a disclaimer that it is no investment advice, tags with " | ", "أخبار الأسواق", newsletter, copyright',
    spec: {
      title: 'div.wire h1',
      paras: 'div.wire-body > p',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.markets h3', items: 'div.markets li a' }],
    },
    tagStyles: [
      { style: 'inline', marker: 'الوسوم', separator: ' | ' },
      { style: 'sep-links', marker: 'موضوعات', separator: ' • ' },
      null,
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['agency', 'iso', 'elbalad']));
      const by = ctx.chance(0.7) ? byline(ctx, ['name-city', 'city-agency', 'name-city']) : null;
      const source = by?.source ?? (ctx.chance(0.4) ? ctx.pick(['رويترز', 'بلومبرغ', 'وكالات']) : null);
      const ticker = ['تاسي', 'EGX30', 'سوق دبي', 'بورصة الكويت', 'برنت', 'الذهب']
        .map(
          (x) =>
            `<span>${x} ${n(ctx, 1000, 12000)}.${n(ctx, 10, 99)} ${ctx.pick(['▲', '▼'])} ${n(ctx, 0, 3)}.${n(ctx, 10, 99)}%</span>`,
        )
        .join(' ');
      const points = ctx.article.paragraphs.slice(0, 3).map((p) => `${headOf(p, 8)}…`);
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - الأسواق الآن</title></head><body>
<div class="ticker">${ticker}</div>
<ul class="nav">${items(['الرئيسية', 'أسواق', 'شركات', 'طاقة', 'عملات', 'عقارات', 'اقتصاد عالمي'], (x) => link(x))}</ul>
<div class="wire"><p class="sec">${esc(ctx.pick(['أسواق', 'شركات', 'طاقة', 'اقتصاد']))}</p><h1>TITLE</h1>
<div class="points"><h4>أبرز النقاط</h4><ul>${items(points, esc)}</ul></div>
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
${date ? `<p class="dt">${esc(ctx.chance(0.5) ? `${date.line} GMT` : withUpdate(ctx, date))}</p>` : ''}
<div class="wire-body"><p>P1</p><p>P2</p></div>
${source && !by?.source ? `<p class="src">المصدر: ${esc(source)}</p>` : ''}
<p class="disc">${ctx.pick(['هذا المحتوى لأغراض إعلامية فقط ولا يعد نصيحة استثمارية', 'إخلاء مسؤولية: الأسعار متأخرة 15 دقيقة'])}</p>
<div class="tag-slot"></div></div>
<div class="markets"><h3>${ctx.pick(['أخبار الأسواق', 'الأكثر قراءة في أسواق'])}</h3><ul>${items(ctx.headlines(3), dated(ctx, ctx.pick(['time', 'none'])))}</ul></div>
${newsletterBox(ctx)}
<footer><p>${copyrightLine(ctx, 'الأسواق الآن')}</p></footer></body></html>`;
      return {
        html,
        frame: frame({ author: by?.author ?? null, published: date?.gold ?? null, source }),
      };
    },
  },
  {
    site: 'family:syrian-double-date',
    about:
      'a Syrian site: a masthead date, a menu, a "أخبار سورية" / section kicker, the headline, a Hijri and Gregorian date together (or a Levantine month with its Egyptian name), a view counter beside it, "city - name", "مراسلنا: name" or none, A+ / A- and print row, the text, "الكلمات المفتاحية" with "، " or a list, "الأكثر مشاهدة" with view counts, copyright',
    spec: {
      title: 'div.content h1',
      paras: 'div.content-text > p',
      standfirstAfter: 'div.content h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.mostviewed h3', items: 'div.mostviewed li a' }],
    },
    tagStyles: [
      { style: 'inline', marker: 'الكلمات المفتاحية', separator: '، ' },
      { style: 'list', marker: 'الوسوم' },
      { style: 'p-anchors' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['hijri', 'levant-both', 'hijri-numeric']));
      const form = ctx.pick(['city-name', 'correspondent', 'none']);
      const writer = form === 'none' ? null : ctx.writer();
      const byText =
        form === 'city-name' ? `${ctx.pick(['دمشق', 'حلب', 'حمص', 'اللاذقية'])} - ${writer}` : `مراسلنا: ${writer}`;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - الشام برس</title></head><body>
<div class="mast">${esc(ctx.today('levant')?.line ?? '')}</div>
<ul class="nav">${items(['الرئيسية', 'أخبار سورية', 'عربي ودولي', 'اقتصاد', 'ثقافة', 'رياضة', 'كاريكاتير'], (x) => link(x))}</ul>
<div class="content"><p class="kick">${esc(ctx.pick(['أخبار سورية', ctx.section()]))}</p><h1>TITLE</h1>
${date ? `<p class="dates">${esc(date.line)} | ${esc(views(ctx))}</p>` : `<p class="dates">${esc(views(ctx))}</p>`}
${writer ? `<p class="by">${esc(byText)}</p>` : ''}
${toolsRow(ctx)}
<div class="content-text"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="mostviewed"><h3>الأكثر مشاهدة</h3><ul>${items(ctx.headlines(4), (h) => `${link(h)} <span>${n(ctx, 100, 20000)} مشاهدة</span>`)}</ul></div>
<footer><p>${copyrightLine(ctx, 'الشام برس')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:lifestyle-magazine',
    about:
      'a women\'s and lifestyle magazine: a menu of sections (موضة، جمال، أمومة، مطبخ), the headline, a long standfirst in an <h2>, "كتبت: name", "إعداد: name" or "بقلم: name", a WordPress date, a photo credit "الصورة: Shutterstock" (gold imageCredit) or none, the text, "اقرئي أيضاً" list, hashtags or chips, newsletter, "تابعونا على", copyright',
    spec: {
      title: 'article h1',
      paras: 'article div.body > p',
      standfirst: 'article h2.lead',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.alsoread h3', items: 'div.alsoread li a' }],
    },
    tagStyles: [{ style: 'hash-list' }, { style: 'chips' }, { style: 'inline', marker: 'وسوم', separator: ' ، ' }],
    build(ctx) {
      const date = ctx.date(ctx.pick(['wordpress', 'short', 'hijri']));
      const by = byline(ctx, ['katabat', 'prepared', 'bi-qalam', 'katabat']);
      const credit = ctx.chance(0.5) ? ctx.pick(['Shutterstock', 'Getty Images', 'Unsplash', 'Pexels']) : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | مجلة هي وأنتِ</title></head><body>
<ul class="nav">${items(['الرئيسية', 'موضة', 'جمال', 'أمومة وطفولة', 'مطبخ', 'صحة ورشاقة', 'مشاهير'], (x) => link(x))}</ul>
<article><h1>TITLE</h1><h2 class="lead">SUB</h2>
<p class="by">${esc(by.text)}</p>
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
${credit ? `<figure><img src="/m.jpg" alt=""><small>${ctx.pick(['الصورة:', 'مصدر الصورة:'])} ${esc(credit)}</small></figure>` : ''}
<div class="body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></article>
<div class="alsoread"><h3>${ctx.pick(['اقرئي أيضاً', 'قد يعجبكِ أيضاً', 'اقرئي أيضا'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${newsletterBox(ctx)}
${followRow(ctx)}
<footer><p>${copyrightLine(ctx, 'مجلة هي وأنتِ')}</p></footer></body></html>`;
      return {
        html,
        frame: frame({ author: by.author, published: date?.gold ?? null, imageCredit: credit }),
      };
    },
  },
  {
    site: 'family:regional-tv-site',
    about:
      'a regional TV channel\'s site: a "البث المباشر" link, a menu, a video player\'s text before the headline ("تشغيل", "مدة الفيديو: 02:35", "00:00 / 02:35", "ملء الشاشة"), the headline, "تقرير: name", "name - city" or none, "نشر في: date" or a date with an update stamp, the text, tags with " - " or a <dl>, "فيديوهات ذات صلة", the channel\'s frequency line, "تابعونا على", copyright',
    spec: {
      title: 'div.vid-story h1',
      paras: 'div.vid-text > p',
      standfirstAfter: 'div.vid-story h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.vids h3', items: 'div.vids li a' }],
    },
    tagStyles: [
      { style: 'inline', marker: 'كلمات مفتاحية', separator: ' - ' },
      { style: 'dl-tags', marker: 'الوسوم' },
      { style: 'bare-list' },
      null,
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['channel', 'agency', 'short']));
      const by = ctx.chance(0.7) ? byline(ctx, ['report', 'name-city']) : null;
      const length = `0${n(ctx, 1, 9)}:${String(n(ctx, 0, 60)).padStart(2, '0')}`;
      const player = ctx.pick([
        `<div class="player"><button>تشغيل</button> <span>00:00 / ${length}</span> <button>كتم الصوت</button> <button>ملء الشاشة</button></div>`,
        `<div class="player"><p>مدة الفيديو: ${length}</p><button>▶ تشغيل</button></div>`,
        `<div class="player"><p>${ctx.pick(['فيديو', 'شاهد'])} | ${length}</p><p>${ctx.pick(['جودة HD', 'الترجمة'])}</p></div>`,
      ]);
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | قناة الساحل</title></head><body>
<div class="live">${link('البث المباشر')} ${link('جدول البرامج')}</div>
<ul class="nav">${items(['الرئيسية', 'أخبار', 'برامج', 'فيديو', 'رياضة', 'اتصل بنا'], (x) => link(x))}</ul>
<div class="vid-story">${player}
<h1>TITLE</h1>
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
${date ? `<p class="date">${esc(date.line.startsWith('نشر') ? date.line : ctx.chance(0.5) ? `نشر في: ${date.line}` : withUpdate(ctx, date))}</p>` : ''}
<div class="vid-text"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="vids"><h3>${ctx.pick(['فيديوهات ذات صلة', 'شاهد المزيد', 'أحدث الفيديوهات'])}</h3><ul>${items(ctx.headlines(3), (h) => `${link(h)} <span>${`0${n(ctx, 1, 9)}:${String(n(ctx, 0, 60)).padStart(2, '0')}`}</span>`)}</ul></div>
<div class="freq"><p>${ctx.pick(['التردد: نايل سات 11353 أفقي', 'تابعونا على تردد 12245 عمودي - عرب سات'])}</p></div>
${followRow(ctx)}
<footer><p>${copyrightLine(ctx, 'قناة الساحل')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by?.author ?? null, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:opinion-blog',
    about:
      'a blog-style opinion page: a short menu, the writer\'s photo (alt text "صورة الكاتب name" or the name) and name link over the headline, or "بقلم" under it, the date, the column, a bio paragraph after the text ("name كاتب …" with a role), "مقالات أخرى للكاتب", comment prompt and count, a "السابق / التالي" strip, copyright',
    spec: {
      title: 'div.post h1',
      paras: 'div.post-content > p',
      tagsAfter: 'div.post-content',
      tail: 'div.bio',
      lists: [
        { heading: 'div.more-by h3', items: 'div.more-by li a' },
        { heading: 'div.pn span.pn-lbl', items: 'div.pn a' },
      ],
    },
    tagStyles: [
      { style: 'sep-links', marker: 'التصنيفات', separator: '، ' },
      null,
      { style: 'rel-run', marker: 'وسوم' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['wordpress', 'short', 'levant']));
      const writer = ctx.writer();
      const head = ctx.pick(['photo', 'photo', 'bi-qalam']);
      const photo = `<div class="writer"><img src="/w.jpg" alt="${esc(ctx.pick([`صورة الكاتب ${writer}`, writer]))}"> ${link(writer, '/author/1')}</div>`;
      const bio = `<div class="bio"><p>${esc(`${writer} ${ctx.pick(ROLES)}${ctx.chance(0.5) ? `، مقيم في ${ctx.pick(CITIES)}` : ''}.`)}</p></div>`;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - مدونات الرأي</title></head><body>
<ul class="nav">${items(['الرئيسية', 'مدونات', 'رأي', 'الكتّاب'], (x) => link(x))}</ul>
<div class="post">${head === 'photo' ? photo : ''}<h1>TITLE</h1>
${head === 'bi-qalam' ? `<p class="by">بقلم: ${esc(writer)}</p>` : ''}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="post-content"><p>P1</p><p>P2</p></div>
${bio}
${commentsBox(ctx)}
<div class="more-by"><h3>${ctx.pick(['مقالات أخرى للكاتب', `المزيد من مقالات ${writer}`])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${prevNext(ctx, ctx.headlines(2), 'المقال')}</div>
<footer><p>${copyrightLine(ctx, 'مدونات الرأي')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:mega-menu-portal',
    about:
      'a portal whose headline is only in an <h1> after a mega-menu of sixty and more links under column headings, a meta line "name | date | 4 دقائق للقراءة" or the date alone, a caption with "(أ ف ب)" (no credit) or none, the text, tags in a list under "الوسوم" or "كلمات البحث" inline, "الأكثر قراءة", a site map, app line, copyright',
    spec: {
      title: 'main h1',
      paras: 'main div.article-body > p',
      standfirstAfter: 'main h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.popular h3', items: 'div.popular li a' }],
    },
    tagStyles: [
      { style: 'ul-heading', marker: 'الوسوم' },
      { style: 'inline', marker: 'كلمات البحث', separator: ', ' },
      { style: 'icon-sep' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['gulf', 'iso', 'wordpress']));
      const writer = ctx.chance(0.7) ? ctx.writer() : null;
      const columns = [
        ['أخبار', ['محلي', 'عربي', 'دولي', 'عاجل', 'تقارير', 'تحقيقات', 'حوارات', 'صور', 'فيديو', 'إنفوغراف']],
        ['اقتصاد', ['أسواق', 'بنوك', 'عقارات', 'طاقة', 'شركات', 'سيارات', 'تقنية', 'ريادة أعمال', 'عملات', 'ذهب']],
        [
          'رياضة',
          [
            'كرة القدم',
            'الدوري المحلي',
            'الدوري الإنجليزي',
            'الدوري الإسباني',
            'تنس',
            'سباقات',
            'ملاكمة',
            'كرة سلة',
            'محترفون',
            'أولمبياد',
          ],
        ],
        ['منوعات', ['فن', 'سينما', 'موسيقى', 'مشاهير', 'سفر', 'طبخ', 'صحة', 'أزياء', 'علوم', 'غرائب']],
        ['رأي', ['مقالات', 'كتّاب', 'افتتاحية', 'كاريكاتير', 'مدونات', 'تحليلات', 'قراءات', 'أعمدة', 'ضيوف', 'ملفات']],
        [
          'خدمات',
          [
            'الطقس',
            'مواقيت الصلاة',
            'أسعار العملات',
            'النسخة الورقية',
            'الأرشيف',
            'النشرة',
            'التطبيق',
            'إعلانات',
            'وظائف',
            'اتصل بنا',
          ],
        ],
      ];
      const mega = `<nav class="mega">${columns.map(([h, links]) => `<div class="mcol"><h4>${h}</h4><ul>${items(links, (x) => link(x))}</ul></div>`).join('')}</nav>`;
      const meta = [writer, date?.line, ctx.chance(0.5) ? `${n(ctx, 2, 9)} دقائق للقراءة` : null].filter(Boolean);
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | البوابة 24</title></head><body>
<header><a href="/">البوابة 24</a> ${link('بحث')} ${link('تسجيل الدخول')}</header>
${mega}
<main><h1>TITLE</h1>
${meta.length ? `<p class="meta">${meta.map(esc).join(' | ')}</p>` : ''}
${ctx.chance(0.5) ? `<figure><img src="/x.jpg" alt=""><figcaption>${esc(ctx.caption())} (${esc(ctx.pick(AGENCIES))})</figcaption></figure>` : ''}
<div class="article-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></main>
<div class="popular"><h3>${ctx.pick(['الأكثر قراءة', 'الأكثر تداولاً'])}</h3><ol>${items(ctx.headlines(4), (h) => link(h))}</ol></div>
${siteMap(ctx, [
  ['الأقسام', ['أخبار', 'اقتصاد', 'رياضة', 'منوعات']],
  ['عن الموقع', ['من نحن', 'سياسة الخصوصية', 'شروط الاستخدام', 'أعلن معنا']],
])}
${appLine(ctx, 'البوابة 24')}
<footer><p>${copyrightLine(ctx, 'البوابة 24')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
];
