import type { Slo } from '../../shared/slo';
import type { Budget } from './budget';
import { totalsBetween, type SliLedger } from './sli-ledger';
import { MINUTE_MS, windowLengthMs } from './window';

/** Share of a window's budget burned by what happened in (from, to]: the cost of one incident. */
export function incidentBudgetShare(ledger: SliLedger, budget: Budget, from: number, to: number): { bad: number; fraction: number } {
  const { bad } = totalsBetween(ledger, from, to);
  return { bad, fraction: budget.allowedBad > 0 ? bad / budget.allowedBad : NaN };
}

export interface OutageQuestion {
  durationMinutes: number;
  /** Share of users (or requests) the outage fails, 0..1. */
  affectedFraction: number;
  /** Traffic during the outage ÷ the window's mean traffic: 3.5 for an outage at a flash sale's peak. Default 1. */
  trafficMultiplier?: number;
}

export interface OutageCost {
  /** Share of the whole window's budget the outage would spend. */
  budgetFraction: number;
  /** Minutes of full outage it equals (duration × affected share × traffic multiplier). */
  equivalentMinutes: number;
  allowedMinutes: number;
  explanation: string;
}

/**
 * What an outage would cost: equivalent full-outage minutes ÷ the window's allowed minutes, (1 − objective) ×
 * window (SRE workbook ch. 2). 30 min for 60 % of users at 99.9 % over 30 days: 18 ÷ 43.2 = 42 % of the budget.
 */
export function outageCost(slo: Pick<Slo, 'objective' | 'window'>, q: OutageQuestion, at: number): OutageCost {
  const windowMinutes = windowLengthMs(slo.window, at) / MINUTE_MS;
  const allowedMinutes = (1 - slo.objective) * windowMinutes;
  const equivalentMinutes = q.durationMinutes * q.affectedFraction * (q.trafficMultiplier ?? 1);
  const budgetFraction = equivalentMinutes / allowedMinutes;
  const traffic = q.trafficMultiplier && q.trafficMultiplier !== 1 ? ` at ${q.trafficMultiplier}× the usual traffic` : '';
  return {
    budgetFraction,
    equivalentMinutes,
    allowedMinutes,
    explanation: `a ${q.durationMinutes}-minute outage for ${(q.affectedFraction * 100).toFixed(0)} % of users${traffic} uses ${(budgetFraction * 100).toFixed(0)} % of the budget (${equivalentMinutes.toFixed(1)} of ${allowedMinutes.toFixed(1)} allowed minutes)`,
  };
}
