import type { SloWindow } from '../../../shared/slo';
import type { SloReport } from '../../slo/evaluate';
import { chartLine } from '../chart-data';
import { formatDateTime, formatMinutes, formatNumber, formatObjective, formatPercent, plural } from '../format';
import type { Block, ReportSection, Tone } from '../report-model';
import type { ReportInputs } from '../report-inputs';

/** Alerts listed per SLO; the rest are counted, since a flood of rows helps no reader. */
const MAX_ALERT_ROWS = 12;
const BUDGET_FLOOR = -1;

export function sloSection(inputs: ReportInputs): ReportSection {
  const problems = inputs.problems.filter((p) => p.subject.startsWith('SLO'));
  if (inputs.slos.length === 0) {
    const text = problems.length
      ? `Not yet modelled: ${problems.map((p) => `${p.subject}: ${p.reason}`).join('; ')}.`
      : 'Not yet modelled: the study has no SLOs. Define availability and latency objectives on the SLOs page.';
    return { id: 'slo', title: 'SLOs and error budgets', hasContent: false, blocks: [{ kind: 'missing', text }] };
  }
  const blocks: Block[] = [];
  for (const r of inputs.slos) blocks.push(...sloBlocks(r));
  for (const p of problems) blocks.push({ kind: 'missing', text: `${p.subject}: ${p.reason}` });
  return { id: 'slo', title: 'SLOs and error budgets', hasContent: true, blocks };
}

export const budgetTone = (remaining: number): Tone => (!Number.isFinite(remaining) ? 'neutral' : remaining <= 0 ? 'bad' : remaining < 0.25 ? 'warn' : 'good');

/** "38 % of the error budget left", or "the error budget is spent (212 % used)". */
export function budgetWords(r: SloReport): string {
  const b = r.budget;
  if (!Number.isFinite(b.consumedFraction)) return 'nothing measured in the window yet';
  if (b.remainingFraction <= 0) return `the error budget is spent (${formatPercent(b.consumedFraction)} used)`;
  return `${formatPercent(b.remainingFraction)} of the error budget left (${formatPercent(b.consumedFraction)} used)`;
}

function sloBlocks(r: SloReport): Block[] {
  const { slo, budget, exhaustion } = r;
  const blocks: Block[] = [
    { kind: 'subheading', text: `${slo.name} — ${formatObjective(slo.objective)} over ${windowWords(slo.window)}` },
    {
      kind: 'facts',
      facts: [
        { label: 'Measured', value: `${formatPercent(budget.sli, 3)} good over ${formatPercent(budget.coverage)} of the window`, source: `SLI ${slo.sli.kind}, ${slo.budgeting}` },
        { label: 'Error budget', value: budgetWords(r), tone: budgetTone(budget.remainingFraction), source: `the window allows ${formatNumber(budget.allowedMinutes, 1)} minutes of full outage` },
        {
          label: 'Runs out',
          value: exhaustion.alreadyExhausted ? 'already exhausted' : exhaustion.at === null ? 'not within the window at the current rate' : `${formatDateTime(exhaustion.at)} at the current rate`,
          tone: exhaustion.alreadyExhausted ? 'bad' : exhaustion.at === null ? 'good' : 'warn',
          source: `burn rate ${formatNumber(exhaustion.currentBurnRate, 2)}× over the last ${formatMinutes(exhaustion.rateWindowMs / 60_000)}`,
        },
        { label: 'Burn-rate alerts on the history', value: r.alerts.length === 0 ? 'none would have fired' : `${plural(r.alerts.length, 'alert')} (${plural(r.alerts.filter((a) => a.severity === 'page').length, 'page')})` },
      ],
    },
  ];
  // A blown budget can sit at −30,000 %: drawn to scale it would flatten everything else, so the floor is −100 %.
  const clipped = r.timeline.remaining.some((v) => v < BUDGET_FLOOR);
  const remaining = chartLine(r.timeline.t, r.timeline.remaining.map((v) => Math.max(BUDGET_FLOOR, v)));
  if (remaining.t.length > 1) {
    blocks.push({
      kind: 'chart',
      chart: {
        id: `slo-${slo.id}`,
        title: `${slo.name}: error budget remaining`,
        description: `Share of the ${slo.name} error budget left in the window ending at each time; below zero the budget is spent${clipped ? ' (drawn no lower than −100 %)' : ''}`,
        unit: '% of budget',
        yFormat: 'percent',
        x: { start: remaining.t[0]!, end: remaining.t[remaining.t.length - 1]! },
        lines: [{ name: 'budget remaining', tone: 'primary', ...remaining }],
        bands: [],
        spans: r.alerts.filter((a) => a.severity === 'page').map((a) => ({ start: a.start, end: a.end, label: 'page', tone: 'incident' as const })),
        thresholds: [{ v: 0, label: 'budget spent', tone: 'bad' }],
      },
    });
  }
  if (r.alerts.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `Burn-rate alerts that would have fired (${slo.name})`,
      columns: [{ label: 'Start', nowrap: true }, { label: 'Lasted', align: 'right' }, { label: 'Severity' }, { label: 'Burn rate', align: 'right' }, { label: 'Budget burned', align: 'right' }, { label: 'Rules' }],
      rows: r.alerts.slice(0, MAX_ALERT_ROWS).map((a) => [formatDateTime(a.start), formatMinutes((a.end - a.start) / 60_000), a.severity, `${formatNumber(a.burnRate, 1)}×`, formatPercent(a.budgetFraction), a.rules.join('; ')]),
    });
    if (r.alerts.length > MAX_ALERT_ROWS) blocks.push({ kind: 'paragraph', text: `… and ${r.alerts.length - MAX_ALERT_ROWS} more.` });
  }
  return blocks;
}

/** "the rolling 30 days", "the calendar month (UTC)", "the event 2026-10-03 10:00 – 20:00 UTC". */
export function windowWords(w: SloWindow): string {
  switch (w.kind) {
    case 'rolling':
      return `any ${w.days} days`;
    case 'calendar':
      return `the calendar ${w.unit} (UTC)`;
    case 'event': {
      const [a, b] = [formatDateTime(w.start), formatDateTime(w.end)];
      return `the event ${a.slice(0, 10) === b.slice(0, 10) ? `${a.slice(0, 16)} – ${b.slice(11)}` : `${a} – ${b}`}`;
    }
  }
}
