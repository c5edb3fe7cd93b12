/** Documented exit codes (README, `arnews --help`). */
export const EXIT = {
  /** Every input document yielded records. */
  ok: 0,
  /** Some documents failed; each has an error entry. */
  someFailed: 1,
  /** Bad options or arguments. */
  usage: 2,
  /** A bug in arnews itself (reported in one line; ARNEWS_DEBUG=1 prints the stack). */
  internal: 70,
} as const;

/** A problem with how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {}
