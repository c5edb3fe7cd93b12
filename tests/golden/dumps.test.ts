/**
 * Golden tests on real dumps of different sites and dump styles (issue 2, point 6): titles on line 1,
 * bullets and no bullets, renderer output, crawl excerpts, a newspaper corpus file, a CulturaX row and
 * an HPLT JSONL record. The assertions spell out what reading each input shows; the full records are
 * kept beside each input, in fixtures/golden/<name>/expected.json (review any update against the input).
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/index.js';
import { jsonLines, runCli } from '../helpers/cli.js';
import { goldenCase } from '../helpers/fixtures.js';
import { expectGolden } from '../helpers/golden.js';
import { expectSchemaRecords } from '../helpers/records.js';

interface Case {
  /** The input as the corpus names it; its golden case is fixtures/golden/<file less its extension>/. */
  file: string;
  args?: string[];
  check: (records: ArticleRecord[]) => void;
}

const first = (r: ArticleRecord): string => r.paragraphs[0] ?? '';
const last = (r: ArticleRecord): string => r.paragraphs.at(-1) ?? '';

const CASES: Case[] = [
  {
    // warc2text: <title> on line 1, the menu, an ad slot, the headline again, U+00A0 spacer lines, a towns list, footer.
    file: 'legwareb.info.warc2text.txt',
    check: ([r]) => {
      expect(r!.title).toBe('القبض على أفراد من عصابة في روصو');
      expect(r!.paragraphs).toHaveLength(4);
      expect(first(r!)).toMatch(/^تمكنت فرقة من مفوضية الشرطة القضائية/);
      expect(last(r!)).toMatch(/^وقد سافرت الفرقة إلى مدينة روصو/);
      expect(r!.body).not.toMatch(/المقاطعات|تابعونا|جميع الحقوق|مساحة إعلانية/);
    },
  },
  {
    // Resiliparse-like full page: menus as bullets, title then date line and caption, tag list, read-also and most-read lists.
    file: 'akhbarelyom.com.resiliparse.txt',
    check: ([r]) => {
      expect(r!.site).toBe('akhbarelyom');
      expect(r!.title).toBe('36 عامًا.. سر رحيل نعيمة عاكف في سن مبكر');
      expect(r!.published).toBe('2020-10-07T12:09');
      expect(r!.paragraphs).toHaveLength(4);
      expect(first(r!)).toMatch(/^يصادف اليوم ذكرى ميلاد الفنانة نعيمة عاكف/);
      expect(r!.keywords).toEqual(['النمر', 'مدرسة البنات', 'نعيمة عاكف', 'فتاة السيرك', 'بياعة الجرايد']);
      expect(r!.related.filter((x) => x.relation === 'read-also').map((x) => x.title)).toEqual([
        'سلطان صلاح يشارك بـ«حارة القبة» في رمضان المقبل',
        'يكبرها بـ10 سنوات..تفاصيل قصة حب كارمن سليمان ومصطفى جاد',
        'صناع «خليك فولاذي» يكشفون كواليس خلطة تامر حسني في الألبوم الجديد',
      ]);
      expect(r!.related.map((x) => x.title)).not.toContain('أخبار الفن: 36 عامًا.. سر رحيل نعيمة عاكف في سن مبكر');
    },
  },
  {
    // Crawl excerpt: title on line 1, a date line in Arabic-Indic digits, a trailing "تصنيف :" label.
    file: 'alalam.ir.excerpt.txt',
    check: ([r]) => {
      expect(r!.title).toBe('الجیش السوری یبدا عملية جديدة لتامين المدخل الشمالي لدمشق');
      // "٠٤:١٩ بتوقيت غرينتش": 04:19 GMT.
      expect(r!.published).toBe('2016-11-22T04:19Z');
      expect(r!.paragraphs).toHaveLength(1);
      expect(r!.body).not.toContain('تصنيف');
    },
  },
  {
    // Arabic Newspapers Corpus: title on line 1, CRLF line ends, a NUL byte at the end, Moroccan month names.
    file: 'MAP2.newspapers-corpus.txt',
    check: ([r]) => {
      expect(r!.title).toBe('بعد مرور سنة على إقراره، أي تفعيل للدستور');
      expect(r!.paragraphs).toHaveLength(6);
      expect(first(r!)).toMatch(/^لم يعد يفصل الدستور الجديد/);
      expect(r!.body).not.toMatch(/[\r\0]/);
      expect(r!.dateMentions.map((m) => m.text)).toContain('29 يوليوز من السنة الماضية');
    },
  },
  {
    // CulturaX row: "<headline>. - Anwalpress - أنوال بريس" on line 1, the headline on line 2, no final newline.
    file: 'culturax_mC4_98635.txt',
    check: ([r]) => {
      expect(r!.title).toBe('دورة تكوينية حول الإعلام، القوانين، الدين و القيم الديمقراطية.');
      expect(r!.paragraphs).toHaveLength(4);
      expect(first(r!)).toMatch(/^ينظم مركز ابن رشد للدراسات/);
      expect(r!.body).not.toContain('Anwalpress');
    },
  },
  {
    // python3-html2text: Markdown links, images and headings; a poll widget between title and body.
    file: 'albayan.ae.html2text-py.txt',
    check: ([r]) => {
      expect(r!.site).toBe('albayan');
      expect(r!.title).toBe('القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات');
      expect(r!.published).toBe('2020-06-03');
      expect(r!.source).toBe('البيان');
      expect(r!.paragraphs).toHaveLength(3);
      expect(r!.body).not.toMatch(/\]\(|طباعة|غوغل نيوز|Poll/);
    },
  },
  {
    // lynx: body indented 3 spaces and hard-wrapped, "(CNN) --" dateline, a comment policy block, references.
    file: 'arabic.cnn.com.lynx.txt',
    check: ([r]) => {
      expect(r!.site).toBe('cnn-arabic');
      expect(r!.title).toBe('معارضون يسيطرون على مخازن للصواريخ بريف دمشق');
      expect(r!.source).toBe('CNN');
      expect(r!.published).toBe('2013-08-28');
      expect(r!.paragraphs).toHaveLength(7);
      expect(first(r!)).toMatch(/^أكدت جهات سورية معارضة أن فصائل مسلحة/);
      expect(r!.body).not.toMatch(/IFRAME|file:\/\/|ترحب شبكة CNN|References/);
    },
  },
  {
    // w3m: hard-wrapped at 200 columns, nested bullets, the headline with the photo caption in one line, tags under an icon.
    file: 'youm7.com.w3m.txt',
    check: ([r]) => {
      expect(r!.title).toBe('وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة');
      expect(r!.author).toBe('أسماء نصار');
      expect(r!.published).toBe('2020-08-24T09:23');
      expect(r!.paragraphs).toHaveLength(6);
      expect(first(r!)).toMatch(
        /^شهد الدكتور محمد عبد العاطي وزير الموارد المائية والرى مراسم توقيع عقد المرحلة الثانية .* بجمهورية مصر العربية\.$/,
      );
      expect(r!.keywords).toEqual(['وزير الرى', 'الأمن المستدام', 'الخزانات الجوفية', 'جامعة القاهرة']);
      expect(r!.related.slice(0, 4).map((x) => x.relation)).toEqual(['similar', 'similar', 'similar', 'similar']);
    },
  },
  {
    // Crawl excerpt: the headline twice, a Moroccan date line "الأحد 9 نونبر 2014 - 00:42".
    file: 'hespress.com.excerpt.txt',
    check: ([r]) => {
      expect(r!.title).toBe('قرية أيت حساين .. موطن الهشاشة في منطقة فكّ عُزلتها المَلك');
      expect(r!.published).toBe('2014-11-09T00:42');
      expect(r!.paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(first(r!)).toMatch(/^تقودك إليها طريق صعبة من مدينة مكناس/);
    },
  },
  {
    // One paragraph per line, no title, the agency dateline "العمانية - الشبيبة".
    file: 'shabiba.com.excerpt.txt',
    check: ([r]) => {
      expect(r!.title).toBeNull();
      expect(r!.source).toBe('العمانية');
      expect(r!.paragraphs).toHaveLength(4);
      expect(last(r!)).toBe('حضر المقابلة سعادة سفير المملكة المتحدة المعتمد لدى سلطنة عمان.');
    },
  },
  {
    // Category + timestamp line, the "بغداد اليوم - بغداد" dateline, "أهم الاخبار" with a glued teaser of the next story.
    file: 'baghdadtoday.news.excerpt.txt',
    check: ([r]) => {
      expect(r!.title).toBe('عمليات بغداد تنفي إغلاق ساحة التحرير وسط بغداد احتجاجا على ايقاف قانون العفو العام');
      expect(r!.source).toBe('بغداد اليوم');
      expect(r!.published).toBe('2025-02-04T23:16');
      expect(r!.paragraphs).toHaveLength(3);
      expect(r!.related).toEqual([
        {
          title: 'السوداني يؤكد مواصلة الحكومة تطوير ملف الطاقة الذي يشكل قاعدة للخطط التنموية الشاملة',
          url: null,
          relation: 'more',
        },
      ]);
      expect(r!.dateMentions.map((m) => [m.text, m.value])).toEqual([
        ['اليوم الثلاثاء', '2025-02-04'],
        ['4 شباط 2025', '2025-02-04'],
      ]);
    },
  },
  {
    // HPLT JSONL record: trafilatura text in "t" (no title), the URL in "u".
    file: 'hplt-wide74.jsonl',
    args: ['--text-field', 't', '--url-field', 'u'],
    check: ([r]) => {
      expect(r!.input).toEqual({
        file: 'fixtures/golden/hplt-wide74/source.jsonl',
        doc: 0,
        line: 1,
        id: null,
        url: 'http://legwareb.info/2014-03-27-15-52-42-/3944-2015-03-11-10-49-57',
      });
      expect(r!.site).toBe('legwareb');
      expect(r!.title).toBeNull();
      expect(r!.paragraphs).toHaveLength(4);
    },
  },
];

describe('golden records of real dumps', () => {
  for (const c of CASES) {
    it(c.file, () => {
      const golden = goldenCase(`golden/${c.file.replace(/\.(txt|jsonl)$/, '')}`);
      const result = runCli(['extract', '-q', golden.source, ...(c.args ?? [])]);
      expect(result.status).toBe(0);
      const records = jsonLines<ArticleRecord>(result.stdout);
      expect(records.length).toBeGreaterThan(0);
      expectSchemaRecords(records);
      c.check(records);
      for (const r of records) for (const m of r.dateMentions) expect(r[m.field]?.slice(m.start, m.end)).toBe(m.text);
      expectGolden(golden.expected, records);
    });
  }
});
