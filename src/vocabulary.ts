/**
 * What more than one stage names, declared once and imported: the kinds of section a marker opens
 * (cleaners write them, the segmenter reads them, the fields take them, the schema lists them), how an
 * article lists another (the record's `related[].relation`), and the words the stages match: the HTML
 * front end finds the related lists of a page under these labels, and cleaners name them in their
 * patterns (`{see-also}` in the generic cleaner's read-also rule; cleaners/alternatives.ts). Words are
 * written in plain Arabic: readers fold them to the matching form (text/normalize.ts) as they fold the page.
 */

/**
 * How an article lists another (`related[].relation`), and the sections that hold such lists:
 * `read-also` a box picked for this article (or an embedded article), `similar` a list of articles on
 * the same subject, `more` a list of the site's other articles (its latest, its section's).
 */
export const RELATIONS = ['read-also', 'similar', 'more'] as const;
export type Relation = (typeof RELATIONS)[number];
export const isRelation = (kind: string): kind is Relation => (RELATIONS as readonly string[]).includes(kind);

/** Sections that swallow everything up to the next marker, whatever its lines look like. */
const GREEDY_KINDS = ['comments', 'footer', 'drop'] as const;
export const isGreedy = (kind: string): boolean => (GREEDY_KINDS as readonly string[]).includes(kind);

/** Sections that run over the blocks after their marker: tags, related lists, and the greedy ones; see segment/. */
const TAIL_KINDS = ['keywords', ...RELATIONS, ...GREEDY_KINDS] as const;
export type TailKind = (typeof TAIL_KINDS)[number];

/**
 * What a marker line opens: a tail section, or a field whose value is the rest of the marker's line or
 * else the next line ("المصدر:" then "(أبوظبي - البيان)"; "التاريخ:" then the date line).
 */
export const SECTION_KINDS = [...TAIL_KINDS, 'source', 'author', 'date'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];
export type FieldSectionKind = Exclude<SectionKind, TailKind>;
export const isTailKind = (kind: string): kind is TailKind => (TAIL_KINDS as readonly string[]).includes(kind);

/**
 * "Read also", "see also": a verb of reading or watching, then "also", or a label that says the site
 * picked the stories under it for the reader ("اخترنا لك", "لا تفوت", "للمزيد اقرأ"). What follows is a box of
 * articles picked for this one, or a whole embedded article: the relation `read-also`, whichever words
 * the site chose (Sputnik's "see also" box is one), never a list of `similar` articles.
 */
export const SEE_ALSO = [
  ...['اقرأ', 'طالع', 'شاهد', 'تابع', 'انظر'].flatMap((verb) => [`${verb} أيضا`, `${verb} كذلك`]),
  'اخترنا لك',
  'اخترنا لكم',
  'لا تفوت',
  'لا يفوتك',
  'للمزيد اقرأ',
  'يمكنك أيضا قراءة',
];
/** The commonest see-also label, the one left in a body that says a cleaner missed a read-also box. */
export const READ_ALSO = SEE_ALSO[0]!;

/**
 * A heading of `similar` articles is a noun for the items then a word of likeness: "مواضيع ذات صلة",
 * "مقالات مشابهة", "الأخبار المتعلقة" (the HTML front end also reads them with the article "ال").
 */
export const RELATED_NOUNS = ['مقالات', 'مواضيع', 'أخبار', 'موضوعات', 'تقارير', 'قصص'];
export const SIMILAR_QUALIFIERS = ['مشابهة', 'ذات صلة', 'ذات علاقة', 'متعلقة', 'مرتبطة', 'متصلة'];
/**
 * Headings of `similar` articles that stand alone: "ذات صلة", "قد يهمك" ("may interest you"), "قد يعجبك", "محتوى مشابه"
 * ("similar content").
 */
export const SIMILAR_HEADINGS = ['ذات صلة', 'قد يهمك', 'قد يعجبك', 'محتوى مشابه', 'محتوى ذو صلة'];

/**
 * Reporting verbs that open a paragraph going on from the one before once "و" or "كما" stands before them
 * ("وأضاف", "وقالت", "كما أكد"): a story's text never opens so. In the labelled articles' dev split, 17% of
 * the paragraphs after the first open with one of these or GOING_ON_PHRASES, 3 of 526 first ones (excerpts
 * cut mid-text); none of the 2,785 dev-set gold records' first paragraphs does.
 */
