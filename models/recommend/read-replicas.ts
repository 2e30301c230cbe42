import type { CapacityPlan } from '../../shared/capacity';
import type { Recommendation } from '../../shared/recommendation';
import { beforeSale, clock, pct, rps } from './wording';

/** Read replicas (seed playbook: "increase read replicas"): the replica tier needs more than it has. */
export function readReplicaRecommendations(plan: CapacityPlan): Recommendation[] {
  return plan.tiers
    .filter((t) => t.role === 'db-replica' && t.instancesNeeded !== null && t.instancesNeeded > t.instancesNow)
    .map((t) => {
      const add = t.instancesNeeded! - t.instancesNow;
      const by = plan.saleStart - (t.warmupSeconds + 300) * 1000;
      return {
        id: `read-replicas:${t.tierId}`,
        kind: 'read-replicas' as const,
        title: `Add ${add} read replica${add === 1 ? '' : 's'} (${t.instancesNow} → ${t.instancesNeeded})`,
        action: `Create ${add} more read replica${add === 1 ? '' : 's'} of the database and have them caught up and in the pool by ${clock(by)} (${beforeSale(by, plan.saleStart)})`,
        why: `at the peak ${rps(t.demandRps)} of reads reach the replicas; ${t.instancesNow} would run at ${pct(t.utilizationNow)}, ${t.instancesNeeded} run at ${pct(t.utilizationAtPeak ?? NaN)} (target ${pct(t.targetUtilization)}, ${t.redundancyNote.split(':')[0]})`,
        priority: t.utilizationNow >= 1 ? ('high' as const) : ('medium' as const),
        tierId: t.tierId,
        figures: {
          add,
          instancesNow: t.instancesNow,
          instancesNeeded: t.instancesNeeded!,
          utilizationNow: t.utilizationNow,
          readsRps: t.demandRps,
        },
      };
    });
}
