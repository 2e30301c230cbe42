import { lttb } from '../../models/series/lttb';
import type { Series } from '../../shared/series';
import type { TimeRange } from '../store/ui';

/** First index with t ≥ x (binary search on the ascending time column). */
function lowerBound(t: Float64Array, x: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface ChartPoint {
  t: number;
  v: number | null;
}

/** The part of a series inside the range, downsampled to about one point per pixel column. */
export function visiblePoints(series: Series, range: TimeRange | null, width: number): { points: ChartPoint[]; inRange: number } {
  const from = range ? lowerBound(series.t, range.start) : 0;
  const to = range ? lowerBound(series.t, range.end + 1) : series.t.length;
  const t = series.t.subarray(from, to);
  const v = series.v.subarray(from, to);
  const down = lttb(t, v, Math.max(3, Math.floor(width)));
  const points: ChartPoint[] = new Array(down.t.length);
  for (let i = 0; i < down.t.length; i++) {
    const x = down.v[i]!;
    points[i] = { t: down.t[i]!, v: Number.isNaN(x) ? null : x };
  }
  return { points, inRange: t.length };
}
