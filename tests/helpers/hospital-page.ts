/**
 * A short news page (headline, date line, two paragraphs) that unit tests wrap furniture around: the story of
 * tests/unit/fields/photo-credits.test.ts.
 */
import { extract } from '../../src/index.js';

export const HEADLINE = 'وزارة الصحة تفتتح مستشفى جديدا في العاصمة';
export const DATE = 'الأحد 1 سبتمبر 2024';
export const P = [
  'أعلنت وزارة الصحة اليوم الأحد عن افتتاح مستشفى جديد في العاصمة بطاقة استيعابية تصل إلى ثلاثمائة سرير، في إطار خطة لتطوير القطاع الصحي.',
  'وقال وزير الصحة خالد عبد الغفار خلال حفل الافتتاح إن المستشفى يضم أقساما للطوارئ والعناية المركزة والجراحة، ويخدم أكثر من مليون مواطن.',
];
/** Lines as a text dump prints them, a blank line between. */
export const page = (...lines: string[]): string => lines.join('\n\n');
/** The records of the page with `lines` between its two paragraphs. */
export const between = (...lines: string[]) => extract(page(HEADLINE, DATE, P[0]!, ...lines, P[1]!));
