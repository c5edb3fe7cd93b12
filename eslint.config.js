// @ts-check
/**
 * ESLint (flat config) with typescript-eslint's type-aware rules, over src/, tests/ and scripts/.
 * Formatting is Prettier's (npm run format); this config checks what a formatter cannot: unused
 * variables and imports, promises left floating, and unnamed numbers in the scorers. Unused exports
 * are knip's (knip.json, run by npm run lint after ESLint), which sees the whole module graph.
 */
import js from '@eslint/js';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

/** Scripts that scripts/tsconfig.json leaves out of the type check: linted here without types. */
const UNTYPED_SCRIPTS = /** @type {{ exclude: string[] }} */ (
  ts.readConfigFile('scripts/tsconfig.json', ts.sys.readFile).config
).exclude.map((file) => `scripts/${file}`);

/** A script reaches arnews through its public API only: the package's name, or a build's dist/index.js. */
const DEEP_DIST = '/\\/dist\\/(?!index\\.js$)/';
const PUBLIC_API_ONLY = ['ImportDeclaration', 'ImportExpression', 'ExportNamedDeclaration', 'ExportAllDeclaration'].map(
  (node) => ({
    selector: `${node}[source.value=${DEEP_DIST}]`,
    message: "Scripts import arnews' public API: 'arnews' (package.json exports), not a module inside dist/.",
  }),
);

/**
 * The scorers: every threshold and weight in them is a named constant with a line on why its value
 * (issue 12, point 4), in one block at the top of the file. The rule allows a number only where it
 * names itself (`const MAX_WORDS = 20`).
 */
const SCORERS = ['src/segment/**/*.ts', 'src/document/html/content.ts', 'src/cleaners/registry.ts'];

/** Numbers that are no heuristic: none, one, the last (-1), halves and pairs. */
const NO_MAGIC_NUMBERS = {
  ignore: [-1, 0, 1, 2],
  ignoreArrayIndexes: true,
  ignoreDefaultValues: true,
  ignoreEnums: true,
  ignoreNumericLiteralTypes: true,
  ignoreReadonlyClassProperties: true,
  ignoreTypeIndexes: true,
};

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'bench/out/', 'fixtures/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        // Each file is checked with the tsconfig.json nearest to it: the root one for src/ and tests/,
        // scripts/tsconfig.json (checkJs) for the scripts; the config files are outside both.
        projectService: { allowDefaultProject: ['eslint.config.js', 'vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc reports an undefined name, in the scripts too (checkJs), and knows Node's globals.
      'no-undef': 'off',
      // Dumps carry NUL bytes, terminal escapes and C1 controls: the code matches them on purpose.
      'no-control-regex': 'off',
      // Type-aware rules for the bugs a type checker alone lets through: a promise nobody awaits (a
      // write whose failure is never seen), a promise where a value is expected, awaiting a non-promise.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { args: 'after-used', argsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  { files: ['scripts/**/*.mjs'], rules: { 'no-restricted-syntax': ['error', ...PUBLIC_API_ONLY] } },
  { files: UNTYPED_SCRIPTS, ...tseslint.configs.disableTypeChecked },
  { files: SCORERS, rules: { '@typescript-eslint/no-magic-numbers': ['error', NO_MAGIC_NUMBERS] } },
);
