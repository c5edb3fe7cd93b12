/**
 * What the pipeline did with each block of one page, for `arnews show`. It runs the pipeline's own
 * stages (runStages, recordsFrom) and reads their results — the cleaners' labels and trace, the
 * segmenter's drafts and sections, the records — instead of judging anything itself.
 */
import type { Document } from '../document/model.js';
import type { Page } from '../io/readers.js';
import type { ArticleRecord } from '../record.js';
import { DocumentError, recordsFrom, runStages, type ExtractOptions } from './extract.js';
import { blockFates, type BlockFate } from './fates.js';

export interface PageInspection {
  doc: Document;
  /** The site cleaner and how it was chosen (null: the generic cleaner alone). */
  site: { name: string; how: string; evidence: string } | null;
  /** Where none was chosen: the site cleaners the page names only where another page would (a mention, a credit). */
  namedOnly: { cleaner: string; signature: string }[];
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
    namedOnly:
      site || options.site
        ? []
        : options.registry.namedOnly(doc).map(({ cleaner, signature }) => ({ cleaner, signature })),
    blocks: blockFates(stages),
    records,
    error,
  };
}
