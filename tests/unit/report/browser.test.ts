/**
 * The report of a run over the fixtures, in a real browser: Debian's Chromium (/usr/bin/chromium,
 * installed by .ci/run), driven by playwright-core. It must load with no console error and no request,
 * draw the expected bars, follow a sample link, and fit a phone's width. Screenshots go to the test's
 * temp dir. Without Chromium the test fails — unless apt-get is missing too, where it is skipped with the reason.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../src/record.js';
import { jsonLines, runCli } from '../../helpers/cli.js';
import { fixture, goldenCase, SEED } from '../../helpers/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const APT = ['/usr/bin/apt-get', '/bin/apt-get'].some(existsSync);
const skipReason =
  existsSync(CHROMIUM) || APT ? null : `no ${CHROMIUM} and no apt-get to install it: the browser test cannot run here`;
if (skipReason) console.warn(`skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('the report in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arnews-report-browser-'));
  const report = join(dir, 'report.html');
  let records: ArticleRecord[] = [];
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install it with "apt-get install -y chromium" (.ci/run does)`);
    const out = join(dir, 'records.jsonl');
    const errors = join(dir, 'errors.jsonl');
    // Text dumps, HTML pages and JSONL rows; two documents fail (a row without text, a page of boilerplate).
    const dumps = readdirSync(fixture('golden'))
      .filter((name) => name !== 'seed')
      .map((name) => goldenCase(`golden/${name}`).source)
      .filter((f) => f.endsWith('.txt'));
    const inputs = [
      SEED,
      ...dumps,
      goldenCase('golden/hplt-wide74').source,
      goldenCase('html/legwareb.info').source,
      goldenCase('html/lbcgroup.tv').source,
      goldenCase('golden/almayadeen-60').source,
      fixture('learn/saudinewsnet-was.jsonl'),
    ];
    runCli(['extract', ...inputs, '-o', out, '--errors', errors, '-q']);
    records = jsonLines<ArticleRecord>(readFileSync(out, 'utf8'));
    expect(runCli(['report', out, '--errors', errors, '-o', report]).status).toBe(0);
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1100, height: 900 },
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      if (request.url() !== pathToFileURL(report).href) requests.push(request.url());
    });
    await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  it('loads with no console error and no request but the page itself', async () => {
    expect(await page.title()).toBe('arnews report');
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('draws one bar per site cleaner, per body-length bin and per year of publication, summing to the records', async () => {
    const bars = (chart: string): Promise<number[]> =>
      page
        .locator(`[data-chart="${chart}"] [data-bar]`)
        .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-value'))));
    const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
    const sites = new Set(records.map((r) => r.site ?? '(generic)'));
    expect(await bars('sites')).toHaveLength(sites.size);
    expect(sum(await bars('sites'))).toBe(records.length);
    expect(await bars('body-length')).toHaveLength(8);
    expect(sum(await bars('body-length'))).toBe(records.length);
    // The publication dates of these fixtures span more than ten years: one bar per year, empty years included.
    const years = records.flatMap((r) => (r.published ? [Number(r.published.slice(0, 4))] : []));
    const published = await bars('published');
    expect(published).toHaveLength(Math.max(...years) - Math.min(...years) + 1);
    expect(sum(published)).toBe(years.length);
    const mentionYears = records.flatMap((r) =>
      r.dateMentions.flatMap((m) => (/^\d{4}(?!\d)/.test(m.value ?? '') ? [1] : [])),
    );
    expect(sum(await bars('mentions'))).toBe(mentionYears.length);
  });

  it('follows a sample link to its record', async () => {
    const link = page.locator('#null-titles a[href^="#rec-"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    expect(new URL(page.url()).hash).toBe(href);
    // Browser-side code as a string: the tests are type-checked without the DOM library.
    const target = await page.evaluate<{ id: string; visible: boolean } | null>(`(() => {
      const el = document.querySelector(':target');
      const top = el?.getBoundingClientRect().top;
      return el ? { id: el.id, visible: top >= 0 && top < window.innerHeight } : null;
    })()`);
    expect(target?.id).toBe(href.slice(1));
    expect(target?.visible).toBe(true);
    await page.screenshot({ path: join(dir, 'report-sample.png') });
  });

  it('fits a phone screen (no sideways scrolling of the page) and saves screenshots', async () => {
    await page.screenshot({ path: join(dir, 'report.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(pathToFileURL(report).href);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(dir, 'report-phone.png') });
    for (const shot of ['report.png', 'report-phone.png', 'report-sample.png'])
      expect(statSync(join(dir, shot)).size).toBeGreaterThan(10_000);
    console.log(`screenshots in ${dir}`);
  });
});
