/**
 * The reference date, read one way for the library (`refDate`) and the CLI (`--ref-date`): an ISO date or
 * date-time, with seconds and a zone or not ("2025-04-27", "2025-04-27T10:00Z", "2025-04-27T10:00+03:00"), or any
 * date line parseDateLine reads (page metadata such as "19/08/2016", RFC 2822). The reference is the wall-clock
 * time as written: a zone is set aside.
 */
import { parseDateLine } from './dateline.js';
import { parseReferenceDate } from './options.js';
import type { Reference } from './resolve.js';

/** What a reference date may look like, for error messages. */
export const REFERENCE_FORMS = 'YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], with an optional zone (Z, +03:00), or a date line such as "19/08/2016"';

/** The reference a string gives, or null when it is none of REFERENCE_FORMS or no real date. */
export function readReferenceDate(text: string): Reference | null {
  return parseReferenceDate(text) ?? parseReferenceDate(parseDateLine(text) ?? '');
}
