/** The text document builder: renderer artefacts undone, blocks with their lines, any input accepted. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../../src/document/fromText.js';
import { normalizeArabic } from '../../../src/text/normalize.js';
import { wrapGreedily } from '../../helpers/wrap.js';

const input = { file: 't', doc: 0, line: 1, id: null, url: null };
const blocks = (text: string) => textToDocument(text, input).blocks.map((b) => [b.kind, b.depth, b.text, b.line]);
/** A line of words at a renderer's width (199 columns of 200): three such lines show a dump's wrap width. */
const long = 'كلمة '.repeat(40).trim();
/** The texts of a dump of two wrapped paragraphs, then `line` over `next`: is `next` read as going on from `line`? */
const afterTwoWrapped = (line: string, next: string): string[] =>
  blocks([long, 'تتمة الأولى.', long, 'تتمة الثانية.', line, next].join('\n')).map((b) => String(b[2]));

describe('textToDocument', () => {
  it('makes one block per line, with paragraph gaps at blank and U+00A0-only lines', () => {
    const doc = textToDocument('عنوان\n\u00a0\nفقرة أولى\r\nفقرة ثانية\n \n\ufeff\nفقرة ثالثة', input);
    expect(doc.blocks.map((b) => [b.text, b.line, b.gapBefore])).toEqual([
      ['عنوان', 1, false],
      ['فقرة أولى', 3, true],
      ['فقرة ثانية', 4, false],
      ['فقرة ثالثة', 7, true],
    ]);
  });

  it('drops NUL bytes and a leading BOM (Arabic Newspapers Corpus files end with NUL)', () => {
    expect(blocks('\ufeffعنوان\r\nنص\0')).toEqual([
      ['paragraph', 0, 'عنوان', 1],
      ['paragraph', 0, 'نص', 2],
    ]);
  });

  it('reads list bullets of every renderer, with nesting depth', () => {
    expect(
      blocks('  • الرئيسية\n    • فرعي\n     * lynx\n          + lynx فرعي\n  * مارك داون\n◄ عماني\n- شرطة'),
    ).toEqual([
      ['list-item', 0, 'الرئيسية', 1],
      ['list-item', 0, 'فرعي', 2],
      ['list-item', 0, 'lynx', 3],
      ['list-item', 2, 'lynx فرعي', 4],
      ['list-item', 0, 'مارك داون', 5],
      ['list-item', 0, 'عماني', 6],
      ['list-item', 0, 'شرطة', 7],
    ]);
  });

  it('joins a lynx list item whose text follows an empty bullet line', () => {
    expect(blocks('     *\n       نص البند')).toEqual([['list-item', 0, 'نص البند', 2]]);
  });

  it('undoes Markdown, lynx link numbers and html2text underscores', () => {
    expect(
      blocks(
        '## عنوان القسم\n****** عنوان ******\n[30]التعليم العالى\n[نص الرابط](/path "title") و![صورة](a.png)\n**غامق** \\-- نص\nتقارير_مصرية',
      ),
    ).toEqual([
      ['heading', 0, 'عنوان القسم', 1],
      ['heading', 0, 'عنوان', 2],
      ['paragraph', 0, 'التعليم العالى', 3],
      ['paragraph', 0, 'نص الرابط و', 4],
      ['paragraph', 0, 'غامق -- نص', 5],
      ['paragraph', 0, 'تقارير مصرية', 6],
    ]);
  });

  it("undoes Python html2text's emphasis (an <em> paragraph) and keeps underscores that emphasise nothing", () => {
    expect(blocks('_وتأتي هذه الخطة بعد عامين من الجفاف._\n\nقال _المسؤول_ إن الخطة جاهزة.').map((b) => b[2])).toEqual([
      'وتأتي هذه الخطة بعد عامين من الجفاف.',
      'قال المسؤول إن الخطة جاهزة.',
    ]);
    expect(blocks('الاسم: ________ والعمر: _ سنة').map((b) => b[2])).toEqual(['الاسم: ________ والعمر: _ سنة']);
  });

  it('rejoins paragraphs that a renderer hard-wrapped at a fixed width', () => {
    const wrapped = [long, 'تتمة الفقرة الأولى.', '', long, 'تتمة الثانية.', '', long, 'تتمة الثالثة.'].join('\n');
    expect(blocks(wrapped).map((b) => b[2])).toEqual([
      `${long} تتمة الفقرة الأولى.`,
      `${long} تتمة الثانية.`,
      `${long} تتمة الثالثة.`,
    ]);
  });

  it('rejoins them under a line the renderer could not break at its width (a wide row, glyphs it did not know; round 44)', () => {
    // elinks at its default 80 columns printed a vowelled verse as a run of U+FFFD far past the width.
    const mangled = (n: number): string => '\ufffd'.repeat(n);
    const outlier = `﴿${mangled(12)}ا ${mangled(18)}ي${mangled(6)}ي ${mangled(12)}ا ${mangled(6)}ال${mangled(12)} ${mangled(24)} ${mangled(30)} ${mangled(30)} ${mangled(12)}ي${mangled(6)}﴾`;
    const line = 'كلمة '.repeat(15).trim(); // 74 columns: wrapped at elinks' 77
    const wrapped = [line, 'تتمة الأولى.', '', outlier, '', line, 'تتمة الثانية.', '', line, 'تتمة الثالثة.'].join(
      '\n',
    );
    expect(blocks(wrapped).map((b) => b[2])).toEqual([
      `${line} تتمة الأولى.`,
      outlier,
      `${line} تتمة الثانية.`,
      `${line} تتمة الثالثة.`,
    ]);
  });

  it("rejoins a short page's two wrapped paragraphs under a centred headline as wide (elinks at 80 columns; round 44)", () => {
    // elinks indents its text three columns and centres a headline: the headline reaches the width by its
    // padding and ends no sentence, yet goes on to no line; the paragraphs' lines are the wrapped ones.
    const dump = [
      '             ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار',
      '',
      '   شهدت أسعار الذهب في الأسواق المحلية ارتفاعا ملحوظا خلال تعاملات اليوم،',
      '   مدفوعة بتراجع سعر الدولار أمام الجنيه وزيادة الطلب قبل موسم الأعياد.',
      '',
      '   سعر جرام الذهب عيار 21: 3100 جنيه',
      '',
      '   وقال رئيس شعبة الذهب إن الأسعار مرشحة لمزيد من الارتفاع خلال الأسبوع',
      '   المقبل إذا استمر تراجع الدولار في الأسواق العالمية.',
    ].join('\n');
    expect(blocks(dump).map((b) => b[2])).toEqual([
      'ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار',
      'شهدت أسعار الذهب في الأسواق المحلية ارتفاعا ملحوظا خلال تعاملات اليوم، مدفوعة بتراجع سعر الدولار أمام الجنيه وزيادة الطلب قبل موسم الأعياد.',
      'سعر جرام الذهب عيار 21: 3100 جنيه',
      'وقال رئيس شعبة الذهب إن الأسعار مرشحة لمزيد من الارتفاع خلال الأسبوع المقبل إذا استمر تراجع الدولار في الأسواق العالمية.',
    ]);
  });

  it('rejoins the one paragraph a short page wrapped, when the dump parts its paragraphs by blank lines', () => {
    // w3m at 200 columns: a short article whose one long paragraph wrapped once (found by eval:furniture --render).
    const page = [
      'عنوان الخبر',
      '',
      'الأحد 24 نوفمبر 2024',
      '',
      'فقرة أولى قصيرة تنتهي هنا.',
      '',
      long,
      'تتمة الفقرة.',
    ];
    const lines = [...page, '', 'فقرة أخيرة قصيرة.', '', 'جميع الحقوق محفوظة © 2024'].join('\n');
    expect(blocks(lines).map((b) => b[2])).toContain(`${long} تتمة الفقرة.`);
    // A dump that does not part its blocks by blank lines (warc2text) shows no wrap by one long line.
    const unparted = ['عنوان الخبر', 'فقرة أولى قصيرة تنتهي هنا.', long, 'سطر تال', 'فقرة أخيرة قصيرة.'].join('\n');
    expect(blocks(unparted).map((b) => b[2])).toContain('سطر تال');
  });

  it("rejoins a short page's one wrapped paragraph beside another that ended at the width with its sentence", () => {
    // w3m at 200 columns: the page's other long paragraph ended a few columns short of the width, at a
    // sentence's end (found by eval:furniture --render w3m); it ended there, it was not cut.
    const endedAtWidth = `${'كلمة '.repeat(38)}تنتهي.`;
    const page = ['عنوان الخبر', '', endedAtWidth, '', long, 'تتمة الفقرة.', '', 'فقرة أخيرة قصيرة.', '', 'اتصل بنا'];
    expect(blocks(page.join('\n')).map((b) => b[2])).toEqual([
      'عنوان الخبر',
      endedAtWidth,
      `${long} تتمة الفقرة.`,
      'فقرة أخيرة قصيرة.',
      'اتصل بنا',
    ]);
  });

  it('rejoins the two paragraphs a short page wrapped, in a dump that parts no blocks by blank lines', () => {
    // Debian html2text at 200 columns: two lines of the renderer's width, each cut mid-sentence and going on to
    // a sentence's end on the next line (found by eval:furniture --render html2text-deb).
    const page = ['عنوان الخبر', 'الأحد 24 نوفمبر 2024', 'فقرة أولى.', long, 'تتمة الأولى.', long, 'تتمة الثانية.'];
    expect(blocks(page.join('\n')).map((b) => b[2])).toEqual([
      ...page.slice(0, 3),
      `${long} تتمة الأولى.`,
      `${long} تتمة الثانية.`,
    ]);
    // Two long lines that go on to no sentence's end are a warc2text page's blocks, not wrapped ones.
    const blocksOfTheirOwn = ['عنوان الخبر', long, 'سطر تال', long, 'سطر آخر'].join('\n');
    expect(blocks(blocksOfTheirOwn).map((b) => b[2])).toContain('سطر تال');
  });

  it("rejoins the one paragraph a short page wrapped in Debian html2text's dump, told by its starred headings", () => {
    // Debian html2text parts no blocks by blank lines; its "****** title ******" shows a renderer printed the
    // dump (found by eval:furniture --render html2text-deb).
    const page = [
      '****** عنوان الخبر ******',
      'الأحد 24 نوفمبر 2024',
      'فقرة أولى.',
      long,
      'تتمة الفقرة.',
      'فقرة أخيرة.',
    ];
    expect(blocks(page.join('\n')).map((b) => b[2])).toEqual([
      'عنوان الخبر',
      ...page.slice(1, 3),
      `${long} تتمة الفقرة.`,
      'فقرة أخيرة.',
    ]);
    // warc2text's one block a line, with no renderer's mark: the long line is a block of its own.
    expect(blocks(page.slice(1).join('\n')).map((b) => b[2])).toContain('تتمة الفقرة.');
  });

  it('goes on over no line from a heading marked whole on its line, however near the wrap width it reaches', () => {
    // Debian html2text prints the byline and date line right under the headline (round 53: the title took them
    // in). A page made here, rendered by html2text 1.3 at its 80 columns.
    const headline = 'ارتفاع أسعار القمح عالميا بعد تراجع المحاصيل في أوروبا';
    const meta = 'كتب: سامح الجارحي الثلاثاء 14 مايو 2024 - 09:15 ص';
    const page = [
      `****** ${headline} ******`,
      meta,
      'ارتفعت أسعار القمح في الأسواق العالمية بنسبة تجاوزت خمسة في المئة خلال الأسبوع',
      'الجاري، بعد أن أظهرت تقديرات أولية تراجع المحاصيل في عدد من الدول الأوروبية',
      'بسبب موجة الجفاف التي ضربت القارة.',
      'وقال محللون في أسواق السلع إن المخاوف من نقص المعروض دفعت المستثمرين إلى زيادة',
      'مشترياتهم من العقود الآجلة، مشيرين إلى أن الأسعار قد تواصل الصعود إذا استمرت',
      'الظروف المناخية الحالية.',
    ];
    expect(blocks(page.join('\n')).map((b) => b[2])).toEqual([
      headline,
      meta,
      page.slice(2, 5).join(' '),
      page.slice(5).join(' '),
    ]);
  });

  it("rejoins Python html2text's wrapped Markdown: a heading at the width, a link or bold run the next line closes (round 55)", () => {
    // Pages made here, rendered by Python html2text at its 78 columns: the heading lost its last word, the
    // link's text and target were cut apart (a title "المنطقة](/uae/…)", tags "tag", "climate)"), the bold marks stayed.
    const para = [
      'أصدرت الأمانة العامة لجامعة الدول العربية، اليوم الإثنين، بيانا بشأن تطورات',
      'الأوضاع فى السودان، طالبت فيه بوقف فورى وشامل لإطلاق النار فى كل المناطق.',
    ];
    const texts = (...lines: string[]): string[] => blocks([...para, '', ...lines].join('\n')).map((b) => String(b[2]));
    expect(texts('# الجامعة العربية تطالب بوقف فورى لإطلاق النار فى السودان.. وتحذر من كارثة', 'إنسانية')).toContain(
      'الجامعة العربية تطالب بوقف فورى لإطلاق النار فى السودان.. وتحذر من كارثة إنسانية',
    );
    expect(
      texts('### [الشارقة تفتتح أكبر محطة لإعادة تدوير الإطارات في', 'المنطقة](/uae/2025-11-17-1.1234)'),
    ).toContain('الشارقة تفتتح أكبر محطة لإعادة تدوير الإطارات في المنطقة');
    expect(
      texts('**هناك من يرى أن مشاريع الهيدروجين الأخضر موجهة للتصدير أكثر من خدمة السوق', 'الداخلية، ما ردكم؟**'),
    ).toContain('هناك من يرى أن مشاريع الهيدروجين الأخضر موجهة للتصدير أكثر من خدمة السوق الداخلية، ما ردكم؟');
    const tagDoc = textToDocument(
      [...para, '', 'الوسوم: [المياه](/tag/water) [الجفاف](/tag/drought) [التغير', 'المناخي](/tag/climate)'].join('\n'),
      input,
    );
    expect(tagDoc.blocks.at(-1)).toMatchObject({
      text: 'الوسوم: المياه الجفاف التغير المناخي',
      linkTexts: ['المياه', 'الجفاف', 'التغير المناخي'],
    });
    // A link a paragraph's later line opens, the line under it closes.
    const inProse = [
      ...para.slice(0, 1),
      'الأوضاع فى السودان، طالبت فيه بوقف فورى وشامل لإطلاق النار، وقال [وزير',
      'الخارجية](/people/x) إن الجانبين تطرقا إلى عدد من القضايا ذات الاهتمام المشترك',
      'في المنطقة.',
    ];
    expect(blocks(inProse.join('\n'))[0]![2]).toBe(
      `${para[0]} الأوضاع فى السودان، طالبت فيه بوقف فورى وشامل لإطلاق النار، وقال وزير الخارجية إن الجانبين تطرقا إلى عدد من القضايا ذات الاهتمام المشترك في المنطقة.`,
    );
    // A form's field that w3m wrapped in its brackets is no link: the line under it is its own.
    expect(texts('البريد الإلكتروني:[login', 'كلمة السر:[****]').slice(-2)).toEqual([
      'البريد الإلكتروني:[login',
      'كلمة السر:[****]',
    ]);
    // A short heading, the line under it not at the width: the next line is its own (a byline).
    expect(texts('# عنوان قصير', 'كتب محمد السيد').slice(-2)).toEqual(['عنوان قصير', 'كتب محمد السيد']);
  });

  it("rejoins them in lynx's dump with references too: a reference's address runs past the wrap width", () => {
    const references = [
      'References',
      '',
      ...[1, 2, 3, 4].map((n) => `  ${n}. http://example.com/${'%D9%88'.repeat(60)}`),
    ];
    const dump = [long, 'تتمة الفقرة الأولى.', long, 'تتمة الثانية.', long, 'تتمة الثالثة.', '', ...references];
    expect(
      blocks(dump.join('\n'))
        .map((b) => b[2])
        .slice(0, 3),
    ).toEqual([`${long} تتمة الفقرة الأولى.`, `${long} تتمة الثانية.`, `${long} تتمة الثالثة.`]);
  });

  it('rejoins a line that reached the width in code units only: lynx and Debian html2text count a vowel mark', () => {
    // Found by eval:furniture --render html2text-deb: a vowelled line cut mid-sentence, short of the width in cells.
    const vowelled = 'مسبقًّا '.repeat(24).trim(); // 191 code units, 143 cells
    expect(afterTwoWrapped(vowelled, 'تتمة الثالثة.')).toEqual([
      `${long} تتمة الأولى.`,
      `${long} تتمة الثانية.`,
      `${vowelled} تتمة الثالثة.`,
    ]);
  });

  it('joins a wrapped line with no space where the renderer broke inside a word, at a slash or a hashtag', () => {
    // w3m and Debian html2text break after "/" (w3m before it too) and after a hashtag's "#" (found by
    // eval:furniture --render w3m, each renderer run on such lines).
    const lead = 'كلمة '.repeat(36).trim(); // the wrapped line's words before its last, 179 columns
    const joined = (end: string, next: string) => afterTwoWrapped(`${lead} ${end}`, `${next} والباقي.`).at(-1);
    expect(joined('تشرين الأول/', 'أكتوبر 2023')).toBe(`${lead} تشرين الأول/أكتوبر 2023 والباقي.`);
    expect(joined('تشرين الأول', '/أكتوبر 2023')).toBe(`${lead} تشرين الأول/أكتوبر 2023 والباقي.`);
    expect(joined('https:/', '/t.co/1vJfKRs0OD')).toBe(`${lead} https://t.co/1vJfKRs0OD والباقي.`);
    expect(joined('تقرير لـ #', 'العياشي_زمال')).toBe(`${lead} تقرير لـ #العياشي_زمال والباقي.`);
    // A slash or a hyphen with a space before it, and a hyphen after a word ("القاهرة- "), keep the space.
    expect(joined('الأول /', 'أكتوبر')).toBe(`${lead} الأول / أكتوبر والباقي.`);
    expect(joined('القاهرة-', 'أ ف ب')).toBe(`${lead} القاهرة- أ ف ب والباقي.`);
  });

  it('measures a line in cells: vowelled words (tanween, shadda) have more code units than cells', () => {
    const vowelled = `${'مسبقًّا '.repeat(33)}و`; // 199 cells, 265 code units
    const dump = [long, 'تتمة الأولى.', vowelled, 'تتمة الثانية.', long, 'تتمة الثالثة.'];
    expect(blocks(dump.join('\n')).map((b) => b[2])).toEqual([
      `${long} تتمة الأولى.`,
      `${vowelled} تتمة الثانية.`,
      `${long} تتمة الثالثة.`,
    ]);
  });

  it('reads the width off lines of words: a long address on a line of its own runs past it, and the next line does not go on from it', () => {
    const address = `https://example.com/${'%D9%88'.repeat(50)}`;
    const dump = [long, 'تتمة الأولى.', long, 'تتمة الثانية.', long, 'تتمة الثالثة.', '', address, '/arab_world/'];
    expect(blocks(dump.join('\n')).map((b) => b[2])).toEqual([
      `${long} تتمة الأولى.`,
      `${long} تتمة الثانية.`,
      `${long} تتمة الثالثة.`,
      address,
      '/arab_world/',
    ]);
  });

  it("after a wrapped paragraph's finished sentence, a date line or a headline card is a line of its own", () => {
    const sentence = `${'كلمة '.repeat(39)}آخر.`; // reaches the wrap width, and ends a sentence
    const card = '[عنوان_خبر_آخر_في_القائمة] عنوان_خبر_آخر_في_القائمة';
    const dump = [long, 'تتمة الأولى.', long, 'تتمة الثانية.', long, 'تتمة الثالثة.', ''];
    for (const line of ['الأحد 23 جمادى الآخرة 1439 هـ - 11 مارس 2018 م', '2024-09-01 08:18', card])
      expect(blocks([...dump, sentence, line].join('\n')).map((b) => b[2])[3], line).toBe(sentence);
    // The next sentence of a paragraph already wrapped goes on with it (a block's first line at the width,
    // ending a sentence, ended its paragraph: the next test).
    expect(blocks([...dump, long, sentence, 'وتتمة الفقرة.'].join('\n')).map((b) => b[2])[3]).toBe(
      `${long} ${sentence} وتتمة الفقرة.`,
    );
  });

  it("ends a paragraph the dump printed with no blank line after it where the next line's first word would have fitted (a renderer wraps greedily)", () => {
    // Debian html2text prints a <div>'s paragraphs a line each, with no blank line between (eval:furniture --render).
    const dump = [long, 'تتمة الأولى.', long, 'تتمة الثانية.', long, 'تتمة الثالثة.'];
    const ended = `${'كلمة '.repeat(37)}آخر.`; // 189 cells: "وقال" (4) would have fitted after it
    expect(
      blocks([...dump, ended, 'وقال المتحدث إن الاجتماع انتهى.'].join('\n'))
        .map((b) => b[2])
        .slice(3),
    ).toEqual([ended, 'وقال المتحدث إن الاجتماع انتهى.']);
    // The widest line (199 cells) is the width's floor only: the cut lines, each with "تتمة" (4) after it, show
    // the width is 202 at most, so "وأضاف" (5) would have fitted after a line of 196 at a width the page allows.
    const full = `${'كلمة '.repeat(38)}آخرها.`; // 196 cells
    expect(blocks([...dump, full, 'وأضاف المتحدث.'].join('\n')).map((b) => b[2])[3]).toBe(full);
    // A word that would not have fitted at any such width: the line ended its paragraph or was wrapped, which
    // the page cannot tell. A block's first line more often ended its paragraph (fromText.ts, figures from the
    // dev split's articles); a block already wrapped more often goes on (round 34, eval:furniture
    // --render html2text-deb).
    expect(blocks([...dump, full, 'والمتحدثون قالوا.'].join('\n')).map((b) => b[2])[3]).toBe(full);
    // A line ending with a colon there was wrapped: the quote goes on ("… تاكید کرد:", eval:dumps' aryanews).
    const said = `${'كلمة '.repeat(38)}وقال:`;
    expect(blocks([...dump, said, 'والمتحدثون قالوا.'].join('\n')).map((b) => b[2])[3]).toBe(
      `${said} والمتحدثون قالوا.`,
    );
    expect(blocks([...dump, long, full, 'والمتحدثون قالوا.'].join('\n')).map((b) => b[2])[3]).toBe(
      `${long} ${full} والمتحدثون قالوا.`,
    );
    // In a dump that parts its paragraphs by blank lines (lynx, w3m), lines in a row are one paragraph's: the
    // widest line is the width there.
    const parted = [long, 'تتمة الأولى.', '', long, 'تتمة الثانية.', '', long, 'تتمة الثالثة.', ''];
    expect(blocks([...parted, full, 'وأضاف المتحدث.'].join('\n')).map((b) => b[2])[3]).toBe(`${full} وأضاف المتحدث.`);
    // Fitted in cells but not in code units (a renderer may count a vowel mark as a column): it goes on too.
    const marked = `${'كلمةٌ '.repeat(37)}آخر.`; // 189 cells, 226 code units
    expect(blocks([...dump, long, marked, 'وقال المتحدث.'].join('\n')).map((b) => b[2])[3]).toBe(
      `${long} ${marked} وقال المتحدث.`,
    );
  });

  it('joins a line to the one under it that a long word opens, where that word would not have fitted (lynx, w3m; round 31)', () => {
    // eval:furniture seed 54 (lynx): "… just imagine the" over "possibilities.Study source: …", a word of 19 that
    // left the line 18 columns short of the width; a hashtag ("#الاتفاق_النووي.") likewise.
    const parted = [long, 'تتمة الأولى.', '', long, 'تتمة الثانية.', '', long, 'تتمة الثالثة.', ''];
    const short = `${'كلمة '.repeat(36)}منها`; // 184 cells, 15 short of the width: no sentence's end
    expect(blocks([...parted, short, '#الاتفاق_النووي. وبحسب ما طالعت.'].join('\n')).map((b) => b[2])[3]).toBe(
      `${short} #الاتفاق_النووي. وبحسب ما طالعت.`,
    );
    // A short word would have fitted there: the line above ended its block (a list's line, a heading).
    expect(blocks([...parted, short, 'وبحسب ما طالعت.'].join('\n')).map((b) => b[2])[3]).toBe(short);
    // Nor after a sentence's end, nor where the renderer runs its paragraphs together (Debian html2text).
    const ended = `${'كلمة '.repeat(36)}انتهى.`;
    expect(blocks([...parted, ended, '#الاتفاق_النووي. وبحسب ما طالعت.'].join('\n')).map((b) => b[2])[3]).toBe(ended);
    const together = [long, 'تتمة الأولى.', long, 'تتمة الثانية.', long, 'تتمة الثالثة.'];
    expect(blocks([...together, short, '#الاتفاق_النووي. وبحسب ما طالعت.'].join('\n')).map((b) => b[2])[3]).toBe(short);
  });

  it('decodes the spacing entities Debian html2text leaves ("&zwnj;"), not a page\'s own escaped markup ("&quot;")', () => {
    const text = 'راه&zwnj;اندازی&thinsp;صندوق &quot;عنوان&quot; R&D &bogus;';
    expect(blocks(text).map((b) => b[2])).toEqual(['راه\u200cاندازی\u2009صندوق &quot;عنوان&quot; R&D &bogus;']);
  });

  it("keeps apart lynx's links a line each, though a link's line reaches the wrap width", () => {
    const links = [`[41]${long.slice(0, -6)}`, '[42]خبر آخر في القائمة', '[43]وخبر ثالث'];
    const dump = [long, 'تتمة الفقرة الأولى.', long, 'تتمة الثانية.', long, 'تتمة الثالثة.', '', ...links];
    expect(
      blocks(dump.join('\n'))
        .map((b) => b[2])
        .slice(3),
    ).toEqual([long.slice(0, -6), 'خبر آخر في القائمة', 'وخبر ثالث']);
  });

  it('joins a wrapped paragraph without losing or adding a character but spaces, wherever the line was broken', () => {
    // The wrapped line and the next one hold letters, slashes, hashtags and hyphens (wrapContinuation's cases).
    const word = fc.string({ unit: fc.constantFrom('ا', 'ب', '/', '#', '-', '1'), minLength: 1, maxLength: 8 });
    const unspaced = (text: string) => text.replace(/\s+/gu, '');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.array(word, { minLength: 1, maxLength: 6 }),
        (end, next) => {
          const tail = end.join(' ');
          const cut = `${'كلمة '.repeat(40 - Math.ceil(tail.length / 5)).trim()} ${tail}`;
          // The next line opens with a letter: "- " or "# " there opens a list item or a heading, no wrapped line.
          const nextLine = `ب${next.join(' ')} والباقي.`;
          const texts = afterTwoWrapped(cut, nextLine);
          expect(unspaced(texts.join(''))).toBe(unspaced(`${long}تتمة الأولى.${long}تتمة الثانية.${cut}${nextLine}`));
        },
      ),
    );
  });

  it('never throws, and every block is a non-empty trimmed text with its matching form and an increasing line', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'ا',
            'ب',
            ' ',
            '\n',
            '\r',
            '\u00a0',
            '•',
            '*',
            '-',
            '[',
            ']',
            '(',
            ')',
            '_',
            '#',
            '1',
            '\0',
            '\ufeff',
          ),
          maxLength: 300,
        }),
        (text) => {
          const doc = textToDocument(text, input);
          let line = 0;
          for (const b of doc.blocks) {
            expect(b.text).toBe(b.text.trim());
            expect(b.text.length).toBeGreaterThan(0);
            expect(b.norm).toBe(normalizeArabic(b.text));
            expect(b.line).toBeGreaterThanOrEqual(line);
            line = b.line;
          }
        },
      ),
    );
  });
});

