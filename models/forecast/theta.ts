import { nelderMead } from './nelder-mead';

/** Simple exponential smoothing with the smoothing weight and initial level fitted by least squares. */
export function fitSes(y: Float64Array): { alpha: number; level: number; sse: number } {
  const logistic = (x: number) => 1 / (1 + Math.exp(-x));
  const scale = Math.abs(y[0]!) + 1;
  const sse = (x: Float64Array, keep?: { level: number }) => {
    const alpha = 1e-4 + (1 - 2e-4) * logistic(x[0]!);
    let l = y[0]! + x[1]! * scale;
    let s = 0;
    for (let t = 0; t < y.length; t++) {
      const e = y[t]! - l;
      s += e * e;
      l += alpha * e;
    }
    if (keep) keep.level = l;
    return s;
  };
  const best = nelderMead((x) => sse(x), [0, 0], { maxEvals: 120, step: 1 });
  const keep = { level: 0 };
  const s = sse(best.x, keep);
  return { alpha: 1e-4 + (1 - 2e-4) * logistic(best.x[0]!), level: keep.level, sse: s };
}

/**
 * The classic Theta method as the M4 benchmarks run it (Assimakopoulos & Nikolopoulos 2000; Theta.classic in
 * Mcompetitions/M4-methods): the mean of the linear-regression line (θ = 0) and SES on the θ = 2 line.
 * The caller deseasonalises.
 */
export function thetaForecast(y: Float64Array, h: number): { mean: Float64Array; alpha: number; slope: number } {
  const n = y.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sx += i;
    sy += y[i]!;
    sxx += i * i;
    sxy += i * y[i]!;
  }
  const slope = n > 1 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0;
  const intercept = sy / n - slope * (sx / n);
  const line2 = new Float64Array(n);
  for (let i = 0; i < n; i++) line2[i] = 2 * y[i]! - (intercept + slope * i);
  const ses = fitSes(line2);
  const mean = new Float64Array(h);
  for (let k = 0; k < h; k++) mean[k] = 0.5 * ses.level + 0.5 * (intercept + slope * (n + k));
  return { mean, alpha: ses.alpha, slope };
}
