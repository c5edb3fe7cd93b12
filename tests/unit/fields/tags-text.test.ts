/**
 * Tag lines of text dumps as the dev set's layout families render them (scripts/devset/families.mjs):
 * a marker with no colon, hashtags, bare linked tags with no marker (one a line, or all on one line
 * with no separator), a site's tags that are its headline cut into words, and a further article after
 * bare tags; and (issue 8g) one line of tags under a marker standing alone whose separators were lost.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { wrapGreedily } from '../../helpers/wrap.js';

const HEADLINE = 'مجلس الأمن الدولي يبحث اغتيال القيادي في غزة';
const P = [
  'عقد مجلس الأمن الدولي جلسة طارئة مساء الثلاثاء لبحث اغتيال القيادي في حركة حماس في مدينة غزة، بطلب من عدد من الدول الأعضاء.',
  'وقال مندوب الجزائر في مجلس الأمن الدولي إن الاغتيال يمثل تصعيدا خطيرا يهدد جهود التهدئة في قطاع غزة، داعيا إلى تحقيق دولي مستقل.',
  'من جهتها دعت الأمم المتحدة جميع الأطراف إلى ضبط النفس، محذرة من اتساع رقعة المواجهة في المنطقة خلال الأيام المقبلة.',
];
const page = (...lines: string[]): string => lines.join('\n\n');

describe('tag lines of text dumps', () => {
  it('a marker with no colon, the tags separated by spaces only', () => {
    const [r] = extract(page(HEADLINE, ...P, 'الوسوم مجلس الأمن الدولي الأمم المتحدة قطاع غزة'));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة']);
    expect(r!.paragraphs).toEqual(P);
  });

  it('a bare tag line opening with a tag marker no colon follows: the marker is its label, no tag', () => {
    // "الوسوم" with no colon is a cleaner rule's label; these name tags (or topics) too but may also head a line
    // elsewhere, so only a line that reads as the article's tags loses them.
    for (const label of ['تاجات', 'هاشتاغات', 'الأوسمة', 'Tags', 'مواضيع']) {
      const [r] = extract(page(HEADLINE, ...P, `${label} مجلس الأمن الدولي، الأمم المتحدة، قطاع غزة`));
      expect(r!.keywords, label).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة']);
    }
  });

  it('two spaces or a tab between tags separate them, as a renderer prints links side by side (round 47)', () => {
    // Split on single spaces, "وزارة الزراعة" was two tags: neither the article nor the lexicon writes it.
    const tags = ['مجلس الأمن الدولي', 'وزارة الزراعة', 'قطاع غزة', 'الأمن الغذائي'];
    for (const sep of ['  ', '\t', ' \t ']) {
      for (const lines of [[`كلمات دلالية: ${tags.join(sep)}`], ['الوسوم:', tags.join(sep)]]) {
        const [r] = extract(page(HEADLINE, ...P, ...lines));
        expect(r!.keywords, JSON.stringify(lines)).toEqual(tags);
        expect(r!.paragraphs).toEqual(P);
      }
    }
  });

  it('a spaced guillemet separates tags as a breadcrumb prints them; a quoted tag keeps its own (round 52)', () => {
    const [spaced] = extract(page(HEADLINE, ...P, 'وسوم: مجلس الأمن الدولي » الأمم المتحدة » قطاع غزة'));
    expect(spaced!.keywords).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة']);
    const [quoted] = extract(page(HEADLINE, ...P, 'وسوم: مسلسل «الاختيار»، الأمم المتحدة، «حماس»'));
    expect(quoted!.keywords).toEqual(['مسلسل «الاختيار»', 'الأمم المتحدة', '«حماس»']);
  });

  it("a marker's line holding the first tag, the others one a line under it: one column (round 48)", () => {
    // The rest of the marker's line had been read as a tag line that lost its separators ("وزارة", "الزراعة")
    // and the tags under it left out.
    const tags = ['وزارة الزراعة', 'المزارعين', 'الأمن الغذائي', 'قطاع غزة'];
    for (const gap of ['\n', '\n\n']) {
      const [r] = extract(page(HEADLINE, ...P, [`الكلمات المفتاحية: ${tags[0]}`, ...tags.slice(1)].join(gap)));
      expect(r!.keywords, JSON.stringify(gap)).toEqual(tags);
      expect(r!.paragraphs).toEqual(P);
    }
  });

  it("a writer's card or a share row under a marker's line holding one tag is no column of tags", () => {
    const card = [
      'الوسوم: مجلس الأمن',
      'محمد عبد الرحمن',
      'صحفي ومحرر في قسم الشؤون الدولية، يكتب في السياسة منذ سنوات.',
    ];
    const [withCard] = extract(page(HEADLINE, ...P, card.join('\n')));
    expect(withCard!.keywords).toEqual(['مجلس الأمن']);
    expect(withCard!.paragraphs).toEqual(P);
    const [withShare] = extract(page(HEADLINE, ...P, ['الوسوم: مجلس الأمن', 'شارك', 'فيسبوك', 'تويتر'].join('\n')));
    expect(withShare!.keywords).toEqual(['مجلس الأمن']);
  });

  it("the topics' label naming the story ('موضوعات التحقيق') heads its tags and is none of them (round 48)", () => {
    const tags = ['مجلس الأمن الدولي', 'قطاع غزة', 'حماس'];
    for (const label of ['موضوعات التحقيق', 'مواضيع الخبر', 'الموضوعات للمقال']) {
      for (const list of [tags.join('\n'), tags.map((t) => `* ${t}`).join('\n')]) {
        const [r] = extract(page(HEADLINE, ...P, `${label}\n${list}`));
        expect(r!.keywords, label).toEqual(tags);
        expect(r!.paragraphs).toEqual(P);
      }
    }
  });

  it('a line of hashtags: "_" is the tag\'s space', () => {
    const [r] = extract(page(HEADLINE, ...P, '#مجلس_الأمن #قطاع_غزة #حماس'));
    expect(r!.keywords).toEqual(['مجلس الأمن', 'قطاع غزة', 'حماس']);
  });

  it('one line of linked tags under the text, with no marker and no separator', () => {
    const [r] = extract(
      page(
        HEADLINE,
        ...P,
        'مجلس الأمن الدولي الأمم المتحدة حماس',
        'قد يعجبك أيضا',
        'الأمم المتحدة تحذر من مجاعة في السودان',
      ),
    );
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة', 'حماس']);
    expect(r!.paragraphs).toEqual(P);
  });

  it('one line of linked tags under the text, with no marker, separated by commas (issue 8l)', () => {
    // Sputnik's tag links, joined by ", " with no label, as the cross series puts them in other frames.
    for (const separator of [', ', '، ', ' | ']) {
      const [r] = extract(
        page(
          HEADLINE,
          ...P,
          ['مجلس الأمن الدولي', 'الأمم المتحدة', 'حماس'].join(separator),
          'قد يعجبك أيضا',
          'الأمم المتحدة تحذر من مجاعة في السودان',
        ),
      );
      expect(r!.keywords, separator).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة', 'حماس']);
      expect(r!.paragraphs).toEqual(P);
    }
    // A line with a sentence's punctuation besides its commas is no tag line (a caption, a place and a date).
    const [caption] = extract(page(HEADLINE, ...P, 'مجلس الأمن الدولي، الأمم المتحدة (أرشيفية)', 'قد يعجبك أيضا'));
    expect(caption!.keywords).toEqual([]);
  });

  it('a list that is the headline cut into words (and the section) gives no tags', () => {
    const [r] = extract(
      page(
        HEADLINE,
        ...P,
        [' منوعات', ' مجلس', ' الدولي', ' يبحث', ' اغتيال', ' القيادي'].join('\n'),
        'التالي',
        'الأمم المتحدة تحذر من مجاعة في السودان',
      ),
    );
    expect(r!.keywords).toEqual([]);
    expect(r!.paragraphs).toEqual(P);
  });

  it('bare linked tags the article does not write are tags when the tag lexicon knows them', () => {
    // The pan-arab-channel and regional-paper pages: the site's tags are topics, not the article's words.
    const tags = ['الاحتلال الإسرائيلي', 'طوفان الأقصى', 'المقاومة الفلسطينية', 'كتائب القسام', 'غزة'];
    const next = ['قد يعجبك أيضا', 'الأمم المتحدة تحذر من مجاعة في السودان'];
    const [oneLine] = extract(page(HEADLINE, ...P, tags.join(' '), ...next));
    expect(oneLine!.keywords).toEqual(tags);
    expect(oneLine!.paragraphs).toEqual(P);
    const [list] = extract(page(HEADLINE, ...P, ...tags, ...next));
    expect(list!.keywords).toEqual(tags);
  });

  it("a wire desk's close and its editors' initials under the text are no bare tags (round 47)", () => {
    // The article writes "النهاية", so the close alone would be half of two lines the article writes.
    const last = 'وبهذا الفوز رفع المنتخب رصيده إلى عشر نقاط قبل جولتين من النهاية.';
    for (const close of [
      ['(النهاية)', 'م ع ح / ه ح'],
      ['/انتهى/', 'ع.ع/م.ش'],
      ['(النهاية)', 'ح ص', 'ر ص'],
    ]) {
      const [r] = extract(page(HEADLINE, ...P, last, ...close));
      expect(r!.keywords, close.join(' ')).toEqual([]);
      expect(r!.paragraphs).toEqual([...P, last]);
    }
  });

  it('bare tag lines end the article: a headline after them with its own text is a further article', () => {
    const next = [
      'أعلنت الحكومة المغربية اليوم عن خطة جديدة لدعم الفلاحين المتضررين من الجفاف، تشمل قروضا ميسرة وتوزيع البذور والأعلاف بأسعار مدعمة.',
      'وأوضح وزير الفلاحة أن الخطة تستهدف أكثر من مئتي ألف فلاح في المناطق القروية، وأن تنفيذها يبدأ مطلع الشهر المقبل في جميع الجهات.',
    ];
    const records = extract(
      [
        HEADLINE,
        ...P,
        'مجلس الأمن الدولي',
        'قطاع غزة',
        'حماس',
        'الحكومة المغربية تطلق خطة لدعم الفلاحين المتضررين من الجفاف',
        ...next,
      ].join('\n'),
    );
    expect(records).toHaveLength(2);
    expect(records[0]!.keywords).toEqual(['مجلس الأمن الدولي', 'قطاع غزة', 'حماس']);
    expect(records[0]!.paragraphs).toEqual(P);
    expect(records[1]!.title).toBe('الحكومة المغربية تطلق خطة لدعم الفلاحين المتضررين من الجفاف');
    expect(records[1]!.paragraphs).toEqual(next);
  });
});

describe('one line of tags under a marker standing alone', () => {
  it('a short line whose separators were lost is cut into the tags the article and the lexicon know', () => {
    const [r] = extract(page(HEADLINE, ...P, 'الكلمات المفتاحية:', 'مجلس الأمن الدولي اغتيال'));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'اغتيال']);
    const [s] = extract(page(HEADLINE, ...P, 'Tags:', 'الأمم المتحدة حماس'));
    expect(s!.keywords).toEqual(['الأمم المتحدة', 'حماس']);
  });

  it('a line that is one phrase, or that nothing knows, stays one tag', () => {
    const [r] = extract(page(HEADLINE, ...P, 'الوسوم:', 'مجلس الأمن الدولي'));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي']);
    const [s] = extract(page(HEADLINE, ...P, 'الوسوم:', 'مهرجان جرش'));
    expect(s!.keywords).toEqual(['مهرجان جرش']);
  });

  it('words the text writes side by side only across a full stop, a comma or two hashtags are two tags (round 38)', () => {
    // Found by eval:furniture (seed 207): an Al Mayadeen text ended with "#سوريا #اليمن", so the tag line's
    // "سوريا اليمن" was one tag.
    const endings = [
      'وأدان المجلس في بيان صدر مساء الثلاثاء الاعتداء على سيادة الدول وحذر من عواقب التصعيد على أمن المنطقة واستقرارها #حماس #الجزائر',
      'ودان الهجوم كل من حماس، الجزائر وتونس في بيانات منفصلة صدرت مساء الثلاثاء.',
      'وأكد البيان أن المجلس سيعود إلى الانعقاد بطلب من حماس. الجزائر دعت إلى التهدئة.',
    ];
    for (const ending of endings) {
      const [r] = extract(page(HEADLINE, ...P, ending, 'الوسوم:', 'حماس الجزائر قطاع غزة'));
      expect(r!.paragraphs.at(-1), ending).toBe(ending);
      expect(r!.keywords, ending).toEqual(['حماس', 'الجزائر', 'قطاع غزة']);
    }
  });

  it('a definite noun and the relative adjectives after it are one tag, though neither the article nor the lexicon knows it (round 40)', () => {
    // Neither the text (P) nor the lexicon writes these; "التونسية" and "الموريتانية" are adjectives ("ي" and an
    // ending), "الأقصى" ends with an alif maqsura and is no adjective, as a name glued to the tag before is no noun.
    const [r] = extract(page(HEADLINE, ...P, 'الوسوم:', 'الأزمة التونسية حماس الانتخابات الرئاسية الموريتانية'));
    expect(r!.keywords).toEqual(['الأزمة التونسية', 'حماس', 'الانتخابات الرئاسية الموريتانية']);
    const [s] = extract(page(HEADLINE, ...P, 'الوسوم:', 'حماس المنبر الأقصى'));
    expect(s!.keywords).toEqual(['حماس', 'المنبر', 'الأقصى']);
  });

  it('a word the page ends with "ه", not "ة", is a noun after the tag before it, not that tag\'s adjective (round 57)', () => {
    // "الجنيه" and "التضخم" are both definite nouns; on the matching form "الجنيه" reads as a nisba adjective
    // ("…يه" is how "…ية" folds), which joined the two tags.
    const [r] = extract(page(HEADLINE, ...P, 'وسوم', 'حماس التضخم الجنيه المصري'));
    expect(r!.keywords).toEqual(['حماس', 'التضخم', 'الجنيه المصري']);
    const [s] = extract(page(HEADLINE, ...P, 'الوسوم:', 'حماس الأزمة الاقتصادية'));
    expect(s!.keywords).toEqual(['حماس', 'الأزمة الاقتصادية']);
  });

  it('such a tag ends at its "ة" where a renderer glued the next tag to it (round 40)', () => {
    // w3m, lynx and warc2text print linked tags with nothing between the links.
    const [r] = extract(page(HEADLINE, ...P, 'الوسوم: الأزمة التونسيةحماس'));
    expect(r!.keywords).toEqual(['الأزمة التونسية', 'حماس']);
  });

  it('a written word that goes on past its "ة" is two tags glued together, though neither is known (round 40)', () => {
    const [r] = extract(page(HEADLINE, ...P, 'الوسوم: مجلس الأمن الدولي الزراعةالري'));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'الزراعة', 'الري']);
  });

  it('a share row on the line under a tag line is not wrapped into it, nor read as tags (lynx, round 57)', () => {
    // lynx wraps the text at its width and prints the tag line and the share row under it with no blank line; the
    // tag line is near the width, and the share row's first word would not have fitted on it.
    const text = (shareRow: string): string =>
      [
        HEADLINE,
        '',
        ...P.flatMap((paragraph) => [...wrapGreedily(paragraph, 74), '']).slice(0, -1),
        '   الكلمات الدالة: الأمم المتحدة مجلس الأمن الدولي حماس قطاع غزة الجزائر اغتيال',
        `   ${shareRow}`,
      ].join('\n');
    for (const shareRow of ['شارك: تويتر واتساب تلغرام طباعة', 'شارك الخبر فيسبوك تويتر واتساب نسخ الرابط']) {
      const [r] = extract(text(shareRow));
      expect(r!.keywords, shareRow).toEqual([
        'الأمم المتحدة',
        'مجلس الأمن الدولي',
        'حماس',
        'قطاع غزة',
        'الجزائر',
        'اغتيال',
      ]);
      expect(r!.paragraphs, shareRow).toEqual(P);
    }
  });

  it('a column of tags keeps one tag a line', () => {
    const [r] = extract(page(HEADLINE, ...P, 'الوسوم:', ['الأمم المتحدة حماس', 'قطاع غزة'].join('\n')));
    expect(r!.keywords).toEqual(['الأمم المتحدة حماس', 'قطاع غزة']);
  });
});

describe('a line under the text that the article goes on after is no bare tag line', () => {
  it("a list's heading in the article's words, its items ending as sentences, gives no tags", () => {
    const items = ['الجزائر - عضو غير دائم.', 'الصين - عضو دائم.', 'فرنسا - عضو دائم.'];
    const [r] = extract(page(HEADLINE, ...P, 'مجلس الأمن الدولي', items.join('\n')));
    expect(r!.keywords).toEqual([]);
  });

  it('one line of linked tags before a related list is still the tags', () => {
    const [r] = extract(
      page(HEADLINE, ...P, 'مجلس الأمن الدولي حماس', 'الأمم المتحدة تحذر من مجاعة في السودان', 'قد يعجبك أيضا'),
    );
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'حماس']);
  });
});

describe("a tag column ends where other stories' headlines start", () => {
  it('a line of several words that the article does not write is no tag, nor are the lines after it', () => {
    const column = [
      'مجلس الأمن الدولي',
      'حماس',
      'جهود التهدئة في قطاع غزة',
      'إمارة جازان تتصدى لحاملي الأسلحة بالأعراس',
      'الترينيدادي ناكيد يعتزم الترشح لرئاسة فيفا',
    ];
    const [r] = extract(page(HEADLINE, ...P, 'الكلمات الدلالية:', column.join('\n'), 'مواضيع ساخنة أخرى'));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'حماس', 'جهود التهدئة في قطاع غزة']);
  });
});

describe("a tag line right under a renderer's wrapped paragraph", () => {
  /** A renderer's hard wrap: lines of at most `width` characters, cut between words. */
  const wrap = (text: string, width: number): string => {
    const lines: string[] = [];
    for (const word of text.split(' ')) {
      const last = lines.at(-1);
      if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines.join('\n');
  };
  const wrapped = (tagLine: string): string =>
    [HEADLINE, ...P.slice(0, 2).map((p) => wrap(p, 60)), `${wrap(P[2]!, 60)}\n${tagLine}`].join('\n\n');

  it('a line that opens with a tag marker is the tag line, not the paragraph wrapped on', () => {
    const [r] = extract(wrapped('كلمات مفتاحية: الأمم المتحدة، حماس، قطاع غزة'));
    expect(r!.keywords).toEqual(['الأمم المتحدة', 'حماس', 'قطاع غزة']);
    expect(r!.paragraphs).toEqual(P);
  });

  it("a link alone on its line (Debian html2text's '_' for spaces) after a finished sentence starts its own block", () => {
    const [r] = extract(wrapped(['مجلس_الأمن_الدولي', 'الأمم_المتحدة', 'حماس'].join('\n')));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة', 'حماس']);
    expect(r!.paragraphs).toEqual(P);
  });

  it('a line of hashtags after a finished sentence starts its own block (round 8w)', () => {
    const [r] = extract(wrapped('#مجلس_الأمن #الأمم_المتحدة #حماس'));
    expect(r!.keywords).toEqual(['مجلس الأمن', 'الأمم المتحدة', 'حماس']);
    expect(r!.paragraphs).toEqual(P);
  });

  it('the wrapped paragraph still joins its next line when it is no tag line', () => {
    const [r] = extract(wrapped('الوسوم غزة'));
    expect(r!.paragraphs.at(-1)).toBe(`${P[2]} الوسوم غزة`);
  });
});