export const REPORTING_VERBS = [
  ['أضاف', 'أضافت'],
  ['تابع', 'تابعت'],
  ['أشار', 'أشارت'],
  ['أكد', 'أكدت'],
  ['قال', 'قالت'],
  ['أوضح', 'أوضحت'],
  ['أردف', 'أردفت'],
  ['اختتم', 'اختتمت'],
  ['ختم', 'ختمت'],
  ['بين', 'بينت'],
  ['لفت', 'لفتت'],
  ['نوه', 'نوهت'],
  ['شدد', 'شددت'],
  ['ذكر', 'ذكرت'],
  ['أفاد', 'أفادت'],
  ['أعرب', 'أعربت'],
  ['اعتبر', 'اعتبرت'],
  ['رأى', 'رأت'],
  ['استطرد', 'استطردت'],
  ['استدرك', 'استدركت'],
  ['مضى', 'مضت'],
  ['تساءل', 'تساءلت'],
  ['أجاب', 'أجابت'],
  ['أعلن', 'أعلنت'],
].flat();
/**
 * Words that open a clause of the text that announces the list under it ("وتشمل الشروط المطلوبة:", "وجاءت
 * النتائج:", "وبحسب الأرقام الرسمية:"), "و" or "ف" before them or not: a verb of holding or of coming out, or
 * "according to". No site's label opens so.
 */
export const LIST_LEAD_WORDS = [
  ['شمل', 'شملت', 'يشمل', 'تشمل'],
  ['تضمن', 'تضمنت', 'يتضمن', 'تتضمن'],
  ['ضم', 'ضمت', 'يضم', 'تضم'],
  ['جاء', 'جاءت'],
  ['كان', 'كانت'],
  ['أسفر', 'أسفرت'],
  ['بحسب', 'حسب', 'وفق'],
].flat();
/** Phrases that open a paragraph going on from the one before ("من جهته", "بدوره", "في المقابل", "أما"), "و" or not. */
export const GOING_ON_PHRASES = [
  'من جهته',
  'من جهتها',
  'من جانبه',
  'من جانبها',
  'بدوره',
  'بدورها',
  'في المقابل',
  'في السياق ذاته',
  'في السياق نفسه',
  'في هذا السياق',
  'في هذا الصدد',
  'في سياق متصل',
  // Connectives that take up what the text said before ("أما بالنسبة إلى …", "غير أن …"): no story opens with one.
  'أما',
  'غير أن',
  'إلا أن',
  'لكن',
  'بيد أن',
];

/**
 * Words that say a line is a photo's caption: its first word ("صورة أرشيفية", "لقطة من الفيديو": no
 * one's name), or the words in brackets that end it ("المسجد الأقصى (أرشيفية)").
 */
export const PHOTO_CAPTION_WORDS = ['صورة', 'الصورة', 'لقطة', 'أرشيف', 'أرشيفية', 'فيديو', 'مشهد', 'جانب', 'صور'];
/**
 * The ordinal adverbs that number a text's points or subheads ("أولا: خلفية الأزمة", "ثالثا: إشراك المجتمع"):
 * no city before a byline's name.
 */
export const ORDINAL_ADVERBS = [
  'أولا',
  'ثانيا',
  'ثالثا',
  'رابعا',
  'خامسا',
  'سادسا',
  'سابعا',
  'ثامنا',
  'تاسعا',
  'عاشرا',
  'أخيرا',
];
/**
 * Words that open a photo's caption with no brackets after them ("جانب من تكريم أمير عسير", "صورة أرشيفية لوزير
 * الزراعة"): no headline's.
 */
export const CAPTION_OPENINGS = [
  'جانب من',
  'لقطة من',
  'صورة أرشيفية',
  'صورة من الأرشيف',
  'صورة تعبيرية',
  'صورة توضيحية',
];

/**
 * The generic cleaner's rule that drops a share row ("شارك: فيسبوك تويتر واتساب"): a line it drops under the
 * article's prose is the article's tail, as its tags are (segment/units.ts reads it off the cleaners' trace).
 */
export const SHARE_ROW_RULE = { cleaner: 'generic', rule: 'share-line' } as const;

/**
 * The generic cleaner's rule that drops a "more" button ("اقرأ المزيد", "عرض المزيد"): under the article's tail, one
 * over a list of headlines heads that list as a heading no rule knows does (segment/units.ts).
 */
