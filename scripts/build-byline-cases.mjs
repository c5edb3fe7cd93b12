#!/usr/bin/env node
// @ts-check
/**
 * Builds fixtures/bylines/cases.json, the labelled byline set of tests/unit/segment/bylines-set.test.ts.
 *
 *   node scripts/build-byline-cases.mjs
 *
 * Each case is a short page as Arabic news sites commonly print one: a headline, byline and date lines
 * where sites place them (a label and the name, a city and the name, a meta line, a name alone, an author
 * card, a writer's column header), and two paragraphs of a real article of the dev set's dev split
 * (fixtures/devset/gold/*.json, split "dev": never a held-back page; one with no writer of its own); the expected `author` (a string,
 * or null for the negatives: a kicker, a place-only dateline, a photo credit, an agency, a quote in the
 * text, a related headline, a share row). The writers' names are made up here, in the shapes Arabic names
 * take (ال، بن، أبو، عبد, honorifics, Latin letters). Deterministic: a fixed seed drives every choice. A
 * hash of the case's id puts it in the set's dev part (2/3) or its held-back part (1/3): rules are tuned
 * on the dev part alone.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './devset/prng.mjs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'fixtures/devset/gold');
const OUT = path.join(ROOT, 'fixtures/bylines/cases.json');
/** How many pages each form gets (each with its own name, article, date line and layout). */
const PER_FORM = 6;
/** A paragraph of the pool is a real one: between these lengths (characters). */
const PARAGRAPH_CHARS = [120, 500];
/** One case in HELD_BACK_EVERY (by the hash of its id) is held back. */
const HELD_BACK_EVERY = 3;

const random = prng(8_2026);
const pick = (list) => list[Math.floor(random() * list.length)];

/** The dev split's articles: a headline and two paragraphs each, in file order. */
function articles() {
  const out = [];
  const seen = new Set();
  for (const file of fs.readdirSync(GOLD).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD, file), 'utf8'));
    if (gold.split !== 'dev') continue;
    for (const r of gold.records) {
      const paragraphs = r.paragraphs.filter((p) => p.length >= PARAGRAPH_CHARS[0] && p.length <= PARAGRAPH_CHARS[1]);
      // An article whose gold names a writer may sign its own text ("د.محمد مقدادي - …"): left out.
      if (r.role !== 'main' || r.author || !r.title || paragraphs.length < 2 || seen.has(r.title)) continue;
      seen.add(r.title);
      out.push({ title: r.title, paragraphs: paragraphs.slice(0, 2) });
    }
  }
  return out;
}

