/**
 * The ninth set of layout families (the f9- series of build-devset.mjs), same interface as FAMILIES of
 * families.mjs: a page frame per page (`build(ctx)` → { html, frame, spec? }), where the article goes
 * (`spec`), and the tag styles the frame turns through (`tagStyles`). Written from how Arabic news sites
 * are commonly built (Egyptian breaking-news portals, Iraqi and Gulf agencies and business papers, Sudanese
 * and Yemeni papers, Levantine live pages, Gulf TV channels, Maghreb portals and radio stations), weighted
 * on what an extractor most often gets wrong on a site it has not seen:
 * - text that is not the article between its paragraphs: advertisement labels, newsletter, app, Telegram
 *   and WhatsApp prompts, "follow us" lines, embedded social posts (the post's text, the handle and a date
 *   line), video blocks (a title, a duration, a play button), audio players, polls, pull quotes (the
 *   article's own words again), a single read-also link (a related item, not an embedded article),
 *   gallery counters, reading-time lines, font / print / share rows, live-page time stamps;
 * - tails: writers' bios, partner and syndication notes, corrections, "المصدر: وكالات" and "نقلاً عن:"
 *   lines (the gold `source`), comment counts and prompts, cookie notices, addresses and telephone
 *   footers, copyright lines, previous / next strips, most-read lists with view counts;
 * - headlines: a badge ("عاجل", "مباشر") over the headline or a label before it on its line ("فيديو |"),
 *   a kicker or section over it, the headline again in a breadcrumb, and pages laid out menu → latest list
 *   → headline → date line → body.
 * The gold title is the article's headline without a badge or label; furniture lines are in no gold
 * paragraph; a photo's credit after a label is the gold `imageCredit`.
 *
 * The dev families and the families that the split holds back (test-f9) share no boilerplate: each side
 * has its own phrase pools (DEV_* and HB_* below, and the strings written in each family), its own date
 * forms, tag markers and read-also phrasings, and the held-back families their own writers' names; only
 * the structural helpers (no text of their own) are shared. None of these sites is one of the corpus's
 * sites. Every boilerplate string and choice is drawn with the page's seeded PRNG (ctx).
 */
import { esc, frame, items, link, n } from './families.mjs';

// ---------------------------------------------------------------------------------------------------
// Structural helpers: no text of their own, every string comes from the side's pools.

const wordCount = (text) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const clock = (ctx) => `${String(n(ctx, 6, 24)).padStart(2, '0')}:${String(n(ctx, 0, 60)).padStart(2, '0')}`;
const duration = (ctx) => `${String(n(ctx, 0, 12)).padStart(2, '0')}:${String(n(ctx, 0, 60)).padStart(2, '0')}`;

/**
 * Furniture between the body's paragraphs, as the composer's spacer: before each paragraph from the third
 * on, with probability `rate` and at most `max` times, one of the makers (each drawn now, with the page's
 * PRNG): those of `repeatable` (an ad slot, a time stamp) as often as drawn, each of `single` once (a page
 * has one poll, one newsletter box).
 */
function between(ctx, rate, repeatable, single = [], max = 6) {
  const at = new Map();
  const left = [...single];
  for (let i = 2; i < ctx.article.paragraphs.length && at.size < max; i++) {
    if (!ctx.chance(rate)) continue;
    const pool = [...repeatable, ...left];
    if (!pool.length) break;
    const maker = ctx.pick(pool);
    if (left.includes(maker)) left.splice(left.indexOf(maker), 1);
    at.set(i, maker());
  }
  return (i) => at.get(i) ?? '';
}

/**
 * The article's own words for a pull quote: the start of one of its sentences (8 words or more) in a
 * paragraph after the first, at most 14 words, or null.
 */
function ownWords(ctx) {
  const sentences = ctx.article.paragraphs
    .slice(1)
    .filter((p) => !/^(?:اقرأ|إقرأ|اقرا|طالع)/u.test(p))
    .flatMap((p) => p.split(/(?<=[.!؟?؛])\s+/u))
    .filter((x) => wordCount(x) >= 8);
  if (!sentences.length) return null;
  const words = ctx.pick(sentences).split(/\s+/u);
  return words.length > 14 ? `${words.slice(0, 14).join(' ')}…` : words.join(' ');
}

/** A date line in one of `forms`, else in `fallback` (a form with no time), or null. */
const dateIn = (ctx, forms, fallback) => ctx.date(ctx.pick(forms)) ?? ctx.date(fallback);

/** A figure: the image, its caption and the credit on the caption's line. */
const figureOf = (ctx, caption, credit) =>
  `<figure class="lead"><img src="/media/${n(ctx, 1000, 99999)}.jpg" alt=""><figcaption>${esc(caption)}${credit ? ` <span class="credit">${esc(credit)}</span>` : ''}</figcaption></figure>`;

/** An embedded social post: its text, the account, the handle and a date line. */
const socialPost = (cls, text, account, handle, date) =>
  `<blockquote class="${cls}"><p>${esc(text)}</p>— ${esc(account)} (@${esc(handle)}) ${link(date)}</blockquote>`;

// ---------------------------------------------------------------------------------------------------
// The dev side's pools.

const DEV_ADS = ['إعلان', 'مساحة إعلانية', 'Advertisement', '- إعلان -', 'يتابع المقال أسفل الإعلان'];
const DEV_CHANNELS = [
  'انضم إلى قناتنا على تيليجرام لتصلك الأخبار لحظة بلحظة',
  'تابعونا على تيليجرام',
  'للاشتراك في قناة الموقع على واتساب اضغط هنا',
  'تابعوا آخر الأخبار عبر قناتنا على واتساب',
  'تابعونا على تطبيقات التواصل الاجتماعي',
];
const DEV_NEWSLETTER = [
  ['اشترك في النشرة البريدية', 'أدخل بريدك الإلكتروني', 'اشترك'],
  ['نشرتنا الاقتصادية اليومية في بريدك كل صباح', 'البريد الإلكتروني', 'سجّل الآن'],
];
const DEV_READING = (ctx) => ctx.pick([`وقت القراءة: ${n(ctx, 2, 9)} دقائق`, `${n(ctx, 3, 10)} دقائق قراءة`]);
const DEV_TOOLS = ['A+ A- طباعة مشاركة', 'حجم الخط: A+ A- | طباعة | نسخ الرابط', 'تكبير الخط تصغير الخط طباعة'];
const DEV_SHARE = ['شارك الخبر', 'شارك', 'مشاركة عبر'];
const DEV_SOCIAL = ['فيسبوك', 'تويتر', 'واتساب', 'تيليجرام', 'لينكد إن'];
const DEV_VIDEO = {
  watch: ['شاهد الفيديو', 'فيديو | شاهد'],
  play: ['▶ تشغيل', '▶ شاهد الآن'],
  length: (ctx) => `مدة الفيديو ${duration(ctx)}`,
  titles: [
    'لقطات من موقع الحدث بعد ساعات من وقوعه',
    'تقرير مصور عن ردود الفعل في الشارع',
    'كاميرا الموقع ترصد الأجواء قبل انطلاق الجلسة',
    'مشاهد تظهر حجم الأضرار في المنطقة',
  ],
};
const DEV_POLL = {
  label: ['استطلاع رأي', 'شارك برأيك'],
  questions: [
    'هل تتوقع أن تنجح الإجراءات الجديدة في خفض الأسعار؟',
    'هل تؤيد تمديد العمل بالقرار حتى نهاية العام؟',
    'ما تقييمك لأداء الحكومة في هذا الملف؟',
  ],
  options: ['أؤيد', 'أعارض', 'لا رأي لي'],
  vote: ['صوّت', 'إرسال الصوت'],
  results: ['عرض النتائج'],
};
const DEV_TWEETS = [
  'نتابع باهتمام التطورات الأخيرة وندعو جميع الأطراف إلى التهدئة وتغليب لغة الحوار',
  'اجتماع مثمر اليوم تناولنا فيه سبل تعزيز التعاون في مجالات الاقتصاد والطاقة',
  'شكرا لكل من شارك في إنجاح هذه الفعالية، والقادم أفضل بإذن الله',
  'بيان: تم احتواء الموقف بالكامل ولا صحة للأنباء المتداولة عن وقوع إصابات',
  'المرحلة المقبلة تتطلب تكاتف الجميع من أجل تجاوز التحديات الراهنة',
];
const DEV_ACCOUNTS = [
  ['وزارة الإعلام', 'MediaMinistry_SD'],
  ['المتحدث الرسمي', 'GovSpokesman'],
  ['مرصد الأخبار', 'NewsWatchAr'],
  ['الهيئة العامة للطيران', 'CivilAviationAr'],
];
const DEV_QUOTE_MARKS = [
  ['«', '»'],
  ['"', '"'],
];
const DEV_READ_ALSO = ['اقرأ أيضا:', 'اقرأ أيضًا', 'إقرأ أيضا:'];
const DEV_COMMENTS = (ctx) =>
  ctx.pick([`التعليقات (${n(ctx, 0, 40)})`, `عدد التعليقات: ${n(ctx, 0, 40)}`, `${n(ctx, 1, 40)} تعليقات`]);
