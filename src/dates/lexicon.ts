/**
 * Every word the date engine knows, written as a reader would write it (with hamza, ة, ى) and folded to the
 * matching form once at load. One table per kind of word; the recogniser never spells a word itself.
 */
import { normalizeArabic } from '../text/normalize.js';

/** persian: the Solar Hijri calendar of Iran (the Persian pages of the corpus). */
export type CalendarName = 'gregorian' | 'hijri' | 'persian';
export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century' | 'millennium';
type Part = 'early' | 'mid' | 'late';
/** How a day part moves a 12-hour clock reading: am keeps it, pm adds 12, noon and night depend on the hour. */
export type DayPart = 'am' | 'pm' | 'noon' | 'night';
export type Marker =
  | 'since' // منذ
  | 'until' // حتى، لغاية
  | 'ago' // قبل
  | 'later' // بعد
  | 'within' // خلال
  | 'lasting' // لمدة، طوال
  | 'from' // من، ابتداء من
  | 'to' // إلى، حتى
  | 'between' // بين
  | 'of' // من، في (الثالث من أكتوبر)
  | 'corresponding' // الموافق
  | 'which' // الذي (اليوم الذي بعد الغد)
  | 'at' // عند (الساعة)
  | 'zoneIntro' // بتوقيت
  | 'except' // إلا (الثانية عشرة إلا ربعا)
  | 'anchor' // من، على after a span: "قبل أسبوع من الانتخابات" counts from an event
  | 'ofIt'; // منه: "بتاريخ 14 منه", the 14th of the month at hand

/**
 * What a month name needs besides itself to be read as a month: `year` (صفر is also "zero", تير or مهر are Arabic
 * words as well as Persian months), `day-or-year` (a Latin name: "May" alone is an English word).
 */
export type MonthNeeds = 'year' | 'day-or-year';

export type Lexeme =
  | { kind: 'month'; calendar: CalendarName; month: number; needs?: MonthNeeds }
  /** `bare`: written without ال, it needs context; `beforeDate`: a Latin or Persian name, read only before a date. */
  | { kind: 'weekday'; weekday: number; bare: boolean; beforeDate?: boolean }
  | { kind: 'dayShift'; days: number }
  | { kind: 'now' }
  /** `weak`: a word with a common other sense (عقد a contract, قرن a horn) that needs a cue to be a unit of time. */
  | { kind: 'unit'; unit: Unit; count: 1 | 2 | null; definite: boolean; weak?: boolean }
  | { kind: 'direction'; shift: -1 | 0 | 1 }
  | { kind: 'this' }
  | { kind: 'cardinal'; value: number }
  /** مائة، ثلاثمائة، ألف، ألفين (a value), آلاف (`times`: multiplies the count before it: ثلاثة آلاف). */
  | { kind: 'scale'; value: number; times: boolean }
  /** عدة، بضعة: an unstated few, before a plural unit (منذ عدة أسابيع). */
  | { kind: 'few' }
  /** قليلة، عديدة: said of a plural unit after it (قبل أيام قليلة). */
  | { kind: 'fewAfter' }
  /** الربع، النصف، الثلث، الفصل: a part of a year (`parts` of them); الفصل also a school term or a chapter. */
  | { kind: 'yearPart'; parts: 2 | 3 | 4; weak: boolean }
  /** الثمانينيات: the decade of these tens (8). */
  | { kind: 'decadeName'; tens: number }
  | { kind: 'ordinal'; value: number; definite: boolean }
  | { kind: 'teen' }
  | { kind: 'part'; part: Part }
  | { kind: 'marker'; marker: Marker }
  | { kind: 'dayPart'; dayPart: DayPart; afterTimeOnly: boolean }
  | { kind: 'night' }
  | { kind: 'fraction'; minutes: number }
  | { kind: 'era'; calendar: CalendarName }
  | { kind: 'zone'; offset: string }
  | { kind: 'holiday'; holiday: HolidayName }
  | { kind: 'approx' }
  | { kind: 'context' }
  | { kind: 'countNoun' }
  | { kind: 'mediaName' }
  | { kind: 'nameHead' }
  | { kind: 'dateLine' }
  | { kind: 'tense'; tense: 'past' | 'future'; verb: boolean }
  | { kind: 'complementizer' };

export type LexemeKind = Lexeme['kind'];

/** One bit per kind of lexeme, so that a token can say in one test whether it has a word of some kind. */
export const KIND_BITS: ReadonlyMap<LexemeKind, number> = new Map(
  (
    [
      'month',
      'weekday',
      'dayShift',
      'now',
      'unit',
      'direction',
      'this',
      'cardinal',
      'scale',
      'few',
      'fewAfter',
      'yearPart',
      'decadeName',
      'ordinal',
      'teen',
      'part',
      'marker',
      'dayPart',
      'night',
      'fraction',
      'era',
      'zone',
      'holiday',
      'approx',
      'context',
      'countNoun',
      'mediaName',
      'nameHead',
      'dateLine',
      'tense',
      'complementizer',
    ] satisfies LexemeKind[]
  ).map((kind, bit) => [kind, 1 << bit]),
);

