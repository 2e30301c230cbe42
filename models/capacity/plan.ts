import type { CapacityPlan, Scenario, Tier, TierPlan } from '../../shared/capacity';
import { advisePrewarm, SCHEDULING_BUFFER_SECONDS } from './autoscaling-ramp';
import { mmc } from './erlang-c';
import { eventDemand } from './event-demand';
import { usableForLoad, withRedundancy } from './redundancy';
import {
  demandAtUtilization,
  instancesForLoad,
  perInstanceRps,
  resolveTierCapacity,
  testedRange,
  tierThroughput,
  tierUtilization,
  usefulInstanceLimit,
  type TierCapacity,
} from './tier-capacity';

/** The cache tier's hit ratio: the share of lookups that never reach a tier marked `behindCache`. */
export function studyHitRatio(tiers: Tier[]): number {
  return tiers.find((t) => t.role === 'cache' && t.hitRatio !== undefined)?.hitRatio ?? 0;
}

function queueAt(c: TierCapacity, n: number, demandRps: number, serviceTimeMs: number | undefined) {
  const perInstance = perInstanceRps(c, n);
  const serviceS = serviceTimeMs !== undefined ? serviceTimeMs / 1000 : 1 / perInstance;
  // Little's law: an instance serving r req/s for S s each keeps r·S requests in service, i.e. that many workers.
  const workers = Math.max(1, Math.floor(perInstance * serviceS + 1e-9));
  const q = mmc(n * workers, demandRps, serviceS);
  return { q, serviceMs: serviceS * 1000 };
}

/**
 * The capacity plan for a sale: for each tier the instances the planned peak needs (target utilisation plus the
 * redundancy rule), the utilisation and M/M/c queueing delay it would then run at, the headroom, the
 * autoscaler replayed over the ramp with the pre-warming that keeps it under the ceiling, and the event's cost.
 */