const MEN = [
  'محمد عبد الرحمن',
  'أحمد السيد',
  'خالد بن سعيد الغامدي',
  'عمر أبو زيد',
  'يوسف الحربي',
  'سامي عبد الله النجار',
  'حسن الشريف',
  'طارق المصري',
  'عبد العزيز القحطاني',
  'مصطفى كمال',
  'ياسر أبو هلالة',
  'فهد بن ناصر العتيبي',
  'كريم الصاوي',
  'إبراهيم درويش',
  'وليد عبد الفتاح',
  'هشام بن عمر',
  'جمال أبو الحسن',
  'زياد الخطيب',
];
const WOMEN = [
  'سارة الأحمد',
  'منى عبد الحميد',
  'ريم الشمري',
  'هدى أبو العلا',
  'نادية بن علي',
  'ليلى الخطيب',
  'فاطمة الزهراء بوعزة',
  'إيمان عبد الغني',
];
const LATIN = ['Ziad Haddad', 'Sarah Khalil', 'Omar Benali', 'Lina Mansour'];
const WAW_NAMES = [
  'محمد وليد الشريف',
  'أحمد وائل عبد الله',
  'هبة وسام الحسيني',
  'سامر وجدي أبو علي',
  'ريم وليد النجار',
];
const SECTION_PAIRS = ['ثقافة وفن', 'عربي ودولي', 'سياسة واقتصاد', 'صحة وجمال', 'مال وأعمال', 'علوم وتكنولوجيا'];
const HONORIFICS = ['د.', 'د. ', 'م. ', 'أ. ', 'الدكتور ', 'الشيخ ', 'أ.د. '];
const CITIES = ['القاهرة', 'الرياض', 'بيروت', 'الرباط', 'عمان', 'دبي', 'بغداد', 'تونس', 'الدوحة', 'الخرطوم'];
const DATES = [
  'الأحد 12 مايو 2024',
  '12/05/2024 10:30',
  'نشر في: 3 سبتمبر 2023',
  'الثلاثاء، 7 نوفمبر 2023 - 04:15 م',
  '2024-05-12',
  'آخر تحديث: 21 يناير 2024',
  '15 رمضان 1445 هـ',
  'السبت 02 مارس 2024 | 09:10 ص',
];
const AGES = ['منذ ساعتين', 'منذ 3 ساعات', 'منذ 45 دقيقة', 'منذ يوم'];
const ROLES = ['كاتب صحفي', 'مراسل', 'محرر', 'كاتب وباحث في الشؤون السياسية', 'صحفية ومحررة في القسم الاقتصادي'];
const KICKERS = ['سياسة', 'اقتصاد', 'شؤون عربية', 'أخبار محلية', 'رياضة', 'عاجل'];
const SHARE_ROWS = ['شارك فيسبوك تويتر واتساب', 'شارك هذا المقال', 'مشاركة: فيسبوك | تويتر | تيليجرام'];
const AGENCIES = ['وكالة الأنباء السعودية', 'وكالة أنباء الشرق الأوسط', 'وكالة الأنباء الأردنية'];
const PHOTOGRAPHERS = ['تصوير: ', 'تصوير - ', 'عدسة: '];
const MENUS = ['', 'الرئيسية', 'الرئيسية أخبار رياضة اقتصاد'];
const FOOTERS = ['', '© جميع الحقوق محفوظة 2024'];

const man = () => pick(MEN);
const woman = () => pick(WOMEN);
const anyone = () => (random() < 0.7 ? man() : woman());

/**
 * The forms: each gives the lines above the text (`head`, the headline marked H), the lines after it
 * (`tail`), and the expected author. `date` is the case's date line, `h` its headline.
 */
