/**
 * A related or "latest" list whose cards print a teaser sentence under each headline, dated or not. The
 * teasers went into the main article's body: under a dated list the last card's teaser (nothing after it), and
 * under an undated one the first teaser ended the list, so that every later headline and teaser was body text
 * (round 41). A sentence under the list's last item that names most of its words is that card's teaser.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية';
const TEXT = [
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر التي تعتمد على الزراعة مصدرا رئيسيا للدخل.',
  'وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإن المرحلة الأولى تشمل المحافظات الأكثر تضررا من موجة الجفاف الأخيرة.',
  'وأضاف أن الوزارة خصصت مبلغا كبيرا لإعادة تأهيل قنوات الري وحفر آبار جديدة، مشيرا إلى أن التعاون مع المنظمات الدولية سيسهم في توفير الخبرات الفنية اللازمة.',
];
const CARDS = [
  [
    'منتخب الشباب يتأهل إلى نهائي البطولة العربية',
    'تأهل منتخب الشباب إلى النهائي بعد فوزه في نصف النهائي أمس بهدفين نظيفين.',
  ],
  [
    'ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار',
    'سجلت أسعار الذهب ارتفاعا ملحوظا صباح اليوم مع تراجع سعر صرف الدولار.',
  ],
] as const;

describe("a list's cards with a teaser under each headline", () => {
  for (const [marker, relation] of [
    ['آخر الأخبار', 'more'],
    ['أخبار ذات صلة', 'similar'],
    ['اقرأ أيضا', 'read-also'],
  ] as const)
    for (const dated of [true, false])
      it(`"${marker}", ${dated ? 'each card dated' : 'no dates'}: the headlines are related, the teasers no body text`, () => {
        const cards = CARDS.flatMap(([headline, teaser]) =>
          dated ? [headline, '12 مارس 2024', teaser] : [headline, teaser],
        );
        const records = extract([HEADLINE, ...TEXT, marker, ...cards].join('\n\n'));
        expect(records).toHaveLength(1);
        expect(records[0]!.paragraphs).toEqual(TEXT);
        expect(records[0]!.related).toEqual(CARDS.map(([title]) => ({ title, url: null, relation })));
      });

  it('keeps the article going on under a read-also box: its paragraph names the article, not the boxed headline', () => {
    const [boxed] = CARDS[0];
    const goingOn =
      'ورحب ممثلو الجمعيات الزراعية بالخطة، مطالبين بتبسيط إجراءات الحصول على القروض وضمان وصول الدعم إلى صغار المزارعين دون تأخير.';
    const records = extract([HEADLINE, ...TEXT, 'اقرأ أيضا', boxed, goingOn].join('\n\n'));
    expect(records).toHaveLength(1);
    expect(records[0]!.paragraphs).toEqual([...TEXT, goingOn]);
  });
});
