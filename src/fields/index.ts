/**
 * Field extraction: from an article draft (its title block, body, field lines and sections) to the
 * record's fields. Dates mentions are added afterwards by the pipeline, once `published` is known.
 */
import { shorten } from '../cleaners/apply.js';
import type { CleanedDocument, TitleSplit } from '../cleaners/labels.js';
import type { ArticleMetadata, Block, PageMeta } from '../document/model.js';
import type { ExplainEntry, Related, Warning } from '../record.js';
import { leadingByline, nameOf, namesIn } from '../segment/bylines.js';
import type { ArticleDraft, Section } from '../segment/index.js';
import { holdsFirstTag, TAG_ITEM_MAX_WORDS, type Paragraph } from '../segment/units.js';
import { normalizeArabic } from '../text/normalize.js';
import { wordCount, words } from '../text/words.js';
import {
  ArticleWords,
  lexiconCovered,
  linkedTags,
  mayBeGluedTags,
  splitTagLine,
  splitTagList,
  uniqueTags,
} from './keywords.js';
import { articleDates } from './published.js';
import { relatedEntries, sectionCandidates, type RelatedCandidate } from './related.js';
import { residualBoilerplate } from './residual.js';
import { COPYRIGHT_MARK, isRelation } from '../vocabulary.js';

export interface ArticleFields {
  title: string | null;
  paragraphs: string[];
  source: string | null;
  imageCredit: string | null;
  author: string | null;
  /** A section label split from the title (the page's own section metadata comes from the pipeline). */
  section: string | null;
  /** The article's own date line, ISO, and the last update it names. */
  dated: { published: string | null; updated: string | null };
  keywords: string[];
  related: Related[];
  warnings: Warning[];
  explain: ExplainEntry[];
}

export function extractFields(
  draft: ArticleDraft,
  cleaned: CleanedDocument,
  embedded: ArticleDraft[],
  meta: ArticleMetadata,
): ArticleFields {
  const warnings: Warning[] = [...draft.warnings];
  const explain: ExplainEntry[] = draft.sections.map(sectionTrace);
  const field = (name: string): string | null => draft.fields.find((f) => f.field === name)?.value ?? null;
  // A labelled byline ("تقديم: …") names the writer, though a bare name-shaped line comes first (a player's
  // "تحميل الحلقة" over the headline).
  const labelledAuthor = draft.fields.find((f) => f.field === 'author' && !f.bare)?.value ?? null;

  let title = draft.title?.text ?? meta.title;
  // A dump whose content nobody judged (a text dump) has no metadata of its own: a title it takes from
  // metadata is the input's (a JSONL title field), when its text prints no headline.
  if (!draft.title && title && !cleaned.doc.contentJudged) {
    explain.push({
      cleaner: 'input',
      rule: 'title-field',
      action: 'field:title (from the input, the text has no headline)',
      matched: shorten(title),
      line: null,
    });
  }
  let imageCredit = field('imageCredit');
  let section: string | null = null;
  const source = articleSource(draft.fields, cleaned.doc.blocks, draft.body);
  if (title) {
    const split = cleaned.splitTitle(title) ?? siteSuffix(title, draft, cleaned.doc.blocks);
    if (split) {
      // A section label or a story's badge ("فيديو |") before the headline is the site's way of writing titles,
      // not a glued credit: no warning.
      const glued = split.section ? null : (split.credit ?? split.site);
      if (glued)
        warnings.push({
          code: 'title-credit-split',
          message: `title split from a glued ${split.credit ? 'photo credit' : 'site name'}: "${glued}"`,
        });
      const part = split.credit ? 'imageCredit' : split.section ? 'section' : split.site ? 'site' : 'badge';
      explain.push({
        cleaner: split.cleaner,
        rule: split.rule,
        action: `split:title|${part}`,
        matched: title,
        line: draft.title?.block.line ?? null,
      });
      title = split.title;
      imageCredit ??= split.credit;
      section = split.section;
    }
  }

  // A writer's name after the headline ("… اليمن؟! (نصر طه مصطفى)", "…الغربية/ سيدي محمد بن جعفر").
  const signed = title
    ? signedTitle(
        title,
        draft.body.map((p) => p.block.norm),
      )
    : null;
  if (signed) {
    explain.push({
      cleaner: 'segment',
      rule: 'signed-title',
      action: 'split:title|author',
      matched: title!,
      line: draft.title?.block.line ?? null,
    });
    title = signed.title;
  }

  const paragraphs = draft.body.map((p) => p.text);
  // With no byline of its own, the text may open with one: "د.محمد مقدادي - تمثل اللغة …" (the paragraph
  // keeps it, as a wire dateline's place stays: the line is the text's).
  const lead = field('author') || signed || !paragraphs[0] ? null : leadingByline(paragraphs[0]);
  if (lead)
    explain.push({
      cleaner: 'segment',
      rule: 'leading-byline',
      action: `field:author=${lead} (line kept)`,
      matched: shorten(paragraphs[0]!),
      line: draft.body[0]!.block.line,
    });
  const articleWords = new ArticleWords(() => [title ?? '', ...paragraphs]);
  // Tags the page gives as links or metadata (HTML) are the tags; a tag line's text is then the same
  // links flattened, often without separators.
  const pageTags = meta.keywords;
  const tagLines = uniqueTags(
    draft.sections
      .filter((s) => s.kind === 'keywords' && pageTags.length === 0)
      .flatMap((s) => [
        ...(s.inline ? inlineTags(s, articleWords) : []),
        ...columnTags(s, articleWords).flatMap((b) => splitTagItem(b, s, articleWords)),
      ]),
  );
  // A name the page's metadata gives outranks one read from a bare line's place and shape.
  const author =
    writer(labelledAuthor) ??
    plausibleAuthor(meta, source) ??
    writer(field('author')) ??
    writer(signed?.author) ??
    writer(lead);
  // The headline a share box repeats under the tags is the article's title, not one of its tags; the name a
  // writer's card prints under them (its photo's alt text, a text browser's line) is the author.
  const wordsOf = (text: string): string => words(normalizeArabic(text)).join(' ');
  const notTags = new Set([title, author].filter((t): t is string => t !== null).map(wordsOf));
  const ownTags = tagLines.filter((t) => !notTags.has(wordsOf(t)));
  const keywords = uniqueTags([...pageTags, ...(headlineCutIntoWords(ownTags, title) ? [] : ownTags)]);

  const candidates: RelatedCandidate[] = [
    // Lists the HTML front end found, with their URLs, come first; the text markers may find them again.
    ...meta.related.map((r) => ({ ...r, at: -1 })),
    ...sectionCandidates(draft.sections),
    ...embedded.flatMap((e) =>
      e.title
        ? [
            {
              at: e.title.block.index,
              title: e.title.text,
              url: null,
              relation: e.relation ?? ('read-also' as const),
              opened: true as const,
            },
          ]
        : [],
    ),
  ];
  const residual = residualBoilerplate(draft.body);
  if (residual) warnings.push(residual);

  return {
    title,
    paragraphs,
    source,
    imageCredit,
    section,
    author,
    dated: articleDates(
      draft.fields,
      draft.title?.block ?? null,
      draft.body.map((p) => p.block),
      cleaned.doc.blocks,
    ),
    keywords,
    related: relatedEntries(candidates, cleaned.splitTitle, title),
    warnings,
    explain,
  };
}

