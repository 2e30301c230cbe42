import type { CapacityPlan } from '../../shared/capacity';
import type { Recommendation } from '../../shared/recommendation';
import { pct, rps } from './wording';

/**
 * Rate limiting and load shedding (seed playbook): when a tier that cannot grow further (a single writable primary,
 * a hard quota, a scale-out tier past its USL peak) would pass the utilisation ceiling inside the peak band,
 * admit only what it can carry and shed the rest at the front door.
 */
export function rateLimitingRecommendations(plan: CapacityPlan): Recommendation[] {
  const limited = plan.tiers.filter((t) => t.ceilingFrontDoorRps !== null && t.ceilingFrontDoorRps < plan.peak.hi);
  if (limited.length === 0) return [];
  const binding = limited.reduce((a, b) => (b.ceilingFrontDoorRps! < a.ceilingFrontDoorRps! ? b : a));
  const limit = Math.floor(binding.ceilingFrontDoorRps!);
  return [
    {
      id: 'rate-limiting',
      kind: 'rate-limiting',
      title: `Rate-limit the front door at ${rps(limit)} to protect ${binding.name}`,
      action: `Admit at most ${rps(limit)} at the load balancer or API gateway (a queue page or 429 with Retry-After beyond it), and shed non-essential work (recommendations, search suggestions) first`,
      why: `${binding.name} cannot grow past ${binding.hardCeilingInstances} instance${binding.hardCeilingInstances === 1 ? '' : 's'} and carries at most ${rps(limit)} of front-door traffic at the ${pct(plan.maxUtilization)} ceiling, while the peak band reaches ${rps(plan.peak.hi)} (expected ${rps(plan.peak.rps)})`,
      priority: limit < plan.peak.rps ? 'high' : 'medium',
      tierId: binding.tierId,
      figures: { limitRps: limit, peakRps: plan.peak.rps, peakHiRps: plan.peak.hi },
    },
  ];
}
