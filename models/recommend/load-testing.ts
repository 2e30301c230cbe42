import type { CapacityPlan, TierPlan } from '../../shared/capacity';
import type { Recommendation } from '../../shared/recommendation';
import { rps } from './wording';

function gap(t: TierPlan): string {
  if (t.capacityBasis === 'usl-nodes')
    return `${t.name}: ${t.instancesPlanned ?? '?'} instances planned, scale-out tested to ${t.testedInstances ?? 0}`;
  const perInstance = t.instancesPlanned ? t.demandRps / t.instancesPlanned : t.demandRps;
  return t.testedPerInstanceRps === null
    ? `${t.name}: ${rps(perInstance)} per instance planned, capacity never tested`
    : `${t.name}: ${rps(perInstance)} per instance planned, tested to ${rps(t.testedPerInstanceRps)}`;
}

/** Load testing (seed playbook: "conduct load testing"): the plan leans on capacity no test or production peak has shown. */
export function loadTestingRecommendations(plan: CapacityPlan): Recommendation[] {
  const uncovered = plan.tiers.filter((t) => !t.evidenceCoversPeak);
  if (uncovered.length === 0) return [];
  const target = Math.ceil(plan.peak.hi);
  return [
    {
      id: 'load-testing',
      kind: 'load-testing',
      title: `Load-test to ${rps(target)} before the sale`,
      action: `Run a load test of the sale's journey (browse, cart, checkout) ramping to ${rps(target)} at the front door with the planned fleet, and record throughput and latency per concurrency level for a USL fit`,
      why: `the plan extrapolates beyond the evidence — ${uncovered.map(gap).join('; ')}`,
      priority: uncovered.some((t) => t.testedPerInstanceRps === null && t.testedInstances === null)
        ? 'high'
        : 'medium',
      figures: { targetRps: target, tiersUncovered: uncovered.length },
    },
  ];
}
