import type { Series } from '../../shared/series';

const DAY_MS = 86_400_000;

export interface TypicalPeak {
  rps: number;
  days: number;
  /** Highest daily maximum among the days used (a past sale shows here, not in `rps`). */
  highestDailyMax: number;
}

/**
 * The normal daily peak: the median of the daily maxima (UTC days) over the last `days` days with data. The median
 * keeps a past sale day or an outage from setting the baseline (Hampel, "The influence curve and its role in robust
 * estimation", 1974: the median's breakdown point is 50 %).
 */
export function typicalDailyPeak(series: Series, days = 28): TypicalPeak | null {
  const maxima = new Map<number, number>();
  for (let i = 0; i < series.t.length; i++) {
    const v = series.v[i]!;
    if (!Number.isFinite(v)) continue;
    const day = Math.floor(series.t[i]! / DAY_MS);
    const m = maxima.get(day);
    if (m === undefined || v > m) maxima.set(day, v);
  }
  const recent = [...maxima.entries()]
    .sort((a, b) => a[0] - b[0])
    .slice(-days)
    .map(([, m]) => m);
  if (recent.length === 0) return null;
  const sorted = [...recent].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { rps: median, days: recent.length, highestDailyMax: sorted[sorted.length - 1]! };
}
