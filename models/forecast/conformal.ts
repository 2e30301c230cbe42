/**
 * Split-conformal prediction half-widths per horizon step (Vovk, Gammerman & Shafer 2005; the per-step variant of
 * statsforecast's ConformalIntervals): the ⌈(N+1)(1−α)⌉-th smallest absolute backtest error at that step.
 * Few folds give few errors per step, so each step pools the errors of its neighbouring steps (a window that
 * widens with the horizon), and the widths are made non-decreasing in the horizon.
 */
export function conformalHalfWidths(residuals: Float64Array[], horizon: number, level: number): Float64Array {
  const out = new Float64Array(horizon);
  const hb = residuals[0]?.length ?? 0;
  if (hb === 0) return out.fill(NaN);
  const buffer = new Float64Array(1200 + 2 * residuals.length);
  const width = (k: number) => {
    const w = Math.max(1, Math.round(k * 0.25));
    // Long horizons: sample the window evenly so a step never pools more than ~600 errors.
    const stride = Math.max(1, Math.floor(((2 * w + 1) * residuals.length) / 600));
    let count = 0;
    for (const r of residuals) for (let j = Math.max(0, k - w); j <= Math.min(hb - 1, k + w); j += stride) if (Number.isFinite(r[j]!)) buffer[count++] = Math.abs(r[j]!);
    const pool = buffer.subarray(0, count).sort();
    const rank = Math.ceil((count + 1) * level);
    return count === 0 ? NaN : rank > count ? pool[count - 1]! * (1 + (rank - count) / count) : pool[rank - 1]!;
  };
  // Every step up to 64, then anchors 1/64 of the horizon apart with linear interpolation between them.
  const last = Math.min(horizon, hb) - 1;
  const gap = Math.max(1, Math.ceil(last / 64));
  let prev = -1;
  for (let k = 0; k <= last; k = k < 64 ? k + 1 : Math.min(last, k + gap)) {
    out[k] = width(k);
    for (let j = prev + 1; j < k; j++) out[j] = out[prev]! + ((out[k]! - out[prev]!) * (j - prev)) / (k - prev);
    prev = k;
    if (k === last) break;
  }
  for (let k = 1; k < Math.min(horizon, hb); k++) out[k] = Math.max(out[k]!, out[k - 1]!);
  // Past the backtested horizon the width grows like a random walk's, √(k / hb) (Hyndman & Athanasopoulos, FPP3 §5.5).
  for (let k = hb; k < horizon; k++) out[k] = out[hb - 1]! * Math.sqrt((k + 1) / hb);
  return out;
}
