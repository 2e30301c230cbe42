import type { LoadTestPoint, UslSummary } from '../../shared/capacity';
import { studentTQuantile } from './student-t';

/** The three coefficients of the Universal Scalability Law. */
export interface UslCoefficients {
  /** Contention (serial fraction). */
  sigma: number;
  /** Coherency (crosstalk) penalty. */
  kappa: number;
  /** Throughput of one unit of load with no contention: the ideal slope. */
  lambda: number;
}

export interface UslFit extends UslCoefficients, UslSummary {
  model: 'usl';
  /** Load at which throughput peaks, N* = √((1 − σ)/κ); null when κ = 0 (throughput only flattens). */
  peakN: number | null;
  /** Throughput at N* (or the contention asymptote λ/σ when there is no peak). */
  peakX: number | null;
  /**
   * Where linear scaling gives way: the ideal line λN meets the contention ceiling λ/σ at N = 1/σ, capped at N*
   * (Schwartz, "Practical Scalability Analysis with the Universal Scalability Law", VividCortex 2015).
   */
  kneeN: number | null;
  r2: number;
  /** Residual standard error, in throughput units. */
  residualSe: number;
  points: number;
  /** Parameter covariance in the order σ, κ, λ (s²(JᵀJ)⁻¹), for the band. */
  covariance: number[][];
  iterations: number;
  /** Largest load the data covers: beyond it every figure is an extrapolation. */
  maxTestedN: number;
  maxTestedX: number;
}

export type UslFitOutcome = { ok: true; fit: UslFit } | { ok: false; reason: string };

// X(N) = λN / (1 + σ(N − 1) + κN(N − 1)) — Gunther, Guerrilla Capacity Planning (2007), ch. 4
export function uslThroughput(c: UslCoefficients, n: number): number {
  return (c.lambda * n) / (1 + c.sigma * (n - 1) + c.kappa * n * (n - 1));
}

// ∂X/∂σ, ∂X/∂κ, ∂X/∂λ of the USL, for Gauss–Newton steps and the delta-method band.
function gradient(c: UslCoefficients, n: number): [number, number, number] {
  const d = 1 + c.sigma * (n - 1) + c.kappa * n * (n - 1);
  const x = (c.lambda * n) / d;
  return [(-x * (n - 1)) / d, (-x * n * (n - 1)) / d, n / d];
}

function solve3(a: number[][], b: number[]): number[] | null {
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-300) return null;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < 3; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let k = col; k < 4; k++) m[r]![k]! -= f * m[col]![k]!;
    }
  }
  return m.map((row, i) => row[3]! / row[i]!);
}

function invert3(a: number[][]): number[][] | null {
  const cols = [0, 1, 2].map((j) =>
    solve3(
      a,
      [0, 1, 2].map((i) => (i === j ? 1 : 0)),
    ),
  );
  if (cols.some((c) => c === null)) return null;
  return [0, 1, 2].map((i) => [0, 1, 2].map((j) => cols[j]![i]!));
}

const clampCoefficients = (c: UslCoefficients): UslCoefficients => ({
  sigma: Math.min(1, Math.max(0, c.sigma)),
  kappa: Math.max(0, c.kappa),
  lambda: Math.max(1e-12, c.lambda),
});

function rss(c: UslCoefficients, pts: LoadTestPoint[]): number {
  let s = 0;
  for (const p of pts) s += (p.throughput - uslThroughput(c, p.n)) ** 2;
  return s;
}

/**
 * Starting point: λ from the lightest load, then σ and κ from Gunther's linearisation
 * N/C(N) − 1 = σ(N − 1) + κN(N − 1) with C(N) = X(N)/(λN) (Guerrilla Capacity Planning, §5.5), by least squares.
 */
function initialGuess(pts: LoadTestPoint[]): UslCoefficients {
  const lightest = pts.reduce((a, b) => (b.n < a.n ? b : a));
  const lambda = lightest.throughput / lightest.n;
  let sxx = 0;
  let sxz = 0;
  let szz = 0;
  let sxy = 0;
  let szy = 0;
  for (const p of pts) {
    if (p.throughput <= 0) continue;
    const y = (lambda * p.n) / p.throughput - 1;
    const x = p.n - 1;
    const z = p.n * (p.n - 1);
    sxx += x * x;
    sxz += x * z;
    szz += z * z;
    sxy += x * y;
    szy += z * y;
  }
  const det = sxx * szz - sxz * sxz;
  const sigma = det !== 0 ? (sxy * szz - szy * sxz) / det : 0;
  const kappa = det !== 0 ? (szy * sxx - sxy * sxz) / det : 0;
  return clampCoefficients({ sigma, kappa, lambda });
}

/**
 * Fit σ, κ, λ by non-linear least squares (Levenberg–Marquardt with Marquardt's diagonal scaling,
 * Marquardt 1963; σ kept in [0, 1] and κ ≥ 0 as the R package `usl` does).
 */