/**
 * The tags on a marker's line: its first item when wide spaces cut the line into items, or when a column
 * of tags one a line follows it; else a tag line.
 */
function inlineTags(section: Section, articleWords: ArticleWords): string[] {
  const inline = section.inline!;
  const firstOfColumn = holdsFirstTag(inline) && section.items.some((b) => b.line > section.marker.line);
  return (
    linkedTags(inline, section.marker.linkTexts) ??
    (firstOfColumn || section.items.some((b) => b.line === section.marker.line)
      ? splitTagList(inline)
      : splitTagLine(inline, articleWords))
  );
}

/**
 * A line of a tag column with at least this many words, of which the article writes less than this
 * share (and the tag lexicon does not know it), is another story's headline.
 */
const OTHER_HEADLINE = { minWords: 4, written: 0.5 } as const;

/**
 * The lines of a tag column up to the first that is another story's headline: the rest of a related
 * box printed under the tags with no heading of its own.
 */
function columnTags(section: Section, articleWords: ArticleWords): Block[] {
  const end = section.items.findIndex((item, i) => i > 0 && isOtherHeadline(item, articleWords));
  return end < 0 ? section.items : section.items.slice(0, end);
}

function isOtherHeadline(item: Block, articleWords: ArticleWords): boolean {
  const ws = words(item.norm);
  if (ws.length < OTHER_HEADLINE.minWords || ws.length > TAG_ITEM_MAX_WORDS || splitTagList(item.text).length > 1)
    return false;
  const written = ws.filter((w) => articleWords.words.has(w)).length / ws.length;
  return written < OTHER_HEADLINE.written && !lexiconCovered(ws).every(Boolean);
}

/**
 * A line of a tag list: one tag (or a few, separated), or a whole tag line that lost its separators — a
 * long line, the only line under a marker standing alone, however short ("مجلس الأمن الدولي اغتيال"): one
 * tag a line is a column, and a column has more than one line — or one written word, which the splitter
 * cuts only where tags glued together meet ("الزراعةالمزارعين", a column's line of links with no space).
 */
