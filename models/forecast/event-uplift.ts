import type { EventUplift, TimeWindow } from '../../shared/forecast';
import type { Series } from '../../shared/series';
import { fillGaps } from './fill-gaps';
import { findSeasons } from './find-seasons';
import { regularize } from './regular-grid';

export type UpliftOutcome = { ok: true; uplifts: EventUplift[]; periods: number[]; notes: string[] } | { ok: false; reason: string };

const MAX_SHAPE_POINTS = 240;
/** The uplift is read through a half-hour moving average: the maximum of raw noisy ratios would overstate the peak. */
const SMOOTH_MS = 35 * 60_000;

/**
 * Learn what each marked past event did to the series: the counterfactual baseline inside the window is the
 * season-aware infill of the history with every marked window removed (the previous cycle's shape, levelled to
 * meet the observed values at both ends — a seasonal "synthetic control"), and the uplift is observed ÷ baseline.
 */
export function learnUplifts(series: Series, windows: TimeWindow[]): UpliftOutcome {
  const grid = regularize(series.t, series.v);
  if (!grid.ok) return grid;
  const { start, stepMs, y } = grid.series;
  const n = y.length;
  const masked = Float64Array.from(y);
  const spans: [number, number][] = [];
  const notes: string[] = [];
  for (const w of windows) {
    const a = Math.max(0, Math.ceil((w.start - start) / stepMs));
    const b = Math.min(n - 1, Math.floor((w.end - start) / stepMs));
    if (b < a) {
      notes.push(`the window ${new Date(w.start).toISOString()} – ${new Date(w.end).toISOString()} lies outside the series`);
      spans.push([-1, -1]);
      continue;
    }
    for (let i = a; i <= b; i++) masked[i] = NaN;
    spans.push([a, b]);
  }
  const periods = findSeasons(masked, stepMs);
  // Weekly shape if the data has one (a sale on a Saturday is compared with Saturdays), else daily.
  const period = periods[periods.length - 1] ?? 1;
  const baseline = fillGaps(masked, period, 0);
  const uplifts: EventUplift[] = [];
  windows.forEach((w, wi) => {
    const [a, b] = spans[wi]!;
    if (a < 0) return;
    const ratio = new Float64Array(b - a + 1);
    for (let i = a; i <= b; i++) ratio[i - a] = baseline[i]! > 0 && Number.isFinite(y[i]!) ? y[i]! / baseline[i]! : NaN;
    const smooth = new Float64Array(ratio.length);
    const half = Math.max(0, Math.floor(SMOOTH_MS / stepMs / 2));
    for (let k = 0; k < ratio.length; k++) {
      let s = 0;
      let c = 0;
      for (let j = Math.max(0, k - half); j <= Math.min(ratio.length - 1, k + half); j++) {
        if (Number.isFinite(ratio[j]!)) {
          s += ratio[j]!;
          c++;
        }
      }
      smooth[k] = c > 0 ? s / c : NaN;
    }
    let peak = -1;
    for (let k = 0; k < smooth.length; k++) if (Number.isFinite(smooth[k]!) && (peak < 0 || smooth[k]! > smooth[peak]!)) peak = k;
    if (peak < 0) {
      notes.push(`no usable values in the window starting ${new Date(w.start).toISOString()}`);
      return;
    }
    const stride = Math.max(1, Math.ceil(smooth.length / MAX_SHAPE_POINTS));
    const shape: EventUplift['shape'] = [];
    for (let k = 0; k < smooth.length; k += stride) if (Number.isFinite(smooth[k]!)) shape.push({ offsetMinutes: ((a + k) * stepMs + start - w.start) / 60_000, multiplier: smooth[k]! });
    const peakAt = start + (a + peak) * stepMs;
    uplifts.push({
      window: w,
      peakMultiplier: smooth[peak]!,
      peakAt,
      observedPeak: smooth[peak]! * baseline[a + peak]!,
      baselineAtPeak: baseline[a + peak]!,
      rampMinutes: Math.max(0, (peakAt - w.start) / 60_000),
      shape,
    });
  });
  return { ok: true, uplifts, periods, notes };
}
