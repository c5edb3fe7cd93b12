/**
 * Where a further article starts with no marker (issue 8f): the layout evidence a page gives besides a
 * change of subject: a tail (tags, source line) before the headline, a date line or byline under it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { FIXTURES } from '../../helpers/fixtures.js';
import { loadBuiltinCleaners } from '../../../src/cleaners/builtins.js';
import { SHARE_ROW_RULE } from '../../../src/vocabulary.js';

const page = (...lines: string[]): string => lines.join('\n\n');

// The dev set's first article of a page: a ministry's water study.
const WATER = {
  title: 'وزير الري يشهد توقيع عقد دراسة السحب الآمن للخزانات الجوفية',
  paragraphs: [
    'شهد الدكتور محمد عبد العاطي وزير الموارد المائية والري توقيع عقد المرحلة الثانية من دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة، بحضور عدد من قيادات الوزارة والجامعة.',
    'وأوضح الوزير أن الدراسة تهدف إلى تحديد كميات السحب الآمن من الخزانات الجوفية على مستوى الجمهورية، بما يضمن استدامة الموارد المائية للأجيال القادمة.',
    'وأشار رئيس قطاع المياه الجوفية إلى أن القطاع ينفذ حالياً المرحلة الأولى من آبار المراقبة العميقة التي تم تحديدها بالتنسيق مع الجامعة.',
  ],
};
// Another story on the same subject (the same ministry, its wells and water).
const WELLS = {
  title: 'وزير الري يتفقد آبار المراقبة في محافظة الفيوم',
  paragraphs: [
    'تفقد وزير الموارد المائية والري آبار المراقبة العميقة في محافظة الفيوم، واستمع إلى شرح من رئيس قطاع المياه الجوفية عن كميات السحب من الخزانات.',
    'وأكد الوزير أن الوزارة تتابع منسوب المياه الجوفية في الآبار كل شهر، وأن نتائج الدراسة ستحدد السحب الآمن في المحافظة خلال العام المقبل.',
  ],
};
// A story of another subject.
const STORM = {
  title: 'عاصفة ثلجية تغلق الطرق في جنوب لبنان',
  paragraphs: [
    'أغلقت عاصفة ثلجية قوية عدداً من الطرق الجبلية في جنوب لبنان، وطلبت قوى الأمن الداخلي من المواطنين عدم سلوكها إلا عند الضرورة القصوى.',
    'وعملت فرق الدفاع المدني طوال الليل على فتح الطرق المقطوعة بالثلوج، فيما أعلنت وزارة التربية إقفال المدارس في القرى الجبلية ليوم واحد.',
  ],
};
const TAGS = 'كلمات دلالية: وزارة الري، المياه الجوفية';

/** A dev-set page gives its gold records' titles and tags. */
function expectGoldTitlesAndTags(id: string): void {
  const dir = join(FIXTURES, 'devset');
  const text = readFileSync(join(dir, `pages/${id}.txt`), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, `gold/${id}.json`), 'utf8')) as {
    records: { title: string; keywords: string[] }[];
  };
  const records = extract(text);
  expect(records.map((r) => r.title)).toEqual(gold.records.map((r) => r.title));
  expect(records.map((r) => r.keywords)).toEqual(gold.records.map((r) => r.keywords));
}

/** The dump gives the water article, then one embedded story under `headline`; its records. */
/** A story under a headline that names none of its words, after a share row (rounds 29 and 38). */
const WINTER = {
  headline: 'مشاهد من شتاء استثنائي',
  share: 'انشر على: فيسبوك | تويتر | لينكدإن',
  story: [
    ...STORM.paragraphs,
    'وقال رئيس بلدية إحدى البلدات إن الثلوج تراكمت إلى أكثر من متر في بعض الأحياء، وإن الأهالي يعانون من انقطاع الكهرباء والمياه منذ يومين.',
  ],
};

function expectWaterThenStory(dump: string, headline: string, paragraphs: string[]): ReturnType<typeof extract> {
  const records = extract(dump);
  expect(records.map((r) => r.title)).toEqual([WATER.title, headline]);
  expect(records[1]).toMatchObject({ role: 'embedded', paragraphs });
  return records;
}

