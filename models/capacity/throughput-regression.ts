import { linearRegression, rSquared } from 'simple-statistics';
import type { UtilizationPoint } from '../../shared/capacity';

export interface ThroughputRegression {
  model: 'cpu-regression';
  /** CPU % = intercept + slope × requests/s per instance. */
  interceptPercent: number;
  slopePercentPerRps: number;
  r2: number;
  points: number;
  /** Requests/s one instance carries at 100 % CPU, by extrapolating the line. */
  rpsAtFullCpu: number;
  /** CPU the instance burns with no traffic, as a fraction (the intercept / 100). */
  idleFraction: number;
  /** The busiest load production has shown: past it, capacity is extrapolated. */
  maxObservedRps: number;
  maxObservedCpuPercent: number;
}

export type ThroughputRegressionOutcome = { ok: true; fit: ThroughputRegression } | { ok: false; reason: string };

/**
 * Per-instance capacity from production: ordinary least squares of CPU % on requests/s per instance
 * (utilisation law U = X·D, Denning & Buzen 1978, "The Operational Analysis of Queueing Network Models"),
 * extrapolated to where CPU reaches 100 %.
 */
export function fitThroughputRegression(points: UtilizationPoint[]): ThroughputRegressionOutcome {
  const pts = points.filter((p) => Number.isFinite(p.cpuPercent) && Number.isFinite(p.rpsPerInstance));
  if (pts.length < 3) return { ok: false, reason: `a regression needs at least 3 points, got ${pts.length}` };
  const pairs = pts.map((p): [number, number] => [p.rpsPerInstance, p.cpuPercent]);
  const xs = new Set(pts.map((p) => p.rpsPerInstance));
  if (xs.size < 2)
    return { ok: false, reason: 'every point has the same requests/s, so CPU cannot be related to load' };
  const { m, b } = linearRegression(pairs);
  if (!(m > 0))
    return {
      ok: false,
      reason: `CPU does not rise with load (slope ${m.toPrecision(3)} % per req/s): this metric cannot size the tier`,
    };
  const r2 = rSquared(pairs, (x) => b + m * x);
  const intercept = Math.max(0, b);
  return {
    ok: true,
    fit: {
      model: 'cpu-regression',
      interceptPercent: b,
      slopePercentPerRps: m,
      r2,
      points: pts.length,
      rpsAtFullCpu: (100 - intercept) / m,
      idleFraction: intercept / 100,
      maxObservedRps: Math.max(...pts.map((p) => p.rpsPerInstance)),
      maxObservedCpuPercent: Math.max(...pts.map((p) => p.cpuPercent)),
    },
  };
}

/** Requests/s per instance at a target CPU utilisation (0..1), from the fitted line. */
export function rpsAtUtilization(fit: ThroughputRegression, utilization: number): number {
  return Math.max(0, (utilization * 100 - fit.idleFraction * 100) / fit.slopePercentPerRps);
}
