import { loessAt, loessSmooth } from './loess';

export interface StlOptions {
  period: number;
  /** Seasonal smoothing window (odd, ≥ 7 per Cleveland et al.). */
  seasonalWindow: number;
  trendWindow?: number;
  lowPassWindow?: number;
  inner?: number;
  /** Robustness passes: each reweights points by their remainder (bisquare) so outliers stop pulling the fit. */
  outer?: number;
}

export interface StlResult {
  seasonal: Float64Array;
  trend: Float64Array;
  remainder: Float64Array;
  weights: Float64Array | null;
}

const nextOdd = (x: number) => {
  const r = Math.ceil(x);
  return r % 2 === 0 ? r + 1 : r;
};

/** Moving average of length len over x, writing x.length − len + 1 values. */
function movingAverage(x: Float64Array, len: number, out: Float64Array): void {
  const m = x.length - len + 1;
  let s = 0;
  for (let i = 0; i < len; i++) s += x[i]!;
  out[0] = s / len;
  for (let i = 1; i < m; i++) {
    s += x[i + len - 1]! - x[i - 1]!;
    out[i] = s / len;
  }
}

/** Seasonal-Trend decomposition by Loess (Cleveland, Cleveland, McRae & Terpenning 1990), defaults as in statsmodels STL. */
export function stl(y: Float64Array, opts: StlOptions): StlResult {
  const n = y.length;
  const p = opts.period;
  const ns = nextOdd(Math.max(3, opts.seasonalWindow));
  const nt = opts.trendWindow ?? nextOdd((1.5 * p) / (1 - 1.5 / ns));
  const nl = opts.lowPassWindow ?? nextOdd(p);
  const inner = opts.inner ?? 2;
  const outer = opts.outer ?? 0;
  const jumpS = Math.ceil(ns / 10);
  const jumpT = Math.ceil(nt / 10);
  const jumpL = Math.ceil(nl / 10);

  const trend = new Float64Array(n);
  const seasonal = new Float64Array(n);
  const detrended = new Float64Array(n);
  const cycle = new Float64Array(n + 2 * p);
  const ma1 = new Float64Array(n + p + 1);
  const ma2 = new Float64Array(n + 2);
  const ma3 = new Float64Array(n);
  const low = new Float64Array(n);
  const deseason = new Float64Array(n);
  const k = Math.ceil(n / p) + 2;
  const sub = new Float64Array(k);
  const subRw = new Float64Array(k);
  const subOut = new Float64Array(k);
  let rw: Float64Array | null = null;

  for (let o = 0; o <= outer; o++) {
    for (let it = 0; it < inner; it++) {
      for (let i = 0; i < n; i++) detrended[i] = y[i]! - trend[i]!;
      // Cycle-subseries smoothing, extended one season at both ends.
      for (let j = 0; j < p; j++) {
        let len = 0;
        for (let i = j; i < n; i += p) {
          sub[len] = detrended[i]!;
          if (rw) subRw[len] = rw[i]!;
          len++;
        }
        if (len === 0) continue;
        const subY = sub.subarray(0, len);
        const subW = rw ? subRw.subarray(0, len) : null;
        const smoothed = loessSmooth(subY, ns, 0, jumpS, subW, subOut.subarray(0, len));
        const winL = Math.min(ns, len);
        const before = loessAt(subY, ns, 0, -1, 0, winL - 1, subW);
        const after = loessAt(subY, ns, 0, len, len - winL, len - 1, subW);
        cycle[j] = Number.isNaN(before) ? smoothed[0]! : before;
        for (let s = 0; s < len; s++) cycle[p + j + s * p] = smoothed[s]!;
        const lastIdx = p + j + len * p;
        if (lastIdx < n + 2 * p) cycle[lastIdx] = Number.isNaN(after) ? smoothed[len - 1]! : after;
      }
      // Low-pass filter of the cycle: MA(p), MA(p), MA(3), then loess.
      movingAverage(cycle, p, ma1);
      movingAverage(ma1.subarray(0, n + p + 1), p, ma2);
      movingAverage(ma2.subarray(0, n + 2), 3, ma3);
      loessSmooth(ma3, nl, 1, jumpL, null, low);
      for (let i = 0; i < n; i++) {
        seasonal[i] = cycle[p + i]! - low[i]!;
        deseason[i] = y[i]! - seasonal[i]!;
      }
      loessSmooth(deseason, nt, 1, jumpT, rw, trend);
    }
    if (o < outer) {
      rw = rw ?? new Float64Array(n);
      const abs = new Float64Array(n);
      for (let i = 0; i < n; i++) abs[i] = Math.abs(y[i]! - trend[i]! - seasonal[i]!);
      const sorted = Float64Array.from(abs).sort();
      // A floor on the scale keeps near-perfect fits from giving every point zero weight.
      let level = 0;
      for (let i = 0; i < n; i++) level += Math.abs(y[i]!) / n;
      const h = Math.max(6 * (0.5 * (sorted[Math.floor((n - 1) / 2)]! + sorted[Math.ceil((n - 1) / 2)]!)), 1e-3 * level);
      for (let i = 0; i < n; i++) {
        const u = h > 0 ? abs[i]! / h : 0;
        rw[i] = u < 1 ? (1 - u * u) ** 2 : 0;
      }
    }
  }
  const remainder = new Float64Array(n);
  for (let i = 0; i < n; i++) remainder[i] = y[i]! - trend[i]! - seasonal[i]!;
  return { seasonal, trend, remainder, weights: rw };
}