/** The regions whose month names the engine reads. Names shared by regions are listed in each. */
export type Region = 'egypt-gulf' | 'levant-iraq' | 'tunisia-algeria' | 'morocco';

/** Gregorian month names per region, January first; a slot lists the spellings seen for that month. */
export const GREGORIAN_MONTHS: Record<Region, readonly (readonly string[])[]> = {
  'egypt-gulf': [
    ['يناير'],
    ['فبراير'],
    ['مارس'],
    ['أبريل', 'إبريل'],
    ['مايو'],
    ['يونيو', 'يونية', 'يونيه'],
    ['يوليو', 'يولية', 'يوليه'],
    ['أغسطس', 'اغسطس', 'أغسطوس'],
    ['سبتمبر'],
    ['أكتوبر'],
    ['نوفمبر'],
    ['ديسمبر'],
  ],
  // Syriac names; كانون and تشرين take "الأول/الثاني", "أول/ثاني" or a digit.
  'levant-iraq': [
    ['كانون الثاني', 'كانون ثاني', 'كانون 2'],
    ['شباط'],
    ['آذار'],
    ['نيسان'],
    ['أيار'],
    ['حزيران'],
    ['تموز'],
    ['آب'],
    ['أيلول'],
    ['تشرين الأول', 'تشرين أول', 'تشرين 1'],
    ['تشرين الثاني', 'تشرين ثاني', 'تشرين 2'],
    ['كانون الأول', 'كانون أول', 'كانون 1'],
  ],
  'tunisia-algeria': [
    ['جانفي'],
    ['فيفري'],
    ['مارس'],
    ['أفريل'],
    ['ماي'],
    ['جوان'],
    ['جويلية', 'جويليه'],
    ['أوت'],
    ['سبتمبر'],
    ['أكتوبر'],
    ['نوفمبر'],
    ['ديسمبر'],
  ],
  morocco: [
    ['يناير'],
    ['فبراير'],
    ['مارس'],
    ['أبريل'],
    ['ماي'],
    ['يونيو'],
    ['يوليوز'],
    ['غشت'],
    ['شتنبر'],
    ['أكتوبر'],
    ['نونبر'],
    ['دجنبر'],
  ],
};

/** Hijri month names, Muharram first. */
export const HIJRI_MONTHS: readonly (readonly string[])[] = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الأول', 'ربيع أول'],
  ['ربيع الثاني', 'ربيع الآخر', 'ربيع ثاني'],
  ['جمادى الأولى', 'جمادى الأول'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الثاني'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
];

/** Month names that are also common words: صفر is "zero" (3-صفر is a score). */
const COMMON_WORD_MONTHS = new Set(['صفر']);

/**
 * Latin-script month names in Arabic pages: English dates ("November 9, 2020", "9 Nov 2020") and French ones on
 * Maghreb pages ("25 décembre 2020"), lowercase as the matching form has them, accents written both ways.
 */
const LATIN_MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier'],
  ['february', 'feb', 'février', 'fevrier'],
  ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril'],
  ['may', 'mai'],
  ['june', 'jun', 'juin'],
  ['july', 'jul', 'juillet'],
  ['august', 'aug', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'décembre', 'decembre'],
];

/** Solar Hijri months, Farvardin first, in Persian and in Arabic spelling (ی and ک fold to ي and ك). */
const PERSIAN_MONTHS: readonly (readonly string[])[] = [
  ['فروردین'],
  ['اردیبهشت', 'أرديبهشت'],
  ['خرداد'],
  ['تیر'],
  ['مرداد', 'امرداد'],
  ['شهریور'],
  ['مهر'],
  ['آبان'],
  ['آذر'],
  ['دی'],
  ['بهمن'],
  ['اسفند'],
];

/** Weekdays in Date#getUTCDay order (Sunday = 0). The form without "ال" is derived: it needs context. */
export const WEEKDAYS: readonly (readonly string[])[] = [
  ['الأحد'],
  ['الاثنين', 'الإثنين', 'الأثنين'],
  ['الثلاثاء', 'الثلاثا'],
  ['الأربعاء', 'الأربعا'],
  ['الخميس'],
  ['الجمعة'],
  ['السبت'],
];

/** Weekdays in other scripts, Sunday first, read only before a date ("Tuesday, 11 August 2015", "دوشنبه 29 خرداد 1396"). */
const OTHER_WEEKDAYS: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'dimanche', 'یکشنبه', 'یک شنبه'],
  ['monday', 'mon', 'lundi', 'دوشنبه', 'دو شنبه'],
  ['tuesday', 'tue', 'mardi', 'سه‌شنبه', 'سه شنبه'],
  ['wednesday', 'wed', 'mercredi', 'چهارشنبه', 'چهار شنبه'],
  ['thursday', 'thu', 'jeudi', 'پنجشنبه', 'پنج‌شنبه', 'پنج شنبه'],
  ['friday', 'fri', 'vendredi', 'جمعه'],
  ['saturday', 'sat', 'samedi', 'شنبه'],
];

