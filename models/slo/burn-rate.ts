import type { Slo } from '../../shared/slo';
import { totalsBetween, type SliLedger } from './sli-ledger';

/**
 * Burn rate over (to − windowMs, to]: the error ratio ÷ (1 − objective); 1 spends exactly the budget over the
 * SLO window (The Site Reliability Workbook, ch. 5 "Alerting on SLOs"). NaN when the window holds no traffic.
 */
export function burnRate(slo: Slo, ledger: SliLedger, to: number, windowMs: number): number {
  const w = totalsBetween(ledger, to - windowMs, to);
  return w.total > 0 ? w.bad / w.total / (1 - slo.objective) : NaN;
}

/** Share of a window's budget that a constant burn rate spends in `spanMs` (workbook: burn rate × long window ÷ period). */
export function budgetSpentByBurn(burn: number, spanMs: number, windowMs: number): number {
  return (burn * spanMs) / windowMs;
}

/** Time a constant burn rate takes to spend a whole budget: period ÷ burn rate. */
export function timeToExhaustMs(burn: number, windowMs: number): number {
  return burn > 0 ? windowMs / burn : Infinity;
}
