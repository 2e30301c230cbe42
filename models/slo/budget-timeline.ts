import type { Slo } from '../../shared/slo';
import { budgetAt } from './budget';
import type { SliLedger } from './sli-ledger';
import { MINUTE_MS } from './window';

/** Remaining budget over time, for the budget chart: each point is the budget of the window ending there. */
export interface BudgetTimeline {
  t: Float64Array;
  consumed: Float64Array;
  remaining: Float64Array;
  stepMs: number;
}

/** Evaluate the budget on an even grid from the first to the last sample (within `range`), at most `maxPoints` points. */
export function budgetTimeline(slo: Slo, ledger: SliLedger, maxPoints = 1000, range: { from?: number; to?: number } = {}): BudgetTimeline {
  const n = ledger.t.length;
  if (n === 0) return { t: new Float64Array(0), consumed: new Float64Array(0), remaining: new Float64Array(0), stepMs: 0 };
  const first = Math.max(ledger.t[0]!, range.from ?? -Infinity);
  const last = Math.min(ledger.t[n - 1]!, range.to ?? Infinity);
  if (last < first) return { t: new Float64Array(0), consumed: new Float64Array(0), remaining: new Float64Array(0), stepMs: 0 };
  const span = last - first;
  const stepMs = Math.max(ledger.stepMs, Math.ceil(span / Math.max(1, maxPoints - 1) / MINUTE_MS) * MINUTE_MS);
  const count = Math.floor(span / stepMs) + 1;
  const withLast = first + (count - 1) * stepMs < last ? count + 1 : count;
  const t = new Float64Array(withLast);
  const consumed = new Float64Array(withLast);
  const remaining = new Float64Array(withLast);
  for (let i = 0; i < withLast; i++) {
    const at = i < count ? first + i * stepMs : last;
    const b = budgetAt(slo, ledger, at);
    t[i] = at;
    consumed[i] = b.consumedFraction;
    remaining[i] = b.remainingFraction;
  }
  return { t, consumed, remaining, stepMs };
}
