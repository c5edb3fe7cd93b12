/**
 * The eighth set of layout families (the f8- series of build-devset.mjs), same interface as FAMILIES of
 * families.mjs and FAMILIES_2 of families2.mjs: a page frame per page (`build(ctx)` → { html, frame,
 * prefix?, spec? }), where the article goes (`spec`), and the tag styles the frame turns through
 * (`tagStyles`). Written from how Arabic news sites are commonly built, weighted on the page parts where
 * extractors most often fail to generalise:
 * - bylines: a columnist's name and photo over the headline and a writer's card after the text (photo alt
 *   text, role, social handles); "بقلم:", "كتب:", "إعداد:", "تحرير:", "حوار:", "ترجمة:" lines; a
 *   correspondent line ("مراسلنا في بيروت – name", "name – مراسل الموقع في عمّان", a name over "مراسلنا في
 *   …"); two writers ("كتب: أ وب"); the writer inside the date line ("name | date", "date | name", "نشر
 *   بواسطة name في date"); a signature after the text with an e-mail address; desks that sign no one
 *   ("كتب: المحرر", "فريق التحرير") and pages with no byline at all. The gold author is the name as the
 *   page prints it after its label (two writers as printed, "أ وب"), without label, city, role or address;
 *   none for a desk or a correspondent line with no name;
 * - photos: a captioned figure under the headline or between paragraphs, captions of 3 to 20 words,
 *   credits "تصوير: name", "© AFP", "المصدر: AFP" / "(الصورة: رويترز)" on the caption's line (the gold
 *   `imageCredit` is the name or agency, no label), and what is no credit: an agency alone in brackets
 *   ("(رويترز)") or "(أرشيفية)"; a gallery strip of captions ("1 / 5");
 * - decks and kickers: the standfirst above or under the date line (with or without a full stop, as the
 *   article's set writes it: it is the body's first paragraph), kickers over the headline, "أبرز النقاط" /
 *   "ملخص الخبر" boxes made of the text's own first words (furniture: the text says it again);
 * - tails: writer's cards, newsletter and app prompts, comment counts, "تصحيح" / "ملاحظة المحرر" notes,
 *   disclaimers, previous / next strips, related and most-read lists with thumbnails, dates and counts,
 *   footers.
 * None of these is one of the corpus's sites. Every boilerplate string and choice is drawn with the page's
 * seeded PRNG (ctx).
 */
import { esc, frame, hhmm, items, link, n } from './families.mjs';

const CITIES = ['بيروت', 'عمّان', 'القاهرة', 'بغداد', 'دمشق', 'الرباط', 'تونس', 'الخرطوم', 'رام الله', 'طرابلس'];
/** A writer other than the ones given (a photographer, a second writer). */
const otherWriter = (ctx, ...not) => {
  for (;;) {
    const w = ctx.writer();
    if (!not.includes(w)) return w;
  }
};
const copyright = (ctx, site) =>
  ctx.pick([
    `© ${n(ctx, 2019, 2026)} ${site} - جميع الحقوق محفوظة`,
    `جميع الحقوق محفوظة لـ ${site} ${n(ctx, 2020, 2026)} ©`,
    `حقوق النشر محفوظة © ${site}`,
  ]);

/** Photo captions of 3 to 20 words: what the photo shows, where and when, with a full stop or without. */
const CAPTION_SUBJECTS = [
  'مشاركون في المؤتمر',
  'عناصر من فرق الدفاع المدني',
  'مواطنون',
  'أعضاء الوفد الرسمي',
  'عمال في موقع البناء',
  'طلاب',
  'مسافرون',
  'أعضاء اللجنة',
  'متطوعون',
  'صحفيون',
];
const CAPTION_ACTIONS = [
  'يتابعون كلمة الافتتاح',
  'خلال جولة ميدانية',
  'ينتظرون أمام مقر الوزارة',
  'أثناء توقيع الاتفاقية',
  'يعملون على إزالة آثار الأمطار',
  'يرفعون لافتات',
  'في طريقهم إلى القاعة',
  'يستمعون إلى شرح عن المشروع',
];
const CAPTION_PLACES = [
  'في وسط العاصمة',
  'في قاعة المؤتمرات الدولية',
  'على الطريق الساحلي',
  'أمام مبنى البلدية',
  'في أحد الأسواق الشعبية',
];
const CAPTION_TIMES = ['يوم الأحد', 'صباح اليوم', 'الأسبوع الماضي', 'في وقت سابق من هذا الشهر', 'مساء أمس'];
function photoCaption(ctx, { long = false } = {}) {
  const form = long ? ctx.pick(['full', 'full', 'mid']) : ctx.pick(['short', 'mid', 'full', 'named']);
  if (form === 'named') {
    const c = ctx.caption();
    return c.split(' ').length >= 3 ? c : `${c} ${ctx.pick(CAPTION_PLACES)}`;
  }
  if (form === 'short') return `${ctx.pick(CAPTION_SUBJECTS)} ${ctx.pick(CAPTION_ACTIONS)}`;
  const mid = `${ctx.pick(CAPTION_SUBJECTS)} ${ctx.pick(CAPTION_ACTIONS)} ${ctx.pick(CAPTION_PLACES)}`;
  if (form === 'mid') return mid;
  const full = `${mid} ${ctx.pick(CAPTION_TIMES)}، ${ctx.pick(['في إطار الاستعدادات الجارية للموسم المقبل', 'وسط إجراءات أمنية مشددة', 'بحضور عدد من المسؤولين المحليين'])}`;
  return ctx.chance(0.5) ? `${full}.` : full;
}

/**
 * A photo's credit as the caption's line prints it, and the gold `imageCredit` it gives: a photographer
 * or an agency after a label or a ©; an agency alone in brackets or "(أرشيفية)" is no credit.
 */