export function planCapacity(s: Scenario): CapacityPlan {
  const demand = eventDemand(s);
  const hit = studyHitRatio(s.tiers);
  const eventHours = (demand.end - demand.saleStart) / 3_600_000;
  const tiers: TierPlan[] = [];
  const problems: CapacityPlan['problems'] = [];
  for (const tier of s.tiers) {
    const resolved = resolveTierCapacity(tier.capacity);
    if (!resolved.ok) {
      problems.push({ tierId: tier.id, reason: resolved.reason });
      continue;
    }
    const c = resolved.capacity;
    const calls = tier.demandPerRequest * (tier.behindCache ? 1 - hit : 1);
    const d = demand.plannedRps * calls;
    const forLoad = instancesForLoad(c, d, tier.targetUtilization);
    const needed = forLoad === null ? null : withRedundancy(forLoad, tier.redundancy);
    const baseFor = instancesForLoad(c, s.peak.baselineRps * calls, tier.targetUtilization);
    const need = needed?.instances ?? null;
    const hardCeiling = Math.min(
      tier.maxInstances ?? Infinity,
      tier.role === 'db-primary' ? Math.max(1, tier.instancesNow) : Infinity,
      usefulInstanceLimit(c),
    );
    const n = need === null ? (Number.isFinite(hardCeiling) ? hardCeiling : null) : Math.min(need, hardCeiling);
    // Without a typed service time, a load test's lightest-load latency is the best evidence of one.
    const serviceTimeMs =
      tier.serviceTimeMs ?? (c.basis === 'usl-concurrency' ? (c.lightLoadLatencyMs ?? undefined) : undefined);
    const atPeak = n !== null && n > 0 ? queueAt(c, n, d, serviceTimeMs) : null;
    const now = queueAt(c, Math.max(tier.instancesNow, 0), d, serviceTimeMs);
    const ceilingFrontDoorRps =
      Number.isFinite(hardCeiling) && calls > 0 ? demandAtUtilization(c, hardCeiling, s.maxUtilization) / calls : null;

    let ramp: TierPlan['ramp'] = null;
    let timeline: TierPlan['timeline'];
    const capacityFrontDoor = (instances: number) => (calls > 0 ? tierThroughput(c, instances) / calls : Infinity);
    if (tier.autoscaling && calls > 0) {
      const advice = advisePrewarm(
        {
          capacity: c,
          demand: (t) => demand.frontDoor(t) * calls,
          saleStart: demand.saleStart,
          end: demand.end,
          targetUtilization: tier.targetUtilization,
          maxUtilization: s.maxUtilization,
          warmupSeconds: tier.warmupSeconds,
          reactionSeconds: s.scalingReactionSeconds,
          minInstances: tier.autoscaling.min,
        },
        need ?? tier.autoscaling.max,
      );
      ramp = {
        outrunsScaling: advice.outrunsScaling,
        reactiveStart: advice.reactiveStart,
        prewarmInstances: advice.prewarmInstances,
        prewarmFrom: advice.prewarmFrom,
        peakUtilizationWithoutPrewarm: advice.withoutPrewarm.peakUtilization,
        firstOverloadAt: advice.withoutPrewarm.firstOverloadAt,
      };
      timeline = advice.withPrewarm.samples
        .filter((_, i) => i % 4 === 0)
        .map((p) => ({
          t: p.t,
          demandRps: p.demandRps / calls,
          capacityRps: capacityFrontDoor(Math.min(p.readyInstances, tier.autoscaling!.max)),
        }));
    } else {
      const fixed = Math.max(tier.instancesNow, n ?? 0);
      timeline = [];
      for (let t = demand.saleStart - 10 * 60_000; t <= demand.end; t += 60_000) {
        timeline.push({ t, demandRps: demand.frontDoor(t), capacityRps: capacityFrontDoor(fixed) });
      }
    }

    const tested = testedRange(c);
    const evidenceCoversPeak =
      c.basis === 'usl-nodes'
        ? n !== null && tested.instances !== null && n <= tested.instances
        : n !== null && n > 0 && tested.perInstanceRps !== null && d / n <= tested.perInstanceRps + 1e-9;
    const leadHours = tier.autoscaling ? 0 : (tier.warmupSeconds + SCHEDULING_BUFFER_SECONDS) / 3600;
    tiers.push({
      tierId: tier.id,
      name: tier.name,
      role: tier.role,
      demandRps: d,
      callsPerRequest: calls,
      demandPerRequest: tier.demandPerRequest,
      behindCache: tier.behindCache,
      targetUtilization: tier.targetUtilization,
      warmupSeconds: tier.warmupSeconds,
      carryNowRps: demandAtUtilization(c, usableForLoad(tier.instancesNow, tier.redundancy), tier.targetUtilization),
      utilizationBaselineNow: tierUtilization(c, tier.instancesNow, s.peak.baselineRps * calls),
      utilizationAtAutoscalingMax: tier.autoscaling ? tierUtilization(c, tier.autoscaling.max, d) : null,
      capacityBasis: c.basis,
      capacityExplanation: c.explanation,
      rpsPerInstance: perInstanceRps(c, n ?? 1),
      usl: c.basis === 'usl-concurrency' || c.basis === 'usl-nodes' ? c.usl : null,
      instancesNow: tier.instancesNow,
      instancesForLoad: forLoad,
      instancesNeeded: need,
      instancesPlanned: n,
      exceedsHardCeiling: need === null || need > hardCeiling,
      redundancyNote: needed?.note ?? 'no instance count reaches the target utilisation',
      baselineInstancesNeeded: baseFor === null ? null : withRedundancy(baseFor, tier.redundancy).instances,
      utilizationNow: tierUtilization(c, tier.instancesNow, d),
      utilizationAtPeak: n !== null ? tierUtilization(c, n, d) : null,
      predictedWaitNowMs: Number.isFinite(now.q.meanWait) ? now.q.meanWait * 1000 : null,
      predictedWaitMs: atPeak && Number.isFinite(atPeak.q.meanWait) ? atPeak.q.meanWait * 1000 : null,
      probabilityOfWaiting: atPeak ? atPeak.q.probabilityOfWaiting : null,
      serviceTimeMs: (atPeak ?? now).serviceMs,
      headroomFraction: n !== null && n > 0 ? 1 - d / tierThroughput(c, n) : null,
      headroomNowFraction: tier.instancesNow > 0 ? 1 - d / tierThroughput(c, tier.instancesNow) : d > 0 ? -Infinity : 1,
      hardCeilingInstances: Number.isFinite(hardCeiling) ? hardCeiling : null,
      ceilingFrontDoorRps,
      autoscaling: tier.autoscaling,
      ramp,
      testedPerInstanceRps: tested.perInstanceRps,
      testedInstances: tested.instances,
      evidenceCoversPeak,
      eventCost: Math.max(n ?? 0, tier.instancesNow) * tier.costPerInstanceHour * (eventHours + leadHours),
      extraCost: Math.max(0, (n ?? 0) - tier.instancesNow) * tier.costPerInstanceHour * (eventHours + leadHours),
      timeline,
    });
  }
  const page = (pick: (t: TierPlan) => number | null) =>
    tiers.reduce<number | null>((sum, t) => {
      const w = pick(t);
      return sum === null || w === null ? null : sum + t.callsPerRequest * (t.serviceTimeMs + w);
    }, 0);
  return {
    model: 'capacity-plan',
    scenarioName: s.name,
    peak: s.peak,
    plannedRps: demand.plannedRps,
    planFor: s.planFor,
    saleStart: demand.saleStart,
    eventEnd: demand.end,
    latencySloMs: s.latencySloMs,
    maxUtilization: s.maxUtilization,
    rampMinutes: s.rampMinutes,
    scalingReactionSeconds: s.scalingReactionSeconds,
    cacheHitRatio: hit,
    predictedPageMs: page((t) => t.predictedWaitMs),
    predictedPageNowMs: page((t) => t.predictedWaitNowMs),
    eventCost: tiers.reduce((a, t) => a + t.eventCost, 0),
    extraCost: tiers.reduce((a, t) => a + t.extraCost, 0),
    eventHours,
    tiers,
    problems,
    notes: [
      `sized for ${s.planFor === 'hi' ? 'the upper end of the peak band' : 'the expected peak'}: ${Math.round(demand.plannedRps)} req/s at the front door`,
      'queueing delay: M/M/c (Erlang C) per tier, with workers per instance from Little’s law (capacity × service time)',
      'page time: each tier on the request path is called in series, calls × (service time + queueing delay)',
      `autoscaling replayed at 15 s steps: decisions see demand ${s.scalingReactionSeconds} s late, add at most max(100 %, 4) instances, new instances serve after their warm-up`,
      ...(hit > 0
        ? [
            `tiers behind the cache see ${(100 * (1 - hit)).toFixed(0)} % of their calls (hit ratio ${(100 * hit).toFixed(0)} %)`,
          ]
        : []),
    ],
  };
}