describe('a further article with no marker', () => {
  it("after the first article's tags, a headline with its own date line over a story of the same subject", () => {
    const records = extract(
      page(WATER.title, ...WATER.paragraphs, TAGS, WELLS.title, '2024/01/12', ...WELLS.paragraphs),
    );
    expect(records.map((r) => r.title)).toEqual([WATER.title, WELLS.title]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: WELLS.paragraphs, published: '2024-01-12' });
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
  });

  it("after the first article's tags, a headline with its own date line that names its story by a word only, on the same subject (round 8q)", () => {
    // The dev set's regional-paper family: an analysis worded apart from its text ("سيوف "إسرائيل" الحديدية
    // تنتقل إلى الضفة... ما الذي تسعى خلفه!") after a news story on the same subject and its tags.
    const headline = 'ماذا تخبئ الخزانات تحت رمال الصحراء؟';
    const records = extract(page(WATER.title, ...WATER.paragraphs, TAGS, headline, '2024/01/12', ...WELLS.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, headline]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: WELLS.paragraphs, published: '2024-01-12' });
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
    // With no date line under it, the same line after the tags opens no article of the same subject.
    expect(extract(page(WATER.title, ...WATER.paragraphs, TAGS, headline, ...WELLS.paragraphs))).toHaveLength(1);
  });

  it("the dev set's regional-paper page in lynx with references: the analysis after the tags is an article of its own", () => {
    const dir = join(FIXTURES, 'devset');
    const id = 'x-regional-paper-01-lynx-refs';
    const gold = JSON.parse(readFileSync(join(dir, `gold/${id}.json`), 'utf8')) as {
      records: { title: string; paragraphs: string[] }[];
    };
    const records = extract(readFileSync(join(dir, `pages/${id}.txt`), 'utf8'));
    expect(records.map((r) => r.title)).toEqual(gold.records.map((r) => r.title));
    expect(records[1]!.paragraphs).toEqual(gold.records[1]!.paragraphs);
  });

  it("after the first article's tags, a short headline with its own date line (a column's name)", () => {
    const short = 'عاصفة جنوب لبنان';
    const records = extract(page(WATER.title, ...WATER.paragraphs, TAGS, short, '2024/01/12', ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, short]);
    expect(records[1]!.paragraphs).toEqual(STORM.paragraphs);
    // With no tail before it, a short line over the text is a subhead of the same article.
    expect(extract(page(WATER.title, ...WATER.paragraphs, short, ...STORM.paragraphs))).toHaveLength(1);
  });

  it('a name over a text that opens with it is a box saying who that is, not a story (round 15)', () => {
    // The dev set's elbaladtv page read with the generic cleaner alone, as a site with no cleaner is: the
    // channel's "about" box in the footer ("قناة صدى البلد" over "قناة صدى البلد قناة مصرية ؛ انطلقت …").
    const dump = readFileSync(join(FIXTURES, 'devset/pages/c-elbaladtv.net-13-resiliparse.txt'), 'utf8');
    const records = extract(dump, { site: 'generic' });
    expect(records).toHaveLength(1);
    expect(records[0]!.paragraphs.some((p) => p.startsWith('قناة صدى البلد قناة مصرية'))).toBe(false);
    expect(records[0]!.related.map((r) => r.title)).not.toContain('قناة صدى البلد');
    // "About" the name ("عن المدينة الإخبارية" over "المدينة الإخبارية صحيفة الكترونية …"): the same box.
    const about = readFileSync(join(FIXTURES, 'devset/pages/c-almadenahnews.com-06-warc2text.txt'), 'utf8');
    expect(extract(about, { site: 'generic' }).map((r) => r.title)).not.toContain('عن المدينة الإخبارية');
  });

  it('after the first article\'s tags, a headline the dump marks as one ("## …") over prose of the same subject about it', () => {
    const records = extract(page(WATER.title, ...WATER.paragraphs, TAGS, `## ${WELLS.title}`, ...WELLS.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, WELLS.title]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: WELLS.paragraphs });
    // Marked, with no tail: a section's subhead.
    expect(extract(page(WATER.title, ...WATER.paragraphs, `## ${WELLS.title}`, ...WELLS.paragraphs))).toHaveLength(1);
  });

  it("after the first article's tags, a headline over prose about it opens a story of the same subject (round 17)", () => {
    // Tags end an article: no subhead comes after them, and a related story is on the article's subject. (Round
    // 8q's build kept this headline in the first article, as the ## rule's test then said; issue 8 point 3 and
    // two dev pages, f3-religious-portal-18-warc2text and x-egypt-portal-10-warc2text, say a story.)
    const records = extract(page(WATER.title, ...WATER.paragraphs, TAGS, WELLS.title, ...WELLS.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, WELLS.title]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: WELLS.paragraphs });
    // With no tail, the same line is the article's subhead.
    expect(extract(page(WATER.title, ...WATER.paragraphs, WELLS.title, ...WELLS.paragraphs))).toHaveLength(1);
    // So is it after a source line alone (a tail, but no tags: a source line may stand in the middle of a text).
    expect(
      extract(page(WATER.title, ...WATER.paragraphs, 'المصدر: وكالة الأنباء', WELLS.title, ...WELLS.paragraphs)),
    ).toHaveLength(1);
  });

  it("right under the first article's tags, a headline that names its whole text by a word opens it, on the same subject (round 35)", () => {
    // Found by eval:furniture (seed 119): a story on the West Bank under the tags of one on Syria, both on the war.
    const headline = 'مخاوف من نضوب الخزانات في الصحراء الغربية';
    const text = [
      ...WELLS.paragraphs,
      'وأوضح رئيس قطاع المياه الجوفية أن الوزارة ستنشر نتائج المرحلة الأولى من الدراسة قبل نهاية العام، وأن الخزانات الجوفية في المحافظة تحتاج إلى خطة سحب جديدة.',
    ];
    expectWaterThenStory(page(WATER.title, ...WATER.paragraphs, TAGS, headline, ...text), headline, text);
    // Over a text of a paragraph or two it may be a list's teaser: the tags' first article keeps it out.
    expect(extract(page(WATER.title, ...WATER.paragraphs, TAGS, headline, WELLS.paragraphs[0]!))).toHaveLength(1);
  });

  it("after the first article's share row, a headline over prose about it opens a story of the same subject, as after its tags", () => {
    const records = extract(
      page(WATER.title, ...WATER.paragraphs, 'شارك: فيسبوك تويتر واتساب', WELLS.title, ...WELLS.paragraphs),
    );
    expect(records.map((r) => r.title)).toEqual([WATER.title, WELLS.title]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: WELLS.paragraphs });
    // Another dropped line there (an image's file name) is no share row: the headline stays the article's subhead.
    expect(
      extract(page(WATER.title, ...WATER.paragraphs, '[photo.jpg]', WELLS.title, ...WELLS.paragraphs)),
    ).toHaveLength(1);
  });

  it('the generic cleaner has the share-row rule the segmenter reads off its trace (SHARE_ROW_RULE)', () => {
    const generic = loadBuiltinCleaners().find((c) => c.name === SHARE_ROW_RULE.cleaner);
    expect(generic?.rules.drop.some((rule) => rule.name === SHARE_ROW_RULE.rule)).toBe(true);
  });

  it("on the dev set's pages with the generic cleaner alone: a story after the tags, whose text asks a question under its lead", () => {
    for (const id of ['f3-religious-portal-18-warc2text', 'x-egypt-portal-10-warc2text']) {
      const dir = join(FIXTURES, 'devset');
      const gold = JSON.parse(readFileSync(join(dir, `gold/${id}.json`), 'utf8')) as { records: { title: string }[] };
      const records = extract(readFileSync(join(dir, `pages/${id}.txt`), 'utf8'), { site: 'generic' });
      expect(
        records.map((r) => r.title),
        id,
      ).toEqual(gold.records.map((r) => r.title));
    }
  });

  it("after the first article's tags, a short headline over paragraphs of another story that are about it", () => {
    const short = 'عاصفة جنوب لبنان';
    const records = extract(page(WATER.title, ...WATER.paragraphs, TAGS, short, ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, short]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: STORM.paragraphs });
    expect(records[0]!.keywords).toEqual(['وزارة الري', 'المياه الجوفية']);
    // A short line over more of the same story is its subhead, tags or not.
    const subhead = 'آبار الفيوم';
    expect(extract(page(WATER.title, ...WATER.paragraphs, TAGS, subhead, ...WELLS.paragraphs))).toHaveLength(1);
  });

  it("after the first article's share row, a short headline over paragraphs of another story opens it, as after tags", () => {
    const short = 'الطرق الجبلية';
    const share = 'انشر على: فيسبوك | تويتر | لينكدإن';
    const records = extract(page(WATER.title, ...WATER.paragraphs, share, short, ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, short]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: STORM.paragraphs });
    // A short line over more of the same story is its subhead there too.
    expect(extract(page(WATER.title, ...WATER.paragraphs, share, 'آبار الفيوم', ...WELLS.paragraphs))).toHaveLength(1);
  });

  it('after the share row, a two-word exclamation opens the story, a read-also line over the row or not', () => {
    // Found by eval:furniture (round 28, seeds 4 and 12): the "!" read as a sentence's end.
    const short = 'أنت مبدع!';
    const share = 'انشر على: فيسبوك | تويتر | لينكدإن';
    for (const tail of [[share], ['إقرأ أيضاً منظمة الصحة العالمية تحذر من انتشار الأوبئة بعد الفيضانات', share]]) {
      const records = extract(page(WATER.title, ...WATER.paragraphs, ...tail, short, ...STORM.paragraphs));
      expect(
        records.map((r) => r.title),
        tail.join(' / '),
      ).toEqual([WATER.title, short]);
      expect(records[1], tail.join(' / ')).toMatchObject({ role: 'embedded', paragraphs: STORM.paragraphs });
    }
  });

  it('right under the share row, a headline that names no word of the whole text under it opens that story (round 29)', () => {
    // Found by eval:furniture (seed 14): "إنفوغرافيك.. صراع الخمسة الكبار" over a text on Amazon's market value.
    const { headline, share, story } = WINTER;
    const records = expectWaterThenStory(
      page(WATER.title, ...WATER.paragraphs, share, headline, ...story),
      headline,
      story,
    );
    expect(records[0]!.related.map((r) => r.title)).toEqual([headline]);
    // Over a text of the article's own subject, the line is its subhead: one article.
    const wells = [...WELLS.paragraphs, WATER.paragraphs[1]!];
    expect(extract(page(WATER.title, ...WATER.paragraphs, share, headline, ...wells))).toHaveLength(1);
    // Under a list's items (a related box with no marker), the last item is no story's headline.
    const items = ['وزير الري يفتتح محطة جديدة لمعالجة المياه', 'الأرصاد تحذر من أمطار غزيرة نهاية الأسبوع'];
    const listed = extract(page(WATER.title, ...WATER.paragraphs, share, ...items, headline, ...story));
    expect(listed.map((r) => r.title)).not.toContain(headline);
  });

  it("past the article's closing sentence too short to weigh as prose, the share row and a headline that names no word of the text under it open that story (round 38)", () => {
    // Found by eval:furniture (seed 180): "ولم ترد تفاصيل أخرى." ended the article over its share row; the story
    // after the row ("القبيلة ولية أمر الفتاة") ran on in the article's body.
    const { headline, share, story } = WINTER;
    const closed = [...WATER.paragraphs, 'ولم ترد تفاصيل أخرى.'];
    const records = expectWaterThenStory(page(WATER.title, ...closed, share, headline, ...story), headline, story);
    expect(records[0]!.paragraphs).toEqual(closed);
  });

  it('right under the tags under their marker, a headline that names no word of the whole text under it opens that story (round 30)', () => {
    // Found by eval:furniture (seed 40): the round-29 rule's page with the tags, not the share row, over
    // "إنفوغرافيك.. صراع الخمسة الكبار": the tags' lines stood between the article's last paragraph and the headline.
    const headline = 'مشاهد من شتاء استثنائي';
    const tags = ['وزارة الري', 'المياه الجوفية', 'جامعة القاهرة'];
    const story = [
      ...STORM.paragraphs,
      'وقال رئيس بلدية إحدى البلدات إن الثلوج تراكمت إلى أكثر من متر في بعض الأحياء، وإن الأهالي يعانون من انقطاع الكهرباء والمياه منذ يومين.',
    ];
    for (const tagLines of [
      ['الكلمات الدلالية:', ...tags],
      ['الكلمات الدلالية:', tags.join('، ')],
    ]) {
      const records = extract(page(WATER.title, ...WATER.paragraphs, ...tagLines, headline, ...story));
      expect(
        records.map((r) => r.title),
        tagLines[0],
      ).toEqual([WATER.title, headline]);
      expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: story });
      expect(records[0]!.keywords).toEqual(tags);
    }
    // Under a list's items after the tags (a related box with no marker), the last item is no story's headline.
    const items = ['وزير الري يفتتح محطة جديدة لمعالجة المياه', 'الأرصاد تحذر من أمطار غزيرة نهاية الأسبوع'];
    const listed = extract(
      page(WATER.title, ...WATER.paragraphs, 'الكلمات الدلالية:', ...tags, ...items, headline, ...story),
    );
    expect(listed.map((r) => r.title)).not.toContain(headline);
  });

  it('a list of tags one a line ends at the share row under it: the short headline after the row is no tag (round 37)', () => {
    // Found by eval:furniture (seed 161): "لجنة خبراء للمهندسين" under the share row, over a text that writes a
    // tenth of the article's words, was read as one more tag. Here a short headline over more of the article's
    // subject, which opens no story.
    const tags = ['وزارة الري', 'المياه الجوفية', 'جامعة القاهرة'];
    const headline = 'جولة في الفيوم';
    const records = extract(
      page(
        WATER.title,
        ...WATER.paragraphs,
        'كلمات مفتاحية:',
        ...tags,
        'شارك: فيسبوك تويتر واتساب',
        headline,
        ...WELLS.paragraphs,
      ),
    );
    expect(records[0]!.keywords).toEqual(tags);
  });

  it('right under the share row, a story follows a brief of two short paragraphs (round 30)', () => {
    // Found by eval:furniture (seed 46): a promotion notice of 30 words in two paragraphs, its share row, then
    // "النفط يهبط بفعل مخاوف من زيادة إنتاج أوبك" over its text: 40 words of an article were wanted before.
    const brief = [
      'قلد محافظ السليل مساعد الماضي، الرائد محماس عايض آل هقشة، رتبته الجديدة، بعد صدور الأمر الملكي بترقيته إلى رتبة رائد.',
      'وقد عبّر آل هقشة، عن شكره وتقديره للقيادة بهذه الثقة.',
    ];
    const share = 'Facebook Twitter WhatsApp';
    const headline = 'عاصفة ثلجية تغلق الطرق في جنوب لبنان';
    const records = extract(
      page('محافظ السليل يقلد آل هقشة رتبته الجديدة', ...brief, share, headline, ...STORM.paragraphs),
    );
    expect(records.map((r) => r.title)).toEqual(['محافظ السليل يقلد آل هقشة رتبته الجديدة', headline]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: STORM.paragraphs });
    // One short paragraph (a poll's question, a caption) over the share row is no article a story follows.
    expect(extract(page(brief[0]!, share, headline, ...STORM.paragraphs))).toHaveLength(1);
  });

  it('right under the share row, a story follows an article of one paragraph that ends with a colon over its link (round 30)', () => {
    // Found by eval:furniture (seed 38): a book notice of one paragraph, ending "… على الرابط التالي:" over the
    // link, had no sentence's end at its end, and was taken for a menu flattened into one line.
    const notice = `${WATER.paragraphs.join(' ')} ويمكن الاطلاع على الدراسة كاملة عبر الرابط التالي:`;
    const share = 'انشر على: فيسبوك | تويتر | لينكدإن';
    const headline = 'ليلة الثلج الطويلة في الجنوب';
    const records = extract(
      page(WATER.title, notice, 'http://www.mwri.gov.eg/ .', share, headline, ...STORM.paragraphs),
    );
    expect(records.map((r) => r.title)).toEqual([WATER.title, headline]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: STORM.paragraphs });
    // A menu flattened into one line, as many words but no sentence in them, is no article the headline follows.
    const menu = Array.from({ length: 8 }, () => 'الرئيسية سياسة اقتصاد رياضة ثقافة وفن منوعات').join(' ');
    expect(extract(page(menu, share, headline, ...STORM.paragraphs))).toHaveLength(1);
  });

  it('after the share row, two words the text under them takes up are its headline, though they read like a name (round 29)', () => {
    // Found by eval:furniture (seed 14): "آفة التطرف" (a name's shape: two words) over a text on extremism.
    const short = 'آفة التطرف';
    const share = 'انشر على: فيسبوك | تويتر | لينكدإن';
    const story = [
      'التعليم والتربية والبطالة والفقر والفساد وفوضى الخطابات الدينية كلها أسباب يراها الباحثون وراء انتشار التطرف بين الشباب في المنطقة.',
      'ويرى خبراء أن مواجهة التطرف تبدأ من المدرسة والأسرة، وأن الحلول الأمنية وحدها لا تكفي لاقتلاع جذوره من المجتمعات.',
      'ودعا المشاركون في الندوة إلى برامج توعية في الجامعات والمساجد ووسائل الإعلام، تشرح للشباب مخاطر الأفكار المتشددة وتفتح لهم أبواب العمل.',
    ];
    const records = extract(page(WATER.title, ...WATER.paragraphs, share, short, ...story));
    expect(records.map((r) => r.title)).toEqual([WATER.title, short]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: story });
    // A writer's name over a text that never names it opens no story there.
    const name = 'خالد العمري';
    expect(
      extract(page(WATER.title, ...WATER.paragraphs, share, name, ...STORM.paragraphs)).map((r) => r.title),
    ).not.toContain(name);
  });

  it("after the first article's tags, a headline in other words than its first paragraphs, over another story", () => {
    // Issue 8l (cross series): a headline that names its story in its own words ("نائب المليك: المجرمون
    // استخفوا بحرمات بيوت الله") shares a word or two with the paragraphs under it, which leave the article before.
    const headline = 'الشتاء القاسي يضرب القرى الحدودية ويعزل سكانها';
    const records = extract(page(WATER.title, ...WATER.paragraphs, TAGS, headline, ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, headline]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: STORM.paragraphs });
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
    // With no tail before it, the same line over the same paragraphs is no evidence of a new story.
    expect(extract(page(WATER.title, ...WATER.paragraphs, headline, ...STORM.paragraphs))).toHaveLength(1);
  });

  it("after the first article's tags one a line under their marker, a headline right over its own text is no more tag (issue 8l)", () => {
    const headline = 'الشتاء القاسي يعزل القرى الحدودية';
    const tags = ['وزارة الري', 'المياه الجوفية', 'جامعة القاهرة'];
    const records = extract(
      page(WATER.title, ...WATER.paragraphs, 'الكلمات الدلالية:', ...tags, headline, ...STORM.paragraphs),
    );
    expect(records.map((r) => r.title)).toEqual([WATER.title, headline]);
    expect(records[0]!.keywords).toEqual(tags);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: STORM.paragraphs });
    // The same line followed by a related list, not by text, opens no article.
    const list = extract(
      page(WATER.title, ...WATER.paragraphs, 'الكلمات الدلالية:', ...tags, headline, 'الأكثر قراءة', WELLS.title),
    );
    expect(list).toHaveLength(1);
    expect(list[0]!.keywords).toEqual(tags);
  });

  it("after the first article's tags, a headline over bulleted sentences of another story (a writer's dashes)", () => {
    const items = [
      'العاصفة الثلجية تغلق طرق جنوب لبنان..',
      'الدفاع المدني يعمل طوال الليل.',
      'المدارس مغلقة في القرى الجبلية..',
      'وطلبت قوى الأمن الداخلي من المواطنين عدم سلوك الطرق الجبلية المغلقة بالثلوج في جنوب لبنان إلا عند الضرورة القصوى، فيما تواصل الجرافات فتح الطرق.',
      'وأعلنت وزارة التربية إقفال المدارس في القرى الجبلية ليوم واحد بسبب العاصفة الثلجية.',
    ];
    const records = extract(
      page(WATER.title, ...WATER.paragraphs, TAGS, STORM.title, ...items.map((item) => `- ${item}`)),
    );
    expect(records.map((r) => r.title)).toEqual([WATER.title, STORM.title]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: items });
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
  });

  it("after the first article's share row, a column's name over bullets whose first ends with a colon over a quote (round 35)", () => {
    // Found by eval:furniture (seed 115): "يخرب بيتك يا نيجيري" over "- كان الخبر … ما نصه:" and the quoted news.
    const headline = 'ليلة لا تشبه غيرها';
    const share = 'انشر على: فيسبوك | تويتر | لينكدإن';
    const text = [
      'كان الخبر الأكثر تداولاً في القرى الجبلية يوم أمس خبر العاصفة الثلجية التي أغلقت الطرق في جنوب لبنان، وقد جاء في بيان قوى الأمن الداخلي ما نصه:',
      ...STORM.paragraphs,
      'أسأل الله أن يحمي أهل القرى الجبلية من البرد والثلوج، وأن تعود المدارس إلى طلابها قريباً.',
    ];
    const bulleted = [`- ${text[0]}`, ...STORM.paragraphs, `- ${text.at(-1)}`];
    const records = extract(page(WATER.title, ...WATER.paragraphs, share, headline, ...bulleted));
    expect(records.map((r) => r.title)).toEqual([WATER.title, headline]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: text });
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
  });

  it("after the first article's tags, a column's name over bulleted paragraphs that end with exclamations (round 35)", () => {
    // Found by eval:furniture (seed 121, w3m): '"درزن" كلمات غير متقاطعة' over "- الأولى: … متخلف!", "- الثانية: …".
    const headline = 'ليلة لا تشبه غيرها';
    const text = [
      ...STORM.paragraphs,
      'وقال رئيس بلدية إحدى البلدات إن الثلوج تراكمت إلى أكثر من متر في بعض الأحياء، وإن الأهالي يعانون من انقطاع الكهرباء منذ يومين.',
    ].map((p) => p.replace(/\.$/u, '!'));
    expectWaterThenStory(
      page(WATER.title, ...WATER.paragraphs, TAGS, headline, ...text.map((p) => `- ${p}`)),
      headline,
      text,
    );
  });

  it('with no tail nor date line, a headline over paragraphs of another story that are about it', () => {
    const records = extract(page(WATER.title, ...WATER.paragraphs, STORM.title, ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, STORM.title]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: STORM.paragraphs });
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
    expect(records[0]!.related).toContainEqual({ title: STORM.title, url: null, relation: 'read-also' });
  });

  it('after a rule line (dashes, tatweels), a headline over its prose opens a story, even of the same subject', () => {
    for (const rule of ['-------', 'ــــــــــ', '__________']) {
      const records = extract(page(WATER.title, ...WATER.paragraphs, rule, WELLS.title, ...WELLS.paragraphs));
      expect(records.map((r) => r.title)).toEqual([WATER.title, WELLS.title]);
      expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: WELLS.paragraphs });
      expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
    }
    // Without the rule, the same lines are a subhead of the article.
    expect(extract(page(WATER.title, ...WATER.paragraphs, WELLS.title, ...WELLS.paragraphs))).toHaveLength(1);
  });

  it('in HTML, a section heading after a rule or a dropped image line stays in the article: the front end judged the content', () => {
    // A review's <h2> sections after a photo credit (Zyte benchmark, digg.com) were cut into "embedded" stories.
    const html = (between: string): string =>
      `<!doctype html><html lang="ar"><head><title>${WATER.title}</title></head><body><article><h1>${WATER.title}</h1>` +
      `${WATER.paragraphs.map((t) => `<p>${t}</p>`).join('')}${between}<h2>${WELLS.title}</h2>` +
      `${WELLS.paragraphs.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
    for (const between of ['<p><a href="/img/photo.jpg">[photo.jpg]</a></p>', '<p>-------</p>', '<hr>']) {
      const records = extract(html(between));
      expect(
        records.map((r) => r.title),
        between,
      ).toEqual([WATER.title]);
      expect(records[0]!.paragraphs).toEqual([...WATER.paragraphs, WELLS.title, ...WELLS.paragraphs]);
    }
  });

  it('in HTML, the sections of a review and of an explainer (Zyte benchmark pages) stay one article', () => {
    for (const [page, section] of [
      ['digg.com', "Stadia Is Essentially A Beta Version Until 2020, But The Price Tag Isn't Cheap"],
      ['sfgate.com', 'WHAT SAY YOU, IMPEACHMENT JURY?'],
    ] as const) {
      const html = gunzipSync(readFileSync(join(FIXTURES, 'html', 'zyte-sections', `${page}.html.gz`))).toString(
        'utf8',
      );
      const records = extract(html);
      expect(
        records.map((r) => r.role),
        page,
      ).toEqual(['main']);
      expect(records[0]!.paragraphs, page).toContain(section);
    }
  });

  it("with no tail nor date line, an interview's question over its answer stays in the article", () => {
    const question = 'وماذا عن العاصفة الثلجية التي أغلقت الطرق في جنوب لبنان؟';
    const records = extract(page(WATER.title, ...WATER.paragraphs, question, ...STORM.paragraphs));
    expect(records).toHaveLength(1);
  });

  it('with no tail nor date line, a question headline over paragraphs of another story opens it (round 8t20)', () => {
    // f3-tv-portal-09-lynx (dev): "هل يتحد أفرقاء ليبيا خشية التدخلات الخارجية؟" after a story on Ronaldo.
    const question = 'هل تغلق العاصفة الثلجية الطرق الجبلية في جنوب لبنان؟';
    const records = extract(page(WATER.title, ...WATER.paragraphs, question, ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, question]);
    expect(records[1]!.paragraphs).toEqual(STORM.paragraphs);
  });

  it('after the first article\'s tags, a follow-up question ("فهل …؟") over prose goes on a conversation: no story\'s headline', () => {
    const question = 'فهل تغلق العاصفة الثلجية الطرق الجبلية في جنوب لبنان مرة أخرى؟';
    const records = extract(page(WATER.title, ...WATER.paragraphs, TAGS, question, ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title]);
    // Without the conjunction, the same question heads the story under it.
    const asked = extract(page(WATER.title, ...WATER.paragraphs, TAGS, question.slice(1), ...STORM.paragraphs));
    expect(asked.map((r) => r.title)).toEqual([WATER.title, question.slice(1)]);
  });

  it("after the article's share row, a headline over a long text of another story opens it: the few paragraphs before are looked for in its first words, not in all of them", () => {
    // The text's 1,800 words hold a fifth of the words of the three short paragraphs before the headline.
    const records = extract(readFileSync(join(FIXTURES, 'embedded/long-story-after-share.txt'), 'utf8'));
    expect(records.map((r) => r.title)).toEqual([
      'صوامع الغلال ترسي الدفعة الـ3 للقمح المستورد',
      '"Tomdispatch": من ترسانة الديمقراطية إلى ترسانة الإبادة الجماعية',
    ]);
    expect(records[0]!.paragraphs).toHaveLength(5);
    expect(records[1]!.paragraphs).toHaveLength(2);
  });

  it('a photo caption that says it is one ("… (أرشيفية)") heads no story, over any text', () => {
    const records = extract(page(WATER.title, ...WATER.paragraphs, TAGS, 'عاصفة ثلجية (أرشيفية)', ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title]);
  });

  it('a headline that labels its photos or video in brackets ("… (صور)") is no caption: it opens its story', () => {
    const headline = `${STORM.title} (صور)`;
    const records = extract(page(WATER.title, ...WATER.paragraphs, TAGS, headline, ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, headline]);
  });

  it('with no tail nor date line, a subhead of the same story stays in the article', () => {
    const subhead = 'الوزارة تبدأ حفر آبار المراقبة العميقة في المحافظات';
    const records = extract(page(WATER.title, ...WATER.paragraphs, subhead, ...WELLS.paragraphs));
    expect(records).toHaveLength(1);
  });
});

describe('a further article with no tail nor date line under a headline that names nothing of the article before (round 8s)', () => {
  /** A dev-set page gives its gold records' titles. */
  const goldTitles = (id: string): [(string | null)[], (string | null)[]] => {
    const dir = join(FIXTURES, 'devset');
    const gold = JSON.parse(readFileSync(join(dir, `gold/${id}.json`), 'utf8')) as { records: { title: string }[] };
    const records = extract(readFileSync(join(dir, `pages/${id}.txt`), 'utf8'));
    return [records.map((r) => r.title), gold.records.map((r) => r.title)];
  };

  it("opens a story though its prose shares a long article's common words (السلطات, الحكومة)", () => {
    // A Turkish elections explainer, then a Libyan story under a headline with no word of the explainer:
    // its paragraphs share 16% of their words with the explainer's, more than the 10% a new story's
    // prose may share with no other evidence (self-link family, w3m; print-edition-daily family, w3m).
    for (const id of ['m-self-link-19-w3m', 'f3-print-edition-daily-23-w3m']) {
      const [got, gold] = goldTitles(id);
      expect(got, id).toEqual(gold);
    }
  });

  it("a subhead that names the article's subject stays in it, over prose of common words", () => {
    // The explainer's own "معلومات وحقائق عن يوم الانتخابات في تركيا" names its subject: no new story.
    const [got] = goldTitles('m-self-link-19-w3m');
    expect(got).not.toContain('معلومات وحقائق عن يوم الانتخابات في تركيا');
  });
});

describe('a further article after one line of bare tags (issue 8m)', () => {
  it('a line of linked tags with no marker and no separator ends the text: the headline under it opens the next story', () => {
    // The dev set's f2 sports-desk page in lynx: "بشار الأسد القوات التركية حصيلة دمشق" under the text, then
    // another story on Syria with no marker; then a related box whose first item opens a third.
    expectGoldTitlesAndTags('f2-sports-desk-16-lynx');
  });
});

describe('a heading the dump marks, with no tail before it (round 22)', () => {
  it("Debian html2text's starred heading or a Markdown one over another story opens it", () => {
    for (const heading of [`***** ${STORM.title} *****`, `## ${STORM.title}`]) {
      const records = extract(page(WATER.title, ...WATER.paragraphs, heading, ...STORM.paragraphs));
      expect(
        records.map((r) => r.title),
        heading,
      ).toEqual([WATER.title, STORM.title]);
      expect(records[1]!.paragraphs).toEqual(STORM.paragraphs);
    }
  });

  it("the dev set's f6 government page in Debian html2text: a story on the same conflict under its starred heading", () => {
    // Its prose shares the article's words (الاحتلال, إسرائيل): it leaves the paragraphs before, not the whole article.
    const id = 'f6-gulf-gov-media-centre-12-html2text-deb';
    const text = readFileSync(join(FIXTURES, `devset/pages/${id}.txt`), 'utf8');
    const gold = JSON.parse(readFileSync(join(FIXTURES, `devset/gold/${id}.json`), 'utf8')) as {
      records: { title: string }[];
    };
    expect(extract(text).map((r) => r.title)).toEqual(gold.records.map((r) => r.title));
  });

  it('over prose that goes on with the article, it is a subhead: one article', () => {
    const records = extract(page(WATER.title, ...WATER.paragraphs, `## ${WELLS.title}`, ...WELLS.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title]);
  });
});

