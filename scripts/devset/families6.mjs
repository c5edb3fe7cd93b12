/**
 * The sixth set of layout families (the f6- series of build-devset.mjs), same interface as FAMILIES_5 of
 * families5.mjs; it imports the fourth series' helpers (bylines, update stamps, tails). Written from how
 * Arabic news pages the earlier families do not model print a page: a Gulf government portal's media centre,
 * a live blog, a site of Iraq's Kurdistan region with a Kurdish / English / Arabic switcher, a fact-check
 * platform, a photo gallery, a press-release wire, an economy desk with a gold-price widget and a magazine's
 * question-and-answer interview:
 * - headlines: under a ministry's name and crest text, a ">" breadcrumb and an accessibility bar; a
 *   "تحديث مباشر" badge; a verdict box; a gallery's counter; a "بيان صحفي" kicker; a price widget; a guest card;
 * - date lines: the Hijri date "الموافق" the Gregorian one with the era letters against the years, day-first
 *   dashes, a 12-hour time before the date, behind labels ("تاريخ التحقق:", "تاريخ النشر:");
 * - bylines in forms the earlier families do not print: "تغطية:", "المحقق:", "حاوره:", "أجرى الحوار:",
 *   "عدسة:" (a photographer: the gold imageCredit, not the author), a desk ("المركز الإعلامي", "فريق
 *   التغطية": no gold author), a guest's name and role that is no byline;
 * - lines inside the text that are none of it: a live blog's time stamps, a gallery's "3 / 12" counters;
 * - a press release's dateline "city، date /wire/ --" opening the text (gold source: the wire);
 * - tails: "-انتهى-" and a "للاستفسارات:" contact block, "هل كانت هذه الصفحة مفيدة؟", a call centre's
 *   number, "راسلنا" prompts, a fact-check's method link, "ألبومات أخرى", app lines, copyright.
 * None of these is one of the corpus's sites. Every boilerplate string and choice is drawn with the page's
 * seeded PRNG (ctx).
 */
import { esc, frame, items, link, n } from './families.mjs';
import { appLine, byline, commentsBox, copyrightLine, dated, followRow, ROLES, withUpdate } from './families4.mjs';

/** A byline behind one of `labels` ("حاوره:"): the writer is the gold author. */
export const labelled = (ctx, labels) => {
  const writer = ctx.writer();
  return { text: `${ctx.pick(labels)} ${writer}`, author: writer };
};
/** A 12-hour clock as Arabic pages print it ("10:42 ص"). */
const clock12 = (h, mi) =>
  `${String(h % 12 === 0 ? 12 : h % 12).padStart(2, '0')}:${String(mi).padStart(2, '0')} ${h < 12 ? 'ص' : 'م'}`;

