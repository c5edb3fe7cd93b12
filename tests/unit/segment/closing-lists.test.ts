/**
 * Short sentences after the body run are its last paragraphs (closingSentences); a roundup that ends
 * with two such lists, the second under a subhead of its own, keeps both: the subhead is crossed when
 * closing sentences follow it, and is no end of the text.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'إعلان القائمة النهائية لجائزة أفضل كاتب عربي';
const TEXT = [
  'أعلنت لجنة الجائزة مساء أمس القائمة النهائية للكتّاب المرشحين لنيل جائزة أفضل كاتب عربي لهذا العام، بعد أشهر من القراءة والتقييم.',
  'وضمت القائمة روائيين وشعراء من عدة بلدان عربية، فيما غاب عنها عدد من الأسماء التي توقع النقاد ترشيحها بعد نجاح أعمالها الأخيرة.',
  'وتعلن اللجنة اسم الفائز في حفل يقام الشهر المقبل في العاصمة، بحضور المرشحين وأعضاء لجنة التحكيم.',
];
const FIRST_LIST = ['سليم حداد - الأردن.', 'نادية بركات - تونس.', 'عمر الخطيب - سوريا.'];
const SUBHEAD = 'قائمة الشعراء';
const SECOND_LIST = ['هالة منصور - مصر.', 'يوسف العلي - العراق.', 'ريم سعيد - المغرب.'];
const FOOTER = ['جميع الحقوق محفوظة © 2024'];

const page = (...parts: string[][]): string => parts.flat().join('\n\n');

describe('the closing sentences of a roundup', () => {
  it('go on under a subhead of theirs: both lists and the subhead are the body', () => {
    const [record] = extract(page([HEADLINE], TEXT, FIRST_LIST, [SUBHEAD], SECOND_LIST, FOOTER));
    expect(record!.title).toBe(HEADLINE);
    expect(record!.paragraphs).toEqual([...TEXT, ...FIRST_LIST, SUBHEAD, ...SECOND_LIST]);
  });

  it('do not cross a short line that one sentence follows: what is under it is not the text', () => {
    const [record] = extract(page([HEADLINE], TEXT, FIRST_LIST, [SUBHEAD], SECOND_LIST.slice(0, 1), FOOTER));
    expect(record!.paragraphs).toEqual([...TEXT, ...FIRST_LIST]);
  });

  it('are no closing list when the run ends at the prose: a subhead right after it is not crossed', () => {
    const [record] = extract(page([HEADLINE], TEXT, [SUBHEAD], SECOND_LIST, FOOTER));
    expect(record!.paragraphs.slice(0, TEXT.length)).toEqual(TEXT);
    expect(record!.paragraphs).not.toContain(SUBHEAD);
  });
});
