import type { CapacityPlan, TierPlan } from '../../../shared/capacity';
import type { Recommendation } from '../../../shared/recommendation';
import { chartLine } from '../chart-data';
import { formatDateTime, formatMoney, formatMs, formatNumber, formatPercent, formatRate } from '../format';
import type { Block, ReportSection } from '../report-model';
import type { ReportInputs } from '../report-inputs';

const PRIORITY_TONE = { high: 'bad', medium: 'warn', low: 'neutral' } as const;

export function capacitySection(inputs: ReportInputs): ReportSection {
  const plan = inputs.plan;
  if (!plan) {
    const why = inputs.problems.find((p) => p.subject.startsWith('capacity'));
    const text = why ? `Not yet modelled: the capacity plan could not run (${why.reason}).` : 'Not yet modelled: the study has no tiers or sale scenario to plan for. Add tiers on the Capacity page.';
    return { id: 'capacity', title: 'Capacity plan', hasContent: false, blocks: [{ kind: 'missing', text }] };
  }
  const short = plan.tiers.filter((t) => t.instancesNeeded !== null && t.instancesNeeded > t.instancesNow);
  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        { label: 'Planned peak', value: `${formatRate(plan.plannedRps, 'req/s')} at ${formatDateTime(plan.peak.t)}`, source: `${plan.planFor === 'hi' ? 'upper end of the forecast band' : 'forecast mean'}; ${plan.peak.source}` },
        { label: 'Tiers short of the peak', value: short.length === 0 ? 'none' : short.map((t) => `${t.name} (${t.instancesNow} → ${t.instancesNeeded})`).join(', '), tone: short.length ? 'bad' : 'good' },
        {
          label: 'Predicted page time at peak',
          value: `${formatMs(plan.predictedPageMs)} against an objective of ${formatMs(plan.latencySloMs)}`,
          tone: plan.predictedPageMs !== null && plan.predictedPageMs <= plan.latencySloMs ? 'good' : 'bad',
          source: 'Erlang C (M/M/c) queueing delay plus service time along one page, at the planned fleet',
        },
        { label: 'Cost of the event', value: `${formatMoney(plan.eventCost)} over ${formatNumber(plan.eventHours, 1)} h (${formatMoney(plan.extraCost)} above today's fleet)` },
      ],
    },
    {
      kind: 'table',
      caption: 'Instances per tier for the planned peak',
      columns: [
        { label: 'Tier' },
        { label: 'Now', align: 'right' },
        { label: 'Needed', align: 'right' },
        { label: 'Demand', align: 'right' },
        { label: 'Per instance', align: 'right' },
        { label: 'Utilisation at peak', align: 'right' },
        { label: 'Queueing delay', align: 'right' },
        { label: 'Headroom', align: 'right' },
      ],
      rows: plan.tiers.map((t) => [
        t.name,
        String(t.instancesNow),
        t.instancesNeeded === null ? '—' : String(t.instancesNeeded),
        formatRate(t.demandRps, 'req/s'),
        formatRate(t.rpsPerInstance, 'req/s'),
        formatPercent(t.utilizationAtPeak),
        formatMs(t.predictedWaitMs),
        formatPercent(t.headroomFraction),
      ]),
    },
  ];
  const tight = tightestTier(plan);
  if (tight && tight.timeline.length > 1) {
    const d = chartLine(tight.timeline.map((p) => p.t), tight.timeline.map((p) => p.demandRps));
    const c = chartLine(tight.timeline.map((p) => p.t), tight.timeline.map((p) => p.capacityRps));
    blocks.push({
      kind: 'chart',
      chart: {
        id: 'capacity',
        title: `${tight.name}: demand against planned capacity over the event`,
        description: `Front-door requests per second over the sale against what the planned ${tight.name} tier carries`,
        unit: 'req/s',
        yFormat: 'number',
        x: { start: d.t[0] ?? plan.saleStart, end: d.t[d.t.length - 1] ?? plan.eventEnd },
        lines: [
          { name: 'demand', tone: 'primary', ...d },
          { name: `${tight.name} capacity`, tone: 'good', dashed: true, ...c },
        ],
        bands: [],
        spans: [],
        thresholds: [],
      },
    });
  }
  blocks.push({ kind: 'subheading', text: 'Recommendations' });
  if (inputs.recommendations.length === 0) blocks.push({ kind: 'paragraph', text: 'No change is called for: every tier carries the planned peak within its target utilisation.' });
  for (const r of inputs.recommendations) blocks.push(recommendationBlock(r));
  return { id: 'capacity', title: 'Capacity plan', hasContent: true, blocks };
}

function tightestTier(plan: CapacityPlan): TierPlan | undefined {
  return [...plan.tiers].sort((a, b) => (b.utilizationAtPeak ?? 0) - (a.utilizationAtPeak ?? 0))[0];
}

export function recommendationBlock(r: Recommendation): Block {
  return {
    kind: 'item',
    title: r.title,
    badge: `${r.priority} priority`,
    tone: PRIORITY_TONE[r.priority],
    lines: [
      { label: 'Action', text: r.action },
      { label: 'Evidence', text: r.why },
    ],
  };
}
