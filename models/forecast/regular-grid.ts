/** A series laid on a regular grid of its own interval: slot k is `start + k * stepMs`, NaN where nothing was observed. */
export interface RegularSeries {
  start: number;
  stepMs: number;
  y: Float64Array;
  /** Observations that shared a slot with another (averaged). */
  duplicates: number;
  /** Empty slots between the first and last observation. */
  gaps: number;
}

export type RegularOutcome = { ok: true; series: RegularSeries } | { ok: false; reason: string };

const MAX_SLOTS = 5_000_000;

/** The series' own interval: the median of the positive steps between observations, so jitter and gaps do not move it. */
export function medianStep(t: Float64Array): number {
  const steps: number[] = [];
  for (let i = 1; i < t.length; i++) {
    const d = t[i]! - t[i - 1]!;
    if (d > 0) steps.push(d);
  }
  if (steps.length === 0) return NaN;
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)]!;
}

/**
 * Put every observation in the slot nearest its time, average slot-mates, and leave empty slots as NaN.
 * Gaps stay gaps (never closed up), so the season index of every later point is where the clock says it is.
 */
export function regularize(t: Float64Array, v: Float64Array, stepMs?: number): RegularOutcome {
  let first = -1;
  let last = -1;
  for (let i = 0; i < t.length; i++) {
    if (Number.isFinite(v[i]!) && Number.isFinite(t[i]!)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return { ok: false, reason: 'the series has no values' };
  const step = stepMs ?? medianStep(t);
  if (!Number.isFinite(step) || step <= 0) return { ok: false, reason: 'the series needs at least two distinct timestamps' };
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = first; i <= last; i++) {
    if (!Number.isFinite(v[i]!)) continue;
    lo = Math.min(lo, t[i]!);
    hi = Math.max(hi, t[i]!);
  }
  const slots = Math.round((hi - lo) / step) + 1;
  if (slots > MAX_SLOTS) return { ok: false, reason: `the series spans ${slots} steps of its interval; at most ${MAX_SLOTS} can be forecast` };
  const sum = new Float64Array(slots);
  const count = new Uint32Array(slots);
  let duplicates = 0;
  for (let i = first; i <= last; i++) {
    const x = v[i]!;
    if (!Number.isFinite(x)) continue;
    const k = Math.round((t[i]! - lo) / step);
    if (count[k]! > 0) duplicates++;
    sum[k]! += x;
    count[k]!++;
  }
  const y = new Float64Array(slots);
  let gaps = 0;
  for (let k = 0; k < slots; k++) {
    if (count[k]! === 0) {
      y[k] = NaN;
      gaps++;
    } else y[k] = sum[k]! / count[k]!;
  }
  return { ok: true, series: { start: lo, stepMs: step, y, duplicates, gaps } };
}
