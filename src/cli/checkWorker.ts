/**
 * `arnews cleaners --check`, for one cleaner file, in a worker thread the main thread ends when the
 * check runs past its deadline: loading the file (a module's code runs here, and only if allowed),
 * validating it, and checking each regex and the lint rules, any of which could hang on a hostile
 * pattern. Before each step it says which, so that a hang can be named.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkRegexRule, lint, regexRules, type Finding } from '../cleaners/check.js';
import { compileCleaner } from '../cleaners/compile.js';
import { CleanerLoadError, loadCleanerFile } from '../cleaners/load.js';

export interface CheckRequest {
  path: string;
  allowCode: boolean;
}

export type CheckReply =
  | { type: 'step'; where: string }
  | { type: 'invalid'; message: string }
  | {
      type: 'checked';
      name: string;
      counts: Record<'drop' | 'sections' | 'fields' | 'titleGlue', number>;
      findings: Finding[];
      warnings: string[];
    };

const { path, allowCode } = workerData as CheckRequest;
const port = parentPort!;
const say = (reply: CheckReply): void => port.postMessage(reply);

try {
  const cleaner = await loadCleanerFile(path, { allowCode });
  const compiled = compileCleaner(cleaner);
  const findings: Finding[] = [];
  for (const rule of regexRules(compiled)) {
    say({ type: 'step', where: rule.where });
    const finding = checkRegexRule(rule);
    if (finding) findings.push(finding);
  }
  const counts = {
    drop: cleaner.rules.drop.length,
    sections: cleaner.rules.sections.length,
    fields: cleaner.rules.fields.length,
    titleGlue: cleaner.rules.titleGlue.length,
  };
  // A rejected rule is not tried on ordinary lines: it may not come back from them.
  const warnings = findings.some((f) => f.rejected)
    ? []
    : (say({ type: 'step', where: 'the check that no rule matches almost any line' }), lint(compiled));
  say({ type: 'checked', name: cleaner.name, counts, findings, warnings });
} catch (error) {
  if (!(error instanceof CleanerLoadError)) throw error;
  say({ type: 'invalid', message: error.message });
}