describe('one line of linked tags under the text, as renderers print a tag block', () => {
  const TAGS = ['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة', 'حماس'];
  const after = ['اقرأ أيضا', 'الأمم المتحدة تحذر من مجاعة في السودان'];

  it("the site's tag icon kept as its name or file name ([tag], [tag.png]) leads the line", () => {
    for (const icon of ['[tag]', '[tag.png]', '[icon-tags.svg]']) {
      const [r] = extract(page(HEADLINE, ...P, `${icon} ${TAGS.join(' ')}`, ...after));
      expect(r!.keywords).toEqual(TAGS);
      expect(r!.paragraphs).toEqual(P);
    }
  });

  it('links printed with nothing between them are cut apart where known phrases meet', () => {
    const [r] = extract(page(HEADLINE, ...P, TAGS.join(''), ...after));
    expect(r!.keywords).toEqual(TAGS);
    const [s] = extract(page(HEADLINE, ...P, `[tag]${TAGS.join('')}`, ...after));
    expect(s!.keywords).toEqual(TAGS);
  });
});

describe('tag markers and separators written in other ways', () => {
  const TAGS = ['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة', 'حماس'];

  it("a topic link's article count between tags separates them", () => {
    const [r] = extract(
      page(HEADLINE, ...P, 'الوسوم: مجلس الأمن الدولي (3) الأمم المتحدة (40) قطاع غزة (77) حماس (114)'),
    );
    expect(r!.keywords).toEqual(TAGS);
  });

  it('a marker that names what it tags, a plural marker, a table cell after the marker', () => {
    for (const line of [
      `الكلمات الدلالية للخبر: ${TAGS.join(' ')}`,
      `وسوم المقال: ${TAGS.join('، ')}`,
      `هاشتاغات: ${TAGS.join(' ')}`,
      `كلمات البحث: ${TAGS.join(' ')}`,
      `الكلمات المفتاحية| ${TAGS.join('| ')}`,
      // "Related words" (round 54, a probe made here: the line had stayed in the body).
      `الكلمات المتعلقة: ${TAGS.join('، ')}`,
    ]) {
      const [r] = extract(page(HEADLINE, ...P, line));
      expect(r!.keywords, line).toEqual(TAGS);
      expect(r!.paragraphs).toEqual(P);
    }
  });
});

