// @ts-check
/**
 * The command line of a script in scripts/: `--help` (or `-h`) prints its usage and exits 0 before it runs
 * anything; an unknown option, an option without its value or an unexpected argument prints the usage and
 * exits 2. The options are those of node:util's parseArgs.
 */
import { parseArgs } from 'node:util';

/**
 * @template {import('node:util').ParseArgsConfig['options']} O
 * @param {string} usage what --help prints: how to run the script and what its options do
 * @param {O} options the script's options, as parseArgs takes them
 * @param {{ positionals?: boolean, args?: string[] }} [more] whether it takes arguments that are no option
 */
export function scriptArgs(usage, options, { positionals = false, args = process.argv.slice(2) } = {}) {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage.trim());
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (error) {
    console.error(`${/** @type {Error} */ (error).message}\n\n${usage.trim()}`);
    process.exit(2);
  }
}