export function fitUsl(points: LoadTestPoint[]): UslFitOutcome {
  const pts = points.filter((p) => Number.isFinite(p.n) && Number.isFinite(p.throughput) && p.n > 0);
  if (pts.length < 4)
    return { ok: false, reason: `a USL fit needs at least 4 load levels with throughput, got ${pts.length}` };
  if (new Set(pts.map((p) => p.n)).size < 3)
    return { ok: false, reason: 'a USL fit needs at least 3 distinct load levels' };
  if (!pts.some((p) => p.throughput > 0)) return { ok: false, reason: 'every throughput is zero' };

  let c = initialGuess(pts);
  let err = rss(c, pts);
  let mu = 1e-3;
  let iterations = 0;
  for (; iterations < 500; iterations++) {
    const jtj = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    const jtr = [0, 0, 0];
    for (const p of pts) {
      const g = gradient(c, p.n);
      const r = p.throughput - uslThroughput(c, p.n);
      for (let i = 0; i < 3; i++) {
        jtr[i]! += g[i]! * r;
        for (let j = 0; j < 3; j++) jtj[i]![j]! += g[i]! * g[j]!;
      }
    }
    let improved = false;
    while (mu < 1e12) {
      const damped = jtj.map((row, i) => row.map((v, j) => (i === j ? v * (1 + mu) + 1e-300 : v)));
      const step = solve3(damped, jtr);
      if (!step) {
        mu *= 10;
        continue;
      }
      const next = clampCoefficients({
        sigma: c.sigma + step[0]!,
        kappa: c.kappa + step[1]!,
        lambda: c.lambda + step[2]!,
      });
      const nextErr = rss(next, pts);
      if (nextErr < err) {
        const gain = (err - nextErr) / Math.max(err, 1e-300);
        c = next;
        err = nextErr;
        mu = Math.max(mu / 10, 1e-12);
        improved = gain > 1e-15;
        break;
      }
      mu *= 10;
    }
    if (!improved) break;
  }

  const mean = pts.reduce((s, p) => s + p.throughput, 0) / pts.length;
  const tss = pts.reduce((s, p) => s + (p.throughput - mean) ** 2, 0);
  const dof = pts.length - 3;
  const s2 = dof > 0 ? err / dof : NaN;
  const jtj = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  for (const p of pts) {
    const g = gradient(c, p.n);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) jtj[i]![j]! += g[i]! * g[j]!;
  }
  const inv = invert3(jtj);
  const covariance = inv ? inv.map((row) => row.map((v) => v * s2)) : [0, 1, 2].map(() => [NaN, NaN, NaN]);

  const peakN = c.kappa > 0 ? Math.sqrt((1 - c.sigma) / c.kappa) : null;
  const peakX = peakN !== null ? uslThroughput(c, peakN) : c.sigma > 0 ? c.lambda / c.sigma : null;
  const contentionKnee = c.sigma > 0 ? 1 / c.sigma : null;
  const kneeN = contentionKnee === null ? peakN : peakN === null ? contentionKnee : Math.min(contentionKnee, peakN);
  return {
    ok: true,
    fit: {
      model: 'usl',
      ...c,
      peakN,
      peakX,
      kneeN,
      r2: tss > 0 ? 1 - err / tss : 1,
      residualSe: Math.sqrt(s2),
      points: pts.length,
      covariance,
      iterations,
      maxTestedN: Math.max(...pts.map((p) => p.n)),
      maxTestedX: Math.max(...pts.map((p) => p.throughput)),
    },
  };
}

export interface UslBandPoint {
  n: number;
  x: number;
  lo: number;
  hi: number;
}

/**
 * The fitted curve with a 95 % prediction band: x̂ ± t·√(gᵀCg + s²), the delta method for non-linear
 * regression (Bates & Watts, Nonlinear Regression Analysis and Its Applications, 1988, §2.3). Because gᵀCg
 * grows as N leaves the tested range, so does the band — unlike the R package's constant-width band.
 */
export function uslBand(fit: UslFit, loads: number[], coverage = 0.95): UslBandPoint[] {
  const dof = fit.points - 3;
  const t = dof > 0 ? studentTQuantile(coverage, dof) : NaN;
  const s2 = fit.residualSe ** 2;
  return loads.map((n) => {
    const x = uslThroughput(fit, n);
    const g = gradient(fit, n);
    let v = s2;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) v += g[i]! * fit.covariance[i]![j]! * g[j]!;
    const half = t * Math.sqrt(Math.max(0, v));
    return {
      n,
      x,
      lo: Number.isFinite(half) ? Math.max(0, x - half) : NaN,
      hi: Number.isFinite(half) ? x + half : NaN,
    };
  });
}