describe('a line of linked tags under the text with a quoted name in a tag', () => {
  it('quotes around a name are no sentence punctuation', () => {
    const [r] = extract(
      page(
        HEADLINE,
        ...P,
        'مجلس الأمن الدولي "الأمم المتحدة" قطاع غزة حماس',
        'اقرأ أيضا',
        'الأمم المتحدة تحذر من مجاعة في السودان',
      ),
    );
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', '"الأمم المتحدة"', 'قطاع غزة', 'حماس']);
  });
});

describe('tags: a share box after the tags is no tag (issue 8m)', () => {
  it('"شارك هذا المقال" and the headline the share box repeats are not tags', () => {
    const tags = ['  * مجلس الأمن الدولي', '  * قطاع غزة', '  * حماس'];
    const [r] = extract(page(HEADLINE, ...P, ...tags, 'شارك هذا المقال', HEADLINE, 'شارك الخبر فيسبوك 637 تويتر 258'));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'قطاع غزة', 'حماس']);
    expect(r!.paragraphs).toEqual(P);
    // A headline of a tag's length, repeated by the share box, is the article's own title.
    const short = 'مجلس الأمن يبحث اغتيال غزة';
    const [s] = extract(page(short, ...P, ...tags, 'شارك', short, 'شارك الخبر فيسبوك 637 تويتر 258'));
    expect(s!.keywords).toEqual(['مجلس الأمن الدولي', 'قطاع غزة', 'حماس']);
  });
});

