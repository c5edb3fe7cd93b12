/**
 * The text ends at its tail (issue 8, round 53): past its source line and its tags, prose under a related
 * list is another story's (the list's first item printed in full), never the article going on. Found on a
 * made-here page in its lynx, w3m and Debian html2text dumps: the text took the related story's two
 * paragraphs, and its bare tag line with them.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { HEADLINE, P, page } from '../../helpers/hospital-page.js';

const SOURCE = 'المصدر: وكالة أنباء الشرق الأوسط';
const TAGS = ['وزارة الصحة', 'مستشفى جديد', 'القطاع الصحي'];
const RELATED = ['وزير المالية: الموازنة الجديدة تستهدف خفض العجز', 'ارتفاع الاحتياطي النقدي إلى 35 مليار دولار'];
const OTHER_STORY = [
  'قال وزير المالية إن الموازنة العامة الجديدة تستهدف خفض العجز الكلي إلى ستة في المئة من الناتج المحلي، عبر ترشيد الإنفاق وزيادة الإيرادات الضريبية دون فرض ضرائب جديدة.',
  'وأوضح الوزير أن الموازنة تتضمن زيادة مخصصات الصحة والتعليم بنسبة عشرين في المئة، مع الحفاظ على دعم السلع الأساسية للفئات الأكثر احتياجا.',
];
const tail = (tags: string): string[] => [
  SOURCE,
  tags,
  'مشاركة فيسبوك تويتر',
  'موضوعات متعلقة',
  ...RELATED,
  ...OTHER_STORY,
  'جميع الحقوق محفوظة © 2024',
];

describe('prose under a related list past the text’s source line and tags', () => {
  it('is not the text: the body stops at its tail, and the bare tag line is its tags', () => {
    const [record] = extract(page(HEADLINE, ...P, ...tail(TAGS.join(' | '))));
    expect(record!.paragraphs).toEqual(P);
    expect(record!.source).toBe('وكالة أنباء الشرق الأوسط');
    expect(record!.keywords).toEqual(TAGS);
  });

  it('is not the text under a tag section either', () => {
    const [record] = extract(page(HEADLINE, ...P, ...tail(`الكلمات المفتاحية: ${TAGS.join('، ')}`)));
    expect(record!.paragraphs).toEqual(P);
    expect(record!.keywords).toEqual(TAGS);
  });

  it('is the text past a read-also box with no tail before it (a box inside the text)', () => {
    const [record] = extract(page(HEADLINE, P[0]!, 'اقرأ أيضا', RELATED[0]!, P[1]!));
    expect(record!.paragraphs).toEqual(P);
  });
});
