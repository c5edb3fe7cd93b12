/**
 * Layout families: page frames for composite pages of the dev split, written here in the layouts that
 * Arabic news sites share (a WordPress news theme, an Egyptian portal, a Gulf daily, a Maghreb daily, a
 * Levantine portal, a news agency, a pan-Arab channel, a print edition, an old table-layout regional
 * paper, an online paper whose meta line holds the writer and the date). The corpus has real HTML of only nine dev-split Arabic sites (templates.mjs); these frames give
 * the dev split what those nine lack, so that rules are judged on layouts they were not written for:
 * bylines that are a bare linked name on a line of their own, or a name with a city or a role; tag
 * lists of bare linked words with no marker (one a line, or all on one line with no separator), long
 * tag lists, hashtags, a site whose tag links are the headline cut into words; kicker and section
 * lines, breadcrumbs, photo captions and credits; menus, breaking-news tickers, "latest" and "most
 * read" lists with times, dates and sections under their items, opinion boxes with a writer under each
 * item; author boxes, newsletters, app prompts, comment forms and footers of many kinds. Boilerplate
 * lines are those the corpus shows on dev-split sites (INVENTORY.md §3), or as such sites print them;
 * list items are real headlines of other dev-split articles; bylines are real writers' names from the
 * dev split's author fields. None of these sites is one of the corpus's sites: the site cleaners do
 * not know them, only the generic rules apply.
 *
 * A family builds a page frame per composite page (`build(ctx)`), so that the lists, the byline, the
 * date line, the caption and the kicker change from page to page as they do across a crawl of a site,
 * and says, like templates.mjs, where the article goes (`spec`: title, paras or brBody, standfirst,
 * tags or tagsAfter, tail, lists). `build` returns the HTML and the frame's gold fields.
 */

export const esc = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const link = (text, href = '#') => `<a href="${href}">${esc(text)}</a>`;
export const items = (list, wrap = (x) => x) => list.map((x) => `<li>${wrap(x)}</li>`).join('');
/** An integer drawn with the page's PRNG, lo included, hi not. */
export const n = (ctx, lo, hi) => lo + Math.floor(ctx.rand() * (hi - lo));
/** A time of day drawn with the page's PRNG, "09:05". */
export const hhmm = (ctx) => `${String(n(ctx, 0, 24)).padStart(2, '0')}:${String(n(ctx, 0, 60)).padStart(2, '0')}`;

/** Real writers' names, from the author fields of the dev split's SaudiNewsNet and ANT articles ("جدة: أسماء الغابري" → the name). */
export const WRITERS = [
  'سلطان عبد العزيز العنقري',
  'سالم الشهري',
  'يوسف الشايب',
  'هشام عدرة',
  'خلدون غسان سعيد',
  'أسماء الغابري',
  'جمال الطيب',
  'خالد محمود',
  'فاضل السلطاني',
  'عبد السلام الثميري',
  'نجيب عبد الرحمن الزامل',
  'هالة القحطاني',
  'خلود الجبر',
  'حمد آل شريه',
  'محمد الرويلي',
  'سعود الهذلي',
  'خالد زاهي',
  'وهيب الوهيبي',
  'فوزية النعيم',
  'عبدالرحمن التويجري',
  'محمد بتاع البلادي',
  'عبدالرحيم الحدادي',
  'سهيل بن حسن قاضي',
  'محمد عليان',
  'عيسى الحبيب',
  'عبد الله منور الجميلي',
  'محمد أبوزيد',
  'علي السعلي',
  'لمياء باعشن',
  'محمد عبدالرازق',
  'فريح الرمالي',
  'أحمد التيهاني',
  'محمد الدعفيس',
  'أمين طلال',
  'فاطمة الراجحي',
  'ابتسام أكبر',
  'زاهر البشير',
  'سطام المقرن',
  'بندر الوابصي',
  'علي حمدان',
  'سامية العيسى',
  'بدر بن محمد الغامدي',
  'أحمد الريدي',
  'أشرف عبد الحميد',
  'علاوة مزياني',
  'مها بن عبد العظيم',
];

/** Section names as menus and kicker lines print them. */
export const SECTIONS = [
  'سياسة',
  'اقتصاد',
  'رياضة',
  'ثقافة وفن',
  'منوعات',
  'محليات',
  'عربي ودولي',
  'تكنولوجيا',
  'صحة',
  'حوادث',
  'آراء',
  'تقارير',
  'مجتمع',
  'أخبار العالم',
  'شؤون خليجية',
  'المغرب العربي',
  'عاجل',
];

