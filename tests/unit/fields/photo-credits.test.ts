/**
 * A photo's credit in the forms wire photos and photo agencies print it, under the headline or after the
 * caption: the record's `imageCredit`, never its author, title or text.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'وزارة الصحة تفتتح مستشفى جديدا في العاصمة';
const DATE = 'الأحد 1 سبتمبر 2024';
const P = [
  'أعلنت وزارة الصحة اليوم الأحد عن افتتاح مستشفى جديد في العاصمة بطاقة استيعابية تصل إلى ثلاثمائة سرير، في إطار خطة لتطوير القطاع الصحي.',
  'وقال وزير الصحة خالد عبد الغفار خلال حفل الافتتاح إن المستشفى يضم أقساما للطوارئ والعناية المركزة والجراحة، ويخدم أكثر من مليون مواطن.',
];
const page = (...lines: string[]): string => lines.join('\n\n');

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