export const MORE_BUTTON_RULE = { cleaner: 'generic', rule: 'more-button' } as const;

/**
 * What a headline says in brackets at its end of what the story holds ("… (صور)", "… (فيديو)"): the same
 * words as a caption's mark, but a headline's label.
 */
export const MEDIA_LABEL_WORDS = ['صور', 'بالصور', 'فيديو', 'بالفيديو'];

/**
 * What a story's headline says it holds when a label opens it ("فيديو | …", "إنفوجراف: …"): over the text it is
 * the headline's badge; among the text's paragraphs, a link to the site's photo or video story.
 */
export const MEDIA_BADGES = [
  ...MEDIA_LABEL_WORDS,
  'شاهد',
  'شاهد بالفيديو',
  'إنفوغرافيك',
  'إنفوجراف',
  'إنفوجرافيك',
  'فيديوجراف',
  'ألبوم صور',
];

/**
 * The first word of a section's name ("شؤون خليجية", "أخبار العالم", "قضايا وآراء"): a plural of things,
 * no person's name starts with one.
 */
export const SECTION_NOUNS = ['شؤون', 'قضايا', 'آراء', 'ملفات', 'حوادث', 'منوعات', 'أحداث', ...RELATED_NOUNS];

/**
 * The names news sites give their sections, as a menu or a breadcrumb prints them over a story ("الرئيسية >
 * اقتصاد"): a line that is one of them whole is the story's section, never its headline.
 */
export const SECTION_NAMES = [
  'أخبار',
  'سياسة',
  'اقتصاد',
  'رياضة',
  'ثقافة',
  'فن',
  'فنون',
  'ثقافة وفن',
  'منوعات',
  'صحة',
  'علوم',
  'تكنولوجيا',
  'تقنية',
  'محليات',
  'محلي',
  'عربي',
  'دولي',
  'عربي ودولي',
  'العالم',
  'حوادث',
  'مجتمع',
  'تعليم',
  'سياحة',
  'سيارات',
  'رأي',
  'آراء',
  'مقالات',
  'اقتصاد وأعمال',
  'أعمال',
  'ثقافة وفنون',
];

/**
 * How a print paper's overline opens: a circumstance of the story under it, a time, an occasion or a frame
 * ("بعد زيارة قصيرة لدولة قطر", "قبيل انطلاق الوفد السوري إلى موسكو", "وفق تقرير لـ …", "خلال لقاء مع …",
 * "على هامش …"). A headline says what happened; a line that opens so and says no more leads into the headline
 * under it.
 */
export const OVERLINE_OPENERS = [
  'بعد',
  'قبل',
  'قبيل',
  'بعيد',
  'عقب',
  'إثر',
  'خلال',
  'وسط',
  'أمام',
  'وفق',
  'وفقا',
  'بحضور',
  'برعاية',
  'بمناسبة',
  'في ظل',
  'في إطار',
  'على هامش',
];

/**
 * The first word of a story's genre label, printed over or under its headline or beside its date line ("تقرير
 * خاص", "تحليل إخباري", "خبر عاجل", "متابعة خاصة", "مقال رأي"): in a byline's place, furniture that names no writer.
 */
export const GENRE_NOUNS = [
  'تقرير',
  'تحليل',
  'تحقيق',
  'حوار',
  'مقابلة',
  'مقال',
  'رأي',
  'قصة',
  'قراءة',
  'دراسة',
  'متابعة',
  'متابعات',
  'تغطية',
  'خبر',
  'موجز',
  'نشرة',
  'ترجمة',
  'افتتاحية',
  'تعليق',
];

/**
 * The first word of a widget's heading ("أسعار الصرف", "أداء الأسواق", "ترتيب الدوري", "جدول الترتيب"):
 * a market or league box that a renderer prints beside the article's lines; or of a page's control or label
 * printed between the headline and the text ("حجم الخط", "مدة القراءة", "تشغيل الفيديو", "شاهد الفيديو",
 * "محتوى مدعوم", "تحديث مستمر"). No person's name starts so.
 */