const DEV_COMMENT_PROMPT = ['أضف تعليقك', 'اكتب تعليقك', 'التعليقات تعبر عن آراء أصحابها'];
const DEV_COOKIES = [
  'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق',
  'باستمرارك في تصفح الموقع فإنك توافق على سياسة ملفات تعريف الارتباط. حسنا',
];
const DEV_COPYRIGHT = (ctx, site) =>
  ctx.pick([
    `© ${n(ctx, 2020, 2026)} ${site}. جميع الحقوق محفوظة`,
    `جميع الحقوق محفوظة © ${site} ${n(ctx, 2020, 2026)}`,
  ]);
const DEV_VIEWS = (ctx) => ctx.pick([`${n(ctx, 200, 9000)} مشاهدة`, `شوهد ${n(ctx, 200, 9000)} مرة`]);
const DEV_CREDIT_LABELS = ['تصوير:', 'الصورة:'];
const DEV_AGENCIES = ['رويترز', 'أ ف ب', 'الأناضول'];
const DEV_CAPTIONS = [
  'جانب من الاجتماع',
  'صورة من موقع الحادث',
  'مشهد عام للمدينة',
  'جانب من المؤتمر الصحفي',
  'صورة تعبيرية',
];
const DEV_DATE_FORMS = ['youm7', 'elbalad', 'gulf', 'iso', 'agency', 'dash-dmy', 'at-hour', 'time-first'];
const DEV_DAY_FORMS = ['albayan', 'short', 'wordpress', 'levant'];

/** A dev photo's credit line and its gold: a photographer or an agency after a label, or nothing a reader takes. */
function devCredit(ctx, writer) {
  const form = ctx.pick(['person', 'agency', 'archive', 'none']);
  if (form === 'person') {
    let who = ctx.writer();
    while (who === writer) who = ctx.writer();
    return { text: `(${ctx.pick(DEV_CREDIT_LABELS)} ${who})`, gold: who };
  }
  if (form === 'agency') {
    const agency = ctx.pick(DEV_AGENCIES);
    return { text: `${ctx.pick(DEV_CREDIT_LABELS)} ${agency}`, gold: agency };
  }
  if (form === 'archive') return { text: '(أرشيف)', gold: null };
  return { text: '', gold: null };
}

const devAd = (ctx) => () => `<div class="ad-slot"><span>${esc(ctx.pick(DEV_ADS))}</span></div>`;
const devChannel = (ctx) => () => `<div class="channel-box"><a href="#">${esc(ctx.pick(DEV_CHANNELS))}</a></div>`;
const devReadAlso = (ctx) => () =>
  `<div class="inline-more"><p><strong>${esc(ctx.pick(DEV_READ_ALSO))}</strong> ${link(ctx.headlines(1)[0])}</p></div>`;
const devTweet = (ctx) => () => {
  const [account, handle] = ctx.pick(DEV_ACCOUNTS);
  return socialPost(
    'tweet',
    ctx.pick(DEV_TWEETS),
    account,
    handle,
    ctx.date('short')?.line ?? ctx.today('short')?.line ?? '',
  );
};
const devPullQuote = (ctx) => () => {
  const words = ownWords(ctx);
  if (!words) return '';
  const [open, close] = ctx.pick(DEV_QUOTE_MARKS);
  return `<aside class="pull-quote">${esc(`${open}${words}${close}`)}</aside>`;
};
const devVideo = (ctx) => () =>
  `<div class="video-box"><h4>${esc(ctx.pick(DEV_VIDEO.watch))}</h4><p>${esc(ctx.pick(DEV_VIDEO.titles))}</p><span>${esc(DEV_VIDEO.length(ctx))}</span> <button>${esc(ctx.pick(DEV_VIDEO.play))}</button></div>`;
const devPoll = (ctx) => () =>
  `<div class="poll"><h4>${esc(ctx.pick(DEV_POLL.label))}</h4><p>${esc(ctx.pick(DEV_POLL.questions))}</p><ul>${items(DEV_POLL.options, (o) => `<label><input type="radio"> ${esc(o)}</label>`)}</ul><button>${esc(ctx.pick(DEV_POLL.vote))}</button> ${link(ctx.pick(DEV_POLL.results))}</div>`;
const devNewsletter = (ctx) => () => {
  const [title, field, button] = ctx.pick(DEV_NEWSLETTER);
  return `<div class="newsletter"><p>${esc(title)}</p><input placeholder="${esc(field)}"> <button>${esc(button)}</button></div>`;
};

// ---------------------------------------------------------------------------------------------------
// The held-back side's pools (test-f9): no string of the dev side's.

/** Writers' names of the held-back families' bylines (none of the dev side's names). */
const HB_WRITERS = [
  'سلمى عبد الباقي',
  'منتصر إدريس',
  'نورة المنصوري',
  'كريم بن عمارة',
  'هيفاء الرزقي',
  'ياسين العلوي',
  'رانيا مصطفى',
  'طارق البدوي',
  'عبير الحسيني',
  'مهدي الشابي',
  'أنور دفع الله',
  'ليلى الشريف',
];
const hbWriter = (ctx, not = null) => {
  for (;;) {
    const w = ctx.pick(HB_WRITERS);
    if (w !== not) return w;
  }
};
const HB_ADS = ['إشهار', 'Publicité', 'مساحة إشهارية', 'Sponsored', 'محتوى مموّل'];
const HB_CHANNELS = [
  'اشترك في قناة الإذاعة على تلغرام',
  'للتوصل بآخر الأخبار تابع صفحتنا على فيسبوك',
  'انضموا إلى مجتمعنا على واتساب',
  'شاهدوا برامجنا على يوتيوب — اشترك في القناة',
];
const HB_NEWSLETTER = [
  ['سجّل بريدك لتصلك أهم الأخبار', 'بريدك هنا', 'تسجيل'],
  ['الموجز الصباحي: أهم العناوين قبل الثامنة', 'email@example.com', 'أرسل'],
];
const HB_READING = (ctx) => ctx.pick([`⏱ ${n(ctx, 2, 9)} دق للقراءة`, `مدة القراءة ${n(ctx, 2, 9)} د`]);
const HB_TOOLS = ['تكبير الخط | تصغير الخط | PDF', 'نسخة للطباعة — إرسال لصديق', '+ أ - أ | اطبع'];
const HB_SHARE = ['انشر على', 'شارك المقال مع أصدقائك'];
const HB_SOCIAL = ['Facebook', 'X', 'WhatsApp', 'Messenger', 'Instagram'];
const HB_VIDEO = {
  watch: ['بالفيديو', 'من نشرة الأخبار'],
  play: ['⏵ اضغط للمشاهدة', '⏵'],
  length: (ctx) => `المدة: ${n(ctx, 1, 9)}:${String(n(ctx, 0, 60)).padStart(2, '0')}`,
  titles: [
    'مراسلنا ينقل آخر التطورات من عين المكان',
    'ضيف النشرة يعلق على القرار',
    'صور خاصة حصلت عليها القناة',
    'ملخص الحلقة الكاملة',
  ],
};
const HB_POLL = {
  label: ['شارك في التصويت', 'سؤال اليوم'],
  questions: [
    'هل أنت راضٍ عن الخدمات المقدمة في مدينتك؟',
    'برأيك، هل سيتغير الوضع خلال الأشهر القادمة؟',
    'هل ستتابع المباراة النهائية؟',
  ],
  options: ['نعم', 'لا', 'لا أدري'],
  vote: ['صوّت الآن'],
  results: ['النتيجة حتى الآن'],
};
const HB_POSTS = [
  'لحظات لا تنسى مع جمهورنا الرائع الليلة، شكرا على الحضور',
  'تنويه: تغيير موعد البث بسبب التغطية الخاصة، تابعونا الساعة التاسعة',
  'الفريق الطبي يواصل عمله على مدار الساعة، دعواتكم',
  'وصلنا قبل قليل إلى موقع الحدث وسننقل لكم الصورة كاملة',
  'ننتظر صدور القرار النهائي خلال الأيام المقبلة',
];
const HB_ACCOUNTS = [
  ['القناة', 'ChannelNewsDesk'],
  ['مديرية الصحة', 'HealthDir_Official'],
  ['نادي الاتحاد الرياضي', 'UnionClubFans'],
  ['مراسل الميدان', 'FieldReporter24'],
];
const HB_POST_LABELS = ['منشور على إنستغرام', 'منشور على إكس', 'من حساب المصدر'];
const HB_COMMENTS = (ctx) => ctx.pick([`${n(ctx, 1, 60)} تعليق`, `التعليقات: ${n(ctx, 0, 60)}`]);
const HB_COMMENT_PROMPT = ['شاركنا رأيك', 'يجب تسجيل الدخول للتعليق', 'التعليقات المنشورة لا تعبر عن رأي الموقع'];
const HB_COOKIES = [
  'نستعمل ملفات الكوكيز لتحسين خدماتنا. أوافق',
  'Ce site utilise des cookies. Accepter',
  'يعتمد موقعنا على الكوكيز، لمعرفة المزيد اطلع على سياسة الخصوصية. قبول',
];
const HB_COPYRIGHT = (ctx, site) =>
  ctx.pick([
    `كل الحقوق محفوظة ${site} © ${n(ctx, 2019, 2026)}`,
    `${site} © ${n(ctx, 2019, 2026)} Tous droits réservés`,
  ]);
