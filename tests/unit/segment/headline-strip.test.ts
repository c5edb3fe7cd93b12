/**
 * A "latest news" strip whose headlines a renderer ran together on the line under its marker (a Jordanian
 * portal's ticker, round 15): that line is the list's, not the start of the article's text, so the
 * headline under it, over its date line, is the title. The marker is written with the lam-alef
 * presentation form ("اﻷخبار"), as the crawl has it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const STRIP =
  'صور : هكذا صلى النشامى وافطروا في الطرقات وزير الزراعة: نعمل على تطوير السياسات الزراعية للاستفادة من دروس ازمة كورونا الملك والملكة يتواصلان مع كوادر في 3 مستشفيات قبيل الإفطار';
const HEADLINE = 'منتدى دافوس: هل يهدد الذكاء الاصطناعي مستقبل الوظائف في العالم؟';
const TEXT = [
  'قال رجال أعمال شاركوا في منتدى دافوس إن الاعتماد المتنامي على الذكاء الاصطناعي سيغير سوق العمل، وإن على الحكومات والشركات الاستعداد لذلك من الآن.',
  'وحذر أصحاب الشركات المجتمعون منذ الأربعاء في دافوس السويسرية من الاعتماد المتزايد على الآلات في التوظيف، ودعوا إلى برامج تدريب واسعة للعاملين.',
  'وبينت دراسة نشرها منظمو المنتدى أن حوالي مليون وظيفة في الولايات المتحدة ستختفي بحلول عام 2026 بسبب التقنيات الجديدة.',
];
const page = (marker: string, strip: string): string =>
  [
    'الرئيسية',
    'اقتصاد',
    'رياضة',
    'ثقافة',
    '',
    marker,
    strip,
    'عربي ودولي',
    '',
    HEADLINE,
    '',
    'تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً',
    '',
    ...TEXT,
  ].join('\n');

describe('a latest-news strip run together on one line', () => {
  it('is the list under its marker: the headline under it is the title, the text the body', () => {
    const [record, ...rest] = extract(page('اخر اﻷخبار', STRIP));
    expect(rest).toHaveLength(0);
    expect(record!.title).toBe(HEADLINE);
    expect(record!.paragraphs).toEqual(TEXT);
    expect(record!.published).toBe('2020-04-24T21:22');
    expect(record!.related.map((r) => r.title)).toContain(STRIP);
  });
  it('is prose when it writes a sentence mark: a line of text under a marker stays out of its list', () => {
    const sentence = `${STRIP}، وقال الوزير إن العمل مستمر.`;
    const [record] = extract(page('اخر اﻷخبار', sentence));
    expect(record!.related.map((r) => r.title)).not.toContain(sentence);
  });
});
