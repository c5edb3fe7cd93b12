/**
 * Imports a user's ES module by its file URL: a code cleaner. A module of its own because the CLI's
 * CommonJS bundle, which has no `import()` of its own, hands this one call to its launcher
 * (scripts/bundle-cli.mjs, bin/arnews).
 */
export const importModule = (url: string): Promise<unknown> => import(url);
