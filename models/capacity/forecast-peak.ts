import type { PeakDemand } from '../../shared/capacity';
import type { SaleScenario, ScenarioResult } from '../../shared/forecast';
import type { Series } from '../../shared/series';
import { forecastSale } from '../forecast/sale-scenario';

export type ForecastPeakOutcome =
  { ok: true; peak: PeakDemand; rampMinutes: number; notes: string[] } | { ok: false; reason: string };

/**
 * The capacity plan's peak from a forecast sale scenario: the forecast peak, its 80 % interval as the band the plan
 * sizes for, and the forecast's normal daily peak as today's baseline.
 */
export function peakFromScenarioResult(r: ScenarioResult, label: string): PeakDemand {
  return {
    t: r.peak.t,
    rps: r.peak.value,
    lo: r.peak.lo80,
    hi: r.peak.hi80,
    baselineRps: r.normalPeak,
    source: `forecast of ${label}: ${r.baselineModel} baseline × ${r.multiplier.toFixed(2)} (${r.multiplierSource}), 80 % interval`,
  };
}

export function peakFromForecast(
  series: Series,
  scenario: SaleScenario,
  label = `"${series.name}"`,
): ForecastPeakOutcome {
  const out = forecastSale(series, scenario);
  if (!out.ok) return { ok: false, reason: `forecast: ${out.reason}` };
  return {
    ok: true,
    rampMinutes: out.result.rampMinutes,
    notes: out.result.notes,
    peak: peakFromScenarioResult(out.result, label),
  };
}
