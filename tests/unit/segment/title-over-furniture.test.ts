/**
 * Lines between the headline and the text that had cost the title, found on pages made here for sites arnews
 * has not seen (issue 8, round 54: "no headline is ever lost"): a link to one other story under the date line,
 * and a comment count under the byline of a headline that reads as a sentence.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { DATE, HEADLINE, P, page } from '../../helpers/hospital-page.js';

const OTHER_STORY = 'الحكومة تقر موازنة العام المقبل';

describe('the headline over furniture before the text', () => {
  it('a link to one story under the date line parts no headline from its text', () => {
    for (const link of [[`اقرأ أيضا: ${OTHER_STORY}`], ['اقرأ أيضا', OTHER_STORY], [`شاهد أيضا: ${OTHER_STORY}`]]) {
      const records = extract(page(HEADLINE, DATE, ...link, ...P));
      expect(records, link.join(' / ')).toHaveLength(1);
      expect([records[0]!.title, records[0]!.paragraphs], link.join(' / ')).toEqual([HEADLINE, P]);
      expect(records[0]!.related.map((r) => r.title)).toEqual([OTHER_STORY]);
    }
  });

  it("a comment count under a question's byline opens no comment section over the text", () => {
    const question = 'هل تنجح وزارة الصحة في تطوير المستشفيات قبل نهاية العام؟';
    for (const count of ['18 تعليقات', 'تعليقات (3)', '0 تعليق']) {
      const [record] = extract(page(question, 'عبد الرحيم العسري', count, ...P));
      expect([record!.title, record!.paragraphs, record!.author], count).toEqual([question, P, 'عبد الرحيم العسري']);
    }
  });

  it('under the text, the count heads the comments as before', () => {
    const [record] = extract(page(HEADLINE, DATE, ...P, '2 تعليقات', 'محمد', 'خبر جميل ومفيد جدا'));
    expect(record!.paragraphs).toEqual(P);
  });

  it("a photo's caption under the date line that writes the text's words is no title over the headline above the date line (round 55)", () => {
    // A probe made here (a feature laid out as headline, date line, photo and caption, text; w3m and lynx).
    const headline = 'الواحات المصرية حياة على حافة الرمال';
    const caption = 'نخيل واحة الخارجة في محافظة الوادي الجديد جنوب غربي مصر';
    const text = [
      'على بعد نحو 600 كيلومتر جنوب غرب القاهرة، تنبسط واحة الخارجة وسط بحر من الرمال الذهبية، حيث يعيش عشرات الآلاف من السكان على إيقاع مختلف تماما عن صخب المدن الكبرى.',
      'هنا تبدأ الحكاية من البئر، فكل بيت وكل حقل وكل شجرة نخيل مرتبطة بعين ماء جوفية، بعضها يعود إلى العصر الروماني.',
    ];
    const [record] = extract(page(headline, '20 مارس 2024', caption, ...text));
    expect([record!.title, record!.paragraphs]).toEqual([headline, text]);
  });

  it('a headline under the date line still beats a section name over it', () => {
    const [record] = extract(page('صحة', DATE, HEADLINE, ...P));
    expect([record!.title, record!.paragraphs]).toEqual([HEADLINE, P]);
  });
});
