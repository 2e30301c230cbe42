import type { Series, SeriesSummary } from '../../shared/series';

/** Count, time span and min/max/mean of the present (non-NaN) values. */
export function summarizeSeries(s: Series): SeriesSummary {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let present = 0;
  for (let i = 0; i < s.v.length; i++) {
    const x = s.v[i]!;
    if (Number.isNaN(x)) continue;
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
    present++;
  }
  const n = s.t.length;
  return {
    name: s.name,
    labels: s.labels,
    unit: s.unit,
    points: n,
    start: n > 0 ? s.t[0]! : null,
    end: n > 0 ? s.t[n - 1]! : null,
    min: present > 0 ? min : null,
    max: present > 0 ? max : null,
    mean: present > 0 ? sum / present : null,
  };
}
