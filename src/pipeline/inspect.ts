/**
 * What the pipeline did with each block of one page, for `arnews show`. It runs the pipeline's own
 * stages (runStages, recordsFrom) and reads their results — the cleaners' labels and trace, the
 * segmenter's drafts and sections, the records — instead of judging anything itself.
 */
import type { FieldValue } from '../cleaners/labels.js';
import type { SectionKind } from '../vocabulary.js';
import type { Block, Document } from '../document/model.js';
import type { Page } from '../io/readers.js';
import type { ArticleRecord, ExplainEntry } from '../record.js';
import { DocumentError, recordsFrom, runStages, type ExtractOptions, type PageStages } from './extract.js';

/**
 * The fate of a block: the title or body of an article, the headline that starts an embedded article,
 * a section marker or an item of its section, a field line, dropped by a rule, or kept by the cleaners
 * but taken by no article (a menu no rule names, a headline strip, furniture outside an HTML article).
 */
type FateKind = 'title' | 'headline' | 'body' | 'marker' | 'item' | 'field' | 'dropped' | 'left-out';

export interface BlockFate {
  block: Block;
  fate: FateKind;
  /** The article (0 = main) whose title, body or section the block is. */
  article: number | null;
  /** For a marker or section item: the section's kind. */
  section: SectionKind | null;
  /** Fields the block gave (source, author, date, imageCredit). */
  fields: FieldValue[];
  /** The cleaner rules that fired on the block, in turn (a cut passes the rest on), from the cleaners' trace. */
  rules: ExplainEntry[];
  /** What the cleaners left of the block's text (null when they removed it). */
  kept: string | null;
}

export interface PageInspection {
  doc: Document;
  /** The site cleaner and how it was chosen (null: the generic cleaner alone). */
  site: { name: string; how: string; evidence: string } | null;
  blocks: BlockFate[];
  records: ArticleRecord[];
  /** Why the page yielded no record (the error entry `extract` would write). */
  error: { code: string; message: string } | null;
}

/** Runs the pipeline on one page and says what became of each block. Throws a DocumentError when no document can be built. */
export function inspectPage(page: Page, options: ExtractOptions): PageInspection {
  const stages = runStages(page, options);
  let records: ArticleRecord[] = [];
  let error: PageInspection['error'] = null;
  try {
    records = recordsFrom(page, stages, options);
  } catch (failure) {
    if (!(failure instanceof DocumentError)) throw failure;
    error = { code: failure.code, message: failure.message };
  }
  const { doc, site } = stages;
  return {
    doc,
    site: site && { name: site.cleaner.name, how: site.selectedBy.how, evidence: site.selectedBy.evidence },
    blocks: blockFates(stages),
    records,
    error,
  };
}

function blockFates({ doc, cleaned, drafts }: PageStages): BlockFate[] {
  const placed = new Map<number, Pick<BlockFate, 'fate' | 'article' | 'section'>>();
  const place = (block: Block, fate: FateKind, article: number, section: SectionKind | null = null): void => {
    if (!placed.has(block.index)) placed.set(block.index, { fate, article, section });
  };
  /**
   * The fields the articles took, by block: the cleaners' and those the segmenter read (a bare byline under
   * the headline, the writer on a date line).
   */
  const articleFields = new Map<number, FieldValue[]>();
  drafts.forEach((draft, article) => {
    if (draft.title) place(draft.title.block, draft.role === 'main' ? 'title' : 'headline', article);
    for (const paragraph of draft.body) place(paragraph.block, 'body', article);
    for (const { block, ...field } of draft.fields) {
      place(block, 'field', article);
      articleFields.set(block.index, [...(articleFields.get(block.index) ?? []), field]);
    }
    for (const section of draft.sections) {
      place(section.marker, 'marker', article, section.kind);
      for (const item of section.items) place(item, 'item', article, section.kind);
    }
  });
  return doc.blocks.map((block) => {
    const label = cleaned.labels[block.index]!;
    const fired = cleaned.firedOn[block.index]!;
    const base = { block, fields: articleFields.get(block.index) ?? label.fields, rules: fired, kept: label.text };
    const seen = placed.get(block.index);
    if (seen) return { ...base, ...seen };
    // A field marker ("المصدر:") hands its section to the next line, which gives the field.
    const fieldMarker = /^section:(source|author|date)\b/.exec(fired.at(-1)?.action ?? '');
    if (fieldMarker) return { ...base, fate: 'marker', article: null, section: fieldMarker[1] as SectionKind };
    const fate: FateKind = label.fields.length > 0 ? 'field' : label.text === null ? 'dropped' : 'left-out';
    return { ...base, fate, article: null, section: null };
  });
}