describe('bare tags after the byline that ends the text (issue 8m)', () => {
  it('"بقلم: <name>" under the text, then the tags one a line with no marker', () => {
    const tags = ['  * مجلس الأمن الدولي', '  * قطاع غزة', '  * حماس'];
    const [r] = extract(page(HEADLINE, ...P, 'بقلم: هالة القحطاني', ...tags, 'الأكثر قراءة'));
    expect(r!.author).toBe('هالة القحطاني');
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'قطاع غزة', 'حماس']);
    expect(r!.paragraphs).toEqual(P);
  });
});

describe('tags in a side column before the text (issue 8n)', () => {
  // As lynx prints a business daily's page: the menu, then the side column's tag list under an icon-only
  // heading (no marker), an ad label, then the headline, byline, date and text.
  const MENU = ['الرئيسية', 'أسواق', 'طاقة', 'شركات', 'اقتصاد دولي', 'رأي'];
  const lynxList = (items: string[]): string => items.map((t) => `     * ${t}`).join('\n');
  const head = (...lists: string[][]): string =>
    [
      ...lists.map(lynxList),
      '   مساحة إعلانية',
      HEADLINE,
      '   بقلم: علاوة مزياني\n   التاريخ: 29 أبريل 2018',
      ...P,
    ].join('\n\n');

  it('a list of short items the article writes, nearest above the headline, is its keywords', () => {
    const [r] = extract(head(MENU, ['مجلس الأمن الدولي', 'قطاع غزة', 'الأمم المتحدة']));
    expect(r!.title).toBe(HEADLINE);
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'قطاع غزة', 'الأمم المتحدة']);
    expect(r!.paragraphs).toEqual(P);
  });

  it('the menu alone above the headline is no tag list', () => {
    const [r] = extract(head(MENU));
    expect(r!.title).toBe(HEADLINE);
    expect(r!.keywords).toEqual([]);
  });
});

