/**
 * Words that more than one stage reads, declared once and imported: the HTML front end finds the
 * related lists of a page under these labels, and cleaners name them in their patterns (`{see-also}`
 * in the generic cleaner's read-also rule; cleaners/alternatives.ts). Written in plain Arabic: readers
 * fold them to the matching form (text/normalize.ts) as they fold the page.
 */

/**
 * "Read also", "see also": a verb of reading or watching, then "also". What follows is a box of
 * articles picked for this one, or a whole embedded article: the relation `read-also`, whichever verb
 * the site chose (Sputnik's "see also" box is one), never a list of `similar` articles.
 */
export const SEE_ALSO = ['اقرأ', 'طالع', 'شاهد', 'تابع', 'انظر'].flatMap((verb) => [`${verb} أيضا`, `${verb} كذلك`]);

/** The lists a cleaner's pattern can name, by the name it writes in braces. */
export const VOCABULARY: Readonly<Record<string, readonly string[]>> = { 'see-also': SEE_ALSO };
