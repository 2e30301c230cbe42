import type { BurnRateAlert, BurnRateRule, Slo } from '../../shared/slo';
import { budgetAt } from './budget';
import { burnRate } from './burn-rate';
import { describeRule } from './alert-policy';
import { totalsBetween, type SliLedger } from './sli-ledger';
import { MINUTE_MS } from './window';

export interface SimulationOptions {
  /** How often the rules are evaluated (Prometheus' evaluation_interval); default the larger of 1 min and the data's step. */
  evaluationIntervalMs?: number;
  /** Replay only this stretch (an event window's own hours); default the whole history. */
  from?: number;
  to?: number;
}

export interface SimulatedAlerts {
  alerts: BurnRateAlert[];
  evaluationIntervalMs: number;
  evaluations: number;
}

/**
 * Replay multi-window, multi-burn-rate alerts over the history: a rule fires while the error ratio over both its
 * long and its short window exceeds burn rate × (1 − objective) (The Site Reliability Workbook, ch. 5, "Multiwindow,
 * Multi-Burn-Rate Alerts"). Rules of one severity are or-ed, as Sloth's generated alerts do. An alert's end is the
 * first evaluation at which it no longer fires (or the last evaluation while it still fires).
 */
export function simulateAlerts(slo: Slo, ledger: SliLedger, rules: readonly BurnRateRule[], options: SimulationOptions = {}): SimulatedAlerts {
  const n = ledger.t.length;
  const step = options.evaluationIntervalMs ?? Math.max(MINUTE_MS, ledger.stepMs);
  if (n === 0) return { alerts: [], evaluationIntervalMs: step, evaluations: 0 };
  const first = Math.max(ledger.t[0]!, options.from ?? -Infinity);
  const last = Math.min(ledger.t[n - 1]!, options.to ?? Infinity);
  const alerts: BurnRateAlert[] = [];
  type Open = { start: number; burn: number; rules: Set<string>; lookbackMs: number };
  const open: Record<'page' | 'ticket', Open | null> = { page: null, ticket: null };
  const close = (severity: 'page' | 'ticket', end: number) => {
    const o = open[severity];
    if (!o) return;
    const budget = budgetAt(slo, ledger, end);
    // The episode that fired it began up to one long window before it fired (workbook: burn rate × long window).
    const { bad } = totalsBetween(ledger, o.start - o.lookbackMs, end);
    alerts.push({ start: o.start, end, severity, burnRate: o.burn, rules: [...o.rules], budgetFraction: budget.allowedBad > 0 ? bad / budget.allowedBad : NaN });
    open[severity] = null;
  };
  let evaluations = 0;
  for (let at = first; at <= last; at += step) {
    evaluations++;
    const firing: Record<'page' | 'ticket', { burn: number; rules: string[]; longMs: number } | null> = { page: null, ticket: null };
    for (const rule of rules) {
      const threshold = rule.burnRate;
      const short = burnRate(slo, ledger, at, rule.shortWindowMs);
      if (!(short > threshold)) continue;
      const long = burnRate(slo, ledger, at, rule.longWindowMs);
      if (!(long > threshold)) continue;
      const f = (firing[rule.severity] ??= { burn: 0, rules: [], longMs: 0 });
      f.burn = Math.max(f.burn, long);
      f.longMs = Math.max(f.longMs, rule.longWindowMs);
      f.rules.push(describeRule(rule));
    }
    for (const severity of ['page', 'ticket'] as const) {
      const f = firing[severity];
      if (f) {
        const o = (open[severity] ??= { start: at, burn: 0, rules: new Set(), lookbackMs: f.longMs });
        o.burn = Math.max(o.burn, f.burn);
        for (const r of f.rules) o.rules.add(r);
      } else close(severity, at);
    }
  }
  close('page', last);
  close('ticket', last);
  alerts.sort((a, b) => a.start - b.start || (a.severity === 'page' ? -1 : 1));
  return { alerts, evaluationIntervalMs: step, evaluations };
}
