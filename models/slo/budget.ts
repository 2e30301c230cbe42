import type { Slo } from '../../shared/slo';
import { totalsBetween, type SliLedger } from './sli-ledger';
import { MINUTE_MS, windowBounds } from './window';

/** The error budget of one window, and how much of it is gone. */
export interface Budget {
  /** Start and end of the whole window; bad is counted over (start, at]. */
  start: number;
  end: number;
  at: number;
  windowMinutes: number;
  /** 1 − objective (SRE workbook ch. 2: the error budget is 1 minus the SLO). */
  allowedBadFraction: number;
  /** Minutes of full outage the window allows: (1 − objective) × window minutes (99.9 % over 30 d = 43.2). */
  allowedMinutes: number;
  /** Bad requests or bad minutes the whole window allows. */
  allowedBad: number;
  good: number;
  bad: number;
  total: number;
  coveredMinutes: number;
  /** Share of the window the data covers, 0..1. */
  coverage: number;
  /** good ÷ total over the covered part; NaN with no traffic. */
  sli: number;
  /** bad ÷ allowedBad: NaN when nothing was measured (zero traffic is not 100 %). */
  consumedFraction: number;
  remainingFraction: number;
}

/**
 * Budget of the window that `at` closes (rolling) or lies in (calendar, event). Time the data does not cover
 * counts as neither good nor bad: consumed = bad ÷ what the whole window allows. For requests the window's
 * allowance assumes the uncovered time carries the covered time's mean traffic.
 */
export function budgetAt(slo: Slo, ledger: SliLedger, at: number): Budget {
  const { start, end } = windowBounds(slo.window, at);
  const to = Math.min(at, end);
  const totals = totalsBetween(ledger, start, to);
  const windowMinutes = (end - start) / MINUTE_MS;
  const allowedBadFraction = 1 - slo.objective;
  const allowedMinutes = allowedBadFraction * windowMinutes;
  const expectedTotal =
    ledger.basis === 'minutes' ? windowMinutes : totals.coveredMinutes > 0 ? (totals.total * windowMinutes) / totals.coveredMinutes : 0;
  const allowedBad = allowedBadFraction * expectedTotal;
  const measured = totals.total > 0;
  const consumedFraction = measured ? totals.bad / allowedBad : NaN;
  return {
    start,
    end,
    at: to,
    windowMinutes,
    allowedBadFraction,
    allowedMinutes,
    allowedBad,
    good: totals.good,
    bad: totals.bad,
    total: totals.total,
    coveredMinutes: totals.coveredMinutes,
    coverage: totals.coveredMinutes / windowMinutes,
    sli: measured ? totals.good / totals.total : NaN,
    consumedFraction,
    remainingFraction: 1 - consumedFraction,
  };
}
