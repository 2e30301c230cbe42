import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../demo/demo-study';
import { forecastSeries } from '../forecast/forecast-series';
import { forecastSale } from '../forecast/sale-scenario';
import { planAndRecommend } from '../recommend/recommend';
import { evaluateSlo } from '../slo/evaluate';
import { buildReport, defaultReportOptions } from './build-report';
import { formatPercent, formatRate } from './format';
import { gatherReportInputs } from './gather-inputs';
import { hourlyMeans } from './hourly';
import { REPORT_SECTIONS, type Block, type ReportModel } from './report-model';

const ws = buildDemoWorkspace();
const inputs = gatherReportInputs(ws);
const report = buildReport(inputs, { ...defaultReportOptions(ws.name, Date.UTC(2026, 10, 20)), author: 'Capacity lead' });
const text = (r: ReportModel) => JSON.stringify(r);
const facts = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'facts' ? b.facts : []));

describe('the demo study report', () => {
  it('has a cover naming the study, the author and the period its data covers', () => {
    expect(report.cover).toMatchObject({ study: ws.name, author: 'Capacity lead', title: `Flash-sale readiness: ${ws.name}` });
    expect(report.cover.period).toEqual({ start: ws.series[0]!.t[0], end: ws.series[0]!.t[ws.series[0]!.t.length - 1] });
  });

  it('has every section in reading order', () => {
    expect(report.sections.map((s) => s.id)).toEqual([...REPORT_SECTIONS]);
  });

  it('prints the forecast the forecast model returns for the hourly traffic', () => {
    const direct = forecastSeries(hourlyMeans(ws.series[0]!), { horizonSteps: inputs.forecast!.t.length });
    if (!direct.ok) throw new Error(direct.reason);
    expect(inputs.forecast!.model).toBe(direct.result.model);
    const mean = direct.result.mean;
    let k = 0;
    for (let i = 1; i < mean.length; i++) if (mean[i]! > mean[k]!) k = i;
    const section = report.sections.find((s) => s.id === 'forecast')!;
    expect(facts(section.blocks).find((f) => f.label.startsWith('Busiest hour'))!.value).toContain(formatRate(mean[k], 'req/s'));
    expect(section.blocks.some((b) => b.kind === 'chart' && b.chart.lines.every((l) => l.t.length === l.v.length && l.v.every(Number.isFinite)))).toBe(true);
  });

  it('states the sale peak the sale-scenario forecast returns, and the plan the capacity model returns', () => {
    const sale = ws.scenarios![0]!;
    const direct = forecastSale(ws.series.find((s) => s.id === sale.seriesId)!, sale);
    if (!direct.ok) throw new Error(direct.reason);
    const summary = report.sections.find((s) => s.id === 'summary')!;
    expect(facts(summary.blocks).find((f) => f.label === 'Expected peak')!.value).toContain(formatRate(direct.result.peak.value, 'req/s'));
    const { plan, recommendations } = planAndRecommend({ ...ws.capacity!.scenario, tiers: ws.capacity!.tiers });
    const capacity = report.sections.find((s) => s.id === 'capacity')!;
    const table = capacity.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => [r[0], r[1], r[2]])).toEqual(plan.tiers.map((t) => [t.name, String(t.instancesNow), String(t.instancesNeeded)]));
    expect(capacity.blocks.filter((b) => b.kind === 'item').map((b) => b.kind === 'item' && b.title)).toEqual(recommendations.map((r) => r.title));
  });

  it('prints each SLO budget exactly as the SLO model computes it', () => {
    const byId = new Map(ws.series.map((s) => [s.id, s]));
    const section = report.sections.find((s) => s.id === 'slo')!;
    for (const slo of ws.slos ?? []) {
      const r = evaluateSlo(slo, byId);
      if (!r.ok) throw new Error(r.reason);
      expect(text(report)).toContain(formatPercent(r.report.budget.consumedFraction));
      expect(section.blocks.some((b) => b.kind === 'subheading' && b.text.startsWith(slo.name))).toBe(true);
    }
  });

  it('says plainly what is not modelled instead of drawing an empty chart', () => {
    for (const s of report.sections) {
      if (!s.hasContent) {
        expect(s.blocks.some((b) => b.kind === 'missing')).toBe(true);
        expect(s.blocks.some((b) => b.kind === 'chart')).toBe(false);
      }
      for (const b of s.blocks) if (b.kind === 'chart') expect(b.chart.lines.some((l) => l.t.length > 1)).toBe(true);
    }
  });

  it('keeps only the chosen sections, in reading order whatever order they were chosen in', () => {
    const some = buildReport(inputs, { ...defaultReportOptions(ws.name, 0), sections: ['appendix', 'summary'] });
    expect(some.sections.map((s) => s.id)).toEqual(['summary', 'appendix']);
  });

  it('lists the data sources with their formats and time ranges in the appendix', () => {
    const appendix = report.sections.find((s) => s.id === 'appendix')!;
    const files = appendix.blocks.find((b) => b.kind === 'table' && b.caption === 'Imported files');
    expect(files).toMatchObject({ rows: [['demo-metrics.csv', 'demo', '3 series', '2026-09-07 00:00 UTC – 2026-11-15 23:55 UTC', '0']] });
  });

  it('is plain JSON, so the CLI can hand it to the headless page unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('a study with traffic only', () => {
  const bare = { ...ws, slos: [], capacity: null, scenarios: [], events: [], incidents: [], postmortems: [] };
  const r = buildReport(gatherReportInputs(bare), defaultReportOptions(bare.name, 0));

  it('says in plain words which models have nothing to show, and draws no chart for them', () => {
    for (const id of ['capacity', 'slo', 'incidents', 'postmortems'] as const) {
      const s = r.sections.find((x) => x.id === id)!;
      expect(s.hasContent).toBe(false);
      expect(s.blocks).toEqual([expect.objectContaining({ kind: 'missing', text: expect.stringMatching(/^Not yet modelled/) })]);
    }
    const summary = r.sections.find((s) => s.id === 'summary')!;
    expect(summary.blocks.find((b) => b.kind === 'missing')).toMatchObject({ text: expect.stringContaining('a capacity plan, SLOs, incidents, postmortems') });
  });

  it('still forecasts the traffic and names the busiest hour ahead', () => {
    const summary = r.sections.find((s) => s.id === 'summary')!;
    expect(facts(summary.blocks)[0]!.value).toMatch(/^No sale scenario yet\. Without a sale, the busiest hour/);
    expect(r.sections.find((s) => s.id === 'forecast')!.hasContent).toBe(true);
  });
});

