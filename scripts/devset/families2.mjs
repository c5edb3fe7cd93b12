/**
 * The second set of layout families (the f2- series of build-devset.mjs), same interface as FAMILIES of
 * families.mjs: a page frame per page (`build(ctx)` → { html, frame, prefix?, spec? }), where the article
 * goes (`spec`), and the tag styles the frame turns through (`tagStyles`: a tag style of compose.mjs,
 * with the marker and separator of the generic styles). Written from how Arabic news sites are commonly
 * built, in what the first ten do not show: a headline inside a <header> with breadcrumbs, a kicker and
 * a reading-time / views / comments line; a headline as an <h2> under a section <h1>, or as a styled
 * <div>; the headline again in a share widget or a print header; author cards (photo, name link, a bio,
 * "كل مقالات الكاتب") before or after the body, "كتب:", "بقلم" after the body; Hijri + Gregorian date
 * lines, update stamps ("آخر تحديث: منذ 3 ساعات"), Arabic-Indic digits, relative times in lists; tag
 * lists under an icon-only heading, hashtags as text, bare anchors in a paragraph, tags in a sidebar
 * before the body, markers "المواضيع" "وسوم" "Tags"; widgets (font size, print/email/PDF, newsletter,
 * cookie consent, Telegram/WhatsApp prompts, live tickers, weather, prayer times, currency and market
 * boxes, numbered most-read lists, polls, video captions, share rows with counters, comment forms,
 * "إعلان" labels, pagination, copyright lines); a single "اقرأ أيضاً" link between two paragraphs; a
 * live page of timestamped entries; an opinion column. None of these is one of the corpus's sites.
 * Every boilerplate string and choice is drawn with the page's seeded PRNG (ctx).
 */
import { AGENCIES, esc, frame, items, link, n } from './families.mjs';

/** A relative time as lists print it. */
const ago = (ctx) =>
  ctx.pick([
    `منذ ${n(ctx, 2, 10)} دقائق`,
    `منذ ${n(ctx, 2, 11)} ساعات`,
    'منذ ساعة',
    'منذ يومين',
    `منذ ${n(ctx, 3, 9)} أيام`,
  ]);
const cookieBanner = (ctx) =>
  ctx.pick([
    '<div class="cookies"><p>يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.</p><button>موافق</button> <a href="#">المزيد</a></div>',
    '<div class="consent"><p>نحن نهتم بخصوصيتك: نستخدم ملفات تعريف الارتباط لأغراض التحليل والإعلانات.</p><button>قبول الكل</button><button>رفض</button><button>الإعدادات</button></div>',
  ]);
const fontTools = (ctx) =>
  ctx.pick([
    '<div class="font-tools"><a href="#">تكبير الخط</a> <a href="#">تصغير الخط</a> <a href="#">طباعة</a></div>',
    '<div class="tools"><span>حجم الخط</span> <a>A+</a> <a>A-</a> <a>طباعة</a> <a>إرسال بالبريد</a> <a>PDF</a></div>',
    '<div class="tools"><a href="#">طباعة</a> | <a href="#">أرسل لصديق</a> | <a href="#">حفظ PDF</a></div>',
  ]);
const shareCounters = (ctx) =>
  `<div class="share-count"><span>${ctx.pick(['شارك الخبر', 'شارك', 'مشاركة'])}</span> <a>فيسبوك</a> <span>${n(ctx, 10, 900)}</span> <a>تويتر</a> <span>${n(ctx, 5, 300)}</span> <a>واتساب</a> <span>${n(ctx, 5, 400)}</span></div>`;
const appPrompt = (ctx) =>
  `<div class="app-prompt"><p>${ctx.pick(['اشترك في قناتنا على تلغرام', 'تابعونا على واتساب', 'انضم إلى قناتنا على تلغرام لتصلك آخر الأخبار', 'تابع آخر الأخبار عبر قناتنا على واتساب'])}</p></div>`;
const newsletter = (ctx) =>
  `<div class="newsletter"><h4>${ctx.pick(['النشرة البريدية', 'اشترك في نشرتنا الإخبارية'])}</h4><p>${ctx.pick(['أدخل بريدك الإلكتروني ليصلك ملخص الأخبار كل صباح', 'اشترك الآن وتصلك أهم الأخبار يومياً'])}</p><form><input placeholder="البريد الإلكتروني"><button>اشترك</button></form></div>`;