/** Photo captions: a name the article writes and what the photo shows, or a caption that names nothing. */
const CAPTION_TAILS = [
  'خلال الاجتماع',
  '(أرشيفية)',
  'في صورة أرشيفية',
  'خلال مؤتمر صحفي',
  'أثناء الزيارة',
  '- صورة من الأرشيف',
];
const PLAIN_CAPTIONS = ['صورة أرشيفية', 'صورة تعبيرية', 'جانب من الحدث', 'صورة من الموقع'];
/** Photo agencies as credit lines print them. */
export const AGENCIES = ['رويترز', 'أ ف ب', 'الأناضول', 'أسوشيتد برس', 'غيتي'];

/**
 * What a family's build gets: rand, pick, chance; headlines(n) (real headlines of other dev-split
 * articles), writer(), section(), date(form) ({ line, gold } for the article's date in a form of
 * datelines.mjs, or null), today(form) (the same for a masthead's date, days after the article's),
 * caption() (a caption for the article's photo), and the article.
 */

/** A caption for the article's photo: one of the names its tags hold (a name it writes) and what the photo shows. */
export function captionFor(ctx, tags) {
  const names = tags.filter((t) => t.split(' ').length >= 2);
  if (names.length && ctx.chance(0.7)) return `${ctx.pick(names)} ${ctx.pick(CAPTION_TAILS)}`;
  return ctx.pick(PLAIN_CAPTIONS);
}

/** A page's frame fields: what the gold of its main article takes from the frame. */
export const frame = (fields = {}) => ({ author: null, published: null, imageCredit: null, source: null, ...fields });

