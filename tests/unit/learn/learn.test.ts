/**
 * `arnews learn` on real pages of one site: the SaudiNewsNet sets (22 pages each of the SPA wire, Okaz,
 * Al Madina and Al Weeam, whose boilerplate the built-in cleaners know), 60 Al Mayadeen articles, and
 * five renderings of one LBCI page (one article: nothing can be seen to repeat). The proposals must pass
 * the cleaner schema, name what they found, and remove it when used as a user cleaner.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CleanerSpecSchema, extract, validateCleaner, type CleanerSpec } from '../../../src/index.js';
import { CleanerRegistry } from '../../../src/cleaners/registry.js';
import { textToDocument } from '../../../src/document/fromText.js';
import { loadCleanerFile } from '../../../src/cleaners/load.js';
import { spellingWarnings } from '../../../src/cleaners/spelling.js';
import { proposeCleaner } from '../../../src/learn/propose.js';
import { jsonLines, runCli } from '../../helpers/cli.js';
import { fixture, goldenCase } from '../../helpers/fixtures.js';

function learn(args: string[]): { cleaner: CleanerSpec; stderr: string; status: number | null } {
  const result = runCli(['learn', ...args]);
  return { cleaner: CleanerSpecSchema.parse(JSON.parse(result.stdout)), stderr: result.stderr, status: result.status };
}

const ruleSummary = (c: CleanerSpec) => [...c.rules.drop, ...c.rules.sections].map(({ name, ...rule }) => rule);

describe('arnews learn on real pages of one site', () => {
  it('SPA wire: the time line and the dateline ending "م واس"', () => {
    const { cleaner, stderr, status } = learn([fixture('learn/saudinewsnet-was.jsonl'), '--name', 'spa-learned']);
    expect(status).toBe(0);
    expect(cleaner).toMatchObject({
      name: 'spa-learned',
      family: 'learned',
      appliesTo: { hosts: ['spa.gov.sa'], signatures: ['م واس'] },
    });
    expect(ruleSummary(cleaner)).toEqual([{ regex: '^\\d+:\\d+ ت م$' }, { suffix: 'م واس', maxLength: 70 }]);
    expect(cleaner.rules.drop.map((r) => r.name)).toEqual([
      'repeated line, numbers vary (22/22 pages)',
      'lines sharing their tail (21/22 pages)',
    ]);
    expect(stderr).toContain('arnews learn: 22 pages, 22 distinct: proposed 2 drop and 0 section rules');
  });

  it('Okaz: the share row glued to the start of the text is a cut, found at a lower share (7 of 22 pages)', () => {
    expect(ruleSummary(learn([fixture('learn/saudinewsnet-okaz.jsonl')]).cleaner)).toEqual([]);
    expect(ruleSummary(learn([fixture('learn/saudinewsnet-okaz.jsonl'), '--min-share', '0.25']).cleaner)).toEqual([
      { regex: '^شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك\\s*', cut: true },
    ]);
  });

  it('Al Weeam: the self-link glued to the end of the text is cut from the phrase to the end', () => {
    expect(ruleSummary(learn([fixture('learn/saudinewsnet-alweeam.jsonl')]).cleaner)).toEqual([
      { regex: '\\s*رابط الخبر بصحيفة الوئام:.*$', cut: true },
    ]);
  });

  it('Al Madina: the SMS contact footer of columns (with its varying code) is dropped as a line', () => {
    const [rule] = ruleSummary(learn([fixture('learn/saudinewsnet-almadina.jsonl'), '--min-share', '0.15']).cleaner);
    expect(rule).toEqual({
      regex:
        'مع الكاتب ارسل رسالة sms تبدأ بالرمز \\(\\d+\\) ثم مسافة ثم نص الرسالة إلى \\d+ - stc \\d+ - mobily \\d+ - zain',
    });
  });

  it('Al Mayadeen: the dates and times of side items, and "تصفح المزيد" above the footer', () => {
    const { cleaner } = learn([goldenCase('golden/almayadeen-60').source]);
    expect(cleaner.appliesTo).toMatchObject({ hosts: ['almayadeen.net'], signatures: ['تصفح المزيد'] });
    expect(ruleSummary(cleaner)).toEqual([
      { regex: '^\\d+ اب$' },
      { regex: '^\\d+ أيلول$' },
      { regex: '^اليوم \\d+:\\d+$' },
      { exact: 'تصفح المزيد' },
    ]);
  });

  it('renderings of one article count once: nothing can be seen to repeat', () => {
    const { cleaner, stderr } = learn([
      fixture('corpus-text/rendered/w3m/lbcgroup.tv__LBCGroup_2026_01_08.txt'),
      fixture('corpus-text/rendered/lynx/lbcgroup.tv__LBCGroup_2026_01_08.txt'),
      fixture('corpus-text/rendered/html2text-deb/lbcgroup.tv__LBCGroup_2026_01_08.txt'),
    ]);
    expect(ruleSummary(cleaner)).toEqual([]);
    expect(stderr).toContain('only 1 distinct article(s) among 3 page(s)');
  });

  it('a learned cleaner, saved and used with --cleaner, removes what it found (the trace names its rules)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arnews-learn-'));
    const file = join(dir, 'spa-learned.json');
    writeFileSync(
      file,
      runCli(['learn', fixture('learn/saudinewsnet-was.jsonl'), '--name', 'spa-learned', '--host', 'spa.gov.sa'])
        .stdout,
    );
    expect(runCli(['cleaners', '--check', file]).status).toBe(0);
    const [record] = jsonLines<{ site: string; body: string; explain: { cleaner: string; rule: string }[] }>(
      runCli(['extract', 'src/cleaners/builtin/gulf/spa/saudinewsnet-was.jsonl', '--cleaner', file, '--explain', '-q'])
        .stdout,
    );
    expect(record!.site).toBe('spa-learned');
    expect(record!.body).not.toMatch(/ت م$|م واس/m);
    expect(record!.explain.filter((e) => e.cleaner === 'spa-learned').map((e) => e.rule)).toEqual([
      'select:host',
      'lines sharing their tail (21/22 pages)',
      'repeated line, numbers vary (22/22 pages)',
    ]);
  });

  it('--min-share out of range is a usage error', () => {
    expect(runCli(['learn', fixture('learn/saudinewsnet-was.jsonl'), '--min-share', '2']).status).toBe(2);
  });
});

describe('tail markers', () => {
  // The corpus has no set of full page dumps of one site, so this uses three invented pages of one site.
  const ARCHIVE = [
    'الريان تستعد لموسم الصيف بخطة طوارئ',
    'أمطار غزيرة على مرتفعات الجنوب',
    'افتتاح سوق شعبي جديد في الميناء',
    'المنتخب المحلي يفوز بكأس الإقليم',
    'وزارة التعليم تعلن مواعيد الامتحانات',
    'انقطاع الكهرباء عن حيين في العاصمة',
    'مهرجان الشعر يعود بعد غياب طويل',
    'تراجع أسعار الخضار في الأسواق',
    'قافلة طبية تجول قرى الساحل',
    'الجامعة تفتتح كلية للزراعة',
  ];
  const STORIES = [
    [
      'افتتحت وزارة المياه صباح اليوم محطة جديدة لتحلية مياه البحر في مدينة الريان، بطاقة إنتاجية تبلغ خمسين ألف متر مكعب يوميا.',
      'وقال الوزير إن المحطة ستخدم أكثر من مئتي ألف نسمة في المدينة والقرى المحيطة بها، وإن محطتين أخريين قيد الإنشاء.',
    ],
    [
      'أعلنت بلدية الميناء إغلاق السوق القديم لمدة أسبوعين لإجراء أعمال ترميم شاملة تشمل الأسقف وشبكات الصرف والإنارة.',
      'وأوضح رئيس البلدية أن التجار سينقلون مؤقتا إلى ساحة مجاورة، وأن الأعمال تمولها منحة من صندوق التراث.',
    ],
    [
      'فاز فريق الساحل بكأس الإقليم لكرة القدم بعد تغلبه على فريق الجبل بهدفين مقابل هدف في مباراة مثيرة على ملعب المدينة.',
      'وسجل مهاجم الفريق هدف الفوز في الدقائق الأخيرة، فيما احتفل آلاف المشجعين في الشوارع حتى ساعة متأخرة من الليل.',
    ],
    [
      'وقعت جامعة الجنوب اتفاقية مع وزارة الزراعة لإنشاء مزرعة تجريبية لبحوث النخيل والمحاصيل المقاومة للجفاف قرب المدينة.',
      'وقال عميد الكلية إن المزرعة ستستقبل الطلاب في فصل الربيع المقبل، وإن أول مشاريعها دراسة أصناف جديدة من التمور.',
    ],
  ];
  const page = (n: number) =>
    [`خبر من الواحة`, ...STORIES[n - 1]!, 'من أرشيف الواحة', `  • ${ARCHIVE[n * 2]}`, `  • ${ARCHIVE[n * 2 + 1]}`].join(
      '\n\n',
    );
  const docs = [1, 2, 3].map((n) =>
    textToDocument(page(n), { file: `p${n}`, doc: 0, line: 1, id: null, url: `https://alwaha.example/${n}` }),
  );

  it('a short line after the body, followed by headlines that differ from page to page, opens a section', () => {
    const proposal = proposeCleaner(docs, new CleanerRegistry(), { minShare: 0.5, name: 'alwaha-learned', host: null });
    expect(proposal.cleaner.rules.sections).toEqual([
      { name: 'tail marker (3/3 pages)', exact: 'من أرشيف الواحة', section: 'more' },
    ]);
    const learned = validateCleaner(proposal.cleaner, 'learned');
    const [record] = extract(page(4), { cleaners: [learned], url: 'https://alwaha.example/4' });
    expect(record!.related.map((r) => r.title)).toEqual([ARCHIVE[8], ARCHIVE[9]]);
  });

  it('names each rule once, and writes patterns as the pages spell their words, not in the matching form (issue 12)', () => {
    // Menu lines on every page, rules of the same evidence; an edition line whose number varies and whose words fold ("الطبعة").
    const menus = (n: number) =>
      [`صحيفة الواحة اليومية`, 'خدمة القرّاء والمشتركين', `الطبعة رقم ${n * 7}`, page(n)].join('\n\n');
    const withMenus = [1, 2, 3].map((n) =>
      textToDocument(menus(n), { file: `m${n}`, doc: 0, line: 1, id: null, url: `https://alwaha.example/${n}` }),
    );
    const { cleaner } = proposeCleaner(withMenus, new CleanerRegistry(), {
      minShare: 0.5,
      name: 'alwaha-learned',
      host: null,
    });
    expect(cleaner.rules.drop.map((r) => [r.name, r.exact ?? r.regex])).toEqual([
      ['repeated line, numbers vary (3/3 pages)', '^الطبعة رقم \\d+$'],
      ['repeated line (3/3 pages)', 'صحيفة الواحة اليومية'],
      ['repeated line (3/3 pages) #2', 'خدمة القرّاء والمشتركين'],
      ['repeated line (3/3 pages) #3', 'خبر من الواحة'],
    ]);
  });
});

describe('arnews cleaners new NAME --from PAGES… (issue 12)', () => {
  it("writes a site's folder: the cleaner learn proposes (JSONC), the pages that show its rules, and cases.json naming them", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'arnews-new-')), 'okaz-new');
    const run = runCli([
      'cleaners',
      'new',
      'okaz-new',
      '--from',
      fixture('learn/saudinewsnet-okaz.jsonl'),
      '--min-share',
      '0.25',
      '--family',
      'gulf',
      '--dir',
      dir,
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/wrote .*okaz-new\.jsonc \(1 drop, 0 section rules\), 1 sample\(s\) and cases\.json/);
    expect(readdirSync(dir).sort()).toEqual(['cases.json', 'okaz-new.jsonc', 'sample-1.jsonl']);
    expect(readFileSync(join(dir, 'okaz-new.jsonc'), 'utf8')).toMatch(
      /^\/\/ okaz-new: proposed by arnews cleaners new from 22 page\(s\)/,
    );
    const cleaner = await loadCleanerFile(join(dir, 'okaz-new.jsonc'));
    expect(cleaner).toMatchObject({
      name: 'okaz-new',
      family: 'gulf',
      rules: { drop: [{ regex: '^شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك\\s*', cut: true }] },
    });
    expect(spellingWarnings(cleaner)).toEqual([]);
    const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as {
      name: string;
      input: string;
      provenance: string;
      rules: string[];
    }[];
    expect(cases).toEqual([
      {
        name: 'sample-1',
        input: 'sample-1.jsonl',
        provenance: expect.stringMatching(
          /^saudinewsnet-okaz\.jsonl, page \d+ \(line \d+\), copied by arnews cleaners new$/,
        ),
        rules: [cleaner.rules.drop[0]!.name],
      },
    ]);
    // The sample is one page of the input, and the rules its case names fire on it.
    const records = jsonLines<{ explain: { cleaner: string; rule: string }[] }>(
      runCli(['extract', join(dir, 'sample-1.jsonl'), '--cleaner', join(dir, 'okaz-new.jsonc'), '--explain', '-q'])
        .stdout,
    );
    expect(records).toHaveLength(1);
    expect(
      records[0]!.explain.filter((e) => e.cleaner === 'okaz-new' && !e.rule.startsWith('select')).map((e) => e.rule),
    ).toEqual(cases[0]!.rules);
  });

  it('does not write into a folder that holds files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arnews-new-'));
    writeFileSync(join(dir, 'mine.jsonc'), '{}');
    const run = runCli(['cleaners', 'new', 'x', '--from', fixture('learn/saudinewsnet-was.jsonl'), '--dir', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${dir} already holds files`);
    expect(readdirSync(dir)).toEqual(['mine.jsonc']);
  });
});