const adLabel = (ctx) => `<div class="ad-slot"><span>${ctx.pick(['إعلان', 'إعلانات', 'مساحة إعلانية'])}</span></div>`;
const commentForm = (ctx) =>
  `<div class="comment-form"><h3>${ctx.pick(['أضف تعليقك', 'اترك تعليقاً', 'التعليقات'])}</h3><p><label>الاسم</label></p><p><label>البريد الإلكتروني</label></p><p><label>التعليق</label></p><p><button>${ctx.pick(['إرسال', 'أرسل التعليق', 'نشر'])}</button></p><p>${ctx.pick(['التعليقات المنشورة لا تعبر عن رأي الموقع', 'جميع التعليقات تخضع للمراجعة قبل نشرها'])}</p></div>`;
const pagination = () => '<div class="pager"><a>1</a> <a>2</a> <a>3</a> <a>التالي</a></div>';
const copyright = (ctx, site) =>
  ctx.pick([
    `© ${n(ctx, 2019, 2025)} ${site}. جميع الحقوق محفوظة`,
    `جميع الحقوق محفوظة لـ ${site} © ${n(ctx, 2010, 2018)} - ${n(ctx, 2023, 2026)}`,
    `حقوق النشر © ${n(ctx, 2020, 2025)} ${site}`,
  ]);
/** A numbered most-read list: the number and the headline in their own elements, with a view count or a relative time. */
const mostRead = (ctx, heading) =>
  `<div class="most-read"><h3>${heading}</h3><ol>${ctx
    .headlines(5)
    .map(
      (h, i) =>
        `<li><span class="num">${i + 1}</span> ${link(h)} <span class="meta">${ctx.chance(0.5) ? `${n(ctx, 100, 9000)} مشاهدة` : ago(ctx)}</span></li>`,
    )
    .join('')}</ol></div>`;
const readingTime = (ctx) => `${n(ctx, 2, 9)} ${ctx.pick(['دقائق قراءة', 'دقائق للقراءة', 'د قراءة'])}`;
const CITIES = ['الرياض', 'القاهرة', 'عمّان', 'بيروت', 'الدوحة', 'تونس', 'الجزائر', 'بغداد', 'الكويت', 'الرباط'];

