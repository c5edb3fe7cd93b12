/**
 * The report's charts, drawn by hand as inline SVG: a column chart is a few rectangles and labels, and
 * a library would add more code (and script) to the page than it saves. Each bar is a <rect data-bar>
 * with its label and value as data attributes and a <title> (the tooltip, also read by screen readers).
 * Charts keep their pixel size and scroll sideways in their box on a narrow screen, so labels stay legible.
 */
import { escapeHtml, formatNumber } from './format.js';

export interface Bar {
  label: string;
  value: number;
}

/** Pixels per column: a few columns get wide ones (up to the plot width), many get narrow ones. */
const MIN_STEP = 16;
const MAX_STEP = 56;
const PLOT_WIDTH = 640;
/** The chart's height, and the room for the axis labels. */
const HEIGHT = 180;
const TOP = 16;
const BOTTOM = 34;
const LEFT = 44;
/** Labels under the columns are at least this far apart. */
const LABEL_SPACING = 56;
const MIN_WIDTH = 320;

/** A column chart: one bar per entry, left to right, scaled to the largest value. */
export function columnChart(name: string, caption: string, bars: Bar[]): string {
  const step = Math.max(MIN_STEP, Math.min(MAX_STEP, Math.floor(PLOT_WIDTH / Math.max(1, bars.length))));
  const barWidth = Math.round(step * 0.75);
  const width = Math.max(MIN_WIDTH, LEFT + bars.length * step + 8);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = HEIGHT - TOP - BOTTOM;
  const every = Math.ceil(LABEL_SPACING / step);
  const columns = bars.map((bar, i) => {
    const h = Math.round((bar.value / max) * plot);
    const x = LEFT + i * step;
    const label = escapeHtml(bar.label);
    const tick =
      i % every === 0
        ? `<text x="${x + barWidth / 2}" y="${HEIGHT - BOTTOM + 14}" text-anchor="middle">${label}</text>`
        : '';
    return `<rect data-bar data-label="${label}" data-value="${bar.value}" x="${x}" y="${TOP + plot - h}" width="${barWidth}" height="${h}"><title>${label}: ${formatNumber(bar.value)}</title></rect>${tick}`;
  });
  const axis = `<line x1="${LEFT - 4}" y1="${TOP + plot}" x2="${width}" y2="${TOP + plot}"/><text x="${LEFT - 8}" y="${TOP + 4}" text-anchor="end">${formatNumber(max)}</text><text x="${LEFT - 8}" y="${TOP + plot}" text-anchor="end">0</text>`;
  return `<figure class="chart"><div class="scroll"><svg data-chart="${escapeHtml(name)}" role="img" aria-label="${escapeHtml(caption)}" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}">${axis}${columns.join('')}</svg></div><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

/** A bar inside a table cell: its share of the largest value of the column. */
export function cellBar(name: string, bar: Bar, max: number): string {
  const width = max > 0 ? Math.round((bar.value / max) * 100) : 0;
  return `<svg class="cell-bar" data-chart="${escapeHtml(name)}" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect data-bar data-label="${escapeHtml(bar.label)}" data-value="${bar.value}" width="${width}" height="10"/></svg>`;
}
