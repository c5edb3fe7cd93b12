/**
 * What the cleaner stage hands to the segmenter: the document, one label per block, the rules that
 * later stages apply (title glue), and the trace of every rule that fired (for --explain).
 */
import type { Document } from '../document/model.js';
import type { ExplainEntry } from '../record.js';
import type { FieldName } from './rules.js';
import type { Cleaner } from './schema.js';
import type { TailKind } from '../vocabulary.js';

export interface FieldValue {
  field: FieldName;
  value: string;
  /** A writer's name found by where the page prints it, with no label: a labelled byline outranks it. */
  bare?: true;
}

export interface BlockLabel {
  /** What stays a body candidate: the block's text, the part a rule left, or null when removed. */
  text: string | null;
  /** Set when the block is a marker: the section it opens and any content on the same line. */
  marker: { section: TailKind; inline: string | null; greedy: boolean } | null;
  /** Fields the block gave (source line, byline, date line…). */
  fields: FieldValue[];
}

export interface TitleSplit {
  title: string;
  credit: string | null;
  site: string | null;
  /** A section label written before the headline ("عام / …" in SPA wire titles). */
  section: string | null;
  rule: string;
  cleaner: string;
}

export interface CleanedDocument {
  doc: Document;
  labels: BlockLabel[];
  /** The site cleaner chosen for the page, or null when only the generic one ran. */
  site: Cleaner | null;
  /** Splits a title candidate glued to a credit or a site name, with the rules of the cleaners that ran. */
  splitTitle: (title: string) => TitleSplit | null;
  trace: ExplainEntry[];
  /** The entries of the trace of each block (by block index), in the order the rules acted on it. */
  firedOn: ExplainEntry[][];
}
