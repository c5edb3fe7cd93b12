/** Publication dates as ISO strings: from the article's date line, or the input's date metadata. */
import type { Block } from '../document/model.js';
import type { FieldValue } from '../cleaners/labels.js';

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A metadata date as ISO 8601: ISO forms are kept as given (a space before the time becomes "T"),
 * anything else goes through the date-line parser (Arabic and RFC 822 forms alike).
 */
export function isoFromMetadata(value: string | null, parseDateLine: (line: string) => string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (ISO.test(trimmed)) return trimmed.replace(' ', 'T');
  return parseDateLine(trimmed);
}

/**
 * The article's own date: the date line nearest before its body (a masthead's "today" line comes
 * earlier on the page), else the first date line in the article's span.
 */
export function articleDate(fields: (FieldValue & { block: Block })[], bodyStart: Block | null): string | null {
  const dates = fields.filter((f) => f.field === 'date');
  const beforeBody = bodyStart ? dates.filter((f) => f.block.index < bodyStart.index).at(-1) : undefined;
  return (beforeBody ?? dates[0])?.value ?? null;
}
