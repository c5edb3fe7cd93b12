/** Related entries (fields/related.ts): what a related list's lines give. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const page = (...lines: string[]): string => lines.join('\n\n');
const TITLE = 'وزير الري يشهد توقيع عقد دراسة السحب الآمن للخزانات الجوفية';
const TEXT = [
  'شهد الدكتور محمد عبد العاطي وزير الموارد المائية والري توقيع عقد المرحلة الثانية من دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة، بحضور عدد من قيادات الوزارة والجامعة.',
  'وأوضح الوزير أن الدراسة تهدف إلى تحديد كميات السحب الآمن من الخزانات الجوفية على مستوى الجمهورية، بما يضمن استدامة الموارد المائية للأجيال القادمة.',
];
const OTHERS = [
  'مقتل 20 على الاقل في خروج قطارين عن القضبان بسبب الفيضانات في وسط الهند',
  'اليمن: عدوان جديد على منطقة الجبانة غربي مدينة الحديدة',
];

describe('related', () => {
  it('a self-link line ending a related list ("رابط المقال: https://…") is no related headline', () => {
    // The dev set's print-edition pages: the article's own link under its "similar" list, then the footer.
    const [record] = extract(
      page(
        TITLE,
        ...TEXT,
        'مقالات ذات صلة',
        ...OTHERS,
        'رابط المقال: https://www.alayyam.example/article/88573',
        'جميع الحقوق محفوظة لجريدة الأيام العربية',
      ),
    );
    expect(record!.related).toEqual(OTHERS.map((title) => ({ title, url: null, relation: 'similar' })));
  });
});
