/**
 * The HTML front end, loaded only where HTML is read: it brings cheerio and the HTML parser, which a
 * run over text dumps never needs, and which would be most of its start-up. The CLI's workers load it
 * at their first HTML page; the library and the commands that read pages themselves load it first.
 */
import type * as HtmlModule from './html/index.js';

let frontEnd: typeof HtmlModule | null = null;

/** Loads the front end (once); extraction of HTML pages works from then on. */
export async function loadHtmlFrontEnd(): Promise<typeof HtmlModule> {
  frontEnd ??= await import('./html/index.js');
  return frontEnd;
}

/** For a module that imported the front end itself (the library, whose `extract` is synchronous). */
export function useHtmlFrontEnd(module: typeof HtmlModule): void {
  frontEnd = module;
}

export function htmlFrontEnd(): typeof HtmlModule {
  if (!frontEnd) throw new Error('the HTML front end is not loaded (loadHtmlFrontEnd)');
  return frontEnd;
}
