/**
 * Seasonal indices of classical decomposition (R stats::decompose): a centred moving average of order m (2×m for
 * even m) as trend, the per-phase mean of y/trend (or y − trend), normalised to mean 1 (or 0).
 * Index j is the phase of y[j], so y[i] belongs to phase i mod m.
 */
export function classicalSeasonalIndices(y: Float64Array, m: number, kind: 'multiplicative' | 'additive'): Float64Array {
  const n = y.length;
  const sums = new Float64Array(m);
  const counts = new Float64Array(m);
  const half = Math.floor(m / 2);
  const even = m % 2 === 0;
  for (let i = half; i < n - half; i++) {
    let s = 0;
    if (even) {
      s = 0.5 * y[i - half]! + 0.5 * y[i + half]!;
      for (let k = i - half + 1; k < i + half; k++) s += y[k]!;
    } else for (let k = i - half; k <= i + half; k++) s += y[k]!;
    const trend = s / m;
    const detrended = kind === 'multiplicative' ? y[i]! / trend : y[i]! - trend;
    if (!Number.isFinite(detrended)) continue;
    sums[i % m]! += detrended;
    counts[i % m]!++;
  }
  const idx = new Float64Array(m);
  let mean = 0;
  for (let j = 0; j < m; j++) {
    idx[j] = counts[j]! > 0 ? sums[j]! / counts[j]! : kind === 'multiplicative' ? 1 : 0;
    mean += idx[j]!;
  }
  mean /= m;
  for (let j = 0; j < m; j++) idx[j] = kind === 'multiplicative' ? idx[j]! / mean : idx[j]! - mean;
  return idx;
}