export const FAMILIES_2 = [
  {
    site: 'family:magazine-header',
    about:
      'a news magazine: cookie banner, menu, the headline inside a <header> with breadcrumbs, a section kicker and a reading-time / views / comments line, an update stamp, font-size and print tools, a single "اقرأ أيضاً" link between two paragraphs, tags as links under an icon-only heading, a share box that repeats the headline with counters, newsletter, numbered most-read list, copyright',
    spec: {
      title: 'header.entry-header h1',
      paras: 'div.entry-content > p',
      standfirstAfter: 'header.entry-header h1',
      tags: 'div.tag-slot',
      tail: 'div.share-box',
      lists: [
        { heading: 'div.inline-read span.lbl', items: 'div.inline-read a' },
        { heading: 'div.more-stories h3', items: 'div.more-stories li a' },
        { heading: 'div.most-read h3', items: 'div.most-read li a' },
      ],
    },
    tagStyles: [
      { style: 'icon-list' },
      { style: 'list', marker: 'المواضيع' },
      { style: 'inline', marker: 'وسوم', separator: ' ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['updated', 'wordpress', 'dotted']));
      const writer = ctx.chance(0.7) ? ctx.writer() : null;
      const section = ctx.section();
      const [inline] = ctx.headlines(1);
      const html = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | مجلة الأفق</title></head><body>
${ctx.chance(0.6) ? cookieBanner(ctx) : ''}
<div class="topbar"><span>${esc(ctx.today('short')?.line ?? '')}</span> ${link('تسجيل الدخول')} ${link('اشترك')}</div>
<nav><ul>${items(['الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'مجتمع', 'ثقافة', 'رياضة', 'علوم', 'بودكاست'], (x) => link(x))}</ul></nav>
<article><header class="entry-header"><ol class="breadcrumbs"><li>${link('الرئيسية')}</li><li>${link(section)}</li></ol>
<span class="kicker">${esc(section)}</span>
<h1>TITLE</h1>
<div class="meta-line">${writer ? `<span>${link(writer, '/author/1')}</span> · ` : ''}<span>${readingTime(ctx)}</span> · <span>${n(ctx, 100, 20000)} مشاهدة</span> · <span>${n(ctx, 0, 60)} تعليق</span></div>
${date ? `<div class="dates">${esc(date.line)}</div>` : ''}</header>
${fontTools(ctx)}
<div class="entry-content"><p>P1</p><div class="inline-read"><span class="lbl">${ctx.pick(['اقرأ أيضاً', 'اقرأ أيضا:', 'إقرأ أيضاً'])}</span> ${link(inline)}</div><p>P2</p></div>
<div class="tag-slot"></div>
<div class="share-box"><span>${ctx.pick(['شارك', 'شارك هذا المقال'])}</span><p class="share-title">${esc(ctx.article.title)}</p>${shareCounters(ctx)}</div>
<div class="more-stories"><h3>${ctx.pick(['المزيد من الأخبار', 'قصص أخرى', 'أخبار أخرى'])}</h3><ul>${items(ctx.headlines(3), (h) => `${link(h)} <small>${ago(ctx)}</small>`)}</ul></div>
</article>
${newsletter(ctx)}
${mostRead(ctx, ctx.pick(['الأكثر قراءة', 'الأكثر مشاهدة']))}
<footer><ul>${items(['من نحن', 'سياسة الخصوصية', 'اتصل بنا'], (x) => link(x))}</ul><p>${copyright(ctx, 'مجلة الأفق')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:sports-desk',
    about:
      'a sports desk: live-score ticker line, menu, the headline as a styled <div>, "كتب:" and the writer, a relative time and an absolute date line, a photo caption, "إعلان" labels between paragraphs, tags as "Tags" in Latin letters or bare anchors in one paragraph, a poll, most-viewed list with view counts, app prompt, copyright',
    spec: {
      title: 'div.news-headline',
      paras: 'div.news-body > p',
      standfirstAfter: 'div.news-headline',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.ticker b', items: 'div.ticker li a' },
        { heading: 'div.most-read h3', items: 'div.most-read li a' },
        { heading: 'div.more h4', items: 'div.more li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'Tags', separator: ', ' },
      { style: 'p-anchors' },
      { style: 'inline', marker: 'كلمات مفتاحية', separator: ' - ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['gulf', 'iso', 'indic']));
      const writer = ctx.chance(0.8) ? ctx.writer() : null;
      const caption = ctx.chance(0.6) ? ctx.caption() : null;
      const teams = ['الهلال', 'النصر', 'الأهلي', 'الزمالك', 'الترجي', 'الوداد', 'الرجاء', 'الفيصلي', 'السد', 'العين'];
      const score = () => `${ctx.pick(teams)} ${n(ctx, 0, 4)} - ${n(ctx, 0, 4)} ${ctx.pick(teams)}`;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - كووورة العرب</title></head><body>
<div class="live-scores"><span>${ctx.pick(['مباريات اليوم', 'نتائج مباشرة'])}</span> ${score()} | ${score()} | ${score()}</div>
<ul class="menu">${items(['الرئيسية', 'الدوري السعودي', 'الدوري المصري', 'دوري أبطال آسيا', 'الكرة العالمية', 'انتقالات', 'فيديو'], (x) => link(x))}</ul>
<div class="ticker"><b>${ctx.pick(['عاجل', 'آخر الأخبار'])}</b><ul>${items(ctx.headlines(2), (h) => link(h))}</ul></div>
<div class="news"><div class="news-headline">TITLE</div>
${writer ? `<div class="by">كتب: ${esc(writer)}</div>` : ''}
<div class="when"><span>${ago(ctx)}</span>${date ? ` <span class="abs">${esc(date.line)}</span>` : ''}</div>
${caption ? `<div class="pic"><img src="/p.jpg" alt=""><span>${esc(caption)}</span></div>` : ''}
<div class="news-body"><p>P1</p>${adLabel(ctx)}<p>P2</p></div>
<div class="tag-slot"></div>
<div class="poll"><h4>استطلاع رأي</h4><p>${ctx.pick(['من يفوز بلقب الدوري هذا الموسم؟', 'هل تؤيد قرار الاتحاد؟'])}</p><p>نعم</p><p>لا</p><p>${ctx.pick(['صوّت', 'النتائج'])}</p></div>
<div class="more"><h4>${ctx.pick(['أخبار ذات صلة', 'المزيد'])}</h4><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div></div>
${mostRead(ctx, 'الأكثر مشاهدة')}
${appPrompt(ctx)}
<footer><p>${copyright(ctx, 'كووورة العرب')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:opinion-columns',
    about:
      'an opinion column: "مقالات الرأي" kicker, the headline, an author card before the body (photo alt, name link, a bio sentence, "كل مقالات الكاتب"), a Hijri + Gregorian date, the column, "بقلم" and the name again after it or a signature line, "المواضيع:" tags, other columns by the writer, comment form, copyright',
    spec: {
      title: 'div.column h1',
      paras: 'div.column-text > p',
      standfirstAfter: 'div.column h1',
      tagsAfter: 'div.column-text',
      tail: 'div.after-column',
      lists: [
        { heading: 'div.writer-more h3', items: 'div.writer-more li a' },
        { heading: 'div.columns-list h3', items: 'div.columns-list li a' },
      ],
    },
    tagStyles: [{ style: 'inline', marker: 'المواضيع', separator: '، ' }, { style: 'list', marker: 'الوسوم' }, null],
    build(ctx) {
      const date = ctx.date(ctx.pick(['hijri', 'hijri-numeric', 'levant-both']));
      const writer = ctx.writer();
      const bio = ctx.pick([
        'كاتب وباحث في الشؤون السياسية',
        'كاتبة صحفية ومحللة اقتصادية',
        'أكاديمي وكاتب في الشأن العربي',
        'رئيس تحرير سابق وكاتب عمود أسبوعي',
      ]);
      const signature = ctx.pick(['bi-qalam', 'star', 'none']);
      const html = `<html><head><meta charset="utf-8"><title>${esc(writer)} يكتب: ${esc(ctx.article.title)}</title></head><body>
<div class="head"><div class="logo">صحيفة الرأي العام</div><ul>${items(['الرئيسية', 'أخبار', 'مقالات الرأي', 'كتّاب', 'ملفات', 'أرشيف'], (x) => link(x))}</ul></div>
<div class="column"><div class="kicker">${ctx.pick(['مقالات الرأي', 'رأي', 'أعمدة'])}</div>
<div class="author-card"><img src="/writers/1.jpg" alt="${esc(writer)}"><div>${link(writer, '/writer/1')}</div><p>${bio}</p><p>${link('كل مقالات الكاتب', '/writer/1')}</p></div>
<h1>TITLE</h1>
${date ? `<div class="date">${esc(date.line)}</div>` : ''}
<div class="column-text"><p>P1</p><p>P2</p></div>
<div class="after-column">${signature === 'bi-qalam' ? `<p class="sig">بقلم: ${esc(writer)}</p>` : signature === 'star' ? `<p class="sig">* ${bio}</p>` : ''}</div>
<div class="writer-more"><h3>${ctx.pick(['مقالات أخرى للكاتب', 'من مقالات الكاتب'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${commentForm(ctx)}
<div class="columns-list"><h3>${ctx.pick(['أقلام', 'كتّاب الرأي اليوم'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div></div>
<footer><p>الآراء الواردة في المقالات تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الصحيفة</p><p>${copyright(ctx, 'صحيفة الرأي العام')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:live-coverage',
    about:
      'a live page: "مباشر" / "تغطية مستمرة" kicker, the headline, an update stamp, entries each under a time of its own (one article), Telegram prompt, share row with counters, tags as hashtags written as text, latest list with relative times, copyright',
    spec: {
      title: 'div.live-head h1',
      paras: 'div.live-feed > p',
      standfirstAfter: 'div.live-head h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.latest h3', items: 'div.latest li a' }],
    },
    tagStyles: [{ style: 'hashtag-text' }, { style: 'hashtags' }, null],
    build(ctx) {
      const date = ctx.date(ctx.pick(['updated', 'iso', 'gulf']));
      // Entries newest first: the times fall by a few minutes from one entry to the next.
      const start = n(ctx, 600, 1400);
      const steps = Array.from({ length: 60 }, () => n(ctx, 4, 25));
      const timeOf = (i) => {
        const m = Math.max(0, start - steps.slice(0, i).reduce((a, b) => a + b, 0));
        return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      };
      const stamp = (i) => `<div class="entry-time">${timeOf(i)}</div>`;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - شبكة الخبر</title></head><body>
<ul class="nav">${items(['الرئيسية', 'مباشر', 'أخبار', 'تقارير', 'فيديو'], (x) => link(x))}</ul>
<div class="live-head"><span class="badge">${ctx.pick(['مباشر', 'تغطية مستمرة', 'لحظة بلحظة'])}</span><h1>TITLE</h1>
<div class="upd">${date ? esc(date.line) : `آخر تحديث: ${ago(ctx)}`}</div></div>
${appPrompt(ctx)}
<div class="live-feed">${stamp(0)}<p>P1</p>${stamp(1)}<p>P2</p></div>
<div class="tag-slot"></div>
${shareCounters(ctx)}
<div class="latest"><h3>${ctx.pick(['آخر الأخبار', 'الأحدث'])}</h3><ul>${items(ctx.headlines(4), (h) => `${link(h)} <span>${ago(ctx)}</span>`)}</ul></div>
<footer><p>${copyright(ctx, 'شبكة الخبر')}</p></footer></body></html>`;
      return { html, frame: frame({ published: date?.gold ?? null }), spec: { spacer: stamp } };
    },
  },
  {
    site: 'family:business-daily',
    about:
      'a business daily: currency and market boxes, a sidebar with the tags before the body ("كلمات مفتاحية" or "Tags"), the headline, a standfirst, "بقلم" byline, a dotted date, a source line after the body, newsletter, most-read, copyright',
    spec: {
      title: 'main h1',
      paras: 'div.article-body > p',
      standfirst: 'main h2.lead',
      tags: 'div.tag-slot',
      tail: 'div.source-line',
      lists: [
        { heading: 'div.related h3', items: 'div.related li a' },
        { heading: 'div.most-read h3', items: 'div.most-read li a' },
      ],
    },
    tagStyles: [
      { style: 'list', marker: 'كلمات مفتاحية' },
      { style: 'inline', marker: 'Tags', separator: ' | ' },
      { style: 'icon-list' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['dotted', 'albayan', 'short']));
      const writer = ctx.chance(0.6) ? ctx.writer() : null;
      const source = ctx.chance(0.6) ? ctx.pick(['وكالات', 'رويترز', 'الأناضول']) : null;
      const price = (lo, hi) => (lo + ctx.rand() * (hi - lo)).toFixed(2);
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | الاقتصادي اليوم</title></head><body>
<div class="markets"><span>${ctx.pick(['تاسي', 'مؤشر السوق', 'EGX30'])} ${price(9000, 13000)} ▲${price(0, 2)}%</span> <span>برنت ${price(70, 95)} $</span> <span>الذهب ${price(1800, 2500)} $</span></div>
<div class="currency"><b>أسعار العملات</b> <span>الدولار ${price(3, 50)}</span> <span>اليورو ${price(3, 55)}</span> <span>الجنيه الإسترليني ${price(4, 60)}</span></div>
<ul class="menu">${items(['الرئيسية', 'أسواق', 'طاقة', 'عقارات', 'شركات', 'تقنية', 'اقتصاد دولي', 'رأي'], (x) => link(x))}</ul>
<div class="layout"><aside class="side"><div class="tag-slot"></div>${ctx.chance(0.5) ? adLabel(ctx) : ''}</aside>
<main><h1>TITLE</h1><h2 class="lead">SUB</h2>
${writer ? `<div class="by">بقلم: ${link(writer, '/w/1')}</div>` : ''}
${date ? `<div class="date">${esc(date.line)}</div>` : ''}
<div class="article-body"><p>P1</p><p>P2</p></div>
<div class="source-line">${source ? `المصدر: ${esc(source)}` : ''}</div>
<div class="related"><h3>${ctx.pick(['أخبار ذات صلة', 'مواضيع ذات صلة'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div></main></div>
${newsletter(ctx)}
${mostRead(ctx, 'الأكثر قراءة')}
<footer><p>${copyright(ctx, 'الاقتصادي اليوم')}</p><p>${ctx.pick(['أسعار الأسهم متأخرة 15 دقيقة', 'البيانات لأغراض إعلامية فقط'])}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null, source }) };
    },
  },
  {
    site: 'family:video-portal',
    about:
      'a TV channel\'s video page: "البث المباشر" link, a section <h1> ("فيديو"), the headline as an <h2>, a video caption and duration, the channel as source line, the date in Arabic-Indic digits or an update stamp, "الوسوم" links, "اشترك في قناتنا" prompts, more videos with durations, comment pagination, copyright',
    spec: {
      title: 'div.video-page h2.video-title',
      paras: 'div.video-desc > p',
      standfirstAfter: 'div.video-page h2.video-title',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.more-videos h3', items: 'div.more-videos li a' }],
    },
    tagStyles: [
      { style: 'inline', marker: 'الوسوم', separator: ' ' },
      { style: 'hashtags' },
      { style: 'list', marker: 'وسوم' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['indic', 'updated', 'channel']));
      const channel = 'قناة الغد العربي';
      const clock = () => `${String(n(ctx, 0, 12)).padStart(2, '0')}:${String(n(ctx, 0, 60)).padStart(2, '0')}`;
      const html = `<html><head><meta charset="utf-8"><title>فيديو | ${esc(ctx.article.title)}</title></head><body>
<header>${link('البث المباشر', '/live')} <ul>${items(['الرئيسية', 'أخبار', 'برامج', 'فيديو', 'وثائقيات', 'جدول البرامج'], (x) => link(x))}</ul></header>
<div class="video-page"><h1>${ctx.pick(['فيديو', 'شاهد'])}</h1>
<div class="player"><img src="/thumb.jpg" alt=""><p class="vcap">${ctx.pick(['شاهد: ', 'فيديو: ', 'بالفيديو | '])}${esc(ctx.article.title)}</p><span class="dur">${clock()}</span></div>
<h2 class="video-title">TITLE</h2>
<div class="src">${esc(channel)}</div>
${date ? `<div class="date">${esc(date.line)}</div>` : ''}
<div class="video-desc"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div>
<div class="subscribe"><p>${ctx.pick(['اشترك في قناتنا على يوتيوب', 'اشترك في قناتنا على تلغرام', 'تابعونا على يوتيوب'])}</p></div>
<div class="more-videos"><h3>${ctx.pick(['فيديوهات أخرى', 'المزيد من الفيديو', 'شاهد أيضاً'])}</h3><ul>${items(ctx.headlines(4), (h) => `${link(h)} <span>${clock()}</span>`)}</ul></div>
<div class="comments"><h3>التعليقات (${n(ctx, 2, 80)})</h3><p>${ctx.pick(['أبو خالد', 'سارة', 'متابع من تونس'])}</p><p>${ago(ctx)}</p><p>${ctx.pick(['تغطية ممتازة شكرا لكم', 'نتمنى السلامة للجميع'])}</p>${pagination()}</div></div>
<footer><p>${copyright(ctx, channel)}</p></footer></body></html>`;
      return { html, frame: frame({ source: channel, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:gov-agency',
    about:
      'an official news agency: language switch, breadcrumb path, a print header with the agency name and the headline, the headline in a styled <div>, a Hijri "الموافق" Gregorian date, "<city> <day> (<agency>) -" opening the text, an end mark with a time code, "ذات صلة" list, print / send buttons, copyright',
    spec: {
      title: 'div.news-title',
      paras: 'div.news-content > p:not(.end)',
      tagsAfter: 'div.news-content > p:last-of-type',
      tail: 'div.news-content',
      lists: [{ heading: 'div.rel b', items: 'div.rel li a' }],
    },
    tagStyles: [null, { style: 'inline', marker: 'الكلمات المفتاحية', separator: ' ، ' }],
    build(ctx) {
      const date = ctx.date(ctx.pick(['hijri-numeric', 'hijri']));
      const agency = ctx.pick(['واس', 'وام', 'قنا', 'بنا', 'كونا']);
      const city = ctx.pick(CITIES);
      const prefix = {
        text: `${city} ${n(ctx, 1, 29)} ${ctx.pick(['محرم', 'صفر', 'رجب', 'شعبان', 'رمضان'])} (${agency}) - `,
        source: agency,
      };
      const html = `<html><head><meta charset="utf-8"><title>${esc(agency)} | ${esc(ctx.article.title)}</title></head><body>
<div class="lang">${link('English')} ${link('Français')} ${link('中文')}</div>
<div class="print-header">وكالة الأنباء الرسمية (${esc(agency)}) - ${esc(ctx.article.title)}</div>
<ul class="menu">${items(['الرئيسية', 'الأخبار المحلية', 'الأخبار الدولية', 'الاقتصاد', 'الرياضة', 'الصور', 'الفيديو'], (x) => link(x))}</ul>
<div class="path">${link('الرئيسية')} &gt; ${link(ctx.pick(['الأخبار المحلية', 'الأخبار الدولية', 'الاقتصاد']))}</div>
<div class="news-title">TITLE</div>
${date ? `<div class="news-date">${esc(date.line)}</div>` : ''}
<div class="news-content"><p>P1</p><p>P2</p><p class="end">${ctx.pick(['//انتهى//', '// انتهى //', '(انتهى)'])} ${String(n(ctx, 10, 23))}:${String(n(ctx, 10, 59))} ت م ${ctx.pick(['', 'مكة المكرمة'])}</p></div>
<div class="tools">${link('طباعة')} ${link('إرسال')} ${link('تحميل الصورة')}</div>
<div class="rel"><b>${ctx.pick(['ذات صلة', 'أخبار ذات صلة'])}</b><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${copyright(ctx, `وكالة الأنباء الرسمية (${agency})`)}</p></footer></body></html>`;
      return { html, prefix, frame: frame({ published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:community-paper',
    about:
      'a local community paper: cookie consent, weather and prayer-time boxes, breadcrumbs, kicker, headline, "كتب:" byline with the city, the date with "آخر تحديث", a caption with a credit, "إعلان" between paragraphs, "كلمات مفتاحية" with " - " separators or bare anchors, readers\' comments with names and times, "أضف تعليقك" form, pagination, copyright',
    spec: {
      title: 'div.article h1',
      paras: 'div.article-body > p',
      standfirstAfter: 'div.article h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.more-local h3', items: 'div.more-local li a' },
        { heading: 'div.most-read h3', items: 'div.most-read li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'كلمات مفتاحية', separator: ' - ' },
      { style: 'p-anchors' },
      { style: 'below', marker: 'وسوم', separator: '، ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['updated', 'elbalad', 'levant']));
      const writer = ctx.chance(0.7) ? ctx.writer() : null;
      const city = ctx.pick(CITIES);
      const caption = ctx.chance(0.5) ? ctx.caption() : null;
      const credit = caption && ctx.chance(0.5) ? ctx.pick(AGENCIES) : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - أخبار المدينة</title></head><body>
${cookieBanner(ctx)}
<div class="widgets"><div class="weather">${esc(city)} ${n(ctx, 12, 44)}° ${ctx.pick(['مشمس', 'غائم', 'أمطار خفيفة'])}</div>
<div class="prayer">${ctx.pick(['الفجر', 'الظهر', 'العصر', 'المغرب'])} ${String(n(ctx, 3, 19)).padStart(2, '0')}:${String(n(ctx, 0, 59)).padStart(2, '0')} <a>مواقيت الصلاة</a></div></div>
<ul class="menu">${items(['الرئيسية', 'أخبار المدينة', 'خدمات', 'حوادث', 'تعليم', 'وظائف', 'إعلانات مبوبة'], (x) => link(x))}</ul>
<div class="article"><div class="crumbs">${link('الرئيسية')} / ${link(ctx.section())}</div>
${ctx.chance(0.5) ? `<div class="kicker">${esc(ctx.section())}</div>` : ''}
<h1>TITLE</h1>
${writer ? `<div class="byline">كتب: ${esc(writer)} - ${esc(city)}</div>` : ''}
${date ? `<div class="date">${esc(date.line)}</div>` : ''}
${caption ? `<figure><img src="/i.jpg" alt=""><figcaption>${esc(caption)}${credit ? ` - تصوير: ${esc(credit)}` : ''}</figcaption></figure>` : ''}
<div class="article-body"><p>P1</p>${adLabel(ctx)}<p>P2</p></div>
<div class="tag-slot"></div>
<div class="reader-comments"><h3>تعليقات القراء (${n(ctx, 1, 30)})</h3><p>${ctx.pick(['أم أحمد', 'ابن المدينة', 'زائر'])}</p><p>${ago(ctx)}</p><p>${ctx.pick(['الله يعطيكم العافية', 'متى يبدأ التنفيذ؟', 'خبر مهم شكراً'])}</p>${pagination()}</div>
${commentForm(ctx)}
<div class="more-local"><h3>${ctx.pick(['أخبار محلية أخرى', 'المزيد من أخبار المدينة'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div></div>
${mostRead(ctx, 'الأكثر قراءة')}
<footer><p>${copyright(ctx, 'أخبار المدينة')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null, imageCredit: credit }) };
    },
  },
  {
    site: 'family:tech-portal',
    about:
      'a tech portal: the headline as a styled <div> in a hero block with the section and reading time, a standfirst, an author card after the body (avatar alt, name, bio, "كل مقالات الكاتب"), "Tags" or "وسوم" chips, a full related article after "تابع أيضاً", "قد يعجبك أيضاً" list, newsletter, copyright',
    spec: {
      title: 'div.hero div.hero-title',
      paras: 'div.post-body > p',
      standfirst: 'div.hero p.hero-sub',
      tags: 'div.tag-slot',
      tail: 'div.author-after',
      lists: [{ heading: 'div.you-may h3', items: 'div.you-may li a' }],
    },
    tagStyles: [
      { style: 'chips' },
      { style: 'inline', marker: 'Tags', separator: ' • ' },
      { style: 'list', marker: 'وسوم' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['short', 'dotted', 'wordpress']));
      const writer = ctx.chance(0.8) ? ctx.writer() : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | تقنية بالعربي</title></head><body>
<ul class="menu">${items(['الرئيسية', 'هواتف', 'تطبيقات', 'ذكاء اصطناعي', 'ألعاب', 'مراجعات', 'شروحات'], (x) => link(x))}</ul>
<div class="hero"><span class="cat">${esc(ctx.pick(['تكنولوجيا', 'تقارير', 'منوعات']))}</span><div class="hero-title">TITLE</div><p class="hero-sub">SUB</p>
<span class="rt">${readingTime(ctx)}</span>${date ? ` <span class="date">${esc(date.line)}</span>` : ''}</div>
<div class="post-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div>
<div class="author-after">${writer ? `<div class="author-card"><img src="/a.jpg" alt="${esc(writer)}"><p>${link(writer, '/author/1')}</p><p>${ctx.pick(['محرر تقني مهتم بالهواتف الذكية والتطبيقات', 'كاتب متخصص في الذكاء الاصطناعي'])}</p><p>${link('كل مقالات الكاتب', '/author/1')}</p></div>` : ''}</div>
<div class="you-may"><h3>${ctx.pick(['قد يعجبك أيضاً', 'قد يهمك أيضا'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${newsletter(ctx)}
<footer><p>${copyright(ctx, 'تقنية بالعربي')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:local-gazette',
    about:
      'a regional gazette: breaking ticker, menu, section kicker, headline, byline after the body ("كتب" or "بقلم"), a Levantine/Egyptian date, print/email/PDF tools, "الوسوم" with " | ", a full second article after "تابع أيضاً"/"ذات صلة", "الأكثر قراءة" numbered list, app prompt, pagination, copyright',
    spec: {
      title: 'div.story h1',
      paras: 'div.story-text > p',
      standfirstAfter: 'div.story h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.breaking b', items: 'div.breaking li a' },
        { heading: 'div.most-read h3', items: 'div.most-read li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'الوسوم', separator: ' | ' },
      { style: 'below', marker: 'المواضيع', separator: ' ' },
      { style: 'icon-list' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['levant-both', 'youm7', 'almadenahnews']));
      const writer = ctx.chance(0.7) ? ctx.writer() : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - الجريدة الإقليمية</title></head><body>
<div class="breaking"><b>${ctx.pick(['عاجل', 'شريط الأخبار'])}</b><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<ul class="menu">${items(['الرئيسية', 'محليات', 'المحافظات', 'عربي', 'دولي', 'رياضة', 'مقالات', 'اتصل بنا'], (x) => link(x))}</ul>
<div class="story"><div class="kicker">${esc(ctx.section())}</div><h1>TITLE</h1>
${date ? `<div class="date">${esc(date.line)}</div>` : ''}
${fontTools(ctx)}
<div class="story-text"><p>P1</p><p>P2</p></div>
${writer ? `<p class="by-after">${ctx.pick(['كتب', 'بقلم'])}: ${esc(writer)}</p>` : ''}
<div class="tag-slot"></div></div>
${mostRead(ctx, 'الأكثر قراءة')}
${appPrompt(ctx)}
${pagination()}
<footer><p>${copyright(ctx, 'الجريدة الإقليمية')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
];