describe('html2text (Debian) link styling', () => {
  it('keeps the words of a starred, underscored link', () => {
    expect(blocks('    * *****_تحقيقات_*****\n    * **** التعليم_العالى:_105_آلاف_طالب ****')).toEqual([
      ['list-item', 0, 'تحقيقات', 1],
      ['list-item', 0, 'التعليم العالى: 105 آلاف طالب', 2],
    ]);
  });
});

describe('renderer and crawler joins undone (found by the corpus leak test)', () => {
  it('maps html2text underscores inside link words even when the line has real spaces, never inside URLs', () => {
    expect(
      blocks('صور_:_هكذا_صلى_النشامى وزير_الزراعة:_نعمل\nhttps://arabic.sputniknews.com/arab_world/2020 و google_plus'),
    ).toEqual([
      ['paragraph', 0, 'صور : هكذا صلى النشامى وزير الزراعة: نعمل', 1],
      ['paragraph', 0, 'https://arabic.sputniknews.com/arab_world/2020 و google plus', 2],
    ]);
  });

  it("keeps a hashtag's underscores: they are how the text writes it, not a renderer's spaces", () => {
    expect(blocks('اتهم رئيس السلطة، #محمود_عباس، حماس.#الميادين #الضفة_الغربية وزير_الزراعة')).toEqual([
      ['paragraph', 0, 'اتهم رئيس السلطة، #محمود_عباس، حماس.#الميادين #الضفة_الغربية وزير الزراعة', 1],
    ]);
  });

  it('splits a line whose items a crawler joined with 3+ spaces: short items are list items, long ones paragraphs', () => {
    expect(
      blocks(
        'تقرير تحليلي بشأن حركة المحافظين    «المدينة التي لا تغادر القلب».. كلمات وداع    محافظ أسيوط: مكتبي مفتوح',
      ),
    ).toEqual([
      ['list-item', 0, 'تقرير تحليلي بشأن حركة المحافظين', 1],
      ['list-item', 0, '«المدينة التي لا تغادر القلب».. كلمات وداع', 1],
      ['list-item', 0, 'محافظ أسيوط: مكتبي مفتوح', 1],
    ]);
    expect(
      textToDocument('خبر أول عن الطقس    خبر ثان عن الطرق    خبر ثالث عن الأسعار', input).blocks.every(
        (b) => b.outside,
      ),
    ).toBe(true);
    const paragraph = 'وقال المتحدث باسم الوزارة '.repeat(8).trim();
    const article = textToDocument(`${paragraph}.    ${paragraph}.    31 اب    جميع الحقوق محفوظة`, input).blocks;
    expect(article.map((b) => [b.kind, b.outside ?? false])).toEqual([
      ['paragraph', false],
      ['paragraph', false],
      ['list-item', false],
      ['list-item', false],
    ]);
    // Two parts is a wide gap inside a line, not a joined list.
    expect(blocks('الإشراف العام : إلهام أبو الفتح        رئيس التحرير : محمود مكاوي')).toHaveLength(1);
  });

  it('splits the lines of a two-column layout (w3m, Debian html2text) at the right column, each part on its line', () => {
    // w3m pads the left column to a column of cells (a combining mark takes none); the right column's
    // own lines are indented to it.
    const cells = (left: string, right: string, at: number): string =>
      `${left}${' '.repeat(at - [...left].filter((c) => !/\p{M}/u.test(c)).length)}${right}`;
    const w3m = [
      'الرئيسية محليات عربي دولي',
      cells('', 'عنوان الخبر في العمود الأيمن', 24),
      cells('', 'الفقرة الأولى من الخبر.', 24),
      'آخر الأخبار',
      cells('  • خبر جانبي أول', 'الفقرة الثانية من الخبر.', 24),
      cells('    2024/09/12 مساءً', 'الفقرة الثالثة من الخبر.', 24),
      cells('  • خبر جانبي ثان', '• وسم أول', 26),
      cells('', 'الفقرة الرابعة.', 24),
    ].join('\n');
    expect(blocks(w3m)).toEqual([
      ['paragraph', 0, 'الرئيسية محليات عربي دولي', 1],
      ['paragraph', 0, 'عنوان الخبر في العمود الأيمن', 2],
      ['paragraph', 0, 'الفقرة الأولى من الخبر.', 3],
      ['paragraph', 0, 'آخر الأخبار', 4],
      ['list-item', 0, 'خبر جانبي أول', 5],
      ['paragraph', 0, 'الفقرة الثانية من الخبر.', 5],
      ['paragraph', 0, '2024/09/12 مساءً', 6],
      ['paragraph', 0, 'الفقرة الثالثة من الخبر.', 6],
      ['list-item', 0, 'خبر جانبي ثان', 7],
      ['list-item', 0, 'وسم أول', 7],
      ['paragraph', 0, 'الفقرة الرابعة.', 8],
    ]);
    // The side column (fewer words), between the right column's first and last lines, is outside the article.
    expect(
      textToDocument(w3m, input)
        .blocks.filter((b) => b.outside)
        .map((b) => b.text),
    ).toEqual(['آخر الأخبار', 'خبر جانبي أول', '2024/09/12 مساءً', 'خبر جانبي ثان']);
    // Debian html2text pads to a column of UTF-8 bytes (an Arabic letter takes two).
    const bytes = (left: string, right: string): string => `${left}${' '.repeat(60 - Buffer.byteLength(left))}${right}`;
    const deb = [
      bytes('', 'عنوان الخبر'),
      bytes('', 'الفقرة الأولى من الخبر.'),
      bytes('آخر الأخبار', 'الفقرة الثانية من الخبر.'),
      bytes('    * خبر_جانبي_أول', 'الفقرة الثالثة من الخبر.'),
      bytes('      2015/08/24', 'الفقرة الرابعة من الخبر.'),
      bytes('', 'الفقرة الخامسة.'),
    ].join('\n');
    expect(blocks(deb).map((b) => b[2])).toEqual([
      'عنوان الخبر',
      'الفقرة الأولى من الخبر.',
      'آخر الأخبار',
      'الفقرة الثانية من الخبر.',
      'خبر جانبي أول',
      'الفقرة الثالثة من الخبر.',
      '2015/08/24',
      'الفقرة الرابعة من الخبر.',
      'الفقرة الخامسة.',
    ]);
    // w3m's table layout with a short side column (round 44): its heading and a wrapped word beside the article's
    // lines, one bullet of its own, the other beside the article's last wrapped line. Its lines resume at the
    // column: each is split off, and the article's wrapped lines go on, whole.
    const first = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية وتوزيع البذور المحسنة';
    const second = 'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين في المحافظات';
    const side = [
      cells(first, 'الأكثر قراءة', 100),
      'على آلاف الأسر.',
      cells('', '• ارتفاع أسعار الذهب مع تراجع', 102),
      cells(second, 'الدولار', 100),
      cells('الأكثر تضررا.', '• منتخب الشباب يتأهل', 102),
    ].join('\n');
    expect(blocks(side).map((b) => b[2])).toEqual([
      `${first} على آلاف الأسر.`,
      'الأكثر قراءة',
      'ارتفاع أسعار الذهب مع تراجع',
      `${second} الأكثر تضررا.`,
      'الدولار',
      'منتخب الشباب يتأهل',
    ]);
    // No column of indented lines: a wide gap inside a line is kept.
    const single = 'الإشراف العام : إلهام أبو الفتح        رئيس التحرير : محمود مكاوي\nنص';
    expect(blocks(single)).toHaveLength(2);
  });

  it('collapses a link text printed twice on one line (image alt, then the text link)', () => {
    expect(
      blocks(
        'الزراعة : ارتفاع اسعار البندورة غير مبرر الزراعة : ارتفاع اسعار البندورة غير مبرر\nقال قال قال إن الوزير قال',
      ),
    ).toEqual([
      ['paragraph', 0, 'الزراعة : ارتفاع اسعار البندورة غير مبرر', 1],
      ['paragraph', 0, 'قال قال قال إن الوزير قال', 2],
    ]);
  });
});

