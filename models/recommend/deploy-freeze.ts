import type { CapacityPlan } from '../../shared/capacity';
import type { Recommendation } from '../../shared/recommendation';
import { pct } from './wording';

export interface ErrorBudgetInput {
  /** Fraction of the SLO's error budget left (0..1, below 0 when overspent); null when the study has no SLO. */
  remainingFraction: number | null;
  freezeBelowFraction: number;
}

/**
 * Freeze risky deploys when the error budget is low: the SRE Workbook's example error budget policy halts
 * changes other than urgent fixes once the budget is spent; below the threshold the sale itself may spend the rest.
 */
export function deployFreezeRecommendations(plan: CapacityPlan, budget: ErrorBudgetInput): Recommendation[] {
  const left = budget.remainingFraction;
  if (left === null || left >= budget.freezeBelowFraction) return [];
  return [
    {
      id: 'deploy-freeze',
      kind: 'deploy-freeze',
      title: 'Freeze risky deploys around the sale',
      action: `Allow only urgent fixes from 24 h before the sale until it ends (${new Date(plan.eventEnd).toISOString().slice(0, 16).replace('T', ' ')} UTC); hold feature releases and schema changes`,
      why: `only ${pct(Math.max(0, left))} of the error budget is left (the freeze threshold is ${pct(budget.freezeBelowFraction)}); a failed change during a ${plan.plannedRps > 0 ? (plan.plannedRps / Math.max(1, plan.peak.baselineRps)).toFixed(1) : '?'}× traffic peak would spend the rest`,
      priority: left <= 0 ? 'high' : 'medium',
      figures: { errorBudgetRemaining: left, freezeBelow: budget.freezeBelowFraction },
    },
  ];
}
