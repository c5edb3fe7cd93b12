/**
 * Pages laid out as five WordPress news themes common on Arabic sites print them (Jannah, Newspaper, JNews,
 * SmartMag, Sahifa), as Drupal's article page and as Blogger's Arabic template do, with their class names, read
 * as HTML and as text browsers render them (round 42). Each case is the part of
 * such a page that came out wrong: the headline lost in a Markdown dump, a deck lost under the headline, tags
 * glued together in a column, a writer's card read as a tag or as a related headline, a comment form's
 * heading and prompts read as related headlines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { ROOT } from '../../helpers/fixtures.js';

const HEADLINE = 'الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية';
const DECK = 'قروض ميسرة وبذور محسنة لآلاف الأسر الريفية';
const P = [
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر التي تعتمد على الزراعة مصدرا رئيسيا للدخل.',
  'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإن المرحلة الأولى تشمل المحافظات الأكثر تضررا من موجة الجفاف الأخيرة.',
  'ورحب ممثلو الجمعيات الزراعية بالخطة، مطالبين بتبسيط إجراءات الحصول على القروض وضمان وصول الدعم إلى صغار المزارعين دون تأخير.',
];
const RELATED = [
  'ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار',
  'الأرصاد تحذر من موجة حر جديدة خلال الأيام المقبلة',
];
const page = (...lines: string[]): string => lines.join('\n\n');
/** The theme pages' text (fixtures/themes): four paragraphs, the third not in P. */
const THEME_TEXT = [
  P[0]!,
  P[1]!,
  'وأضاف أن الوزارة خصصت مبلغا كبيرا لإعادة تأهيل قنوات الري وحفر آبار جديدة، مشيرا إلى أن التعاون مع المنظمات الدولية سيسهم في توفير الخبرات الفنية اللازمة.',
  P[2]!,
];
const THEME_RELATED = [...RELATED, 'وزير الصحة يفتتح مستشفى جديدا في العاصمة'];
const THEME_SIDEBAR = ['انطلاق مهرجان الربيع في الحديقة المركزية', 'هبوط اضطراري لطائرة ركاب في المطار'];

describe('a WordPress theme page as a text dump', () => {
  it('a Markdown "#" headline far above the text, past a photo link and share counters, is the title; the "##" deck is kept', () => {
    // JNews through html2text (Python): the headline, 15 lines of furniture above the text, was left out.
    const furniture = [
      'في [اقتصاد](/c)',
      ' __0',
      '[![](a.jpg)',
      'صورة أرشيفية لحقول القمح',
      '](a.jpg)',
      '0',
      'SHARES',
      '1.2k',
      'VIEWS',
    ];
    const [r] = extract(page(`# ${HEADLINE}`, `## ${DECK}`, '12 مارس 2024', ...furniture, ...P));
    expect(r!.title).toBe(HEADLINE);
    expect(r!.paragraphs).toEqual([DECK, ...P]);
  });

  it('the deck under the headline that the page-title line names is kept, as under any headline', () => {
    // warc2text prints the page's <title> first.
    const [r] = extract(
      page(`${HEADLINE} - الوطن`, 'الرئيسية', 'اقتصاد', HEADLINE, DECK, 'بواسطة أحمد سالم', '12 مارس 2024', ...P),
    );
    expect(r!.title).toBe(HEADLINE);
    expect(r!.paragraphs).toEqual([DECK, ...P]);
    expect(r!.warnings.map((w) => w.code)).toContain('deck-kept-in-body');
  });

  it("a column of tags whose links were glued into one word is cut into them; a writer's card under it is no tag", () => {
    // Jannah through w3m: the tag cloud's links with no space between them, then the author box (photo's alt
    // text, name).
    const lines = ['الوسوم', 'الزراعةالمزارعينالحكومة', 'فيسبوكتويتر', 'أحمد سالم'].join('\n');
    const [r] = extract(page(HEADLINE, 'بقلم: أحمد سالم', ...P, lines, 'أحمد سالم', 'صحفي متخصص في الشؤون الاقتصادية'));
    expect(r!.keywords).toEqual(['الزراعة', 'المزارعين', 'الحكومة']);
  });

  it("a writer's card in a previous/next strip (the byline's name, then what the writer is) gives no related headline", () => {
    const [r] = extract(
      page(
        HEADLINE,
        'بقلم: أحمد سالم',
        ...P,
        `المقال التالي${RELATED[0]}`,
        'أحمد سالم',
        'صحفي متخصص في الشؤون الاقتصادية',
        'مقالات ذات صلةالمزيد من المؤلف',
        RELATED[1]!,
      ),
    );
    expect(r!.related).toEqual([
      { title: RELATED[0], url: null, relation: 'more' },
      { title: RELATED[1], url: null, relation: 'similar' },
    ]);
  });

  it('a headline that opens with what someone is ("أستاذ …") stays an item of a list when no byline names the line over it', () => {
    const item = 'أستاذ أوعية دموية يكشف أسباب زيادة الوفيات في الشتاء';
    const [r] = extract(page(HEADLINE, ...P, 'الأكثر قراءة', RELATED[0]!, 'وفيات كورونا', item));
    expect(r!.related.map((x) => x.title)).toContain(item);
  });

  it('a comment form\'s heading ("ترك الرد إلغاء الرد") and its prompts are no related headlines', () => {
    const form = ['ترك الرد إلغاء الرد', 'Please enter your comment!', 'Please enter your name here'];
    for (const heading of ['المقال السابق', 'الأكثر قراءة']) {
      const [r] = extract(page(HEADLINE, ...P, heading, RELATED[0]!, ...form));
      expect(
        r!.related.map((x) => x.title),
        heading,
      ).toEqual([RELATED[0]]);
    }
  });
});