describe('the links a renderer marked on a line (Block.linkTexts)', () => {
  it('are kept for two links or more, in order; one link, or none, gives none', () => {
    const linksOf = (line: string): string[] | undefined => textToDocument(line, input).blocks[0]!.linkTexts;
    expect(linksOf('[12]مجلس الأمن | [13]غزة')).toEqual(['مجلس الأمن', 'غزة']);
    expect(linksOf('[مجلس الأمن](/t/1)، [غزة](/t/2) ![صورة](/i.jpg)')).toEqual(['مجلس الأمن', 'غزة']);
    expect(linksOf('مجلس_الأمن غزة')).toEqual(['مجلس الأمن', 'غزة']);
    expect(linksOf('[12]مجلس الأمن')).toBeUndefined();
    expect(linksOf('عقد مجلس الأمن جلسة طارئة.')).toBeUndefined();
  });

  it("a Markdown table row of one cell (Python html2text's layout table) is the cell's text", () => {
    const [row] = textToDocument('| كلمات مفتاحية: الجلد، جلد فأر|   ', input).blocks;
    expect(row!.text).toBe('كلمات مفتاحية: الجلد، جلد فأر');
    const [cells] = textToDocument('| تاسي| 7216.40| ▼ 0.17%', input).blocks;
    expect(cells!.text).toBe('| تاسي| 7216.40| ▼ 0.17%');
    // The cell's end after its last line (round 44): the line's only bar, at its end, is no text.
    const [last] = textToDocument('وأضاف أن الوزارة ستوفر الخبرات الفنية اللازمة.|  ', input).blocks;
    expect(last!.text).toBe('وأضاف أن الوزارة ستوفر الخبرات الفنية اللازمة.');
    const [strip] = textToDocument('الرئيسية | أخبار | رياضة |', input).blocks;
    expect(strip!.text).toBe('الرئيسية | أخبار | رياضة |');
  });

  it("a row of lynx's buttons is its labels, as links; one button keeps its mark (a form's)", () => {
    const [row] = textToDocument('   (BUTTON) فرنسا (BUTTON) رياضة التسلّق (BUTTON) جبل مون بلان', input).blocks;
    expect(row!.text).toBe('فرنسا رياضة التسلّق جبل مون بلان');
    expect(row!.linkTexts).toEqual(['فرنسا', 'رياضة التسلّق', 'جبل مون بلان']);
    for (const line of ['(BUTTON) بحث', '(BUTTON) (BUTTON)', 'اشترك (BUTTON) إرسال (BUTTON) إلغاء']) {
      const [block] = textToDocument(line, input).blocks;
      expect(block!.text, line).toBe(line);
      expect(block!.linkTexts, line).toBeUndefined();
    }
  });
});