function photoCredit(ctx, forms, not = []) {
  const form = ctx.pick(forms);
  const agency = ctx.pick(['رويترز', 'أ ف ب', 'الأناضول', 'أسوشيتد برس', 'غيتي']);
  const latin = ctx.pick(['AFP', 'Reuters', 'AP', 'Getty Images', 'EPA']);
  switch (form) {
    case 'photographer': {
      const who = otherWriter(ctx, ...not);
      return { text: `${ctx.pick(['تصوير:', 'تصوير -', 'عدسة:'])} ${who}`, gold: who };
    }
    case 'copyright':
      return { text: `© ${latin}`, gold: latin };
    case 'source-latin':
      return { text: `المصدر: ${latin}`, gold: latin };
    case 'photo-label':
      return { text: `(${ctx.pick(['الصورة:', 'مصدر الصورة:'])} ${agency})`, gold: agency };
    case 'bare-agency':
      return { text: `(${agency})`, gold: null };
    case 'archive':
      return { text: ctx.pick(['(أرشيفية)', '- أرشيفية', '(صورة أرشيفية)']), gold: null };
    default:
      return { text: '', gold: null };
  }
}

/** A figure: the image (its alt text a renderer may print), the caption and the credit on the caption's line. */
const figure = (ctx, caption, credit, cls = 'photo') =>
  `<figure class="${cls}"><img src="/uploads/${n(ctx, 1000, 9999)}.jpg" alt="${esc(ctx.pick(['', 'صورة', caption]))}"><figcaption>${esc(caption)}${credit?.text ? ` <span class="credit">${esc(credit.text)}</span>` : ''}</figcaption></figure>`;

/** A gallery strip: thumbnails, each with "k / n" and a caption (an agency alone in brackets, or nothing). */
const gallery = (ctx) => {
  const count = n(ctx, 3, 6);
  return `<div class="gallery"><h4>${ctx.pick(['ألبوم الصور', 'صور من الحدث', 'معرض الصور'])}</h4><ul>${Array.from(
    { length: count },
    (_, i) =>
      `<li><img src="/g/${n(ctx, 1, 999)}.jpg" alt=""><span class="count">${i + 1} / ${count}</span><p>${esc(photoCaption(ctx))}${ctx.chance(0.5) ? ` (${esc(ctx.pick(['رويترز', 'أ ف ب', 'الأناضول']))})` : ''}</p></li>`,
  ).join('')}</ul></div>`;
};

/** A related item with a thumbnail (its own link, alt text), the headline's link and a date or a count. */
const thumbItem = (ctx, headline, meta) =>
  `<li><a href="#"><img src="/t/${n(ctx, 1, 999)}.jpg" alt="${esc(ctx.pick(['صورة', headline, 'صورة الخبر']))}"></a> <a class="t" href="#">${esc(headline)}</a> <span class="meta">${esc(meta)}</span></li>`;
const listMeta = (ctx) =>
  ctx.pick([
    () => ctx.today('short')?.line ?? '',
    () => `${n(ctx, 100, 9000)} مشاهدة`,
    () => `${n(ctx, 1, 60)} تعليقاً`,
    () => ctx.today('slash-dmy')?.line ?? '',
  ])();

const newsletter = (ctx) =>
  `<div class="newsletter"><p>${ctx.pick(['اشترك في النشرة البريدية ليصلك أهم ما ننشر كل صباح', 'نشرتنا الأسبوعية: أهم القصص في بريدك كل جمعة', 'سجّل بريدك الإلكتروني لتصلك آخر الأخبار'])}</p><form><input placeholder="بريدك الإلكتروني"><button>${ctx.pick(['اشترك', 'اشتراك'])}</button></form></div>`;
const appPrompt = (ctx, site) =>
  `<div class="app-prompt"><p>${ctx.pick([`حمّل تطبيق ${site} على هاتفك`, `تابع ${site} عبر التطبيق: App Store | Google Play`, 'فعّل الإشعارات لتصلك الأخبار العاجلة أولاً بأول'])}</p></div>`;
const commentCount = (ctx) =>
  `<div class="comments-count">${ctx.pick([`التعليقات (${n(ctx, 0, 90)})`, `${n(ctx, 2, 90)} تعليقاً`, `(${n(ctx, 0, 40)}) تعليقات`, 'كن أول من يعلق'])}</div>`;
const EDITOR_NOTES = [
  'تصحيح: ورد في نسخة سابقة من هذا الخبر خطأ في تاريخ الاجتماع، وقد جرى تصويبه.',
  'تصحيح: نُسب تصريح في نسخة سابقة من هذا التقرير إلى غير قائله، وقد صُحّح الخطأ.',
  'ملاحظة المحرر: حُدّث هذا الخبر بمعلومات إضافية بعد نشره أول مرة.',
  'ملاحظة المحرر: طلبنا تعليقاً من الجهات المعنية ولم نتلق رداً حتى ساعة النشر.',
];
const editorNote = (ctx) => `<div class="editor-note"><p>${esc(ctx.pick(EDITOR_NOTES))}</p></div>`;
const DISCLAIMERS = [
  'المقالات المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي الموقع.',
  'جميع الحقوق محفوظة، ويمنع نقل المحتوى أو إعادة نشره دون إذن مسبق.',
  'الآراء الواردة في التعليقات تعبر عن أصحابها فقط.',
];
const disclaimer = (ctx) => `<div class="disclaimer"><p>${esc(ctx.pick(DISCLAIMERS))}</p></div>`;
const ROLES = [
  'كاتب وصحفي',
  'كاتب صحفي ومحلل سياسي',
  'باحث في الشؤون الاقتصادية',
  'رئيس قسم التحقيقات',
  'محرر الشؤون الدولية',
];
const handle = (ctx) =>
  `@${ctx.pick(['qalam', 'sahafi', 'kateb', 'press', 'news'])}_${ctx.pick(['ar', 'writes', 'desk', 'official'])}${n(ctx, 1, 99)}`;
