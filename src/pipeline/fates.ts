/**
 * What the pipeline did with each block of a page, read off its stages' results (the cleaners' labels and
 * trace, the segmenter's drafts): `arnews show` prints it, and `--explain` names the lines no article took.
 */
import type { FieldValue } from '../cleaners/labels.js';
import type { SectionKind } from '../vocabulary.js';
import type { Block } from '../document/model.js';
import type { ExplainEntry } from '../record.js';
import { shorten } from '../cleaners/apply.js';
import type { PageStages } from './extract.js';

/**
 * The fate of a block: the title or body of an article, the headline that starts an embedded article,
 * a section marker or an item of its section (or a line of it that is none: a card's teaser), a field line,
 * dropped by a rule, or kept by the cleaners but taken by no article (a menu no rule names, a headline
 * strip, furniture outside an HTML article).
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

/** Each block's fate, in page order. */
export function blockFates({ doc, cleaned, drafts }: Pick<PageStages, 'doc' | 'cleaned' | 'drafts'>): BlockFate[] {
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
      for (const item of [...section.items, ...section.passedOver]) place(item, 'item', article, section.kind);
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

/**
 * The lines the cleaners kept that no article took (a menu no rule names, a "latest" strip, a caption under
 * the date line, a stray line in the text), one entry per run of them, for --explain: every line of the page
 * is then accounted for. Furniture that the HTML front end put outside the article is not listed.
 */
export function leftOutTrace(stages: Pick<PageStages, 'doc' | 'cleaned' | 'drafts'>): ExplainEntry[] {
  const entries: ExplainEntry[] = [];
  let run: Block[] = [];
  const close = (): void => {
    if (run.length === 0) return;
    const n = run.length;
    entries.push({
      cleaner: 'segment',
      rule: 'left-out',
      action: `${n} line${n === 1 ? '' : 's'} taken by no article${n > 1 ? ` (to line ${run.at(-1)!.line})` : ''}`,
      matched: shorten(run[0]!.text),
      line: run[0]!.line,
    });
    run = [];
  };
  for (const { block, fate } of blockFates(stages)) {
    if (fate === 'left-out' && !block.outside) run.push(block);
    else close();
  }
  close();
  return entries;
}
