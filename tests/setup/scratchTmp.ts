import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every test makes its scratch folders with `mkdtempSync(join(tmpdir(), …))`; this points `tmpdir()` (through
 * TMPDIR, which the test workers and the CLI processes they start inherit) at one folder for the run, removed when
 * the run ends, so that a run leaves nothing behind in the system's temporary folder.
 */
export default function setup(): () => void {
  const runDir = mkdtempSync(join(tmpdir(), 'arnews-tests-'));
  // As open as the system's temporary folder (sticky, anyone may write): the run across machines test has
  // another user's sshd read files under it.
  chmodSync(runDir, 0o1777);
  process.env.TMPDIR = runDir;
  return () => rmSync(runDir, { recursive: true, force: true });
}
