import type { ChartTone, ReportChart } from './report-model';
import { el, type SvgNode } from './svg-node';

/** Fixed, print-safe colours: a report is light on paper whatever the app's theme. */
export const TONE_COLOURS: Record<ChartTone, string> = {
  primary: '#2563c9',
  forecast: '#7048b8',
  scenario: '#d2601a',
  muted: '#7a7f87',
  bad: '#c42b43',
  good: '#23865a',
};
const SPAN_COLOURS = { event: '#d9a400', incident: '#d64561' } as const;
const INK = '#1f2329';
const GRID = '#dde1e6';
const FONT = 'Helvetica, Arial, sans-serif';

export const CHART_WIDTH = 680;
export const CHART_HEIGHT = 260;
const MARGIN = { left: 66, right: 16, bottom: 26 };
const LEGEND_ROW = 16;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const X_STEPS = [HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY];

/** "Nice numbers for graph labels" (Heckbert, Graphics Gems, 1990): steps of 1, 2 or 5 × 10^k. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

function yLabel(v: number, format: ReportChart['yFormat']): string {
  if (format === 'percent') return `${Math.round(v * 100).toLocaleString('en-US')} %`;
  const a = Math.abs(v);
  if (a >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (a >= 1e4) return `${Number((v / 1e3).toPrecision(3))}k`;
  return Number(v.toPrecision(4)).toLocaleString('en-US');
}

function xLabel(t: number, step: number): string {
  const iso = new Date(t).toISOString();
  return step < DAY ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(5, 10);
}

function yExtent(c: ReportChart): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const take = (v: number) => {
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  };
  for (const l of c.lines) l.v.forEach(take);
  for (const b of c.bands) {
    b.lo.forEach(take);
    b.hi.forEach(take);
  }
  for (const th of c.thresholds) take(th.v);
  for (const m of c.markers ?? []) [m.v, m.lo, m.hi].forEach(take);
  if (!Number.isFinite(lo)) return [0, 1];
  // Rates and shares read best from zero; a series that dips below zero keeps its own floor.
  if (lo > 0) lo = 0;
  if (hi === lo) hi = lo + 1;
  return [lo, hi + (hi - lo) * 0.05];
}

/** Overlapping spans of the same label and tone drawn once, so their shading does not stack. */
function mergeSpans(spans: ReportChart['spans']): ReportChart['spans'] {
  const out: ReportChart['spans'] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && last.label === s.label && last.tone === s.tone && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

const path = (pts: [number, number][]): string => pts.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join('');

/** Draw a report chart as SVG: axes with nice ticks, shaded spans, bands, lines, reference lines and a legend. */
export function chartSvg(c: ReportChart, width = CHART_WIDTH, height = CHART_HEIGHT): SvgNode {
  const clipId = `plot-${c.id.replace(/[^\w-]/g, '-')}`;
  // The legend wraps onto as many rows as it needs; the plot starts below it.
  const legendItems: { name: string; tone: ChartTone; band: boolean; x: number; row: number }[] = [];
  let lx = MARGIN.left;
  let row = 0;
  for (const item of [...c.lines.map((l) => ({ name: l.name, tone: l.tone, band: false })), ...c.bands.map((b) => ({ name: b.name, tone: b.tone, band: true }))]) {
    const w = 21 + item.name.length * 5.3 + 14;
    if (lx + w > width - MARGIN.right && lx > MARGIN.left) {
      row++;
      lx = MARGIN.left;
    }
    legendItems.push({ ...item, x: lx, row });
    lx += w;
  }
  const M = { ...MARGIN, top: 14 + (row + 1) * LEGEND_ROW };
  const pw = width - M.left - M.right;
  const ph = height - M.top - M.bottom;
  const [y0, y1raw] = yExtent(c);
  const yTicks = niceTicks(y0, y1raw, 5);
  const y1 = Math.max(y1raw, yTicks[yTicks.length - 1] ?? y1raw);
  const x0 = c.x.start;
  const x1 = c.x.end > c.x.start ? c.x.end : c.x.start + 1;
  const sx = (t: number) => M.left + ((Math.min(x1, Math.max(x0, t)) - x0) / (x1 - x0)) * pw;
  const sy = (v: number) => M.top + ph - ((v - y0) / (y1 - y0)) * ph;
  const xStep = X_STEPS.find((s) => (x1 - x0) / s <= 8) ?? X_STEPS[X_STEPS.length - 1]!;
  const xTicks: number[] = [];
  for (let t = Math.ceil(x0 / xStep) * xStep; t <= x1; t += xStep) xTicks.push(t);

  const text = (x: number, y: number, s: string, anchor: 'start' | 'middle' | 'end', size = 10, fill = INK) =>
    el('text', { x: x.toFixed(1), y: y.toFixed(1), 'text-anchor': anchor, 'font-size': size, fill }, s);
  const grid = el(
    'g',
    { class: 'chart-axes' },
    ...yTicks.flatMap((v) => [el('line', { x1: M.left, x2: M.left + pw, y1: sy(v).toFixed(1), y2: sy(v).toFixed(1), stroke: GRID, 'stroke-width': 1 }), text(M.left - 6, sy(v) + 3.5, yLabel(v, c.yFormat), 'end')]),
    ...xTicks.flatMap((t) => [el('line', { x1: sx(t).toFixed(1), x2: sx(t).toFixed(1), y1: M.top + ph, y2: M.top + ph + 4, stroke: INK, 'stroke-width': 1 }), text(sx(t), M.top + ph + 16, xLabel(t, xStep), sx(t) > M.left + pw - 30 ? 'end' : sx(t) < M.left + 30 ? 'start' : 'middle')]),
    el('line', { x1: M.left, x2: M.left + pw, y1: M.top + ph, y2: M.top + ph, stroke: INK, 'stroke-width': 1 }),
    el('text', { x: 12, y: (M.top + ph / 2).toFixed(1), 'font-size': 10, fill: INK, 'text-anchor': 'middle', transform: `rotate(-90 12 ${(M.top + ph / 2).toFixed(1)})` }, c.unit),
  );
  // A label is drawn only where it does not run into the previous one: a burst of alerts stays legible.
  let labelEnd = -Infinity;
  const spans = mergeSpans(c.spans.filter((s) => s.end >= x0 && s.start <= x1)).map((s) => {
    const a = sx(s.start);
    const w = Math.max(2, sx(s.end) - a);
    const label = s.label.length > 28 ? `${s.label.slice(0, 27)}…` : s.label;
    const showLabel = label.length > 0 && a > labelEnd;
    if (showLabel) labelEnd = a + label.length * 5 + 8;
    return el(
      'g',
      {},
      el('rect', { x: a.toFixed(1), y: M.top, width: w.toFixed(1), height: ph, fill: SPAN_COLOURS[s.tone], 'fill-opacity': 0.14 }),
      ...(showLabel ? [text(a + 2, M.top + 10, label, 'start', 9, '#5b5f66')] : []),
    );
  });
  const bands = c.bands.map((b) => {
    const upper = b.t.map((t, i): [number, number] => [sx(t), sy(b.hi[i]!)]);
    const lower = b.t.map((t, i): [number, number] => [sx(t), sy(b.lo[i]!)]).reverse();
    return el('path', { d: `${path([...upper, ...lower])}Z`, fill: TONE_COLOURS[b.tone], 'fill-opacity': 0.14, stroke: 'none' });
  });
  const lines = c.lines.map((l) =>
    el('path', { d: path(l.t.map((t, i): [number, number] => [sx(t), sy(l.v[i]!)])), fill: 'none', stroke: TONE_COLOURS[l.tone], 'stroke-width': 1.6, 'stroke-linejoin': 'round', ...(l.dashed ? { 'stroke-dasharray': '5 3' } : {}) }),
  );
  const thresholds = c.thresholds.map((th) =>
    el('g', {}, el('line', { x1: M.left, x2: M.left + pw, y1: sy(th.v).toFixed(1), y2: sy(th.v).toFixed(1), stroke: TONE_COLOURS[th.tone], 'stroke-width': 1.2, 'stroke-dasharray': '4 3' }), text(M.left + pw - 4, sy(th.v) - 4, th.label, 'end', 9, TONE_COLOURS[th.tone])),
  );
  const markers = (c.markers ?? []).map((m) => {
    const x = sx(m.t);
    const colour = TONE_COLOURS[m.tone];
    return el(
      'g',
      {},
      el('line', { x1: x.toFixed(1), x2: x.toFixed(1), y1: sy(m.lo).toFixed(1), y2: sy(m.hi).toFixed(1), stroke: colour, 'stroke-width': 1.5 }),
      el('line', { x1: (x - 4).toFixed(1), x2: (x + 4).toFixed(1), y1: sy(m.hi).toFixed(1), y2: sy(m.hi).toFixed(1), stroke: colour, 'stroke-width': 1.5 }),
      el('line', { x1: (x - 4).toFixed(1), x2: (x + 4).toFixed(1), y1: sy(m.lo).toFixed(1), y2: sy(m.lo).toFixed(1), stroke: colour, 'stroke-width': 1.5 }),
      el('circle', { cx: x.toFixed(1), cy: sy(m.v).toFixed(1), r: 3.5, fill: colour }),
      text(x - 7, sy(m.v) + 3.5, m.label, 'end', 9.5, colour),
    );
  });
  // Labels run up the line, so milestones minutes apart stay readable side by side.
  const moments = (c.moments ?? [])
    .filter((m) => m.t >= x0 && m.t <= x1)
    .map((m) => {
      const x = sx(m.t);
      return el(
        'g',
        {},
        el('line', { x1: x.toFixed(1), x2: x.toFixed(1), y1: M.top, y2: M.top + ph, stroke: '#5b5f66', 'stroke-width': 1, 'stroke-dasharray': '2 2' }),
        el('text', { x: (x - 3).toFixed(1), y: M.top + 4, 'font-size': 9, fill: '#3b4048', 'text-anchor': 'end', transform: `rotate(-90 ${(x - 3).toFixed(1)} ${M.top + 4})` }, m.label),
      );
    });
  const legend = legendItems.map((item) => {
    const y = 6 + item.row * LEGEND_ROW;
    return el(
      'g',
      {},
      item.band
        ? el('rect', { x: item.x, y: y + 2, width: 16, height: 10, fill: TONE_COLOURS[item.tone], 'fill-opacity': 0.25 })
        : el('line', { x1: item.x, x2: item.x + 16, y1: y + 7, y2: y + 7, stroke: TONE_COLOURS[item.tone], 'stroke-width': 2 }),
      text(item.x + 21, y + 11, item.name, 'start', 10),
    );
  });
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': c.description, 'font-family': FONT },
    el('defs', {}, el('clipPath', { id: clipId }, el('rect', { x: M.left, y: M.top, width: pw, height: ph }))),
    grid,
    el('g', { 'clip-path': `url(#${clipId})` }, ...spans, ...bands, ...lines),
    ...thresholds,
    ...markers,
    ...moments,
    ...legend,
  );
}
