/** Documented exit codes (README, `arnews --help`). */
export const EXIT = {
  /** Every input document yielded records. */
  ok: 0,
  /** Some documents failed; each has an error entry. */
  someFailed: 1,
  /** Bad options or arguments. */
  usage: 2,
  /** A bug in arnews itself, outside any document (reported in one line; ARNEWS_DEBUG=1 prints the stack). */
  internal: 70,
  /** An output could not be written (EX_IOERR): a full disk, a file size limit, a missing directory. */
  ioError: 74,
  /** Interrupted by SIGINT (128 + 2, as shells report it). */
  sigint: 130,
  /** Terminated by SIGTERM (128 + 15). */
  sigterm: 143,
} as const;

/** A problem with how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {}
