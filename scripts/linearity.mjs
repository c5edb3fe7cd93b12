#!/usr/bin/env node
// @ts-check
/**
 * Times every built-in cleaner rule on adversarial lines — long runs of every character class a dump
 * holds (digits, separators, dates, percent-encoding, base64, Arabic and Latin words, brackets …),
 * with and without the rule's own leading words, ending well or badly — at growing lengths, and
 * fails when a rule's time grows faster than linearly with the line (a regex that backtracks).
 *
 *   node scripts/linearity.mjs                  # 1 KB … 64 KB lines (npm run check:linearity)
 *   node scripts/linearity.mjs --max-kb 16      # what CI runs (tests/property/linearity.test.ts)
 *   node scripts/linearity.mjs --rule generic/url-fragment --verbose
 *
 * Reads the built package (dist/): run `npm run build` first. The same measure serves
 * `arnews cleaners --check` for user rules (src/cleaners/redos.ts holds the shared growth test).
 */
import { pathToFileURL } from 'node:url';

// The ReDoS probe's internals are no library user's need (a cleaner's author has `arnews cleaners --check`,
// which runs the same measure): this check of the built-ins reads them inside dist/.
/* eslint-disable no-restricted-syntax */
import { compileCleaner } from '../dist/cleaners/compile.js';
import { loadBuiltinCleaners } from '../dist/cleaners/builtins.js';
import { adversarialLines, growth, leadingLiteral } from '../dist/cleaners/redos.js';
import { scriptArgs } from './args.mjs';
/* eslint-enable no-restricted-syntax */

/** Every rule of every built-in cleaner, as `match(line)` on a raw line (normalised as the pipeline does). */
function builtinRules() {
  const rules = [];
  for (const compiled of loadBuiltinCleaners().map((cleaner) => compileCleaner(cleaner, true))) {
    const name = compiled.cleaner.name;
    for (const list of ['sections', 'drop', 'fields']) {
      compiled[list].forEach((rule, i) => {
        const spec = compiled.cleaner.rules[list][i];
        rules.push({ label: `${name}/${rule.name}`, literal: leadingLiteral(spec), match: (norm) => rule.match(norm) });
      });
    }
    compiled.titleGlue.forEach((rule, i) => {
      rules.push({
        label: `${name}/${rule.name}`,
        literal: leadingLiteral(compiled.cleaner.rules.titleGlue[i]),
        match: (norm) => rule.pattern.exec(norm),
      });
    });
  }
  return rules;
}

/**
 * For each rule, the adversarial lines on which its time grows faster than linearly (or which make
 * it throw). `maxKb` is the longest line; lines of maxKb/8 … maxKb are timed.
 * @param {{ maxKb?: number, only?: string | null, verbose?: boolean }} [options]
 */
export function checkBuiltinRules({ maxKb = 64, only = null, verbose = false } = {}) {
  const failures = [];
  const rules = builtinRules().filter((r) => !only || r.label === only || r.label.startsWith(`${only}/`));
  for (const rule of rules) {
    for (const line of adversarialLines(rule.literal)) {
      const verdict = growth(rule.match, line, maxKb * 1024);
      if (verbose && verdict.times)
        process.stderr.write(`${rule.label} ${line.name}: ${verdict.times.map((t) => t.toFixed(2)).join(' ')} ms\n`);
      if (!verdict.linear) failures.push({ rule: rule.label, line: line.name, ...verdict });
    }
  }
  return { rules: rules.length, failures };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = scriptArgs(
    `Usage: npm run check:linearity [-- OPTIONS]   (or node scripts/linearity.mjs [OPTIONS], after npm run build)
Checks that every built-in cleaner rule runs in time linear in the line's length (see the file's header).
  --max-kb N    the longest adversarial line, in KB (default 64)
  --rule NAME   only the rule NAME, or every rule of the cleaner NAME
  --verbose     each rule's times on stderr`,
    {
      'max-kb': { type: 'string', default: '64' },
      rule: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  );
  const started = performance.now();
  const { rules, failures } = checkBuiltinRules({
    maxKb: Number(values['max-kb']),
    only: values.rule ?? null,
    verbose: values.verbose,
  });
  for (const f of failures)
    console.log(
      `${f.rule}: ${f.reason} on ${f.line} (${(f.times ?? []).map((t, i) => `${((f.sizes ?? [])[i] / 1024).toFixed(1)} KB ${t.toFixed(1)} ms`).join(', ')})`,
    );
  console.log(
    `${rules} rules checked on lines up to ${values['max-kb']} KB in ${((performance.now() - started) / 1000).toFixed(1)} s: ${failures.length ? `${failures.length} super-linear` : 'all linear'}`,
  );
  process.exitCode = failures.length ? 1 : 0;
}