describe("a Markdown quote (Python html2text's <blockquote>, round 43)", () => {
  it('is its text without the marks; a line of the mark alone parts its paragraphs', () => {
    expect(blocks('فقرة أولى.\n\n> «قول أول»\n>\n> > «قول ثان»\n\nفقرة ثانية.')).toEqual([
      ['paragraph', 0, 'فقرة أولى.', 1],
      ['paragraph', 0, '«قول أول»', 3],
      ['paragraph', 0, '«قول ثان»', 5],
      ['paragraph', 0, 'فقرة ثانية.', 7],
    ]);
    const doc = textToDocument('> «قول»\n>\nفقرة.', input);
    expect(doc.blocks.map((b) => [b.text, b.gapBefore])).toEqual([
      ['«قول»', false],
      ['فقرة.', true],
    ]);
  });

  it('a ">" inside a line, or after its first character, stays ("المزيد >>", "أ > ب")', () => {
    expect(blocks('المزيد >>\nالرئيسية > أخبار')).toEqual([
      ['paragraph', 0, 'المزيد >>', 1],
      ['paragraph', 0, 'الرئيسية > أخبار', 2],
    ]);
  });
});

describe('a read-also line under a finished sentence, with no blank line between (round 56, probes made here)', () => {
  it('"اقرأ أيضا: <headline>" under a wrapped paragraph is a line of its own, however long the line above', () => {
    const sentence = `${'كلمة '.repeat(38)}الماضيين.`; // a paragraph's last line at the width, a sentence's end
    const readAlso = `اقرأ أيضا: ${'خبر '.repeat(46)}`.trim(); // its headline wrapped at the width too
    const texts = blocks([long, long, sentence, readAlso, 'التعاملات'].join('\n')).map((b) => String(b[2]));
    expect(texts.slice(-2)).toEqual([`${long} ${long} ${sentence}`, `${readAlso} التعاملات`]);
  });
});

