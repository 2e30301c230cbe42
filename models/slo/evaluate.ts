import type { Series } from '../../shared/series';
import type { BurnRateAlert, BurnRateRule, Slo } from '../../shared/slo';
import { rulesFor, ruleBudgetFraction, describeRule } from './alert-policy';
import { deriveIncidents, scoreAlerts, type AlertScore, type DerivedIncidentOptions, type IncidentWindow } from './alert-scoring';
import { simulateAlerts } from './alert-simulation';
import { budgetAt, type Budget } from './budget';
import { budgetTimeline, type BudgetTimeline } from './budget-timeline';
import { burnRate } from './burn-rate';
import { sloCaveats } from './caveats';
import { projectExhaustion, type Exhaustion } from './exhaustion';
import { forecastExhaustion, type ForecastExhaustion } from './forecast-exhaustion';
import { incidentBudgetShare } from './incident-cost';
import { buildLedger, type SliLedger } from './sli-ledger';
import { describeWindow, HOUR_MS, DAY_MS } from './window';

export interface EvaluateOptions {
  /** Evaluate the budget of the window ending here; default the last sample. */
  at?: number;
  /** Known incidents to score the alerts against; default: incidents read from the data. */
  incidents?: IncidentWindow[];
  derivedIncidents?: DerivedIncidentOptions;
  /** Rules to simulate instead of the SLO's own (for tuning). */
  rules?: BurnRateRule[];
  evaluationIntervalMs?: number;
  /** Recent stretch whose burn rate the exhaustion projection assumes (default 1 day). */
  rateWindowMs?: number;
  timelinePoints?: number;
  /** A stretch picked on the chart, to price like an incident. */
  costRange?: { start: number; end: number };
}

export interface SloReport {
  model: 'slo-error-budget';
  slo: Slo;
  explanation: string[];
  ledger: Pick<SliLedger, 'basis' | 'stepMs' | 'notes'> & { samples: number; start: number; end: number };
  budget: Budget;
  /** Burn rate over common windows ending at the budget's end. */
  burnRates: { windowMs: number; burnRate: number }[];
  rules: (BurnRateRule & { name: string; budgetFraction: number })[];
  alerts: BurnRateAlert[];
  evaluationIntervalMs: number;
  /** Each incident with the share of its window's budget it burned (the incident's cost). */
  incidents: (IncidentWindow & { budgetFraction: number })[];
  incidentsFrom: 'given' | 'data';
  score: AlertScore;
  timeline: BudgetTimeline;
  exhaustion: Exhaustion;
  /** When the budget runs out if the SLI's inputs follow their forecast (issue 6: "and at the forecast rate"). */
  exhaustionForecast: ForecastExhaustion;
  /** The same projection at the rate of the last hour, day and week: how sensitive the date is to "current". */
  projections: Exhaustion[];
  warnings: string[];
  /** What `costRange` burned, as a share of the budget of the window it ends in. */
  rangeCost: { start: number; end: number; bad: number; fraction: number } | null;
}

export type EvaluateOutcome = { ok: true; report: SloReport } | { ok: false; reason: string };

/** Everything the SLOs view and `headroom slo` show for one SLO: budget, burn, alerts replayed on history, caveats. */
export function evaluateSlo(slo: Slo, seriesById: ReadonlyMap<string, Series>, options: EvaluateOptions = {}): EvaluateOutcome {
  const built = buildLedger(slo, seriesById);
  if (!built.ok) return built;
  const ledger = built.ledger;
  const n = ledger.t.length;
  const first = ledger.t[0]!;
  const last = ledger.t[n - 1]!;
  const at = options.at ?? last;
  const budget = budgetAt(slo, ledger, at);
  const windowMs = budget.end - budget.start;
  // Scaled-down windows shorter than the sampling step would each see at most one sample: widen them to one step.
  const stepFloor = (r: BurnRateRule): BurnRateRule => ({ ...r, longWindowMs: Math.max(r.longWindowMs, ledger.stepMs), shortWindowMs: Math.max(r.shortWindowMs, ledger.stepMs) });
  const rules = options.rules ?? rulesFor(slo.alerts, slo.window).map((r) => (slo.alerts.length ? r : stepFloor(r)));
  // An event's budget exists only during the event: replay alerts and read incidents there alone.
  const range = slo.window.kind === 'event' ? { from: slo.window.start, to: slo.window.end } : {};
  const sim = simulateAlerts(slo, ledger, rules, { ...range, ...(options.evaluationIntervalMs === undefined ? {} : { evaluationIntervalMs: options.evaluationIntervalMs }) });
  const incidents = options.incidents ?? deriveIncidents(slo, ledger, budget.allowedBad, { ...range, ...options.derivedIncidents });
  const exhaustion = projectExhaustion(slo, ledger, budget, options.rateWindowMs ?? DAY_MS);
  const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(2)} %` : 'undefined');
  const explanation = [
    `SLI: ${slo.sli.kind}, counted in ${ledger.basis} (${slo.budgeting}); objective ${(slo.objective * 100).toPrecision(6).replace(/\.?0+$/, '')} % over a ${describeWindow(slo.window)} window`,
    `allowed bad fraction 1 − objective = ${budget.allowedBadFraction.toPrecision(3)}; the whole window allows ${budget.allowedMinutes.toFixed(1)} minutes of full outage`,
    `measured SLI ${pct(budget.sli)} over ${budget.coveredMinutes.toFixed(0)} covered minutes (${pct(budget.coverage)} of the window)`,
    `consumed = bad ÷ what the whole window allows = ${budget.bad.toPrecision(4)} ÷ ${budget.allowedBad.toPrecision(4)} = ${pct(budget.consumedFraction)}`,
    exhaustion.explanation,
  ];
  return {
    ok: true,
    report: {
      model: 'slo-error-budget',
      slo,
      explanation,
      ledger: { basis: ledger.basis, stepMs: ledger.stepMs, notes: ledger.notes, samples: n, start: first, end: last },
      budget,
      burnRates: [5 * 60_000, HOUR_MS, 6 * HOUR_MS, DAY_MS, 3 * DAY_MS].map((w) => ({ windowMs: w, burnRate: burnRate(slo, ledger, budget.at, w) })),
      rules: rules.map((r) => ({ ...r, name: describeRule(r), budgetFraction: ruleBudgetFraction(r, windowMs) })),
      alerts: sim.alerts,
      evaluationIntervalMs: sim.evaluationIntervalMs,
      incidents: incidents.map((i) => ({ ...i, budgetFraction: incidentBudgetShare(ledger, budgetAt(slo, ledger, i.end), i.start, i.end).fraction })),
      incidentsFrom: options.incidents ? 'given' : 'data',
      score: scoreAlerts(sim.alerts, incidents),
      timeline: budgetTimeline(slo, ledger, options.timelinePoints, range),
      exhaustion,
      exhaustionForecast: forecastExhaustion(slo, ledger, budget),
      projections: [HOUR_MS, DAY_MS, 7 * DAY_MS].map((w) => projectExhaustion(slo, ledger, budget, w)),
      warnings: sloCaveats(slo, ledger, budget, rules),
      rangeCost: options.costRange
        ? { ...options.costRange, ...incidentBudgetShare(ledger, budgetAt(slo, ledger, Math.min(options.costRange.end, last)), options.costRange.start, options.costRange.end) }
        : null,
    },
  };
}
