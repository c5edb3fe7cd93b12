/**
 * The one pipeline: page → document → cleaners → segmenter → fields → dates → validated records.
 * Every input form goes through the same stages; only the document builder differs.
 */
import { createHash } from 'node:crypto';
import { applyCleaners, shorten } from '../cleaners/apply.js';
import type { CleanedDocument } from '../cleaners/labels.js';
import type { CleanerRegistry, SelectedCleaner } from '../cleaners/registry.js';
import { forgetDateLines } from '../dates/dateline.js';
import {
  analyse,
  inferReferenceDate,
  readAnalysis,
  readReferenceDate,
  type Analysis,
  type Reference,
} from '../dates/index.js';
import { dateWarning, publishedDate, readMetadataDate } from '../dates/metadata.js';
import { DocumentError } from '../document/errors.js';
import { textToDocument } from '../document/fromText.js';
import { splitGluedTagLines } from '../document/gluedTagLines.js';
import type { HtmlSelectors } from '../document/html/index.js';
import { htmlFrontEnd } from '../document/htmlFrontEnd.js';
import { articleMetadata, type Document } from '../document/model.js';
import { extractFields } from '../fields/index.js';
import type { Page } from '../io/readers.js';
import type { ResolvedOptions } from '../options.js';
import { lazyModule } from '../lazyModule.js';
import type { ArticleRecord, ExplainEntry, RecordDateMention, Warning } from '../record.js';
import { segment, type ArticleDraft } from '../segment/index.js';
import { forgetMatchingForms } from '../text/normalize.js';
import { forgetReadings } from '../text/words.js';
import { enterRule, enterStage, progressId } from './progress.js';
import { leftOutTrace } from './fates.js';

/** The run's options as resolveOptions (options.ts) made them (one left out is its default), with the run's cleaners. */
export type ExtractOptions = Partial<Omit<ResolvedOptions, 'cleaners'>> & { registry: CleanerRegistry };

export { DocumentError };

/**
 * The output contract's schema, for the records a run validates: with --validate, and each record an
 * afterRecord hook returned. It brings zod, which a run that validates nothing never loads: a run that
 * will validate loads it at set-up (setUpRun), the library uses the one it exports.
 */
export const recordSchema = lazyModule('the record schema', () => import('../record.js'));

export function buildDocument(page: Page, selectors?: HtmlSelectors): Document {
  const date = readMetadataDate(page.meta.date);
  const doc =
    page.format === 'html'
      ? htmlDocument(page, date.value, selectors)
      : textToDocument(page.text, page.input, { meta: { ...page.meta, date: date.value } });
  splitGluedTagLines(doc);
  doc.warnings.push(...page.warnings);
  if (date.problem) doc.warnings.push(dateWarning("the input's date", page.meta.date, date.problem));
  return doc;
}

/** The HTML front end, with the input's own metadata (JSONL id, url, date, title, author) filling what the page lacks. */
function htmlDocument(page: Page, inputDate: string | null, selectors: HtmlSelectors | undefined): Document {
  const doc = htmlFrontEnd().htmlToDocument(page.text, page.input, { url: page.meta.url ?? page.input.url, selectors });
  doc.meta.id = page.meta.id ?? doc.meta.id;
  doc.meta.url = doc.meta.url ?? page.meta.url ?? null;
  // A corpus's date field is often the crawl date: the page's own publication date comes first.
  doc.meta.date = doc.meta.date ?? inputDate;
  doc.meta.title = doc.meta.title ?? page.meta.title ?? null;
  doc.meta.author = doc.meta.author ?? page.meta.author ?? null;
  return doc;
}

/** What the stages before field extraction made of a page: `arnews show` displays them. */
export interface PageStages {
  doc: Document;
  site: SelectedCleaner | null;
  cleaned: CleanedDocument;
  drafts: ArticleDraft[];
}

export function extractPage(page: Page, options: ExtractOptions): ArticleRecord[] {
  return recordsFrom(page, runStages(page, options), options);
}