function splitTagItem(item: Block, section: Section, articleWords: ArticleWords): string[] {
  const wholeLine =
    wordCount(item.norm) > TAG_ITEM_MAX_WORDS ||
    (wordCount(item.norm) === 1 && mayBeGluedTags(item.text)) ||
    (section.inline === null && section.items.length === 1 && item.line !== section.marker.line);
  return (
    linkedTags(item.text, item.linkTexts) ??
    (wholeLine ? splitTagLine(item.text, articleWords) : splitTagList(item.text))
  );
}

/** A writer's name in brackets, or after a slash, at the end of a headline. */
const SIGNATURE = /^(?<title>.{8,}?[^\s/])\s*(?:\((?<bracketed>[^()]{3,45})\)|\/\s*(?<slashed>[^/]{3,45}))$/u;

/**
 * A writer's name after a headline has at least this many words: in brackets, a full name (a headline's
 * own "(بث مباشر)" has fewer); after a slash, which no headline's own words follow, a first and a family name.
 */
const SIGNATURE_MIN_WORDS = { bracketed: 3, slashed: 2 } as const;
/** The text's opening, where an article writes the name of whom it is about: its first paragraphs. */
const SIGNATURE_OPENING = 3;
/** A writer may cite themself this many times (a note on their own book); whom the text is about is named more often. */
const SIGNATURE_MAX_CITED = 1;

/**
 * The headline and the writer's name signed after it: a full name that the text's opening does not
 * write, nor more than one paragraph of the rest (a writer's note citing their own book does; a
 * headline's own bracket, "(شاهد الفيديو كاملا)", or a person the article is about, is in its text).
 */
function signedTitle(title: string, body: string[]): { title: string; author: string } | null {
  const m = SIGNATURE.exec(title.trim());
  const author = m && nameOf(m.groups!.bracketed ?? m.groups!.slashed!);
  const minWords = m?.groups!.bracketed ? SIGNATURE_MIN_WORDS.bracketed : SIGNATURE_MIN_WORDS.slashed;
  if (!author || namesIn(author).length < minWords) return null;
  const names = namesIn(author);
  // A first name ("محمد") may be written in a paragraph; the family name, or two of the name's words, name the person.
  const writes = (norm: string): boolean => {
    const text = new Set(words(norm));
    const written = names.filter((w) => text.has(w));
    return written.length > 1 || written.includes(names.at(-1)!);
  };
  const writing = body.filter(writes).length;
  return body.slice(0, SIGNATURE_OPENING).some(writes) || writing > SIGNATURE_MAX_CITED
    ? null
    : { title: m.groups!.title!.trim(), author };
}

/** A dateline opens one of the body's first paragraphs: the text's first, under a deck and a caption at most. */
const DATELINE_REACH = 3;

/** A headline with a name after a dash or a bar, as a page's <title> prints it ("… - الوطن نيوز", "… | بوابة الأهرام"). */
const NAMED_AFTER = /^(?<title>.*\S)\s+[-|–—]\s+(?<site>[^-|–—]+?)\s*$/u;
/** A site's name is a few words; the headline before it at least this many. */
const SITE_NAME_MAX_WORDS = 4;
const HEADLINE_MIN_WORDS = 3;

/**
 * The headline without the site's name that the page's <title> glued to it, when the page prints that name on a
 * line of its own (its masthead) or in its copyright line, and the article's text never writes it: a name the text
 * writes ("… - برشلونة") is the headline's own. Generic: a site cleaner's titleGlue knows its site's forms.
 */
function siteSuffix(title: string, draft: ArticleDraft, blocks: Block[]): TitleSplit | null {
  const m = NAMED_AFTER.exec(title);
  if (!m) return null;
  const site = words(normalizeArabic(m.groups!.site!));
  if (site.length === 0 || site.length > SITE_NAME_MAX_WORDS) return null;
  if (wordCount(normalizeArabic(m.groups!.title!)) < HEADLINE_MIN_WORDS) return null;
  const key = ` ${site.join(' ')} `;
  const spaced = (block: Block): string => ` ${words(block.norm).join(' ')} `;
  const article = new Set([draft.title?.block, ...draft.body.map((p) => p.block)]);
  if (draft.body.some((p) => spaced(p.block).includes(key))) return null;
  const printed = blocks.some(
    // In a copyright line a preposition may be glued to the name ("محفوظة لبوابة الأهرام").
    (b) =>
      !article.has(b) && (spaced(b) === key || (COPYRIGHT_MARK.test(b.norm) && spaced(b).includes(key.trimStart()))),
  );
  return printed
    ? {
        title: m.groups!.title!,
        credit: null,
        site: m.groups!.site!,
        section: null,
        cleaner: 'generic',
        rule: 'site-name-glued',
      }
    : null;
}