describe('under one line of bare tags (round 22)', () => {
  const bareTags = 'المياه الجوفية آبار المراقبة الخزانات الجوفية';
  // Names its story by one word of five ("جنوب"): less than a headline about its prose (HEADLINE_OVERLAP).
  const question = 'لماذا تتكرر العواصف في جنوب البلاد؟';

  it('a headline that names its prose by a word, over another story, opens it', () => {
    const records = extract(page(WATER.title, ...WATER.paragraphs, bareTags, question, ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, question]);
    expect(records[0]!.keywords).toEqual(['المياه الجوفية', 'آبار المراقبة', 'الخزانات الجوفية']);
    expect(records[1]!.paragraphs).toEqual(STORM.paragraphs);
  });

  it('the dev set\'s f6 interview page in w3m: "مجلس الأمن الدولي اغتيال" under the text, then a question headline over another story', () => {
    // Its prose shares a long article's common words (no "leaving" it) and names the headline by one word of five.
    expectGoldTitlesAndTags('f6-interview-qa-17-w3m');
  });

  it("an answer printed with no punctuation is no tag line: the interview's next question opens no story (EGC1)", () => {
    // "{ أقصد بالشرع هنا سلطة الفقيه ومؤسسة الفقه التي تحول الدين الي سلطة قاهرة": a clause ("التي", "هنا").
    const text = readFileSync(join(FIXTURES, 'interview/EGC1.txt'), 'utf8');
    expect(extract(text)).toHaveLength(1);
  });

  it("a text's notes ('[2] …' short as a tag, '[3] …' short as a headline) open no story: a newspaper file's notes", () => {
    const text = readFileSync(join(FIXTURES, 'devset/pages/r-newspapers-MRP1.txt'), 'utf8');
    expect(extract(text)).toHaveLength(1);
  });
});

