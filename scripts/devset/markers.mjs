// @ts-check
/**
 * What page furniture says, as sites write it: tag block markers and separators, read-also and related
 * markers, kicker lines. The dev set's pages (compose.mjs) and the furniture probe (eval-furniture.mjs)
 * draw from the same lists.
 */
export const TAG_MARKERS = ['كلمات دلالية', 'الكلمات الدلالية', 'الوسوم', 'كلمات مفتاحية', 'الكلمات المفتاحية', 'Tags'];
export const TAG_SEPARATORS = [', ', '، ', ' | ', ' - ', ' / ', ' • ', ' '];
export const READ_ALSO_MARKERS = ['اقرأ أيضا:', 'إقرأ أيضاً', 'اقرأ أيضاً:', 'طالع أيضا:'];
export const RELATED_MARKERS = ['مقالات ذات صلة', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'موضوعات متعلقة'];
export const KICKERS = ['عاجل', 'سياسة', 'اقتصاد', 'رياضة', 'منوعات', 'محليات', 'عربي ودولي'];
