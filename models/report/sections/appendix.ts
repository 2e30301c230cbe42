import type { Workspace } from '../../../shared/workspace';
import { formatDateTime, formatNumber, formatPercent, plural } from '../format';
import type { Block, ReportSection } from '../report-model';
import type { ReportInputs } from '../report-inputs';
import { describeModel } from './forecast';

/** Where every figure came from: the files, their formats and spans, and each model's parameters and errors. */
export function appendixSection(inputs: ReportInputs): ReportSection {
  const blocks: Block[] = [{ kind: 'subheading', text: 'Data sources' }, ...dataSources(inputs.workspace)];
  blocks.push({ kind: 'subheading', text: 'Model diagnostics' });
  blocks.push(...forecastDiagnostics(inputs), ...capacityDiagnostics(inputs), ...sloDiagnostics(inputs), ...incidentDiagnostics(inputs));
  if (inputs.problems.length) blocks.push({ kind: 'list', items: inputs.problems.map((p) => `${p.subject}: ${p.reason}`) });
  if (inputs.timings.length) blocks.push({ kind: 'paragraph', text: `Model run times: ${inputs.timings.map((t) => `${t.model} ${formatNumber(t.ms)} ms`).join(', ')}.` });
  return { id: 'appendix', title: 'Appendix: data sources and model diagnostics', hasContent: true, blocks };
}

function seriesSpan(ws: Workspace, ids: string[]): string {
  let start = Infinity;
  let end = -Infinity;
  for (const s of ws.series) {
    if (!ids.includes(s.id) || s.t.length === 0) continue;
    start = Math.min(start, s.t[0]!);
    end = Math.max(end, s.t[s.t.length - 1]!);
  }
  return Number.isFinite(start) ? `${formatDateTime(start)} – ${formatDateTime(end)}` : '—';
}

function dataSources(ws: Workspace): Block[] {
  if (ws.datasets.length === 0) return [{ kind: 'missing', text: 'No files imported.' }];
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: 'Imported files',
      columns: [{ label: 'File' }, { label: 'Format' }, { label: 'Holds' }, { label: 'Time range' }, { label: 'Rejected', align: 'right' }],
      rows: ws.datasets.map((d) => [
        d.file,
        d.format,
        d.kind === 'metrics' ? plural(d.seriesIds.length, 'series', 'series') : plural(d.eventCount, 'event'),
        d.kind === 'metrics' ? seriesSpan(ws, d.seriesIds) : eventSpan(ws),
        String(d.rejectedCount),
      ]),
    },
    {
      kind: 'table',
      caption: 'Series',
      columns: [{ label: 'Series' }, { label: 'Unit' }, { label: 'Points', align: 'right' }, { label: 'From', nowrap: true }, { label: 'To', nowrap: true }],
      rows: ws.series.map((s) => [
        `${s.name}${Object.keys(s.labels).length ? ` {${Object.entries(s.labels).map(([k, v]) => `${k}="${v}"`).join(', ')}}` : ''}`,
        s.unit,
        s.t.length.toLocaleString('en-US'),
        formatDateTime(s.t[0]),
        formatDateTime(s.t[s.t.length - 1]),
      ]),
    },
  ];
  if (ws.events.length > 0) {
    const bySource = new Map<string, { count: number; start: number; end: number }>();
    for (const e of ws.events) {
      const s = bySource.get(e.source) ?? { count: 0, start: Infinity, end: -Infinity };
      bySource.set(e.source, { count: s.count + 1, start: Math.min(s.start, e.t), end: Math.max(s.end, e.t) });
    }
    blocks.push({
      kind: 'table',
      caption: 'Incident log sources',
      columns: [{ label: 'Source' }, { label: 'Events', align: 'right' }, { label: 'From', nowrap: true }, { label: 'To', nowrap: true }],
      rows: [...bySource].map(([source, s]) => [source, String(s.count), formatDateTime(s.start), formatDateTime(s.end)]),
    });
  }
  const notes = ws.datasets.flatMap((d) => [...d.notes.map((n) => `${d.file}: ${n}`), ...d.rejected.slice(0, 5).map((r) => `${d.file}:${r.line}: ${r.reason}`)]);
  if (notes.length) blocks.push({ kind: 'paragraph', text: 'Import notes:' }, { kind: 'list', items: notes });
  return blocks;
}

function eventSpan(ws: Workspace): string {
  if (ws.events.length === 0) return '—';
  let start = Infinity;
  let end = -Infinity;
  for (const e of ws.events) {
    start = Math.min(start, e.t);
    end = Math.max(end, e.t);
  }
  return `${formatDateTime(start)} – ${formatDateTime(end)}`;
}