export const FAMILIES_6 = [
  {
    site: 'family:gulf-gov-media-centre',
    about:
      'a Gulf government portal\'s media centre: the state\'s and the ministry\'s names under the crest\'s alt text, an accessibility bar (font size, contrast, screen reader), "English", a breadcrumb "الصفحة الرئيسية > المركز الإعلامي > الأخبار", the headline, "الأحد 12 جمادى الأولى 1446هـ الموافق 24 نوفمبر 2024م" or a date behind "تاريخ النشر:", "رقم الخبر:" and a reads counter, "المركز الإعلامي" (a desk: no gold author) or none, the text, "هل كانت هذه الصفحة مفيدة؟ نعم لا", a page-update line, the call centre\'s number, "أخبار ذات صلة", copyright',
    spec: {
      title: 'div.news-detail h1',
      paras: 'div.news-body > p',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.related h3', items: 'div.related li a' }],
    },
    tagStyles: [
      null,
      { style: 'inline', marker: 'الكلمات المفتاحية', separator: '، ' },
      { style: 'marker-ul', marker: 'الوسوم' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['muwafiq', 'muwafiq', 'short']));
      const ministry = ctx.pick(['وزارة الإعلام', 'وزارة الصحة', 'وزارة الموارد البشرية', 'وزارة الشؤون البلدية']);
      const state = ctx.pick(['المملكة العربية السعودية', 'دولة الكويت', 'مملكة البحرين', 'سلطنة عُمان']);
      const dateText = date ? (date.line.includes('الموافق') ? date.line : `تاريخ النشر: ${date.line}`) : null;
      const sep = ctx.pick(['>', '›']);
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | ${ministry}</title></head><body>
<header><img src="/crest.png" alt="شعار ${ministry}"><p>${state}</p><p>${ministry}</p></header>
<div class="a11y">${['تكبير الخط', 'تصغير الخط', 'التباين العالي', 'قارئ الشاشة'].map((x) => link(x)).join(' | ')} ${link('English')}</div>
<ul class="nav">${items(['عن الوزارة', 'الخدمات الإلكترونية', 'المركز الإعلامي', 'البيانات المفتوحة', 'تواصل معنا'], (x) => link(x))}</ul>
<div class="crumbs">${link('الصفحة الرئيسية')} ${sep} ${link('المركز الإعلامي')} ${sep} ${link('الأخبار')}</div>
<div class="news-detail"><h1>TITLE</h1>
${dateText ? `<p class="date">${esc(dateText)}</p>` : ''}
<p class="meta">رقم الخبر: ${n(ctx, 1000, 99999)} | ${ctx.pick(['عدد القراءات', 'عدد المشاهدات'])}: ${n(ctx, 50, 9000)}</p>
${ctx.chance(0.4) ? '<p class="by">المركز الإعلامي</p>' : ''}
<div class="news-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="feedback"><p>هل كانت هذه الصفحة مفيدة؟</p><button>نعم</button> <button>لا</button></div>
<p class="updated">آخر تحديث للصفحة: ${esc(ctx.today('short')?.line ?? '')}</p>
<div class="related"><h3>${ctx.pick(['أخبار ذات صلة', 'أخبار أخرى'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>مركز الاتصال الموحد: ${ctx.pick(['937', '199', '80001234'])}</p><p>${copyrightLine(ctx, ministry)}</p></footer></body></html>`;
      return { html, frame: frame({ published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:live-blog',
    about:
      'a live blog: a "تحديث مباشر" / "مباشر" badge, the headline, "يتم تحديث هذه الصفحة باستمرار", a "آخر تحديث:" time, "تغطية: name" or "فريق التغطية" (no gold author), the entries each under a time stamp of its own ("10:42 ص") that is no text of the article, "تابع التغطية على تيليجرام", tags, "المزيد من التغطية", app line, copyright',
    spec: {
      title: 'div.live h1',
      paras: 'div.entries > p.entry',
      standfirstAfter: 'div.live h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.more h3', items: 'div.more li a' }],
    },
    tagStyles: [{ style: 'hashtag-text' }, { style: 'inline', marker: 'مواضيع', separator: ' | ' }, { style: 'chips' }],
    build(ctx) {
      const date = ctx.date(ctx.pick(['youm7', 'time-first', 'agency']));
      const by = ctx.chance(0.7) ? labelled(ctx, ['تغطية:', 'تغطية مباشرة:']) : null;
      // The entries' stamps, newest first, a few minutes apart.
      let minutes = n(ctx, 9 * 60, 23 * 60);
      const stamps = Array.from({ length: ctx.article.paragraphs.length + 1 }, () => {
        minutes -= n(ctx, 3, 40);
        return clock12(Math.floor(minutes / 60), minutes % 60);
      });
      const stamp = (k) => `<p class="stamp">${stamps[k]}</p>`;
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | مباشر - الخبر الآن</title></head><body>
<ul class="nav">${items(['الرئيسية', 'أخبار', 'تغطيات مباشرة', 'تقارير', 'فيديو'], (x) => link(x))}</ul>
<div class="live"><p class="badge">${ctx.pick(['تحديث مباشر', 'مباشر', '🔴 مباشر'])}</p><h1>TITLE</h1>
<p class="note">${ctx.pick(['يتم تحديث هذه الصفحة باستمرار', 'تغطية مستمرة لآخر التطورات'])}</p>
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<p class="upd">آخر تحديث: ${stamps[0]}</p>
${by ? `<p class="by">${esc(by.text)}</p>` : ctx.chance(0.5) ? '<p class="by">فريق التغطية</p>' : ''}
<div class="entries">${stamp(0)}<p class="entry">P1</p></div>
<div class="tag-slot"></div></div>
<p class="tg">${ctx.pick(['تابع التغطية على تيليجرام', 'تابعوا آخر المستجدات عبر قناتنا على تيليجرام'])}</p>
<div class="more"><h3>${ctx.pick(['المزيد من التغطية', 'تغطيات أخرى'])}</h3><ul>${items(ctx.headlines(3), dated(ctx, ctx.pick(['time', 'none'])))}</ul></div>
${appLine(ctx, 'الخبر الآن')}
<footer><p>${copyrightLine(ctx, 'الخبر الآن')}</p></footer></body></html>`;
      return {
        html,
        spec: { spacer: stamp },
        frame: frame({ author: by?.author ?? null, published: date?.gold ?? null }),
      };
    },
  },
  {
    site: 'family:kurdistan-news-site',
    about:
      'a site of Iraq\'s Kurdistan region in Arabic: a language switcher "کوردی | English | العربية | Türkçe", a menu, the headline, "أربيل - name", "name - السليمانية", "city - agency" (gold source) or none, a day-first date with dashes or a date with an update stamp, a caption with the channel\'s name in brackets (no credit), the text, tags as a list or inline with "، ", "الأكثر قراءة", "تابعونا على", copyright',
    spec: {
      title: 'div.article-head h1',
      paras: 'div.article-text > p',
      standfirstAfter: 'div.article-head h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.popular h3', items: 'div.popular li a' }],
    },
    tagStyles: [
      { style: 'list', marker: 'الكلمات الدالة' },
      { style: 'inline', marker: 'الوسوم', separator: '، ' },
      { style: 'p-anchors' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['dash-dmy', 'dash-dmy', 'iso']));
      const form = ctx.pick(['city-name', 'name-city', 'agency', 'none']);
      const city = ctx.pick(['أربيل', 'السليمانية', 'دهوك', 'كركوك']);
      const writer = form === 'city-name' || form === 'name-city' ? ctx.writer() : null;
      const agency = form === 'agency' ? ctx.pick(['كوردستان 24', 'روداو', 'شفق نيوز']) : null;
      const byText = writer
        ? form === 'city-name'
          ? `${city} - ${writer}`
          : `${writer} - ${city}`
        : agency
          ? `${city} - ${agency}`
          : null;
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - أخبار الإقليم</title></head><body>
<div class="langs">${['کوردی', 'English', 'العربية', 'Türkçe'].map((x) => link(x)).join(' | ')}</div>
<ul class="nav">${items(['الرئيسية', 'كوردستان', 'العراق', 'الشرق الأوسط', 'العالم', 'اقتصاد', 'ثقافة', 'رياضة'], (x) => link(x))}</ul>
<div class="article-head"><h1>TITLE</h1>
${byText ? `<p class="by">${esc(byText)}</p>` : ''}
${date ? `<p class="date">${esc(ctx.chance(0.5) ? date.line : withUpdate(ctx, date))}</p>` : ''}</div>
${ctx.chance(0.5) ? `<figure><img src="/k.jpg" alt=""><figcaption>${esc(ctx.caption())} (${esc(ctx.pick(['أخبار الإقليم', 'كوردستان 24']))})</figcaption></figure>` : ''}
<div class="article-text"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div>
<div class="popular"><h3>${ctx.pick(['الأكثر قراءة', 'الأكثر مشاهدة'])}</h3><ol>${items(ctx.headlines(4), (h) => link(h))}</ol></div>
${followRow(ctx)}
<footer><p>${copyrightLine(ctx, 'أخبار الإقليم')}</p></footer></body></html>`;
      return {
        html,
        frame: frame({ author: writer, published: date?.gold ?? null, source: agency }),
      };
    },
  },
  {
    site: 'family:fact-check-desk',
    about:
      'a fact-check platform: a "تحقق" kicker, the headline, a verdict box ("الحكم: مضلل", "التصنيف: زائف" …), "مصدر الادعاء: فيسبوك" and "تاريخ التحقق: date" lines, "المحقق: name" or "تحقق: name", the text, "منهجية التحقق" link, "هل لديك ادعاء تريد التحقق منه؟ راسلنا", tags, "تحقيقات ذات صلة", copyright',
    spec: {
      title: 'div.check h1',
      paras: 'div.check-body > p',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.checks h3', items: 'div.checks li a' }],
    },
    tagStyles: [{ style: 'sep-links', marker: 'موضوعات', separator: ' • ' }, { style: 'hash-list' }, null],
    build(ctx) {
      const date = ctx.date(ctx.pick(['short', 'wordpress', 'agency']));
      const by = ctx.chance(0.8) ? labelled(ctx, ['المحقق:', 'تحقق:', 'إعداد:']) : null;
      const verdict = ctx.pick(['مضلل', 'زائف', 'صحيح جزئياً', 'خارج السياق', 'صحيح']);
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | منصة تأكد</title></head><body>
<ul class="nav">${items(['الرئيسية', 'تحقق', 'أخبار زائفة', 'تقارير', 'منهجيتنا', 'راسلنا'], (x) => link(x))}</ul>
<div class="check"><p class="kick">${ctx.pick(['تحقق', 'تدقيق المعلومات'])}</p><h1>TITLE</h1>
<div class="verdict"><span>${ctx.pick(['الحكم:', 'التصنيف:', 'النتيجة:'])}</span> <b>${verdict}</b></div>
<p class="claim-src">مصدر الادعاء: ${ctx.pick(['فيسبوك', 'إكس', 'واتساب', 'تيك توك'])}</p>
${date ? `<p class="date">${ctx.pick(['تاريخ التحقق:', 'تاريخ النشر:'])} ${esc(date.line)}</p>` : ''}
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
<div class="check-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<p class="method">${link('منهجية التحقق')} ${link('سياسة التصحيح')}</p>
<p class="ask">${ctx.pick(['هل لديك ادعاء تريد التحقق منه؟ راسلنا', 'أرسل لنا ما تريد التحقق منه عبر واتساب'])}</p>
<div class="checks"><h3>${ctx.pick(['تحقيقات ذات صلة', 'أحدث التحققات'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${copyrightLine(ctx, 'منصة تأكد')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by?.author ?? null, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:photo-gallery',
    about:
      'a photo gallery: an "ألبوم صور" kicker, the gallery\'s nav ("الصورة السابقة", "1 / 12", "الصورة التالية") before the headline, the headline, the date, "عدسة: name" or "تصوير: name" (gold imageCredit) or none, "name - city" or none, each paragraph under a counter "3 / 12" that is no text of the article, "شاهد جميع الصور", "ألبومات أخرى", copyright',
    spec: {
      title: 'div.album h1',
      paras: 'div.album-text > p.cap',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.albums h3', items: 'div.albums li a' }],
    },
    tagStyles: [
      { style: 'inline', marker: 'الكلمات الدلالية', separator: ' - ' },
      { style: 'bare-list' },
      { style: 'chips' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['gulf', 'short', 'youm7']));
      const by = ctx.chance(0.5) ? byline(ctx, ['name-city', 'alone']) : null;
      const credit = ctx.chance(0.6) ? ctx.writer() : null;
      const total = ctx.article.paragraphs.length + n(ctx, 2, 9);
      const counter = (k) => `<p class="count">${k + 1} / ${total}</p>`;
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - صور | عدسة اليوم</title></head><body>
<ul class="nav">${items(['الرئيسية', 'أخبار', 'صور', 'فيديو', 'إنفوغراف'], (x) => link(x))}</ul>
<div class="album"><p class="kick">${ctx.pick(['ألبوم صور', 'بالصور'])}</p>
<div class="gnav">${link('الصورة السابقة')} <span>1 / ${total}</span> ${link('الصورة التالية')}</div>
<h1>TITLE</h1>
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
${credit ? `<p class="credit">${ctx.pick(['عدسة:', 'تصوير:'])} ${esc(credit)}</p>` : ''}
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
<div class="album-text"><img src="/g/1.jpg" alt="">${counter(0)}<p class="cap">P1</p></div>
<p class="all">${link(ctx.pick(['شاهد جميع الصور', 'عرض الألبوم كاملاً']))}</p>
<div class="tag-slot"></div></div>
<div class="albums"><h3>${ctx.pick(['ألبومات أخرى', 'المزيد من الصور'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${copyrightLine(ctx, 'عدسة اليوم')}</p></footer></body></html>`;
      return {
        html,
        spec: { spacer: counter },
        frame: frame({ author: by?.author ?? null, published: date?.gold ?? null, imageCredit: credit }),
      };
    },
  },
  {
    site: 'family:press-release-wire',
    about:
      'a press-release wire: a "بيان صحفي" kicker, the headline, a subtitle, a dateline "city، date /wire/ --" opening the text (gold source: the wire), "-انتهى-" after the text, a "للاستفسارات:" contact block (a name, a phone number, an e-mail), a disclaimer that the issuer wrote it, "بيانات صحفية أخرى", copyright',
    spec: {
      title: 'div.release h1',
      paras: 'div.release-body > p:not(.end)',
      standfirst: 'div.release h2.sub',
      tagsAfter: 'div.release-body',
      tail: 'div.release-body',
      lists: [{ heading: 'div.others h3', items: 'div.others li a' }],
    },
    tagStyles: [null, { style: 'inline', marker: 'القطاع', separator: '، ' }, { style: 'dl-tags', marker: 'الوسوم' }],
    build(ctx) {
      const date = ctx.date(ctx.pick(['short', 'short', 'wordpress']));
      const wire = ctx.pick(['PRNewswire', 'بزنس واير', 'زاوية', 'إيه إم إي إنفو']);
      const city = ctx.pick(['دبي', 'الرياض', 'أبوظبي', 'القاهرة', 'الدوحة']);
      const prefix = date
        ? { text: `${city}، ${date.line} /${wire}/ -- `, source: wire, published: date.gold }
        : { text: `${city} - ${wire}: `, source: wire };
      const contact = ctx.writer();
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | بيانات صحفية</title></head><body>
<ul class="nav">${items(['الرئيسية', 'بيانات صحفية', 'القطاعات', 'الشركات', 'أرسل بيانك'], (x) => link(x))}</ul>
<div class="release"><p class="kick">${ctx.pick(['بيان صحفي', 'بيان صحفي - للنشر الفوري'])}</p><h1>TITLE</h1><h2 class="sub">SUB</h2>
<div class="release-body"><p>P1</p><p>P2</p><p class="end">${ctx.pick(['-انتهى-', '- انتهى -', '###'])}</p>
<div class="contact"><p>${ctx.pick(['للاستفسارات:', 'للاستفسارات الإعلامية:', 'جهة الاتصال:'])}</p><p>${esc(contact)}</p><p>هاتف: +971 4 ${n(ctx, 100, 999)} ${n(ctx, 1000, 9999)}</p><p>البريد الإلكتروني: media@company.example</p></div></div></div>
<p class="disc">${ctx.pick(['المحتوى مقدم من الجهة المصدرة للبيان، والموقع غير مسؤول عنه', 'إخلاء مسؤولية: هذا البيان منشور كما ورد من مصدره'])}</p>
<div class="others"><h3>${ctx.pick(['بيانات صحفية أخرى', 'أحدث البيانات'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${copyrightLine(ctx, 'بيانات صحفية')}</p></footer></body></html>`;
      return { html, prefix, frame: frame({ published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:gold-prices-desk',
    about:
      'an economy desk with a price widget before the article: "أسعار الذهب اليوم" with karat rows ("عيار 21: 3650 جنيه"), a currency box ("الدولار 48.50"), "آخر تحديث للأسعار: 10:42 ص", the headline, "كتب: name", "كتبت: name" or "كتب: المحرر" (no gold author), a 12-hour time before the date or a date with an update stamp, the text, tags inline with " - " or as chips, "أخبار الاقتصاد", newsletter-free footer with copyright',
    spec: {
      title: 'div.eco h1',
      paras: 'div.eco-body > p',
      standfirstAfter: 'div.eco h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [{ heading: 'div.econews h3', items: 'div.econews li a' }],
    },
    tagStyles: [
      { style: 'inline', marker: 'كلمات مفتاحية', separator: ' - ' },
      { style: 'chips' },
      { style: 'ul-heading', marker: 'الكلمات الدالة' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['time-first', 'elbalad', 'youm7']));
      const by = ctx.chance(0.8) ? byline(ctx, ['katabat', 'katab-dash', 'desk']) : null;
      const unit = ctx.pick(['جنيه', 'ريال', 'دينار']);
      const karats = ['عيار 24', 'عيار 21', 'عيار 18', 'الجنيه الذهب']
        .map((k) => `<tr><td>${k}</td><td>${n(ctx, 200, 5000)} ${unit}</td></tr>`)
        .join('');
      const fx = ['الدولار', 'اليورو', 'الريال السعودي']
        .map((c) => `<li>${c} ${n(ctx, 3, 60)}.${n(ctx, 10, 99)}</li>`)
        .join('');
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - المال والأعمال</title></head><body>
<ul class="nav">${items(['الرئيسية', 'اقتصاد', 'بنوك', 'بورصة', 'ذهب', 'عملات', 'عقارات'], (x) => link(x))}</ul>
<div class="prices"><h4>${ctx.pick(['أسعار الذهب اليوم', 'سعر الذهب الآن'])}</h4><table>${karats}</table>
<ul class="fx">${fx}</ul><p>آخر تحديث للأسعار: ${ctx.clock()}</p></div>
<div class="eco"><h1>TITLE</h1>
${by ? `<p class="by">${esc(by.text)}</p>` : ''}
${date ? `<p class="date">${esc(ctx.chance(0.5) ? date.line : withUpdate(ctx, date))}</p>` : ''}
<div class="eco-body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></div>
<div class="econews"><h3>${ctx.pick(['أخبار الاقتصاد', 'المزيد من اقتصاد'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${copyrightLine(ctx, 'المال والأعمال')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by?.author ?? null, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:interview-qa',
    about:
      'a magazine\'s question-and-answer interview: a "حوارات" kicker, the headline, a subtitle, a guest card before the text ("ضيف الحوار:" over the guest\'s name and role: no byline), "حاوره: name" or "أجرى الحوار: name" (gold author) before or after the text, the date, the text, "حوارات سابقة", comment box, copyright',
    spec: {
      title: 'div.interview h1',
      paras: 'div.qa > p:not(.by)',
      standfirstAfter: 'div.interview h1',
      tagsAfter: 'div.qa',
      tail: 'div.qa',
      lists: [{ heading: 'div.past h3', items: 'div.past li a' }],
    },
    tagStyles: [{ style: 'sep-links', marker: 'وسوم', separator: '، ' }, null, { style: 'icon-sep' }],
    build(ctx) {
      const date = ctx.date(ctx.pick(['wordpress', 'hijri', 'short']));
      const by = labelled(ctx, ['حاوره:', 'أجرى الحوار:']);
      let guest = ctx.writer();
      while (guest === by.author) guest = ctx.writer();
      const card = `<div class="guest"><p>${ctx.pick(['ضيف الحوار:', 'الضيف:'])}</p><p>${esc(guest)}</p><p>${esc(ctx.pick(ROLES))}</p></div>`;
      const byAfter = ctx.chance(0.4);
      const byLine = `<p class="by">${esc(by.text)}</p>`;
      const html = `<html dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | مجلة الحوار</title></head><body>
<ul class="nav">${items(['الرئيسية', 'حوارات', 'ملفات', 'ثقافة', 'مجتمع', 'من نحن'], (x) => link(x))}</ul>
<div class="interview"><p class="kick">${ctx.pick(['حوارات', 'حوار العدد'])}</p><h1>TITLE</h1>
${byAfter ? '' : byLine}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
${card}
<div class="qa"><p>P1</p><p>P2</p>${byAfter ? byLine : ''}</div></div>
${commentsBox(ctx)}
<div class="past"><h3>${ctx.pick(['حوارات سابقة', 'المزيد من الحوارات'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${link('من نحن')} ${link('اتصل بنا')}</p><p>${copyrightLine(ctx, 'مجلة الحوار')}</p></footer></body></html>`;
      return { html, frame: frame({ author: by.author, published: date?.gold ?? null }) };
    },
  },
];