describe('a share row under a line at the wrap width, with no blank line between (round 57, probes made here)', () => {
  it('is a line of its own, a label or two platforms opening it; a sentence that opens with the verb goes on', () => {
    const line = 'كلمة '.repeat(39).trim(); // a paragraph's line at the width: its next word would not have fitted
    for (const row of ['انشر على: فيسبوك | تويتر | لينكدإن', 'شارك الخبر فيسبوك تويتر واتساب', 'فيسبوك تويتر واتساب']) {
      const texts = blocks([long, long, line, row].join('\n')).map((b) => String(b[2]));
      expect(texts.slice(-2), row).toEqual([`${long} ${long} ${line}`, row]);
    }
    const sentence = 'شارك في الاجتماع عدد من الوزراء.';
    expect(blocks([long, long, line, sentence].join('\n')).map((b) => String(b[2]))).toEqual([
      `${long} ${long} ${line} ${sentence}`,
    ]);
  });
});

describe('Debian html2text: lines that no line above goes on into (round 57, probes made here)', () => {
  it('a heading marked whole on its line ("**** التعليقات ****") starts a block, under a line at the width too', () => {
    const line = 'كلمة '.repeat(39).trim();
    const texts = blocks([long, long, line, '**** التعليقات ****', 'نص التعليق.'].join('\n'));
    expect(texts.map((b) => [b[0], b[2]])).toEqual([
      ['paragraph', `${long} ${long} ${line}`],
      ['heading', 'التعليقات'],
      ['paragraph', 'نص التعليق.'],
    ]);
    // A heading's closing marks alone on the next line are no heading of their own: they close the one above.
    const wrapped = blocks([long, long, 'تتمة.', `****** ${line}`, '******', 'نص.'].join('\n')).map((b) =>
      String(b[2]),
    );
    expect(wrapped.slice(-2)).toEqual([line, 'نص.']);
  });

  it('a read-also label, its colon and one link written as a word is a whole line: the text under it is not its', () => {
    const link = `${'خبر_'.repeat(46)}خبر`; // the line reaches the width: the next word would not have fitted
    const next = 'وأشار البيان إلى أن النمو الاقتصادي سجل 3.5% خلال الربع الأخير.';
    const texts = blocks([long, long, `${long.slice(0, 40)}.`, `اقرأ أيضا: ${link}`, next].join('\n')).map((b) =>
      String(b[2]),
    );
    expect(texts.at(-1)).toBe(next);
  });
});

