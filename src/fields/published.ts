/** The article's own publication date, ISO: from its date lines (the input's date metadata is read by dates/metadata.ts). */
import type { Block } from '../document/model.js';
import type { FieldValue } from '../cleaners/labels.js';

/**
 * The article's own date: the date line nearest before its body (a masthead's "today" line comes
 * earlier on the page), else the first date line in the article's span.
 */
export function articleDate(fields: (FieldValue & { block: Block })[], bodyStart: Block | null): string | null {
  const dates = fields.filter((f) => f.field === 'date');
  const beforeBody = bodyStart ? dates.filter((f) => f.block.index < bodyStart.index).at(-1) : undefined;
  return (beforeBody ?? dates[0])?.value ?? null;
}
