import { formatDateTime, formatMinutes, formatNumber, formatObjective, formatRate, plural } from '../format';
import type { Fact, ReportSection } from '../report-model';
import type { ReportInputs } from '../report-inputs';
import { budgetTone, budgetWords } from './slo';

const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/**
 * The page a lead reads: expected peak, will we hold, what to change, budget status — each in one plain sentence,
 * and each only where its model has run; what the study does not cover yet is said once at the end.
 */
export function summarySection(inputs: ReportInputs): ReportSection {
  const facts: Fact[] = [];
  const missing: string[] = [];
  const unit = inputs.traffic?.unit ?? 'req/s';

  if (inputs.scenario && inputs.scenarioInfo) {
    const p = inputs.scenario.peak;
    facts.push({
      label: 'Expected peak',
      value: `${formatRate(p.value, unit)} at ${formatDateTime(p.t)}, ${formatNumber(inputs.scenario.multiplier, 1)}× a normal day (95 % interval ${formatNumber(p.lo95)}–${formatNumber(p.hi95)}).`,
      source: `forecast and scenario "${inputs.scenarioInfo.name}"`,
    });
    if (inputs.plan) {
      const pp = inputs.plan.peak;
      facts.push({ label: 'Planned for', value: `The capacity plan sizes for ${formatRate(inputs.plan.plannedRps, 'req/s')} at ${formatDateTime(pp.t)}.`, source: `capacity scenario "${inputs.plan.scenarioName}": ${pp.source}` });
    }
  } else if (inputs.plan) {
    const p = inputs.plan.peak;
    facts.push({ label: 'Expected peak', value: `${formatRate(p.rps, 'req/s')} at ${formatDateTime(p.t)} (range ${formatNumber(p.lo)}–${formatNumber(p.hi)}).`, source: p.source });
  } else if (inputs.forecast) {
    const f = inputs.forecast;
    let k = 0;
    for (let i = 1; i < f.mean.length; i++) if (f.mean[i]! > f.mean[k]!) k = i;
    facts.push({
      label: 'Expected peak',
      value: `No sale scenario yet. Without a sale, the busiest hour of the coming week is ${formatDateTime(f.t[k])} at ${formatRate(f.mean[k], unit)} (95 % interval ${formatNumber(f.lo95[k])}–${formatNumber(f.hi95[k])}).`,
      source: 'baseline forecast',
    });
  } else missing.push('a traffic forecast');

  if (inputs.plan) {
    const short = inputs.plan.tiers.filter((t) => t.instancesNeeded !== null && t.instancesNeeded > t.instancesNow);
    const unplanned = inputs.plan.problems.length;
    facts.push(
      short.length === 0 && unplanned === 0
        ? { label: 'Will we hold?', value: `Yes. Every tier carries the planned peak of ${formatRate(inputs.plan.plannedRps, 'req/s')} with the instances it has.`, tone: 'good' }
        : {
            label: 'Will we hold?',
            value: `Not as we stand. ${plural(short.length, 'tier')} of ${inputs.plan.tiers.length} must grow for the planned peak of ${formatRate(inputs.plan.plannedRps, 'req/s')}: ${short.map((t) => `${t.name} ${t.instancesNow} → ${t.instancesNeeded}`).join(', ')}.${unplanned ? ` ${plural(unplanned, 'tier')} could not be planned.` : ''}`,
            tone: 'bad',
          },
    );
    const recs = [...inputs.recommendations].sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
    facts.push({
      label: 'What to change',
      value: recs.length === 0 ? 'Nothing: the plan needs no change.' : recs.slice(0, 4).map((r) => `${r.title}.`).join(' ') + (recs.length > 4 ? ` (${recs.length - 4} more in the capacity plan.)` : ''),
      tone: recs.some((r) => r.priority === 'high') ? 'warn' : 'neutral',
    });
  } else missing.push('a capacity plan');

  if (inputs.slos.length) {
    for (const r of inputs.slos) {
      facts.push({
        label: `Budget: ${r.slo.name}`,
        value: `${formatObjective(r.slo.objective)} target; ${budgetWords(r)}${r.exhaustion.at !== null && !r.exhaustion.alreadyExhausted ? `, running out ${formatDateTime(r.exhaustion.at)} at the current rate` : ''}.`,
        tone: budgetTone(r.budget.remainingFraction),
      });
    }
  } else missing.push('SLOs');

  if (inputs.incidentStats && inputs.incidents.length) {
    const s = inputs.incidentStats;
    const longest = [...inputs.incidents].sort((a, b) => (b.durations.ttrMinutes ?? 0) - (a.durations.ttrMinutes ?? 0))[0]!;
    facts.push({
      label: 'Incidents',
      value: `${plural(s.count, 'incident')} in the study; mean time to resolve ${formatMinutes(s.mttrMinutes)}. Longest: ${longest.title} (${formatMinutes(longest.durations.ttrMinutes)}, detected after ${formatMinutes(longest.durations.ttdMinutes)}).`,
    });
  } else missing.push('incidents');
  if (inputs.postmortems.length === 0) missing.push('postmortems');

  const blocks: ReportSection['blocks'] = [{ kind: 'facts', facts }];
  if (missing.length) blocks.push({ kind: 'missing', text: `This report does not cover yet: ${missing.join(', ')} (not yet modelled in this study).` });
  return { id: 'summary', title: 'Executive summary', hasContent: facts.length > 0, blocks };
}