describe('linked hashtags one a line under the text (issue 8n)', () => {
  it('"#tag" lines after the text are its tags, "_" their spaces, whether the article writes them or not', () => {
    const lines = ['#مجلس_الأمن_الدولي', '#التصعيد', '#الدبلوماسية_الدولية'];
    for (const bullet of ['', '     * ']) {
      const [r] = extract(page(HEADLINE, ...P, ...lines.map((l) => `${bullet}${l}`), 'جدول الترتيب'));
      expect(r!.keywords, bullet).toEqual(['مجلس الأمن الدولي', 'التصعيد', 'الدبلوماسية الدولية']);
      expect(r!.paragraphs).toEqual(P);
    }
  });

  it('one hashtag alone on the marker\'s line loses its "#"', () => {
    const [r] = extract(page(HEADLINE, ...P, 'الوسوم: #الانتخابات الرئاسية'));
    expect(r!.keywords).toEqual(['الانتخابات الرئاسية']);
  });
});

describe('a bulleted tag list ends at its last item (issue 8n)', () => {
  it('under "الوسوم:", the bulleted tags; the heading and rows of a table after them are no tags', () => {
    const text = [
      HEADLINE,
      ...P,
      'الوسوم:',
      '  • مجلس الأمن الدولي\n  • قطاع غزة',
      'جدول الترتيب',
      '# الفريق  لعب نقاط\n1 الترجي  18 69\n2 الزمالك 13 58',
    ].join('\n\n');
    expect(extract(text)[0]!.keywords).toEqual(['مجلس الأمن الدولي', 'قطاع غزة']);
  });
});