/** Days named relative to today. */
const DAY_SHIFTS: readonly [number, readonly string[]][] = [
  [0, ['اليوم']],
  [-1, ['أمس', 'الأمس', 'البارحة', 'امبارح', 'إمبارح']],
  [1, ['غدا', 'غداً', 'الغد', 'غد', 'بكرة', 'بكرا']],
  [-2, ['أول أمس', 'أول من أمس', 'أمس الأول', 'قبل أمس', 'قبل الأمس', 'قبل البارحة', 'القبل البارحة', 'قبل امبارح']],
  [2, ['بعد غد', 'بعد الغد', 'بعد بكرة', 'بعد بكرا']],
];

/** Singular, dual and plural of each unit; accusative singulars (يوما، عاما) follow the numbers 11 to 99. */
const UNITS: readonly [Unit, { one: string[]; two: string[]; many: string[] }][] = [
  ['minute', { one: ['دقيقة'], two: ['دقيقتين', 'دقيقتان'], many: ['دقائق'] }],
  ['hour', { one: ['ساعة'], two: ['ساعتين', 'ساعتان'], many: ['ساعات'] }],
  ['day', { one: ['يوم', 'يوما'], two: ['يومين', 'يومان', 'يومي'], many: ['أيام'] }],
  ['week', { one: ['أسبوع', 'أسبوعا'], two: ['أسبوعين', 'أسبوعان'], many: ['أسابيع'] }],
  ['month', { one: ['شهر', 'شهرا'], two: ['شهرين', 'شهران'], many: ['أشهر', 'شهور'] }],
  [
    'year',
    {
      one: ['عام', 'عاما', 'سنة'],
      two: ['عامين', 'عامان', 'عامي', 'سنتين', 'سنتان', 'سنتي'],
      many: ['أعوام', 'سنوات', 'سنين'],
    },
  ],
  ['decade', { one: ['عقد', 'عقدا'], two: ['عقدين', 'عقدان'], many: ['عقود'] }],
  ['century', { one: ['قرن', 'قرنا'], two: ['قرنين', 'قرنان'], many: ['قرون'] }],
  ['millennium', { one: ['ألفية'], two: ['ألفيتين'], many: ['ألفيات'] }],
];

/** Units whose singular has a common other sense: عقد a contract (وقع العقد), قرن a horn (القرن الأفريقي). */
const WEAK_UNITS: ReadonlySet<Unit> = new Set(['decade', 'century', 'millennium']);

/** Words that place a period before, at or after now: الأسبوع الماضي، الشهر الجاري، العام المقبل. */
const DIRECTIONS: readonly [-1 | 0 | 1, readonly string[]][] = [
  [
    -1,
    [
      'الماضي',
      'الماض',
      'الماضية',
      'الماضيين',
      'الماضيتين',
      'المنصرم',
      'المنصرمة',
      'الفائت',
      'الفائتة',
      'السابق',
      'السابقة',
      'المنقضي',
      'المنقضية',
    ],
  ],
  [0, ['الجاري', 'الجارية', 'الحالي', 'الحالية']],
  [
    1,
    [
      'المقبل',
      'المقبلة',
      'المقبلين',
      'المقبلتين',
      'القادم',
      'القادمة',
      'القادمين',
      'القادمتين',
      'التالي',
      'التالية',
      'الجاي',
      'الجاية',
    ],
  ],
];

