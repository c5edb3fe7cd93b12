/**
 * An opinion page's furniture under the text (issue 8, round 53), from a made-here page whose text dumps were
 * right and whose HTML was not: the writer's card (the name on a line of its own, what the writer is under
 * it) and a list of the writer's other columns under a heading in the feminine ("مقالات أخرى للكاتبة").
 */
import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../../src/document/fromText.js';
import { extract } from '../../../src/index.js';
import { HEADLINE, P } from '../../helpers/hospital-page.js';

const WRITER = 'نادين الحسيني';
const BIO = 'كاتبة وناقدة فنية، تكتب في الصحافة العربية منذ عام 2005.';
const OTHERS = ['السينما المستقلة وجمهورها', 'عن المهرجانات التي لا يحضرها أحد'];

const html = (card: string): string =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body>
<main><div class="opinion"><h1>${HEADLINE}</h1><div class="date">الأربعاء 5 يونيو 2024</div>
${P.map((p) => `<p>${p}</p>`).join('')}${card}
<div class="more-by"><h3>مقالات أخرى للكاتبة</h3><ul>${OTHERS.map((t) => `<li><a href="/a">${t}</a></li>`).join('')}</ul></div>
</div></main><footer>جريدة الصباح © 2024</footer></body></html>`;

describe("an opinion page's furniture under the text", () => {
  it("a list of the writer's other columns under a heading in the feminine is related, not the text", () => {
    const [record] = extract(html(''), { format: 'html' });
    expect(record!.paragraphs).toEqual(P);
    expect(record!.related.map((r) => [r.title, r.relation])).toEqual(OTHERS.map((t) => [t, 'more']));
  });

  it("the writer's card, the name on its own line and what the writer is under it, is not the text", () => {
    const [record] = extract(html(`<div class="bio"><b>${WRITER}</b><p>${BIO}</p></div>`), { format: 'html' });
    expect(record!.paragraphs).toEqual(P);
  });

  it("w3m's writer's name glued to itself (the avatar's alt text, then the link) is printed once", () => {
    const [block] = textToDocument(`${WRITER}${WRITER}`, { file: 't', doc: 0, line: 1, id: null, url: null }).blocks;
    expect([block!.text, block!.twiceOnLine]).toEqual([WRITER, true]);
  });
});
