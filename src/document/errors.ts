/**
 * A page no builder can turn into a Document. The pipeline turns it into an error entry (`code`,
 * `message`) instead of a record; every other problem travels as a warning on the Document.
 */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';

  constructor(
    /** Stable kebab-case code, e.g. "binary-content". */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