export const WIDGET_NOUNS = [
  'أسعار',
  'أداء',
  'مؤشرات',
  'أسواق',
  'ترتيب',
  'جدول',
  'نتائج',
  'حجم',
  'مدة',
  'تشغيل',
  'شاهد',
  'استمع',
  'محتوى',
  // A live page's notice that it updates ("تحديث مستمر", "يتم تحديث الصفحة تلقائياً").
  'تحديث',
  'يتم',
];

/**
 * The first word of an outlet's name ("قناة الغد العربي", "وكالة الأنباء الوطنية", "صحيفة الوادي"): a
 * name line that starts with one names the publisher (the source), not a writer.
 */
export const OUTLET_NOUNS = ['قناة', 'وكالة', 'شبكة', 'صحيفة', 'جريدة', 'مجلة', 'موقع', 'إذاعة', 'تلفزيون', 'بوابة'];

/**
 * Cities a correspondent files from, as a byline prints them after the name with no mark between ("محمد
 * عليان دبي", a flattened span): the Arab capitals and the region's large cities, and the world's capitals
 * most bylines name. None is a family name (those are the adjectives: "البغدادي", not "بغداد").
 */
export const BYLINE_CITIES = [
  ...['القاهرة', 'الإسكندرية', 'الرياض', 'جدة', 'مكة المكرمة', 'الدمام', 'دبي', 'أبوظبي', 'أبو ظبي', 'الشارقة'],
  ...['الدوحة', 'المنامة', 'الكويت', 'مسقط', 'صنعاء', 'عدن', 'المكلا', 'بغداد', 'البصرة', 'الموصل', 'أربيل'],
  ...['دمشق', 'حلب', 'بيروت', 'عمان', 'عمّان', 'القدس', 'رام الله', 'غزة', 'الخرطوم', 'تونس', 'الجزائر', 'الرباط'],
  ...['الدار البيضاء', 'طرابلس', 'بنغازي', 'نواكشوط', 'مقديشو', 'جيبوتي', 'أنقرة', 'إسطنبول', 'طهران', 'باريس'],
  ...['لندن', 'واشنطن', 'نيويورك', 'موسكو', 'برلين', 'جنيف', 'بروكسل'],
];

/**
 * The words of a date's label on a meta line ("تاريخ النشر", "آخر تحديث", "تم نشره"): words before a
 * date that name no one.
 */
export const DATE_LABEL_WORDS = [
  'تاريخ',
  'بتاريخ',
  'تم',
  'نشر',
  'نشره',
  'النشر',
  'تحديث',
  'التحديث',
  'آخر',
  'محدث',
  'منذ',
  'اليوم',
  'أمس',
];

/**
 * Common Arabic given names as bylines print them, men's then women's: a name that only its place calls a
 * writer's (the page's last line, a line alone under the text) shows it is one by a given name, first or a
 * father's ("صالح بوذينة", "أوس داود يعقوب"), where a closing formula ("حفظ الله مصر", "عاشت فلسطين حرة") has none. Written by hand from the
 * commonest names; not exhaustive: a family name with the article ("… الشريف"), a particle ("بن", "أبو") or an
 * honorific shows a name too.
 */
export const GIVEN_NAMES = `
  محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد سعيد سعد سعود صالح إبراهيم إسماعيل يوسف يونس يحيى يعقوب موسى
  عيسى داود سليمان سليم سالم سامي سامر سمير طارق طلال طه ياسر ياسين وليد وائل وسام هشام هاني هيثم حمزة حازم حاتم
  حامد حمدي حمد حميد جمال جميل جابر جاسم جلال جواد رامي رامز رائد رشيد رضا رياض زياد زكي زكريا زهير زيد شريف شادي
  شاكر صبري صلاح صابر صادق ضياء عادل عاطف عامر عبده عدنان عزت عصام علاء عماد عمار عمرو عوض عيد غسان فادي فارس فاروق
  فؤاد فتحي فراس فهد فيصل فايز كريم كمال كامل ماجد مازن مالك مجدي مراد مروان مهدي منصور منير مؤمن ممدوح ناصر نبيل
  نادر نصر نزار نعيم نور هادي هاشم أسامة أشرف أكرم أمجد أمين أنس أنور أيمن أيوب إياد إيهاب بكر بلال بدر بسام بشير
  بشار تامر توفيق ثامر جهاد حسام خليل خليفة راشد ربيع رفيق رمضان سلطان سلمان شوقي عبدالله عبدالرحمن عبدالعزيز
  عبدالكريم عبدالحميد عبدالرحيم عبدالقادر عبدالسلام مهند معاذ مختار مدحت نجيب نضال هلال وحيد وجدي يزيد
  فاطمة عائشة خديجة مريم زينب سارة نورة هدى هند هالة هبة هيفاء ليلى لينا لمياء منى مها مي ميساء نادية نجلاء نسرين
  نهى نوال نجوى ريم رانيا رنا رشا رحاب ريهام رباب سلمى سميرة سهام سعاد سوزان سناء شيماء صفاء عبير علا غادة فرح ولاء
  وفاء ياسمين أسماء أمل أميرة إيمان آمال آية بسمة جميلة حنان خلود دعاء دينا رهف زهرة سحر سمر سها شهد عزة غدير لبنى
  مروة منال منية ندى نرمين نهلة هيام وداد ابتسام إسراء إيناس بشرى تغريد حياة
`
  .trim()
  .split(/\s+/u);