const FORMS = {
  // Labels and the name.
  'kataba-dash': () => byline(`كتب - ${man()}`),
  'kataba-colon': () => byline(`كتب: ${man()}`),
  katabat: () => byline(`كتبت ${woman()}`),
  'katabat-colon': () => byline(`كتبت: ${woman()}`),
  'biqalam-colon': () => byline(`بقلم: ${anyone()}`),
  'biqalam-slash': () => byline(`بقلم / ${anyone()}`),
  'biqalam-ustaz': () => {
    const name = man();
    return { head: ['H', `بقلم الأستاذ ${name}`, 'D'], author: `الأستاذ ${name}` };
  },
  taqrir: () => byline(`تقرير: ${anyone()}`),
  mutabaa: () => byline(`متابعة: ${anyone()}`),
  idad: () => byline(`إعداد: ${anyone()}`),
  hiwar: () => byline(`حوار: ${anyone()}`),
  tarjama: () => byline(`ترجمة: ${anyone()}`),
  tahrir: () => byline(`تحرير: ${anyone()}`),
  // A city and the name.
  'name-dash-city': () => cityLine((n, c) => `${n} - ${c}`),
  'city-dash-name': () => cityLine((n, c) => `${c} - ${n}`),
  'city-colon-name': () => cityLine((n, c) => `${c}: ${n}`),
  'name-bracket-city': () => cityLine((n, c) => `${n} (${c})`),
  // Meta lines.
  'name-bar-date': () => {
    const name = anyone();
    return { head: ['H', `${name} | ${pick(DATES.filter((d) => !d.includes('|')))}`], author: name };
  },
  'date-bar-name': () => {
    const name = anyone();
    return { head: ['H', `${pick(DATES.filter((d) => !d.includes('|')))} | ${name}`], author: name };
  },
  'name-bullet-age': () => {
    const name = anyone();
    return { head: ['H', `${name} • ${pick(AGES)}`], author: name };
  },
  // A name alone.
  'name-under-headline': () => byline(anyone()),
  'name-above-date': () => {
    const name = anyone();
    return { head: [pick(KICKERS), 'H', name, 'D'], author: name };
  },
  'name-under-date': () => {
    const name = anyone();
    return { head: ['H', 'D', name], author: name };
  },
  // An author card, before or after the text.
  'card-before': () => {
    const name = anyone();
    return { head: [name, pick(ROLES), 'H', 'D'], author: name };
  },
  'card-after': () => {
    const name = anyone();
    return { head: ['H', 'D'], tail: [name, pick(ROLES)], author: name };
  },
  // A writer's column: the name over the headline.
  'column-header': () => {
    const name = anyone();
    return { head: [name, 'H', 'D'], author: name };
  },
  // Two writers.
  'two-writers-label': () => {
    const [a, b] = [man(), woman()];
    return { head: ['H', `كتب: ${a} و${b}`, 'D'], author: `${a} و${b}` };
  },
  'two-writers-alone': () => {
    const [a, b] = [man(), man()];
    return { head: ['H', `${a} و ${b}`, 'D'], author: `${a} و ${b}` };
  },
  // Honorifics, alone or after a label.
  'honorific-alone': () => {
    const name = `${pick(HONORIFICS)}${man()}`;
    return { head: ['H', name, 'D'], author: name };
  },
  'honorific-label': () => {
    const name = `${pick(HONORIFICS.map((h) => h.trim()))} ${anyone()}`;
    return { head: ['H', `بقلم: ${name}`, 'D'], author: name };
  },
  // Latin letters.
  'latin-alone': () => {
    const name = pick(LATIN);
    return { head: ['H', name, 'D'], author: name };
  },
  'latin-label': () => {
    const name = pick(LATIN);
    return { head: ['H', `كتب: ${name}`, 'D'], author: name };
  },
  // Negatives: no author.
  'agency-alone': () => ({ head: ['H', pick(AGENCIES), 'D'], author: null }),
  'agency-city': () => ({ head: ['H', `${pick(CITIES)} - ${pick(AGENCIES)}`, 'D'], author: null }),
  kicker: () => ({ head: [pick(KICKERS), 'H', 'D'], author: null }),
  'section-under-headline': () => ({ head: ['H', pick(KICKERS.filter((k) => k.includes(' '))), 'D'], author: null }),
  'place-dateline': () => ({ head: ['H', 'D', pick(CITIES)], author: null }),
  'place-dateline-inline': () => ({ head: ['H', 'D'], lead: `${pick(CITIES)} - `, author: null }),
  'photo-credit': () => ({ head: ['H', 'D', `صورة من الحدث`, `${pick(PHOTOGRAPHERS)}${anyone()}`], author: null }),
  'quote-attribution': () => ({ head: ['H', 'D'], quote: anyone(), author: null }),
  'related-headline': () => ({ head: ['H', 'D'], tail: ['اقرأ أيضا', 'RELATED'], author: null }),
  'share-row': () => ({ head: ['H', 'D', pick(SHARE_ROWS)], author: null }),
  // The same forms as text renderers print a link to the writer's page (the second series).
  'link-markdown': () => rendered((n) => `[${n}](/author/${slug()})`),
  'link-lynx-ref': () => rendered((n) => `[${1 + Math.floor(random() * 90)}]${n}`),
  'link-underscores': () => rendered((n) => n.replace(/ /gu, '_')),
  'label-link-markdown': () => {
    const name = anyone();
    return { head: ['H', `بقلم: [${name}](/author/${slug()})`, 'D'], author: name };
  },
  // A label alone on its line, the name on the next.
  'label-own-line': () => {
    const name = anyone();
    return { head: ['H', pick(['بقلم', 'كتب', 'بقلم:', 'كتب:']), name, 'D'], author: name };
  },
  'label-katib': () => {
    const name = anyone();
    return { head: ['H', `الكاتب: ${name}`, 'D'], author: name };
  },
  'label-slash-tight': () => byline(`${pick(['كتب', 'بقلم'])}/ ${man()}`),
  'label-tatweel': () => byline(`كتب ـ ${man()}`),
  'label-by-latin': () => {
    const name = pick(LATIN);
    return { head: ['H', `By ${name}`, 'D'], author: name };
  },
  'city-tatweel-name': () => cityLine((n, c) => `${c} ـ ${n}`),
  'name-slash-city': () => cityLine((n, c) => `${n} / ${c}`),
  'name-dash-role': () => {
    const name = anyone();
    return { head: ['H', `${name} - ${pick(ROLES)}`, 'D'], author: name };
  },
  'name-date-adjacent': () => {
    const name = anyone();
    return { head: ['H', `${name} ${pick(['9 سبتمبر 2024', '02/09/2024 14:26', '12 مايو 2023'])}`], author: name };
  },
  'date-then-by': () => {
    const name = anyone();
    return { head: ['H', `نشر في: 12 مايو 2023 بواسطة: ${name}`], author: name };
  },
  'name-reading-time': () => {
    const name = anyone();
    return { head: ['H', `${name} · ${pick(['3 دقائق للقراءة', '5 د قراءة', '1200 مشاهدة'])}`, 'D'], author: name };
  },
  'signature-after-text': () => {
    const name = anyone();
    return { head: ['H', 'D'], tail: [pick([name, `بقلم: ${name}`])], author: name };
  },
  // More negatives.
  'source-line': () => ({ head: ['H', 'D'], tail: [`المصدر: ${pick(AGENCIES)}`], author: null }),
  breadcrumb: () => ({ head: [`الرئيسية > ${pick(KICKERS)}`, 'H', 'D'], author: null }),
  'tags-after-text': () => ({ head: ['H', 'D'], tail: [`الوسوم: ${pick(KICKERS)}، ${pick(CITIES)}`], author: null }),
  'most-read-after-text': () => ({ head: ['H', 'D'], tail: ['الأكثر قراءة', 'RELATED'], author: null }),
  'date-only': () => ({ head: ['H', 'D'], author: null }),
  // Layouts around the byline (the third series): a deck or a caption between the headline and the
  // byline, a meta list, an avatar, a lynx page's indent, the date first.
  'deck-then-name': () => {
    const name = anyone();
    return { head: ['H', 'DECK', name, 'D'], author: name };
  },
  'deck-then-label': () => {
    const name = anyone();
    return { head: ['H', 'DECK', `بقلم: ${name}`, 'D'], author: name };
  },
  'caption-then-name': () => {
    const name = anyone();
    return { head: ['H', pick(['صورة أرشيفية', 'صورة من الحدث (أرشيفية)']), name, 'D'], author: name };
  },
  'meta-list': () => {
    const name = anyone();
    const bullet = pick(['* ', '• ', '  • ']);
    return { head: ['H', `${bullet}${name}`, `${bullet}${pick(DATES)}`], author: name };
  },
  'avatar-then-name': () => {
    const name = anyone();
    return { head: ['H', pick(['![](/avatar.png)', '[IMG]', `[${name}]`]), name, 'D'], author: name };
  },
  'lynx-indent': () => {
    const name = anyone();
    return { head: ['H', pick([name, `بقلم: ${name}`, `${name} | ${pick(AGES)}`]), 'D'], indent: '   ', author: name };
  },
  'date-first-label': () => {
    const name = anyone();
    return { head: ['H', 'D', pick([`بقلم: ${name}`, `كتب: ${name}`, `بقلم ${name}`])], author: name };
  },
  'label-bar-date-time': () => {
    const name = anyone();
    return { head: ['H', `بقلم: ${name} | 12 مايو 2024 | ${pick(['3 دقائق', '5 دقائق للقراءة'])}`], author: name };
  },
  'latin-by-bar-date': () => {
    const name = pick(LATIN);
    return { head: ['H', `By ${name} | May 12, 2024`], author: name };
  },
  'name-spaced-date': () => {
    const name = anyone();
    return { head: ['H', `${name}      ${pick(DATES.filter((d) => !d.includes('|')))}`], author: name };
  },
  // A caption under the date line naming someone the text quotes: no writer.
  'caption-person-negative': () => {
    const name = anyone();
    return { head: ['H', 'D', pick([name, `${name} (أرشيفية)`])], quote: name, author: null };
  },
  // Names whose later word starts with و (وليد، وائل، وسام: the fourth series), and a section's pair of
  // nouns joined by و under the headline (no one's name).
  'waw-name-alone': () => {
    const name = pick(WAW_NAMES);
    return { head: ['H', name, 'D'], author: name };
  },
  'waw-name-city': () => {
    const name = pick(WAW_NAMES);
    return { head: ['H', `${pick(CITIES)} - ${name}`, 'D'], author: name };
  },
  'waw-name-meta': () => {
    const name = pick(WAW_NAMES);
    return { head: ['H', `${name} | ${pick(DATES.filter((d) => !d.includes('|')))}`], author: name };
  },
  'section-pair-negative': () => ({ head: ['H', pick(SECTION_PAIRS), 'D'], author: null }),
};

