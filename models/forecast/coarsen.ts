import type { Series } from '../../shared/series';

/** Bucket means of a series on a coarser grid (buckets start at multiples of `stepMs` since the epoch); empty buckets are left out. */
export function coarsen(series: Series, stepMs: number): Series {
  const sums = new Map<number, { s: number; c: number }>();
  for (let i = 0; i < series.t.length; i++) {
    const v = series.v[i]!;
    if (!Number.isFinite(v)) continue;
    const b = Math.floor(series.t[i]! / stepMs) * stepMs;
    const e = sums.get(b);
    if (e) {
      e.s += v;
      e.c++;
    } else sums.set(b, { s: v, c: 1 });
  }
  const keys = [...sums.keys()].sort((a, b) => a - b);
  return {
    ...series,
    t: Float64Array.from(keys),
    v: Float64Array.from(keys, (k) => sums.get(k)!.s / sums.get(k)!.c),
  };
}

/** Linear interpolation of (xs, ys) at x, holding the end values outside. */
export function interpolate(xs: Float64Array, ys: Float64Array, x: number): number {
  const n = xs.length;
  if (n === 0) return NaN;
  if (x <= xs[0]!) return ys[0]!;
  if (x >= xs[n - 1]!) return ys[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid;
    else hi = mid;
  }
  return ys[lo]! + ((ys[hi]! - ys[lo]!) * (x - xs[lo]!)) / (xs[hi]! - xs[lo]!);
}
