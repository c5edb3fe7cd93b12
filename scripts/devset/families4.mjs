/**
 * The fourth set of layout families (the f4- series of build-devset.mjs), same interface as FAMILIES_3 of
 * families3.mjs. Written from how other Arabic news sites commonly print a page — an Egyptian breaking-news
 * portal, a Gulf broadsheet, a Levantine daily's web edition, a Maghreb e-journal, a pan-Arab channel's
 * network site, an opinion platform, a magazine's interview and report desk, an Iraqi local portal, a
 * weekly's report pages — and weighted on what the held-back split says generalises worst:
 * - headlines: after breadcrumbs and a "latest" / "most read" list (with or without dates); a kicker, a
 *   section line or "عاجل" before it; a subtitle after it; a time-and-date line with an update stamp after
 *   it; a caption or a photo credit between it and the text;
 * - bylines in many forms: "كتب - name", "كتبت: name", "بقلم: name", "name - city", "city - name",
 *   "تقرير: name", "متابعة: name", "إعداد: name", "حوار: name", a name alone above or below the date, "name |
 *   date", an author card (name and role line) before or after the text, "كتب: المحرر" and an agency after a
 *   city. Gold author: the writer's name, without the label, the city or the role line; none for "المحرر"
 *   or "فريق التحرير" (a desk, not a writer) and none for an agency after a city ("الرياض - واس": the
 *   agency is the source);
 * - tails: copyright lines, next / previous strips, comment prompts and counts, newsletter boxes,
 *   app-download lines, "تابعونا على" rows, site maps, a "more from the section" list;
 * - tag lines in every separator style, under markers the earlier families do not print.
 * None of these is one of the corpus's sites. Every boilerplate string and choice is drawn with the page's
 * seeded PRNG (ctx).
 */
import { AGENCIES, esc, frame, items, link, n, WRITERS } from './families.mjs';
import { siteMap } from './families3.mjs';

/** Writers' names of WRITERS that are women's, for "كتبت:". */
const WOMEN = [
  'أسماء الغابري',
  'هالة القحطاني',
  'خلود الجبر',
  'فوزية النعيم',
  'لمياء باعشن',
  'فاطمة الراجحي',
  'سامية العيسى',
  'مها بن عبد العظيم',
].filter((w) => WRITERS.includes(w));
export const CITIES = [
  'القاهرة',
  'الرياض',
  'جدة',
  'بيروت',
  'عمّان',
  'دبي',
  'الدوحة',
  'بغداد',
  'الرباط',
  'تونس',
  'المنامة',
];
/** Desks a page may print as its writer: no writer's name, so no gold author. */
const DESKS = ['المحرر', 'فريق التحرير', 'محرر الموقع'];
export const ROLES = [
  'كاتب صحفي',
  'مراسل الموقع',
  'محرر الشؤون الاقتصادية',
  'صحفية متخصصة في الشؤون العربية',
  'باحث في العلاقات الدولية',
  'مدير التحرير',
];
/**
 * A byline in one of the forms the families print, drawn from `forms`: { html, author } (author null for a
 * desk or an agency, which gives `source` instead).
 */
export function byline(ctx, forms) {
  const form = ctx.pick(forms);
  const writer = form === 'katabat' ? ctx.pick(WOMEN) : ctx.writer();
  const city = ctx.pick(CITIES);
  const agency = ctx.pick(['واس', 'أ ش أ', 'كونا', 'وام', 'بترا', 'قنا']);
  const lines = {
    'katab-dash': [`كتب - ${writer}`, writer],
    katabat: [`كتبت: ${writer}`, writer],
    'bi-qalam': [`بقلم: ${writer}`, writer],
    'name-city': [`${writer} - ${city}`, writer],
    'city-name': [`${city} - ${writer}`, writer],
    report: [`تقرير: ${writer}`, writer],
    follow: [`متابعة: ${writer}`, writer],
    prepared: [`إعداد: ${writer}`, writer],
    interview: [`حوار: ${writer}`, writer],
    alone: [writer, writer],
    desk: [`كتب: ${ctx.pick(DESKS)}`, null],
    'city-agency': [`${city} - ${agency}`, null],
  };
  const [text, author] = lines[form];
  return { text, author, source: form === 'city-agency' ? agency : null };
}
/**
 * A date line with an update stamp after it, as portals print both: a time or an age after "آخر تحديث:" or
 * "تحديث:", a time after "محدث في"; a form that holds a stamp of its own is printed as it is.
 */
