/** Code cleaners (ES modules) run with the user's rights: they load only when allowed, by --allow-code or ARNEWS_ALLOW_CODE=1. */
export function codeAllowed(flag: boolean | undefined): boolean {
  return Boolean(flag) || process.env.ARNEWS_ALLOW_CODE === '1';
}