const email = (ctx, domain) =>
  `${ctx.pick(['m.salem', 'k.hassan', 'n.omar', 'r.yousef', 'a.khalil', 'writer'])}${n(ctx, 1, 40)}@${domain}`;
/** The lead of a text: its first words up to a comma or a full stop, at most `max` words (a key-points box says it again). */
const leadWords = (text, max = 14) => {
  const words = text.split(/\s+/u).filter(Boolean);
  const out = [];
  for (const w of words) {
    out.push(w);
    if (out.length >= max || /[.،,؛:]$/u.test(w)) break;
  }
  return out.join(' ').replace(/[.،,؛:]$/u, '');
};

/** The article's prose paragraphs (no byline line of its set, no read-also line): what a key-points box repeats. */
const proseOf = (article) =>
  article.paragraphs.filter((p) => p.split(/\s+/u).length >= 8 && !/^(?:اقرأ|إقرأ|طالع)/u.test(p));

export const FAMILIES_8 = [
  {
    site: 'family:columnist-portal',
    about:
      "an opinion portal: the column's name and the writer's photo and name over the headline, a date line, the column, a writer's card after it (photo alt text, role, social handles), \"مقالات أخرى للكاتب\", a disclaimer, a newsletter prompt, copyright",
    spec: {
      title: 'div.col-head h1',
      paras: 'div.col-text > p',
      standfirstAfter: 'div.col-head h1',
      tags: 'div.tag-slot',
      tail: 'div.card-slot',
      lists: [
        { heading: 'div.more-by h3', items: 'div.more-by li a' },
        { heading: 'div.top-cols h3', items: 'div.top-cols li a.t' },
      ],
    },
    tagStyles: [
      { style: 'sep-links', marker: 'وسوم', separator: ' ، ' },
      null,
      { style: 'ul-heading', marker: 'الموضوعات' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['wordpress', 'hijri', 'at-hour']));
      const writer = ctx.writer();
      const column = ctx.pick(['نافذة', 'على الهامش', 'رأي', 'بين السطور', 'وجهة نظر']);
      const head = ctx.pick(['photo-name', 'name-column', 'name-only']);
      const over =
        head === 'photo-name'
          ? `<div class="col-writer"><img src="/writers/${n(ctx, 1, 300)}.jpg" alt="${esc(writer)}"> ${link(writer, '/writer/1')}</div>`
          : head === 'name-column'
            ? `<div class="col-writer">${link(writer, '/writer/1')}</div><div class="col-name">${esc(column)}</div>`
            : `<div class="col-writer">${esc(writer)}</div>`;
      const card = `<div class="writer-card"><img src="/writers/${n(ctx, 1, 300)}.jpg" alt="${esc(ctx.pick([`صورة الكاتب ${writer}`, writer, 'صورة الكاتب']))}"><h4>${link(writer, '/writer/1')}</h4><p>${esc(ctx.pick(ROLES))}</p><p>${esc(handle(ctx))} | ${link(ctx.pick(['تابع الكاتب على إكس', 'فيسبوك', 'إكس']))}</p></div>`;
      const html = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(writer)}: ${esc(ctx.article.title)} | منبر الرأي</title></head><body>
<div class="top"><span>${esc(ctx.today('short')?.line ?? '')}</span> ${link('دخول')} ${link('اشترك')}</div>
<ul class="nav">${items(['الرئيسية', 'مقالات', 'كتّاب', 'أعمدة', 'حوارات', 'ملفات'], (x) => link(x))}</ul>
<div class="col-head">${over}
<h1>TITLE</h1>
${date ? `<div class="date">${esc(date.line)}</div>` : ''}</div>
<div class="col-text"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div>
<div class="card-slot">${card}</div>
<div class="more-by"><h3>${ctx.pick(['مقالات أخرى للكاتب', 'المزيد للكاتب'])}</h3><ul>${items(ctx.headlines(3), (h) => `${link(h)} <span>${esc(ctx.today('short')?.line ?? '')}</span>`)}</ul></div>
${disclaimer(ctx)}
${newsletter(ctx)}
<div class="top-cols"><h3>${ctx.pick(['الأكثر قراءة', 'أعمدة اليوم'])}</h3><ul>${ctx
        .headlines(3)
        .map((h) => thumbItem(ctx, h, listMeta(ctx)))
        .join('')}</ul></div>
<footer><p>${copyright(ctx, 'منبر الرأي')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:correspondent-desk',
    about:
      'a broadcaster\'s news desk: a section kicker, the headline, a correspondent line ("مراسلنا في بيروت – name", "name – مراسل الموقع في عمّان", the name over "مراسلنا في …", or "city – مراسلنا" with no name), a date line, a photo under the headline with a caption and a credit, a figure between paragraphs, "تقارير أخرى من مراسلينا" with a city and a date under each item, a comment count, an app prompt, copyright',
    spec: {
      title: 'div.report h1',
      paras: 'div.report-body > p',
      standfirstAfter: 'div.report h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.latest b', items: 'div.latest li a' },
        { heading: 'div.from-corr h3', items: 'div.from-corr li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'الكلمات المفتاحية', separator: ' • ' },
      { style: 'icon-sep' },
      { style: 'below', marker: 'وسوم', separator: ' | ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['channel', 'time-first', 'gulf', 'at-hour']));
      const site = 'شبكة المدى الإخبارية';
      const city = ctx.pick(CITIES);
      const name = ctx.writer();
      const form = ctx.pick(['in-city', 'in-city', 'name-role', 'name-over', 'no-name', 'none']);
      const corr = {
        'in-city': `<p class="corr">مراسلنا في ${esc(city)} – ${esc(name)}</p>`,
        'name-role': `<p class="corr">${esc(name)} – مراسل ${esc(site)} في ${esc(city)}</p>`,
        'name-over': `<div class="corr"><p>${link(name, '/corr/1')}</p><p>مراسلنا في ${esc(city)}</p></div>`,
        'no-name': `<p class="corr">${esc(city)} – مراسلنا</p>`,
        none: '',
      }[form];
      const author = ['in-city', 'name-role', 'name-over'].includes(form) ? name : null;
      const credit = photoCredit(ctx, ['photographer', 'bare-agency', 'copyright', 'none'], [name]);
      const hero = ctx.chance(0.7) ? figure(ctx, photoCaption(ctx), credit) : '';
      const inline = figure(ctx, photoCaption(ctx, { long: ctx.chance(0.5) }), null, 'inline');
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - ${site}</title></head><body>
<ul class="nav">${items(['الرئيسية', 'أخبار', 'تقارير المراسلين', 'العالم', 'اقتصاد', 'رياضة', 'برامج'], (x) => link(x))}</ul>
<div class="latest"><b>${ctx.pick(['آخر الأخبار', 'الأحدث'])}</b><ul>${items(ctx.headlines(3), (h) => `<span>${hhmm(ctx)}</span> ${link(h)}`)}</ul></div>
<div class="report"><p class="kicker">${esc(ctx.section())}</p>
<h1>TITLE</h1>
${corr}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
${hero}
<div class="report-body"><p>P1</p>${ctx.chance(0.6) ? inline : ''}<p>P2</p></div>
<div class="tag-slot"></div></div>
${commentCount(ctx)}
<div class="from-corr"><h3>${ctx.pick(['تقارير أخرى من مراسلينا', 'من مراسلينا'])}</h3><ul>${items(ctx.headlines(3), (h) => `${link(h)} <span>${esc(ctx.pick(CITIES))} – ${esc(ctx.today('short')?.line ?? '')}</span>`)}</ul></div>
${appPrompt(ctx, site)}
<footer><ul>${items(['من نحن', 'اتصل بنا', 'سياسة الخصوصية'], (x) => link(x))}</ul><p>${copyright(ctx, site)}</p></footer></body></html>`;
      return { html, frame: frame({ author, published: date?.gold ?? null, imageCredit: hero ? credit.gold : null }) };
    },
  },
  {
    site: 'family:feature-magazine',
    about:
      'a features magazine: a kicker ("تحقيق", "ملف", "قصة"), the headline, a deck above or under the date line, an "إعداد:" / "تحرير:" / "حوار:" / "بقلم:" line or none, a large photo with a long caption and "تصوير:" or "(أرشيفية)", a second figure before the third paragraph, a "تصحيح" or "ملاحظة المحرر" note after the text, "مقالات مرتبطة" with thumbnails and dates, a newsletter, copyright',
    spec: {
      title: 'div.feature-head h1',
      paras: 'div.feature-text > p',
      standfirst: 'div.feature-head p.deck',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.linked h3', items: 'div.linked li a.t' },
        { heading: 'div.popular h3', items: 'div.popular li a' },
      ],
    },
    tagStyles: [
      { style: 'list', marker: 'الكلمات الرئيسية' },
      { style: 'inline', marker: 'وسوم', separator: '، ' },
      { style: 'hash-list' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['wordpress', 'dotted', 'levant-both', 'at-hour']));
      const writer = ctx.chance(0.85) ? ctx.writer() : null;
      const label = ctx.pick(['إعداد:', 'تحرير:', 'حوار:', 'بقلم:']);
      const deckFirst = ctx.chance(0.5);
      const credit = photoCredit(ctx, ['photographer', 'photographer', 'archive', 'none'], [writer]);
      const hero = figure(ctx, photoCaption(ctx, { long: true }), credit, 'hero');
      const second = figure(ctx, photoCaption(ctx), ctx.chance(0.5) ? photoCredit(ctx, ['archive']) : null, 'inline');
      const meta = [
        deckFirst ? '<p class="deck">SUB</p>' : '',
        writer ? `<p class="by">${label} ${esc(writer)}</p>` : '',
        date ? `<p class="date">${esc(date.line)}</p>` : '',
        deckFirst ? '' : '<p class="deck">SUB</p>',
      ].join('\n');
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | مجلة المدار</title></head><body>
<div class="masthead">مجلة المدار <span>${esc(ctx.pick(['العدد', 'عدد']))} ${n(ctx, 100, 900)}</span></div>
<ul class="nav">${items(['الرئيسية', 'تحقيقات', 'ملفات', 'حوارات', 'ثقافة', 'علوم', 'أرشيف المجلة'], (x) => link(x))}</ul>
<div class="feature-head"><p class="kicker">${esc(ctx.pick(['تحقيق', 'ملف', 'قصة', 'تقرير خاص', 'حوار']))}</p>
<h1>TITLE</h1>
${meta}</div>
${hero}
<div class="feature-text"><p>P1</p><p>P2</p></div>
${ctx.chance(0.6) ? editorNote(ctx) : ''}
<div class="tag-slot"></div>
<div class="linked"><h3>${ctx.pick(['مقالات مرتبطة', 'قد يهمك أيضاً'])}</h3><ul>${ctx
        .headlines(3)
        .map((h) => thumbItem(ctx, h, ctx.today('short')?.line ?? ''))
        .join('')}</ul></div>
${newsletter(ctx)}
<div class="popular"><h3>الأكثر قراءة</h3><ol>${items(ctx.headlines(4), (h) => link(h))}</ol></div>
<footer><p>${copyright(ctx, 'مجلة المدار')}</p></footer></body></html>`;
      return {
        html,
        frame: frame({ author: writer, published: date?.gold ?? null, imageCredit: credit.gold }),
        spec: { spacer: (k) => (k === 2 ? second : '') },
      };
    },
  },
  {
    site: 'family:investigations-unit',
    about:
      'an investigations desk: breadcrumbs, the headline, two writers ("كتب: أ وب", "إعداد: أ و ب", or the two names alone) or one, a date line, an "أبرز النقاط" / "ملخص" bullet box of the text\'s own first words before it, a figure between paragraphs with "المصدر: AFP" or "© Reuters" on the caption\'s line, a method note, "تحقيقات سابقة" with dates, most-read with counts, copyright',
    spec: {
      title: 'div.inv h1',
      paras: 'div.inv-text > p',
      standfirstAfter: 'div.inv h1',
      tags: 'div.tag-slot',
      tail: 'div.method',
      lists: [
        { heading: 'div.previous h3', items: 'div.previous li a' },
        { heading: 'div.most h3', items: 'div.most li a.t' },
      ],
    },
    tagStyles: [
      { style: 'marker-ul', marker: 'موضوعات التحقيق' },
      { style: 'inline', marker: 'كلمات دلالية', separator: ' / ' },
      null,
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['albayan', 'dash-dmy', 'youm7']));
      const a = ctx.writer();
      const b = otherWriter(ctx, a);
      const form = ctx.pick(['kataba-two', 'idad-two', 'alone-two', 'kataba-one']);
      const [line, author] = {
        'kataba-two': [`كتب: ${a} و${b}`, `${a} و${b}`],
        'idad-two': [`إعداد: ${a} و ${b}`, `${a} و ${b}`],
        'alone-two': [`${a} و${b}`, `${a} و${b}`],
        'kataba-one': [`كتب: ${a}`, a],
      }[form];
      const points = proseOf(ctx.article)
        .slice(0, ctx.pick([2, 3]))
        .map((p) => leadWords(p));
      const box =
        points.length && ctx.chance(0.7)
          ? `<div class="key-points"><h4>${ctx.pick(['أبرز النقاط', 'ملخص', 'باختصار'])}</h4><ul>${items(points, esc)}</ul></div>`
          : '';
      const credit = photoCredit(ctx, ['source-latin', 'copyright', 'photo-label', 'bare-agency'], [a, b]);
      const fig = figure(ctx, photoCaption(ctx), credit, 'inline');
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | وحدة التحقيقات - الرصد</title></head><body>
<ul class="nav">${items(['الرئيسية', 'تحقيقات', 'بيانات', 'تدقيق', 'عن الوحدة'], (x) => link(x))}</ul>
<div class="crumbs">${link('الرئيسية')} › ${link('تحقيقات')} › ${link(ctx.section())}</div>
<div class="inv"><h1>TITLE</h1>
<p class="by">${esc(line)}</p>
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
${box}
<div class="inv-text"><p>P1</p>${fig}<p>P2</p></div>
<div class="tag-slot"></div>
<div class="method"><p>${esc(ctx.pick(['منهجية التحقيق: اعتمد الفريق على وثائق رسمية ومقابلات مع مصادر متعددة.', 'ملاحظة: جرى التحقق من الأرقام الواردة في التحقيق من مصدرين مستقلين على الأقل.', 'للتواصل مع وحدة التحقيقات وإرسال المعلومات: investigations@alrasd.example']))}</p></div></div>
<div class="previous"><h3>${ctx.pick(['تحقيقات سابقة', 'من أرشيف الوحدة'])}</h3><ul>${items(ctx.headlines(3), (h) => `${link(h)} <small>${esc(ctx.today('dash-dmy')?.line ?? '')}</small>`)}</ul></div>
<div class="most"><h3>الأكثر قراءة</h3><ol>${ctx
        .headlines(4)
        .map((h) => thumbItem(ctx, h, `${n(ctx, 200, 20000)} قراءة`))
        .join('')}</ol></div>
<footer><p>${copyright(ctx, 'الرصد')}</p></footer></body></html>`;
      return { html, frame: frame({ author, published: date?.gold ?? null, imageCredit: credit.gold }) };
    },
  },
  {
    site: 'family:meta-line-portal',
    about:
      'a portal whose writer is on the date line ("name | date", "date | name", "نشر بواسطة name في date", or "date | section" with no writer), a deck over that line, a photo under the headline with "© AFP", "(الصورة: رويترز)" or "(رويترز)", a previous / next strip, most-read with thumbnails and view counts, a share row, copyright',
    spec: {
      title: 'article h1',
      paras: 'article div.body > p',
      standfirstAfter: 'article h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.prev-next span.pn', items: 'div.prev-next a.pn-t' },
        { heading: 'div.most-read h3', items: 'div.most-read li a.t' },
      ],
    },
    tagStyles: [
      { style: 'rel-run', marker: 'الوسوم' },
      { style: 'inline', marker: 'Tags', separator: ' ، ' },
      { style: 'dl-tags', marker: 'كلمات مفتاحية' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['short', 'iso', 'slash-dmy', 'at-hour']));
      const writer = ctx.writer();
      const form = ctx.pick(['name-date', 'date-name', 'by-in', 'date-section', 'name-date']);
      const d = date ? esc(date.line) : '';
      const meta = {
        'name-date': `${link(writer, '/author/1')}${d ? ` | ${d}` : ''}`,
        'date-name': `${d ? `${d} | ` : ''}${link(writer, '/author/1')}`,
        'by-in': `نشر بواسطة ${link(writer, '/author/1')}${d ? ` في ${d}` : ''}`,
        'date-section': `${d ? `${d} | ` : ''}${link(ctx.section(), '/section/1')}`,
      }[form];
      const author = form === 'date-section' ? null : writer;
      const credit = photoCredit(ctx, ['copyright', 'photo-label', 'bare-agency', 'none'], [writer]);
      const hero = ctx.chance(0.8) ? figure(ctx, photoCaption(ctx), credit) : '';
      const [prev, next] = ctx.headlines(2);
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - بوابة الضفتين</title></head><body>
<header><a href="/">بوابة الضفتين</a> <ul>${items(['الرئيسية', 'سياسة', 'اقتصاد', 'مجتمع', 'رياضة', 'منوعات'], (x) => link(x))}</ul></header>
<article><h1>TITLE</h1>
<div class="meta">${meta}</div>
${hero}
<div class="body"><p>P1</p><p>P2</p></div>
<div class="tag-slot"></div></article>
<div class="share">${ctx.pick(['شارك:', 'مشاركة'])} ${['فيسبوك', 'إكس', 'واتساب', 'نسخ الرابط'].map((x) => link(x)).join(' ')}</div>
<div class="prev-next"><div><span class="pn">${ctx.pick(['المقال السابق', 'السابق'])}</span> <a class="pn-t" href="#">${esc(prev)}</a></div><div><span class="pn">${ctx.pick(['المقال التالي', 'التالي'])}</span> <a class="pn-t" href="#">${esc(next)}</a></div></div>
<div class="most-read"><h3>${ctx.pick(['الأكثر قراءة', 'الأكثر مشاهدة'])}</h3><ol>${ctx
        .headlines(4)
        .map((h) => thumbItem(ctx, h, `${n(ctx, 100, 30000)} مشاهدة`))
        .join('')}</ol></div>
<footer><p>${link('من نحن')} | ${link('اتصل بنا')} | ${link('شروط الاستخدام')}</p><p>${copyright(ctx, 'بوابة الضفتين')}</p></footer></body></html>`;
      return {
        html,
        frame: frame({ author, published: date?.gold ?? null, imageCredit: hero ? credit.gold : null }),
      };
    },
  },
  {
    site: 'family:signoff-email-paper',
    about:
      'a daily whose byline comes after the text: the name and an e-mail address, "* name، role" and "البريد الإلكتروني:", or "للتواصل مع الكاتب:" under the name, or no signature; a kicker, the headline, a date, a gallery strip of captions, a disclaimer, a comment count, a newsletter, copyright',
    spec: {
      title: 'div.news h1',
      paras: 'div.news-text > p',
      standfirstAfter: 'div.news h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.rel h3', items: 'div.rel li a' },
        { heading: 'div.latest h3', items: 'div.latest li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'الكلمات المفتاحية', separator: ' - ' },
      { style: 'buttons' },
      { style: 'list', marker: 'وسوم' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['gulf', 'levant', 'dot-dmy']));
      const writer = ctx.chance(0.8) ? ctx.writer() : null;
      const domain = 'alsabah-daily.example';
      const sign = writer
        ? ctx.pick([
            () => `<p>${esc(writer)}</p><p>${esc(email(ctx, domain))}</p>`,
            () =>
              `<p>* ${esc(writer)}، ${esc(ctx.pick(ROLES))}</p><p>البريد الإلكتروني: ${esc(email(ctx, domain))}</p>`,
            () => `<p>${esc(writer)}</p><p>للتواصل مع الكاتب: ${esc(email(ctx, domain))}</p>`,
            () => `<p>${esc(writer)} - ${esc(email(ctx, domain))}</p>`,
          ])()
        : '';
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | صحيفة الصباح الجديد</title></head><body>
<div class="masthead">صحيفة الصباح الجديد <span>${esc(ctx.today('levant')?.line ?? '')}</span></div>
<ul class="nav">${items(['الرئيسية', 'محليات', 'عربي ودولي', 'اقتصاد', 'ثقافة', 'رياضة', 'الأخيرة'], (x) => link(x))}</ul>
<div class="news">${ctx.chance(0.5) ? `<p class="kicker">${esc(ctx.section())}</p>` : ''}<h1>TITLE</h1>
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="news-text"><p>P1</p><p>P2</p></div>
<div class="sign-slot">${sign}</div>
${ctx.chance(0.6) ? gallery(ctx) : ''}
<div class="tag-slot"></div></div>
${disclaimer(ctx)}
${commentCount(ctx)}
<div class="rel"><h3>${ctx.pick(['أخبار ذات صلة', 'مواضيع متعلقة'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
${newsletter(ctx)}
<div class="latest"><h3>${ctx.pick(['آخر الأخبار', 'الأحدث'])}</h3><ul>${items(ctx.headlines(4), (h) => `${link(h)} <span>${hhmm(ctx)}</span>`)}</ul></div>
<footer><p>${copyright(ctx, 'صحيفة الصباح الجديد')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:photo-led-news',
    about:
      'a photo-led news site: a kicker, the headline, "كتب:" or no byline, a date, a lead photo whose caption (3 to 20 words) carries "تصوير:", "© AFP", "المصدر: Reuters", "(الصورة: …)", "(رويترز)" or "(أرشيفية)", a second captioned figure between the first paragraphs, a gallery strip ("1 / 5" and captions), "المزيد من الصور" with counts, copyright',
    spec: {
      title: 'div.story h1',
      paras: 'div.story-text > p',
      standfirstAfter: 'div.story h1',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.more-photos h3', items: 'div.more-photos li a.t' },
        { heading: 'div.news-strip b', items: 'div.news-strip li a' },
      ],
    },
    tagStyles: [{ style: 'chips' }, { style: 'inline', marker: 'الوسوم', separator: ' ، ' }, { style: 'hashtags' }],
    build(ctx) {
      const date = ctx.date(ctx.pick(['youm7', 'elbalad', 'short']));
      const writer = ctx.chance(0.6) ? ctx.writer() : null;
      const credit = photoCredit(
        ctx,
        ['photographer', 'copyright', 'source-latin', 'photo-label', 'bare-agency', 'archive'],
        [writer],
      );
      const lead = figure(ctx, photoCaption(ctx, { long: ctx.chance(0.4) }), credit, 'lead');
      const leadAfterDate = ctx.chance(0.7);
      const second = figure(
        ctx,
        photoCaption(ctx, { long: ctx.chance(0.5) }),
        ctx.chance(0.5) ? photoCredit(ctx, ['bare-agency', 'archive']) : null,
        'inline',
      );
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - عدسة الخبر</title></head><body>
<ul class="nav">${items(['الرئيسية', 'صور', 'فيديو', 'أخبار', 'رياضة', 'فن'], (x) => link(x))}</ul>
<div class="news-strip"><b>${ctx.pick(['شريط الأخبار', 'عاجل'])}</b><ul>${items(ctx.headlines(2), (h) => link(h))}</ul></div>
<div class="story">${ctx.chance(0.6) ? `<p class="kicker">${esc(ctx.pick(['بالصور', 'صور', ctx.section()]))}</p>` : ''}
<h1>TITLE</h1>
${leadAfterDate ? '' : lead}
${writer ? `<p class="by">كتب: ${esc(writer)}</p>` : ''}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
${leadAfterDate ? lead : ''}
<div class="story-text"><p>P1</p>${second}<p>P2</p></div>
${ctx.chance(0.7) ? gallery(ctx) : ''}
<div class="tag-slot"></div></div>
<div class="more-photos"><h3>${ctx.pick(['المزيد من الصور', 'ألبومات أخرى'])}</h3><ul>${ctx
        .headlines(3)
        .map((h) => thumbItem(ctx, h, `${n(ctx, 4, 40)} صورة`))
        .join('')}</ul></div>
<footer><p>${copyright(ctx, 'عدسة الخبر')}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null, imageCredit: credit.gold }) };
    },
  },
  {
    site: 'family:foreign-press-digest',
    about:
      'a digest of the foreign press: a kicker ("صحافة عالمية", "ترجمات"), the headline, a deck, a "ترجمة:" / "إعداد وترجمة:" / "ترجمة وتحرير:" line or none, a date, a photo with "Getty Images" or "المصدر: AFP" on the caption\'s line, "المصدر: <foreign paper>" after the text, a translator\'s disclaimer, "من الصحافة العالمية", a newsletter, copyright',
    spec: {
      title: 'div.digest h1',
      paras: 'div.digest-text > p',
      standfirst: 'div.digest p.deck',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.world-press h3', items: 'div.world-press li a' },
        { heading: 'div.picks h3', items: 'div.picks li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'الوسوم', separator: ' - ' },
      { style: 'bare-list' },
      { style: 'narrow-cell', marker: 'كلمات مفتاحية' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['albayan', 'short', 'iso', 'at-hour']));
      const writer = ctx.chance(0.8) ? ctx.writer() : null;
      const label = ctx.pick(['ترجمة:', 'إعداد وترجمة:', 'ترجمة وتحرير:']);
      const paper = ctx.pick(['الغارديان', 'نيويورك تايمز', 'لوموند', 'فايننشال تايمز', 'واشنطن بوست', 'دير شبيغل']);
      const source = ctx.chance(0.6) ? paper : null;
      const credit = photoCredit(ctx, ['copyright', 'source-latin', 'none'], [writer]);
      const hero = ctx.chance(0.6) ? figure(ctx, photoCaption(ctx), credit) : '';
      const deckFirst = ctx.chance(0.5);
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | عين على العالم</title></head><body>
<ul class="nav">${items(['الرئيسية', 'صحافة عالمية', 'ترجمات', 'تحليلات', 'مراكز أبحاث', 'كتب'], (x) => link(x))}</ul>
<div class="digest"><p class="kicker">${esc(ctx.pick(['صحافة عالمية', 'ترجمات', 'عين على الصحافة']))}</p>
<h1>TITLE</h1>
${deckFirst ? '<p class="deck">SUB</p>' : ''}
${writer ? `<p class="tr">${label} ${esc(writer)}</p>` : ''}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
${deckFirst ? '' : '<p class="deck">SUB</p>'}
${hero}
<div class="digest-text"><p>P1</p><p>P2</p></div>
<div class="src-slot">${source ? `<p class="src">المصدر: ${esc(paper)}</p>` : ''}</div>
<div class="tag-slot"></div></div>
<div class="note"><p>${ctx.pick(['المقالات المترجمة تعبر عن آراء كتابها ووجهة نظر الصحف التي نشرتها.', 'ترجمة خاصة بالموقع، ويمنع نقلها دون ذكر المصدر.'])}</p></div>
<div class="world-press"><h3>${ctx.pick(['من الصحافة العالمية', 'المزيد من الترجمات'])}</h3><ul>${items(ctx.headlines(3), (h) => `${link(h)} <span>${esc(ctx.pick(['الغارديان', 'لوموند', 'إيكونوميست', 'هآرتس']))}</span>`)}</ul></div>
${newsletter(ctx)}
<div class="picks"><h3>${ctx.pick(['اخترنا لك', 'مختارات المحرر'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<footer><p>${copyright(ctx, 'عين على العالم')}</p></footer></body></html>`;
      return {
        html,
        frame: frame({ author: writer, published: date?.gold ?? null, source, imageCredit: hero ? credit.gold : null }),
      };
    },
  },
  {
    site: 'family:app-first-news',
    about:
      'a mobile-first news site: an "open in the app" bar, a kicker, the headline, "بقلم:" before the text, a date, the text, a "تصحيح" note, a writer\'s card after the text, a newsletter and an app prompt, a comment count, a previous / next strip, related items with thumbnails and dates, most-read with counts, copyright',
    spec: {
      title: 'main h1',
      paras: 'main div.txt > p',
      standfirstAfter: 'main h1',
      tags: 'div.tag-slot',
      tail: 'div.after-slot',
      lists: [
        { heading: 'div.nav-strip span.l', items: 'div.nav-strip a.h' },
        { heading: 'div.related h3', items: 'div.related li a.t' },
        { heading: 'div.top h3', items: 'div.top li a.t' },
      ],
    },
    tagStyles: [
      { style: 'hashtag-text' },
      { style: 'inline', marker: 'كلمات دلالية', separator: '، ' },
      { style: 'chips' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['time-first', 'updated', 'wordpress']));
      const writer = ctx.chance(0.75) ? ctx.writer() : null;
      const site = 'خبرك';
      const [prev, next] = ctx.headlines(2);
      const card = writer
        ? `<div class="writer-box"><img src="/a/${n(ctx, 1, 99)}.jpg" alt="${esc(writer)}"><p>${link(writer, '/author/1')}</p><p>${esc(ctx.pick(ROLES))}</p></div>`
        : '';
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} | ${site}</title></head><body>
<div class="app-bar">${ctx.pick(['افتح في التطبيق', 'اقرأ على تطبيق خبرك'])} ${link('تحميل')}</div>
<header><button>☰</button> ${link(site, '/')} <button>بحث</button></header>
<main>${ctx.chance(0.6) ? `<p class="kicker">${esc(ctx.section())}</p>` : ''}<h1>TITLE</h1>
${writer ? `<p class="by">بقلم: ${esc(writer)}</p>` : ''}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<div class="txt"><p>P1</p><p>P2</p></div>
${ctx.chance(0.5) ? editorNote(ctx) : ''}
<div class="tag-slot"></div>
<div class="after-slot">${card}</div></main>
${newsletter(ctx)}
${appPrompt(ctx, site)}
${commentCount(ctx)}
<div class="nav-strip"><div><span class="l">${ctx.pick(['السابق', 'الخبر السابق'])}</span> <a class="h" href="#">${esc(prev)}</a></div><div><span class="l">${ctx.pick(['التالي', 'الخبر التالي'])}</span> <a class="h" href="#">${esc(next)}</a></div></div>
<div class="related"><h3>${ctx.pick(['أخبار ذات صلة', 'محتوى مشابه'])}</h3><ul>${ctx
        .headlines(3)
        .map((h) => thumbItem(ctx, h, ctx.today('short')?.line ?? ''))
        .join('')}</ul></div>
<div class="top"><h3>الأكثر قراءة</h3><ol>${ctx
        .headlines(4)
        .map((h) => thumbItem(ctx, h, `${n(ctx, 100, 50000)} قراءة`))
        .join('')}</ol></div>
<footer><p>${copyright(ctx, site)}</p></footer></body></html>`;
      return { html, frame: frame({ author: writer, published: date?.gold ?? null }) };
    },
  },
  {
    site: 'family:desk-bulletin',
    about:
      'a local bulletin that signs no writer: "كتب: المحرر", "فريق التحرير", "محرر الموقع" or no byline, a deck under the date line, a "ملخص الخبر" box that says the text\'s first words again, an archive photo, "المصدر: <agency>" after the text, "تابعونا على" and a disclaimer, "أحدث الأخبار" with times, a footer with a site map line',
    spec: {
      title: 'div.bulletin h1',
      paras: 'div.bulletin-text > p',
      standfirst: 'div.bulletin p.deck',
      tags: 'div.tag-slot',
      tail: 'div.tag-slot',
      lists: [
        { heading: 'div.newest h3', items: 'div.newest li a' },
        { heading: 'div.same h3', items: 'div.same li a' },
      ],
    },
    tagStyles: [
      { style: 'inline', marker: 'وسوم', separator: ' | ' },
      { style: 'p-anchors' },
      { style: 'below', marker: 'الكلمات المفتاحية', separator: '، ' },
    ],
    build(ctx) {
      const date = ctx.date(ctx.pick(['elbalad', 'agency', 'hijri-numeric', 'at-hour']));
      const desk = ctx.pick(['كتب: المحرر', 'فريق التحرير', 'محرر الموقع', 'إعداد: فريق التحرير', null]);
      const source = ctx.chance(0.6) ? ctx.pick(['وكالات', 'الوكالة الوطنية للإعلام', 'بترا', 'واس']) : null;
      const lead = proseOf(ctx.article)[0];
      const summary =
        lead && ctx.chance(0.6)
          ? `<div class="summary"><b>${ctx.pick(['ملخص الخبر', 'باختصار', 'الخلاصة'])}</b><p>${esc(leadWords(lead, 18))}</p></div>`
          : '';
      const photo = ctx.chance(0.5)
        ? figure(ctx, photoCaption(ctx), photoCredit(ctx, ['archive', 'bare-agency']), 'archive')
        : '';
      const html = `<html><head><meta charset="utf-8"><title>${esc(ctx.article.title)} - نشرة المدينة</title></head><body>
<ul class="nav">${items(['الرئيسية', 'أخبار المدينة', 'خدمات', 'وفيات', 'إعلانات', 'اتصل بنا'], (x) => link(x))}</ul>
<div class="bulletin"><h1>TITLE</h1>
${desk ? `<p class="desk">${esc(desk)}</p>` : ''}
${date ? `<p class="date">${esc(date.line)}</p>` : ''}
<p class="deck">SUB</p>
${summary}
${photo}
<div class="bulletin-text"><p>P1</p><p>P2</p></div>
<div class="src-slot">${source ? `<p>المصدر: ${esc(source)}</p>` : ''}</div>
<div class="tag-slot"></div></div>
<div class="follow"><p>${ctx.pick(['تابعونا على فيسبوك وإكس وتلغرام', 'تابعونا على قناتنا في واتساب'])}</p></div>
${disclaimer(ctx)}
<div class="same"><h3>${ctx.pick(['أخبار أخرى', 'المزيد من أخبار المدينة'])}</h3><ul>${items(ctx.headlines(3), (h) => link(h))}</ul></div>
<div class="newest"><h3>${ctx.pick(['أحدث الأخبار', 'آخر الأخبار'])}</h3><ul>${items(ctx.headlines(4), (h) => `${link(h)} <span>${hhmm(ctx)}</span>`)}</ul></div>
<footer><p>${['الرئيسية', 'من نحن', 'أعلن معنا', 'الخصوصية', 'اتصل بنا'].join(' | ')}</p><p>${copyright(ctx, 'نشرة المدينة')}</p></footer></body></html>`;
      return { html, frame: frame({ published: date?.gold ?? null, source }) };
    },
  },
];
