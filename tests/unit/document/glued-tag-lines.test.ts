/**
 * A tag line printed on the last paragraph's line (round 55, a probe made here): a page that sets its label
 * and tag links inline after the text has w3m and lynx print "… ضريبية. الكلمات المفتاحية الحكومة …", and the
 * HTML front end read one block. Both front ends' blocks are split alike.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'الحكومة تطلق خطة جديدة لدعم المشروعات الصغيرة في المحافظات';
const P = [
  'أعلنت الحكومة اليوم عن خطة شاملة لدعم المشروعات الصغيرة والمتوسطة في مختلف المحافظات، تتضمن حزمة من التسهيلات التمويلية.',
  'وقال وزير التخطيط في مؤتمر صحفي إن الخطة تمتد على ثلاث سنوات وتشمل قروضا ميسرة بفائدة منخفضة للشباب.',
];
const LAST = 'وأكد الوزير أن أصحاب المشروعات القائمة سيستفيدون أيضا من تخفيضات ضريبية.';
const TAGS = ['الحكومة', 'المشروعات الصغيرة', 'التمويل'];
const page = (...lines: string[]): string => lines.join('\n\n');

describe('a tag line glued to the last paragraph', () => {
  it('text: a label that heads tags with no colon, or any tag marker with its colon', () => {
    for (const tagLine of [
      `الكلمات المفتاحية ${TAGS.join(' ')}`,
      `الوسوم: ${TAGS.join('، ')}`,
      `الكلمات المتعلقة: ${TAGS.join(' | ')}`,
    ]) {
      const [r] = extract(page(HEADLINE, ...P, `${LAST} ${tagLine}`));
      expect(r!.paragraphs, tagLine).toEqual([...P, LAST]);
      expect(r!.keywords, tagLine).toEqual(TAGS);
    }
  });

  it('HTML: the label and the links inline after the text, in one element', () => {
    const links = TAGS.map((tag, i) => `<a href="/tag/${i}">${tag}</a>`).join(' ');
    const html = `<html><body><article><h1>${HEADLINE}</h1>${P.map((p) => `<p>${p}</p>`).join('')}
      <div>${LAST} <span>الكلمات المفتاحية</span> ${links}</div></article></body></html>`;
    const [r] = extract(html, { format: 'html' });
    expect(r!.paragraphs).toEqual([...P, LAST]);
    expect(r!.keywords).toEqual(TAGS);
  });

  it('prose that goes on after such a word is no tag line', () => {
    for (const last of [
      // A weaker marker with no colon: a sentence may start with it.
      `${LAST} علامات الاستفهام كثيرة حول توقيت القرار`,
      // A strong label whose words end in a sentence.
      `${LAST} الوسوم التي اختارها الموقع للخبر كانت مضللة. وقال مسؤول إن ذلك خطأ`,
    ]) {
      const [r] = extract(page(HEADLINE, ...P, last));
      expect(r!.paragraphs, last).toEqual([...P, last]);
      expect(r!.keywords, last).toEqual([]);
    }
  });
});
