// @ts-check
/**
 * Prints the closing count of a vitest run from its JSON report, as one plain line: "N passed, N failed"
 * (", N skipped" after it when tests were skipped), the bare form any CI reads. Vitest's own summary is
 * coloured and in its own layout: a CI that does not know vitest read the last run as "no test".
 * Exits 1 when the report is missing or counts no test, so that a run that tested nothing fails.
 *
 *   node scripts/test-count.mjs REPORT.json
 */
import { readFileSync } from 'node:fs';
import { scriptArgs } from './args.mjs';

const usage = `Usage: node scripts/test-count.mjs REPORT.json
Prints "N passed, N failed" from a vitest JSON report; exits 1 when it counts no test.`;
const {
  positionals: [reportPath, ...extra],
} = scriptArgs(usage, {}, { positionals: true });
if (reportPath === undefined || extra.length > 0) {
  console.error(usage);
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
const skippedPart = skipped > 0 ? `, ${skipped} skipped` : '';
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed${skippedPart}`);
if (report.numTotalTests === 0) {
  console.error('test-count: the run executed no test');
  process.exit(1);
}
