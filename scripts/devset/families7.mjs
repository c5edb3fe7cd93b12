/**
 * The seventh set of layout families (the f7- series of build-devset.mjs), same interface as FAMILIES_6 of
 * families6.mjs; it imports the fourth series' byline, update-stamp and tail helpers and the sixth's labelled byline. Written from how
 * Arabic news pages the earlier families do not model print a page, weighted on what varies most between
 * sites around the headline and at the end of a body (the held-back sites lose titles and keep boilerplate):
 * a Yemeni regional portal, a weather desk, a book-review page, a video-news page, a health desk, a podcast
 * episode, a long read with a table of contents, an Arabic site of the diaspora in Europe, a mobile page whose
 * sticky header repeats the headline, and a Maghreb site with a French brand:
 * - headlines: after a five-level breadcrumb that ends in the headline cut with "…", after a news ticker
 *   strip, after a forecast widget, after a video player that repeats it, after an audio player, under a
 *   sticky header "أنت تقرأ الآن:" that repeats it, after "اقرأ على التطبيق" banners;
 * - between headline and text: a book card ("المؤلف:" — the book's writer, no byline — "الناشر:", "عدد
 *   الصفحات:"), a table of contents, a medical reviewer's line and a review date (no byline, no publication
 *   date), a "نص التقرير" or "في هذه الحلقة" heading, a map caption with a credit;
 * - bylines: "عرض:", "قراءة:", "إعداد وتقديم:", "Par :", "city - name" with European cities; "مونتاج:" and
 *   "ضيف الحلقة:" name no writer;
 * - date lines: day-first with slashes or dots and no time (datelines.mjs: `slash-dmy`, `dot-dmy`);
 * - tails: print / font-size toolbars, comment counts, a forecast table, weather alerts, a "buy the book"
 *   line and a star rating, a medical disclaimer and a references list, "استمع على" platform rows, an author
 *   bio box and "مقالات الكاتب", numbered most-read lists with no heading, German and French imprint
 *   footers, newsletters, app prompts, copyright.
 * None of these is one of the corpus's sites. Every boilerplate string and choice is drawn with the page's
 * seeded PRNG (ctx).
 */
import { esc, frame, items, link, n } from './families.mjs';
import { appLine, byline, commentsBox, copyrightLine, dated, followRow, ROLES, withUpdate } from './families4.mjs';
import { labelled } from './families6.mjs';

/** A name of WRITERS other than `taken` (a second person the page names: a guest, an editor, a reviewer). */
const otherWriter = (ctx, taken) => {
  let name = ctx.writer();
  while (name === taken) name = ctx.writer();
  return name;
};
/** A duration as players print it ("02:15", "24:13"). */
const duration = (ctx, lo, hi) =>
  `${String(n(ctx, lo, hi)).padStart(2, '0')}:${String(n(ctx, 0, 60)).padStart(2, '0')}`;
/** A numbered list of headlines with no heading (a most-read box whose title is an image). */
const numbered = (ctx, count) =>
  `<ol class="top">${items(ctx.headlines(count), (h) => `${link(h)} <span>${n(ctx, 200, 9000)}</span>`)}</ol>`;

