/**
 * The class analytics' charts, as SVG markup: per-exercise accuracy, each student's checks, and
 * discernment against lean. Pure, so they are tested without a browser. Every chart says in its
 * title and description what it shows, marks differ by shape as well as colour, numbers are text,
 * and the page shows the same numbers in a table beside it. Text from result codes (student
 * names) is escaped: a code is made by a student and may hold anything.
 */
import { percent } from '../format';
import { xmlEscape } from '../xml';
import { LEAN_LABEL, gained, leanCounts, median, type CheckRow, type Lean, type StudentDiscernment } from './class-analytics';

const WIDTH = 360;

/** A label cut to `max` characters with an ellipsis, so it stays inside the chart on a phone. */
export function fitLabel(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function svg(className: string, height: number, idPrefix: string, title: string, description: string, body: readonly string[]): string {
  return [
    `<svg class="class-chart ${className}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" focusable="false">`,
    `<title id="${idPrefix}-title">${xmlEscape(title)}</title>`,
    `<desc id="${idPrefix}-desc">${xmlEscape(description)}</desc>`,
    ...body,
    '</svg>',
  ].join('');
}

export interface AccuracyBar {
  label: string;
  /** Mean score, 0 to 1; null when no one tried it. */
  value: number | null;
}

const BAR_ROW = 36;
const BAR_SPACE = WIDTH - 48;

/** One bar per exercise, its title above it and its average score as text at its end. */
export function accuracyChart(bars: readonly AccuracyBar[], idPrefix: string): string {
  const body = bars.flatMap((bar, i) => {
    const top = i * BAR_ROW;
    const width = bar.value === null ? 0 : Math.max(bar.value * BAR_SPACE, 1);
    return [
      `<text class="chart-small" x="0" y="${top + 12}">${xmlEscape(fitLabel(bar.label, 50))}</text>`,
      `<line class="chart-track" x1="0" y1="${top + 23}" x2="${BAR_SPACE}" y2="${top + 23}"/>`,
      bar.value === null ? '' : `<rect class="chart-bar chart-bar--found" x="0" y="${top + 17}" width="${width.toFixed(1)}" height="12"/>`,
      `<text class="chart-small chart-value" x="${(width + 5).toFixed(1)}" y="${top + 28}">${bar.value === null ? 'not tried' : percent(bar.value)}</text>`,
    ];
  });
  const description = bars.map((b) => `${b.label}: ${b.value === null ? 'not tried' : `average ${percent(b.value)}`}.`).join(' ');
  return svg('accuracy-chart', Math.max(bars.length * BAR_ROW, BAR_ROW), idPrefix, 'Average score, exercise by exercise', description, body.filter(Boolean));
}

const CHECK_LEFT = 118;
const CHECK_RIGHT = WIDTH - 10;
const CHECK_TOP = 34;
const CHECK_ROW = 20;
const checkX = (value: number) => CHECK_LEFT + value * (CHECK_RIGHT - CHECK_LEFT);

/** The shape each check is drawn with, for the chart and its key: hollow circle, filled circle, diamond. */
export const CHECK_MARK = {
  pre: (x: number, y: number) => `<circle class="chart-mark chart-mark--pre" cx="${x.toFixed(1)}" cy="${y}" r="5"/>`,
  post: (x: number, y: number) => `<circle class="chart-mark chart-mark--post" cx="${x.toFixed(1)}" cy="${y}" r="5"/>`,
  delayed: (x: number, y: number) => `<path class="chart-mark chart-mark--delayed" d="M${x.toFixed(1)} ${y - 6}l6 6-6 6-6-6z"/>`,
} as const;

/** One row per student: the pre-check, post-check and delayed check on one 0 to 100% line. */
export function checksChart(rows: readonly CheckRow[], moduleTitle: string, idPrefix: string): string {
  const ticks = [0, 0.25, 0.5, 0.75, 1].flatMap((t) => [
    `<line class="chart-grid" x1="${checkX(t)}" y1="${CHECK_TOP - 8}" x2="${checkX(t)}" y2="${CHECK_TOP + rows.length * CHECK_ROW}"/>`,
    `<text class="chart-small" x="${checkX(t)}" y="${CHECK_TOP - 14}" text-anchor="middle">${percent(t)}</text>`,
  ]);
  const marks = rows.flatMap((row, i) => {
    const y = CHECK_TOP + i * CHECK_ROW + CHECK_ROW / 2;
    return [
      `<text class="chart-small" x="0" y="${y + 4}">${xmlEscape(fitLabel(row.student, 17))}</text>`,
      row.pre !== null && row.post !== null ? `<line class="chart-link" x1="${checkX(row.pre).toFixed(1)}" y1="${y}" x2="${checkX(row.post).toFixed(1)}" y2="${y}"/>` : '',
      row.pre === null ? '' : CHECK_MARK.pre(checkX(row.pre), y),
      row.post === null ? '' : CHECK_MARK.post(checkX(row.post), y),
      row.delayed === null ? '' : CHECK_MARK.delayed(checkX(row.delayed), y),
    ];
  });
  const typical = (what: string, value: number | null) => `${what} ${value === null ? 'not done by anyone' : percent(value)}`;
  const { higher, both } = gained(rows);
  const description = `${rows.length} ${rows.length === 1 ? 'student' : 'students'}. Median ${typical('pre-check', median(rows.map((r) => r.pre)))}, ${typical('post-check', median(rows.map((r) => r.post)))}, ${typical('delayed check', median(rows.map((r) => r.delayed)))}. ${higher} of ${both} with both checks done scored higher on the post-check than on the pre-check.`;
  return svg('checks-chart', CHECK_TOP + rows.length * CHECK_ROW + 6, idPrefix, `${moduleTitle}: each student's checks`, description, [...ticks, ...marks.filter(Boolean)]);
}

const PLOT = { left: 44, right: WIDTH - 12, top: 12, bottom: 300 };
const plotX = (rate: number) => PLOT.left + rate * (PLOT.right - PLOT.left);
const plotY = (rate: number) => PLOT.bottom - rate * (PLOT.bottom - PLOT.top);

/** Each lean's mark, told apart by shape: filled circle, square, triangle, hollow circle. */
export function leanMark(lean: Exclude<Lean, 'too-few'>, x: number, y: number, r: number): string {
  const at = (n: number) => n.toFixed(1);
  switch (lean) {
    case 'discerning':
      return `<circle class="chart-mark chart-mark--discerning" cx="${at(x)}" cy="${at(y)}" r="${at(r)}"/>`;
    case 'flags-everything':
      return `<rect class="chart-mark chart-mark--flags" x="${at(x - r)}" y="${at(y - r)}" width="${at(2 * r)}" height="${at(2 * r)}"/>`;
    case 'trusts-everything':
      return `<path class="chart-mark chart-mark--trusts" d="M${at(x)} ${at(y - r * 1.2)}L${at(x + r * 1.1)} ${at(y + r * 0.8)}H${at(x - r * 1.1)}z"/>`;
    case 'mixed':
      return `<circle class="chart-mark chart-mark--mixed" cx="${at(x)}" cy="${at(y)}" r="${at(r)}"/>`;
  }
}

/**
 * Problems found (up) against sound items flagged (across), one mark per student, students at the
 * same point drawn as one larger mark with their number. Top left is discernment; along the
 * diagonal a student flags problems and sound items alike, guessing or leaning one way.
 */
export function leanChart(students: readonly StudentDiscernment[], idPrefix: string): string {
  const placed = new Map<string, { lean: Exclude<Lean, 'too-few'>; hit: number; alarm: number; count: number }>();
  for (const s of students) {
    if (s.lean === 'too-few' || s.hitRate === null || s.falseAlarmRate === null) continue;
    const key = `${s.lean}|${s.hitRate.toFixed(2)}|${s.falseAlarmRate.toFixed(2)}`;
    const held = placed.get(key);
    if (held) held.count++;
    else placed.set(key, { lean: s.lean, hit: s.hitRate, alarm: s.falseAlarmRate, count: 1 });
  }
  const frame = [
    `<rect class="chart-frame" x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}"/>`,
    `<line class="chart-grid chart-grid--chance" x1="${plotX(0)}" y1="${plotY(0)}" x2="${plotX(1)}" y2="${plotY(1)}"/>`,
    ...[0, 0.5, 1].flatMap((t) => [
      `<text class="chart-small" x="${plotX(t)}" y="${PLOT.bottom + 16}" text-anchor="middle">${percent(t)}</text>`,
      `<text class="chart-small" x="${PLOT.left - 6}" y="${plotY(t) + 4}" text-anchor="end">${percent(t)}</text>`,
    ]),
    `<text class="chart-small" x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 34}" text-anchor="middle">Sound items flagged as problems</text>`,
    `<text class="chart-small" transform="translate(12 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle">Problems found</text>`,
    `<text class="chart-corner" x="${PLOT.left + 8}" y="${PLOT.top + 18}">Tells them apart</text>`,
    `<text class="chart-corner" x="${PLOT.right - 8}" y="${PLOT.top + 18}" text-anchor="end">Flags everything</text>`,
    `<text class="chart-corner" x="${PLOT.left + 8}" y="${PLOT.bottom - 8}">Trusts everything</text>`,
  ];
  const marks = [...placed.values()]
    .sort((a, b) => b.count - a.count)
    .flatMap((p) => {
      const x = plotX(p.alarm);
      const y = plotY(p.hit);
      const r = 5 + 2 * Math.sqrt(p.count - 1);
      return [leanMark(p.lean, x, y, r), p.count > 1 ? `<text class="chart-count" x="${x.toFixed(1)}" y="${(y + 4).toFixed(1)}" text-anchor="middle">${p.count}</text>` : ''];
    });
  const description = `${students.length} ${students.length === 1 ? 'student' : 'students'}: ${leanCounts(students)
    .map(({ lean, count }) => `${LEAN_LABEL[lean].toLowerCase()}, ${count}`)
    .join('; ')}.`;
  return svg('lean-chart', PLOT.bottom + 42, idPrefix, 'Problems found against sound items flagged, student by student', description, [...frame, ...marks.filter(Boolean)]);
}