export const FAMILIES = [
  {
    site: 'family:wordpress-theme',
    about:
      'a WordPress news theme: top bar with the day\'s date, menu, breadcrumbs, category links above the headline, "بواسطة" and the writer\'s link, captioned figure, "الوسوم" with links separated by spaces, share buttons, author box with a bio, related posts, comment form, widgets, footer with an about paragraph',
    spec: {
      title: 'h1.entry-title',
      paras: 'div.td-post-content > p',
      standfirstAfter: 'h1.entry-title',
      tags: 'div.td-post-tags',
      tail: 'div.td-post-sharing-bottom',
      lists: [
        { heading: 'div.td-related h4.block-title', items: 'div.td-related h3 a' },
        { heading: 'aside .widget h4.widget-title', items: 'aside .widget li > a.post-link' },
      ],
    },
    build(ctx) {
      const date = ctx.date('wordpress');
      const writer = ctx.writer();
      const cat = ctx.section();
      const caption = ctx.chance(0.6) ? ctx.caption() : null;
      const withCats = ctx.chance(0.7);
      const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - الخبر نت</title></head><body>
<div class="td-header-top-menu"><div class="td-header-date">${esc(ctx.today('wordpress')?.line ?? '')}</div>
<ul class="top-header-menu">${items(['من نحن', 'اتصل بنا', 'أعلن معنا'], (x) => link(x))}</ul></div>
<div class="td-header-logo"><a href="/"><img src="/logo.png" alt="الخبر نت"></a></div>
<nav><ul class="sf-menu">${items(['الرئيسية', 'أخبار محلية', 'عربي ودولي', 'اقتصاد', 'رياضة', 'ثقافة وفن', 'تكنولوجيا', 'منوعات', 'فيديو'], (x) => link(x))}</ul></nav>
<div class="td-crumb-container"><div class="entry-crumbs"><span>${link('الرئيسية')}</span> <i>»</i> <span>${link(cat)}</span> <i>»</i> <span>${esc(ctx.article.title)}</span></div></div>
<article class="post"><div class="td-post-header">
${withCats ? `<ul class="td-category"><li>${link(cat)}</li>${ctx.chance(0.4) ? `<li>${link(ctx.section())}</li>` : ''}</ul>` : ''}
<h1 class="entry-title">TITLE</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">بواسطة ${link(writer, '/author/x')}</div>${date ? ` <span class="td-post-date"><time>${esc(date.line)}</time></span>` : ''}
<div class="td-post-views"><span>${100 + Math.floor(ctx.rand() * 5000)}</span></div></div></div>
${caption ? `<figure class="wp-caption"><img src="/wp-content/uploads/photo.jpg" alt=""><figcaption class="wp-caption-text">${esc(caption)}</figcaption></figure>` : ''}
<div class="td-post-content"><p>P1</p><p>P2</p></div>
<div class="td-post-tags"></div>
<div class="td-post-sharing-bottom"><span>شارك</span> ${['Facebook', 'Twitter', 'WhatsApp', 'Telegram'].map((x) => link(x)).join(' ')}</div>
<div class="author-box-wrap"><a href="/author/x"><img src="/avatar.png" alt=""></a><div class="desc"><div class="td-author-name">${link(writer, '/author/x')}</div>
<div class="td-author-description">صحفي ومحرر في قسم ${esc(cat)}، يكتب في الشؤون المحلية والعربية منذ سنوات.</div></div></div>
<div class="td-related"><h4 class="block-title"><span>مقالات ذات صلة</span></h4>
${ctx
  .headlines(3)
  .map(
    (h) =>
      `<div class="td-module"><h3 class="entry-title">${link(h)}</h3><span class="td-post-date">${esc(ctx.today('short')?.line ?? '')}</span></div>`,
  )
  .join('\n')}</div>
<div id="comments"><h4>اترك تعليقاً</h4><p class="comment-notes">لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p>
<form><p><label>التعليق *</label><textarea></textarea></p><p><label>الاسم *</label><input></p><p><label>البريد الإلكتروني *</label><input></p>
<p><input type="submit" value="إرسال التعليق"></p></form></div></article>
<aside><div class="widget"><h4 class="widget-title"><span>الأكثر قراءة</span></h4><ul>${items(ctx.headlines(5), (h) => `<a class="post-link" href="#">${esc(h)}</a>`)}</ul></div>
<div class="widget"><h4 class="widget-title"><span>تابعنا</span></h4><ul>${items(['فيسبوك', 'تويتر', 'يوتيوب'], (x) => link(x))}</ul></div></aside>
<footer><div class="footer-about"><h4>عن الموقع</h4><p>موقع إخباري عربي مستقل يقدم آخر الأخبار العاجلة والتقارير والتحليلات من مصر والوطن العربي والعالم على مدار الساعة.</p></div>
<ul class="footer-menu">${items(['الرئيسية', 'من نحن', 'سياسة الخصوصية', 'اتصل بنا'], (x) => link(x))}</ul>
<div class="td-sub-footer-copy">© 2024 جميع الحقوق محفوظة لموقع الخبر نت</div></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
    tagStyle: 'marker-spaced',
  },
  {
    site: 'family:egypt-portal',
    about:
      'an Egyptian portal: breaking ticker, a "latest news" column before the article, section line above the headline, the writer\'s bare link on a line of its own, date line, photo caption, tags as bare links one a line with no marker, read-also list, most-read with numbers, masthead and address footer',
    spec: {
      title: 'div.article-header h1',
      brBody: 'div.article-text',
      standfirstAfter: 'div.article-header h1',
      tags: 'div.article-tags',
      tail: 'div.article-tags',
      lists: [
        { heading: 'div.breaking span.label', items: 'div.breaking li a' },
        { heading: 'div.latest-col h2', items: 'div.latest-col li a' },
        { heading: 'div.more-read h3', items: 'div.more-read li a' },
        { heading: 'div.most-read h3', items: 'div.most-read li a' },
      ],
    },
    build(ctx) {
      const date = ctx.date(ctx.pick(['youm7', 'gulf', 'elbalad']));
      const writer = ctx.chance(0.85) ? ctx.writer() : null;
      const caption = ctx.chance(0.7) ? ctx.caption() : null;
      const section = ctx.chance(0.6) ? ctx.section() : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | بوابة النهار</title></head><body>
<div class="top"><a href="/"><img src="/images/logo.png" alt="بوابة النهار"></a>
<ul class="menu">${items(['الرئيسية', 'أخبار مصر', 'سياسة', 'اقتصاد وبورصة', 'حوادث', 'رياضة', 'فن', 'المحافظات', 'عرب وعالم', 'مقالات', 'فيديو', 'المزيد'], (x) => link(x))}</ul></div>
<div class="breaking"><span class="label">عاجل</span><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<div class="latest-col"><h2>آخر الأخبار</h2><ul>${items(ctx.headlines(6), (h) => `${link(h)} <span class="time">${esc(ctx.clock())}</span>`)}</ul></div>
<div class="article-page"><div class="article-header">
${section ? `<div class="section-name">${link(section)}</div>` : ''}
<h1>TITLE</h1>
${writer ? `<div class="writer">${link(writer, '/Writer/1')}</div>` : ''}
${date ? `<div class="date">${esc(date.line)}</div>` : ''}</div>
${caption ? `<div class="img-cont"><img src="/Upload/photo.jpg" alt=""><div class="caption">${esc(caption)}</div></div>` : ''}
<div class="article-text">P1</div>
<div class="article-tags"></div>
<div class="share"><span>مشاركة</span> ${link('فيسبوك')} ${link('تويتر')} ${link('واتساب')}</div>
<div class="more-read"><h3>اقرأ أيضا</h3><ul>${items(ctx.headlines(4), (h) => link(h))}</ul></div>
<div class="comments-box"><p>اضف تعليقاً واقرأ تعليقات القراء</p></div></div>
<div class="most-read"><h3>الأكثر قراءة</h3><ol>${items(ctx.headlines(5), (h) => link(h))}</ol></div>
<div class="footer"><p>رئيس مجلس الإدارة: ${esc(ctx.writer())}</p><p>رئيس التحرير: ${esc(ctx.writer())}</p>
<p>العنوان: 24 شارع الصحافة - وسط البلد - القاهرة</p><p>© جميع الحقوق محفوظة لبوابة النهار 2024</p></div></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
    tagStyle: 'bare-lines',
  },
  {
    site: 'family:gulf-daily',
    about:
      'a Gulf daily: prayer-times widget and Hijri masthead date, menu with sub-menus, section line, headline, standfirst, "<city> - <writer>" byline, date line, photo credit line, long comma tag list under "كلمات مفتاحية", print/share row, related list with a date under each item, "most read" tabs, pipe footer menu and masthead',
    spec: {
      title: 'div.story h1',
      paras: 'div.story-body > p',
      standfirst: 'div.story h2.sub',
      tags: 'div.keywords',
      tail: 'div.print-row',
      lists: [
        { heading: 'div.related h3', items: 'div.related li a' },
        { heading: 'div.tabs span.tab', items: 'div.tabs li a' },
      ],
    },
    build(ctx) {
      const date = ctx.date(ctx.pick(['albayan', 'alyaum', 'gulf']));
      const writer = ctx.chance(0.7) ? ctx.writer() : null;
      const city = ctx.pick(['الرياض', 'جدة', 'دبي', 'الدوحة', 'مسقط', 'المنامة', 'الكويت']);
      const credit = ctx.chance(0.5) ? ctx.pick(AGENCIES) : null;
      const section = ctx.chance(0.5) ? ctx.section() : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - صحيفة الخليج اليوم</title></head><body>
<div class="prayer"><span>مواقيت الصلاة</span><ul><li>المدينة الفجر الشروق الظهر العصر المغرب العشاء</li><li>${esc(city)} 03:59 05:25 12:20 15:43 19:09 20:35</li></ul></div>
<div class="masthead-date">${esc(ctx.today('hijri')?.line ?? '')}</div>
<ul class="nav">${items(['الرئيسية', 'محليات', 'اقتصاد', 'دولي', 'رياضة', 'ثقافة', 'الرأي', 'الملاحق', 'النسخة الورقية'], (x) => `${link(x)}<ul>${items([`${x} اليوم`, 'تقارير'], (y) => link(y))}</ul>`)}</ul>
<div class="story">${section ? `<div class="story-section">${link(section)}</div>` : ''}
<h1>TITLE</h1><h2 class="sub">SUB</h2>
${writer ? `<div class="byline">${esc(city)} - ${esc(writer)}</div>` : ''}
${date ? `<div class="story-date">${esc(date.line)}</div>` : ''}
<div class="story-img"><img src="/img/photo.jpg" alt="">${credit ? `<div class="credit">© ${esc(credit)}</div>` : ''}</div>
<div class="story-body"><p>P1</p><p>P2</p></div>
<div class="keywords"></div>
<div class="print-row">طباعة Email فيسبوك تويتر لينكدين Pin Interest Whats App</div>
<div class="related"><h3>مواضيع ذات علاقة</h3><ul>${items(ctx.headlines(4), (h) => `${link(h)}<div class="rel-date">${esc(ctx.today('alyaum')?.line ?? '')}</div>`)}</ul></div></div>
<div class="tabs"><span class="tab">الأكثر قراءة</span><ul>${items(ctx.headlines(5), (h) => link(h))}</ul></div>
<div class="newsletter"><p>اشترك في النشرة البريدية</p><p>احصل على أهم الأخبار يوميا في بريدك الإلكتروني</p></div>
<div class="footer"><p>من نحن | اتصل بنا | أعلن معنا | سياسة الخصوصية | الأرشيف</p><p>رئيس التحرير: ${esc(ctx.writer())}</p>
<p>جميع الحقوق محفوظة © 2024 مؤسسة الخليج اليوم للصحافة والنشر</p></div></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null, imageCredit: credit }) };
    },
    tagStyle: 'marker-long',
  },
  {
    site: 'family:maghreb-daily',
    about:
      'a Maghreb daily: weather widget, menu, date line in Maghrebi months, kicker, headline, a "حوار:" or bare-name byline, caption, hashtag tags, similar articles, comment prompt, "تابعونا على" and a reuse-notice footer with fax and phone lines',
    spec: {
      title: 'h1.page-title',
      paras: 'div.field-body > p',
      standfirstAfter: 'h1.page-title',
      tags: 'div.hashtags',
      tail: 'div.hashtags',
      lists: [{ heading: 'div.similar h2', items: 'div.similar h3 a' }],
    },
    build(ctx) {
      const date = ctx.date(ctx.pick(['assabah', 'hespress']));
      const form = ctx.pick(['bare', 'interview', 'follow']);
      const writer = ctx.chance(0.75) ? ctx.writer() : null;
      const caption = ctx.chance(0.5) ? ctx.caption() : null;
      const kicker = ctx.chance(0.4) ? ctx.section() : null;
      const byline = writer
        ? form === 'bare'
          ? link(writer, '/auteur/1')
          : form === 'interview'
            ? `حوار: ${esc(writer)}`
            : `المتابعة ✍️: ${esc(writer)}`
        : '';
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | المغرب اليوم</title></head><body>
<div class="weather"><span>الرباط</span><span>اليوم 18:00-00:00</span><span>غائم جزئيا</span><span>14 °</span></div>
<ul class="menu">${items(['الرئيسية', 'وطنية', 'جهات', 'اقتصاد', 'مجتمع', 'دولية', 'رياضة', 'فن وثقافة', 'كتاب وآراء', 'صوت وصورة'], (x) => link(x))}</ul>
${date ? `<div class="submitted">${esc(date.line)}</div>` : ''}
${kicker ? `<div class="kicker">${esc(kicker)}</div>` : ''}
<h1 class="page-title">TITLE</h1>
${byline ? `<div class="field-author">${byline}</div>` : ''}
${caption ? `<div class="field-image"><img src="/sites/default/files/photo.jpg" alt=""><p class="legend">${esc(caption)}</p></div>` : ''}
<div class="field-body"><p>P1</p><p>P2</p></div>
<div class="hashtags"></div>
<div class="similar"><h2>مقالات مشابهة</h2>${ctx
        .headlines(3)
        .map((h) => `<h3>${link(h)}</h3>`)
        .join('\n')}</div>
<div class="comments"><h2>أضف تعليقك</h2><p>الاسم</p><p>البريد الإلكتروني</p><p>إرسال</p></div>
<div class="footer"><p>تابعونا على</p><p>فيسبوك تويتر يوتيوب</p><p>الهاتف : 0522 45 67 89 فاكس الاعلانات : 0522 45 67 90</p>
<p>جميع الحقوق © محفوظة لـ "المغرب اليوم" - و يحظر نشر أو توزيع أو طبع أي مادة دون إذن مسبق</p></div></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
    tagStyle: 'hashtags',
  },
  {
    site: 'family:levant-portal',
    about:
      'a Levantine portal: breaking strip with times, menu, section line, headline, Levantine date line, bare-linked writer, reading time and view count, caption, tag chips one a line (on some pages the headline cut into words, as some sites auto-tag), next/previous teasers, related list with a section and a date under each item, footer',
    spec: {
      title: 'div.article-title h1',
      brBody: 'div.article-desc',
      standfirstAfter: 'div.article-title h1',
      tags: 'div.tags-chips',
      tail: 'div.prev-next',
      lists: [
        { heading: 'div.ticker span.ticker-title', items: 'div.ticker li a' },
        { heading: 'div.prev-next span.pn-label', items: 'div.prev-next div.pn-title a' },
        { heading: 'div.related-mod h2', items: 'div.related-mod h3 a' },
      ],
    },
    build(ctx) {
      const date = ctx.date(ctx.pick(['almadenahnews', 'levant', 'iso']));
      const writer = ctx.chance(0.6) ? ctx.writer() : null;
      const caption = ctx.chance(0.5) ? ctx.caption() : null;
      const section = ctx.section();
      const [next, prev] = ctx.headlines(2);
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - المشرق نيوز</title></head><body>
<div class="ticker"><span class="ticker-title">آخر الأخبار</span><ul>${items(ctx.headlines(4), (h) => `<span>${esc(ctx.clock())}</span> ${link(h)}`)}</ul></div>
<ul class="nav">${items(['الرئيسية', 'لبنان', 'سوريا', 'فلسطين', 'العالم', 'اقتصاد', 'رياضة', 'فن', 'صحة', 'تكنولوجيا'], (x) => link(x))}</ul>
<div class="article-title"><div class="sec">${link(section)}</div><h1>TITLE</h1></div>
<div class="meta">${date ? `<div class="d">${esc(date.line)}</div>` : ''}${writer ? `<div class="w">${link(writer, '/writer/1')}</div>` : ''}
<div class="read">${2 + Math.floor(ctx.rand() * 6)} دقائق للقراءة</div><div class="views">مشاهدات عالية</div></div>
${caption ? `<div class="photo"><img src="/photo.jpg" alt=""><span class="cap">${esc(caption)}</span></div>` : ''}
<div class="article-desc">P1</div>
<div class="tags-chips"></div>
<div class="share-row"><a>Whatsapp</a><a>facebook</a><a>Twitter</a><a>telegram</a></div>
<div class="prev-next"><div><span class="pn-label">التالي</span><div class="pn-title">${link(next)}</div></div><div><span class="pn-label">السابق</span><div class="pn-title">${link(prev)}</div></div></div>
<div class="related-mod"><h2>مقالات ذات صلة</h2>${ctx
        .headlines(4)
        .map(
          (h) =>
            `<div class="card"><span class="cat">${esc(ctx.section())}</span><h3>${link(h)}</h3><span class="dt">${esc(ctx.today('iso')?.line ?? '')}</span></div>`,
        )
        .join('\n')}</div>
<div class="footer"><ul>${items(['من نحن', 'اتصل بنا', 'شروط الاستخدام'], (x) => link(x))}</ul><p>حمّل تطبيق المشرق نيوز</p><p>App Store Google Play</p><p>© 2024 المشرق نيوز. كل الحقوق محفوظة</p></div></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
    tagStyle: 'chips',
  },
  {
    site: 'family:news-agency',
    about:
      'a news agency: menu of services, headline, a dateline "<city> <date> (<agency>) -" opening the text, a bare date-time line, "ذات صلة" list, the end-of-wire mark and a contact footer',
    spec: {
      title: 'td.title h2',
      paras: 'td.body > p:not(.end)',
      tagsAfter: 'td.body > p:last-of-type',
      tail: 'td.body',
      lists: [{ heading: 'td.rel b', items: 'td.rel li a' }],
    },
    build(ctx) {
      const date = ctx.date(ctx.pick(['iso', 'agency']));
      // The wire dateline that opens the text: "<city> (<agency>) - ".
      const agency = ctx.pick(['رويترز', 'أ ف ب', 'د ب أ', 'الأناضول']);
      const prefix = {
        text: `${ctx.pick(['عمان', 'القاهرة', 'بيروت', 'الرباط', 'تونس', 'بغداد'])} (${agency}) - `,
        source: agency,
      };
      const html = `<html><head><meta charset="utf-8"><title>وكالة الأنباء العربية المستقلة - ${esc(ctx.article.title)}</title></head><body>
<table width="100%"><tr><td class="logo"><img src="/logo.gif" alt="وكالة الأنباء العربية المستقلة"></td></tr>
<tr><td class="menu">${['الرئيسية', 'أخبار محلية', 'عربي ودولي', 'اقتصاد', 'رياضة', 'خدمة الصور', 'الأرشيف', 'English'].map((x) => link(x)).join(' | ')}</td></tr>
<tr><td class="title"><h2>TITLE</h2></td></tr>
<tr><td class="dt">${esc(date?.line ?? '')}</td></tr>
<tr><td class="body"><p>P1</p><p>P2</p><p class="end">-- انتهى --</p></td></tr>
<tr><td class="rel"><b>ذات صلة</b><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></td></tr>
<tr><td class="foot">للاشتراك في خدمات الوكالة يرجى الاتصال على الرقم 0096265600800<br>البريد الإلكتروني: info@agency.example<br>جميع الحقوق محفوظة لوكالة الأنباء العربية المستقلة 2024</td></tr></table></body></html>`;
      return { html, prefix, frame: frame({ published: date?.gold ?? null }) };
    },
    tagStyle: null,
  },
  {
    site: 'family:pan-arab-channel',
    about:
      'a pan-Arab channel: live link, menu, breadcrumbs, headline, standfirst, "<city> - <channel>" source line, published and updated stamps on one line, captioned figure with an agency credit, tag links in one line with no marker and no separator, "قد يعجبك أيضا", numbered most-read list, app prompts and terms footer',
    spec: {
      title: 'main h1',
      paras: 'div.article-body > p',
      standfirst: 'main p.summary',
      tags: 'div.topic-links',
      tail: 'div.topic-links',
      lists: [
        { heading: 'section.youmaylike h2', items: 'section.youmaylike h3 a' },
        { heading: 'section.mostread h2', items: 'section.mostread li a' },
      ],
    },
    build(ctx) {
      const date = ctx.date('channel');
      const city = ctx.pick(['أبوظبي', 'دبي', 'القاهرة', 'بيروت', 'لندن', 'واشنطن']);
      const caption = ctx.chance(0.7) ? ctx.caption() : null;
      const credit = caption && ctx.chance(0.6) ? ctx.pick(AGENCIES) : null;
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | قناة العرب</title></head><body>
<header><a href="/live">البث المباشر</a><nav><ul>${items(['الرئيسية', 'الشرق الأوسط', 'العالم', 'اقتصاد', 'رياضة', 'تكنولوجيا', 'منوعات', 'برامج', 'فيديو'], (x) => link(x))}</ul></nav></header>
<main><ol class="crumbs"><li>${link('الرئيسية')}</li><li>${link(ctx.section())}</li></ol>
<h1>TITLE</h1><p class="summary">SUB</p>
<div class="source">${esc(city)} - قناة العرب</div>
${date ? `<div class="timestamps">${esc(date.line)}</div>` : ''}
${caption ? `<figure><img src="/images/photo.jpg" alt=""><figcaption>${esc(caption)}${credit ? ` <span class="credit">© ${esc(credit)}</span>` : ''}</figcaption></figure>` : ''}
<div class="article-body"><p>P1</p><p>P2</p></div>
<div class="topic-links"></div>
<section class="youmaylike"><h2>قد يعجبك أيضا</h2>${ctx
        .headlines(4)
        .map((h) => `<article><h3>${link(h)}</h3></article>`)
        .join('\n')}</section>
<section class="mostread"><h2>الأكثر قراءة</h2><ol>${items(ctx.headlines(5), (h) => link(h))}</ol></section></main>
<footer><p>حمل تطبيق قناة العرب</p><ul>${items(['من نحن', 'شروط الاستخدام', 'سياسة الخصوصية', 'اتصل بنا', 'وظائف'], (x) => link(x))}</ul><p>© 2024 قناة العرب. جميع الحقوق محفوظة</p></footer></body></html>`;
      return { html, frame: frame({ source: 'قناة العرب', published: date?.gold ?? null, imageCredit: credit }) };
    },
    tagStyle: 'bare-inline',
  },
  {
    site: 'family:print-edition',
    about:
      'a print edition: print and close buttons, the site name, section and issue line, headline, "بقلم" byline, date, body, the page address and a copyright line',
    spec: {
      title: 'div.print h1',
      paras: 'div.print div.text > p',
      standfirstAfter: 'div.print h1',
      tagsAfter: 'div.print div.text',
      tail: 'div.print div.text',
      lists: [],
    },
    build(ctx) {
      const date = ctx.date(ctx.pick(['assabah', 'albayan', 'youm7']));
      const writer = ctx.chance(0.7) ? ctx.writer() : null;
      const html = `<html><head><meta charset="utf-8"><title>نسخة للطباعة</title></head><body><div class="print">
<div class="buttons"><a href="javascript:print()">طباعة</a> <a href="javascript:close()">إغلاق</a></div>
<div class="site">جريدة الأيام العربية</div><div class="issue">${esc(ctx.section())} - العدد ${1000 + Math.floor(ctx.rand() * 9000)}</div>
<h1>TITLE</h1>${writer ? `<div class="by">بقلم: ${esc(writer)}</div>` : ''}${date ? `<div class="d">${esc(date.line)}</div>` : ''}
<div class="text"><p>P1</p><p>P2</p></div>
<div class="url">رابط المقال: https://www.alayyam.example/article/${10000 + Math.floor(ctx.rand() * 90000)}</div>
<div class="c">جميع الحقوق محفوظة لجريدة الأيام العربية</div></div></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
    tagStyle: null,
  },
  {
    site: 'family:regional-paper',
    about:
      'an old table-layout regional paper: masthead date, a menu of one-word links in a table row, a "آخر الأخبار" column of headlines with dates, headline, date and bare writer lines, tags as a bulleted list with no marker, "مواضيع ساخنة أخرى", visitor comments with names and dates, a counter and a footer',
    spec: {
      title: 'td.news-title',
      paras: 'td.news-text > p',
      standfirstAfter: 'td.news-title',
      tags: 'ul.tag-list',
      tail: 'ul.tag-list',
      lists: [
        { heading: 'td.side b.side-title', items: 'td.side li a' },
        { heading: 'td.hot b', items: 'td.hot li a' },
      ],
    },
    build(ctx) {
      const date = ctx.date(ctx.pick(['elbalad', 'almadenahnews', 'levant']));
      const writer = ctx.chance(0.6) ? ctx.writer() : null;
      const commenters = [ctx.pick(['أبو محمد', 'مواطن', 'سامي', 'ابن البلد', 'متابع'])];
      const html = `<html><head><meta charset="utf-8"><title>صحيفة الوادي - ${esc(ctx.article.title)}</title></head><body>
<table><tr><td colspan="2" class="top">${esc(ctx.today('levant')?.line ?? '')}</td></tr>
<tr><td colspan="2" class="menu">${['الرئيسية', 'محليات', 'عربي', 'دولي', 'رياضة', 'مقالات', 'كاريكاتير', 'اتصل بنا'].map((x) => link(x)).join(' ')}</td></tr>
<tr><td class="side"><b class="side-title">آخر الأخبار</b><ul>${items(ctx.headlines(5), (h) => `${link(h)}<br><small>${esc(ctx.today('elbalad')?.line ?? '')}</small>`)}</ul></td>
<td class="main"><table><tr><td class="news-title">TITLE</td></tr>
<tr><td class="news-date">${esc(date?.line ?? '')}</td></tr>
${writer ? `<tr><td class="news-writer">${link(writer, '/writers/1')}</td></tr>` : ''}
<tr><td class="news-text"><p>P1</p><p>P2</p></td></tr>
<tr><td><ul class="tag-list"></ul></td></tr>
<tr><td class="hot"><b>مواضيع ساخنة اخرى</b><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></td></tr>
<tr><td class="comments"><b>تعليقات القراء</b>${commenters.map((c) => `<p>${esc(c)}</p><p>${esc(ctx.today('iso')?.line ?? '')}</p><p>الله يوفقكم ويعطيكم العافية على هذا الخبر</p>`).join('')}</td></tr></table></td></tr>
<tr><td colspan="2" class="foot">عدد الزوار: ${100000 + Math.floor(ctx.rand() * 900000)}<br>صحيفة الوادي الإلكترونية - تصدر عن مؤسسة الوادي للصحافة والنشر<br>جميع الحقوق محفوظة ©</td></tr></table></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
    tagStyle: 'bare-list',
  },
  {
    site: 'family:online-paper',
    about:
      'an online paper: a meta line with the writer\'s avatar and link and the date on one line, section kicker, headline, standfirst, captioned figure with an agency credit, bare tag lines, a read-also list, an author box ("عن الكاتب", the name, a bio), comment count, footer',
    spec: {
      title: 'article h1.headline',
      paras: 'article div.entry > p',
      standfirst: 'article p.excerpt',
      tags: 'div.entry-tags',
      tail: 'div.entry-tags',
      lists: [{ heading: 'div.read-more h4', items: 'div.read-more li a' }],
    },
    build(ctx) {
      const date = ctx.date(ctx.pick(['youm7', 'gulf', 'short', 'iso']));
      const writer = ctx.chance(0.85) ? ctx.writer() : null;
      const caption = ctx.chance(0.6) ? ctx.caption() : null;
      const credit = caption && ctx.chance(0.5) ? ctx.pick(AGENCIES) : null;
      const meta = [
        writer
          ? `<span class="author"><img src="/avatars/1.jpg" alt="${esc(writer)}"> ${link(writer, '/author/1')}</span>`
          : '',
        date ? `<span class="sep">|</span> <time>${esc(date.line)}</time>` : '',
      ].join(' ');
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - الصحيفة الرقمية</title></head><body>
<header><div class="logo">الصحيفة الرقمية</div><ul class="menu">${items(['الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'رأي', 'منوعات'], (x) => link(x))}</ul></header>
<article><div class="cat">${link(ctx.section())}</div><h1 class="headline">TITLE</h1><p class="excerpt">SUB</p>
<div class="meta">${meta}</div>
${caption ? `<figure><img src="/uploads/photo.jpg" alt=""><figcaption>${esc(caption)}${credit ? ` (${esc(credit)})` : ''}</figcaption></figure>` : ''}
<div class="entry"><p>P1</p><p>P2</p></div>
<div class="entry-tags"></div>
<div class="read-more"><h4>اقرأ أيضاً</h4><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${writer ? `<div class="author-box"><h4>عن الكاتب</h4><p>${link(writer, '/author/1')}</p><p>كاتب وصحفي يهتم بالشأن العربي والدولي، عمل في عدد من الصحف والمواقع الإخبارية.</p></div>` : ''}
<div class="comments-count">${Math.floor(ctx.rand() * 40)} تعليقات</div></article>
<footer><p>الصحيفة الرقمية: صحيفة إلكترونية يومية مستقلة.</p><p>جميع الحقوق محفوظة © 2024</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
    tagStyle: 'bare-lines',
  },
];
