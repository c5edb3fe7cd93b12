/**
 * The HTML front end, loaded only where HTML is read: it brings cheerio and the HTML parser, which a
 * run over text dumps never needs, and which would be most of its start-up. The CLI's workers load it
 * at their first HTML page; the library and the commands that read pages themselves load it first.
 */
import { lazyModule } from '../lazyModule.js';

const frontEnd = lazyModule('the HTML front end (loadHtmlFrontEnd)', () => import('./html/index.js'));

/** Loads the front end (once); extraction of HTML pages works from then on. */
export const loadHtmlFrontEnd = frontEnd.load;
/** For a module that imported the front end itself (the library, whose `extract` is synchronous). */
export const useHtmlFrontEnd = frontEnd.use;
export const htmlFrontEnd = frontEnd.get;