describe('a line of linked tags with separators under the text (round 8s)', () => {
  it("is the text's tail, not a paragraph: the headline under it opens the next story", () => {
    // Eight tags of the text's words: long enough, with its commas, to weigh as prose.
    const items = [
      'وزارة الري',
      'المياه الجوفية',
      'الخزانات الجوفية',
      'جامعة القاهرة',
      'آبار المراقبة',
      'السحب الآمن',
      'الموارد المائية',
      'قطاع المياه',
    ];
    const tags = items.join(', ');
    const records = extract(page(WATER.title, ...WATER.paragraphs, tags, STORM.title, ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, STORM.title]);
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
    expect(records[0]!.keywords).toEqual(items);
    expect(records[1]!.paragraphs).toEqual(STORM.paragraphs);
  });

  it('in the dev set (pan-arab-channel in resiliparse, levant-portal in Debian html2text)', () => {
    // "البيت الأبيض, التصعيد, اقتصاد" over the next story's headline; "غزة, طوفان_الأقصى, …" over a share row.
    expectGoldTitlesAndTags('x-pan-arab-channel-06-resiliparse');
    expectGoldTitlesAndTags('x-levant-portal-07-html2text-deb');
  });
});

describe("a further article after a wire story's end mark (issue 8n)", () => {
  it('the end mark with the desk\'s time code ("//انتهى// 12:17 ت م") ends the text: the headline under it opens the next story', () => {
    for (const end of ['//انتهى// 12:17 ت م', '// انتهى // 09:05 ت م مكة المكرمة', '(انتهى) 21:40 ت غ']) {
      const records = extract(page(WATER.title, ...WATER.paragraphs, end, STORM.title, ...STORM.paragraphs));
      expect(records.map((r) => r.title)).toEqual([WATER.title, STORM.title]);
      expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
      expect(records[1]!.paragraphs).toEqual(STORM.paragraphs);
    }
  });

  it('in lynx with references, the end mark with a time code over a linked headline at the margin ("[13]…")', () => {
    // The dev set's f2 gov-agency page in lynx-refs: a wire story ends "//انتهى// 12:17 ت م", then a
    // second story (its headline a link) with no marker, then a related box whose first item opens a third.
    expectGoldTitlesAndTags('f2-gov-agency-12-lynx-refs');
  });
});