/**
 * What a writer is, printed after their name in a byline ("د. مامودو كان ـ أستاذ جامعي", "… - كاتب
 * صحفي"): the first word of the role.
 */
export const WRITER_ROLE_WORDS = [
  'أستاذ',
  'أستاذة',
  'كاتب',
  'كاتبة',
  'باحث',
  'باحثة',
  'صحفي',
  'صحفية',
  'صحافي',
  'صحافية',
  'إعلامي',
  'إعلامية',
  'أكاديمي',
  'أكاديمية',
  'محلل',
  'محللة',
  'خبير',
  'خبيرة',
  'محرر',
  'محررة',
  'مدير',
  'مديرة',
  'مراسل',
  'مراسلة',
  'روائي',
  'روائية',
  'شاعر',
  'شاعرة',
];

/**
 * The labels that open a byline, before the writer's name ("بقلم: …", "كتب - …", "كتبت …", "بواسطة …", "مراسلنا …"):
 * words that name the writer next and nothing else.
 */
export const BYLINE_LABELS = ['بقلم', 'كتب', 'كتبت', 'كتبه', 'بواسطة', 'مراسلنا', 'مراسلتنا', 'by'];

/**
 * The labels of a contributor's part before their name ("تقرير: …", "حوار: …", "إعداد: …", "ترجمة: …"):
 * the article's writer, in the record's `author`.
 */
export const CONTRIBUTION_LABELS = [
  'تقرير',
  'حوار',
  // The interviewer of a question-and-answer interview ("حاوره: …", "أجرى الحوار: …").
  'حاوره',
  'حاورها',
  'أجرى الحوار',
  'أجرت الحوار',
  'إعداد',
  'أعدها',
  'متابعة',
  'تحرير',
  'ترجمة',
  'تحقيق',
  'استطلاع',
  // A review's writer ("عرض: …", "قراءة: …": a book's, a film's) and a programme's host ("تقديم: …", "إعداد
  // وتقديم: …": a podcast's or a video report's).
  'عرض',
  'قراءة',
  'تقديم',
  'إعداد وتقديم',
];

/**
 * The labels of a photo's credit before the photographer's name ("تصوير: …", "عدسة - …", "بعدسة: …", "حقوق
 * الصورة: …"): the record's `imageCredit`, never its `author`.
 */
export const PHOTO_CREDIT_LABELS = [
  'تصوير',
  'عدسة',
  'بعدسة',
  'عدسة المصور',
  'المصور',
  'الصورة',
  'صورة',
  'مصدر الصورة',
  'حقوق الصورة',
  'photo',
];

/**
 * Wire services whose photos carry their credit as "AGENCY/photographer" ("REUTERS/…", "AP Photo/…") or
 * "photographer/AGENCY" ("…/AFP via Getty Images").
 */
export const WIRE_PHOTO_AGENCIES = [
  'reuters',
  'afp',
  'afp via getty images',
  'ap',
  'ap photo',
  'epa',
  'epa-efe',
  'efe',
  'dpa',
  'xinhua',
  'anadolu',
  'anadolu agency',
  'getty images',
  'upi',
  'sipa',
];

/** Photo agencies that sell pictures, not news: such a name alone on a line credits the photo. */
export const PHOTO_AGENCIES = [
  'getty images',
  'afp via getty images',
  'shutterstock',
  'istock',
  'istockphoto',
  'alamy',
  // Getty as Arabic pages write it.
  'غيتي',
  'جيتي',
  'غيتي إيميجز',
  'جيتي إيماجز',
];