const HB_VIEWS = (ctx) => ctx.pick([`👁 ${n(ctx, 300, 9900)}`, `${n(ctx, 1, 9)}.${n(ctx, 1, 9)} ألف قراءة`]);
const HB_CREDIT_LABELS = ['عدسة:', 'حقوق الصورة:', 'Photo:'];
const HB_AGENCIES = ['أسوشيتد برس', 'إي بي إيه', 'شينخوا', 'غيتي إيمجز'];
const HB_CAPTIONS = [
  'من الأرشيف',
  'لقطة من الموقع',
  'الوفد لدى وصوله',
  'جانب من الجلسة الافتتاحية',
  'حركة السير في وسط المدينة',
];
const HB_DATE_FORMS = ['dotted', 'indic', 'updated', 'alyaum', 'almadenahnews'];

/** A held-back photo's credit line and its gold. */
function hbCredit(ctx, writer) {
  const form = ctx.pick(['person', 'agency', 'bare', 'none']);
  if (form === 'person') {
    const who = hbWriter(ctx, writer);
    return { text: `${ctx.pick(HB_CREDIT_LABELS)} ${who}`, gold: who };
  }
  if (form === 'agency') {
    const agency = ctx.pick(HB_AGENCIES);
    return { text: `(${ctx.pick(HB_CREDIT_LABELS)} ${agency})`, gold: agency };
  }
  if (form === 'bare') return { text: `[${ctx.pick(HB_AGENCIES)}]`, gold: null };
  return { text: '', gold: null };
}

const hbAd = (ctx) => () => `<div class="pub"><small>${esc(ctx.pick(HB_ADS))}</small></div>`;
const hbChannel = (ctx) => () => `<div class="follow">${link(ctx.pick(HB_CHANNELS))}</div>`;
const hbReadAlso = (ctx, phrases) => () =>
  `<div class="see-more"><span class="lbl">${esc(ctx.pick(phrases))}</span> ${link(ctx.headlines(1)[0])}</div>`;
const hbPost = (ctx) => () => {
  const [account, handle] = ctx.pick(HB_ACCOUNTS);
  return `<div class="embed"><span>${esc(ctx.pick(HB_POST_LABELS))}</span>${socialPost(
    'post',
    ctx.pick(HB_POSTS),
    account,
    handle,
    ctx.date('dot-dmy')?.line ?? ctx.today('dot-dmy')?.line ?? '',
  )}</div>`;
};
const hbPullQuote = (ctx) => () => {
  const words = ownWords(ctx);
  return words ? `<blockquote class="highlight"><p>“${esc(words)}”</p></blockquote>` : '';
};
const hbVideo = (ctx) => () =>
  `<div class="player"><em>${esc(ctx.pick(HB_VIDEO.watch))}</em> ${esc(ctx.pick(HB_VIDEO.titles))}<br>${esc(HB_VIDEO.length(ctx))} ${link(ctx.pick(HB_VIDEO.play))}</div>`;
const hbPoll = (ctx) => () =>
  `<form class="vote"><b>${esc(ctx.pick(HB_POLL.label))}</b><p>${esc(ctx.pick(HB_POLL.questions))}</p>${HB_POLL.options.map((o) => `<p><input type="radio"> ${esc(o)}</p>`).join('')}<input type="submit" value="${esc(ctx.pick(HB_POLL.vote))}"> ${link(ctx.pick(HB_POLL.results))}</form>`;
const hbNewsletter = (ctx) => () => {
  const [title, field, button] = ctx.pick(HB_NEWSLETTER);
  return `<form class="subscribe"><b>${esc(title)}</b> <input placeholder="${esc(field)}"> <input type="submit" value="${esc(button)}"></form>`;
};

// ---------------------------------------------------------------------------------------------------
// The families: dev and held-back ones in turn (their order only sets which articles each page draws).