describe('a further article of short paragraphs (issue 8p)', () => {
  // A celebrity story in paragraphs of a dozen words: its first three hold less than a text's worth of words.
  const SPLIT = {
    title: 'جنيفر انيستون تنفصل عن زوجها جاستن ثيرو',
    paragraphs: [
      'أعلنت الممثلة الأمريكية جينيفر انيستون انفصالها عن الممثل والمخرج جاستن ثيرو بعد زواج استمر عامين.',
      'وقالت انيستون وثيرو إن القرار كان "مشتركا وجاء بمودة" بنهاية العام الماضي.',
      'ولم يكشف الطرفان عن أسباب الطلاق ولكنها أكدا استمرار "صداقتهما".',
      'وتواعد الطرفان لأربع سنوات قبل أن يقررا الزواج في حفل خاص في لوس انجليس.',
    ],
  };

  it("after the first article's tags, a headline over short paragraphs of another story opens it", () => {
    const records = extract(page(WATER.title, ...WATER.paragraphs, TAGS, SPLIT.title, ...SPLIT.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, SPLIT.title]);
    expect(records.map((r) => r.paragraphs)).toEqual([WATER.paragraphs, SPLIT.paragraphs]);
  });
});

describe('a further article under a headline of a word or two (round 8u)', () => {
  // A column's name: two words, no title-like line (three words at least).
  const COLUMN = { ...STORM, title: 'شكل ومضمون' };

  it('under a read-also marker, a two-word headline over a whole text of another story opens it', () => {
    const records = extract(page(WATER.title, ...WATER.paragraphs, 'اقرأ أيضا:', COLUMN.title, ...COLUMN.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, COLUMN.title]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: COLUMN.paragraphs });
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
  });

  it("after the first article's tags, a two-word headline over a whole text of another story opens it", () => {
    const records = extract(page(WATER.title, ...WATER.paragraphs, TAGS, COLUMN.title, ...COLUMN.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, COLUMN.title]);
    expect(records[1]!.paragraphs).toEqual(COLUMN.paragraphs);
  });

  it("a related box's first item, bulleted, over a whole text that takes up its words opens that story (round 35)", () => {
    // Found by eval:furniture (seed 115): a column's name as the box's first item ("هيا تعال" over a column
    // quoting it), the box's other headlines under its text.
    const items = ['• الطرق الجبلية', '• وزير الري يتفقد آبار المراقبة في محافظة الفيوم', '• مشاهد من شتاء استثنائي'];
    const records = extract(
      page(WATER.title, ...WATER.paragraphs, 'مواضيع ذات صلة', items[0]!, ...STORM.paragraphs, ...items.slice(1)),
    );
    expect(records.map((r) => r.title)).toEqual([WATER.title, 'الطرق الجبلية']);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: STORM.paragraphs });
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
    // A bulleted link its text does not write is a list's, not a headline: the text stays out of the article.
    const menu = extract(page(WATER.title, ...WATER.paragraphs, 'مواضيع ذات صلة', '• فيديو', ...STORM.paragraphs));
    expect(menu.map((r) => r.title)).toEqual([WATER.title]);
  });

  it('under a read-also marker, a word over more of the same story is no headline: the article goes on', () => {
    const records = extract(
      page(WATER.title, WATER.paragraphs[0]!, 'اقرأ أيضا:', 'الوزارة', ...WATER.paragraphs.slice(1)),
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.paragraphs).toEqual(expect.arrayContaining(WATER.paragraphs.slice(1)));
  });
});

