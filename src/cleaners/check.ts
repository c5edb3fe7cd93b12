/**
 * What `arnews cleaners --check` asks of a user cleaner's regexes besides being valid: that none
 * backtracks catastrophically. Two checks, because neither is enough alone:
 *
 * - recheck, a static ReDoS checker (automata theory, with fuzzing for what it cannot decide), says
 *   whether a regex is exponential, polynomial or safe, and gives an attack string;
 * - a timed run of the rule as extract runs it (folded, on the matching form, with its maxLength) on
 *   the attack string and on the adversarial lines of redos.ts: the rule is rejected when its time
 *   grows faster than the line. recheck's verdict alone would reject rules whose maxLength bounds
 *   them, and bounded repetitions it cannot tell from unbounded ones.
 *
 * Runs in a worker under a deadline (cli/checkWorker.ts): a rule that hangs the run hangs only that.
 */
import { checkSync, type Diagnostics } from 'recheck';
import { foldPattern, normalizeArabic } from '../text/normalize.js';
import type { CompiledCleaner } from './compile.js';
import { adversarialLines, growth, leadingLiteral, pumpedLine, type AdversarialLine, type Growth } from './redos.js';
import { spellingWarnings } from './spelling.js';

/** A regex of a cleaner, and how extract runs it. */
export interface RegexRule {
  /** Where it is in the file, as zod would say it: `rules.drop[0] "nested"`. */
  where: string;
  source: string;
  literal: string | null;
  match: (norm: string) => unknown;
}

export interface Finding {
  where: string;
  /** A rejected rule makes the cleaner invalid (exit 2); a warning does not. */
  rejected: boolean;
  message: string;
}

/** The longest line a rule is timed on. */
const CHECK_LINE_CHARS = 64 * 1024;
/** How long recheck may think about one regex (ms). */
const STATIC_TIMEOUT_MS = 2000;
/** An attack that takes this long (ms) on a line this short is catastrophic. */
const ATTACK_SLOW_MS = 100;
/**
 * Every adversarial line is first lengthened a character at a time up to this length: an exponential rule
 * blows up within a few dozen characters (each one may double its time), while a linear one takes
 * microseconds on it, even on a loaded machine. It catches an exponential rule recheck did not name (its
 * static check has a time limit, which a loaded machine can reach) before the long lines that would hang.
 */
const PROBE_LINE_CHARS = 256;
/** recheck runs in this thread, not in a child process or a worker of its own. */
process.env.RECHECK_SYNC_BACKEND = 'pure';

export function regexRules(compiled: CompiledCleaner): RegexRule[] {
  const { cleaner } = compiled;
  const rules: RegexRule[] = [];
  for (const list of ['drop', 'sections', 'fields'] as const) {
    compiled[list].forEach((rule, i) => {
      const spec = cleaner.rules[list][i]!;
      if (spec.regex !== undefined)
        rules.push({
          where: `rules.${list}[${i}] "${rule.name}"`,
          source: spec.regex,
          literal: leadingLiteral(spec),
          match: (norm) => rule.match(norm),
        });
    });
  }
  compiled.titleGlue.forEach((rule, i) => {
    const spec = cleaner.rules.titleGlue[i]!;
    rules.push({
      where: `rules.titleGlue[${i}] "${rule.name}"`,
      source: spec.regex,
      literal: leadingLiteral(spec),
      match: (norm) => rule.pattern.exec(norm),
    });
  });
  compiled.urlPatterns.forEach((pattern, i) => {
    rules.push({
      where: `appliesTo.urlPatterns[${i}]`,
      source: pattern.source,
      literal: null,
      match: (url) => pattern.test(url),
    });
  });
  return rules;
}

