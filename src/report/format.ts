/** How the report writes text and numbers, in both its forms. */

/** Text into HTML, as element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** 12,345 */
export function formatNumber(value: number): string {
  return value.toLocaleString('en');
}

/** "12.5%", or "–" of nothing. */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '–';
}