describe("a further article on a read-also marker's line or under a comment prompt (round 33)", () => {
  const readAlso = (title: string): string => `اقرأ أيضا: ${title}`;
  /** The records of a page of `fixtures/embedded`. */
  const embeddedPage = (name: string) => extract(readFileSync(join(FIXTURES, 'embedded', name), 'utf8'));
  const html = (tail: string): string =>
    `<!doctype html><html lang="ar"><head><title>${WATER.title}</title></head><body><article><h1>${WATER.title}</h1>` +
    `${WATER.paragraphs.map((t) => `<p>${t}</p>`).join('')}</article>${tail}</body></html>`;

  it("the headline on the marker's line over a whole text of another story opens it; the article's own text stays its", () => {
    const records = extract(page(WATER.title, ...WATER.paragraphs, readAlso(STORM.title), ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, STORM.title]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: STORM.paragraphs });
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
    expect(records[0]!.related).toEqual([{ title: STORM.title, url: null, relation: 'read-also' }]);
  });

  it("a story on the same news on the marker's line, its text sharing a sixth of the article's words, is still another story", () => {
    const campaign = {
      title: 'حملة لترشيد استهلاك المياه في قرى الصعيد',
      paragraphs: [
        'أطلقت جمعيات أهلية في قرى الصعيد حملة لترشيد استهلاك المياه في المنازل والحقول، بمشاركة متطوعين من طلاب المدارس والشباب.',
        'ويطرق المتطوعون أبواب البيوت لتوزيع نشرات عن إصلاح الصنابير التالفة وري الحدائق في الصباح الباكر، وتنتهي الحملة مع بداية الصيف.',
        'وقالت الجمعيات إن الحملة تأتي بالتنسيق مع وزارة الموارد المائية والري لحماية الخزانات الجوفية من السحب الجائر في المحافظة.',
      ],
    };
    const records = extract(page(WATER.title, ...WATER.paragraphs, readAlso(campaign.title), ...campaign.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, campaign.title]);
    expect(records.map((r) => r.paragraphs)).toEqual([WATER.paragraphs, campaign.paragraphs]);
  });

  it("the headline on the marker's line whose words its text writes in other forms opens it too (round 34)", () => {
    // "لبنان", "جبلية" in the text; "لبنانيون", "جبلية" in the headline: one word of five the same, two of the same head.
    const stranded = 'لبنانيون عالقون على طرقات جبلية مقفلة';
    const records = extract(page(WATER.title, ...WATER.paragraphs, readAlso(stranded), ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, stranded]);
    expect(records.map((r) => r.paragraphs)).toEqual([WATER.paragraphs, STORM.paragraphs]);
  });

  it("with lynx's reference number before the headline on the marker's line", () => {
    const records = extract(
      page(WATER.title, ...WATER.paragraphs, `اقرأ أيضا: [12]${STORM.title}`, ...STORM.paragraphs),
    );
    expect(records.map((r) => r.title)).toEqual([WATER.title, STORM.title]);
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
  });

  it('a read-also link inside the article, on its subject, over more of its own text: one article, the link related', () => {
    const records = extract(
      page(WATER.title, ...WATER.paragraphs.slice(0, 2), readAlso(WELLS.title), WATER.paragraphs[2]!),
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
    expect(records[0]!.related.map((r) => r.title)).toEqual([WELLS.title]);
  });

  it('in HTML, the read-also line outside the article (a link by its density) over the text of another story', () => {
    const records = extract(
      html(
        `<p><strong>اقرأ أيضا</strong> <a href="/storm">${STORM.title}</a></p>${STORM.paragraphs.map((t) => `<p>${t}</p>`).join('')}`,
      ),
    );
    expect(records.map((r) => r.title)).toEqual([WATER.title, STORM.title]);
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
    expect(records[1]!.paragraphs).toEqual(STORM.paragraphs);
  });

  it('in HTML, the lookahead under an inline headline stops at the next further article the front end found', () => {
    // The read-also line's headline has no text under it; the related box's first item under it has
    // (the furniture probe's page): that text is the item's article, not the read-also line's.
    const records = embeddedPage('inline-read-also-over-related-first.html');
    expect(records.map((r) => r.title)).toEqual([
      'كوبا بعد وقف التحقيق الأميركي بـ"متلازمة هافانا": ذريعة دنيئة لإدراجنا في قائمة الإرهاب',
      'عمليات الضفة الغربية: بين الهدف النهائي والأهداف المرحلية',
    ]);
    expect(records[1]!.paragraphs).toHaveLength(3);
    // The read-also line is a related link still, the box's first item the embedded article's.
    expect(records[0]!.related.map((r) => [r.relation, r.url])).toEqual([
      ['read-also', 'https://www.example.com/338'],
      ['similar', null],
    ]);
  });

  it('under a comment prompt, a headline over a whole text of another story opens it, no longer lost among comments', () => {
    const records = extract(page(WATER.title, ...WATER.paragraphs, 'أضف تعليقك', STORM.title, ...STORM.paragraphs));
    expect(records.map((r) => r.title)).toEqual([WATER.title, STORM.title]);
    expect(records[1]).toMatchObject({ role: 'embedded', paragraphs: STORM.paragraphs });
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
  });

  it('in HTML, under a comment prompt, a story whose text the front end found under its linked headline', () => {
    // Its text had been dropped with the comments: in no record.
    const records = embeddedPage('story-after-comment-prompt.html');
    expect(records.map((r) => r.title)).toEqual([
      'للمرة السادسة.. نبيه بري رئيساً للبرلمان اللبناني',
      'المقاومة في الضفة مستمرة بالتصدي: جنين تشهد استهدافات كثيفة بالرصاص والعبوات المتفجرة',
    ]);
    expect(records[1]!.paragraphs).toHaveLength(3);
    expect(records[1]!.paragraphs[0]).toMatch(/^أعلنت سرايا القدس - كتيبة جنين/u);
  });

  it('in HTML, a "read also" paragraph over a story printed in a box of its own opens that story', () => {
    // The box, under no linked heading nor list item, had been left out of the article: the story was in no record.
    const records = embeddedPage('read-also-paragraph-over-boxed-story.html');
    expect(records.map((r) => [r.role, r.title])).toEqual([
      ['main', 'العفو الدولية تتهم الإمارات والحكومة اليمنية في الجنوب بارتكاب "جرائم حرب" بحق سجناء'],
      ['embedded', 'برنامج تعريفي بالسنة التحضيرية لجامعة الملك سعود'],
    ]);
    expect(records[1]!.paragraphs).toHaveLength(3);
    expect(records[1]!.paragraphs[0]).toMatch(/^تطلق عمادة السنة التحضيرية بجامعة الملك سعود/u);
    expect(records[0]!.paragraphs.at(-1)).toMatch(/الأسوأ في العالم حاليا\.$/u);
    expect(records[0]!.related).toContainEqual(
      expect.objectContaining({ title: 'برنامج تعريفي بالسنة التحضيرية لجامعة الملك سعود', relation: 'read-also' }),
    );
    // Found by the front end in a box of its own, the story opens under a headline its text words otherwise
    // ("القبيلة ولية أمر الفتاة" over "…أعيان إحدى القبائل تزويج ابنتهم…"), which a marker's line over text
    // that runs on in the same box does not (the strict start).
    const paraphrased = embeddedPage('read-also-paragraph-over-paraphrased-story.html');
    expect(paraphrased.map((r) => [r.role, r.title])).toEqual([
      ['main', 'شكل ومضمون'],
      ['embedded', 'القبيلة ولية أمر الفتاة'],
    ]);
    expect(paraphrased[1]!.paragraphs).toHaveLength(6);
    expect(paraphrased[0]!.paragraphs).toHaveLength(6);
  });

  it("under a comment prompt, readers' names and comments on the article stay out of every record", () => {
    const comment =
      'مقال رائع عن المياه الجوفية، شكرا للكاتب على هذا الطرح المفيد ونتمنى أن تهتم الوزارة بالآبار في كل المحافظات وأن تنشر نتائج الدراسة.';
    for (const lines of [
      [
        'محمد العلي',
        comment,
        'سارة',
        'أتفق مع التعليق السابق، والمهم أن تصل المياه إلى القرى البعيدة قبل الصيف المقبل لأن الناس هناك يعانون من العطش.',
      ],
      ['تعليق على الدراسة الجديدة للمياه الجوفية في مصر', comment],
    ]) {
      const records = extract(page(WATER.title, ...WATER.paragraphs, 'أضف تعليقك', ...lines));
      expect(records, lines[0]).toHaveLength(1);
      expect(records[0]!.paragraphs, lines[0]).toEqual(WATER.paragraphs);
    }
  });
});