describe('tag markers of the markup series (issue 8p)', () => {
  it('a marker glued to its first tag ("كلمات مفتاحيةمجلس …", links with no text between them) is cut off and the run split', () => {
    for (const line of [
      'كلمات مفتاحيةمجلس الأمن الدوليالأمم المتحدةقطاع غزة',
      'كلمات مفتاحية[مجلس الأمن الدولي](/tag/1)[الأمم المتحدة](/tag/2)[قطاع غزة](/tag/3)',
      'الكلمات الدلالية[9]مجلس الأمن الدولي[10]الأمم المتحدة[11]قطاع غزة',
    ]) {
      const [r] = extract(page(HEADLINE, ...P, line));
      expect(r!.keywords, line).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة']);
      expect(r!.author, line).toBeNull();
      expect(r!.paragraphs, line).toEqual(P);
    }
  });

  it("a number glued to a tag's closing quote ('\"الأمم المتحدة\"2024') stays that tag's, in a line without separators (issue 8t)", () => {
    for (const line of [
      'الكلمات الدلالية: مجلس الأمن الدولي "الأمم المتحدة"2024 قطاع غزة',
      'الكلمات الدلالية[9]مجلس الأمن الدولي[10]"الأمم المتحدة"2024[11]قطاع غزة',
    ]) {
      const [r] = extract(page(HEADLINE, ...P, line));
      expect(r!.keywords, line).toEqual(['مجلس الأمن الدولي', '"الأمم المتحدة"2024', 'قطاع غزة']);
    }
  });

  it('a label no rule knows ("ابحث عن:") is no tag, and the lines under it are no bare tags (round 42)', () => {
    // It was the first of three "tags", with the two lines under it.
    const [r] = extract(page(HEADLINE, ...P, 'ابحث عن:', 'مجلس الأمن الدولي', 'قطاع غزة'));
    expect(r!.keywords).toEqual([]);
    expect(r!.paragraphs).toEqual(P);
  });

  it('a line of one tag over headlines under the text heads their list: no tag (round 45)', () => {
    const items = [
      'ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار',
      'منتخب الشباب يتأهل إلى نهائي البطولة العربية',
    ];
    for (const heading of ['على مدار الساعة', 'تغطية خاصة']) {
      const [undated] = extract(page(HEADLINE, ...P, heading, ...items));
      expect([undated!.keywords, undated!.paragraphs], heading).toEqual([[], P]);
      const [dated] = extract(page(HEADLINE, ...P, heading, items[0]!, '12 مارس 2024', items[1]!, 'منذ 3 ساعات'));
      expect([dated!.keywords, dated!.paragraphs], heading).toEqual([[], P]);
    }
  });

  it("one line of tags glued into one word under the text is cut into them; a writer's card under it ends them (round 42)", () => {
    // SmartMag through a text browser: the tag links with nothing between them and no label, then the share row and
    // the writer's card (the name the byline gave, what the writer is).
    const [r] = extract(
      page(HEADLINE, 'بقلم: سامي يوسف', ...P, 'مجلس الأمن الدوليقطاع غزة', 'سامي يوسف', 'صحفي متخصص في الشؤون الدولية'),
    );
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'قطاع غزة']);
  });

  it('"الموضوعات" alone over bare tags is their marker; a writer\'s card heading ("عن الكاتب") after them is no tag (round 42)', () => {
    const [r] = extract(
      page(
        HEADLINE,
        'بقلم: سامي يوسف',
        ...P,
        'الموضوعات',
        'مجلس الأمن الدولي',
        'قطاع غزة',
        'عن الكاتب',
        'سامي يوسف',
        'مراسل الموقع',
      ),
    );
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'قطاع غزة']);
  });

  it('"مواضيع" alone over bare tags (a <dl> marker) is their marker, no tag', () => {
    const [r] = extract(page(HEADLINE, ...P, 'مواضيع', 'مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة'));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة']);
    expect(r!.paragraphs).toEqual(P);
  });
});