/** Document, cleaner selection, cleaners and segmenter: everything up to the articles' drafts. */
export function runStages(page: Page, options: ExtractOptions): PageStages {
  forgetReadings();
  forgetMatchingForms();
  forgetDateLines();
  enterStage('document');
  let doc = buildDocument(page);
  enterStage('site selection');
  const site = options.registry.select(doc, options.site);
  // The chosen cleaner's CSS selectors shape how an HTML page is read: read it again with them.
  if (page.format === 'html' && site?.cleaner.html) {
    enterStage('document');
    doc = buildDocument(page, site.cleaner.html);
  }
  const hooks = site?.cleaner;
  if (hooks?.beforeSegment) doc = runHook(hooks.name, 'beforeSegment', () => hooks.beforeSegment!(doc), isDocument);
  enterStage('cleaners');
  const cleaned = applyCleaners(doc, options.registry.pipelineFor(site), site);
  enterStage('segmentation');
  return { doc, site, cleaned, drafts: segment(cleaned) };
}

/**
 * Where no cleaner was chosen (nor forced), the site cleaners the page names without their mark: why a page that
 * credits or quotes a site (see CleanerRegistry.namedOnly) keeps `site: null`.
 */
function namedOnlyTrace(doc: Document, site: SelectedCleaner | null, options: ExtractOptions): ExplainEntry[] {
  if (site || options.site) return [];
  return options.registry.namedOnly(doc).map(({ cleaner, signature, block }) => ({
    cleaner,
    rule: 'select:mention',
    action: `not chosen: "${signature}" stands only where another page names the site (a sentence, a source credit, a longer word)`,
    matched: shorten(block.text),
    line: block.line,
  }));
}

/** The drafts' fields and date mentions, as records; throws a DocumentError when the page has no article text. */
export function recordsFrom(
  page: Page,
  { doc, site, cleaned, drafts }: PageStages,
  options: ExtractOptions,
): ArticleRecord[] {
  const hooks = site?.cleaner;
  if (drafts.every((d) => d.body.length === 0)) {
    throw new DocumentError(
      'no-content',
      'no article text found: the page is only boilerplate (menus, links, footers)',
    );
  }
  // The hash of "<input id>\0<page text>", fed in parts: the page is not copied into one more string.
  const pageId = createHash('sha256')
    .update(page.input.id ?? '')
    .update('\0')
    .update(page.text)
    .digest('hex')
    .slice(0, 16);
  const mainId = `${pageId}-0`;
  const [main, ...embedded] = drafts as [ArticleDraft, ...ArticleDraft[]];
  const trace = options.explain
    ? [...namedOnlyTrace(doc, site, options), ...cleaned.trace, ...leftOutTrace({ doc, cleaned, drafts })]
    : [];
  return drafts.map((draft, n) => {
    enterStage('fields');
    const meta = articleMetadata(doc, draft.role);
    const fields = extractFields(draft, cleaned, draft === main ? embedded : [], meta);
    // Read again: a beforeSegment hook may have set it.
    const inputDate = readMetadataDate(meta.date).value;
    const published = publishedDate(fields.dated.published, inputDate);
    const warnings: Warning[] = [...doc.warnings, ...fields.warnings];
    enterStage('dates');
    // The body joined once, for its mentions and the record.
    const body = fields.paragraphs.join('\n\n');
    const dateMentions = mentionsFor(fields.title, body, inputDate, published, options, warnings);
    let record: ArticleRecord = {
      id: n === 0 ? mainId : `${pageId}-${n}`,
      input: { ...page.input },
      role: draft.role,
      parent: n === 0 ? null : mainId,
      site: site?.cleaner.name ?? null,
      url: doc.meta.url ?? page.input.url,
      lang: doc.meta.lang,
      title: fields.title,
      body,
      paragraphs: fields.paragraphs,
      source: fields.source,
      imageCredit: fields.imageCredit,
      author: fields.author,
      published,
      // The page's metadata, else the update its date line names (a text dump has no metadata).
      modified: meta.modified ?? fields.dated.updated,
      section: meta.section ?? fields.section,
      image: meta.image,
      keywords: fields.keywords,
      related: fields.related,
      dateMentions,
      warnings,
    };
    if (options.explain) record.explain = [...explainFor(trace, drafts, n), ...fields.explain];
    if (hooks?.afterRecord) record = runHook(hooks.name, 'afterRecord', () => hooks.afterRecord!(record), isObject);
    return options.validate || hooks?.afterRecord ? validated(record) : record;
  });
}

