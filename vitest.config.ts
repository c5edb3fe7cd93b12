import { defineConfig } from 'vitest/config';

// CI (.ci/run) asks for a JSON report beside the console's, to print the run's closing count as a plain
// "N passed, N failed" line that any CI reads (scripts/test-count.mjs).
const jsonReport = process.env.ARNEWS_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/builtinSources.ts'],
    globalSetup: ['tests/setup/scratchTmp.ts'],
    testTimeout: 30_000,
    reporters: jsonReport === undefined ? ['default'] : ['default', ['json', { outputFile: jsonReport }]],
  },
});
