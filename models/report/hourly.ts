import type { Series } from '../../shared/series';

export const HOUR_MS = 3_600_000;

/**
 * Hourly means of a series: the report forecasts and draws at the hour, which is what a reader of a printed page
 * can see, and a week ahead at 5-minute steps costs the backtests some 40× more than at hourly steps.
 */
export function hourlyMeans(s: Series): Series {
  if (s.t.length === 0) return s;
  const first = Math.floor(s.t[0]! / HOUR_MS) * HOUR_MS;
  const n = Math.floor((s.t[s.t.length - 1]! - first) / HOUR_MS) + 1;
  const sum = new Float64Array(n);
  const count = new Float64Array(n);
  for (let i = 0; i < s.t.length; i++) {
    const v = s.v[i]!;
    if (!Number.isFinite(v)) continue;
    const k = Math.floor((s.t[i]! - first) / HOUR_MS);
    sum[k]! += v;
    count[k]! += 1;
  }
  const t = new Float64Array(n);
  const v = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    t[k] = first + k * HOUR_MS;
    v[k] = count[k]! > 0 ? sum[k]! / count[k]! : NaN;
  }
  return { ...s, t, v };
}