/**
 * News agencies by the short Arabic names a wire dateline gives them ("صنعاء، سبأ -"), the state agencies among
 * them ("سونا", "لاماب", "نينا", "وات").
 */
export const NEWS_AGENCIES = [
  'ا ف ب',
  'ا.ف.ب',
  'ا ش ا',
  'رويترز',
  'د ب ا',
  'د.ب.ا',
  'يو بي آي',
  'شينخوا',
  'الأناضول',
  'واس',
  'بترا',
  'سانا',
  'وام',
  'قنا',
  'كونا',
  'سبا',
  'واج',
  'ماب',
  'لاماب',
  'اسوشيتد برس',
  'سونا',
  'نينا',
  'واع',
  'وات',
  'تاب',
  'وفا',
  'بنا',
  'العمانية',
];

/**
 * The labels of a post's navigation links ("Previous: …", "المقال التالي: …"): the headline after one is
 * another article's link, not a headline of this page.
 */
export const POST_NAV_LABELS = [
  'السابق',
  'التالي',
  'المقال السابق',
  'المقال التالي',
  'الخبر السابق',
  'الخبر التالي',
  'previous',
  'next',
  'previous post',
  'next post',
];

/**
 * Labels of a tag line that head it even with no colon ("الوسوم مجلس الأمن غزة"): words that name tags
 * and nothing else a line may start with.
 */
export const TAG_LABELS = [
  'كلمات دلالية',
  'الكلمات الدلالية',
  'الكلمات الدالة',
  'كلمات مفتاحية',
  'الكلمات المفتاحية',
  'الوسوم',
  'وسوم',
  'tags',
];

/**
 * Every label of a tag line, Persian ones too ("برچسب‌ها"): a marker with a colon, or alone on its line
 * (a headline may start with "هاشتاغ" or "Tag"). The text reader does not join a line that opens with
 * one and its colon to the paragraph a renderer hard-wrapped above it.
 */
export const TAG_MARKERS = [
  ...TAG_LABELS,
  'كلمات دالة',
  'تاجز',
  'تاغ',
  'تاغات',
  'تاجات',
  'أوسمة',
  'الأوسمة',
  'هاشتاق',
  'هاشتاج',
  'هاشتاغ',
  'هاشتاجات',
  'هاشتاغات',
  'كلمات البحث',
  // "Main words", as the Arabic editions of Persian agencies label the tag line; "basic words", "key words"
  // in other spellings, "marks" and "tag" in the singular, "linked words" and "related words".
  'الكلمات الرئيسية',
  'كلمات رئيسية',
  'الكلمات الأساسية',
  'كلمات أساسية',
  'كلمات مفتاح',
  'العلامات',
  'علامات',
  'الوسم',
  'وسم',
  'التاغات',
  'الكلمات المرتبطة',
  'الكلمات المتعلقة',
  'كلمات متعلقة',
  // Blogger's "Labels" ("التسميات: …", under every post of its Arabic templates).
  'التسميات',
  'tag',
  'keywords',
  // French, as bilingual Maghreb dailies label the tag line.
  ...['mots-clés', 'mots clés', 'étiquettes'],
  ...['واژه هاي كليدي', 'واژههاي كليدي'],
  ...['كليد واژه ها', 'كليدواژه ها', 'كليد واژهها', 'كليدواژهها'],
  ...['برچسب ها', 'برچسبها'],
];

/**
 * "Topics": a <dl>'s term over the article's topic links, alone on its line or heading a bare tag line
 * with no colon. Not a tag marker: "مواضيع ذات صلة" heads a related list.
 */
export const TOPIC_LABELS = ['مواضيع', 'المواضيع', 'موضوعات', 'الموضوعات'];

/** The heading of a writer's card under the text ("عن الكاتب", then the name and what the writer is): no tag. */
export const WRITER_CARD_HEADINGS = [
  'عن الكاتب',
  'عن الكاتبة',
  'عن المؤلف',
  'حول الكاتب',
  'نبذة عن الكاتب',
  'about the author',
];