describe('a WordPress theme page as HTML', () => {
  // Written by hand in each theme's markup (fixtures/README.md): the same article, its furniture as the theme prints it.
  for (const theme of ['jannah', 'newspaper', 'jnews', 'smartmag', 'sahifa', 'drupal', 'blogger'])
    it(`${theme}: the headline, the text (JNews's deck under the <h1> kept), the tags, the writer, the date, the related lists`, () => {
      const [r, ...more] = extract(readFileSync(join(ROOT, 'fixtures/themes', `${theme}.html`), 'utf8'), {
        format: 'html',
      });
      expect(more).toEqual([]);
      expect(r!.title).toBe(HEADLINE);
      expect(r!.paragraphs).toEqual([...(theme === 'jnews' ? [DECK] : []), ...THEME_TEXT]);
      if (theme === 'jnews') expect(r!.warnings.map((w) => w.code)).toContain('deck-kept-in-body');
      expect([r!.author, r!.published?.slice(0, 10), r!.keywords]).toEqual([
        'أحمد سالم',
        '2024-03-12',
        ['الزراعة', 'المزارعين', 'الحكومة'],
      ]);
      // Blogger's sidebar lists the popular posts: the related ones.
      expect(new Set(r!.related.map((x) => x.title))).toEqual(
        new Set([...THEME_RELATED, ...(theme === 'blogger' ? [] : THEME_SIDEBAR)]),
      );
    });

  it('an <h1> that links to the home page is the site\'s name: cut from the <title> ("اسم المدونة: الخبر"), no headline', () => {
    const body = `<h1><a href="/">أخبار الوطن</a></h1><h3 class="post-title">${HEADLINE}</h3><div class="post-body">${P.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const [blog] = extract(`<html><head><title>أخبار الوطن: ${HEADLINE}</title></head><body>${body}</body></html>`, {
      format: 'html',
    });
    expect(blog!.title).toBe(HEADLINE);
    // A one-word headline in an <h1> that links nowhere stays the headline beside the site's name.
    const [short] = extract(
      `<html><head><title>إصدارات - أخبار الوطن</title></head><body><h1>إصدارات</h1>${P.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
      { format: 'html' },
    );
    expect(short!.title).toBe('إصدارات');
  });

  it('a linked heading under the <h1> (another story) is no deck', () => {
    const html = `<html><head><meta charset="utf-8"></head><body><div class="entry-header"><h1>${HEADLINE}</h1><h2><a href="/x">${RELATED[0]}</a></h2></div><div class="entry-content">${P.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const [r] = extract(html, { format: 'html' });
    expect(r!.paragraphs).toEqual(P);
  });
});