describe('a tag line whose links the renderer marked (round 16)', () => {
  // Tags that neither the article nor the tag lexicon knows: only the links tell where each starts.
  const TAGS = ['مهرجان جرش', 'الفنون الشعبية', 'رابطة الكتاب الأردنيين', 'عمان'];

  it("lynx's reference numbers, Markdown's brackets and Debian html2text's joined words give the tags", () => {
    const lines = [
      `الوسوم: ${TAGS.map((t, i) => `[${40 + i}]${t}`).join(' ')}`,
      `الوسوم: ${TAGS.map((t, i) => `[${40 + i}]${t} -`).join(' ')}`,
      `الوسوم: ${TAGS.map((t, i) => `[${t}](/tags/${i})`).join(' ')}`,
      `الوسوم: ${TAGS.map((t) => t.replace(/ /g, '_')).join(' ')}`,
    ];
    for (const line of lines) expect(extract(page(HEADLINE, ...P, line))[0]!.keywords, line).toEqual(TAGS);
  });

  it('the same line with its marks lost is cut by what the article and the lexicon know', () => {
    const [r] = extract(page(HEADLINE, ...P, `الوسوم: ${TAGS.join(' ')}`));
    expect(r!.keywords).not.toEqual(TAGS);
  });
});

describe('a tag line between the date line and the text (round 8w)', () => {
  // As the markup series' self-linking CMS prints its tags: linked, with no marker nor separator, under
  // the headline's date line and over the lead.
  const under = (line: string): string => page(HEADLINE, '2024-09-02 09:47', line, ...P);

  it("is the article's keywords, cut by the phrases the article writes", () => {
    const [r] = extract(under('مجلس الأمن الدولي الأمم المتحدة قطاع غزة'));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة']);
    expect(r!.title).toBe(HEADLINE);
    expect(r!.paragraphs).toEqual(P);
  });

  it("a tag may hold a function word inside it, not at its edge: a photo's caption is no tag line", () => {
    const [r] = extract(under('مجلس الأمن الدولي اغتيال القيادي في حركة حماس'));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'اغتيال القيادي في حركة حماس']);
    for (const caption of ['جلسة مجلس الأمن الدولي من الأمم المتحدة', HEADLINE])
      expect(extract(under(caption))[0]!.keywords, caption).toEqual([]);
  });

  it("lynx's row of tag buttons, under the date line, is the tags and no byline; under the text too", () => {
    // Name-shaped (three words, no two in one paragraph), as the markup series' button chips are.
    const headline = 'بلاتر مستمر في قيادة الفيفا حتى فبراير المقبل';
    const text = [
      'حددت اللجنة التنفيذية للاتحاد الدولي لكرة القدم يوم السادس والعشرين من فبراير موعد الجمعية العمومية غير العادية لانتخاب رئيس جديد.',
      'وأوضح بلاتر أنه غير مسؤول عن أي تصرفات مخالفة من أعضاء الاتحاد الدولي المتورطين في اتهامات فساد.',
      'وتابع المصدر أن بلاتيني يعرف أنه يتعين عليه اتخاذ قراره بسرعة لإغلاق الباب على مرشحين آخرين محتملين.',
    ];
    const buttons = '(BUTTON) مرشحين (BUTTON) موعد (BUTTON) فساد';
    const [r] = extract(page(headline, '21 يوليو 2015', buttons, ...text));
    expect(r!.keywords).toEqual(['مرشحين', 'موعد', 'فساد']);
    expect(r!.author).toBeNull();
    const [s] = extract(page(headline, ...text, 'مشاركة تغريد طباعة', buttons, 'شاهد أيضا:'));
    expect(s!.keywords).toEqual(['مرشحين', 'موعد', 'فساد']);
  });

  it('over the date line, or with no date line above it, a line is no tag line', () => {
    const line = 'مجلس الأمن الدولي الأمم المتحدة قطاع غزة';
    expect(extract(page(HEADLINE, line, '2024-09-02 09:47', ...P))[0]!.keywords).toEqual([]);
    expect(extract(page(HEADLINE, line, ...P))[0]!.keywords).toEqual([]);
  });
});

