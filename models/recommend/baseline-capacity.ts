import type { CapacityPlan } from '../../shared/capacity';
import type { Recommendation } from '../../shared/recommendation';
import { pct, rps } from './wording';

/** Baseline capacity (seed playbook: "increase the baseline capacity"): a tier that cannot carry an ordinary day. */
export function baselineCapacityRecommendations(plan: CapacityPlan): Recommendation[] {
  return plan.tiers
    .filter((t) => t.baselineInstancesNeeded !== null && t.instancesNow < t.baselineInstancesNeeded)
    .map((t) => {
      const need = t.baselineInstancesNeeded!;
      return {
        id: `baseline-capacity:${t.tierId}`,
        kind: 'baseline-capacity' as const,
        title: `Raise ${t.name}'s everyday capacity to ${need}`,
        action: t.autoscaling
          ? `Raise the ${t.name} autoscaling minimum to ${need} (from ${t.autoscaling.min}) for normal days, not only for the sale`
          : `Run ${need} ${t.name} instances (from ${t.instancesNow}) on normal days, not only for the sale`,
        why: `the normal daily peak of ${rps(plan.peak.baselineRps)} already brings ${rps(plan.peak.baselineRps * t.callsPerRequest)} to ${t.name}: today's ${t.instancesNow} run at ${pct(t.utilizationBaselineNow)}, and ${need} are needed for ${pct(t.targetUtilization)} with redundancy (${t.redundancyNote.split(':')[0]})`,
        priority: t.utilizationBaselineNow >= plan.maxUtilization ? ('high' as const) : ('medium' as const),
        tierId: t.tierId,
        figures: {
          instancesNow: t.instancesNow,
          baselineInstancesNeeded: need,
          utilizationBaselineNow: t.utilizationBaselineNow,
        },
      };
    });
}