function forecastDiagnostics(inputs: ReportInputs): Block[] {
  const f = inputs.forecast;
  if (!f) return [{ kind: 'paragraph', text: 'Forecast: not run.' }];
  const params = Object.entries(f.params).map(([k, v]) => `${k} = ${typeof v === 'number' ? formatNumber(v, 3) : v}`);
  return [
    {
      kind: 'paragraph',
      text: `Forecast of ${f.seriesName} (hourly means): ${describeModel(f.model)}${f.model === 'combination' && f.members.length ? ` over ${f.members.map(describeModel).join(', ')}` : ''}; seasonal periods ${f.periods.join(', ')} steps; ${f.backtest.folds} rolling-origin folds of ${f.backtest.horizonSteps} steps; sMAPE ${formatNumber(f.backtest.smape, 2)} %, MASE ${formatNumber(f.backtest.mase, 3)}, 80 % coverage ${formatPercent(f.backtest.coverage80)}, 95 % coverage ${formatPercent(f.backtest.coverage95)}.${params.length ? ` Parameters: ${params.join(', ')}.` : ''}`,
    },
    {
      kind: 'table',
      caption: 'Forecast models compared by backtest',
      columns: [{ label: 'Model' }, { label: 'sMAPE', align: 'right' }, { label: 'MASE', align: 'right' }, { label: 'Mean error', align: 'right' }, { label: 'Fit time', align: 'right' }],
      rows: [...f.comparison].sort((a, b) => a.mase - b.mase).map((m) => [`${describeModel(m.model)}${m.model === f.model ? ' (chosen)' : ''}`, `${formatNumber(m.smape, 2)} %`, formatNumber(m.mase, 3), formatPercent(m.relativeError), `${formatNumber(m.fitMs)} ms`]),
    },
    ...(f.notes.length ? [{ kind: 'list' as const, items: f.notes.map((n) => `Forecast: ${n}`) }] : []),
    ...scenarioDiagnostics(inputs),
  ];
}

function scenarioDiagnostics(inputs: ReportInputs): Block[] {
  const sc = inputs.scenario;
  if (!sc || !inputs.scenarioInfo) return [];
  const learned = sc.uplifts.map(
    (u) => `past sale ${formatDateTime(u.window.start)}: peak ${formatNumber(u.observedPeak)} against a baseline of ${formatNumber(u.baselineAtPeak)} = ${formatNumber(u.peakMultiplier, 2)}×, peak ${formatNumber(u.rampMinutes)} min after the start`,
  );
  return [
    {
      kind: 'paragraph',
      text: `Sale scenario "${inputs.scenarioInfo.name}": baseline ${describeModel(sc.baselineModel)} at ${formatNumber(sc.baselineAtPeak)} at the peak, × ${formatNumber(sc.multiplier, 2)} (${sc.multiplierSource}), ramp ${formatNumber(sc.rampMinutes)} min; the normal daily peak around the sale is ${formatNumber(sc.normalPeak)}.`,
    },
    { kind: 'list', items: [...learned, ...sc.notes.map((n) => `Sale scenario: ${n}`)] },
  ];
}

function capacityDiagnostics(inputs: ReportInputs): Block[] {
  const plan = inputs.plan;
  if (!plan) return [{ kind: 'paragraph', text: 'Capacity plan: not run.' }];
  const items = plan.tiers.map((t) => {
    const usl = t.usl ? ` USL fit σ = ${formatNumber(t.usl.sigma, 4)}, κ = ${formatNumber(t.usl.kappa, 5)}, λ = ${formatNumber(t.usl.lambda, 2)}, R² = ${formatNumber(t.usl.r2, 3)} on ${t.usl.points} points.` : '';
    return `${t.name}: ${t.capacityExplanation}.${usl} ${t.redundancyNote}`;
  });
  return [{ kind: 'list', items: [...items, ...plan.notes, ...plan.problems.map((p) => `${p.tierId}: ${p.reason}`)] }];
}

function sloDiagnostics(inputs: ReportInputs): Block[] {
  if (inputs.slos.length === 0) return [{ kind: 'paragraph', text: 'SLOs: none evaluated.' }];
  return inputs.slos.map((r) => ({ kind: 'list' as const, items: [...r.explanation.map((e) => `${r.slo.name}: ${e}`), ...r.warnings.map((w) => `${r.slo.name}: ${w}`)] }));
}

function incidentDiagnostics(inputs: ReportInputs): Block[] {
  const notes = inputs.incidents.flatMap((i) => i.notes.map((n) => `${i.title}: ${n}`));
  return notes.length ? [{ kind: 'list', items: notes }] : [];
}
