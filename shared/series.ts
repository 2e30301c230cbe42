/** A metric over time, stored columnar: `t` holds UTC epoch milliseconds in ascending order, `v` the values (NaN where missing). */
export interface Series {
  id: string;
  name: string;
  labels: Record<string, string>;
  unit: string;
  t: Float64Array;
  v: Float64Array;
}

/** Summary figures of a series, as `headroom import --json` prints them. */
export interface SeriesSummary {
  name: string;
  labels: Record<string, string>;
  unit: string;
  points: number;
  start: number | null;
  end: number | null;
  min: number | null;
  max: number | null;
  mean: number | null;
}
