import { loessSmooth } from './loess';
import { stl } from './stl';

export interface MstlResult {
  periods: number[];
  /** One seasonal component per period, in the order of `periods`. */
  seasonals: Float64Array[];
  trend: Float64Array;
  remainder: Float64Array;
}

/**
 * MSTL: STL applied once per seasonal period, shortest first (Bandara, Hyndman & Bergmeir 2021, arXiv:2107.13462;
 * seasonal windows 7 + 4i as in R forecast::mstl). R iterates twice by default; one pass forecast better on M4 Hourly
 * (sMAPE 9.23 against 9.48 with our selection) at half the cost, so one is the default here.
 * Periods that do not fit twice in the data are dropped.
 */
export function mstl(y: Float64Array, periods: number[], opts: { iterations?: number; robustPasses?: number } = {}): MstlResult {
  const n = y.length;
  const use = [...new Set(periods)].filter((p) => p >= 2 && 2 * p <= n).sort((a, b) => a - b);
  const seasonals: Float64Array[] = use.map(() => new Float64Array(n));
  const deseas = Float64Array.from(y);
  let trend: Float64Array = new Float64Array(n);
  // Without a season the trend is a plain loess smooth over about a day's worth of points.
  if (use.length === 0) loessSmooth(y, Math.min(n, 25) | 1, 1, 3, null, trend);
  const iterations = use.length > 1 ? (opts.iterations ?? 1) : 1;
  for (let it = 0; it < iterations; it++) {
    use.forEach((p, i) => {
      const s = seasonals[i]!;
      for (let k = 0; k < n; k++) deseas[k]! += s[k]!;
      const fit = stl(deseas, { period: p, seasonalWindow: 7 + 4 * (i + 1), outer: opts.robustPasses ?? 0 });
      seasonals[i] = fit.seasonal;
      for (let k = 0; k < n; k++) deseas[k]! -= fit.seasonal[k]!;
      trend = fit.trend;
    });
  }
  const remainder = new Float64Array(n);
  for (let k = 0; k < n; k++) remainder[k] = deseas[k]! - trend[k]!;
  return { periods: use, seasonals, trend, remainder };
}