describe("after the share row, a headline over a writer's name that says it is one (round 36)", () => {
  // Found by eval:furniture (seed 134, resiliparse): "د. السديري" between a headline and a story that writes
  // "السديري" took the story's start from the headline over it.
  const headline = 'خطة طوارئ لمواجهة موجة الصقيع المقبلة';
  const text = [
    ...STORM.paragraphs,
    'وقال رئيس البلدية خليل الشمالي إن الثلوج تراكمت إلى أكثر من متر في بعض الأحياء، وإن الأهالي يعانون من انقطاع الكهرباء منذ يومين.',
  ];
  const dump = (name: string): string =>
    page(WATER.title, ...WATER.paragraphs, 'شارك: فيسبوك تويتر واتساب', headline, name, ...text);
  it('a family name after an honorific, which the story writes: someone it is about, no line of it', () => {
    const records = expectWaterThenStory(dump('د. الشمالي'), headline, text);
    expect(records[1]!.author).toBeNull();
  });
  for (const [name, author] of [
    ['د. الحسيني', 'د. الحسيني'],
    ['بيروت - نادر فواز', 'نادر فواز'],
  ] as const)
    it(`"${name}", which the story does not write: its author`, () => {
      const records = expectWaterThenStory(dump(name), headline, text);
      expect(records[1]!.author).toBe(author);
    });
});

describe("past the article's tags, a read-also box's first item over a whole text on the same subject (round 36)", () => {
  // Found by eval:furniture (seed 141, w3m): a story on the West Bank under "اقرأ أيضا:" after an article on
  // the war's other fronts, its headline naming two of its words of seven, ran into the article.
  const headline = 'جولة ميدانية مفاجئة في الفيوم';
  const text = [
    ...WELLS.paragraphs,
    'وطالب الوزير مسؤولي المحافظة بمتابعة الآبار الجوفية أسبوعياً ورفع تقارير دورية عن حالة الخزانات إلى الوزارة.',
  ];
  it('is a story of its own', () => {
    expectWaterThenStory(page(WATER.title, ...WATER.paragraphs, TAGS, 'اقرأ أيضا:', headline, ...text), headline, text);
  });
  it('with no tags before the box, the text goes on with the article', () => {
    const records = extract(page(WATER.title, ...WATER.paragraphs, 'اقرأ أيضا:', headline, ...text));
    expect(records.map((r) => r.title)).toEqual([WATER.title]);
    expect(records[0]!.paragraphs).toEqual([...WATER.paragraphs, ...text]);
  });
});

