/**
 * A list whose items print their date after the headline ("… November 9, 2020") under a heading no
 * cleaner knows (round 15): the date's comma and the headlines' length made sentences of them, and the
 * article's body ran on into the lists. Read with the generic cleaner alone, as a site with no cleaner is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { isDatedItem } from '../../../src/segment/prose.js';
import { FIXTURES } from '../../helpers/fixtures.js';

describe('a list of dated headlines', () => {
  it('a headline with its date after it is an item; a sentence with the date run on after it is not', () => {
    expect(isDatedItem('باسيل أسير حزب الله وأسير العقوبات يضيع “عرش” بعبدا November 9, 2020')).toBe(true);
    expect(isDatedItem('باسيل أُستهدف في السباق الرئاسي ومعركة التصفيات بدأت؟ 2020-11-09')).toBe(true);
    expect(isDatedItem('الحكومة تكشف حقيقة تحويل دعم الخبز إلى نقدي 24 ديسمبر 2020')).toBe(true);
    expect(isDatedItem('وتعمل الوزارة على ترميم ما دمره داخل المستشفى بشكل تدريجي.  15 تشرين ثاني 2023')).toBe(false);
    expect(isDatedItem('قتل 20 شخصا في خروج قطارين عن القضبان في الهند عام 2020')).toBe(false);
    expect(isDatedItem('2020-11-09')).toBe(false);
  });

  it("stays out of the article's body (the dev set's beirutobserver page in lynx with references)", () => {
    const dump = readFileSync(join(FIXTURES, 'devset/pages/c-beirutobserver.com-01-lynx-refs.txt'), 'utf8');
    const [record, ...rest] = extract(dump, { site: 'generic' });
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe('مقتل 20 على الاقل في خروج قطارين عن القضبان بسبب الفيضانات في وسط الهند');
    expect(record!.paragraphs).toHaveLength(3);
    expect(record!.paragraphs.some((p) => /\d{4}$/u.test(p))).toBe(false);
    // The headings no rule knows ("أخبار ٢٤ ساعة", "مراقب حر") head their lists: the items are related.
    expect(record!.related).toContainEqual(
      expect.objectContaining({ relation: 'more', title: expect.stringMatching(/^باسيل أسير حزب الله/u) }),
    );
  });

  it('under a heading no rule knows, three dated headlines make a list; two do not', () => {
    const prose = [
      'قالت الحكومة الهندية اليوم إن قطارين سريعين خرجت بعض عرباتهما عن القضبان على جسر في ولاية ماديا براديش، ما أدى إلى مقتل عشرين شخصا على الأقل.',
      'وقالت وزارة السكك الحديدية إن اثنتي عشرة عربة خرجت عن القضبان قرب بلدة هاردا بعد أن جرفت مياه الفيضانات جزءا من الجسر، وإن فرق الإنقاذ تعمل في الموقع.',
    ];
    const items = [
      'باسيل أسير حزب الله وأسير العقوبات يضيع عرش بعبدا November 9, 2020',
      'المبادرة تبخرت والمداورة سقطت November 9, 2020',
      'لا حكومة إلا بإعادة إحياء معادلة الحريري وباسيل November 3, 2020',
    ];
    const [record] = extract(['مقتل 20 في خروج قطارين عن القضبان', ...prose, 'مراقب حر', ...items].join('\n\n'));
    expect(record!.paragraphs).toEqual(prose);
    // The day each item ends with is the list's, not the headline's (round 47).
    expect(record!.related.map((r) => [r.relation, r.title])).toEqual(
      items.map((t) => ['more', t.replace(/ [A-Z][a-z]+ \d+, \d{4}$/u, '')]),
    );
    const [two] = extract(
      ['مقتل 20 في خروج قطارين عن القضبان', ...prose, 'مراقب حر', ...items.slice(0, 2)].join('\n\n'),
    );
    expect(two!.related).toEqual([]);
  });
});

describe("a list of headlines over their date lines, then the page's headline", () => {
  const items = [
    'بلاتر مستمر في قيادة الفيفا حتى 26 فبراير المقبل.. ويتعهد بعدم الترشح مجددا',
    'احتجاجات في شوارع فيرغسون في ذكرى عام على مقتل براون',
    'راموس يطلق "نجم آخر في قلبك" قبل المونديال',
    'الإعلام البلجيكي سعيد وحذر بعد الفوز على الأخضر',
  ];
  const HEADLINE = 'مئات الآلاف من المستوطنين يتظاهرون في المدن المحتلة للمطالبة بصفقة تبادل للأسرى';
  const STANDFIRST =
    'الشوارع في "إسرائيل" تشتعل تحضراً للإضراب الكبير يوم غد في تظاهرات متعددة تطالب بالتراجع عن قرار "الكابينت" بشأن "محور فيلادلفيا" من أجل الوصول إلى صفقة تبادل للأسرى.';
  const TEXT = [
    'بعد الإعلان عن مقتل 6 أسرى إسرائيليين بنيران الجيش الإسرائيلي أثناء محاولة الوصول إليهم، انتشرت دعوات لإضراب واسع يوم غد، إذ شملت الدعوات المرافق العامة والمؤسسات الرسمية والتربوية وغيرها.',
    'وقدّر المراقبون عدد المتظاهرين في تل أبيب حتى الآن بـ280 ألف شخص، على الرغم من محاولات الشرطة العديدة لفض التجمعات التي ما كانت تتفرق حتى تلتئم من جديد بشكل أكبر.',
  ];

  it('an item between two date lines, with headlines over and under them, is no title: the headline over the text is', () => {
    const dates = [
      '2024/09/21 - 11:38 مساءً',
      '2024/09/19 - 11:38 مساءً',
      '2024/09/16 - 11:38 مساءً',
      '2024/09/07 - 11:38 مساءً',
    ];
    const list = items.flatMap((item, k) => [item, dates[k]!]);
    const [record] = extract([...list, HEADLINE, STANDFIRST, '2024/09/01 - 11:38 مساءً', ...TEXT].join('\n\n'));
    expect(record!.title).toBe(HEADLINE);
    expect(record!.published).toBe('2024-09-01T23:38');
  });
});

describe("a headline under a dated list's last item, over its own date line", () => {
  it("opens the article over two paragraphs about it (the dev set's regional paper in lynx, generic cleaner alone)", () => {
    // "آخر الأخبار", six headlines each over its date line, then the page's headline, its "تم نشره …" line
    // and a text of two paragraphs: a list's teaser is one.
    const id = 'c-regional-paper-00-lynx';
    const gold = JSON.parse(readFileSync(join(FIXTURES, `devset/gold/${id}.json`), 'utf8')) as {
      records: { title: string; published: string }[];
    };
    const [record] = extract(readFileSync(join(FIXTURES, `devset/pages/${id}.txt`), 'utf8'), { site: 'generic' });
    expect(record!.title).toBe(gold.records[0]!.title);
    expect(record!.published).toBe(gold.records[0]!.published);
  });

  it('opens it over one lead longer than a teaser, then a subhead (a report in resiliparse, generic cleaner alone)', () => {
    // "آخر الأخبار", five dated headlines, the page's headline over "تم نشره …" and the writer's name, then a
    // lead of seventy words ending with ":" and the report's first subhead ("أولاً: الأسعار").
    const id = 'x-regional-paper-04-resiliparse';
    const gold = JSON.parse(readFileSync(join(FIXTURES, `devset/gold/${id}.json`), 'utf8')) as {
      records: { title: string; author: string; published: string }[];
    };
    const [record] = extract(readFileSync(join(FIXTURES, `devset/pages/${id}.txt`), 'utf8'), { site: 'generic' });
    expect(record!.title).toBe(gold.records[0]!.title);
    expect(record!.author).toBe(gold.records[0]!.author);
    expect(record!.published).toBe(gold.records[0]!.published);
    expect(record!.related.map((r) => r.title)).not.toContain(gold.records[0]!.title);
  });
});

describe('a heading no rule knows past the article’s tags (round 22)', () => {
  const title = 'مقتل 20 في خروج قطارين عن القضبان';
  const prose = [
    'قالت الحكومة الهندية اليوم إن قطارين سريعين خرجت بعض عرباتهما عن القضبان على جسر في ولاية ماديا براديش، ما أدى إلى مقتل عشرين شخصا على الأقل.',
    'وقالت وزارة السكك الحديدية إن اثنتي عشرة عربة خرجت عن القضبان قرب بلدة هاردا بعد أن جرفت مياه الفيضانات جزءا من الجسر، وإن فرق الإنقاذ تعمل في الموقع.',
  ];
  const headlines = ['3 أخطاء أميركية ساهمت في بقاء النظام', 'تحذير عالمي من تسريع عمليات الولادة'];
  const footer = 'جميع الحقوق محفوظة © 2024';

  it('over headlines and nothing else to the footer heads a list of more news', () => {
    const [record] = extract(
      [title, ...prose, 'كلمات مفتاحية: الهند - قطارات', 'أخبار الاقتصاد', ...headlines, footer].join('\n\n'),
    );
    expect(record!.paragraphs).toEqual(prose);
    expect(record!.keywords).toEqual(['الهند', 'قطارات']);
    expect(record!.related.map((r) => [r.relation, r.title])).toEqual(headlines.map((t) => ['more', t]));
  });

  it('over headlines after prompts a rule removes (an alerts sign-up, an app line) heads a list of more news (round 8f7)', () => {
    const prompts = ['اشترك في تنبيهات الطقس لتصلك التحذيرات أولاً بأول', 'حمل التطبيق الآن App Store Google Play'];
    const [record] = extract([title, ...prose, ...prompts, 'أخبار الطقس', ...headlines, footer].join('\n\n'));
    expect(record!.paragraphs).toEqual(prose);
    expect(record!.related.map((r) => [r.relation, r.title])).toEqual(headlines.map((t) => ['more', t]));
  });

  it('is no heading inside a run of bare tag lines: the tags stay tags', () => {
    // Tags one a line under the text with no marker, words the article writes; the third is a short line over
    // longer ones, as a heading over headlines would be.
    const tags = ['ماديا براديش', 'هاردا', 'وزارة السكك الحديدية', 'مياه الفيضانات في الجسر', 'فرق الإنقاذ في الموقع'];
    const [record] = extract([title, ...prose, ...tags, footer].join('\n\n'));
    expect(record!.related).toEqual([]);
    expect(record!.keywords).toEqual(tags);
  });
});
