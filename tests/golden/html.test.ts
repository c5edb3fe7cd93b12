/**
 * Golden checks on the real Arabic pages in fixtures/html: what a reader sees on each page (its
 * headline, date, canonical URL, first and last body paragraph, tags, related links), checked by
 * reading the pages, and the gold of other tools where it exists (newspaper4k, fundus, trafilatura).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { articleTexts, pageDoc } from '../helpers/html.js';

interface Golden {
  title: string;
  /** ISO date, or null where only the date engine can read the page's date (non-ISO metadata). */
  date: string | null;
  url: string | null;
  first: string;
  last: string;
  keywords?: string[];
  related?: { count: number; first: { title: string; url: string; relation: string } };
}

const GOLDEN: Record<string, Golden> = {
  'akhbarelyom.com': {
    title: '36 عامًا.. سر رحيل نعيمة عاكف في سن مبكر',
    date: null,
    url: 'https://akhbarelyom.com/news/newdetails/3126898/1/36-عامًا..-سر-رحيل-نعيمة-عاكف-في-سن-مبكر',
    first: 'يصادف اليوم ذكرى ميلاد الفنانة نعيمة عاكف',
    last: 'بعد رحلة مع مرض سرطان الأمعاء.',
    keywords: ['النمر', 'مدرسة البنات', 'نعيمة عاكف', 'فتاة السيرك', 'بياعة الجرايد'],
  },
  'albayan.ae': {
    title: 'القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات',
    date: '2020-06-03T03:01+04:00',
    url: 'https://www.albayan.ae/across-the-uae/news-and-reports/2020-06-03-1.3874341',
    first: 'ثمّن أحمد ساير داودزي، القائم بأعمال السفارة الأفغانية',
    last: 'والحد من انتشاره والقضاء عليه.',
  },
  'almadenahnews.com': {
    title: 'أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا',
    date: null,
    url: 'https://www.almadenahnews.com/article/825076-أميركا-50-الفا-حصيلة-الوفيات-بسبب-فيروس-كورونا',
    first: 'بلغت حصيلة الوفيات الناجمة عن فيروس كورونا المستجدّ في الولايات المتحدة',
    last: '--(بترا)',
    related: {
      // The ten similar headlines, and the slide-in box's one under "يمكنك أيضا قراءة" (read-also, round 43).
      count: 11,
      first: {
        title: 'بدء تخفيف قيود الحركة في الإمارات...',
        url: 'https://www.almadenahnews.com/article/825079-بدء-تخفيف-قيود-الحركة-في-الإمارات',
        relation: 'similar',
      },
    },
  },
  'alyaum.com': {
    title: 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله',
    date: '2020-12-01T02:00:00+03:00',
    url: 'https://www.alyaum.com/articles/6291787/القارات-السبع/طهران-تدفن-زادة-وتتهم-المعارضة-الإيرانية-باغتياله',
    first: 'وسط تهديدات إيرانية بالانتقام وتوعد إسرائيلي برد قاس',
    last: 'ستواصل منع إيران من امتلاك سلاح نووي.',
  },
  'arabic.cnn.com': {
    title: 'معارضون يسيطرون على مخازن للصواريخ بريف دمشق',
    date: null,
    url: 'http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html',
    first: 'دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة',
    last: 'في سوريا بشكل مستقل.',
  },
  'arabic.sputniknews.com': {
    title: 'مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا',
    date: '2020-03-17T17:27:41Z',
    url: 'https://arabic.sputniknews.com/arab_world/202003171044893040-مصر-تسجل-30-إصابة-جديدة-وحالتي-وفاة-بفيروس-كورونا/',
    first: 'أعلنت وزارة الصحة والسكان المصرية، اليوم الثلاثاء',
    last: 'من احتمال تزايد المصابين بشكل كبير.',
    keywords: ['مصر', 'فيروس كورونا'],
  },
  'assabah.com.tn': {
    title:
      'الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة سودانية ولا حاجة لنستورد شيئا',
    date: null,
    url: 'http://www.assabah.com.tn/article/164913/الناشط-الحقوقي-السوداني-خالد-عبد-الكريم-ماسا-لـ«الصباح»-كل-الشروط-متوفرة-لثورة',
    first: '- الجيل الذي سعى النظام لتدجينه طوال 3 عقود',
    last: 'التفكير في العلاقة بين الخرطوم وتل ابيب.',
    keywords: [],
  },
  'beirutobserver.com': {
    title: 'سرقة منزل أميرة سعودية في باريس يضم أغراضاً فاخرة بقيمة 700 ألف دولار',
    date: '2020-11-09T18:34:47+00:00',
    url: 'https://www.beirutobserver.com/2020/11/2338761/',
    first: 'نشر موقع Middle East Eye البريطاني',
    last: 'حيث تقع شقة الأميرة السعودية.',
  },
  'elbaladtv.net': {
    title: 'تركى آل الشيخ بعد إصابة يسرا بكورونا: يارب يرفع عنك',
    date: '2020-12-25T01:59:50+02:00',
    url: 'https://elbaladtv.net/تركى-آل-الشيخ-بعد-إصابة-يسرا-بكورونا-يا/',
    first: 'انتشر خبر خلال الساعات الأخيرة علي السوشيال ميديا',
    last: 'تأليف أحمد عادل، وإخراج سامح عبد العزيز.',
    related: {
      count: 2,
      first: {
        title: 'المدير الفني لفريق الفيوم: هدفنا المربع الذهبي هذا الموسم.. فيديو',
        url: 'https://elbaladtv.net/المدير-الفني-لفريق-الفيوم-هدفنا-المرب/',
        relation: 'read-also',
      },
    },
  },
  'lbcgroup.tv': {
    title: '"شعر وردي يُشعل السخرية"… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب',
    date: '2026-01-08T11:42:50+00:00',
    url: 'https://www.lbcgroup.tv/news/lifestyle/898682/شعر-وردي-يُشعل-السخرية-لغز-لون-شعر-دونالد-ترامب-يربك-الجمهور-وخبير-يشر/ar',
    first: 'أثار ظهور دونالد ترامب بشعرٍ مائل إلى اللون الوردي',
    last: 'لا ينسجم إطلاقًا مع صورته المعتادة".',
  },
  'legwareb.info': {
    title: 'القبض على أفراد من عصابة في روصو',
    date: null,
    url: null,
    first: 'تمكنت فرقة من مفوضية الشرطة القضائية من القبض على بقية العصابة',
    last: 'اثر تنفيذ العملية وتقاسم الغنيمة.',
  },
  'youm7.com': {
    title: 'وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة',
    date: '2020-08-24T09:23:13Z',
    url: 'https://www.youm7.com/story/2020/8/24/وزير-الرى-يشهد-توقيع-عقد-دراسة-تحديد-السحب-الآمن-للخزانات/4943459',
    first: 'شهد الدكتور محمد عبد العاطي وزير الموارد المائية والرى مراسم توقيع عقد المرحلة الثانية',
    last: 'علي ضرورة بذل المزيد من الجهد بالمرحلة الثانية للدراسة.',
    keywords: ['وزير الرى', 'الأمن المستدام', 'الخزانات الجوفية', 'جامعة القاهرة'],
    related: {
      count: 4,
      first: {
        title: 'وزير الرى: لجنة إيراد النهر فى انعقاد مستمر لمتابعة موقف الفيضان',
        url: 'https://www.youm7.com/story/2020/8/23/وزير-الرى-لجنة-إيراد-النهر-فى-انعقاد-مستمر-لمتابعة-موقف/4941961',
        relation: 'similar',
      },
    },
  },
};

