import type { BudgetBurn } from '../../shared/incident';
import type { Series } from '../../shared/series';
import type { Slo } from '../../shared/slo';
import { budgetAt } from '../slo/budget';
import { incidentBudgetShare } from '../slo/incident-cost';
import { buildLedger } from '../slo/sli-ledger';
import { describeWindow } from '../slo/window';

/**
 * Error budget each SLO lost to the incident: bad requests (or bad minutes) inside the incident window ÷ the budget of
 * the SLO window that ends with the incident (SRE workbook ch. 2: budget = (1 − objective) × the window's events).
 * SLOs whose series are missing are skipped with the reason.
 */
export function incidentBudgetBurn(
  window: { start: number; end: number },
  slos: readonly Slo[],
  series: readonly Series[],
): { burns: BudgetBurn[]; skipped: string[] } {
  const byId = new Map(series.map((s) => [s.id, s]));
  const burns: BudgetBurn[] = [];
  const skipped: string[] = [];
  for (const slo of slos) {
    const ledger = buildLedger(slo, byId);
    if (!ledger.ok) {
      skipped.push(`${slo.name}: ${ledger.reason}`);
      continue;
    }
    const budget = budgetAt(slo, ledger.ledger, window.end);
    const { bad, fraction } = incidentBudgetShare(ledger.ledger, budget, window.start, window.end);
    if (!Number.isFinite(fraction)) {
      skipped.push(`${slo.name}: no traffic measured in its window`);
      continue;
    }
    const unit = ledger.ledger.basis === 'minutes' ? 'bad minutes' : 'bad requests';
    burns.push({
      sloId: slo.id,
      sloName: slo.name,
      fraction,
      how: `${Math.round(bad).toLocaleString('en-US')} ${unit} in the incident ÷ ${Math.round(budget.allowedBad).toLocaleString('en-US')} allowed over ${describeWindow(slo.window)} at ${(slo.objective * 100).toPrecision(6).replace(/\.?0+$/, '')} %`,
    });
  }
  return { burns, skipped };
}
