import type { Scenario, ScenarioFile, Tier } from '../../shared/capacity';
import type { Series } from '../../shared/series';
import { peakFromForecast } from './forecast-peak';
import { parseLoadTestCsv } from './load-test-csv';
import { typicalDailyPeak } from './typical-peak';

/** What the host read for a scenario: each referenced load-test file's text, and the traffic file's series. */
export interface ScenarioInputs {
  loadTests: Record<string, string>;
  traffic: Series[] | null;
}

export type ScenarioResolution =
  { ok: true; scenario: Scenario; notes: string[] } | { ok: false; reason: string; file?: string; line?: number };

/** Files a scenario refers to, so the host can read them before resolving. */
export function scenarioReferences(f: ScenarioFile): { loadTests: string[]; traffic: string | null } {
  const loadTests = f.tiers.flatMap((t) =>
    t.capacity.kind === 'load-test' && 'file' in t.capacity ? [t.capacity.file] : [],
  );
  return { loadTests, traffic: 'traffic' in f.peak ? f.peak.traffic : null };
}

function pickSeries(series: Series[], name: string | undefined): Series | string {
  if (name)
    return (
      series.find((s) => s.name === name) ?? `no series named "${name}" (has: ${series.map((s) => s.name).join(', ')})`
    );
  if (series.length === 1) return series[0]!;
  const rate = series.filter((s) => /req|rps|request/i.test(`${s.name} ${s.unit}`));
  if (rate.length === 1) return rate[0]!;
  return `the traffic file has ${series.length} series; name one with "series" (has: ${series.map((s) => s.name).join(', ')})`;
}

/** Turn a validated scenario file plus the files it names into the numbers the planner takes. */
export function resolveScenarioFile(f: ScenarioFile, inputs: ScenarioInputs): ScenarioResolution {
  const notes: string[] = [];
  const tiers: Tier[] = [];
  for (const [i, t] of f.tiers.entries()) {
    if (t.capacity.kind === 'load-test' && 'file' in t.capacity) {
      const text = inputs.loadTests[t.capacity.file];
      if (text === undefined)
        return { ok: false, reason: `tiers[${i}] (${t.id}): load-test file not read`, file: t.capacity.file };
      const parsed = parseLoadTestCsv(text);
      if (!parsed.ok)
        return {
          ok: false,
          reason: parsed.reason,
          file: t.capacity.file,
          ...(parsed.line !== undefined ? { line: parsed.line } : {}),
        };
      const firstReject = parsed.rejected[0];
      if (firstReject) return { ok: false, reason: firstReject.reason, file: t.capacity.file, line: firstReject.line };
      tiers.push({
        ...t,
        capacity: {
          kind: 'load-test',
          axis: t.capacity.axis ?? parsed.axis,
          points: parsed.points,
          source: t.capacity.file,
        },
      });
    } else {
      tiers.push({ ...t, capacity: t.capacity } as Tier);
    }
  }
  const p = f.peak;
  let peak: Scenario['peak'];
  if ('traffic' in p) {
    if (!inputs.traffic) return { ok: false, reason: 'traffic file not read', file: p.traffic };
    const s = pickSeries(inputs.traffic, p.series);
    if (typeof s === 'string') return { ok: false, reason: s, file: p.traffic };
    if (p.method === 'forecast') {
      const saleStart = Date.parse(p.at) - f.rampMinutes * 60_000;
      const out = peakFromForecast(
        s,
        {
          id: 'scenario-file',
          name: f.name,
          seriesId: s.id,
          saleStart,
          saleDurationMinutes: f.durationMinutes,
          multiplier: p.multiplier ?? null,
          organicGrowthFraction: p.organicGrowth,
          rampMinutes: f.rampMinutes,
          pastSales: p.pastSales.map((w) => ({ start: Date.parse(w.start), end: Date.parse(w.end) })),
        },
        `"${s.name}" in ${p.traffic}`,
      );
      if (!out.ok) return { ok: false, reason: out.reason, file: p.traffic };
      peak = out.peak;
      notes.push(`peak from the forecast engine (models/forecast/sale-scenario): ${peak.source}`, ...out.notes);
      return finish(f, tiers, peak, notes);
    }
    const typical = typicalDailyPeak(s, p.baselineDays);
    if (!typical) return { ok: false, reason: `series "${s.name}" has no numbers`, file: p.traffic };
    const base = typical.rps;
    const m = p.multiplier!;
    peak = {
      t: Date.parse(p.at),
      rps: base * m,
      lo: base * (p.multiplierLo ?? m),
      hi: base * (p.multiplierHi ?? m),
      baselineRps: base,
      source: `typical daily peak of "${s.name}" in ${p.traffic} (median of ${typical.days} daily maxima: ${base.toFixed(0)} ${s.unit || 'req/s'}) × ${m}`,
    };
    notes.push(`peak = typical daily peak × multiplier, not a forecast: ${peak.source}`);
  } else {
    peak = {
      t: Date.parse(p.at),
      rps: p.rps,
      lo: p.lo ?? p.rps,
      hi: p.hi ?? p.rps,
      baselineRps: p.baselineRps,
      source: 'typed in the scenario',
    };
  }
  return finish(f, tiers, peak, notes);
}

function finish(f: ScenarioFile, tiers: Tier[], peak: Scenario['peak'], notes: string[]): ScenarioResolution {
  const ids = new Set<string>();
  for (const t of tiers) {
    if (ids.has(t.id)) return { ok: false, reason: `two tiers have the id "${t.id}"` };
    ids.add(t.id);
  }
  return {
    ok: true,
    notes,
    scenario: {
      name: f.name,
      peak,
      planFor: f.planFor,
      rampMinutes: f.rampMinutes,
      durationMinutes: f.durationMinutes,
      latencySloMs: f.latencySloMs,
      maxUtilization: f.maxUtilization,
      scalingReactionSeconds: f.scalingReactionSeconds,
      errorBudgetRemaining: f.errorBudgetRemaining,
      freezeBelowBudgetFraction: f.freezeBelowBudgetFraction,
      tiers,
    },
  };
}