/**
 * The article's source: of its source fields, the first that does not name the site itself — a lead tag
 * or a dateline with the site's name ("المدينة نيوز :-", "أبوظبي - قناة العرب"), which the page prints in
 * another block too (its masthead, its footer), gives way to the outlet the text is taken from (a wire
 * credit, "--(بترا)"). With no other, the site's name is the source. A source cut from a paragraph is a
 * dateline opening the text (under a deck and a caption, perhaps) or a credit ending it: a paragraph
 * deeper in the text that reads so ("فهل الشؤون الاجتماعية (مثلاً) -- …") names no source.
 */
function articleSource(fields: ArticleDraft['fields'], blocks: Block[], body: Paragraph[]): string | null {
  const inside = new Set(body.slice(DATELINE_REACH, -1).map((p) => p.block));
  const sources = fields.filter((f) => f.field === 'source' && !inside.has(f.block));
  if (new Set(sources.map((f) => f.value)).size < 2) return unquoted(sources[0]?.value ?? null);
  const printedElsewhere = (f: (typeof sources)[number]): boolean => {
    const key = ` ${words(normalizeArabic(f.value)).join(' ')} `;
    return blocks.some((b) => b !== f.block && ` ${words(b.norm).join(' ')} `.includes(key));
  };
  return unquoted((sources.find((f) => !printedElsewhere(f)) ?? sources[0]!).value);
}

/** A name in the quotation marks a line printed it in ("المصدر: «النهار»"): the name. */
const IN_QUOTATION_MARKS = /^[«"“](?<name>[^«»"“”]+)[»"”]$/u;
const unquoted = (name: string | null): string | null =>
  name && (IN_QUOTATION_MARKS.exec(name.trim())?.groups!.name!.trim() ?? name);

/** A tag list is the headline cut into words when at least this many of its tags, and this share, are single words of the headline. */
const HEADLINE_WORD_TAGS = { min: 3, share: 0.6 } as const;

/**
 * Some sites tag a story with its section and the words of its headline, one link each ("منوعات",
 * "تنديدات", "دولية", …): no tag a reader would keep.
 */
function headlineCutIntoWords(tags: string[], title: string | null): boolean {
  if (!title || tags.length < HEADLINE_WORD_TAGS.min) return false;
  const headline = new Set(words(normalizeArabic(title)));
  const cut = tags.filter((t) => {
    const ws = words(normalizeArabic(t));
    return ws.length === 1 && headline.has(ws[0]!);
  }).length;
  return cut >= HEADLINE_WORD_TAGS.min && cut / tags.length >= HEADLINE_WORD_TAGS.share;
}

/** What a section did with the lines after its marker, for --explain: taken into a field, or removed. */
function sectionTrace(section: Section): ExplainEntry {
  const n = section.items.length;
  const lines = `${n} line${n === 1 ? '' : 's'}`;
  const last = section.items.at(-1)?.line;
  const into = section.kind === 'keywords' ? 'keywords' : isRelation(section.kind) ? `related (${section.kind})` : null;
  return {
    cleaner: 'segment',
    rule: `section:${section.kind}`,
    action: into
      ? `${section.inline ? 'the rest of the marker line and ' : ''}${lines} into ${into}`
      : `${lines} removed${last ? ` (to line ${last})` : ''}`,
    matched: shorten(section.marker.text),
    line: section.marker.line,
  };
}

/**
 * Placeholders CMSs put in the author field, and the desk that signs for the site ("كتب: المحرر", "فريق
 * التحرير"): no writer, on the matching form.
 */
const NO_AUTHOR =
  /^(?:admin|administrator|editor|webmaster|اداره الموقع|المحرر|محرر الموقع|فريق التحرير|هيئه التحرير|اسره التحرير|التحرير)$/u;

/** A byline's name, unless it names no writer (NO_AUTHOR). */
function writer(name: string | null | undefined): string | null {
  return name && !NO_AUTHOR.test(normalizeArabic(name.trim())) ? name : null;
}

/**
 * The page metadata's author, unless it names the site itself ("LBCI", "akhbarelyom", the outlet the
 * article credits as its source), a placeholder, a dateline in brackets ("(أبوظبي - البيان)") or carries
 * a URL (broken JSON-LD).
 */
function plausibleAuthor(meta: PageMeta, source: string | null): string | null {
  const author = meta.author?.trim();
  if (!author || /https?:|www\./i.test(author) || /^\(.*\)$/u.test(author)) return null;
  const norm = normalizeArabic(author);
  if (NO_AUTHOR.test(norm)) return null;
  const site = [meta.siteName, hostOf(meta.url), source].filter((v): v is string => !!v).map((v) => normalizeArabic(v));
  return site.some((name) => name === norm || name.includes(norm.replace(/\s+/g, ''))) ? null : author;
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}
