/**
 * A photo's credit in the forms wire photos and photo agencies print it, under the headline or after the
 * caption: the record's `imageCredit`, never its author, title or text.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { DATE, HEADLINE, P, page } from '../../helpers/hospital-page.js';

describe('photo credits as wires and photo agencies print them', () => {
  it('"AGENCY/photographer" and "photographer/AGENCY" lines are the image credit', () => {
    for (const credit of [
      'REUTERS/Mohamed Abd El Ghany',
      'AFP/Khaled Desouki',
      'EPA-EFE/Mohamed Hossam',
      'AP Photo/Hussein Malla',
      'Khaled Desouki/AFP via Getty Images',
      'Amr Nabil / AP',
      'Sakib Ali/Hindustan Times/Getty Images',
      'Alex Wong | Getty Images',
    ]) {
      const [r] = extract(page(HEADLINE, DATE, credit, ...P));
      expect([r!.title, r!.author, r!.imageCredit], credit).toEqual([HEADLINE, null, credit]);
      expect(r!.paragraphs, credit).toEqual(P);
    }
  });

  it('a caption that ends with the photographer after the label, no dash before it, is the credit and no paragraph (round 48)', () => {
    // Found on the dev pages of the f8 layout families: the caption line stayed in the text, and no credit was read.
    const caption = 'أعضاء اللجنة خلال جولة ميدانية في أحد الأسواق الشعبية صباح اليوم';
    for (const [ending, credit] of [
      ['عدسة: أمين طلال', 'أمين طلال'],
      ['تصوير - لمياء باعشن', 'لمياء باعشن'],
      ['تصوير: محمد بتاع البلادي', 'محمد بتاع البلادي'],
      ['المصدر: Getty Images', 'Getty Images'],
      ['المصدر: Reuters', 'Reuters'],
    ]) {
      // After a full stop, "المصدر: Reuters" is the source line a renderer glued to the paragraph above (a photo
      // agency's name alone is always a credit).
      const stopped = ending !== 'المصدر: Reuters' ? [`${caption}. ${ending}`] : [];
      for (const line of [`${caption} ${ending}`, ...stopped, `${caption} ${caption} ${ending}`]) {
        for (const lines of [
          [HEADLINE, DATE, line, ...P],
          [HEADLINE, DATE, P[0]!, line, P[1]!],
        ]) {
          const [r] = extract(page(...lines));
          expect([r!.imageCredit, r!.source, r!.author], line).toEqual([credit, null, null]);
          expect(r!.paragraphs, line).toEqual(P);
        }
      }
    }
    // A caption printed twice (the image's alt text, then the caption) before "© AGENCY" is as long as 300 characters.
    const twice = `${caption} في إطار الاستعدادات الجارية للموسم المقبل`;
    const [r] = extract(page(HEADLINE, DATE, `${twice} ${twice} © Reuters`, ...P));
    expect([r!.imageCredit, r!.paragraphs]).toEqual(['Reuters', P]);
  });

  it('a sentence of the text that ends with a source which is no photo agency keeps it', () => {
    const line = 'وأكد المتحدث باسم الوزارة أن العمل جار على قدم وساق، بحسب ما ذكر المصدر: وكالة الأنباء الرسمية';
    const [r] = extract(page(HEADLINE, DATE, ...P, line));
    expect(r!.imageCredit).toBeNull();
  });

  it('a photo agency alone on its line ("Getty Images") is the image credit, not the writer', () => {
    for (const credit of ['Getty Images', 'Shutterstock', 'iStock', 'AFP via Getty Images']) {
      const [r] = extract(page(HEADLINE, DATE, credit, ...P));
      expect([r!.author, r!.imageCredit], credit).toEqual([null, credit]);
      expect(r!.paragraphs, credit).toEqual(P);
    }
  });

  it('a caption that ends with a wire credit ("… REUTERS/name") gives the credit and is no paragraph', () => {
    const [r] = extract(page(HEADLINE, DATE, 'متظاهرون في وسط القاهرة. REUTERS/Amr Abdallah Dalsh', ...P));
    expect(r!.imageCredit).toBe('REUTERS/Amr Abdallah Dalsh');
    expect(r!.paragraphs).toEqual(P);
  });

  it('"المصور:" labels the photographer as "تصوير:" does', () => {
    const [r] = extract(page(HEADLINE, DATE, 'المصور: خالد الغامدي', ...P));
    expect([r!.author, r!.imageCredit]).toEqual([null, 'خالد الغامدي']);
    expect(r!.paragraphs).toEqual(P);
  });

  it('"بعدسة:", "عدسة المصور:" and "حقوق الصورة:" label the photographer too, under the date line or a caption (round 47)', () => {
    for (const [line, credit] of [
      ['بعدسة: محمود خالد', 'محمود خالد'],
      ['عدسة المصور: محمود خالد', 'محمود خالد'],
      ['حقوق الصورة: وكالة الأناضول', 'وكالة الأناضول'],
    ] as const) {
      for (const head of [
        [HEADLINE, DATE, line],
        [HEADLINE, DATE, 'وزير الصحة خلال حفل الافتتاح', line],
      ]) {
        const [r] = extract(page(...head, ...P));
        expect([r!.title, r!.author, r!.imageCredit], line).toEqual([HEADLINE, null, credit]);
        expect(r!.paragraphs, line).toEqual(P);
      }
    }
  });

  it('a sentence of the text that names an agency and a slash keeps its place', () => {
    const sentence = 'وقال مصور وكالة AFP/ رويترز إن الصور التقطت صباح الأحد قرب المستشفى الجديد في العاصمة.';
    const [r] = extract(page(HEADLINE, DATE, ...P, sentence));
    expect(r!.paragraphs).toEqual([...P, sentence]);
    expect(r!.imageCredit).toBeNull();
  });
});
