/** Hashtags as pages print them ("#الضفة_الغربية"): a tag whose spaces are written "_". */

/** A hashtag in a line, "#" and the word run after it. */
export const HASHTAG = /#[^\s#]+/gu;

/** A hashtag's words, its "_" read as spaces ("الضفة_الغربية" → "الضفة الغربية"); the "#" kept where it is. */
export const hashtagSpaced = (tag: string): string => tag.replace(/_+/g, ' ');

/** A tag a link prints as a hashtag ("#الطاقة_المتجددة"): its words ("الطاقة المتجددة"); another tag as it is. */
export const tagOfHashtag = (text: string): string =>
  text.startsWith('#') && !text.includes(' ') ? hashtagSpaced(text.slice(1)).trim() || text : text;