/** The verdict on one regex: null when it is linear. */
export function checkRegexRule(rule: RegexRule): Finding | null {
  const diagnostics = staticCheck(rule.source);
  const attack = diagnostics.status === 'vulnerable' ? diagnostics : null;
  const found = attack
    ? `${attack.complexity.type}${attack.complexity.type === 'polynomial' ? `, degree ${attack.complexity.degree}` : ''}, found by recheck`
    : null;
  const lines: AdversarialLine[] = adversarialLines(rule.literal);
  if (attack) {
    const [first] = attack.attack.pumps;
    if (first) {
      const line = pumpedLine(
        `recheck's attack ${attack.attack.pattern}`,
        first.prefix,
        first.pump,
        attack.attack.suffix,
      );
      const reachable = { name: line.name, at: (n: number) => normalizeArabic(line.at(n)) };
      if (attack.complexity.type === 'exponential') {
        const slow = explodes(rule.match, reachable, CHECK_LINE_CHARS);
        if (slow)
          return {
            where: rule.where,
            rejected: true,
            message: `catastrophic backtracking (${found}): a line of ${slow.length} characters such as ${attack.attack.pattern} takes ${slow.ms.toFixed(0)} ms; rewrite it without nested quantifiers, or bound it with maxLength`,
          };
      }
      lines.unshift(reachable);
    }
  }
  for (const line of lines) {
    const slow = explodes(rule.match, line, PROBE_LINE_CHARS);
    if (slow)
      return {
        where: rule.where,
        rejected: true,
        message: `catastrophic backtracking${found ? ` (${found})` : ''}: a line of ${slow.length} characters (${line.name}) takes ${slow.ms.toFixed(0)} ms; rewrite it without nested quantifiers, or bound it with maxLength`,
      };
    const verdict = growth(rule.match, line, CHECK_LINE_CHARS);
    if (!verdict.linear)
      return {
        where: rule.where,
        rejected: true,
        message: `${describe(verdict)} on ${line.name}${found ? ` (${found})` : ''}; anchor it, or bound it with maxLength`,
      };
  }
  if (attack?.complexity.type === 'exponential') {
    return {
      where: rule.where,
      rejected: false,
      message: `recheck finds it exponential (${attack.attack.pattern}), but maxLength keeps it fast on every line it is tried on`,
    };
  }
  return null;
}

function staticCheck(source: string): Diagnostics {
  return checkSync(foldPattern(source), 'u', { timeout: STATIC_TIMEOUT_MS });
}

/**
 * A line lengthened one pump at a time until the rule takes ATTACK_SLOW_MS on it or it reaches maxChars:
 * the length at which it became slow, or null.
 */
function explodes(
  match: (text: string) => unknown,
  line: AdversarialLine,
  maxChars: number,
): { length: number; ms: number } | null {
  // One character at a time while short (each may double the time), then by a quarter.
  for (let length = 8; length <= maxChars; length = length < 64 ? length + 1 : Math.ceil(length * 1.25)) {
    const text = line.at(length);
    const started = performance.now();
    match(text);
    const ms = performance.now() - started;
    if (ms > ATTACK_SLOW_MS) return { length: text.length, ms };
  }
  return null;
}

function describe(verdict: Growth): string {
  const steps = (verdict.times ?? [])
    .map((t, i) => `${((verdict.sizes ?? [])[i]! / 1024).toFixed(0)} KB ${t.toFixed(1)} ms`)
    .join(', ');
  const reason = verdict.reason === 'slow' ? 'too slow' : (verdict.reason ?? 'not linear');
  return `${reason}${steps ? ` (${steps})` : ''}`;
}

/** An ordinary line of article text, which no rule should match. */
const ORDINARY_LINE = 'وقال الوزير في بيان إن الحكومة ستواصل العمل على المشروع خلال العام المقبل.';

/**
 * Valid but probably wrong: a rule that fires on an empty or ordinary line fires on most lines of every page;
 * a pattern written in folded spellings (spelling.ts).
 */
export function lint(compiled: CompiledCleaner): string[] {
  const warnings: string[] = spellingWarnings(compiled.cleaner);
  for (const [list, rules] of [
    ['drop', compiled.drop],
    ['sections', compiled.sections],
    ['fields', compiled.fields],
  ] as const) {
    for (const rule of rules)
      if (rule.match('') || rule.match(normalizeArabic(ORDINARY_LINE)))
        warnings.push(`rules.${list}: rule "${rule.name}" matches almost any line`);
  }
  const { appliesTo } = compiled.cleaner;
  if (!appliesTo.hosts.length && !appliesTo.urlPatterns.length && !appliesTo.signatures.length) {
    warnings.push('appliesTo has no hosts, URL patterns or signatures: the cleaner runs only with --site');
  }
  return warnings;
}
