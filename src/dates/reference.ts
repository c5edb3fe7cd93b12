/**
 * The reference date, read one way for the library (`refDate`) and the CLI (`--ref-date`), as a metadata date
 * is read (metadata.ts): an ISO date or date-time, with seconds and a zone or not ("2025-04-27",
 * "2025-04-27T10:00Z", "2025-04-27T10:00+03:00"), an RFC 2822 date, a Unix time, or any date line parseDateLine
 * reads ("19/08/2016"). The reference is the wall-clock time as written: a zone is set aside.
 */
import { readMetadataDate } from './metadata.js';
import { parseReferenceDate } from './options.js';
import type { Reference } from './resolve.js';

/** What a reference date may look like, for error messages. */
export const REFERENCE_FORMS =
  'YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], with an optional zone (Z, +03:00), an RFC 2822 date, a Unix time, or a date line such as "19/08/2016"';

/** The reference a string gives, or null when it is none of REFERENCE_FORMS or no real date. */
export function readReferenceDate(text: string): Reference | null {
  const { value } = readMetadataDate(text);
  return value === null ? null : parseReferenceDate(value);
}
