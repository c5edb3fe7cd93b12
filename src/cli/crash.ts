import { EXIT } from './exit.js';

/** Last-resort reporting: a one-line message, never a stack trace (unless ARNEWS_DEBUG is set). */
export function reportCrash(error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`arnews: internal error: ${message}\n`);
  if (process.env.ARNEWS_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}
