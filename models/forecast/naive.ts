import { seasonalityTest90 } from './acf';
import { classicalSeasonalIndices } from './classical-decomposition';

/** Seasonal naive: each step repeats the value one season earlier (Hyndman & Athanasopoulos, FPP3 §5.2). */
export function seasonalNaive(y: Float64Array, m: number, h: number): Float64Array {
  const n = y.length;
  const out = new Float64Array(h);
  const p = Math.min(m, n);
  for (let k = 0; k < h; k++) out[k] = y[n - p + (k % p)]!;
  return out;
}

/**
 * Naive2 of the M4 competition: the last seasonally adjusted value times the seasonal index, the seasonality
 * taken from classical multiplicative decomposition only when the 90 % ACF test passes ("Benchmarks and Evaluation.R").
 */
export function naive2(y: Float64Array, m: number, h: number): Float64Array {
  const n = y.length;
  const out = new Float64Array(h);
  const seasonal = m > 1 && seasonalityTest90(y, m);
  const idx = seasonal ? classicalSeasonalIndices(y, m, 'multiplicative') : null;
  const si = (i: number) => (idx ? idx[i % m]! : 1);
  const last = y[n - 1]! / si(n - 1);
  for (let k = 0; k < h; k++) out[k] = last * si(n + k);
  return out;
}
