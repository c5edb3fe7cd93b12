/**
 * A last look at the body for boilerplate the cleaners let through: it is not removed (the rules
 * decide that) but flagged, so that a user can find pages that need a site cleaner.
 */
import type { Warning } from '../record.js';
import type { Paragraph } from '../segment/units.js';
import { normalizeArabic } from '../text/normalize.js';
import { READ_ALSO } from '../vocabulary.js';

const SUSPECT = new RegExp(
  `https?://|www\\.|©|جميع الحقوق|${normalizeArabic(READ_ALSO)}|شارك(?:ها)? (?:علي|عبر)|تابعونا|share on|facebook|twitter|whatsapp|للمزيد من الاخبار|اضغط هنا`,
  'u',
);

/**
 * The link a social post embedded in the text ends with ("… pic.twitter.com/4LxmpyBKjk", "… https://t.co/TJk64GRlUr"):
 * the quoted post is the article's, its link no share button.
 */
const EMBEDDED_POST_LINK = /pic\.twitter\.com\/\S+|https?:\/\/t\.co\/\S+|(?:twitter|x)\.com\/\w+\/status\/\S+/gu;

export function residualBoilerplate(paragraphs: readonly Paragraph[]): Warning | null {
  for (const { block, text: p } of paragraphs) {
    // A paragraph that is its block's whole text has its matching form already.
    const m = SUSPECT.exec((p === block.text ? block.norm : normalizeArabic(p)).replace(EMBEDDED_POST_LINK, ''));
    if (m) {
      const sample = p.length > 80 ? `${p.slice(0, 77)}…` : p;
      return { code: 'residual-boilerplate', message: `body may still hold boilerplate ("${m[0]}" in "${sample}")` };
    }
  }
  return null;
}
