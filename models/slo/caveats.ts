import type { BurnRateRule, Slo } from '../../shared/slo';
import type { Budget } from './budget';
import { totalsBetween, type SliLedger } from './sli-ledger';
import { describeRule } from './alert-policy';
import { formatDuration, HOUR_MS, MINUTE_MS } from './window';

/**
 * The workbook's caveats (ch. 5, "Low-Traffic Services and Error Budget Alerting", "Extreme Availability Goals"),
 * checked on this SLO and its data. Each is a sentence a planner can act on.
 */
export function sloCaveats(slo: Slo, ledger: SliLedger, budget: Budget, rules: readonly BurnRateRule[]): string[] {
  const out: string[] = [];
  const allowed = 1 - slo.objective;
  // A full outage burns at 1 ÷ (1 − objective); rules above that can never fire (a 90 % SLO cannot reach 14.4×).
  const maxBurn = 1 / allowed;
  for (const r of rules) {
    if (r.burnRate >= maxBurn) out.push(`the ${r.severity} rule ${describeRule(r)} can never fire: at ${(slo.objective * 100).toFixed(3).replace(/\.?0+$/, '')} % even a full outage burns only ${maxBurn.toFixed(1)}×`);
  }
  const fastest = rules.reduce((m, r) => Math.min(m, r.shortWindowMs), Infinity);
  const fullOutageMs = budget.allowedMinutes * MINUTE_MS;
  if (Number.isFinite(fastest) && fullOutageMs < fastest) {
    out.push(`a full outage spends the whole budget in ${formatSeconds(fullOutageMs)}, before the fastest alert window (${formatDuration(fastest)}) can notice`);
  }
  if (ledger.basis === 'requests' && ledger.t.length > 0) {
    // Workbook: at 10 requests an hour one failure is a 10 % error rate, a 100× burn at 99.9 %.
    const hourly: number[] = [];
    const first = ledger.t[0]!;
    const last = ledger.t[ledger.t.length - 1]!;
    for (let at = first + HOUR_MS; at <= last; at += HOUR_MS) {
      const w = totalsBetween(ledger, at - HOUR_MS, at);
      if (w.coveredMinutes > 0) hourly.push(w.total);
    }
    hourly.sort((a, b) => a - b);
    const quiet = hourly[Math.floor(hourly.length * 0.1)];
    const page = rules.filter((r) => r.severity === 'page').reduce((m, r) => Math.min(m, r.burnRate), Infinity);
    if (quiet !== undefined && Number.isFinite(page) && quiet > 0 && 1 / quiet / allowed > page) {
      out.push(`low traffic: in the quietest hours (${Math.round(quiet)} requests an hour) one failed request is a ${(1 / quiet / allowed).toFixed(0)}× burn, enough to page`);
    }
    const silentHours = hourly.filter((x) => x === 0).length;
    if (silentHours > 0) out.push(`${silentHours} hours with no traffic: their error ratio is undefined, not 100 %`);
  }
  // The usual hours matter as much as incidents: a median burn above 1 spends the budget with nothing wrong.
  const burns: number[] = [];
  for (let i = 0; i < ledger.t.length; i++) {
    const t = ledger.t[i]!;
    if (t > budget.start && t <= budget.at && ledger.total[i]! > 0) burns.push((ledger.total[i]! - ledger.good[i]!) / ledger.total[i]! / allowed);
  }
  burns.sort((a, b) => a - b);
  const usual = burns[burns.length >> 1];
  if (usual !== undefined && usual > 1) {
    out.push(`even an ordinary ${formatDuration(ledger.stepMs)} burns ${usual.toFixed(1)}× (median): the objective is tighter than the service's usual error ratio`);
  }
  if (!Number.isFinite(budget.consumedFraction)) out.push('no traffic in the window: the budget is undefined, not untouched');
  if (budget.coverage < 0.9) out.push(`the data covers ${(budget.coverage * 100).toFixed(1)} % of the window; uncovered time counts as neither good nor bad`);
  return out;
}

const formatSeconds = (ms: number) => (ms < 120_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / MINUTE_MS).toFixed(1)} min`);