describe('Debian html2text: a clock broken at the wrap, hashtags after their mark (round 57, probes made here)', () => {
  it('a clock whose hour and colon end a line and whose minutes open the next is one clock again', () => {
    // 198 columns: the minutes and a space would not have fitted on the line.
    const line = `${'كلمة '.repeat(26)}ومن نشر في: 20 فبراير 2024 - 14:22 | آخر تحديث: 20 فبراير 2024 - 18:`;
    const texts = blocks([long, long, line, '05 بتوقيت أبوظبي'].join('\n')).map((b) => String(b[2]));
    expect(texts.at(-1)!.endsWith('2024 - 18:05 بتوقيت أبوظبي')).toBe(true);
    // A colon after a word is no clock's (198 columns again: the next word would not have fitted).
    const said = blocks([long, long, `${'كلمة '.repeat(38)}ثم وقال:`, '12 شخصا أصيبوا.'].join('\n'));
    expect(String(said.at(-1)![2]).endsWith('ثم وقال: 12 شخصا أصيبوا.')).toBe(true);
  });

  it('a line of hashtags printed "# <tag>" under a finished sentence is a line of its own', () => {
    const sentence = `${'كلمة '.repeat(38)}الماضيين.`;
    const texts = blocks([long, long, sentence, '# شط_العرب # الملوحة # أبي_الخصيب'].join('\n')).map((b) =>
      String(b[2]),
    );
    expect(texts).toEqual([`${long} ${long} ${sentence}`, 'شط العرب # الملوحة # أبي الخصيب']);
  });
});

