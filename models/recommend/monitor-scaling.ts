import type { CapacityPlan } from '../../shared/capacity';
import type { Recommendation } from '../../shared/recommendation';

/**
 * Monitoring of scaling events (seed playbook: "monitoring and alerting for auto-scaling events"): when the plan
 * needs the autoscaler to add instances during the sale, a stuck or capped scaler must page someone.
 */
export function monitorScalingRecommendations(plan: CapacityPlan): Recommendation[] {
  const scaling = plan.tiers.filter(
    (t) => t.autoscaling && t.ramp && t.instancesNeeded !== null && t.instancesNeeded > t.ramp.prewarmInstances,
  );
  if (scaling.length === 0) return [];
  const list = scaling.map((t) => `${t.name} ${t.ramp!.prewarmInstances} → ${t.instancesNeeded}`).join(', ');
  const slowest = Math.max(...scaling.map((t) => t.warmupSeconds));
  return [
    {
      id: 'monitor-scaling',
      kind: 'monitor-scaling',
      title: 'Alert on scaling events during the sale',
      action: `Alert when desired instances exceed ready instances for longer than ${slowest + plan.scalingReactionSeconds} s, when a group reaches its maximum, or when a launch fails; show scaling activity on the sale dashboard`,
      why: `the plan relies on the autoscaler growing during the sale (${list}); if it stalls, the fleet stays sized for the start of the ramp`,
      priority: 'medium',
      figures: { tiersScaling: scaling.length, alertAfterSeconds: slowest + plan.scalingReactionSeconds },
    },
  ];
}
