import type { Series } from '../../shared/series';

/** A series that counts up forever (Prometheus `_total`, `_count`; a `count` unit from a counter name). */
export function isCounter(s: Pick<Series, 'name' | 'labels' | 'unit'>): boolean {
  const metric = s.labels['__name__'] ?? s.name;
  return /(_total|_count|_sum)(\{|$)/.test(metric) || /(_total|_count)$/.test(s.name);
}

/**
 * Per-second rate of a monotonic counter, as Prometheus `rate()` reads it between consecutive samples:
 * a drop in value is a counter reset (the process restarted), so the increase across it is the new value
 * itself (Prometheus docs, "rate()": "breaks in monotonicity are automatically adjusted for").
 * The result has one point per interval, stamped at the interval's end; gaps (NaN) break the chain.
 */
export function counterRate(s: Series): { series: Series; resets: number } {
  const n = s.t.length;
  const t = new Float64Array(Math.max(0, n - 1));
  const v = new Float64Array(Math.max(0, n - 1));
  let resets = 0;
  for (let i = 1; i < n; i++) {
    const a = s.v[i - 1]!;
    const b = s.v[i]!;
    const dt = (s.t[i]! - s.t[i - 1]!) / 1000;
    t[i - 1] = s.t[i]!;
    if (Number.isNaN(a) || Number.isNaN(b) || !(dt > 0)) {
      v[i - 1] = Number.NaN;
      continue;
    }
    let increase = b - a;
    if (increase < 0) {
      increase = b;
      resets++;
    }
    v[i - 1] = increase / dt;
  }
  const unit = s.unit === 'count' || s.unit === '' ? '/s' : `${s.unit}/s`;
  return { series: { ...s, id: `${s.id}-rate`, name: `rate(${s.name})`, unit, t, v }, resets };
}