/** A byline line under the headline, over the date line: the name after its label. */
function byline(line) {
  const name = line.replace(/^(?:(?:كتبت|كتب|بقلم|تقرير|متابعة|إعداد|حوار|ترجمة|تحرير)\s*[-:/ـ]?\s*)/u, '');
  return { head: ['H', line, 'D'], author: name };
}

/** A name alone under the headline, over the date line, as a renderer prints a link (`form` writes it). */
function rendered(form) {
  const name = anyone();
  return { head: ['H', form(name), 'D'], author: name };
}

/** A writer page's path segment. */
const slug = () => String(100 + Math.floor(random() * 900));

/** A byline line with a city (`form` writes it). */
function cityLine(form) {
  const name = anyone();
  return { head: ['H', form(name, pick(CITIES)), 'D'], author: name };
}

function build() {
  const pool = articles();
  let next = 0;
  const cases = [];
  for (const [form, make] of Object.entries(FORMS)) {
    for (let k = 0; k < PER_FORM; k++) {
      const id = `${form}-${k}`;
      const spec = make();
      const article = pool[next++ % pool.length];
      const related = pool[(next + Math.floor(pool.length / 2)) % pool.length].title;
      const date = pick(DATES);
      const paragraphs = [...article.paragraphs];
      if (spec.lead) paragraphs[0] = `${spec.lead}${paragraphs[0]}`;
      if (spec.quote) paragraphs[1] = `وقال ${spec.quote} في تصريح صحفي إن ${paragraphs[1]}`;
      const fill = (line) =>
        ({
          H: article.title,
          D: date,
          RELATED: related,
          // A standfirst: the text's first sentence part.
          DECK: article.paragraphs[0].split(/[،.]/u)[0],
        })[line] ?? line;
      const lines = [pick(MENUS), ...spec.head.map(fill), ...paragraphs, ...(spec.tail ?? []).map(fill), pick(FOOTERS)]
        .filter(Boolean)
        .map((line) => `${spec.indent ?? ''}${line}`);
      const hash = createHash('sha1').update(id).digest();
      cases.push({
        id,
        form,
        split: hash.readUInt32BE(0) % HELD_BACK_EVERY === 0 ? 'held-back' : 'dev',
        text: lines.join(random() < 0.5 ? '\n' : '\n\n'),
        author: spec.author,
      });
    }
  }
  return cases;
}

const cases = build();
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, `${JSON.stringify(cases, null, 2)}\n`);
const held = cases.filter((c) => c.split === 'held-back').length;
console.log(`${cases.length} cases (${cases.length - held} dev, ${held} held back) -> ${path.relative(ROOT, OUT)}`);