describe("a related box's first item of one word over one more short line and a whole text (round 36)", () => {
  // Found by eval:furniture (seeds 134, 143, 146): SaudiNewsNet's "إصدارات" over "كلمة الله", the first of the
  // books it reviews, then the reviews: the text ran into the article above the box.
  const text = [
    ...STORM.paragraphs,
    'وقال رئيس البلدية إن الثلوج تراكمت إلى أكثر من متر في بعض الأحياء، وإن الأهالي يعانون من انقطاع الكهرباء منذ يومين.',
  ];
  it('opens that story', () => {
    const records = extract(page(WATER.title, ...WATER.paragraphs, 'مواضيع ذات صلة', 'مشاهدات', 'في القرى', ...text));
    expect(records.map((r) => r.title)).toEqual([WATER.title, 'مشاهدات']);
    expect(records[0]!.paragraphs).toEqual(WATER.paragraphs);
    expect(records[1]!.paragraphs).toEqual(['في القرى', ...text]);
    // The article lists it in `related`, a headline of one word though it is (round 38, probe seed 204).
    expect(records[0]!.related).toEqual([{ title: 'مشاهدات', url: null, relation: 'similar' }]);
  });
});

describe("a read-also box's story of two short paragraphs (round 52)", () => {
  // A probe's page: the story after the marker had 34 words in all, under the 40 an article's text needs, and
  // its paragraphs were appended to the article before it.
  const OIL = {
    title: 'ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية',
    paragraphs: [
      'ارتفعت أسعار النفط اليوم الثلاثاء بعد أن أظهرت بيانات تراجع مخزونات الخام الأمريكية أكثر من المتوقع الأسبوع الماضي.',
      'وصعدت العقود الآجلة لخام برنت بنسبة 1.2 في المئة إلى 85 دولارا للبرميل في التعاملات المبكرة.',
    ],
  };

  it('is a story of its own when its two paragraphs are about its headline', () => {
    const [main, embedded, ...rest] = extract(
      page(WATER.title, ...WATER.paragraphs, 'اقرأ أيضاً', OIL.title, ...OIL.paragraphs, 'جميع الحقوق محفوظة 2024'),
    );
    expect(rest).toHaveLength(0);
    expect(main!.paragraphs).toEqual(WATER.paragraphs);
    expect(main!.related.map((r) => r.title)).toEqual([OIL.title]);
    expect(embedded!.role).toBe('embedded');
    expect(embedded!.title).toBe(OIL.title);
    expect(embedded!.paragraphs).toEqual(OIL.paragraphs);
  });

  it("is no story when one teaser stands under the box's headline", () => {
    const [main, ...rest] = extract(
      page(WATER.title, ...WATER.paragraphs, 'اقرأ أيضاً', OIL.title, OIL.paragraphs[0]!, 'جميع الحقوق محفوظة 2024'),
    );
    expect(rest).toHaveLength(0);
    expect(main!.related.map((r) => r.title)).toEqual([OIL.title]);
  });
});

describe("an infinite scroll's next story after a comment box, under its site-and-writer date line (round 55)", () => {
  it('is a record of its own: the comment box ends at its headline', () => {
    // A probe made here (a Moroccan site's page; every renderer): the next story had been taken for comments.
    const first = [
      'صادق مجلس الحكومة، المنعقد اليوم الخميس بالرباط، على مشروع قانون يتعلق بتنظيم العمل عن بعد في القطاعين العام والخاص، بعد نقاشات استمرت أكثر من سنة مع النقابات وممثلي أرباب العمل.',
      'ويحدد المشروع شروط اللجوء إلى هذا النمط من العمل، إذ يشترط موافقة مكتوبة من الأجير، ويلزم المشغل بتوفير المعدات الضرورية وتحمل جزء من تكاليف الاتصال.',
    ];
    const next = [
      'استبشر فلاحو إقليم تاونات بالتساقطات المطرية الأخيرة التي عرفتها المنطقة، بعد سنوات متتالية من الجفاف أثرت بشكل كبير على زراعة الحبوب وأشجار الزيتون.',
      'وأكد عدد من الفلاحين، في تصريحات لهسبريس، أن هذه الأمطار جاءت في وقتها المناسب لبدء عمليات الحرث، متمنين أن تتواصل خلال الأسابيع المقبلة.',
    ];
    const records = extract(
      page(
        'سياسة',
        'الحكومة تصادق على مشروع قانون جديد لتنظيم العمل عن بعد',
        'هسبريس - يوسف لخضر الخميس 20 نونبر 2025 - 14:30',
        ...first,
        'فيسبوك تويتر واتساب',
        'التعليقات (5)',
        '[                    ] إرسال\nجهات',
        'أمطار الخير تنعش آمال الفلاحين بإقليم تاونات',
        'هسبريس - عبد الواحد الإدريسي الخميس 20 نونبر 2025 - 12:10',
        ...next,
      ),
    );
    expect(records.map((r) => [r.title, r.paragraphs, r.author, r.published])).toEqual([
      ['الحكومة تصادق على مشروع قانون جديد لتنظيم العمل عن بعد', first, 'يوسف لخضر', '2025-11-20T14:30'],
      ['أمطار الخير تنعش آمال الفلاحين بإقليم تاونات', next, 'عبد الواحد الإدريسي', '2025-11-20T12:10'],
    ]);
  });
});

describe('a pull quote set apart in the text (round 55)', () => {
  const headline = 'معلمون سوريون في مخيمات الشمال: نعلّم بلا رواتب';
  const before = [
    'في خيمة مهترئة على أطراف مخيم أطمة، يقف أحمد، وهو معلم رياضيات في الأربعين من عمره، أمام أكثر من خمسين طفلا يجلسون على حصائر بلاستيكية، محاولا شرح درس الكسور.',
    'منذ أكثر من عام، لم يتقاض أحمد أي راتب، بعد أن توقف تمويل المنظمة التي كانت تدفع أجور المعلمين في المخيم. ومع ذلك، يواظب على الحضور كل صباح.',
  ];
  const after = [
    'تقول منظمات تعليمية عاملة في المنطقة إن نحو ثلث المدارس في مخيمات الشمال السوري مهددة بالإغلاق بسبب تراجع الدعم الدولي، وإن آلاف المعلمين يعملون متطوعين.',
    'وتضيف سعاد، معلمة اللغة العربية في المخيم نفسه، أنها تبيع الخبز بعد الظهر لتؤمن احتياجات أطفالها، لكنها لا تفكر في ترك التدريس. "إذا تركنا الصفوف فمن سيعلم هؤلاء الأطفال القراءة؟" تقول بصوت متعب.',
    'ويحذر خبراء في التعليم من أن استمرار هذا الوضع سيؤدي إلى ارتفاع معدلات التسرب المدرسي وعمالة الأطفال والزواج المبكر، في منطقة يعيش فيها أكثر من مليوني نازح.',
  ];

  it('a line in quotation marks that a paragraph near it writes word for word starts no further article', () => {
    // A probe made here (every renderer): the quote had been a further story's headline that took the text under it.
    const records = extract(
      page(
        headline,
        'الخميس 21 مارس 2024 10:45',
        ...before,
        '"إذا تركنا الصفوف فمن سيعلم هؤلاء الأطفال القراءة؟"',
        ...after,
      ),
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.paragraphs).toEqual([...before, ...after]);
  });
});
