import type { CapacityPlan } from '../../shared/capacity';
import type { Recommendation } from '../../shared/recommendation';
import { pct, rps } from './wording';

/** A hit ratio above this is not a plan but a hope: past it, caching alone is not recommended. */
export const ACHIEVABLE_HIT_RATIO = 0.95;

/**
 * Caching (seed playbook: "implement caching"): when a read tier cannot carry the peak with the instances it has,
 * the hit ratio H that would let it is 1 − (what it carries now) / (reads before the cache). Recommended when H is
 * above today's ratio and still achievable.
 */
export function cachingRecommendations(plan: CapacityPlan): Recommendation[] {
  const out: Recommendation[] = [];
  const hasCache = plan.tiers.some((t) => t.role === 'cache');
  for (const t of plan.tiers) {
    if (!(t.behindCache || t.role === 'db-replica')) continue;
    if (t.instancesNeeded !== null && t.instancesNeeded <= t.instancesNow) continue;
    const reads = plan.plannedRps * t.demandPerRequest;
    if (reads <= 0 || t.carryNowRps <= 0) continue;
    const current = t.behindCache ? plan.cacheHitRatio : 0;
    const needed = 1 - t.carryNowRps / reads;
    if (needed <= current || needed > ACHIEVABLE_HIT_RATIO) continue;
    out.push({
      id: `caching:${t.tierId}`,
      kind: 'caching',
      title:
        hasCache && t.behindCache
          ? `Raise the cache hit ratio to ${pct(needed)} to spare ${t.name}`
          : `Cache ${t.name}'s reads: the cache must answer ${pct(needed)}`,
      action:
        hasCache && t.behindCache
          ? `Cache the hot sale items (product pages, prices, stock counts) so the hit ratio rises from ${pct(current)} to at least ${pct(needed)}; warm the cache before the sale`
          : `Put a cache in front of ${t.name} for the hot sale items that answers at least ${pct(needed)} of lookups; warm it before the sale`,
      why: `at the peak ${rps(reads)} lookups go to the cache${t.behindCache ? '' : ' (there is none yet)'} and ${rps(t.demandRps)} reach ${t.name}; its ${t.instancesNow} instances carry ${rps(t.carryNowRps)} at ${pct(t.targetUtilization)} with their spares kept, so at most ${pct(1 - needed)} of lookups may miss`,
      priority: 'medium',
      tierId: t.tierId,
      figures: { hitRatioNeeded: needed, hitRatioNow: current, lookupsRps: reads, carryNowRps: t.carryNowRps },
    });
  }
  return out;
}