const CARDINALS: readonly [number, readonly string[]][] = [
  [1, ['واحد', 'واحدة', 'أحد', 'إحدى']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي']],
  [3, ['ثلاث', 'ثلاثة']],
  [4, ['أربع', 'أربعة']],
  [5, ['خمس', 'خمسة']],
  [6, ['ست', 'ستة']],
  [7, ['سبع', 'سبعة']],
  [8, ['ثمان', 'ثماني', 'ثمانية']],
  [9, ['تسع', 'تسعة']],
  [10, ['عشر', 'عشرة']],
  [20, ['عشرون', 'عشرين']],
  [30, ['ثلاثون', 'ثلاثين']],
  [40, ['أربعون', 'أربعين']],
  [50, ['خمسون', 'خمسين']],
  [60, ['ستون', 'ستين']],
  [70, ['سبعون', 'سبعين']],
  [80, ['ثمانون', 'ثمانين']],
  [90, ['تسعون', 'تسعين']],
];

/** Hundreds and thousands, as news writes them in years and counts: "ألف وتسعمائة", "ألفين وأربعة وعشرين". */
const SCALES: readonly [number, readonly string[]][] = [
  [100, ['مائة', 'مئة']],
  [200, ['مائتين', 'مائتان', 'مئتين', 'مئتان', 'مائتي', 'مئتي']],
  ...[3, 4, 5, 6, 7, 8, 9].map((n, i): [number, string[]] => {
    const unit = ['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'][i] as string;
    return [n * 100, [`${unit}مائة`, `${unit}مئة`, ...(n === 8 ? ['ثمانمائة', 'ثمانمئة'] : [])]];
  }),
  [1000, ['ألف', 'ألفا']],
  [2000, ['ألفين', 'ألفان', 'ألفي']],
];
/** آلاف after a count of 3 to 10: "ثلاثة آلاف". */
const THOUSANDS = ['آلاف', 'ألاف'];

/** An unstated few before a plural unit, and the adjectives that say it after one. */
const FEW = ['عدة', 'بضعة', 'بضع'];
const FEW_AFTER = ['قليلة', 'القليلة', 'عديدة', 'طويلة', 'معدودة'];

/** Parts of a year: "الربع الأول", "النصف الثاني", "الثلث الأخير", "الفصل الثالث" (weak: also a school term). */
const YEAR_PARTS: readonly [2 | 3 | 4, boolean, readonly string[]][] = [
  [4, false, ['الربع']],
  [2, false, ['النصف', 'الشطر']],
  [3, false, ['الثلث']],
  [4, true, ['الفصل']],
];

/** Decades by their tens: الثمانينيات, ثمانينات (القرن الماضي). */
const DECADE_STEMS: readonly [number, string][] = [
  [2, 'عشرين'],
  [3, 'ثلاثين'],
  [4, 'أربعين'],
  [5, 'خمسين'],
  [6, 'ستين'],
  [7, 'سبعين'],
  [8, 'ثمانين'],
  [9, 'تسعين'],
];

/** Ordinals; -1 is "last". The tens (العشرين) serve as ordinals in compounds: الثالث والعشرون. */
const ORDINALS: readonly [number, readonly string[]][] = [
  [1, ['أول', 'أولى', 'الأول', 'الأولى', 'فاتح', 'الفاتح', 'غرة', 'حادي', 'الحادي', 'الحادية']],
  [2, ['ثاني', 'ثان', 'ثانية', 'الثاني', 'الثانية']],
  [3, ['ثالث', 'ثالثة', 'الثالث', 'الثالثة']],
  [4, ['رابع', 'رابعة', 'الرابع', 'الرابعة']],
  [5, ['خامس', 'خامسة', 'الخامس', 'الخامسة']],
  [6, ['سادس', 'سادسة', 'السادس', 'السادسة']],
  [7, ['سابع', 'سابعة', 'السابع', 'السابعة']],
  [8, ['ثامن', 'ثامنة', 'الثامن', 'الثامنة']],
  [9, ['تاسع', 'تاسعة', 'التاسع', 'التاسعة']],
  [10, ['عاشر', 'عاشرة', 'العاشر', 'العاشرة']],
  [20, ['العشرون', 'العشرين']],
  [30, ['الثلاثون', 'الثلاثين']],
  [40, ['الأربعون', 'الأربعين']],
  [50, ['الخمسون', 'الخمسين']],
  [-1, ['آخر', 'أخير', 'أخيرة', 'الأخير', 'الأخيرة']],
];

const PARTS: readonly [Part, readonly string[]][] = [
  ['early', ['مطلع', 'أوائل', 'أول', 'بداية', 'بدايات', 'مستهل', 'بدء', 'غرة']],
  ['mid', ['منتصف', 'أواسط', 'وسط', 'نص', 'نصف']],
  ['late', ['أواخر', 'نهاية', 'نهايات', 'آخر', 'ختام', 'متم', 'أخر']],
];

/** "Starting from": opens a range, or alone says "since" (اعتبارا من الثلاثاء). */
const STARTING_FROM = ['ابتداء من', 'ابتداءا من', 'اعتبارا من', 'بدءا من', 'بداية من'];

const MARKERS: readonly [Marker, readonly string[]][] = [
  ['since', ['منذ', 'مذ', ...STARTING_FROM]],
  ['until', ['حتى', 'لغاية', 'إلى غاية', 'إلى حين', 'حتى غاية']],
  ['ago', ['قبل']],
  ['later', ['بعد']],
  ['within', ['خلال', 'في غضون', 'في خلال']],
  ['lasting', ['لمدة', 'مدة', 'طوال', 'طيلة', 'على مدى', 'على مدار']],
  ['from', ['من', ...STARTING_FROM]],
  ['to', ['إلى', 'حتى', 'لغاية', 'إلى غاية', 'حتى غاية']],
  ['between', ['بين', 'ما بين']],
  ['of', ['من', 'في']],
  ['corresponding', ['الموافق', 'الموافقة', 'الموافق لـ']],
  ['which', ['الذي', 'التي', 'الي', 'اللي']],
  ['at', ['عند', 'في تمام', 'عند تمام', 'تمام']],
  ['zoneIntro', ['بتوقيت', 'توقيت', 'بالتوقيت']],
  ['except', ['إلا']],
  ['anchor', ['من', 'على', 'عن']],
  ['ofIt', ['منه']],
];

/** Day parts after a clock reading (or before a day: صباح اليوم). Letters (ص، م، am) only count after a time. */
const DAY_PARTS: readonly [DayPart, readonly string[]][] = [
  ['am', ['صباحا', 'صباح', 'الصباح', 'الصبح', 'صبحا', 'فجرا', 'فجر', 'الفجر', 'قبل الظهر', 'قبل الظهيرة', 'ص', 'am']],
  ['noon', ['ظهرا', 'ظهر', 'الظهر', 'الظهيرة', 'ظهيرة']],
  [
    'pm',
    [
      'مساء',
      'مساءا',
      'المساء',
      'عصرا',
      'عصر',
      'العصر',
      'بعد الظهر',
      'بعد الظهيرة',
      'بعد العصر',
      'قبل المغرب',
      'بعد المغرب',
      'العشاء',
      'م',
      'pm',
    ],
  ],
  ['night', ['ليلا', 'ليل', 'الليل', 'منتصف الليل']],
];

const FRACTIONS: readonly [number, readonly string[]][] = [
  [15, ['ربع', 'ربعا']],
  [20, ['ثلث', 'ثلثا']],
  [30, ['نصف', 'نص']],
];

const ERAS: readonly [CalendarName, readonly string[]][] = [
  ['persian', ['هجري شمسي', 'هجرية شمسية', 'ه ش', 'شمسي', 'شمسية', 'الشمسي', 'الشمسية']],
  ['hijri', ['هـ', 'ه', 'هجري', 'هجرية', 'الهجري', 'الهجرية', 'للهجرة']],
  ['gregorian', ['م', 'ميلادي', 'ميلادية', 'الميلادي', 'الميلادية', 'للميلاد']],
];

/** Zones whose offset is known; the engine writes times marked with them in that offset. */
const ZONES: readonly [string, readonly string[]][] = [
  ['Z', ['غرينتش', 'غرينيتش', 'جرينتش', 'جرينيتش', 'غرنتش', 'GMT', 'UTC', 'ت غ']],
  ['+03:00', ['مكة المكرمة', 'مكة']],
  // Gulf Standard Time, as Al Arabiya's date line gives it ("12:45 م GST").
  ['+04:00', ['GST']],
];

export type HolidayName =
  | 'christmas'
  | 'new-year'
  | 'easter'
  | 'eid-al-fitr'
  | 'eid-al-adha'
  | 'islamic-new-year'
  | 'mawlid'
  | 'ashura'
  | 'arafah';

const HOLIDAYS: readonly [HolidayName, readonly string[]][] = [
  ['christmas', ['عيد الميلاد', 'عيد الميلاد المجيد', 'كريسماس', 'الكريسماس']],
  ['new-year', ['رأس السنة الميلادية', 'رأس السنة', 'رأس السنة الجديدة']],
  ['easter', ['عيد الفصح', 'عيد الفصح المجيد']],
  ['eid-al-fitr', ['عيد الفطر', 'عيد الفطر المبارك']],
  ['eid-al-adha', ['عيد الأضحى', 'عيد الأضحى المبارك', 'عيد الاضحي']],
  ['islamic-new-year', ['رأس السنة الهجرية', 'رأس السنة الهجرية الجديدة']],
  ['mawlid', ['المولد النبوي', 'المولد النبوي الشريف']],
  ['ashura', ['عاشوراء', 'يوم عاشوراء']],
  ['arafah', ['يوم عرفة', 'يوم عرفات']],
];

/** Words that hedge a count or a time and stay outside the mention: منذ نحو 3 أيام، حوالي الساعة 3. */
const APPROXIMATIONS = [
  'نحو',
  'حوالي',
  'حوالى',
  'قرابة',
  'زهاء',
  'ما يقارب',
  'ما يزيد عن',
  'ما يزيد على',
  'أكثر من',
  'أقل من',
  'بحدود',
];

/** Words after which a month name or a year stands alone as a date: في مارس، منذ 2018، بحلول أبريل. */
const CONTEXT_WORDS = [
  'في',
  'منذ',
  'مذ',
  'حتى',
  'خلال',
  'قبل',
  'بعد',
  'من',
  'إلى',
  'بين',
  'حلول',
  'بحلول',
  'طوال',
  'طيلة',
  'لغاية',
  'ابتداء',
  'اعتبارا',
  'بدءا',
  'عن',
  'بعيد',
  'قبيل',
  'أثناء',
  'بتاريخ',
];

/** Nouns that follow a count, not a year: "2018 شخصا" is no date. */
const COUNT_NOUNS = [
  'ألف',
  'آلاف',
  'مليون',
  'ملايين',
  'مليار',
  'مليارات',
  'دولار',
  'دولارا',
  'جنيه',
  'جنيها',
  'ريال',
  'ريالا',
  'درهم',
  'درهما',
  'دينار',
  'دينارا',
  'يورو',
  'ليرة',
  'شخص',
  'شخصا',
  'أشخاص',
  'قتيل',
  'قتيلا',
  'قتلى',
  'جريح',
  'جريحا',
  'مصاب',
  'مصابا',
  'حالة',
  'حالات',
  'طن',
  'طنا',
  'كيلو',
  'كيلومتر',
  'كيلومترا',
  'متر',
  'مترا',
  'برميل',
  'وحدة',
  'منزل',
  'منزلا',
  'طالب',
  'طالبا',
  'عامل',
  'عاملا',
  'مواطن',
  'مواطنا',
  'لاجئ',
  'لاجئا',
  'صاروخ',
  'صاروخا',
  'مرة',
  'نقطة',
  'هدف',
  'هدفا',
  'صوت',
  'صوتا',
  'مقعد',
  'مقعدا',
  'موظف',
  'موظفا',
  'فرصة',
  'سيارة',
  'طائرة',
  'جندي',
  'جنديا',
  'عنصر',
  'عنصرا',
  'مشروع',
  'مشروعا',
  'رقم',
  'مادة',
];

/**
 * Words before اليوم that make it part of a name (بغداد اليوم، المصري اليوم، دار اليوم) or "that day" (ذلك اليوم),
 * not "today".
 */
const MEDIA_NAMES = [
  'بغداد',
  'المصري',
  'روسيا',
  'عين',
  'أخبار',
  'دار',
  'جريدة',
  'صحيفة',
  'موقع',
  'قناة',
  'مؤسسة',
  'مجلة',
  'الجزائر',
  'ذلك',
  'تلك',
];

/** Words before a date that make it a name: مدينة السادس من أكتوبر، شارع 26 يوليو، ثورة 25 يناير. */
const NAME_HEADS = [
  'مدينة',
  'شارع',
  'ميدان',
  'جسر',
  'كوبري',
  'محور',
  'حي',
  'جامعة',
  'نادي',
  'مستشفى',
  'مدرسة',
  'ثورة',
  'حركة',
  'مطار',
  'محطة',
];

/** The words of a date line that label its date of publication ("نشر في"), and its last update ("آخر تحديث"). */
export const PUBLICATION_LABEL_WORDS = ['نشر', 'نشره', 'نشرت', 'نشرها', 'النشر'];
export const UPDATE_LABEL_WORDS = ['تحديث', 'التحديث', 'محدث', 'محدثة', 'تحديثه'];

/** Words a publication date line is made of, besides its date and time (see parseDateLine). */
const DATE_LINE_WORDS = [
  'تم',
  ...PUBLICATION_LABEL_WORDS,
  'بتاريخ',
  'تاريخ',
  'التاريخ',
  'في',
  'آخر',
  'اخر',
  ...UPDATE_LABEL_WORDS,
  'الموافق',
  'مكة',
  'المكرمة',
  'غرينتش',
  'بتوقيت',
  'توقيت',
  'الساعة',
  // "على الساعة 10:30": the hour as Maghreb dailies give it.
  'على',
  'الوقت',
  'العدد',
  'منذ',
  'بواسطة',
  'gmt',
  'utc',
  // French, as Maghreb dailies write the line ("Publié le 02/09/2024 à 13h06", "Mis à jour le …").
  'publié',
  'publie',
  'le',
  'à',
  'mis',
  'jour',
];

/**
 * Tense cues near a weekday or a month without year. Verbs say the tense of their clause and are looked for first;
 * adverbs and adjectives (أمس، المقبل) only count where no verb does (see tense.ts).
 */
const TENSE_CUES: readonly { tense: 'past' | 'future'; verb: boolean; spellings: readonly string[] }[] = [
  {
    tense: 'future',
    verb: true,
    spellings: [
      'سوف',
      'يعتزم',
      'تعتزم',
      'سيتم',
      'ستتم',
      'سيكون',
      'ستكون',
      // Verbs of scheduled events in the present tense, which news uses for what is to come: "يبدأ الفريق مشواره السبت".
      'يبدأ',
      'تبدأ',
      'ينطلق',
      'تنطلق',
      'يعقد',
      'تعقد',
      'يلتقي',
      'تلتقي',
      'يستضيف',
      'تستضيف',
      'يزور',
      'تزور',
      'يختتم',
      'تختتم',
      'يجتمع',
      'تجتمع',
      'يلعب',
      'تلعب',
      'يواجه',
      'تواجه',
      'يخوض',
      'تخوض',
      'يقام',
      'تقام',
      'تجرى',
      'يفتتح',
      'تفتتح',
      'يحتفل',
      'تحتفل',
      'يصوت',
      'تصوت',
    ],
  },
  {
    tense: 'future',
    verb: false,
    spellings: [
      'غدا',
      'غداً',
      'المقبل',
      'المقبلة',
      'القادم',
      'القادمة',
      'المقرر',
      'المرتقب',
      'المرتقبة',
      'المنتظر',
      'المتوقع',
      'المرجح',
      'مرتقب',
    ],
  },
  {
    tense: 'past',
    verb: true,
    spellings: [
      'كان',
      'كانت',
      'تم',
      'قال',
      'قالت',
      'أكد',
      'أكدت',
      'أعلن',
      'أعلنت',
      'أشار',
      'أشارت',
      'ذكر',
      'ذكرت',
      'أضاف',
      'أضافت',
      'بحث',
      'بحثت',
      'استضاف',
      'استضافت',
      'التقى',
      'التقت',
      'وصل',
      'وصلت',
      'عقدت',
      'شهد',
      'شهدت',
      'جرى',
      'جرت',
      'أوضح',
      'أوضحت',
      'صرح',
      'صرحت',
      'نفى',
      'نفت',
      'أفاد',
      'أفادت',
      'قتل',
      'قتلت',
      'أصيب',
      'أصيبت',
      'اندلع',
      'اندلعت',
      'بدأ',
      'بدأت',
      'انتهى',
      'انتهت',
      'استأنف',
      'استأنفت',
      'وقعت',
      'أجرى',
      'أجرت',
      'ناقش',
      'ناقشت',
      'استقبل',
      'استقبلت',
      'توجه',
      'توجهت',
      'غادر',
      'غادرت',
      'زار',
      'زارت',
      'شارك',
      'شاركت',
      'افتتح',
      'افتتحت',
      'أطلق',
      'أطلقت',
      'نظم',
      'نظمت',
      'أصدر',
      'أصدرت',
      'دعا',
      'دعت',
      'طالب',
      'طالبت',
      'أدان',
      'أدانت',
      'سقط',
      'سقطت',
      'أسفر',
      'أسفرت',
      'تعرض',
      'تعرضت',
      'توفي',
      'توفيت',
      'فاز',
      'فازت',
      'خسر',
      'خسرت',
      'أقيم',
      'أقيمت',
      'انطلق',
      'انطلقت',
      'جاء',
      'جاءت',
      'أجريت',
      'شن',
      'شنت',
      'وافته',
      'اجتمع',
      'اجتمعت',
      'تلقى',
      'تلقت',
      'حضر',
      'حضرت',
      'وقّع',
      'أعرب',
      'أعربت',
      'تعادل',
      'تعادلت',
      'اعتمد',
      'اعتمدت',
      'دهس',
      'كشف',
      'كشفت',
      'أقر',
      'أقرت',
      'وافق',
      'وافقت',
      'رفض',
      'رفضت',
      'ألقى',
      'ألقت',
      'اعتقل',
      'اعتقلت',
      'سجل',
      'سجلت',
      'حقق',
      'حققت',
      'تمكن',
      'تمكنت',
      'عاد',
      'عادت',
      'توصل',
      'توصلت',
      'قرر',
      'قررت',
      'نفذ',
      'نفذت',
      'أعلنوا',
      'قالوا',
      'أكدوا',
      'ودع',
      'ودعت',
      'انتخب',
      'انتخبت',
      'أفرج',
      'أفرجت',
      'هزم',
      'هزمت',
      'قلص',
      'قلصت',
      'جمعت',
      'اكتسح',
      'اكتسحت',
      'تبخر',
    ],
  },
  { tense: 'past', verb: false, spellings: ['أمس', 'الماضي', 'الماضية', 'المنصرم', 'الفائت', 'منذ'] },
];

/** Words that end a clause for the tense: a cue past إن/أن belongs to what is reported, not to the mention. */
const COMPLEMENTIZERS = ['إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', 'إنهم', 'أنهم', 'بأن', 'بأنه', 'بأنها', 'لأن'];

/** Lexeme entries keyed by the matching form of a word or of a phrase of words joined by one space. */
export const LEXICON = new Map<string, Lexeme[]>();
/** For a phrase's first word, the most words any phrase starting with it has. */
export const PHRASE_HEADS = new Map<string, number>();

function add(spelling: string, lexeme: Lexeme): void {
  const key = normalizeArabic(spelling);
  const entries = LEXICON.get(key);
  if (entries) {
    // The same spelling listed twice (a month shared by two regions) is one entry.
    if (!entries.some((e) => JSON.stringify(e) === JSON.stringify(lexeme))) entries.push(lexeme);
  } else LEXICON.set(key, [lexeme]);
  const words = key.split(' ');
  const head = words[0] ?? key;
  PHRASE_HEADS.set(head, Math.max(PHRASE_HEADS.get(head) ?? 1, words.length));
}

const addAll = (spellings: readonly string[], lexeme: Lexeme): void => spellings.forEach((s) => add(s, lexeme));
const withArticle = (word: string): string => `ال${word}`;

for (const months of Object.values(GREGORIAN_MONTHS)) {
  months.forEach((spellings, i) => addAll(spellings, { kind: 'month', calendar: 'gregorian', month: i + 1 }));
}
HIJRI_MONTHS.forEach((spellings, i) =>
  addAll(spellings, {
    kind: 'month',
    calendar: 'hijri',
    month: i + 1,
    ...(COMMON_WORD_MONTHS.has(spellings[0] ?? '') ? { needs: 'year' as const } : {}),
  }),
);
LATIN_MONTHS.forEach((spellings, i) =>
  addAll(spellings, { kind: 'month', calendar: 'gregorian', month: i + 1, needs: 'day-or-year' }),
);
PERSIAN_MONTHS.forEach((spellings, i) =>
  addAll(spellings, { kind: 'month', calendar: 'persian', month: i + 1, needs: 'year' }),
);
WEEKDAYS.forEach((spellings, weekday) => {
  addAll(spellings, { kind: 'weekday', weekday, bare: false });
  addAll(
    spellings.map((s) => s.slice(2)),
    { kind: 'weekday', weekday, bare: true },
  );
});
OTHER_WEEKDAYS.forEach((spellings, weekday) =>
  addAll(spellings, { kind: 'weekday', weekday, bare: false, beforeDate: true }),
);
for (const [days, spellings] of DAY_SHIFTS) addAll(spellings, { kind: 'dayShift', days });
addAll(['الآن', 'حالا', 'هذه اللحظة'], { kind: 'now' });
for (const [unit, forms] of UNITS) {
  for (const [count, spellings] of [
    [1, forms.one],
    [2, forms.two],
    [null, forms.many],
  ] as const) {
    const weak = WEAK_UNITS.has(unit) ? { weak: true } : {};
    addAll(spellings, { kind: 'unit', unit, count, definite: false, ...weak });
    addAll(spellings.map(withArticle), { kind: 'unit', unit, count, definite: true, ...weak });
  }
}
for (const [shift, spellings] of DIRECTIONS) addAll(spellings, { kind: 'direction', shift });
addAll(['هذا', 'هذه'], { kind: 'this' });
for (const [value, spellings] of CARDINALS) {
  addAll(spellings, { kind: 'cardinal', value });
  addAll(spellings.map(withArticle), { kind: 'cardinal', value }); // الأسابيع الثلاثة القادمة
}
addAll(['عشر', 'عشرة'], { kind: 'teen' });
for (const [value, spellings] of SCALES) addAll(spellings, { kind: 'scale', value, times: false });
addAll(THOUSANDS, { kind: 'scale', value: 1000, times: true });
addAll(FEW, { kind: 'few' });
addAll(FEW_AFTER, { kind: 'fewAfter' });
for (const [parts, weak, spellings] of YEAR_PARTS) addAll(spellings, { kind: 'yearPart', parts, weak });
for (const [tens, stem] of DECADE_STEMS) {
  const names = [`${stem}يات`, `${stem}ات`];
  addAll([...names, ...names.map(withArticle)], { kind: 'decadeName', tens });
}
for (const [value, spellings] of ORDINALS) {
  for (const s of spellings) add(s, { kind: 'ordinal', value, definite: normalizeArabic(s).startsWith('ال') });
}
for (const [part, spellings] of PARTS) addAll(spellings, { kind: 'part', part });
for (const [marker, spellings] of MARKERS) addAll(spellings, { kind: 'marker', marker });
const LETTER_DAY_PARTS = new Set(['ص', 'م', 'am', 'pm']);
for (const [dayPart, spellings] of DAY_PARTS) {
  for (const s of spellings) add(s, { kind: 'dayPart', dayPart, afterTimeOnly: LETTER_DAY_PARTS.has(s) });
}
addAll(['الليلة'], { kind: 'night' });
for (const [minutes, spellings] of FRACTIONS) addAll(spellings, { kind: 'fraction', minutes });
for (const [calendar, spellings] of ERAS) addAll(spellings, { kind: 'era', calendar });
for (const [offset, spellings] of ZONES) addAll(spellings, { kind: 'zone', offset });
for (const [holiday, spellings] of HOLIDAYS) addAll(spellings, { kind: 'holiday', holiday });
addAll(APPROXIMATIONS, { kind: 'approx' });
addAll(CONTEXT_WORDS, { kind: 'context' });
addAll(COUNT_NOUNS, { kind: 'countNoun' });
addAll(MEDIA_NAMES, { kind: 'mediaName' });
addAll(NAME_HEADS, { kind: 'nameHead' });
addAll(DATE_LINE_WORDS, { kind: 'dateLine' });
for (const { tense, verb, spellings } of TENSE_CUES) addAll(spellings, { kind: 'tense', tense, verb });
addAll(COMPLEMENTIZERS, { kind: 'complementizer' });

/** Single letters that attach to a word: و ف ب ل, and their pairs (وب، ول، فب، فل). */
export const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل'];

/**
 * Nouns spelled like a future verb (سـ + يفعل): سيارة، سياستها، سيطرته، سنوات… are not "will". Whole words in the
 * matching form, with their plural and pronoun endings; a verb of the same letters (سيطرح) does not match.
 */
export const NOT_FUTURE_VERBS =
  /^(سياس|سيار|سيد|سيطر|سياد|سياح|سياق|سيول|سيناء|سينما|ستين|ستار|ستوديو|سنوات|سنوي|سنين|سنغافور)(ه|ات|ي|يه|يين|يون)?(ه|ها|هم|هما|نا|ك|كم|ته|تها|تهم)?$/;
