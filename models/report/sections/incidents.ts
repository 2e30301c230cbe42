import type { Incident } from '../../../shared/incident';
import { chartLine } from '../chart-data';
import { formatDateTime, formatMinutes, plural } from '../format';
import type { ReportChart } from '../report-model';
import type { Block, ReportSection } from '../report-model';
import type { ReportInputs } from '../report-inputs';

/** Milestones a reader checks first, with FireHydrant's duration definitions (minutes from `started`). */
export function incidentsSection(inputs: ReportInputs): ReportSection {
  const { incidents, incidentStats: stats } = inputs;
  if (incidents.length === 0 || !stats) {
    const text =
      inputs.workspace.events.length === 0
        ? 'Not yet modelled: the study has no incident log. Import PagerDuty, Opsgenie, Statuspage, Slack or event CSV files on the Data page.'
        : 'The incident log holds no incident in the study period.';
    return { id: 'incidents', title: 'Incidents', hasContent: false, blocks: [{ kind: 'missing', text }] };
  }
  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        { label: 'Incidents', value: `${plural(stats.count, 'incident')}, ${stats.resolvedCount} resolved` },
        { label: 'Mean time to resolve (MTTR)', value: formatMinutes(stats.mttrMinutes), source: 'mean of time from start to resolution over resolved incidents' },
        { label: 'Median time to resolve', value: formatMinutes(stats.medianTtrMinutes) },
        ...(stats.mtbfMinutes !== null ? [{ label: 'Mean time between failures', value: formatMinutes(stats.mtbfMinutes), source: stats.mtbfBasis }] : []),
      ],
    },
    {
      kind: 'table',
      caption: 'Incidents and their durations (minutes from the start)',
      columns: [
        { label: 'Incident' },
        { label: 'Started', nowrap: true },
        { label: 'Detected', align: 'right' },
        { label: 'Acknowledged', align: 'right' },
        { label: 'Mitigated', align: 'right' },
        { label: 'Resolved', align: 'right' },
        { label: 'Sources' },
      ],
      rows: incidents.map((i) => [
        i.title,
        formatDateTime(i.start),
        formatMinutes(i.durations.ttdMinutes),
        formatMinutes(i.durations.ttaMinutes),
        formatMinutes(i.durations.ttmMinutes),
        formatMinutes(i.durations.ttrMinutes),
        i.sources.join(', '),
      ]),
    },
  ];
  for (const i of incidents.slice(0, 8)) {
    blocks.push(...milestoneBlocks(i));
    const chart = incidentChart(inputs, i);
    if (chart) blocks.push({ kind: 'chart', chart });
  }
  return { id: 'incidents', title: 'Incidents', hasContent: true, blocks };
}

function milestoneBlocks(i: Incident): Block[] {
  const rows = Object.values(i.milestones)
    .filter((m) => m !== undefined)
    .sort((a, b) => a.t - b.t)
    .map((m) => [m.name, formatDateTime(m.t), formatMinutes((m.t - i.start) / 60_000), m.reason]);
  if (rows.length === 0) return [];
  return [
    { kind: 'subheading', text: `Milestones: ${i.title}` },
    { kind: 'table', caption: `Milestones of ${i.title}`, columns: [{ label: 'Milestone' }, { label: 'Time', nowrap: true }, { label: 'After start', align: 'right' }, { label: 'Shown by' }], rows },
  ];
}

/** Time shown either side of an incident: enough to see normal, the trouble, and the return to normal. */
const AROUND_MS = 2 * 3_600_000;

/** The incident over what users felt (the latency series if the study has one, else traffic), milestones marked. */
function incidentChart(inputs: ReportInputs, i: Incident): ReportChart | null {
  const series = inputs.workspace.series.find((s) => s.unit === 'ms') ?? inputs.traffic;
  if (!series) return null;
  const start = i.start - AROUND_MS;
  const end = i.end + AROUND_MS;
  const line = chartLine(series.t, series.v, start, end);
  if (line.t.length < 2) return null;
  return {
    id: `incident-${i.id}`,
    title: `${i.title}: ${series.name} through the incident`,
    description: `${series.name} (${series.unit}) from two hours before the incident to two hours after, with its milestones`,
    unit: series.unit,
    yFormat: 'number',
    x: { start, end },
    lines: [{ name: series.name, tone: 'primary', ...line }],
    bands: [],
    spans: [{ start: i.start, end: i.end, label: '', tone: 'incident' }],
    thresholds: [],
    moments: [...milestonesByTime(i)].map(([t, names]) => ({ t, label: names.join(', ') })),
  };
}

/** Milestones reached at the same minute share one line (acknowledged and escalated often do). */
function milestonesByTime(i: Incident): Map<number, string[]> {
  const byTime = new Map<number, string[]>();
  for (const m of Object.values(i.milestones)) if (m) byTime.set(m.t, [...(byTime.get(m.t) ?? []), m.name]);
  return byTime;
}