/** The record as the schema reads it (keys in the schema's order); a DocumentError `invalid-record` when it does not match. */
function validated(record: ArticleRecord): ArticleRecord {
  enterStage('validation');
  const valid = recordSchema.get().ArticleRecordSchema.safeParse(record);
  if (!valid.success) {
    throw new DocumentError(
      'invalid-record',
      `record does not match the schema: ${valid.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return valid.data;
}

/**
 * Runs a user hook: what it throws, or a result that is not what it must return, fails the document
 * with `cleaner-failed`. While it runs, the time budget's report names it.
 */
function runHook<T>(cleaner: string, hook: string, run: () => T, valid: (value: unknown) => boolean): T {
  enterStage('hooks');
  enterRule(progressId(`${cleaner}/${hook}`));
  let result: T;
  try {
    result = run();
  } catch (error) {
    throw new DocumentError(
      'cleaner-failed',
      `cleaner "${cleaner}" failed in ${hook}: ${(error as Error)?.message ?? String(error)}`,
    );
  }
  if (!valid(result))
    throw new DocumentError(
      'cleaner-failed',
      `cleaner "${cleaner}" failed in ${hook}: it returned ${result === null ? 'null' : typeof result}, not ${hook === 'beforeSegment' ? 'a document' : 'a record'}`,
    );
  return result;
}

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null;
const isDocument = (value: unknown): boolean => isObject(value) && Array.isArray((value as Document).blocks);

/**
 * Date mentions of the title and body, resolved against this article's own reference date: the
 * --ref-date option, else the article's published date, else the input's date metadata (often the crawl
 * date), else a date inferred from its mentions (with a warning); otherwise relative mentions stay
 * unresolved. Title and body are analysed once, for the inference and the mentions alike.
 */
function mentionsFor(
  title: string | null,
  body: string,
  inputDate: string | null,
  published: string | null,
  options: ExtractOptions,
  warnings: Warning[],
): RecordDateMention[] {
  const [titleText, bodyText] = [analyse(title ?? ''), analyse(body)];
  // Metadata dates that the engine cannot read as a reference ("2020", a garbled field) count as absent.
  let reference = options.refDate?.reference ?? referenceOf(published) ?? referenceOf(inputDate);
  if (!reference) {
    const inferred = inferReferenceDate([titleText, bodyText], { weekStart: options.weekStart });
    if (inferred) {
      reference = readReferenceDate(inferred.date);
      warnings.push({
        code: 'ref-date-inferred',
        message: `relative dates resolved against ${inferred.date}, inferred from the article (${inferred.evidence})`,
      });
    }
  }
  const engine = { refDate: reference, weekStart: options.weekStart, prefer: options.prefer ?? null };
  const read = (text: Analysis, field: 'title' | 'body'): RecordDateMention[] => {
    const reading = readAnalysis(text, engine);
    warnings.push(...reading.warnings.map((w) => ({ ...w, message: `${field} ${w.message}` })));
    return reading.mentions.map((m) => ({ ...m, field }));
  };
  return [...(title ? read(titleText, 'title') : []), ...read(bodyText, 'body')];
}

function referenceOf(date: string | null): Reference | null {
  return date ? readReferenceDate(date) : null;
}

/** The rules that fired within an article's stretch of the page: an embedded article's runs from its headline on. */
function explainFor(trace: ExplainEntry[], drafts: ArticleDraft[], n: number): ExplainEntry[] {
  const starts = drafts.map((d, i) => (i === 0 ? -Infinity : (d.title?.block.line ?? Infinity)));
  const from = starts[n]!;
  const to = starts[n + 1] ?? Infinity;
  return trace.filter((t) => (t.line ?? 0) >= from && (t.line ?? 0) < to);
}