export const withUpdate = (ctx, date) => {
  if (date.line.includes('تحديث')) return date.line;
  const age = () => ctx.pick([ctx.clock(), `منذ ${n(ctx, 2, 9)} ساعات`, 'منذ ساعة']);
  return ctx.pick([
    () => `${date.line} | آخر تحديث: ${age()}`,
    () => `${date.line} - تحديث: ${age()}`,
    () => `${date.line} محدث في ${ctx.clock()}`,
  ])();
};
export const copyrightLine = (ctx, site) =>
  ctx.pick([
    `جميع الحقوق محفوظة لـ ${site} ${n(ctx, 2015, 2026)} ©`,
    `${site} - جميع الحقوق محفوظة`,
    `© حقوق الطبع والنشر محفوظة ${site} ${n(ctx, 2020, 2026)}`,
    `يُمنع النسخ أو إعادة النشر دون إذن مسبق من ${site}`,
  ]);
export const followRow = (ctx) =>
  `<div class="follow"><span>${ctx.pick(['تابعونا على', 'تابعنا على', 'تابعونا عبر'])}</span> ${[
    'فيسبوك',
    'إكس',
    'إنستغرام',
    'يوتيوب',
    'تيك توك',
  ]
    .filter(() => ctx.chance(0.8))
    .map((x) => link(x))
    .join(' ')}</div>`;
export const appLine = (ctx, site) =>
  `<div class="apps"><p>${ctx.pick([`حمّل تطبيق ${site} على هاتفك`, `حمل التطبيق الآن`, `تطبيق ${site} متاح على`])} ${link('App Store')} ${link('Google Play')}</p></div>`;
export const newsletterBox = (ctx) =>
  `<div class="nl"><h4>${ctx.pick(['اشترك في النشرة البريدية', 'النشرة الإخبارية', 'اشترك ليصلك كل جديد'])}</h4><p>${ctx.pick(['سجّل بريدك الإلكتروني ليصلك موجز الصباح', 'أهم الأخبار في بريدك كل مساء'])}</p><form><input placeholder="بريدك الإلكتروني"><button>${ctx.pick(['اشتراك', 'سجل الآن'])}</button></form></div>`;
export const commentsBox = (ctx) =>
  `<div class="comments"><h4>${ctx.pick([`التعليقات (${n(ctx, 0, 40)})`, `${n(ctx, 0, 40)} تعليق`, 'أضف تعليقك'])}</h4><p>${ctx.pick(['كن أول من يعلق على الخبر', 'لا توجد تعليقات بعد', 'شارك برأيك في الموضوع', 'التعليقات تعبر عن آراء أصحابها'])}</p><p>${link(ctx.pick(['أضف تعليقاً', 'سجل الدخول للتعليق', 'عرض التعليقات']))}</p></div>`;
/** A next / previous strip: each label over the other article's headline. */
export const prevNext = (ctx, [prev, next], noun) =>
  `<div class="pn"><div><span class="pn-lbl">${noun} السابق</span> ${link(prev)}</div><div><span class="pn-lbl">${noun} التالي</span> ${link(next)}</div></div>`;
