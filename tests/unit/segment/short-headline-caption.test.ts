/**
 * A two-word headline ("آفة التطرف") over its photo's caption ("جانب من الاجتماع (واس)"), with no date line
 * or byline: the caption's place makes a headline of the short line, as a date line's does, and the caption,
 * which the byline's absence made the line nearest the text, is not the title; nor is a longer headline over
 * a caption lost when short lines stand between the caption and the text. Found by the probe that puts the
 * dev split's articles in random page furniture (round 28, seeds 9 and 10).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { FIXTURES } from '../../helpers/fixtures.js';

const TEXT = [
  'المبدع لغويا هو المنشئ أو المحدث الذي لم يسبقه أحد، ويبدو هذا التعريف متصادما مع توجه كثير من الناشرين الذين يطلبون من الكتاب الجدد أن يكتبوا على منوال من سبقهم.',
  'يذكر لي صديق أن مجموعة قصصية له رفضت من قبل أحد الناشرين لأنها لا تشبه ما اعتاد القراء عليه، ثم نشرت بعد سنوات ونالت جائزة مرموقة.',
  'ولعل السؤال الذي ينبغي أن نطرحه هو ما إذا كان الناشر يبحث عن الجديد حقا أم عن المضمون المألوف في شكل جديد.',
];
const MENU = ['* سياسة', '* اقتصاد', '* رياضة', '* ثقافة وفن', '* منوعات'];

const page = (...top: string[]): string => [...MENU, '', ...top.flatMap((line) => [line, '']), ...TEXT].join('\n');

describe('a two-word headline over its photo caption', () => {
  it('is the title, and the caption is neither title nor paragraph', () => {
    for (const caption of ['جانب من المعرض (واس)', 'صورة من الأرشيف (أرشيفية)']) {
      const [record] = extract(page('قلق الناشرين', caption));
      expect(record!.title, caption).toBe('قلق الناشرين');
      expect(record!.paragraphs, caption).toEqual(TEXT);
    }
  });

  it('makes the headline of the line over it however many short lines stand between it and the text', () => {
    // The essay's own labels under the caption ("مشهدان", "المشهد الأول:") put the headline past the lines
    // nearest the text that a headline writing no word of it may be.
    const headline = 'رب ارحمهما كما ربياني صغيراً';
    const [record] = extract(page(headline, 'جانب من الاجتماع (واس)', 'مشهدان', 'المشهد الأول:'));
    expect(record!.title).toBe(headline);
  });

  it("is no title as the line nearest the text, under the headline's byline (round 29)", () => {
    // Found by eval:furniture (seed 16): headline, writer's name, caption, then a text in bullets that the
    // headline's words ("آسف.. أنا أعتذر") are not written in; the caption, nearest the text, was taken.
    const [record] = extract(readFileSync(join(FIXTURES, 'titles/caption-under-byline.txt'), 'utf8'));
    expect(record!.title).toBe('المشهد: آسف.. أنا أعتذر');
  });

  it("a writer's bare name under a headline, over the caption, is no headline (round 29)", () => {
    const headline = 'المشهد: آسف.. أنا أعتذر';
    const [record] = extract(page(headline, 'زاهر البشير', 'جانب من الاجتماع (واس)'));
    expect(record!.title).toBe(headline);
    expect(record!.paragraphs).toEqual(TEXT);
    // Under a "latest" list's last item, two words over the caption are the page's headline (seed 21 of the probe).
    const [listed] = extract(page('* مواطن يقتل شقيقه بألة حادة', 'هيا تعال', 'جانب من الاجتماع (واس)'));
    expect(listed!.title).toBe('هيا تعال');
  });

  it("a writer's name of four words under the headline, over a bracket-only caption, is no title (round 29)", () => {
    // Found by eval:furniture --render lynx (seed 34): the name was the nearest line to the text, the headline
    // over it writing one word of the text only.
    const [record] = extract(readFileSync(join(FIXTURES, 'titles/name-under-headline-lynx.txt'), 'utf8'));
    expect(record!.title).toBe('أزمة فيسبوك.. نواب أميركيون يدخلون على الخط ويطالبون بضوابط');
    // The name right under it is its byline (round 39: the nearest headline-like line over the text was taken
    // for the headline, and the name for nobody's).
    expect(record!.author).toBe('سهيل بن حسن قاضي');
    // Under a menu line, no headline about the text, a line shaped as a name is the page's headline.
    const [menu] = extract(['سياسة - اقتصاد - رياضة - ثقافة وفن - منوعات', 'ظاهرة هاربر لي', ...TEXT].join('\n\n'));
    expect(menu!.title).toBe('ظاهرة هاربر لي');
  });

  it('leaves a headline that labels its own media ("(صور)") the title under a section name', () => {
    const [record] = extract(page('ثقافة وفن', 'الناشرون في معرض الكتاب الدولي (صور)'));
    expect(record!.title).toBe('الناشرون في معرض الكتاب الدولي (صور)');
    expect(record!.paragraphs).toEqual(TEXT);
  });
});
