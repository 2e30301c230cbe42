/**
 * Winsorise points that stray more than `k` robust standard deviations (1.4826 × MAD, Hampel 1974) from a
 * seasonal running median — the median of the same phase over the seven nearest cycles — so an incident's dip or
 * a one-off spike stops dragging the level and the seasonal shape. A median of seven tolerates a bad stretch
 * three cycles long, where a loess trend would follow it. Returns the cleaned copy and how many points were clipped.
 */
export function clipOutliers(y: Float64Array, periods: number[], k = 5): { y: Float64Array; clipped: number } {
  const n = y.length;
  const out = Float64Array.from(y);
  const candidates = periods.filter((p) => n >= 5 * p);
  const p = candidates[candidates.length - 1] ?? 1;
  const span = 3;
  if (n < 2 * span + 1) return { y: out, clipped: 0 };
  const baseline = new Float64Array(n);
  const window = new Float64Array(2 * span + 1);
  for (let i = 0; i < n; i++) {
    let c = 0;
    // The seven nearest same-phase points, shifted inward at the ends.
    let lo = i - span * p;
    while (lo < 0) lo += p;
    let hi = lo + 2 * span * p;
    while (hi >= n) {
      hi -= p;
      if (lo - p >= 0) lo -= p;
    }
    // Insertion sort: at most seven values.
    for (let j = lo; j <= hi; j += p) {
      const x = y[j]!;
      let k = c++;
      while (k > 0 && window[k - 1]! > x) {
        window[k] = window[k - 1]!;
        k--;
      }
      window[k] = x;
    }
    baseline[i] = c % 2 ? window[(c - 1) / 2]! : 0.5 * (window[c / 2 - 1]! + window[c / 2]!);
  }
  const abs = new Float64Array(n);
  for (let i = 0; i < n; i++) abs[i] = Math.abs(y[i]! - baseline[i]!);
  abs.sort();
  const mad = 0.5 * (abs[Math.floor((n - 1) / 2)]! + abs[Math.ceil((n - 1) / 2)]!);
  const limit = k * 1.4826 * mad;
  let clipped = 0;
  if (!(limit > 0)) return { y: out, clipped };
  for (let i = 0; i < n; i++) {
    const r = y[i]! - baseline[i]!;
    if (Math.abs(r) > limit) {
      out[i] = baseline[i]! + Math.sign(r) * limit;
      clipped++;
    }
  }
  return { y: out, clipped };
}