export const FAMILIES_9 = [
  // ------------------------------------------------------------------ dev
  {
    site: 'family:breaking-portal-cairo',
    about:
      'an Egyptian breaking-news portal: date bar, menu, a "عاجل" ticker, a latest list with times, a breadcrumb ending with the headline, an "عاجل" badge or a section over the headline, "كتب:" and a date line, reading time and a font / print row, a captioned photo with its credit, advertisement labels and single "اقرأ أيضا:" links between paragraphs, tags, a share row, a comment count, most-read with views, an address and telephone footer',
    spec: {
      title: 'div.story-head h1',
      paras: 'div.story-body > p',
      standfirstAfter: 'div.story-head h1',
      tags: 'div.tags-slot',
      tail: 'div.share-row',
      lists: [
        { heading: 'div.ticker b', items: 'div.ticker a' },
        { heading: 'div.latest h3', items: 'div.latest li a' },
        { heading: 'div.inline-more strong', items: 'div.inline-more a' },
        { heading: 'div.most-read h3', items: 'div.most-read li a' },
      ],
    },
    tagStyles: [
      { style: 'sep-links', marker: 'كلمات دالة', separator: ' ، ' },
      { style: 'ul-heading', marker: 'الكلمات الدالة' },
      null,
    ],
    build(ctx) {
      const site = 'بوابة الحدث الآن';
      const writer = ctx.writer();
      const section = ctx.section();
      const date = dateIn(ctx, DEV_DATE_FORMS, 'albayan');
      const byline = ctx.pick(['label', 'label', 'dash', 'link']);
      const by =
        byline === 'label'
          ? `<span class="by">كتب: ${esc(writer)}</span>`
          : byline === 'dash'
            ? `<span class="by">كتب - ${esc(writer)}</span>`
            : `<div class="by">${link(writer, '/author/1')}</div>`;
      const credit = devCredit(ctx, writer);
      const photo = ctx.chance(0.7);
      const badge = ctx.chance(0.35) ? '<span class="badge">عاجل</span>' : `<div class="sec">${link(section)}</div>`;
      const mid = ctx.chance(0.6) ? ctx.pick([devAd(ctx), devReadAlso(ctx)])() : '';
      const spacer = between(ctx, 0.45, [devAd(ctx)], [devReadAlso(ctx), devReadAlso(ctx), devChannel(ctx)]);
      const html = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - ${site}</title></head><body>
<div class="topbar">${esc(ctx.today('youm7')?.line ?? ctx.today('short')?.line ?? '')}</div>
<ul class="menu">${items(['الرئيسية', 'أخبار مصر', 'محافظات', 'حوادث', 'اقتصاد', 'رياضة', 'فن', 'فيديو'], (x) => link(x))}</ul>
<div class="ticker"><b>عاجل</b> ${ctx
        .headlines(2)
        .map((h) => link(h))
        .join(' ◄ ')}</div>
<div class="latest"><h3>${esc(ctx.pick(['آخر الأخبار', 'أحدث الأخبار']))}</h3><ul>${items(ctx.headlines(n(ctx, 3, 6)), (h) => `${link(h)} <span>${esc(clock(ctx))}</span>`)}</ul></div>
<div class="crumbs">${link('الرئيسية')} › ${link(section)} › <span>${esc(ctx.article.title)}</span></div>
<div class="story-head">${badge}
<h1>TITLE</h1>
<div class="meta">${by}${date ? ` <span class="date">${esc(date.line)}</span>` : ''}</div>
<div class="tools"><span>${esc(DEV_READING(ctx))}</span> <span>${esc(ctx.pick(DEV_TOOLS))}</span></div></div>
${photo ? figureOf(ctx, ctx.caption(), credit.text) : ''}
<div class="story-body"><p>P1</p>${mid}<p>P2</p></div>
<div class="tags-slot"></div>
<div class="share-row"><span>${esc(ctx.pick(DEV_SHARE))}</span> ${DEV_SOCIAL.slice(0, 4)
        .map((x) => link(x))
        .join(' ')}</div>
<div class="comments"><h4>${esc(DEV_COMMENTS(ctx))}</h4><p>${esc(ctx.pick(DEV_COMMENT_PROMPT))}</p></div>
<div class="most-read"><h3>الأكثر قراءة</h3><ul>${items(ctx.headlines(4), (h) => `${link(h)} <span>${esc(DEV_VIEWS(ctx))}</span>`)}</ul></div>
<footer><p>العنوان: ${n(ctx, 3, 90)} شارع التحرير، الدقي، الجيزة</p><p>تليفون: 02${n(ctx, 3000000, 3999999)} - فاكس: 02${n(ctx, 3000000, 3999999)}</p><p>${esc(DEV_COPYRIGHT(ctx, site))}</p></footer>
</body></html>`;
      return {
        html,
        frame: frame({ author: writer, published: date?.gold ?? null, imageCredit: photo ? credit.gold : null }),
        spec: { spacer },
      };
    },
  },
  // ------------------------------------------------------------------ held back
  {
    site: 'family:video-channel-gulf',
    about:
      'a Gulf TV channel\'s site: a live-stream link, the menu, a lead video player (label, title, duration, play link), a "فيديو |" label before the headline on its line or a programme\'s name over it, "نُشر بتاريخ" and a date, "إعداد:" or "مراسل القناة:" or no byline, "شاهد كذلك:" single links and embedded posts between paragraphs, a follow prompt, tags, past episodes, most-watched with counts, a footer of policies',
    spec: {
      title: 'div.vhead h1 span.hl',
      paras: 'div.vtext > p',
      standfirstAfter: 'div.vhead h1',
      tags: 'div.vtags',
      tail: 'div.vshare',
      lists: [
        { heading: 'div.see-more span.lbl', items: 'div.see-more a' },
        { heading: 'section.episodes h2', items: 'section.episodes li a' },
        { heading: 'section.top-watched h2', items: 'section.top-watched li a' },
      ],
    },
    tagStyles: [{ style: 'dl-tags', marker: 'علامات' }, { style: 'icon-sep' }, null],
    build(ctx) {
      const site = 'قناة الخليج الإخبارية';
      const date = dateIn(ctx, HB_DATE_FORMS, 'hijri');
      const writer = hbWriter(ctx);
      const byline = ctx.pick(['prep', 'reporter', 'none']);
      const by =
        byline === 'prep'
          ? `<div class="who">إعداد: ${esc(writer)}</div>`
          : byline === 'reporter'
            ? `<div class="who">مراسل القناة: ${link(writer)}</div>`
            : '';
      const program = ctx.pick(['نشرة المساء', 'حديث الخليج', 'ملف اليوم', 'صباح الخير يا خليج']);
      const labelled = ctx.chance(0.4);
      const lead = ctx.chance(0.7) ? hbVideo(ctx)() : '';
      const spacer = between(
        ctx,
        0.45,
        [hbAd(ctx)],
        [hbReadAlso(ctx, ['شاهد كذلك:']), hbPost(ctx), hbPost(ctx), hbChannel(ctx)],
      );
      const mid = ctx.chance(0.5) ? hbPost(ctx)() : '';
      const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | ${site}</title></head><body>
<header><a href="/live">● البث الحي</a> ${link('الدخول')}</header>
<nav><ul>${items(['الواجهة', 'نشرات', 'برامج', 'خليجي', 'عالمي', 'مال وأعمال', 'ملاعب'], (x) => link(x))}</ul></nav>
${lead}
<div class="vhead">${labelled ? '' : `<div class="prog">${esc(program)}</div>`}
<h1>${labelled ? '<span class="tag-label">بالفيديو</span> | ' : ''}<span class="hl">TITLE</span></h1>
${date ? `<div class="when">نُشر بتاريخ ${esc(date.line)}</div>` : ''}${by}</div>
<div class="vtext"><p>P1</p>${mid}<p>P2</p></div>
<div class="vtags"></div>
<div class="vshare">${esc(ctx.pick(HB_SHARE))}: ${HB_SOCIAL.slice(0, 4)
        .map((x) => link(x))
        .join(' · ')}</div>
<section class="episodes"><h2>${esc(ctx.pick(['حلقات سابقة', 'من أرشيف البرنامج']))}</h2><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></section>
<section class="top-watched"><h2>${esc(ctx.pick(['الأكثر تداولاً', 'الأعلى مشاهدة']))}</h2><ul>${items(ctx.headlines(4), (h) => `${link(h)} <small>${esc(HB_VIEWS(ctx))}</small>`)}</ul></section>
<footer>${items(['سياسة الخصوصية', 'شروط الاستخدام', 'أعلن لدينا'], (x) => link(x))}<p>${esc(HB_COPYRIGHT(ctx, site))}</p></footer>
</body></html>`;
      return {
        html,
        frame: frame({ author: byline === 'none' ? null : writer, published: date?.gold ?? null }),
        spec: { spacer },
      };
    },
  },
  // ------------------------------------------------------------------ dev
  {
    site: 'family:iraqi-wire-desk',
    about:
      'an Iraqi news agency: masthead and menu, a section over the headline, the date and time, the correspondent\'s bare name or no byline, Telegram and WhatsApp prompts between paragraphs, "المصدر: وكالات" (the gold source) and a correction note after the text, a share row, tags, previous / next strip, related news, a cookie notice, an e-mail and telephone footer',
    spec: {
      title: 'article h1',
      paras: 'div.news-text > p',
      standfirstAfter: 'article h1',
      tags: 'div.kw',
      tail: 'div.tools-bottom',
      lists: [
        { heading: 'div.pager b', items: 'div.pager a' },
        { heading: 'div.rel h3', items: 'div.rel li a' },
      ],
    },
    tagStyles: [{ style: 'marker-ul', marker: 'الوسوم' }, null, { style: 'rel-run', marker: 'مواضيع' }],
    build(ctx) {
      const site = 'وكالة الرافدين للأنباء';
      const date = dateIn(ctx, ['agency', 'iso', 'dash-dmy'], 'albayan');
      const named = ctx.chance(0.55);
      const writer = ctx.writer();
      const agencies = ctx.chance(0.4);
      const correction = ctx.chance(0.3);
      const spacer = between(ctx, 0.35, [devAd(ctx)], [devChannel(ctx), devChannel(ctx)]);
      const tail = [
        agencies ? `<p class="src">المصدر: وكالات</p>` : '',
        correction
          ? `<p class="fix">${esc(ctx.pick(['تصحيح:', 'توضيح:']))} ${esc(ctx.pick(['ورد في نسخة سابقة من هذا الخبر خطأ في اسم المسؤول، وقد جرى تصحيحه.', 'عُدّل هذا الخبر بعد نشره لتصحيح رقم ورد فيه.']))}</p>`
          : '',
      ].join('');
      const pager = [
        `<b>${esc(ctx.pick(['الخبر السابق', 'السابق']))}</b> ${link(ctx.headlines(1)[0])}`,
        `<b>${esc(ctx.pick(['الخبر التالي', 'التالي']))}</b> ${link(ctx.headlines(1)[0])}`,
      ];
      const html = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${site} | ${esc(ctx.article.title)}</title></head><body>
<div class="mast"><img src="/logo.svg" alt="${site}"> <span>${esc(ctx.today('agency')?.line ?? ctx.today('short')?.line ?? '')}</span></div>
<ul class="nav">${items(['الرئيسية', 'محلي', 'سياسي', 'أمني', 'اقتصادي', 'محافظات', 'دولي', 'رياضي'], (x) => link(x))}</ul>
<article><div class="sec">${link(ctx.section())}</div>
<h1>TITLE</h1>
<div class="info">${date ? `<span>${esc(date.line)}</span>` : ''}${named ? `<div class="rep">${esc(writer)}</div>` : ''}</div>
<div class="news-text"><p>P1</p><p>P2</p></div>
${tail}
<div class="kw"></div>
<div class="tools-bottom">${esc(ctx.pick(DEV_SHARE))} ${DEV_SOCIAL.map((x) => link(x)).join(' ')} ${link('طباعة')}</div></article>
<div class="pager">${pager.join(' | ')}</div>
<div class="rel"><h3>${esc(ctx.pick(['أخبار ذات صلة', 'أخبار متعلقة']))}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<div class="cookie">${esc(ctx.pick(DEV_COOKIES))}</div>
<footer><p>البريد الإلكتروني: newsdesk@rafidain-news.iq</p><p>هاتف غرفة الأخبار: +964 770 ${n(ctx, 100, 999)} ${n(ctx, 1000, 9999)}</p><p>${esc(DEV_COPYRIGHT(ctx, site))}</p></footer>
</body></html>`;
      return {
        html,
        frame: frame({
          author: named ? writer : null,
          published: date?.gold ?? null,
          source: agencies ? 'وكالات' : null,
        }),
        spec: { spacer },
      };
    },
  },
  // ------------------------------------------------------------------ held back
  {
    site: 'family:ad-heavy-maghreb',
    about:
      'a Maghreb portal heavy with ads: a cookie banner first, the menu, an "المستجدات" list with times, the headline, the date, "بواسطة:" and the writer, a photo with its credit, "إشهار" / "Publicité" slots and a follow prompt between paragraphs, a single "يمكنك أيضا الاطلاع على:" link, "نقلاً عن:" an agency (the gold source), tags, comment count and prompt, previous / following article, most-read, a telephone footer in French and Arabic',
    spec: {
      title: 'div.post-title h1',
      paras: 'div.post-body > p',
      standfirstAfter: 'div.post-title h1',
      tagsAfter: 'div.post-body',
      tail: 'div.post-after',
      lists: [
        { heading: 'aside.news-feed h4', items: 'aside.news-feed li a' },
        { heading: 'div.see-more span.lbl', items: 'div.see-more a' },
        { heading: 'div.prev-next em', items: 'div.prev-next a' },
        { heading: 'div.popular h4', items: 'div.popular li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'كلمات البحث', separator: ' - ' },
      { style: 'buttons' },
      { style: 'below', marker: 'علامات', separator: ' | ' },
      null,
    ],
    build(ctx) {
      const site = 'مغرب بريس 24';
      const date = dateIn(ctx, ['alyaum', 'dotted'], 'slash-dmy');
      const writer = hbWriter(ctx);
      const signed = ctx.chance(0.7);
      const credit = hbCredit(ctx, writer);
      const photo = ctx.chance(0.65);
      const agency = ctx.chance(0.35)
        ? ctx.pick(['وكالة المغرب العربي للأنباء', 'وكالة الأنباء الجزائرية', 'وكالة تونس إفريقيا للأنباء'])
        : null;
      const spacer = between(
        ctx,
        0.55,
        [hbAd(ctx), hbAd(ctx)],
        [hbReadAlso(ctx, ['يمكنك أيضا الاطلاع على:']), hbChannel(ctx)],
      );
      const html = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} – ${site}</title></head><body>
<div class="consent">${esc(ctx.pick(HB_COOKIES))}</div>
<div class="pub top"><small>${esc(ctx.pick(HB_ADS))}</small></div>
<ul class="main-nav">${items(['Accueil', 'وطنية', 'جهات', 'مجتمع', 'مال وأعمال', 'ملاعب', 'فن وثقافة', 'كتاب وآراء'], (x) => link(x))}</ul>
<aside class="news-feed"><h4>${esc(ctx.pick(['المستجدات', 'آخر المستجدات']))}</h4><ul>${items(ctx.headlines(n(ctx, 3, 6)), (h) => `<time>${esc(clock(ctx))}</time> ${link(h)}`)}</ul></aside>
<div class="post-title"><h1>TITLE</h1>
${date ? `<p class="post-date">${esc(date.line)}</p>` : ''}${signed ? `<p class="post-author">بواسطة: ${link(writer)}</p>` : ''}</div>
${photo ? figureOf(ctx, ctx.pick(HB_CAPTIONS), credit.text) : ''}
<div class="post-body"><p>P1</p>${hbAd(ctx)()}<p>P2</p></div>
<div class="post-after">${agency ? `<p class="via">نقلاً عن: ${esc(agency)}</p>` : ''}<p>${esc(HB_COMMENTS(ctx))} — ${esc(ctx.pick(HB_COMMENT_PROMPT))}</p></div>
<div class="prev-next"><em>${esc(ctx.pick(['المقال السابق', 'مقال سابق']))}</em> ${link(ctx.headlines(1)[0])} <em>${esc(ctx.pick(['المقال الموالي', 'الموالي']))}</em> ${link(ctx.headlines(1)[0])}</div>
<div class="popular"><h4>${esc(ctx.pick(['الأكثر اطلاعاً', 'الأكثر تداولاً هذا الأسبوع']))}</h4><ul>${items(ctx.headlines(4), (h) => `${link(h)} <span>${esc(HB_VIEWS(ctx))}</span>`)}</ul></div>
<footer><p>Tél : +212 5 22 ${n(ctx, 10, 99)} ${n(ctx, 10, 99)} ${n(ctx, 10, 99)} — الهاتف</p><p>${esc(HB_COPYRIGHT(ctx, site))}</p></footer>
</body></html>`;
      return {
        html,
        frame: frame({
          author: signed ? writer : null,
          published: date?.gold ?? null,
          imageCredit: photo ? credit.gold : null,
          source: agency,
        }),
        spec: { spacer },
      };
    },
  },
  // ------------------------------------------------------------------ dev
  {
    site: 'family:sudan-daily-embeds',
    about:
      'a Sudanese daily online: a section over the headline, "بقلم:" and the writer, a date, a photo with its credit, embedded tweets (text, account, handle, date) and pull quotes of the article\'s own words between paragraphs, tags, the writer\'s bio after the text, a comment count and prompt, related stories, most-read, copyright',
    spec: {
      title: 'div.head h1',
      paras: 'div.txt > p',
      standfirstAfter: 'div.head h1',
      tags: 'div.tagline',
      tail: 'div.bio',
      lists: [
        { heading: 'div.related h3', items: 'div.related li a' },
        { heading: 'div.most-read h3', items: 'div.most-read li a' },
      ],
    },
    tagStyles: [{ style: 'inline', marker: 'وسوم الخبر', separator: '، ' }, { style: 'bare-list' }, null],
    build(ctx) {
      const site = 'صحيفة النيلين اليوم';
      const writer = ctx.writer();
      const date = dateIn(ctx, DEV_DAY_FORMS, 'short');
      const credit = devCredit(ctx, writer);
      const photo = ctx.chance(0.6);
      const mid = ctx.chance(0.5) ? devTweet(ctx)() : '';
      const spacer = between(
        ctx,
        0.45,
        [devAd(ctx)],
        [devTweet(ctx), devTweet(ctx), devPullQuote(ctx), devPullQuote(ctx)],
      );
      const bio = ctx.pick([
        `${writer} صحفي يكتب في الشؤون السياسية والاقتصادية، عمل مراسلاً لعدد من الصحف العربية.`,
        `عن الكاتب: ${writer}، محرر في القسم السياسي بالصحيفة منذ ${n(ctx, 2009, 2021)}.`,
        `${writer} كاتب ومحلل، له مقالات منشورة في عدد من الصحف والمواقع.`,
      ]);
      const html = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${site} - ${esc(ctx.article.title)}</title></head><body>
<div class="brand">${site}</div>
<ul class="menu">${items(['الرئيسية', 'أخبار', 'تقارير', 'حوارات', 'أعمدة', 'رياضة', 'منوعات'], (x) => link(x))}</ul>
<div class="head"><div class="kicker">${esc(ctx.section())}</div>
<h1>TITLE</h1>
<p class="by">بقلم: ${esc(writer)}</p>${date ? `<p class="dt">${esc(date.line)}</p>` : ''}</div>
${photo ? figureOf(ctx, ctx.caption(), credit.text) : ''}
<div class="txt"><p>P1</p>${mid}<p>P2</p></div>
<div class="tagline"></div>
<div class="bio"><img src="/w/${n(ctx, 1, 200)}.jpg" alt=""><p>${esc(bio)}</p></div>
<div class="cmt"><b>${esc(DEV_COMMENTS(ctx))}</b> ${link(ctx.pick(DEV_COMMENT_PROMPT))}</div>
<div class="related"><h3>${esc(ctx.pick(['مواضيع مرتبطة', 'أخبار ذات صلة']))}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<div class="most-read"><h3>الأكثر قراءة</h3><ol>${items(ctx.headlines(4), (h) => link(h))}</ol></div>
<footer><p>${esc(DEV_COPYRIGHT(ctx, site))}</p></footer>
</body></html>`;
      return {
        html,
        frame: frame({ author: writer, published: date?.gold ?? null, imageCredit: photo ? credit.gold : null }),
        spec: { spacer },
      };
    },
  },
  // ------------------------------------------------------------------ held back
  {
    site: 'family:khartoum-daily',
    about:
      'a Sudanese print daily online: the issue number, a section over the headline, the city and the writer ("الخرطوم: name") or "الكاتب:", a Hijri or dotted date, pull quotes and an embedded post between paragraphs, a "استدراك:" correction, a partner note ("يُنشر بالاتفاق مع …"), "عن الكاتب" bio, a single "طالع أيضا ←" link, tags as a list or hashtags, most-read with counts, a P.O. box and telephone footer',
    spec: {
      title: 'header.art h1',
      paras: 'section.art-body > p',
      standfirstAfter: 'header.art h1',
      tags: 'div.art-tags',
      tail: 'div.art-notes',
      lists: [
        { heading: 'div.see-more span.lbl', items: 'div.see-more a' },
        { heading: 'div.most h5', items: 'div.most li a' },
      ],
    },
    tagStyles: [{ style: 'hash-list' }, { style: 'dl-tags', marker: 'بطاقات الخبر' }, null],
    build(ctx) {
      const site = 'الخرطوم الجديدة';
      const writer = hbWriter(ctx);
      const date = dateIn(ctx, ['dotted', 'updated'], ctx.pick(['levant-both', 'muwafiq', 'hijri-numeric']));
      const byline = ctx.pick(['city', 'label', 'city']);
      const by =
        byline === 'city'
          ? `<p class="writer">${esc(ctx.pick(['الخرطوم', 'أم درمان', 'بورتسودان']))}: ${esc(writer)}</p>`
          : `<p class="writer">الكاتب: ${link(writer)}</p>`;
      const partner = ctx.chance(0.35)
        ? `<p class="partner">يُنشر هذا المقال بالاتفاق مع ${esc(ctx.pick(['مركز دراسات القرن الإفريقي', 'شبكة صحفيي السودان المستقلين', 'مجلة آفاق النيل']))}</p>`
        : '';
      const fix = ctx.chance(0.3)
        ? `<p class="erratum">استدراك: ${esc(ctx.pick(['نُشر في الطبعة الورقية رقم غير دقيق للتكلفة، والصحيح ما ورد أعلاه.', 'سقط اسم أحد المشاركين سهواً من النسخة الأولى للمقال.']))}</p>`
        : '';
      const spacer = between(
        ctx,
        0.45,
        [],
        [hbPullQuote(ctx), hbPullQuote(ctx), hbPost(ctx), hbReadAlso(ctx, ['طالع أيضا ←'])],
      );
      const mid = ctx.chance(0.5) ? hbPullQuote(ctx)() : '';
      const html = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} :: ${site}</title></head><body>
<div class="issue">${site} — العدد ${n(ctx, 1200, 5400)}</div>
<ul class="sections">${items(['الأولى', 'الأخبار', 'الاقتصاد', 'الأعمدة', 'الرياضة', 'الأخيرة'], (x) => link(x))}</ul>
<header class="art"><span class="desk">${esc(ctx.pick(['تحقيقات', 'الشأن المحلي', 'قضايا', 'ملفات']))}</span>
<h1>TITLE</h1>
${by}${date ? `<time>${esc(date.line)}</time>` : ''}</header>
<section class="art-body"><p>P1</p>${mid}<p>P2</p></section>
<div class="art-tags"></div>
<div class="art-notes">${fix}${partner}<div class="about"><b>عن الكاتب</b><p>${esc(`${writer}، ${ctx.pick(['صحافية متخصصة في قضايا التنمية والهجرة', 'صحافي يغطي شؤون الولايات والحكم المحلي', 'باحث وكاتب في الشأن الاقتصادي'])}.`)}</p></div></div>
<div class="most"><h5>${esc(ctx.pick(['الأكثر اطلاعاً', 'الأكثر تعليقاً']))}</h5><ul>${items(ctx.headlines(4), (h) => `${link(h)} <i>${esc(HB_VIEWS(ctx))}</i>`)}</ul></div>
<footer><p>ص.ب ${n(ctx, 100, 9999)} الخرطوم — هاتف: +249 ${n(ctx, 100, 999)} ${n(ctx, 100000, 999999)}</p><p>${esc(HB_COPYRIGHT(ctx, site))}</p></footer>
</body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }), spec: { spacer } };
    },
  },
  // ------------------------------------------------------------------ dev
  {
    site: 'family:levant-live-updates',
    about:
      'a Levantine live page: the menu, a "مباشر" badge over the headline, a date line and "آخر تحديث", "تغطية:" and the writer or the desk, time stamps between the paragraphs (entries), video blocks ("شاهد الفيديو", "مدة الفيديو", "▶ تشغيل"), a poll, a WhatsApp prompt, tags, related coverage, most-followed, copyright',
    spec: {
      title: 'div.live-head h1',
      paras: 'div.live-feed > p',
      standfirstAfter: 'div.live-head h1',
      tags: 'div.live-tags',
      tail: 'div.live-end',
      lists: [
        { heading: 'div.coverage h3', items: 'div.coverage li a' },
        { heading: 'div.followed h3', items: 'div.followed li a' },
      ],
    },
    tagStyles: [
      { style: 'ul-heading', marker: 'مواضيع التغطية' },
      { style: 'sep-links', marker: 'كلمات دالة', separator: ' / ' },
      null,
    ],
    build(ctx) {
      const site = 'شبكة المشرق نيوز';
      const date = dateIn(ctx, ['iso', 'dash-dmy', 'at-hour'], 'levant');
      const desk = ctx.chance(0.3);
      const writer = ctx.writer();
      const stamp = () => () =>
        `<div class="entry-time">${esc(ctx.pick([clock(ctx), `منذ ${n(ctx, 2, 59)} دقيقة`, `${clock(ctx)} بتوقيت بيروت`]))}</div>`;
      const spacer = between(ctx, 0.6, [stamp()], [devVideo(ctx), devVideo(ctx), devPoll(ctx), devChannel(ctx)], 8);
      const mid = ctx.pick([stamp(), devVideo(ctx)])();
      const html = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مباشر | ${esc(ctx.article.title)} | ${site}</title></head><body>
<ul class="menu">${items(['الرئيسية', 'لبنان', 'سوريا', 'فلسطين', 'الأردن', 'العالم', 'اقتصاد', 'فيديو'], (x) => link(x))}</ul>
<div class="live-head"><span class="live-badge">${esc(ctx.pick(['مباشر', '🔴 مباشر', 'تغطية مباشرة']))}</span>
<h1>TITLE</h1>
${date ? `<div class="stamp">${esc(date.line)} · ${esc(ctx.pick(['تحديث مستمر', 'يتم تحديث الصفحة تلقائياً']))}</div>` : ''}
<div class="cover">${desk ? 'تغطية: فريق التحرير' : `تغطية: ${link(writer)}`}</div></div>
<div class="live-feed">${stamp()()}<p>P1</p>${mid}<p>P2</p></div>
<div class="live-tags"></div>
<div class="live-end"><button>${esc(ctx.pick(['حدّث الصفحة', 'تحميل المزيد من التحديثات']))}</button> ${DEV_SOCIAL.slice(
        0,
        3,
      )
        .map((x) => link(x))
        .join(' ')}</div>
<div class="coverage"><h3>${esc(ctx.pick(['تغطية ذات صلة', 'أخبار مرتبطة بالحدث']))}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<div class="followed"><h3>الأكثر متابعة</h3><ul>${items(ctx.headlines(4), (h) => `${link(h)} <span>${esc(DEV_VIEWS(ctx))}</span>`)}</ul></div>
<footer><p>${esc(DEV_COPYRIGHT(ctx, site))}</p></footer>
</body></html>`;
      return {
        html,
        frame: frame({ author: desk ? null : writer, published: date?.gold ?? null }),
        spec: { spacer },
      };
    },
  },
  // ------------------------------------------------------------------ held back
  {
    site: 'family:tunis-radio-site',
    about:
      'a Tunisian radio station\'s site: "استمع مباشرة" and the menu, an "آخر المستجدات" list with times, a programme over the headline, a Maghreb date, the presenter or reporter, "استمع للخبر" audio player, reading time and a tools row, "على الساعة" stamps, a poll, a Telegram prompt and a newsletter form between paragraphs, a single "للمزيد طالع:" link, tags, previous / next, most-read, a footer with the frequency and address',
    spec: {
      title: 'div.titre h1',
      paras: 'div.texte > p',
      standfirstAfter: 'div.titre h1',
      tags: 'div.mots',
      tail: 'div.partage',
      lists: [
        { heading: 'div.fil h4', items: 'div.fil li a' },
        { heading: 'div.see-more span.lbl', items: 'div.see-more a' },
        { heading: 'nav.suite strong', items: 'nav.suite a' },
        { heading: 'div.lus h4', items: 'div.lus li a' },
      ],
    },
    tagStyles: [
      { style: 'below', marker: 'كلمات البحث', separator: ' ، ' },
      { style: 'hash-list' },
      { style: 'p-anchors' },
    ],
    build(ctx) {
      const site = 'إذاعة قرطاج أف أم';
      const date = dateIn(ctx, ['indic', 'almadenahnews'], ctx.pick(['assabah', 'slash-dmy']));
      const writer = hbWriter(ctx);
      const signed = ctx.chance(0.75);
      const role = ctx.pick(['مراسلة الإذاعة:', 'الصحفي:', 'إعداد:']);
      const stamp = () => () => `<div class="heure">على الساعة ${esc(clock(ctx))}</div>`;
      const live = ctx.chance(0.5);
      const spacer = between(ctx, 0.5, live ? [stamp()] : [], [
        hbPoll(ctx),
        hbChannel(ctx),
        hbNewsletter(ctx),
        hbReadAlso(ctx, ['للمزيد طالع:']),
      ]);
      const audio = ctx.chance(0.7)
        ? `<div class="audio"><span>${esc(ctx.pick(['استمع للخبر', 'الاستماع إلى المقال بصوت آلي']))}</span> <span>0:00 / ${n(ctx, 1, 6)}:${String(n(ctx, 0, 60)).padStart(2, '0')}</span> <button>⏯</button></div>`
        : '';
      const html = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | ${site}</title></head><body>
<div class="direct">${link('استمع مباشرة')} FM ${n(ctx, 88, 108)}.${n(ctx, 1, 9)}</div>
<ul class="menu">${items(['الأخبار', 'وطنية', 'جهوية', 'عالمية', 'برامجنا', 'بودكاست', 'ملاعب'], (x) => link(x))}</ul>
<div class="fil"><h4>${esc(ctx.pick(['آخر المستجدات', 'الأخبار لحظة بلحظة']))}</h4><ul>${items(ctx.headlines(n(ctx, 3, 6)), (h) => `${esc(clock(ctx))} ${link(h)}`)}</ul></div>
<div class="titre"><div class="emission">${esc(ctx.pick(['ميدي شو', 'الماتينال', 'صباح الخير تونس', 'ملف الساعة']))}</div>
<h1>TITLE</h1>
${date ? `<span class="date">${esc(date.line)}</span>` : ''}${signed ? ` <span class="auteur">${esc(role)} ${esc(writer)}</span>` : ''}
<div class="outils">${esc(HB_READING(ctx))} · ${esc(ctx.pick(HB_TOOLS))}</div></div>
${audio}
<div class="texte">${live ? stamp()() : ''}<p>P1</p><p>P2</p></div>
<div class="mots"></div>
<div class="partage">${esc(ctx.pick(HB_SHARE))} ${HB_SOCIAL.map((x) => link(x)).join(' ')}</div>
<nav class="suite"><strong>${esc(ctx.pick(['المقال السابق', 'الخبر الفارط']))}</strong> ${link(ctx.headlines(1)[0])} <strong>${esc(ctx.pick(['المقال اللاحق', 'الخبر الموالي']))}</strong> ${link(ctx.headlines(1)[0])}</nav>
<div class="lus"><h4>${esc(ctx.pick(['الأكثر استماعاً', 'الأكثر تداولاً']))}</h4><ul>${items(ctx.headlines(4), (h) => link(h))}</ul></div>
<footer><p>${esc(ctx.pick(['شارع محمد الخامس، تونس العاصمة', 'المركز العمراني الشمالي، تونس']))} — ${esc(`الهاتف: +216 71 ${n(ctx, 100, 999)} ${n(ctx, 100, 999)}`)}</p><p>${esc(HB_COPYRIGHT(ctx, site))}</p></footer>
</body></html>`;
      return {
        html,
        frame: frame({ author: signed ? writer : null, published: date?.gold ?? null }),
        spec: { spacer },
      };
    },
  },
  // ------------------------------------------------------------------ dev
  {
    site: 'family:business-syndication',
    about:
      'a Gulf business daily: a market ticker, the menu, a breadcrumb ending with the headline, the headline, the writer\'s name with a city, a date, reading time, a newsletter box and "Advertisement" labels between paragraphs, a partner note ("نُشر هذا التقرير بالتعاون مع …") or "هذا المحتوى من …" (the gold source), an investment disclaimer, the writer\'s bio, tags, similar market news, most-read, copyright',
    spec: {
      title: 'div.art-top h1',
      paras: 'div.art-content > p',
      standfirstAfter: 'div.art-top h1',
      tags: 'div.topics',
      tail: 'div.topics',
      lists: [
        { heading: 'div.similar h3', items: 'div.similar li a' },
        { heading: 'div.top h3', items: 'div.top li a' },
      ],
    },
    tagStyles: [
      { style: 'rel-run', marker: 'موضوعات' },
      { style: 'sep-links', marker: 'كلمات دالة', separator: ' | ' },
      null,
    ],
    build(ctx) {
      const site = 'الخليج المالي';
      const writer = ctx.writer();
      const city = ctx.pick(['دبي', 'الرياض', 'الدوحة', 'الكويت', 'مسقط', 'المنامة']);
      const date = dateIn(ctx, ['gulf', 'time-first'], 'albayan');
      const note = ctx.pick(['partner', 'content', 'none']);
      const partner = ctx.pick(['منصة بيانات الأسواق', 'مجلة رواد الأعمال العربية', 'نشرة الطاقة الأسبوعية']);
      const tail =
        note === 'partner'
          ? `<p class="note">نُشر هذا التقرير بالتعاون مع ${esc(partner)}</p>`
          : note === 'content'
            ? `<p class="note">هذا المحتوى من ${esc(partner)}</p>`
            : '';
      const ticker = [
        ['مؤشر السوق', 9000, 13000],
        ['برنت', 60, 95],
        ['الذهب', 1800, 2700],
      ]
        .map(
          ([x, lo, hi]) =>
            `${x} ${n(ctx, lo, hi)}.${n(ctx, 10, 99)} ${ctx.pick(['▲', '▼'])} ${n(ctx, 0, 3)}.${n(ctx, 1, 99)}%`,
        )
        .join(' | ');
      const mid = ctx.chance(0.5) ? devNewsletter(ctx)() : '';
      const spacer = between(ctx, 0.4, [devAd(ctx)], [devNewsletter(ctx), devPullQuote(ctx)]);
      const html = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | ${site}</title></head><body>
<div class="markets">${esc(ticker)}</div>
<ul class="menu">${items(['الرئيسية', 'أسواق', 'طاقة', 'عقارات', 'شركات', 'تكنولوجيا', 'اقتصاد عالمي'], (x) => link(x))}</ul>
<div class="crumb">${link('الرئيسية')} / ${link(ctx.pick(['أسواق', 'شركات', 'طاقة']))} / ${esc(ctx.article.title)}</div>
<div class="art-top"><h1>TITLE</h1>
<div class="author">${link(writer)} <span class="city">${esc(city)}</span></div>
${date ? `<div class="pub">${esc(date.line)}</div>` : ''}<div class="rt">${esc(DEV_READING(ctx))}</div></div>
<div class="art-content"><p>P1</p>${mid}<p>P2</p></div>
<div class="art-tail">${tail}<p class="disclaimer">${esc(ctx.pick(['المعلومات الواردة في هذا التقرير لا تمثل نصيحة استثمارية.', 'لا يتحمل الموقع مسؤولية أي قرار استثماري يُبنى على هذا المحتوى.']))}</p>
<div class="writer-bio"><b>${esc(writer)}</b><p>${esc(ctx.pick(['محرر اقتصادي متخصص في أسواق المال والطاقة.', 'يغطي أخبار الشركات والبورصات الخليجية.']))}</p></div></div>
<div class="topics"></div>
<div class="similar"><h3>${esc(ctx.pick(['أخبار مشابهة من الأسواق', 'تقارير ذات صلة']))}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<div class="top"><h3>الأكثر قراءة</h3><ul>${items(ctx.headlines(4), (h) => `${link(h)} <span>${esc(DEV_VIEWS(ctx))}</span>`)}</ul></div>
<footer><p>${esc(DEV_COPYRIGHT(ctx, site))}</p></footer>
</body></html>`;
      return {
        html,
        frame: frame({
          author: writer,
          published: date?.gold ?? null,
          source: note === 'content' ? partner : null,
        }),
        spec: { spacer },
      };
    },
  },
  // ------------------------------------------------------------------ dev
  {
    site: 'family:yemen-audio-news',
    about:
      'a Yemeni news site: the menu, a latest list, the headline (a "فيديو |" label before it on its line where the page has a video), the city and the writer, a date, "استمع إلى المقال" audio player, a font and print row, a gallery with "1 / 6" counters and captions, app and Telegram prompts and video blocks between paragraphs, tags, previous / next, a cookie notice, follow links, copyright',
    spec: {
      title: 'div.news-title h1 span.t',
      paras: 'div.news-body > p',
      standfirstAfter: 'div.news-title h1',
      tags: 'div.news-tags',
      tail: 'div.news-share',
      lists: [
        { heading: 'div.last-news h3', items: 'div.last-news li a' },
        { heading: 'div.nav-news b', items: 'div.nav-news a' },
      ],
    },
    tagStyles: [{ style: 'marker-ul', marker: 'الكلمات الدالة' }, { style: 'rel-run', marker: 'وسوم الخبر' }, null],
    build(ctx) {
      const site = 'اليمن الآن نت';
      const writer = ctx.writer();
      const signed = ctx.chance(0.7);
      const city = ctx.pick(['صنعاء', 'عدن', 'تعز', 'المكلا']);
      const date = dateIn(ctx, ['youm7', 'elbalad'], 'wordpress');
      const video = ctx.chance(0.4);
      const gallery = ctx.chance(0.5);
      const count = n(ctx, 4, 9);
      const galleryHtml = gallery
        ? `<div class="gallery">${Array.from({ length: Math.min(count, 3) }, (_, i) => `<div class="slide"><img src="/g/${n(ctx, 1, 999)}.jpg" alt=""><span>${i + 1} / ${count}</span> <p>${esc(ctx.pick(DEV_CAPTIONS))}</p></div>`).join('')}</div>`
        : '';
      const app = () =>
        `<div class="app">${link(ctx.pick(['حمّل تطبيق الموقع على أندرويد وآيفون', 'تطبيقنا متاح الآن على متجر جوجل بلاي']))}</div>`;
      const spacer = between(ctx, 0.4, [devAd(ctx)], [app, devChannel(ctx), devVideo(ctx)]);
      const html = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - ${site}</title></head><body>
<ul class="menu">${items(['الرئيسية', 'محليات', 'تقارير', 'عربي ودولي', 'اقتصاد', 'رياضة', 'فيديو'], (x) => link(x))}</ul>
<div class="last-news"><h3>${esc(ctx.pick(['آخر الأخبار', 'الأخبار العاجلة']))}</h3><ul>${items(ctx.headlines(n(ctx, 3, 5)), (h) => `${link(h)} <span>${esc(ctx.today('short')?.line ?? '')}</span>`)}</ul></div>
<div class="news-title"><h1>${video ? '<span class="lbl">فيديو</span> | ' : ''}<span class="t">TITLE</span></h1>
<p class="writer">${signed ? `${esc(city)} - ${esc(writer)}` : esc(city)}</p>${date ? `<p class="date">${esc(date.line)}</p>` : ''}</div>
<div class="player"><span>${esc(ctx.pick(['استمع إلى المقال', 'استمع للمقال']))}</span> <span>00:00 / 0${n(ctx, 2, 9)}:${n(ctx, 10, 59)}</span></div>
<div class="font-tools">${esc(ctx.pick(DEV_TOOLS))}</div>
${video ? devVideo(ctx)() : galleryHtml}
<div class="news-body"><p>P1</p><p>P2</p></div>
<div class="news-tags"></div>
<div class="news-share">${esc(ctx.pick(DEV_SHARE))} ${DEV_SOCIAL.map((x) => link(x)).join(' ')}</div>
<div class="nav-news"><b>${esc(ctx.pick(['الخبر السابق', 'السابق']))}</b> ${link(ctx.headlines(1)[0])} <b>${esc(ctx.pick(['الخبر التالي', 'التالي']))}</b> ${link(ctx.headlines(1)[0])}</div>
<div class="cookie-bar">${esc(ctx.pick(DEV_COOKIES))}</div>
<footer><p>${esc(ctx.pick(DEV_CHANNELS))}</p><p>${DEV_SOCIAL.slice(0, 3)
        .map((x) => link(x))
        .join(' ')}</p><p>${esc(DEV_COPYRIGHT(ctx, site))}</p></footer>
</body></html>`;
      return {
        html,
        frame: frame({ author: signed ? writer : null, published: date?.gold ?? null }),
        spec: { spacer },
      };
    },
  },
];
