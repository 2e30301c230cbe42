import type { CapacityPlan, Scenario } from '../../shared/capacity';
import { planCapacity } from '../capacity/plan';
import type { Recommendation } from '../../shared/recommendation';
import { autoscalingRecommendations } from './autoscaling';
import { baselineCapacityRecommendations } from './baseline-capacity';
import { cachingRecommendations } from './caching';
import { deployFreezeRecommendations, type ErrorBudgetInput } from './deploy-freeze';
import { loadTestingRecommendations } from './load-testing';
import { monitorScalingRecommendations } from './monitor-scaling';
import { rateLimitingRecommendations } from './rate-limiting';
import { readReplicaRecommendations } from './read-replicas';

const ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Every playbook rule over the plan; each one fires only when its figures call for it. High priority first. */
export function recommend(
  plan: CapacityPlan,
  budget: ErrorBudgetInput = { remainingFraction: null, freezeBelowFraction: 0.25 },
): Recommendation[] {
  const all = [
    ...autoscalingRecommendations(plan),
    ...baselineCapacityRecommendations(plan),
    ...readReplicaRecommendations(plan),
    ...cachingRecommendations(plan),
    ...rateLimitingRecommendations(plan),
    ...loadTestingRecommendations(plan),
    ...monitorScalingRecommendations(plan),
    ...deployFreezeRecommendations(plan, budget),
  ];
  return all
    .map((r, i) => ({ r, i }))
    .sort((a, b) => ORDER[a.r.priority] - ORDER[b.r.priority] || a.i - b.i)
    .map(({ r }) => r);
}

/** The one call the CLI, the worker and the report make: the plan for a scenario and what to change. */
export function planAndRecommend(s: Scenario): { plan: CapacityPlan; recommendations: Recommendation[] } {
  const plan = planCapacity(s);
  return {
    plan,
    recommendations: recommend(plan, {
      remainingFraction: s.errorBudgetRemaining,
      freezeBelowFraction: s.freezeBelowBudgetFraction,
    }),
  };
}
