/**
 * A list the article announces (issue 8, round 8h): a sentence of the text that ends with a colon ("…
 * فيما يلي:") and the short lines under it, bulleted with a dash or a tatweel as Arabic writers do, are
 * the article's text, not a menu; the body run does not start after them.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const HEADLINE = 'عادات أهل المدن القديمة في المصادر العربية';
const OPENING =
  'هذه تتمة لمقالتنا السابقة عن عادات أهل المدن القديمة كما وصفتها المصادر العربية الوسيطة، وقد تناولنا في الجزء الأول ما راج في كتب الرحالة والجغرافيين من أوصاف وما فيها من مبالغات وتناقضات.';
const ANNOUNCE = 'ويمكن تلخيص أبرز ما جاء في هذه المصادر بخصوص ما كان سائدا عند أهل المدن وقتها فيما يلي:';
const ITEMS = [
  'اهتمام أهل المدن بتربية أولادهم',
  'مواظبة أهل المدن على الصلاة في الجماعة',
  'كرم الضيافة عند أهل المدن',
  'شيوع الأمن ومحافظة الناس عليه',
  'رفض الظلم',
  'اهتمام السلاطين بالعلم ومجالس العلماء',
  'اهتمام أهل المدن بإنشاء المكتبات',
  'إقبال الناس على شراء الكتب والمخطوطات',
  'انتشار الأمانة في أموال التجار الأجانب',
  'اهتمام الناس بالفقراء في المناسبات الدينية',
];
const CLOSING = [
  'كل هذا وغيره مما لم نأت على ذكره يمكن استخلاصه من هذه المصنفات التي أتينا على ذكرها ومن كتب الرحلات والجغرافيا والحوليات التاريخية.',
  'هكذا تتسم المصادر العربية بكثير من التناقض والغموض، الشيء الذي يجعل الخروج بتصور واضح عن تلك العادات اعتمادا عليها وحدها بعيد المنال.',
];

describe('a list the article announces', () => {
  for (const bullet of ['ـ ', '- ']) {
    it(`items under a sentence that ends with a colon, bulleted "${bullet.trim()}", stay in the body with the text above them`, () => {
      const [record] = extract(
        [HEADLINE, '', OPENING, ANNOUNCE, ...ITEMS.map((i) => bullet + i), ...CLOSING].join('\n'),
      );
      expect(record!.title).toBe(HEADLINE);
      expect(record!.paragraphs[0]).toBe(OPENING);
      expect(record!.paragraphs).toContain(ANNOUNCE);
      expect(record!.paragraphs.slice(-CLOSING.length)).toEqual(CLOSING);
      expect(record!.paragraphs.slice(2, -CLOSING.length).map((p) => p.replace(/^ـ /u, ''))).toEqual(ITEMS);
    });
  }
});
