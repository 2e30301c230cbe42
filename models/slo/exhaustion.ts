import type { Slo } from '../../shared/slo';
import { budgetAt, type Budget } from './budget';
import { burnRate } from './burn-rate';
import { totalsBetween, type SliLedger } from './sli-ledger';
import { DAY_MS, MINUTE_MS } from './window';

export interface Exhaustion {
  /** When the budget runs out at the current rate (in the past if it already has); null if it lasts the window. */
  at: number | null;
  alreadyExhausted: boolean;
  /** Burn rate the projection assumes, and over which recent stretch it was measured. */
  currentBurnRate: number;
  rateWindowMs: number;
  explanation: string;
}

/**
 * Project the budget forward at the current burn rate. A constant burn rate b spends b ÷ window of the budget per
 * unit of time (workbook ch. 5: burn rate × time ÷ period); in a rolling window old bad events also fall out, so
 * the consumed share at `last + x` is the bad still inside the window plus b·x ÷ window.
 */
export function projectExhaustion(slo: Slo, ledger: SliLedger, budget: Budget, rateWindowMs = DAY_MS): Exhaustion {
  const last = budget.at;
  const burn = burnRate(slo, ledger, last, rateWindowMs);
  const base = { currentBurnRate: burn, rateWindowMs, alreadyExhausted: false };
  if (budget.consumedFraction >= 1) {
    return { ...base, at: firstExhausted(slo, ledger, budget), alreadyExhausted: true, explanation: 'the budget is already spent' };
  }
  if (!(burn > 0) || !(budget.allowedBad > 0)) {
    return { ...base, at: null, explanation: Number.isNaN(burn) ? 'no traffic in the recent window: no rate to project' : 'nothing is burning now' };
  }
  const windowMs = budget.end - budget.start;
  const perMs = burn / windowMs;
  if (slo.window.kind !== 'rolling') {
    const at = last + (1 - budget.consumedFraction) / perMs;
    return at <= budget.end
      ? { ...base, at, explanation: `at ${burn.toPrecision(3)}× the remaining ${pct(1 - budget.consumedFraction)} lasts ${hours(at - last)}` }
      : { ...base, at: null, explanation: `at ${burn.toPrecision(3)}× the budget lasts until the window ends` };
  }
  // Bad events still inside the window drop out as it slides; step through one window ahead.
  const step = Math.max(MINUTE_MS, Math.ceil(windowMs / 4000 / MINUTE_MS) * MINUTE_MS);
  for (let x = step; x <= windowMs; x += step) {
    const kept = totalsBetween(ledger, last + x - windowMs, last).bad / budget.allowedBad;
    if (kept + perMs * x >= 1) {
      return { ...base, at: last + x, explanation: `at ${burn.toPrecision(3)}× (measured over the last ${hours(rateWindowMs)}) the budget runs out in ${hours(x)}` };
    }
  }
  return { ...base, at: null, explanation: `at ${burn.toPrecision(3)}× the rolling budget is never spent` };
}

/** Walk back to the earliest time from which the budget has stayed spent. */
export function firstExhausted(slo: Slo, ledger: SliLedger, budget: Budget): number {
  let at = budget.at;
  const step = Math.max(MINUTE_MS, ledger.stepMs);
  while (at - step > ledger.t[0]! && budgetAt(slo, ledger, at - step).consumedFraction >= 1) at -= step;
  return at;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const hours = (ms: number) => (ms >= 2 * DAY_MS ? `${(ms / DAY_MS).toFixed(1)} days` : `${(ms / 3_600_000).toFixed(1)} h`);
