import type { CapacityPlan } from '../../shared/capacity';
import type { Recommendation } from '../../shared/recommendation';
import { beforeSale, clock, pct, pct1, rps } from './wording';

/**
 * Auto-scaling (seed playbook: "set up auto-scaling"): pre-warm where the ramp outruns the autoscaler, lift a
 * maximum below what the peak needs, and put a fixed tier that must grow under autoscaling or provision it ahead.
 */
export function autoscalingRecommendations(plan: CapacityPlan): Recommendation[] {
  const out: Recommendation[] = [];
  const rampRate = (plan.plannedRps - plan.peak.baselineRps) / Math.max(1, plan.rampMinutes);
  for (const t of plan.tiers) {
    if (t.ramp?.outrunsScaling) {
      const r = t.ramp;
      out.push({
        id: `autoscaling-minimum:${t.tierId}`,
        kind: 'autoscaling-minimum',
        title: `Pre-warm ${t.name}: raise its autoscaling minimum to ${r.prewarmInstances}`,
        // A KEDA cron trigger's five-field schedule has no year, so a one-off window repeats yearly (KEDA #3566, #3877).
        action: `Set the ${t.name} autoscaling minimum to ${r.prewarmInstances} (from ${t.autoscaling!.min}) at ${clock(r.prewarmFrom)} (${beforeSale(r.prewarmFrom, plan.saleStart)}) with a scheduled action, and lower it after the sale; a KEDA cron window repeats every year unless removed`,
        why: `the sale climbs ${rps(rampRate)} per minute for ${plan.rampMinutes} min while a new ${t.name} instance needs ${t.warmupSeconds} s to warm and the autoscaler reacts ${plan.scalingReactionSeconds} s late; starting from the ${r.reactiveStart} it would run by itself, utilisation reaches ${pct1(r.peakUtilizationWithoutPrewarm)}${r.firstOverloadAt !== null ? ` (over the ${pct(plan.maxUtilization)} ceiling from ${beforeSale(r.firstOverloadAt, plan.saleStart)})` : ''}; ${r.prewarmInstances} warm instances keep it under`,
        priority: r.peakUtilizationWithoutPrewarm >= 1 ? 'high' : 'medium',
        tierId: t.tierId,
        figures: {
          prewarmInstances: r.prewarmInstances,
          reactiveStart: r.reactiveStart,
          prewarmFrom: r.prewarmFrom,
          peakUtilizationWithoutPrewarm: r.peakUtilizationWithoutPrewarm,
          warmupSeconds: t.warmupSeconds,
          rampRpsPerMinute: rampRate,
        },
      });
    }
    if (t.autoscaling && t.instancesNeeded !== null && t.instancesNeeded > t.autoscaling.max) {
      const atMax = t.utilizationAtAutoscalingMax ?? Infinity;
      out.push({
        id: `autoscaling-maximum:${t.tierId}`,
        kind: 'autoscaling-maximum',
        title: `Raise the ${t.name} autoscaling maximum to ${t.instancesNeeded}`,
        action: `Set the ${t.name} autoscaling maximum to ${t.instancesNeeded} (from ${t.autoscaling.max}) before the sale, and check the account's instance quota covers it`,
        why: `the peak brings ${rps(t.demandRps)} to ${t.name}; ${t.autoscaling.max} instances would run at ${pct(atMax)}, and ${t.instancesNeeded} are needed for ${pct(t.targetUtilization)} with redundancy (${t.redundancyNote})`,
        priority: atMax >= 1 ? 'high' : 'medium',
        tierId: t.tierId,
        figures: { instancesNeeded: t.instancesNeeded, autoscalingMax: t.autoscaling.max, utilizationAtMax: atMax },
      });
    }
    if (
      !t.autoscaling &&
      t.role !== 'db-primary' &&
      t.role !== 'db-replica' &&
      t.instancesNeeded !== null &&
      t.instancesNeeded > t.instancesNow
    ) {
      const add = t.instancesNeeded - t.instancesNow;
      const lead = t.warmupSeconds + 300;
      out.push({
        id: `autoscaling-setup:${t.tierId}`,
        kind: 'autoscaling-setup',
        title: `Scale ${t.name} to ${t.instancesNeeded} for the sale (it does not autoscale)`,
        action: `Put ${t.name} under autoscaling (minimum ${t.instancesNow}, maximum at least ${t.instancesNeeded}), or add ${add} instances by ${clock(plan.saleStart - lead * 1000)} (${beforeSale(plan.saleStart - lead * 1000, plan.saleStart)})`,
        why: `the peak brings ${rps(t.demandRps)} to ${t.name}; today's ${t.instancesNow} would run at ${pct(t.utilizationNow)}, and ${t.instancesNeeded} are needed for ${pct(t.targetUtilization)} with redundancy (${t.redundancyNote})`,
        priority: t.utilizationNow >= 1 ? 'high' : 'medium',
        tierId: t.tierId,
        figures: { instancesNow: t.instancesNow, instancesNeeded: t.instancesNeeded, utilizationNow: t.utilizationNow },
      });
    }
  }
  return out;
}
