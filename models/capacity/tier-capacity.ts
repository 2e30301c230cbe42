import type { CapacityEvidence, LoadTestPoint } from '../../shared/capacity';
import { fitThroughputRegression, type ThroughputRegression } from './throughput-regression';
import { fitUsl, uslThroughput, type UslFit } from './usl';

/** What the evidence says one tier can carry, in a form every planning step can ask. */
export type TierCapacity =
  | { basis: 'typed'; rpsPerInstance: number; verifiedUpToRps: number | null; explanation: string }
  | {
      basis: 'usl-concurrency';
      rpsPerInstance: number;
      usl: UslFit;
      /** Latency measured at the lightest load, when the test recorded it: the service time without queueing. */
      lightLoadLatencyMs: number | null;
      explanation: string;
    }
  | { basis: 'usl-nodes'; usl: UslFit; explanation: string }
  | { basis: 'cpu-regression'; rpsPerInstance: number; regression: ThroughputRegression; explanation: string };

export type TierCapacityOutcome = { ok: true; capacity: TierCapacity } | { ok: false; reason: string };

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));

export function resolveTierCapacity(evidence: CapacityEvidence): TierCapacityOutcome {
  switch (evidence.kind) {
    case 'typed':
      return {
        ok: true,
        capacity: {
          basis: 'typed',
          rpsPerInstance: evidence.rpsPerInstance,
          verifiedUpToRps: evidence.verifiedUpToRps ?? null,
          explanation: `${fmt(evidence.rpsPerInstance)} req/s per instance, typed in${evidence.verifiedUpToRps ? ` (verified up to ${fmt(evidence.verifiedUpToRps)} req/s)` : ' (not verified by a test)'}`,
        },
      };
    case 'load-test': {
      const outcome = fitUsl(evidence.points);
      if (!outcome.ok) return outcome;
      const u = outcome.fit;
      const coeffs = `σ ${u.sigma.toPrecision(3)}, κ ${u.kappa.toPrecision(3)}, λ ${fmt(u.lambda)}, r² ${u.r2.toFixed(3)}`;
      if (evidence.axis === 'nodes') {
        return {
          ok: true,
          capacity: {
            basis: 'usl-nodes',
            usl: u,
            explanation: `USL fit of a ${u.points}-point scale-out test (${coeffs})${u.peakN !== null ? `: the tier peaks at ${fmt(u.peakX!)} req/s with ${u.peakN.toFixed(1)} instances` : ''}`,
          },
        };
      }
      if (u.peakX === null)
        return {
          ok: false,
          reason: 'the load test shows no throughput limit (linear scaling): test to higher concurrency',
        };
      return {
        ok: true,
        capacity: {
          basis: 'usl-concurrency',
          rpsPerInstance: u.peakX,
          usl: u,
          lightLoadLatencyMs: lightestLatency(evidence.points),
          explanation: `USL fit of a ${u.points}-point load test (${coeffs}): one instance peaks at ${fmt(u.peakX)} req/s${u.peakN !== null ? ` at concurrency ${u.peakN.toFixed(1)}` : ''}`,
        },
      };
    }
    case 'production': {
      const outcome = fitThroughputRegression(evidence.points);
      if (!outcome.ok) return outcome;
      const r = outcome.fit;
      return {
        ok: true,
        capacity: {
          basis: 'cpu-regression',
          rpsPerInstance: r.rpsAtFullCpu,
          regression: r,
          explanation: `CPU % = ${r.interceptPercent.toFixed(1)} + ${r.slopePercentPerRps.toPrecision(3)} × req/s per instance (r² ${r.r2.toFixed(3)}, ${r.points} points): 100 % CPU at ${fmt(r.rpsAtFullCpu)} req/s`,
        },
      };
    }
  }
}

function lightestLatency(points: LoadTestPoint[]): number | null {
  const timed = points.filter((p) => p.latencyMs !== undefined && p.latencyMs > 0);
  if (timed.length === 0) return null;
  return timed.reduce((a, b) => (b.n < a.n ? b : a)).latencyMs!;
}

/** Requests/s the tier carries at 100 % with n instances (past the USL peak, more nodes carry less). */
export function tierThroughput(c: TierCapacity, n: number): number {
  if (n <= 0) return 0;
  return c.basis === 'usl-nodes' ? uslThroughput(c.usl, n) : n * c.rpsPerInstance;
}

/** Utilisation of n instances at a demand; a CPU regression's idle share is busy whatever the load. */
export function tierUtilization(c: TierCapacity, n: number, demandRps: number): number {
  if (n <= 0) return demandRps > 0 ? Infinity : 0;
  const idle = c.basis === 'cpu-regression' ? c.regression.idleFraction : 0;
  return idle + ((1 - idle) * demandRps) / tierThroughput(c, n);
}

/** Demand n instances carry at a given utilisation (the inverse of tierUtilization). */
export function demandAtUtilization(c: TierCapacity, n: number, utilization: number): number {
  const idle = c.basis === 'cpu-regression' ? c.regression.idleFraction : 0;
  return (tierThroughput(c, n) * Math.max(0, utilization - idle)) / (1 - idle);
}

/** The largest instance count worth running: past the USL peak a scale-out tier loses throughput. */
export function usefulInstanceLimit(c: TierCapacity): number {
  if (c.basis === 'usl-nodes' && c.usl.peakN !== null) return Math.max(1, Math.floor(c.usl.peakN));
  return Infinity;
}

/** Fewest instances that keep utilisation at or under `utilization`; null when none can. */
export function instancesForLoad(c: TierCapacity, demandRps: number, utilization: number): number | null {
  if (demandRps <= 0) return 0;
  if (c.basis === 'usl-nodes') {
    const limit = Math.min(usefulInstanceLimit(c), 100_000);
    for (let n = 1; n <= limit; n++) if (tierUtilization(c, n, demandRps) <= utilization + 1e-12) return n;
    return null;
  }
  const idle = c.basis === 'cpu-regression' ? c.regression.idleFraction : 0;
  if (utilization <= idle) return null;
  return Math.max(1, Math.ceil(((1 - idle) * demandRps) / ((utilization - idle) * c.rpsPerInstance) - 1e-9));
}

/** Mean service rate of one instance at n instances (for the queueing model). */
export function perInstanceRps(c: TierCapacity, n: number): number {
  return c.basis === 'usl-nodes' ? tierThroughput(c, Math.max(1, n)) / Math.max(1, n) : c.rpsPerInstance;
}

/** Largest per-instance load (or, for a scale-out test, instance count) the evidence has actually seen. */
export function testedRange(c: TierCapacity): { perInstanceRps: number | null; instances: number | null } {
  switch (c.basis) {
    case 'typed':
      return { perInstanceRps: c.verifiedUpToRps, instances: null };
    case 'usl-concurrency':
      return { perInstanceRps: c.usl.maxTestedX, instances: null };
    case 'usl-nodes':
      return { perInstanceRps: null, instances: c.usl.maxTestedN };
    case 'cpu-regression':
      return { perInstanceRps: c.regression.maxObservedRps, instances: null };
  }
}
