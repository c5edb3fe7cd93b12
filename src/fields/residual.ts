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

export function residualBoilerplate(paragraphs: readonly Paragraph[]): Warning | null {
  for (const { block, text: p } of paragraphs) {
    // A paragraph that is its block's whole text has its matching form already.
    const m = SUSPECT.exec(p === block.text ? block.norm : normalizeArabic(p));
    if (m) {
      const sample = p.length > 80 ? `${p.slice(0, 77)}…` : p;
      return { code: 'residual-boilerplate', message: `body may still hold boilerplate ("${m[0]}" in "${sample}")` };
    }
  }
  return null;
}
