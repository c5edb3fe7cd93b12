/**
 * What a CMS or a CDN prints in place of an e-mail address (issue 8, round 8h): Joomla's cloaking notice,
 * Cloudflare's "[email protected]". It is no one's text: it leaves the body, alone on its line or glued to
 * a signature, in Arabic or English, whatever the site.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'افتتاح محطة جديدة لتحلية مياه البحر في الريان';
const PROSE = [
  'افتتحت وزارة المياه صباح اليوم محطة جديدة لتحلية مياه البحر في مدينة الريان، بطاقة إنتاجية تبلغ خمسين ألف متر مكعب يوميا.',
  'وقال وزير المياه خلال حفل الافتتاح إن المحطة ستخدم أكثر من مئتي ألف نسمة في المدينة والقرى المحيطة بها، مشيرا إلى محطتين أخريين.',
  'وأضاف الوزير أن تكلفة المشروع بلغت نحو ثلاثين مليون دولار، ممولة بقرض ميسر من صندوق التنمية، وأن الأعمال استغرقت عامين كاملين.',
];
const PLACEHOLDERS = [
  'هذا البريد محمى من المتطفلين. تحتاج إلى تشغيل الجافا سكريبت لمشاهدته.',
  'هذا البريد الالكتروني محمي من روبوتات السبام. يجب عليك تفعيل الجافاسكربت لرؤيته.',
  'This email address is being protected from spambots. You need JavaScript enabled to view it.',
  '[email protected]',
  '[email\u00a0protected]',
];
const PLACEHOLDER_WORDS = /محم[ىي]|protected/iu;

describe('e-mail placeholders', () => {
  for (const placeholder of PLACEHOLDERS) {
    it(`"${placeholder.slice(0, 30)}…" leaves the body, alone on its line or glued after a signature`, () => {
      for (const line of [placeholder, `سالم عبد الرحيم ـ كاتب صحفي${placeholder}`]) {
        const [record] = extract([HEADLINE, ...PROSE, line].join('\n\n'));
        expect(record!.title).toBe(HEADLINE);
        expect(record!.paragraphs.slice(0, PROSE.length)).toEqual(PROSE);
        expect(record!.paragraphs.filter((p) => PLACEHOLDER_WORDS.test(p))).toEqual([]);
      }
    });
  }
});