describe('what is no tag: counters, image links, dates (round 8w)', () => {
  it('a line with no letter is a counter, not a tag: the widget it opens is not read as tags', () => {
    const [r] = extract(
      page(HEADLINE, ...P, 'الموضوع:\nمجلس الأمن الدولي\n0 21\nعربي - أخبار وآراء وراديو الموقع', 'الأكثر قراءة'),
    );
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي']);
  });

  it("the rest of a marker's line with no letter is no tag: lynx's number of a link that was an image", () => {
    const [r] = extract(page(HEADLINE, ...P, 'الكلمات الدالة : [86]', 'الأكثر قراءة'));
    expect(r!.keywords).toEqual([]);
  });

  it('the dates of related cards under the text are no bare tags', () => {
    const dates = ['2 أيلول', '29 آب', '1 أيلول'];
    expect(extract(page(HEADLINE, ...P, dates.join('\n'), 'تصفح المزيد'))[0]!.keywords).toEqual([]);
    // …nor one of them alone, though the text ends with it (a flattened page glues the first to the text).
    expect(extract(page(HEADLINE, ...P.slice(0, -1), `${P.at(-1)!} 2 أيلول`, '2 أيلول'))[0]!.keywords).toEqual([]);
  });

  it("tags printed line under line end at a blank line: the list after it is a related box's", () => {
    // As Python html2text prints two lists, each item a line and a blank line between the lists.
    const lists = [
      '  * مجلس الأمن الدولي\n  * الأمم المتحدة',
      '  * قطان وإلجام المشككين\n  * السودان يستعد لموسم الأمطار',
    ];
    const [r] = extract(page(HEADLINE, ...P, 'الكلمات المفتاحية:', ...lists));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة']);
  });

  it('tags printed line under line end at a line that ends with a colon: it heads the box after them', () => {
    // As warc2text prints a tag list, then a read-also box's heading, with no blank line between them.
    const lines = ['الكلمات المفتاحية:', 'مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة', 'طالع المزيد:'];
    const [r] = extract(page(HEADLINE, ...P, lines.join('\n'), 'السودان يستعد لموسم الأمطار'));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة']);
  });

  it("bare tags end before a writer's card: its photo's alt text, then the writer's name again", () => {
    const tags = ['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة'];
    const card = ['سامر الخطيب', '', 'سامر الخطيب', '', 'محرر في قسم الأخبار الدولية', '', 'كل مقالات الكاتب'];
    const [r] = extract(
      page(HEADLINE, ...P, [...tags, ...card].join('\n'), 'اقرأ أيضا', 'السودان يستعد لموسم الأمطار'),
    );
    expect(r!.keywords).toEqual(tags);
    expect(r!.author).toBe('سامر الخطيب');
  });

  it('the tag icon w3m prints as its alt text in brackets, on its own line under the marker, is no tag', () => {
    const column = ['الكلمات الدلالية:', '[tagNewNew]', 'مجلس الأمن الدولي', 'الأمم المتحدة'].join('\n\n');
    const [r] = extract(page(HEADLINE, ...P, column));
    expect(r!.keywords).toEqual(['مجلس الأمن الدولي', 'الأمم المتحدة']);
  });

  it('a tag list that w3m wrapped in a narrow table cell is read whole, its tags cut at the separators', () => {
    const cell = [
      'كلمات مفتاحية: غزة، طوفان',
      'الأقصى، تركيا، قطاع غزة،',
      'المقاومة الفلسطينية، كتائب',
      'القسام، حماس، رجب طيب إردوغان',
    ];
    const tags = [
      'غزة',
      'طوفان الأقصى',
      'تركيا',
      'قطاع غزة',
      'المقاومة الفلسطينية',
      'كتائب القسام',
      'حماس',
      'رجب طيب إردوغان',
    ];
    expect(extract(page(HEADLINE, ...P, cell.join('\n')))[0]!.keywords).toEqual(tags);
    // A line far shorter than the marker's, or with no separator, is no more of the list.
    for (const next of ['مصر، ليبيا', 'أخبار ذات صلة'])
      expect(extract(page(HEADLINE, ...P, `كلمات مفتاحية: غزة، حماس، قطاع غزة\n${next}`))[0]!.keywords, next).toEqual([
        'غزة',
        'حماس',
        'قطاع غزة',
      ]);
  });
});

describe("a row of tags parted by bars after the site's tag icon (round 56, probes made here)", () => {
  it('"[tag] <tag> | <tag> | …" gives every tag, one the text does not write too; it is no menu dropped', () => {
    const tags = ['مجلس الأمن الدولي', 'الأمم المتحدة', 'قطاع غزة', 'جنوب لبنان'];
    const [r] = extract(page(HEADLINE, ...P, `[tag] ${tags.join(' | ')}`));
    expect([r!.paragraphs, r!.keywords]).toEqual([P, tags]);
  });
});

describe('HTML: tag links printed as hashtags (round 56, probes made here)', () => {
  it('"#الطاقة_المتجددة" is the tag "الطاقة المتجددة": no "#", its "_" a space', () => {
    const html = `<html lang="ar"><body><article><h1>${HEADLINE}</h1>${P.map((p) => `<p>${p}</p>`).join('')}
      <div class="story-hashtags"><a href="/hashtag/غزة">#غزة</a> <a href="/hashtag/مجلس_الأمن">#مجلس_الأمن</a></div>
      </article></body></html>`;
    const [r] = extract(html, { format: 'html' });
    expect(r!.keywords).toEqual(['غزة', 'مجلس الأمن']);
  });
});

describe('a row of tag links glued with nothing between them under the text (round 56, probes made here)', () => {
  it('"[غزة](…)[مجلس الأمن](…)[الأمن المائي](…)" gives the links as tags, one the text does not write too; no source', () => {
    const [r] = extract(page(HEADLINE, ...P, '[غزة](/tag/1)[مجلس الأمن الدولي](/tag/2)[الأمن المائي](/tag/3)'));
    expect([r!.paragraphs, r!.keywords, r!.source]).toEqual([P, ['غزة', 'مجلس الأمن الدولي', 'الأمن المائي'], null]);
  });
});