describe("a line that ends with a day glued to its last word (round 57, a probe's page)", () => {
  it("is a list item the next line does not go on from; a tatweel before the day is the text's own", () => {
    const next = 'وقال المتحدث إن الموعد نهائي.';
    // 196 columns: the next word would not have fitted on either line.
    const item = `${'كلمة '.repeat(36)}القمة14 مارس 2025`;
    expect(
      blocks([long, long, item, next].join('\n'))
        .map((b) => String(b[2]))
        .at(-1),
    ).toBe(next);
    const sentence = `${'كلمة '.repeat(35)}في الـ14 من مارس 2025`;
    expect(
      blocks([long, long, sentence, next].join('\n'))
        .map((b) => String(b[2]))
        .at(-1),
    ).toBe(`${long} ${long} ${sentence} ${next}`);
  });
});

describe("a card's headline printed twice with nothing between, at the wrap width (w3m, round 57, a probe's page)", () => {
  it('is a whole line: the next card is not its', () => {
    const text = wrapGreedily(
      `${'ارتفعت أسعار النفط في تعاملات اليوم بعد أن أعلن التحالف تأجيل خطته. '.repeat(6)}`.trim(),
      99,
      '',
    );
    // Twice, 90 columns: near the width, and the next card's first word would have fitted on the line.
    const headline = 'أرامكو ترفع توزيعات الأرباح الفصلية للمساهمين';
    const next = 'البورصة السعودية تغلق على ارتفاع بدعم من أسهم البنوك';
    const texts = blocks([...text, '', 'الأكثر قراءة', '', `${headline}${headline}`, next].join('\n')).map((b) =>
      String(b[2]),
    );
    expect(texts.slice(-2)).toEqual([headline, next]);
  });
});
