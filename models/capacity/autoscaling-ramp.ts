import type { TierCapacity } from './tier-capacity';
import { instancesForLoad, tierUtilization } from './tier-capacity';

/** Kubernetes HPA defaults: it acts every 15 s and adds at most max(100 %, 4 pods) per step (HPA scaling policies). */
export const HPA_SYNC_SECONDS = 15;
const HPA_STEP_PODS = 4;
/** AWS predictive scaling launches early by SchedulingBufferTime, 300 s by default. */
export const SCHEDULING_BUFFER_SECONDS = 300;

export interface RampInput {
  capacity: TierCapacity;
  /** Front-door demand on this tier over time (req/s at epoch ms). */
  demand: (t: number) => number;
  saleStart: number;
  end: number;
  targetUtilization: number;
  maxUtilization: number;
  warmupSeconds: number;
  reactionSeconds: number;
  /** The autoscaler's floor before the sale. */
  minInstances: number;
}

export interface RampSample {
  t: number;
  demandRps: number;
  readyInstances: number;
  utilization: number;
}

export interface RampOutcome {
  /** Instances running and warm at the sale's start. */
  startInstances: number;
  peakUtilization: number;
  /** When utilisation first passed the ceiling, if it did. */
  firstOverloadAt: number | null;
  samples: RampSample[];
}

/**
 * Replay the sale through a reactive autoscaler: every 15 s it sizes for the demand it saw `reactionSeconds` ago at
 * the target utilisation, adds at most max(100 %, 4) instances, and each new instance serves only after its
 * warm-up. The autoscaler's maximum is left out on purpose: whether the ramp outruns scaling is a question about
 * speed, not about the ceiling, which the plan checks separately.
 */
export function simulateRamp(input: RampInput, startInstances: number): RampOutcome {
  const step = HPA_SYNC_SECONDS * 1000;
  const from = input.saleStart - Math.max(input.warmupSeconds, input.reactionSeconds) * 1000 - step;
  let requested = startInstances;
  const pending: { readyAt: number; count: number }[] = [];
  let ready = startInstances;
  let peakUtilization = 0;
  let firstOverloadAt: number | null = null;
  const samples: RampSample[] = [];
  for (let t = from; t <= input.end; t += step) {
    const observed = input.demand(t - input.reactionSeconds * 1000);
    const desired = Math.max(
      input.minInstances,
      startInstances,
      instancesForLoad(input.capacity, observed, input.targetUtilization) ?? requested,
    );
    if (desired > requested) {
      const add = Math.min(desired - requested, Math.max(requested, HPA_STEP_PODS));
      pending.push({ readyAt: t + input.warmupSeconds * 1000, count: add });
      requested += add;
    }
    while (pending.length > 0 && pending[0]!.readyAt <= t) ready += pending.shift()!.count;
    const d = input.demand(t);
    const utilization = tierUtilization(input.capacity, ready, d);
    if (t >= input.saleStart) {
      peakUtilization = Math.max(peakUtilization, utilization);
      if (firstOverloadAt === null && utilization > input.maxUtilization + 1e-9) firstOverloadAt = t;
    }
    samples.push({ t, demandRps: d, readyInstances: ready, utilization });
  }
  return { startInstances, peakUtilization, firstOverloadAt, samples };
}

export interface PrewarmAdvice {
  /** The ramp grows faster than the autoscaler can add warm instances. */
  outrunsScaling: boolean;
  /** Instances the autoscaler would run at the sale's start on its own. */
  reactiveStart: number;
  /** Minimum to set so no instance passes the ceiling during the ramp (= reactiveStart when it keeps up). */
  prewarmInstances: number;
  /** When to raise the minimum: warm-up plus the scheduling buffer before the sale. */
  prewarmFrom: number;
  withoutPrewarm: RampOutcome;
  withPrewarm: RampOutcome;
}

/** The smallest pre-warmed fleet for which the reactive autoscaler never lets utilisation pass the ceiling. */
export function advisePrewarm(input: RampInput, ceilingInstances: number): PrewarmAdvice {
  const reactiveStart = Math.max(
    input.minInstances,
    instancesForLoad(input.capacity, input.demand(input.saleStart), input.targetUtilization) ?? 1,
  );
  const without = simulateRamp(input, reactiveStart);
  let best = without;
  let m = reactiveStart;
  if (without.firstOverloadAt !== null) {
    let lo = reactiveStart;
    let hi = Math.max(reactiveStart + 1, ceilingInstances);
    let hiRun = simulateRamp(input, hi);
    while (hiRun.firstOverloadAt !== null && hi < 1_000_000) {
      lo = hi;
      hi *= 2;
      hiRun = simulateRamp(input, hi);
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      const run = simulateRamp(input, mid);
      if (run.firstOverloadAt === null) {
        hi = mid;
        hiRun = run;
      } else lo = mid;
    }
    m = hi;
    best = hiRun;
  }
  return {
    outrunsScaling: without.firstOverloadAt !== null,
    reactiveStart,
    prewarmInstances: m,
    prewarmFrom: input.saleStart - (input.warmupSeconds + SCHEDULING_BUFFER_SECONDS) * 1000,
    withoutPrewarm: without,
    withPrewarm: best,
  };
}