export const FAMILIES_7 = [
  {
    site: 'family:yemen-regional-portal',
    about:
      'a Yemeni regional portal: a menu of governorates, a five-level breadcrumb "الرئيسية » أخبار محلية » المحافظات » عدن » <the headline cut with …>", a news ticker strip ("شريط الأخبار" and items with times, "◄" between them) right before the headline, the headline, "عدن - name", "name - city" or "كتب: المحرر" (no gold author), a Gulf date or a date with an update stamp, the text, tags inline after "علامات:", a print / font-size toolbar, a comment count, "أخبار المحافظات", copyright',
    spec: {
      title: 'div.post h1',
      paras: 'div.post-text > p',
      standfirstAfter: 'div.post h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.gov h3', items: 'div.gov li a' }],
    },
    tagStyles: [{ style: 'inline', marker: 'علامات', separator: ' ، ' }, { style: 'p-anchors' }, null],
    build(ctx) {
      const date = ctx.date(ctx.pick(['gulf', 'short', 'agency']));
      const city = ctx.pick(['عدن', 'صنعاء', 'تعز', 'المكلا', 'مأرب']);
      const form = ctx.pick(['city-name', 'name-city', 'desk', 'none']);
      const writer = form === 'city-name' || form === 'name-city' ? ctx.writer() : null;
      const byText = writer
        ? form === 'city-name'
          ? `${city} - ${writer}`
          : `${writer} - ${city}`
        : form === 'desk'
          ? 'كتب: المحرر'
          : null;
      const words = ctx.article.title.split(' ');
      const cut = words.length > 6 ? `${words.slice(0, 5).join(' ')}…` : ctx.article.title;
      const ticker = ctx
        .headlines(3)
        .map((h) => `<span>${ctx.clock()}</span> ${link(h)}`)
        .join(' ◄ ');
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | عدن الإخباري</title></head><body>
<ul class="nav">${items(['الرئيسية', 'عدن', 'صنعاء', 'حضرموت', 'تعز', 'اقتصاد', 'رياضة', 'منوعات'], (x) => link(x))}</ul>
<div class="crumbs">${[link('الرئيسية'), link('أخبار محلية'), link('المحافظات'), link(city), esc(cut)].join(' » ')}</div>
<div class="ticker"><b>${ctx.pick(['شريط الأخبار', 'آخر الأخبار', 'عاجل'])}</b> ${ticker}</div>
<div class="post"><h1>TITLE</h1>
${byText ? `<p class="by">${esc(byText)}</p>` : ''}
${date ? `<p class="date">${esc(ctx.chance(0.5) ? date.line : withUpdate(ctx, date))}</p>` : ''}
<div class="post-text"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="tools">${['طباعة', 'إرسال لصديق', 'A+', 'A-'].map((x) => link(x)).join(' | ')}</div>
<p class="cc">${ctx.pick([`عدد التعليقات: ${n(ctx, 0, 30)}`, `${n(ctx, 2, 30)} تعليقات`, 'لا توجد تعليقات'])}</p>
<div class="gov"><h3>${ctx.pick(['أخبار المحافظات', 'المزيد من عدن'])}</h3><ul>${items(ctx.headlines(3), dated(ctx, 'date'))}</ul></div>
<footer><p>${copyrightLine(ctx, 'عدن الإخباري')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:weather-desk',
    about:
      'a weather and environment desk: a forecast strip before the headline ("الطقس الآن", cities with temperatures "الرياض 32°" and a word), a "طقس" / "بيئة" kicker, the headline, a standfirst, a map and its caption with "(الصورة: centre)" (gold imageCredit) or a plain caption, "إعداد: name" or none, the date, the text, a "توقعات الأيام القادمة" table (days, highs, lows) after the text, a weather-alerts sign-up, an app prompt, "أخبار الطقس", copyright',
    spec: {
      title: 'div.wx-article h1',
      paras: 'div.wx-body > p',
      standfirstAfter: 'div.wx-article h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.wxnews h3', items: 'div.wxnews li a' }],
    },
    tagStyles: [{ style: 'chips' }, { style: 'inline', marker: 'الوسوم', separator: ' - ' }, null],
    build(ctx) {
      const date = ctx.date(ctx.pick(['short', 'time-first', 'wordpress']));
      const by = ctx.chance(0.6) ? labelled(ctx, ['إعداد:', 'كتب:']) : null;
      const words = ['مشمس', 'غائم جزئياً', 'أمطار', 'غبار', 'صافٍ'];
      const strip = ['الرياض', 'جدة', 'الدمام', 'أبها', 'تبوك']
        .map((c) => `<li>${c} ${n(ctx, 12, 46)}° ${ctx.pick(words)}</li>`)
        .join('');
      const centre = ctx.pick(['المركز الوطني للأرصاد', 'هيئة الأرصاد الجوية', 'ناسا']);
      const credit = ctx.chance(0.5) ? centre : null;
      const days = ['السبت', 'الأحد', 'الاثنين', 'الثلاثاء']
        .map((d) => `<tr><td>${d}</td><td>العظمى ${n(ctx, 25, 46)}°</td><td>الصغرى ${n(ctx, 8, 25)}°</td></tr>`)
        .join('');
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - طقس العرب اليوم</title></head><body>
<ul class="nav">${items(['الرئيسية', 'الطقس', 'خرائط', 'بيئة', 'مناخ', 'فيديو'], (x) => link(x))}</ul>
<div class="wx-now"><h4>${ctx.pick(['الطقس الآن', 'حالة الطقس'])}</h4><ul>${strip}</ul></div>
<div class="wx-article"><p class="kick">${ctx.pick(['طقس', 'بيئة', 'مناخ'])}</p><h1>TITLE</h1>
<figure><img src="/map.png" alt="خريطة"><figcaption>${esc(ctx.pick(['خريطة توضح توزع الأمطار المتوقعة', 'صورة بالأقمار الصناعية للمنطقة', ctx.caption()]))}${credit ? ` (الصورة: ${esc(credit)})` : ''}</figcaption></figure>
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="wx-body"><p>P1</p><p>P2</p></div>
<div class="forecast"><h4>${ctx.pick(['توقعات الأيام القادمة', 'توقعات الطقس للأيام المقبلة'])}</h4><table>${days}</table></div>
<div class="tag-slot"></div></div>
<div class="alerts"><p>${ctx.pick(['اشترك في تنبيهات الطقس لتصلك التحذيرات أولاً بأول', 'فعّل تنبيهات الطقس في منطقتك'])}</p><button>اشترك</button></div>
${appLine(ctx, 'طقس العرب اليوم')}
<div class="wxnews"><h3>${ctx.pick(['أخبار الطقس', 'المزيد من الطقس'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${copyrightLine(ctx, 'طقس العرب اليوم')}</p></footer></body></html>`;
      return {
        html,
        frame: frame({ author: by?.author ?? null, published: date?.gold ?? null, imageCredit: credit }),
      };
    },
  },
  {
    site: 'family:book-review-page',
    about:
      'a culture desk\'s book review: a "كتب" / "ثقافة" kicker, the headline, a book card between the headline and the text ("المؤلف: name" — the book\'s writer, no byline — "الناشر:", "سنة النشر:", "عدد الصفحات:"), "عرض: name", "قراءة: name" or "بقلم: name" (gold author) before or after the text, the date, the text, a star rating "تقييم القراء: ★★★★☆", "اشترِ الكتاب" links, tags after "تصنيفات:" with " / ", "مراجعات أخرى", copyright',
    spec: {
      title: 'div.review h1',
      paras: 'div.review-body > p:not(.by)',
      tagsAfter: 'div.review-body',
      tail: 'div.review-body',
      lists: [{ heading: 'div.more-reviews h3', items: 'div.more-reviews li a' }],
    },
    tagStyles: [
      { style: 'inline', marker: 'تصنيفات', separator: ' / ' },
      { style: 'ul-heading', marker: 'وسوم' },
      null,
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['wordpress', 'levant', 'short']));
      const by = labelled(ctx, ['عرض:', 'قراءة:', 'بقلم:']);
      const author = otherWriter(ctx, by.author);
      const publisher = ctx.pick([
        'دار الشروق',
        'دار الساقي',
        'المركز الثقافي العربي',
        'دار الآداب',
        'منشورات المتوسط',
      ]);
      const card = `<div class="book"><img src="/cover.jpg" alt="غلاف الكتاب"><p>المؤلف: ${esc(author)}</p><p>الناشر: ${publisher}</p><p>سنة النشر: ${n(ctx, 2015, 2025)}</p><p>عدد الصفحات: ${n(ctx, 120, 560)}</p></div>`;
      const byAfter = ctx.chance(0.4);
      const byLine = `<p class="by">${esc(by.text)}</p>`;
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | صفحات ثقافية</title></head><body>
<ul class="nav">${items(['الرئيسية', 'كتب', 'مراجعات', 'شعر', 'مسرح', 'سينما', 'حوارات'], (x) => link(x))}</ul>
<div class="review"><p class="kick">${ctx.pick(['كتب', 'ثقافة', 'مراجعات'])}</p><h1>TITLE</h1>
${card}
${byAfter ? '' : byLine}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="review-body"><p>P1</p><p>P2</p>${byAfter ? byLine : ''}</div></div>
<p class="rating">${ctx.pick(['تقييم القراء:', 'تقييمك للكتاب:'])} ${'★'.repeat(n(ctx, 2, 5))}☆</p>
<p class="buy">${ctx.pick(['اشترِ الكتاب من:', 'متوفر لدى:'])} ${link('جملون')} ${link('نيل وفرات')}</p>
<div class="more-reviews"><h3>${ctx.pick(['مراجعات أخرى', 'قراءات سابقة'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${copyrightLine(ctx, 'صفحات ثقافية')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by.author, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:video-news-page',
    about:
      'a news site\'s video page: a player whose title bar repeats the headline ("▶ <headline>"), "مدة الفيديو 02:15" and a view count ("1.2 ألف مشاهدة") before the headline, the headline, the date, "تقرير: name" (gold author) with "مونتاج: name" (no writer) or none, a "نص التقرير:" heading over the text (the transcript), linked hashtags one a line or none, "اشترك في قناتنا على يوتيوب", "فيديوهات ذات صلة" with a duration before each item, copyright',
    spec: {
      title: 'div.vid h1',
      paras: 'div.transcript > p',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.vids h3', items: 'div.vids li a' }],
    },
    tagStyles: [{ style: 'hash-list' }, { style: 'sep-links', marker: 'الوسوم', separator: ' | ' }, null],
    build(ctx) {
      const date = ctx.date(ctx.pick(['iso', 'short', 'gulf']));
      const by = ctx.chance(0.7) ? labelled(ctx, ['تقرير:', 'إعداد:']) : null;
      const editor = by && ctx.chance(0.6) ? otherWriter(ctx, by.author) : null;
      const length = duration(ctx, 1, 9);
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - فيديو | الشاشة نيوز</title></head><body>
<ul class="nav">${items(['الرئيسية', 'فيديو', 'برامج', 'تقارير', 'البث المباشر'], (x) => link(x))}</ul>
<div class="player"><p class="bar">▶ ${esc(ctx.article.title)}</p><p>${ctx.pick(['مدة الفيديو', 'المدة'])} ${length}</p><p>${n(ctx, 1, 9)}.${n(ctx, 1, 9)} ألف مشاهدة</p></div>
<div class="vid"><h1>TITLE</h1>
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
${by ? `<p class="by">${esc(by.text)}${editor ? ` | مونتاج: ${esc(editor)}` : ''}</p>` : ''}
<h4>${ctx.pick(['نص التقرير:', 'نص الفيديو:'])}</h4>
<div class="transcript"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<p class="yt">${ctx.pick(['اشترك في قناتنا على يوتيوب', 'تابع قناتنا على يوتيوب ليصلك كل جديد'])}</p>
<div class="vids"><h3>${ctx.pick(['فيديوهات ذات صلة', 'المزيد من الفيديو'])}</h3><ul>${items(ctx.headlines(3), (h) => `<span>${duration(ctx, 1, 12)}</span> ${link(h)}`)}</ul></div>
<footer><p>${copyrightLine(ctx, 'الشاشة نيوز')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by?.author ?? null, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:health-desk',
    about:
      'a health desk: a "صحة" kicker, the headline, a subtitle, "بقلم: name" or "إعداد: name" (gold author), "مراجعة طبية: د. name" (a reviewer: no byline), "تاريخ النشر: date" and "آخر مراجعة: date" (the review date is no publication date), the text, a medical disclaimer, a numbered "المراجع:" list, "هل وجدت هذا المقال مفيداً؟", tags as a list under "الكلمات الرئيسية", a newsletter box, "مقالات صحية أخرى", copyright',
    spec: {
      title: 'div.health h1',
      paras: 'div.health-body > p',
      standfirst: 'div.health h2.sub',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.more-health h3', items: 'div.more-health li a' }],
    },
    tagStyles: [{ style: 'ul-heading', marker: 'الكلمات الرئيسية' }, { style: 'chips' }, null],
    build(ctx) {
      const date = ctx.date(ctx.pick(['short', 'wordpress', 'slash-dmy']));
      const by = ctx.chance(0.8) ? labelled(ctx, ['بقلم:', 'إعداد:']) : null;
      const reviewer = otherWriter(ctx, by?.author);
      const refs = ['Mayo Clinic', 'World Health Organization', 'NHS', 'منظمة الصحة العالمية']
        .filter(() => ctx.chance(0.7))
        .map((r, i) => `<li>${i + 1}. ${r}</li>`)
        .join('');
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | صحتك اليوم</title></head><body>
<ul class="nav">${items(['الرئيسية', 'أمراض', 'تغذية', 'لياقة', 'صحة الطفل', 'صحة نفسية', 'اسأل طبيب'], (x) => link(x))}</ul>
<div class="health"><p class="kick">${ctx.pick(['صحة', 'طب وصحة'])}</p><h1>TITLE</h1><h2 class="sub">SUB</h2>
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
<p class="rev">${ctx.pick(['مراجعة طبية:', 'راجعه طبياً:'])} د. ${esc(reviewer)}</p>
${date ? `<p class="date">تاريخ النشر: ${esc(date.line)} | آخر مراجعة: ${esc(ctx.today('short')?.line ?? '')}</p>` : ''}
<div class="health-body"><p>P1</p><p>P2</p></div>
<p class="disc">${ctx.pick(['المعلومات الواردة في هذا المقال لا تغني عن استشارة الطبيب المختص', 'تنويه: هذا المحتوى للتوعية فقط ولا يعد بديلاً عن الاستشارة الطبية'])}</p>
<div class="refs"><p>المراجع:</p><ul>${refs}</ul></div>
<p class="useful">${ctx.pick(['هل وجدت هذا المقال مفيداً؟', 'هل أفادك هذا المقال؟'])} ${link('نعم')} ${link('لا')}</p>
<div class="tag-slot"></div></div>
<div class="nl"><h4>${ctx.pick(['النشرة الصحية الأسبوعية', 'اشترك في نشرتنا الصحية'])}</h4><form><input placeholder="بريدك الإلكتروني"><button>اشتراك</button></form></div>
<div class="more-health"><h3>${ctx.pick(['مقالات صحية أخرى', 'المزيد من صحة'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${copyrightLine(ctx, 'صحتك اليوم')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by?.author ?? null, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:podcast-episode',
    about:
      'a podcast episode page: the show\'s name and "الحلقة 12" over the headline, an audio player ("▶ 00:00 / 24:13", "تحميل الحلقة"), "استمع على: Spotify | Apple Podcasts | أنغامي", the headline, "إعداد وتقديم: name" or "تقديم: name" (gold author), "ضيف الحلقة: name" (no writer), the date, an "في هذه الحلقة:" heading over the text, tags as chips or inline after "وسوم الحلقة", "حلقات سابقة" with a duration after each item, copyright',
    spec: {
      title: 'div.episode h1',
      paras: 'div.notes > p',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.past h3', items: 'div.past li a' }],
    },
    tagStyles: [{ style: 'sep-links', marker: 'وسوم الحلقة', separator: ' • ' }, { style: 'chips' }, null],
    build(ctx) {
      const date = ctx.date(ctx.pick(['short', 'dot-dmy', 'wordpress']));
      const by = labelled(ctx, ['إعداد وتقديم:', 'تقديم:']);
      const guest = ctx.chance(0.6) ? otherWriter(ctx, by.author) : null;
      const show = ctx.pick(['بودكاست فنجان الأخبار', 'بودكاست الحكاية', 'بودكاست ما وراء الخبر']);
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | ${show}</title></head><body>
<ul class="nav">${items(['الرئيسية', 'البرامج', 'الحلقات', 'المقدمون', 'اشترك'], (x) => link(x))}</ul>
<div class="episode"><p class="show">${show} | الحلقة ${n(ctx, 2, 140)}</p>
<div class="audio"><p>▶ 00:00 / ${duration(ctx, 12, 59)}</p><p>${link('تحميل الحلقة')}</p></div>
<p class="on">استمع على: ${['Spotify', 'Apple Podcasts', 'أنغامي', 'ساوندكلاود'].map((x) => link(x)).join(' | ')}</p>
<h1>TITLE</h1>
<p class="by">${esc(by.text)}</p>
${guest ? `<p class="guest">${ctx.pick(['ضيف الحلقة:', 'الضيف:'])} ${esc(guest)}</p>` : ''}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<h4>${ctx.pick(['في هذه الحلقة:', 'عن الحلقة:'])}</h4>
<div class="notes"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="past"><h3>${ctx.pick(['حلقات سابقة', 'المزيد من الحلقات'])}</h3><ul>${items(ctx.headlines(3), (h) => `${link(h)} <span>${duration(ctx, 12, 59)}</span>`)}</ul></div>
${followRow(ctx)}
<footer><p>${copyrightLine(ctx, show)}</p></footer></body></html>`;
      return { html, frame: frame({ author: by.author, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:longread-toc',
    about:
      'a long-read magazine: a section kicker, the headline, a standfirst, "بقلم: name" and "قراءة في 8 دقائق", the date, a table of contents "محتويات المقال" (a list of the parts\' names) between the headline and the text, the text, tags as a list under "الموضوعات" or none, an author bio box after the text ("عن الكاتب", the name, a role sentence), "مقالات الكاتب", a numbered most-read list with no heading and read counts, copyright',
    spec: {
      title: 'div.long h1',
      paras: 'div.long-body > p',
      standfirstAfter: 'div.long h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.writer-more h3', items: 'div.writer-more li a' }],
    },
    tagStyles: [
      { style: 'marker-ul', marker: 'الموضوعات' },
      null,
      { style: 'inline', marker: 'الموضوعات', separator: '، ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['hijri', 'short', 'levant']));
      const by = labelled(ctx, ['بقلم:', 'بقلم']);
      const toc = ctx.pick([
        ['مقدمة', 'الخلفية', 'ماذا يعني ذلك؟', 'خلاصة'],
        ['البداية', 'الأرقام', 'الأسئلة المفتوحة', 'ما التالي؟'],
      ]);
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | مجلة المسافة</title></head><body>
<ul class="nav">${items(['الرئيسية', 'قراءات طويلة', 'ملفات', 'تحقيقات', 'رأي', 'عن المجلة'], (x) => link(x))}</ul>
<div class="long"><p class="kick">${esc(ctx.section())}</p><h1>TITLE</h1>
<p class="meta">${esc(by.text)} | ${ctx.pick([`قراءة في ${n(ctx, 4, 15)} دقائق`, `${n(ctx, 4, 15)} دقائق للقراءة`])}</p>
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="toc"><h4>${ctx.pick(['محتويات المقال', 'في هذا المقال'])}</h4><ol>${items(toc, (x) => link(x))}</ol></div>
<div class="long-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="bio"><h4>عن الكاتب</h4><p>${esc(by.author)}</p><p>${esc(ctx.pick(ROLES))}</p></div>
<div class="writer-more"><h3>${ctx.pick(['مقالات الكاتب', 'المزيد من مقالات الكاتب'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${numbered(ctx, 4)}
<footer><p>${copyrightLine(ctx, 'مجلة المسافة')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by.author, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:diaspora-news-site',
    about:
      'an Arabic news site of the diaspora in Europe: a language switcher "Deutsch | English | العربية", a menu ("ألمانيا", "أوروبا", "لجوء وإقامة"), the headline, "city - name" or "name - city" with European cities or none, a date with dots ("24.11.2024", with or without a time), the text, tags inline with "," after "Tags", a newsletter line in German and Arabic ("Newsletter abonnieren"), an app prompt, "الأكثر قراءة", an "Impressum | Datenschutz | Kontakt" footer with copyright',
    spec: {
      title: 'div.story h1',
      paras: 'div.story-text > p',
      standfirstAfter: 'div.story h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.popular h3', items: 'div.popular li a' }],
    },
    tagStyles: [{ style: 'inline', marker: 'Tags', separator: ', ' }, { style: 'bare-list' }, null],
    build(ctx) {
      const date = ctx.date(ctx.pick(['dot-dmy', 'dotted', 'dot-dmy']));
      const city = ctx.pick(['برلين', 'فيينا', 'ستوكهولم', 'هامبورغ', 'أمستردام']);
      const form = ctx.pick(['city-name', 'name-city', 'none']);
      const writer = form === 'none' ? null : ctx.writer();
      const byText = writer ? (form === 'city-name' ? `${city} - ${writer}` : `${writer} - ${city}`) : null;
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | المهجر نيوز</title></head><body>
<div class="langs">${['Deutsch', 'English', 'العربية'].map((x) => link(x)).join(' | ')}</div>
<ul class="nav">${items(['الرئيسية', 'ألمانيا', 'أوروبا', 'لجوء وإقامة', 'عمل ودراسة', 'العالم العربي'], (x) => link(x))}</ul>
<div class="story"><h1>TITLE</h1>
${byText ? `<p class="by">${esc(byText)}</p>` : ''}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="story-text"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="nl"><p>${ctx.pick(['Newsletter abonnieren | اشترك في النشرة', 'اشترك في نشرتنا الأسبوعية - Newsletter'])}</p><form><input placeholder="E-Mail"><button>OK</button></form></div>
${appLine(ctx, 'المهجر نيوز')}
<div class="popular"><h3>${ctx.pick(['الأكثر قراءة', 'الأكثر مشاهدة'])}</h3><ol>${items(ctx.headlines(4), (h) => link(h))}</ol></div>
<footer><p>${['Impressum', 'Datenschutz', 'Kontakt'].map((x) => link(x)).join(' | ')}</p><p>${copyrightLine(ctx, 'المهجر نيوز')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:sticky-header-reader',
    about:
      'a mobile page whose sticky header repeats the headline ("أنت تقرأ الآن: <headline>") before the menu, an "اقرأ على التطبيق" / "افتح في التطبيق" banner, the headline, a relative time ("منذ 3 ساعات") beside a date or a date alone, "كتب: name" or none, the text, hashtags written as text or none, a "حجم الخط: A A A" row, a comment count, a numbered most-read list with no heading, "المزيد من الأخبار", copyright',
    spec: {
      title: 'div.art h1',
      paras: 'div.art-body > p',
      standfirstAfter: 'div.art h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.morenews h3', items: 'div.morenews li a' }],
    },
    tagStyles: [{ style: 'hashtag-text' }, null, { style: 'icon-sep' }],
    build(ctx) {
      const date = ctx.date(ctx.pick(['short', 'youm7', 'agency']));
      const by = ctx.chance(0.6) ? byline(ctx, ['katab-dash', 'katabat', 'alone']) : null;
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | نبض الخبر</title></head><body>
<div class="sticky"><p>${ctx.pick(['أنت تقرأ الآن:', 'تقرأ الآن:'])} ${esc(ctx.article.title)}</p></div>
<p class="app">${ctx.pick(['اقرأ على التطبيق', 'افتح في التطبيق', 'تجربة أفضل على التطبيق'])} ${link('تحميل')}</p>
<ul class="nav">${items(['☰', 'الرئيسية', 'عاجل', 'محليات', 'رياضة'], (x) => link(x))}</ul>
<div class="art"><h1>TITLE</h1>
${date ? `<p class="date">${ctx.chance(0.5) ? `منذ ${n(ctx, 2, 9)} ساعات | ` : ''}${esc(date.line)}</p>` : ''}
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
<div class="art-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<p class="font">حجم الخط: ${['A', 'A', 'A'].map((x) => link(x)).join(' ')}</p>
${commentsBox(ctx)}
${numbered(ctx, 5)}
<div class="morenews"><h3>${ctx.pick(['المزيد من الأخبار', 'أخبار أخرى'])}</h3><ul>${items(ctx.headlines(3), dated(ctx, 'time'))}</ul></div>
<footer><p>${copyrightLine(ctx, 'نبض الخبر')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by?.author ?? null, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:maghreb-le-brand',
    about:
      'a Maghreb site with a French brand ("Le Sahel Info") and a French/Arabic menu ("Accueil", "Politique", "Économie"), the brand and "Le journal du Maghreb" in the header, the headline, "Par : name" or "بقلم: name" or none, a day-first date with slashes and no time ("24/11/2024") or "Publié le …", a photo caption with "Crédit photo : name" or none, the text, tags inline after "Étiquettes" with " - ", "Partager :" with its networks, "Articles similaires", "Commentaires (3)", a French copyright line',
    spec: {
      title: 'div.article h1',
      paras: 'div.article-content > p',
      standfirstAfter: 'div.article h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.similar h3', items: 'div.similar li a' }],
    },
    tagStyles: [{ style: 'inline', marker: 'Étiquettes', separator: ' - ' }, { style: 'list', marker: 'الوسوم' }, null],
    build(ctx) {
      const date = ctx.date('slash-dmy');
      const by = ctx.chance(0.7) ? labelled(ctx, ['Par :', 'Par', 'بقلم:']) : null;
      const credit = ctx.chance(0.4) ? otherWriter(ctx, by?.author) : null;
      const dateText = date ? ctx.pick([date.line, `Publié le ${date.line}`, `نشر في ${date.line}`]) : null;
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - Le Sahel Info</title></head><body>
<header><p>Le Sahel Info</p><p>${ctx.pick(['Le journal du Maghreb', 'Quotidien d’information'])}</p></header>
<ul class="nav">${items(['Accueil', 'Politique', 'Économie', 'Sport', 'Culture', 'الرئيسية'], (x) => link(x))}</ul>
<div class="article"><h1>TITLE</h1>
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
${dateText ? `<p class="date">${esc(dateText)}</p>` : ''}
${credit ? `<figure><img src="/p.jpg" alt=""><figcaption>${esc(ctx.caption())} - Crédit photo : ${esc(credit)}</figcaption></figure>` : ''}
<div class="article-content"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<p class="share">Partager : ${['Facebook', 'Twitter', 'WhatsApp'].map((x) => link(x)).join(' ')}</p>
<div class="similar"><h3>${ctx.pick(['Articles similaires', 'مقالات مشابهة'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<p class="comments">${ctx.pick([`Commentaires (${n(ctx, 0, 20)})`, `التعليقات (${n(ctx, 0, 20)})`])}</p>
<footer><p>© Le Sahel Info ${n(ctx, 2020, 2026)} - Tous droits réservés</p></footer></body></html>`;
      return {
        html,
        frame: frame({ author: by?.author ?? null, published: date?.gold ?? null, imageCredit: credit }),
      };
    },
  },
];
