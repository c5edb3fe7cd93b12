/**
 * Lines of the text that had been taken for furniture, found on pages made here for sites arnews has not seen
 * (issue 8, round 54): a sentence that tells what someone wrote ("كتب الوزير على حسابه … أن …") read as a
 * byline, and a short last paragraph under a link to one story inside the text left out of the body.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { DATE, HEADLINE, P, page } from '../../helpers/hospital-page.js';

describe('the text kept', () => {
  it('a sentence that opens with "كتب" and holds a particle is the text, no byline', () => {
    for (const line of [
      'كتب الوزير على حسابه في منصة إكس أن الوزارة في حالة استنفار كامل.',
      'كتبت الصحيفة أن المستشفى سيستقبل المرضى اعتبارا من الأسبوع المقبل.',
      'كتب المتحدث عبر صفحته الرسمية أن الافتتاح تأجل يوما واحدا',
    ]) {
      const [record] = extract(page(HEADLINE, DATE, P[0]!, line, P[1]!));
      expect([record!.author, record!.paragraphs], line).toEqual([null, [P[0], line, P[1]]]);
    }
  });

  it('a byline without a colon still names the writer, "علي" in the name too', () => {
    for (const name of ['محمد علي حسن', 'سارة عبد الرحمن']) {
      const [record] = extract(page(HEADLINE, `كتب ${name}`, DATE, ...P));
      expect([record!.author, record!.paragraphs], name).toEqual([name, P]);
    }
  });

  it('a short last paragraph under a link to one story inside the text is the text going on', () => {
    const last = 'وتستمر الحملة حتى نهاية شهر أغسطس المقبل في جميع المحافظات.';
    const [record] = extract(page(HEADLINE, DATE, ...P, 'اقرأ أيضا: وزير الصحة يتفقد المستشفيات', last));
    expect(record!.paragraphs).toEqual([...P, last]);
    expect(record!.related.map((r) => r.title)).toEqual(['وزير الصحة يتفقد المستشفيات']);
  });
});