describe('golden Arabic pages', () => {
  for (const [site, gold] of Object.entries(GOLDEN)) {
    it(`${site}: title, date, URL, language, body bounds, tags and related links`, () => {
      const doc = pageDoc(site);
      expect(doc.meta).toMatchObject({ title: gold.title, url: gold.url, lang: 'ar' });
      if (gold.date) expect(doc.meta.date).toBe(gold.date);
      const body = articleTexts(doc);
      const first = body.findIndex((t) => t.includes(gold.first));
      const last = body.findLastIndex((t) => t.endsWith(gold.last));
      expect(first, 'first paragraph kept').toBeGreaterThanOrEqual(0);
      expect(last, 'last paragraph kept, after the first').toBeGreaterThanOrEqual(first);
      // Nothing before the first paragraph but short lead-in lines (source, date line, caption).
      expect(body.slice(0, first).every((t) => t.length < 80)).toBe(true);
      expect(
        doc.blocks.some((b) => b.outside && b.tag === 'h1' && b.text === gold.title) ||
          !doc.blocks.some((b) => b.tag === 'h1' && b.text === gold.title),
      ).toBe(true);
      if (gold.keywords) expect(doc.meta.keywords).toEqual(gold.keywords);
      if (gold.related) {
        expect(doc.related).toHaveLength(gold.related.count);
        expect(doc.related![0]).toEqual(gold.related.first);
        expect(doc.related!.every((r) => r.url?.startsWith('http'))).toBe(true);
      }
    });
  }

  it("arabic.cnn.com: every paragraph of newspaper4k's gold text is in the article", () => {
    const gold = readFileSync(fixture('html/arabic.cnn.com/expected-newspaper4k-text.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const body = articleTexts(pageDoc('arabic.cnn.com'));
    for (const paragraph of gold) expect(body).toContain(paragraph.trim());
  });

  it("lbcgroup.tv: fundus's six paragraphs are the article's paragraphs", () => {
    const fundus = JSON.parse(readFileSync(fixture('html/lbcgroup.tv/expected-fundus.json'), 'utf8'));
    const paragraphs: string[] = fundus.V1.body.sections.flatMap((s: { paragraphs: string[] }) => s.paragraphs);
    const body = articleTexts(pageDoc('lbcgroup.tv'));
    for (const paragraph of paragraphs) expect(body).toContain(paragraph);
  });

  it("assabah.com.tn: trafilatura's with/without snippets", () => {
    const gold = JSON.parse(readFileSync(fixture('html/assabah.com.tn/expected-trafilatura-evaldata.json'), 'utf8'));
    const body = articleTexts(pageDoc('assabah.com.tn')).join('\n');
    for (const snippet of gold.with) expect(body).toContain(snippet);
    for (const snippet of gold.without) expect(body).not.toContain(snippet);
  });
});