/**
 * What a CMS or a CDN prints where a page had an e-mail address: "هذا البريد محمى من المتطفلين. تحتاج
 * إلى تشغيل الجافا سكريبت لمشاهدته." (Joomla), "[email protected]" (Cloudflare). The notice names the
 * address (one of these nouns), says it is protected and asks for the script (one of these names).
 */
const EMAIL_NOUNS = [
  'البريد',
  'البريد الإلكتروني',
  'عنوان البريد الإلكتروني',
  'الإيميل',
  'email address',
  'email',
  'e-mail',
];
const SCRIPT_NAMES = ['جافا سكريبت', 'جافاسكريبت', 'جافا سكربت', 'جافاسكربت', 'javascript'];

/**
 * The social platforms as Arabic pages spell them, for share rows, "follow us" lines and channel prompts (their
 * Latin names stay in the rules, which write them as regexes: "whats ?app").
 */
export const SOCIAL_PLATFORMS = [
  'فيسبوك',
  'فيس بوك',
  'تويتر',
  'واتساب',
  'واتس آب',
  'تيليجرام',
  'تيليغرام',
  'تليجرام',
  'تليغرام',
  'تلجرام',
  'تلغرام',
  'لينكدين',
  'لينكدإن',
  'انستغرام',
  'انستجرام',
  'انستقرام',
  'ماسنجر',
  'يوتيوب',
  'تيك توك',
  'سناب شات',
  'جوجل بلس',
  // X, Twitter's name since 2023, as Arabic pages write it ("شارك على إكس").
  'إكس',
];

/**
 * The labels that open a share row ("شارك الخبر: فيسبوك تويتر", "انشر على: …"): the generic cleaner's share-line
 * rule drops the row, and under a tag line a renderer's line that opens with one is a row of its own, not the tag
 * line's wrapped rest (document/fromText.ts).
 */
export const SHARE_LABELS = [
  'شارك',
  'مشاركة',
  'شارك الخبر',
  'شارك هذا الخبر',
  'شارك المقال',
  'شارك هذا المقال',
  'مشاركة الخبر',
  'شارك عبر',
  'شارك على',
  'مشاركة عبر',
  'انشر',
  // "Post on:" over the platforms ("انشر على: فيسبوك | تويتر").
  'انشر على',
];

/**
 * A copyright line's mark, on the matching form: "©", "copyright", rights said reserved ("جميع الحقوق محفوظة", the
 * Persian "كليه حقوق اين سايت … محفوظ است"), all rights named ("كليه حقوق …") or those of publishing ("حقوق النشر");
 * the rights a story speaks of ("حقوق الإنسان") are not one.
 */
export const COPYRIGHT_MARK =
  /©|copyright|حقوق(?:\s+\S+){0,4}?\s+محفوظ|(?:جميع|كل|كليه)\s+(?:ال)?حقوق|حقوق\s+(?:ال)?(?:نشر|طبع)/u;

/**
 * Labels before the outlet a story is credited to ("المصدر: سكاي نيوز عربية", "نقلا عن: …"): the story's source,
 * which a page that republishes it names, not the page's own site.
 */
export const SOURCE_LABELS = ['المصدر', 'مصدر الخبر', 'نقلا عن', 'source'];

/** The lists a cleaner's pattern can name, by the name it writes in braces. */
export const VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  'see-also': SEE_ALSO,
  'related-nouns': RELATED_NOUNS,
  'similar-qualifiers': SIMILAR_QUALIFIERS,
  'similar-headings': SIMILAR_HEADINGS,
  'tag-labels': TAG_LABELS,
  'tag-markers': TAG_MARKERS,
  'topic-labels': TOPIC_LABELS,
  'email-nouns': EMAIL_NOUNS,
  'script-names': SCRIPT_NAMES,
  platforms: SOCIAL_PLATFORMS,
  'share-labels': SHARE_LABELS,
  'writer-card-headings': WRITER_CARD_HEADINGS,
  'byline-labels': BYLINE_LABELS,
  'contribution-labels': CONTRIBUTION_LABELS,
  'photo-credit-labels': PHOTO_CREDIT_LABELS,
  'wire-photo-agencies': WIRE_PHOTO_AGENCIES,
  'photo-agencies': PHOTO_AGENCIES,
  'news-agencies': NEWS_AGENCIES,
  'source-labels': SOURCE_LABELS,
  'media-badges': MEDIA_BADGES,
  'photo-caption-words': PHOTO_CAPTION_WORDS,
};
