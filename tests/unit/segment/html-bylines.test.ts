import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

// HTML pages whose byline no markup names: the furniture probe's pages as HTML (`eval:furniture --render
// html`) lost a bare name under the <h1>, or took the <h1> into a "latest" list over the article.
const HEADLINE = 'تحذير عالمي من تسريع عمليات الولادة';
const P1 =
  'دعت منظمة الصحة العالمية الطواقم الطبية والقابلات إلى الحد من إجراء تدخلات من شأنها تسريع الولادة، ما لم يكن هناك مخاطر حقيقية من المضاعفات.';
const P2 =
  'وحذرت المنظمة، حسبما أوردت صحيفة الغارديان البريطانية، من أن كثيرا من النساء لا يخضن تجربة الولادة الطبيعية التي يردنها.';

const page = ({ head = '', before = '', under }: { head?: string; before?: string; under: string }): string =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${HEADLINE} - صحيفة المثال</title>${head}</head>
<body>${before}
<article>
<h1>${HEADLINE}</h1>
${under}
<div class="article-text"><p>${P1}</p><p>${P2}</p></div>
</article>
<p class="copyright">جميع الحقوق محفوظة © 2024</p>
</body></html>`;

const record = (html: string) => extract(html, { format: 'html' })[0]!;

describe('HTML: a bare byline under the headline', () => {
  it('is the author when a name stands alone between the <h1> and the text (it was lost)', () => {
    const r = record(page({ under: '<div class="meta">مها بن عبد العظيم</div>' }));
    expect(r.author).toBe('مها بن عبد العظيم');
    expect(r.paragraphs).toEqual([P1, P2]);
  });

  it('is read under the date line, and with the city after a dash', () => {
    const r = record(
      page({ under: '<div class="meta">24/11/2024 - 10:42 ص</div><div class="meta">سعود الهذلي - الرياض</div>' }),
    );
    expect(r.author).toBe('سعود الهذلي');
    expect(r.published).toBe('2024-11-24T10:42');
  });

  it('is read under the standfirst that opens the text, as in a text dump (round 29)', () => {
    // Found by eval:furniture --render html (seeds 27 and 29): a lead paragraph, then "name - city", then a photo.
    const lead =
      'المنظمة تدعو القابلات والأطباء إلى ترك الولادة تأخذ مجراها الطبيعي، وتحذر من التدخلات الطبية غير الضرورية في غرف الولادة.';
    const r = record(
      page({
        under: `<p class="lead">${lead}</p><div class="meta">أشرف عبد الحميد - الرياض</div><figure><figcaption>صورة من الحدث (أ ف ب)</figcaption></figure>`,
      }),
    );
    expect(r.author).toBe('أشرف عبد الحميد');
    expect(r.paragraphs).toEqual([lead, P1, P2]);
  });

  it('is read from a meta line that prints the name and the date', () => {
    const r = record(page({ under: '<div class="meta">هشام عدرة | 24 نوفمبر 2024</div>' }));
    expect(r.author).toBe('هشام عدرة');
    expect(r.published).toBe('2024-11-24');
  });

  it('is no author when the text writes about that person, nor when the page metadata names the writer', () => {
    const about = `<p>${P1.replace('منظمة الصحة العالمية', 'مها بن عبد العظيم')}</p>`;
    expect(record(page({ under: `<div class="meta">مها بن عبد العظيم</div>${about}` })).author).toBeNull();
    const named = page({
      head: '<meta name="author" content="سعود الهذلي">',
      under: '<div class="meta">مها بن عبد العظيم</div>',
    });
    expect(record(named).author).toBe('سعود الهذلي');
  });

  it('is looked for only under a headline the markup marks: a bare name over a page with none is no byline', () => {
    const html = page({ under: '<div class="meta">مها بن عبد العظيم</div>' }).replace(/<\/?h1>/g, '');
    expect(record(html.replace(/<title>.*<\/title>/u, '<title>صحيفة المثال</title>')).author).toBeNull();
  });

  it('ends a "latest" list over the article at the <h1>: the headline and its byline are no items of it', () => {
    const latest =
      '<aside><h3>الأحدث</h3><ul><li><a href="/1">سماعات مبتكرة جديدة من سامسونغ في المنطقة العربية</a></li>' +
      '<li><a href="/2">حماس توقيف المشتبه به في محاولة اغتيال الحمد الله</a></li></ul></aside>';
    const r = record(page({ before: latest, under: '<div class="meta">مها بن عبد العظيم</div>' }));
    expect(r.title).toBe(HEADLINE);
    expect(r.author).toBe('مها بن عبد العظيم');
    expect(r.paragraphs).toEqual([P1, P2]);
  });
});
