/**
 * A small bar chart of discernment over time, as SVG markup: for each check, the share of problems
 * found and the share of sound items left alone. Pure, so it is tested without a browser. The bars
 * differ by pattern as well as colour, every bar carries its number as text, and the chart's title
 * and description say the same in words for a screen reader.
 */
import { xmlEscape } from './xml';

export interface ChartColumn {
  /** e.g. "Pre-check". */
  label: string;
  /** 0 to 1, or null where the check had no such items (or is not done). */
  found: number | null;
  leftAlone: number | null;
}

const WIDTH = 320;
const HEIGHT = 170;
const TOP = 22;
const BASE = 138;
const BAR = 30;

const share = (value: number | null) => (value === null ? 'no items' : `${Math.round(value * 100)}%`);

/** The chart's markup; `idPrefix` keeps its pattern and title ids unique when a page shows several charts. */
export function discernmentChart(columns: readonly ChartColumn[], title: string, idPrefix: string): string {
  const slot = WIDTH / Math.max(columns.length, 1);
  const bars = columns.flatMap((column, i) => {
    const centre = slot * i + slot / 2;
    const bar = (value: number | null, x: number, kind: 'found' | 'alone') => {
      const height = value === null ? 0 : Math.max(value * (BASE - TOP), 1);
      const label = value === null ? '—' : `${Math.round(value * 100)}%`;
      const fill = kind === 'found' ? 'class="chart-bar chart-bar--found"' : `class="chart-bar chart-bar--alone" fill="url(#${idPrefix}-hatch)"`;
      return [
        value === null ? '' : `<rect ${fill} x="${x}" y="${(BASE - height).toFixed(1)}" width="${BAR}" height="${height.toFixed(1)}"/>`,
        `<text class="chart-value" x="${x + BAR / 2}" y="${(BASE - height - 5).toFixed(1)}" text-anchor="middle">${label}</text>`,
      ];
    };
    return [
      ...bar(column.found, centre - BAR - 2, 'found'),
      ...bar(column.leftAlone, centre + 2, 'alone'),
      `<text class="chart-label" x="${centre}" y="${BASE + 20}" text-anchor="middle">${xmlEscape(column.label)}</text>`,
    ];
  });
  const description = columns.map((c) => `${c.label}: problems found ${share(c.found)}, sound items left alone ${share(c.leftAlone)}.`).join(' ');
  return [
    `<svg class="discernment-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" focusable="false">`,
    `<title id="${idPrefix}-title">${xmlEscape(title)}</title>`,
    `<desc id="${idPrefix}-desc">${xmlEscape(description)}</desc>`,
    `<defs><pattern id="${idPrefix}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="chart-hatch-ground" width="6" height="6"/><rect class="chart-hatch-line" width="3" height="6"/></pattern></defs>`,
    `<line class="chart-axis" x1="0" y1="${BASE}" x2="${WIDTH}" y2="${BASE}"/>`,
    ...bars.filter(Boolean),
    '</svg>',
  ].join('');
}