/** A list under a heading, each item a headline with a date or a time beside it or nothing. */
export const dated = (ctx, when) => (h) =>
  when === 'date'
    ? `${link(h)} <span>${ctx.today(ctx.pick(['short', 'agency']))?.line ?? ''}</span>`
    : when === 'time'
      ? `<span>${ctx.clock()}</span> ${link(h)}`
      : link(h);

export const FAMILIES_4 = [
  {
    site: 'family:egypt-breaking-portal',
    about:
      'an Egyptian breaking-news portal: "عاجل" ticker, menu, breadcrumbs ending in the headline, an "آخر الأخبار" list (times, dates or none) before the article, "عاجل" or a section line over the headline, "كتب - name" / "كتبت: name" / "كتب: المحرر" (no gold author), a date line with an update stamp, a photo caption, tags after "تاجات" or "الكلمات المفتاحية" with " - " or " / ", comment count, "تابعونا على", newsletter, copyright',
    spec: {
      title: 'div.art h1',
      paras: 'div.art-body > p',
      standfirstAfter: 'div.art h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.latest h3', items: 'div.latest li a' },
        { heading: 'div.readmore h3', items: 'div.readmore li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'تاجات', separator: ' - ' },
      { style: 'inline', marker: 'الكلمات المفتاحية', separator: ' / ' },
      { style: 'sep-links', marker: 'كلمات البحث', separator: ' - ' },
      null,
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['youm7', 'elbalad', 'gulf']));
      const by = ctx.chance(0.8) ? byline(ctx, ['katab-dash', 'katabat', 'katab-dash', 'desk']) : null;
      const section = ctx.section();
      const caption = ctx.chance(0.5) ? ctx.caption() : null;
      const when = ctx.pick(['time', 'date', 'none']);
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - بوابة النيل نيوز</title></head><body>
<div class="ticker"><b>عاجل</b> ${ctx
        .headlines(2)
        .map((h) => link(h))
        .join(' | ')}</div>
<ul class="nav">${items(['الرئيسية', 'أخبار مصر', 'محافظات', 'حوادث', 'اقتصاد', 'رياضة', 'فن', 'المرأة', 'فيديو'], (x) => link(x))}</ul>
<div class="crumbs">${link('الرئيسية')} ${ctx.pick(['>', '»', '/'])} ${link(section)} ${ctx.pick(['>', '»', '/'])} <span>${esc(ctx.article.title)}</span></div>
<div class="latest"><h3>${ctx.pick(['آخر الأخبار', 'أحدث الأخبار', 'الأكثر قراءة'])}</h3><ul>${items(ctx.headlines(4), dated(ctx, when))}</ul></div>
<div class="art"><p class="kick">${ctx.chance(0.5) ? 'عاجل' : esc(section)}</p><h1>TITLE</h1>
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
${date ? `<p class="when">${esc(ctx.chance(0.6) ? withUpdate(ctx, date) : date.line)}</p>` : ''}
${caption ? `<figure><img src="/up/1.jpg" alt=""><figcaption>${esc(caption)}</figcaption></figure>` : ''}
<div class="art-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
${commentsBox(ctx)}
<div class="readmore"><h3>${ctx.pick(['اقرأ أيضا', 'موضوعات متعلقة', 'المزيد من ' + section])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${followRow(ctx)}
${ctx.chance(0.5) ? newsletterBox(ctx) : ''}
<footer><p>${link('من نحن')} ${link('سياسة الخصوصية')} ${link('اتصل بنا')}</p><p>${copyrightLine(ctx, 'النيل نيوز')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by?.author ?? null, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:gulf-broadsheet',
    about:
      'a Gulf broadsheet\'s site: a Hijri masthead date, menu, a section kicker, the headline, a subtitle in an <h2>, "name - city" or "city - name" on its own line, or "city - agency" (gold: the agency as source, no author), a Gulf or Hijri date, a photo credit "تصوير:" (gold imageCredit), tags below "الوسوم:" with " | " or "، ", "المزيد من <section>", app-download line, copyright',
    spec: {
      title: 'div.story h1',
      paras: 'div.story-text > p',
      standfirst: 'div.story h2.sub',
      tagsAfter: 'div.story-text',
      tail: 'div.story-text',
      lists: [{ heading: 'div.sec-more h3', items: 'div.sec-more li a' }],
    },
    tagStyles: [
      { style: 'below', marker: 'الوسوم', separator: ' | ' },
      { style: 'below', marker: 'كلمات دالة', separator: '، ' },
      { style: 'inline', marker: 'الوسوم', separator: ' • ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['hijri', 'gulf', 'hijri-numeric']));
      const by = byline(ctx, ['name-city', 'city-name', 'city-name', 'city-agency']);
      const credit = ctx.chance(0.5) ? ctx.writer() : null;
      const section = ctx.section();
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | صحيفة الخليج الغد</title></head><body>
<div class="mast"><p>${esc(ctx.today('hijri')?.line ?? '')}</p><h1 class="logo">الخليج الغد</h1></div>
<ul class="nav">${items(['الرئيسية', 'محليات', 'خليجيات', 'عربي ودولي', 'اقتصاد', 'رياضة', 'مقالات', 'الصفحة الأخيرة'], (x) => link(x))}</ul>
<div class="story"><p class="sec">${esc(section)}</p><h1>TITLE</h1><h2 class="sub">SUB</h2>
<p class="by">${esc(by.text)}</p>
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
${credit ? `<div class="pic"><img src="/p.jpg" alt=""><p class="credit">${ctx.pick(['تصوير:', 'تصوير -'])} ${esc(credit)}</p></div>` : ''}
<div class="story-text"><p>P1</p><p>P2</p></div></div>
<div class="sec-more"><h3>${ctx.pick([`المزيد من ${section}`, 'المزيد من القسم', 'أخبار أخرى من القسم'])}</h3><ul>${items(ctx.headlines(3), dated(ctx, ctx.pick(['date', 'none'])))}</ul></div>
${appLine(ctx, 'الخليج الغد')}
<footer><p>${copyrightLine(ctx, 'مؤسسة الخليج الغد للصحافة')}</p><p>${ctx.pick(['ص.ب 1234', 'هاتف: 8001234'])}</p></footer></body></html>`;
      return {
        html,
        frame: frame({ author: by.author, source: by.source, published: date?.gold ?? null, imageCredit: credit }),
      };
    },
  },
  {
    site: 'family:levant-daily-web',
    about:
      'a Levantine daily\'s web edition: menu, a section kicker, the headline, a subtitle after it, "name | date" on one line (or a date alone), a caption between the headline and the text, with the agency in brackets after it (no gold imageCredit, as in the dev set\'s other pages) or a labelled credit "(الصورة: agency)" (gold imageCredit), tags with " / " or "، " or " • ", "المقال السابق / التالي" strip, comment prompt, newsletter, a site map, copyright',
    spec: {
      title: 'article h1',
      paras: 'article div.entry > p',
      standfirstAfter: 'article h1',
      tags: 'div.tag-slot',
      tail: 'div.pn',
      lists: [
        { heading: 'div.pn span.pn-lbl', items: 'div.pn a' },
        { heading: 'div.more h3', items: 'div.more li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'مواضيع', separator: ' / ' },
      { style: 'sep-links', marker: 'الكلمات المفتاحية', separator: '، ' },
      { style: 'inline', marker: 'وسوم', separator: ' • ' },
      { style: 'p-anchors' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['levant', 'levant-both', 'dotted']));
      const writer = ctx.chance(0.7) ? ctx.writer() : null;
      const agency = ctx.chance(0.6) ? ctx.pick(AGENCIES) : null;
      // A bare agency in brackets after a caption is no credit a reader takes; a labelled one is.
      const label = agency && ctx.chance(0.5) ? ctx.pick(['الصورة:', 'مصدر الصورة:', 'تصوير:']) : null;
      const caption = ctx.caption();
      const meta = [writer, date?.line].filter(Boolean).map(esc).join(' | ');
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} – الشرق اليوم</title></head><body>
<ul class="nav">${items(['الرئيسية', 'لبنان', 'سوريا', 'فلسطين', 'الأردن', 'العالم', 'اقتصاد', 'ثقافة', 'رأي'], (x) => link(x))}</ul>
<article><p class="kicker">${esc(ctx.section())}</p><h1>TITLE</h1>
${meta ? `<p class="meta">${meta}</p>` : ''}
<figure><img src="/f.jpg" alt=""><figcaption>${esc(caption)}${agency ? ` (${label ? `${label} ` : ''}${esc(agency)})` : ''}</figcaption></figure>
<div class="entry"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div>
${prevNext(ctx, ctx.headlines(2), 'المقال')}</article>
${commentsBox(ctx)}
<div class="more"><h3>${ctx.pick(['الأكثر قراءة', 'قد يهمك'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${newsletterBox(ctx)}
${siteMap(ctx, [
  ['الأقسام', ['لبنان', 'سوريا', 'العالم', 'اقتصاد']],
  ['الموقع', ['من نحن', 'اتصل بنا', 'الأرشيف', 'سياسة الخصوصية']],
])}
<footer><p>${copyrightLine(ctx, 'الشرق اليوم')}</p></footer></body></html>`;
      return {
        html,
        frame: frame({ author: writer, published: date?.gold ?? null, imageCredit: label ? agency : null }),
      };
    },
  },
  {
    site: 'family:maghreb-e-journal',
    about:
      'a Maghreb e-journal: menu with a language switch, a "الأكثر قراءة" list with dates before the article, the headline, "متابعة: name" or "إعداد: name", a Moroccan-month or Maghreb date, tags as hashtags written as text or inline with ", ", "تعليقات الزوار (n)", "المزيد من <section>", app-download line, "تابعونا على", copyright',
    spec: {
      title: 'div.post h1',
      paras: 'div.post-body > p',
      standfirstAfter: 'div.post h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.top h3', items: 'div.top li a' },
        { heading: 'div.secmore h3', items: 'div.secmore li a' },
      ],
    },
    tagStyles: [
      { style: 'hashtag-text' },
      { style: 'inline', marker: 'الكلمات المفتاحية', separator: ', ' },
      { style: 'list', marker: 'الوسوم' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['hespress', 'assabah', 'short']));
      const by = ctx.chance(0.8) ? byline(ctx, ['follow', 'prepared', 'alone']) : null;
      const section = ctx.section();
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - المغرب الرقمي</title></head><body>
<div class="lang">${link('العربية')} ${link('Français')}</div>
<ul class="nav">${items(['الرئيسية', 'سياسة', 'مجتمع', 'جهات', 'اقتصاد', 'رياضة', 'فن وثقافة', 'مغاربة العالم'], (x) => link(x))}</ul>
<div class="top"><h3>${ctx.pick(['الأكثر قراءة', 'الأكثر تعليقا'])}</h3><ol>${items(ctx.headlines(3), dated(ctx, 'date'))}</ol></div>
<div class="post"><h1>TITLE</h1>
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="post-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="cm"><h4>${ctx.pick(['تعليقات الزوار', 'التعليقات'])} (${n(ctx, 0, 90)})</h4><p>${ctx.pick(['المرجو احترام آداب الحوار', 'أضف تعليقك'])}</p></div>
<div class="secmore"><h3>المزيد من ${esc(section)}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${appLine(ctx, 'المغرب الرقمي')}
${followRow(ctx)}
<footer><p>${copyrightLine(ctx, 'المغرب الرقمي')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by?.author ?? null, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:pan-arab-network',
    about:
      'a pan-Arab channel\'s network site: menu, breadcrumbs, a "الأحدث" list with times before the article, the headline, "تقرير: name", "name - city" or "كتب: المحرر" / "فريق التحرير" (no gold author), a channel stamp or a date with an update stamp, a video caption, the text, "المصدر: <agency>" after it, linked hashtags or tags with " • ", "تابعونا على", newsletter, copyright',
    spec: {
      title: 'div.news h1',
      paras: 'div.news-text > p',
      standfirstAfter: 'div.news h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.newest h3', items: 'div.newest li a' },
        { heading: 'div.watch h3', items: 'div.watch li a' },
      ],
    },
    tagStyles: [
      { style: 'hash-list' },
      { style: 'inline', marker: 'مواضيع ذات علاقة', separator: ' • ' },
      { style: 'inline', marker: 'الوسوم', separator: ' | ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['channel', 'iso', 'updated']));
      const by = ctx.chance(0.75) ? byline(ctx, ['report', 'name-city', 'desk']) : null;
      const source = ctx.chance(0.5) ? ctx.pick(['وكالات', 'رويترز', 'الأناضول', 'فرانس برس']) : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | شبكة المدى العربية</title></head><body>
<div class="top">${link('البث الحي', '/live')} ${link('English')}</div>
<ul class="nav">${items(['الرئيسية', 'الشرق الأوسط', 'العالم', 'اقتصاد', 'علوم', 'رياضة', 'برامج'], (x) => link(x))}</ul>
<div class="crumbs">${link('الرئيسية')} / ${link(ctx.section())}</div>
<div class="newest"><h3>${ctx.pick(['الأحدث', 'آخر الأخبار'])}</h3><ul>${items(ctx.headlines(3), dated(ctx, ctx.pick(['time', 'none'])))}</ul></div>
<div class="news"><h1>TITLE</h1>
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
${date ? `<p class="stamp">${esc(ctx.chance(0.4) ? withUpdate(ctx, date) : date.line)}</p>` : ''}
${ctx.chance(0.5) ? `<div class="video"><p>${ctx.pick(['فيديو:', 'شاهد:'])} ${esc(ctx.headlines(1)[0])}</p></div>` : ''}
<div class="news-text"><p>P1</p><p>P2</p></div>
${source ? `<p class="src">المصدر: ${esc(source)}</p>` : ''}
<div class="tag-slot"></div></div>
<div class="watch"><h3>${ctx.pick(['شاهد أيضاً', 'فيديوهات'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${followRow(ctx)}
${newsletterBox(ctx)}
<footer><p>${copyrightLine(ctx, 'شبكة المدى العربية')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by?.author ?? null, published: date?.gold ?? null, source }) };
    },
  },
  {
    site: 'family:opinion-platform',
    about:
      'an opinion platform: menu, "رأي" kicker, the headline, an author card (name, a role line) before the text or after it, or "بقلم: name" under the headline, the date on its own line, the column, "الآراء الواردة تعبر عن رأي كاتبها", tags after a bold marker with " - " or a <dl>, "مقالات أخرى للكاتب", comment count, newsletter, copyright',
    spec: {
      title: 'div.op h1',
      paras: 'div.op-text > p',
      standfirstAfter: 'div.op h1',
      tagsAfter: 'div.op-text',
      tail: 'div.op-end',
      lists: [{ heading: 'div.other h3', items: 'div.other li a' }],
    },
    tagStyles: [
      { style: 'sep-links', marker: 'موضوعات', separator: ' - ' },
      { style: 'dl-tags', marker: 'الوسوم' },
      { style: 'inline', marker: 'كلمات دلالية', separator: ' ' },
      null,
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['wordpress', 'short', 'hijri']));
      const writer = ctx.writer();
      const place = ctx.pick(['card-before', 'card-after', 'bi-qalam']);
      const card = `<div class="card"><p class="nm">${link(writer, '/w/1')}</p><p class="role">${ctx.pick(ROLES)}</p></div>`;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - منصة الرأي</title></head><body>
<ul class="nav">${items(['الرئيسية', 'رأي', 'تحليلات', 'كتّاب', 'ملفات'], (x) => link(x))}</ul>
<div class="op"><p class="kick">${ctx.pick(['رأي', 'مقال رأي', 'وجهة نظر'])}</p><h1>TITLE</h1>
${place === 'card-before' ? card : place === 'bi-qalam' ? `<p class="by">بقلم: ${esc(writer)}</p>` : ''}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="op-text"><p>P1</p><p>P2</p></div>
<div class="op-end">${place === 'card-after' ? card : ''}<p class="disc">${ctx.pick(['الآراء الواردة تعبر عن رأي كاتبها ولا تعكس بالضرورة رأي المنصة', 'المقال يعبر عن رأي الكاتب'])}</p></div>
<div class="other"><h3>${ctx.pick(['مقالات أخرى للكاتب', 'للكاتب أيضاً'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${commentsBox(ctx)}</div>
${newsletterBox(ctx)}
<footer><p>${copyrightLine(ctx, 'منصة الرأي')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:interview-desk',
    about:
      'a magazine\'s interview and report desk: menu, a "حوار" / "تقرير" / "ملف" kicker, the headline, a subtitle after it, "حوار: name", "تقرير: name" or "إعداد: name", or the name alone above or below the date, a photo credit line "(تصوير: …)" under a caption (gold imageCredit), tags below their marker with "، " or " ", "الموضوع السابق / التالي" strip, "المزيد من القسم", copyright',
    spec: {
      title: 'main h1',
      paras: 'main div.txt > p',
      standfirstAfter: 'main h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.pn span.pn-lbl', items: 'div.pn a' },
        { heading: 'div.secm h3', items: 'div.secm li a' },
      ],
    },
    tagStyles: [
      { style: 'below', marker: 'كلمات مفتاحية', separator: '، ' },
      { style: 'below', marker: 'الوسوم', separator: ' ' },
      { style: 'inline', marker: 'Tags', separator: ', ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['short', 'wordpress', 'agency']));
      const by = byline(ctx, ['interview', 'report', 'prepared', 'alone']);
      const above = ctx.chance(0.5);
      const credit = ctx.chance(0.5) ? ctx.writer() : null;
      const dateLine = date ? `<p class="date">${esc(date.line)}</p>` : '';
      const byLine = `<p class="by">${esc(by.text)}</p>`;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - مجلة المشهد</title></head><body>
<ul class="nav">${items(['الرئيسية', 'حوارات', 'تقارير', 'ملفات', 'ثقافة', 'العدد الجديد'], (x) => link(x))}</ul>
<main><p class="kick">${ctx.pick(['حوار', 'تقرير', 'ملف', 'تحقيق'])}</p><h1>TITLE</h1>
${above ? byLine + dateLine : dateLine + byLine}
${credit ? `<figure><img src="/i.jpg" alt=""><figcaption>${esc(ctx.caption())}</figcaption><p class="credit">(تصوير: ${esc(credit)})</p></figure>` : ''}
<div class="txt"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></main>
${prevNext(ctx, ctx.headlines(2), 'الموضوع')}
<div class="secm"><h3>${ctx.pick(['المزيد من القسم', 'المزيد من حوارات', 'من الأرشيف'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${copyrightLine(ctx, 'مجلة المشهد')}</p></footer></body></html>`;
      return {
        html,
        frame: frame({ author: by.author, published: date?.gold ?? null, imageCredit: credit }),
      };
    },
  },
  {
    site: 'family:iraqi-local-portal',
    about:
      'an Iraqi local portal: menu, breadcrumbs, a "الأكثر قراءة" list with dates before the article, the headline, "city - name", "name - city" or the name alone over the date, a date line with an update stamp, tags as a <dl> or a list under "الوسوم", "المزيد من الأخبار", a site map, copyright',
    spec: {
      title: 'div.item h1',
      paras: 'div.item-body > p',
      standfirstAfter: 'div.item h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.mostread h3', items: 'div.mostread li a' },
        { heading: 'div.morenews h3', items: 'div.morenews li a' },
      ],
    },
    tagStyles: [
      { style: 'dl-tags', marker: 'الوسوم' },
      { style: 'list', marker: 'الوسوم' },
      { style: 'inline', marker: 'كلمات مفتاحية', separator: ' - ' },
      null,
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['agency', 'levant', 'iso']));
      const by = ctx.chance(0.8) ? byline(ctx, ['city-name', 'name-city', 'alone']) : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - الرافدين الإخباري</title></head><body>
<ul class="nav">${items(['الرئيسية', 'محلي', 'سياسة', 'أمن', 'اقتصاد', 'رياضة', 'منوعات'], (x) => link(x))}</ul>
<div class="crumbs">${link('الرئيسية')} » ${link(ctx.section())}</div>
<div class="mostread"><h3>الأكثر قراءة</h3><ul>${items(ctx.headlines(4), dated(ctx, ctx.pick(['date', 'time'])))}</ul></div>
<div class="item"><h1>TITLE</h1>
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
${date ? `<p class="date">${esc(ctx.chance(0.5) ? withUpdate(ctx, date) : date.line)}</p>` : ''}
<div class="item-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="morenews"><h3>${ctx.pick(['المزيد من الأخبار', 'أخبار ذات صلة'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${siteMap(ctx, [
  ['أقسام', ['محلي', 'سياسة', 'أمن', 'اقتصاد']],
  ['روابط', ['من نحن', 'أعلن معنا', 'اتصل بنا']],
])}
<footer><p>${copyrightLine(ctx, 'الرافدين الإخباري')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by?.author ?? null, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:weekly-report-magazine',
    about:
      'a weekly\'s report pages: menu, a section line, the headline, a subtitle in an <h2>, "نشر: date | تحديث: time" stamps, "متابعة: name" or an author card (name and role line) before the text, the text, tags inline with "،" or "," under "مواضيع" or as chips, a "لا توجد تعليقات" prompt, "المزيد من <section>", app-download line, "تابعونا على", copyright',
    spec: {
      title: 'div.rep h1',
      paras: 'div.rep-body > p',
      standfirst: 'div.rep h2.deck',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.secmore h3', items: 'div.secmore li a' }],
    },
    tagStyles: [
      { style: 'inline', marker: 'مواضيع', separator: '، ' },
      { style: 'chips' },
      { style: 'inline', marker: 'الكلمات الدلالية', separator: ', ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['short', 'dotted', 'gulf']));
      const writer = ctx.chance(0.8) ? ctx.writer() : null;
      const asCard = ctx.chance(0.5);
      const section = ctx.section();
      const stamp = date ? `نشر: ${date.line} | تحديث: ${ctx.clock()}` : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | الأسبوع العربي</title></head><body>
<ul class="nav">${items(['الرئيسية', 'تقارير', 'قضايا', 'اقتصاد', 'ثقافة', 'العدد'], (x) => link(x))}</ul>
<div class="rep"><p class="sec">${esc(section)}</p><h1>TITLE</h1><h2 class="deck">SUB</h2>
${stamp ? `<p class="stamp">${esc(stamp)}</p>` : ''}
${writer ? (asCard ? `<div class="card"><p>${link(writer, '/a/1')}</p><p>${ctx.pick(ROLES)}</p></div>` : `<p class="by">متابعة: ${esc(writer)}</p>`) : ''}
<div class="rep-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
${commentsBox(ctx)}
<div class="secmore"><h3>المزيد من ${esc(section)}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${appLine(ctx, 'الأسبوع العربي')}
${followRow(ctx)}
<footer><p>${copyrightLine(ctx, 'الأسبوع العربي')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
];
