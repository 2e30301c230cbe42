import type { EventUplift, ForecastResult, ScenarioResult, SaleScenario } from '../../shared/forecast';
import type { Series } from '../../shared/series';
import { learnUplifts } from './event-uplift';
import { forecastSeries } from './forecast-series';
import type { Progress } from './forecast-regular';
import { medianStep } from './regular-grid';
import { coarsen, interpolate } from './coarsen';

export type ScenarioOutcome = { ok: true; result: ScenarioResult } | { ok: false; reason: string };

/** The seed case: flash sales lift traffic three to four times (seeds/, the SRE flash-sale playbook). */
export const DEFAULT_SALE_MULTIPLIER = 3.5;
const DEFAULT_RAMP_MINUTES = 30;
/** Spread of log peak multipliers assumed when fewer than two past sales show it. */
const DEFAULT_LOG_SPREAD = 0.15;
const HOUR_MS = 3_600_000;
const LEAD_IN_MS = 2 * HOUR_MS;

/** An hourly-mean forecast read at a finer step: each hourly value stands at its bucket's middle. */
function resample(f: ForecastResult, lastT: number, step: number, until: number): Pick<ForecastResult, 't' | 'mean' | 'lo80' | 'hi80' | 'lo95' | 'hi95' | 'model' | 'notes'> {
  const count = Math.ceil((until - lastT) / step);
  const t = Float64Array.from({ length: count }, (_, k) => lastT + (k + 1) * step);
  const centres = f.t.map((x) => x + f.intervalMs / 2);
  const at = (ys: Float64Array) => t.map((x) => interpolate(centres, ys, x));
  return { t, mean: at(f.mean), lo80: at(f.lo80), hi80: at(f.hi80), lo95: at(f.lo95), hi95: at(f.hi95), model: f.model, notes: f.notes };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const c = s.length;
  return c % 2 ? s[(c - 1) / 2]! : 0.5 * (s[c / 2 - 1]! + s[c / 2]!);
};

/** Linear interpolation in a learned shape at `minutes` from its start. */
function shapeAt(shape: EventUplift['shape'], minutes: number): number {
  if (shape.length === 0) return 1;
  if (minutes <= shape[0]!.offsetMinutes) return shape[0]!.multiplier;
  for (let i = 1; i < shape.length; i++) {
    const b = shape[i]!;
    if (minutes <= b.offsetMinutes) {
      const a = shape[i - 1]!;
      return a.multiplier + ((b.multiplier - a.multiplier) * (minutes - a.offsetMinutes)) / (b.offsetMinutes - a.offsetMinutes);
    }
  }
  return shape[shape.length - 1]!.multiplier;
}

/**
 * The uplift over the baseline `minutes` after the sale starts. A learned shape is stretched so its peak falls at
 * the scenario's ramp, its decay keeps its learned pace, and its height is rescaled to the scenario's multiplier;
 * without one the traffic ramps linearly to the multiplier and holds it until the sale ends.
 */
export function upliftAt(minutes: number, multiplier: number, rampMinutes: number, durationMinutes: number, learned: EventUplift | null): number {
  if (minutes < 0 || minutes > durationMinutes) return 1;
  if (!learned || learned.peakMultiplier <= 1.05) return rampMinutes > 0 && minutes < rampMinutes ? 1 + ((multiplier - 1) * minutes) / rampMinutes : multiplier;
  const learnedRamp = learned.rampMinutes;
  const tau = minutes <= rampMinutes ? (rampMinutes > 0 ? (minutes * learnedRamp) / rampMinutes : learnedRamp) : learnedRamp + (minutes - rampMinutes);
  const u = shapeAt(learned.shape, tau);
  return Math.max(1, 1 + ((u - 1) * (multiplier - 1)) / (learned.peakMultiplier - 1));
}

/**
 * A sale scenario: learn past sales' uplift, forecast the baseline through the next sale (past sales left out
 * of the fit), and multiply. The interval combines the baseline's conformal interval with the spread of the
 * learned multipliers (log-normal; an assumed 15 % when fewer than two sales are known).
 */
export function forecastSale(series: Series, scenario: SaleScenario, onProgress?: Progress): ScenarioOutcome {
  const n = series.t.length;
  if (n < 2) return { ok: false, reason: 'the series is too short to forecast' };
  const lastT = series.t[n - 1]!;
  const saleEnd = scenario.saleStart + scenario.saleDurationMinutes * 60_000;
  if (scenario.saleStart <= lastT) return { ok: false, reason: 'the sale must start after the history ends' };
  const step = medianStep(series.t);
  const notes: string[] = [];

  const learned = scenario.pastSales.length > 0 ? learnUplifts(series, scenario.pastSales) : null;
  if (learned && !learned.ok) return learned;
  const uplifts = learned?.ok ? learned.uplifts : [];
  if (learned?.ok) notes.push(...learned.notes);
  const multipliers = uplifts.map((u) => u.peakMultiplier);

  let multiplierSource: ScenarioResult['multiplierSource'] = 'given';
  let multiplier = scenario.multiplier ?? NaN;
  if (scenario.multiplier === null) {
    multiplierSource = multipliers.length > 0 ? 'learned' : 'default';
    multiplier = multipliers.length > 0 ? median(multipliers) : DEFAULT_SALE_MULTIPLIER;
    if (multipliers.length === 0) notes.push(`no past sale marked: assumed ${DEFAULT_SALE_MULTIPLIER}× (the 3–4× of past flash sales)`);
  }
  const rampMinutes = scenario.rampMinutes ?? (uplifts.length > 0 ? median(uplifts.map((u) => u.rampMinutes)) : DEFAULT_RAMP_MINUTES);
  const logs = multipliers.map(Math.log);
  const logMean = logs.reduce((a, b) => a + b, 0) / Math.max(1, logs.length);
  const spread = logs.length >= 2 ? Math.sqrt(logs.reduce((a, b) => a + (b - logMean) ** 2, 0) / (logs.length - 1)) : DEFAULT_LOG_SPREAD;
  if (logs.length < 2) notes.push(`the multiplier's uncertainty is an assumed ±${Math.round(DEFAULT_LOG_SPREAD * 100)} % (log scale): mark two or more past sales to learn it`);

  // A sale weeks away at a 5-minute step would be thousands of steps: forecast the baseline on hourly means then,
  // and lay the (sub-hour) uplift on the baseline interpolated back to the series' own step.
  const coarse = step < HOUR_MS && (saleEnd - lastT) / step > 1000;
  const fitSeries = coarse ? coarsen(series, HOUR_MS) : series;
  const fitStep = coarse ? HOUR_MS : step;
  const fitLast = fitSeries.t[fitSeries.t.length - 1]!;
  const base = forecastSeries(fitSeries, { horizonSteps: Math.ceil((saleEnd - fitLast) / fitStep) + 1, exclude: scenario.pastSales }, onProgress);
  if (!base.ok) return base;
  if (coarse) notes.push('the baseline was forecast on hourly means (the sale is far ahead) and interpolated to the series step');
  const f = coarse ? resample(base.result, lastT, step, saleEnd) : base.result;
  const growth = 1 + scenario.organicGrowthFraction;
  const shapeSource = uplifts.length > 0 ? uplifts[uplifts.length - 1]! : null;

  const first = Math.max(0, f.t.findIndex((t) => t >= scenario.saleStart - LEAD_IN_MS));
  const count = f.t.length - first;
  const curve = {
    t: new Float64Array(count),
    mean: new Float64Array(count),
    lo80: new Float64Array(count),
    hi80: new Float64Array(count),
    lo95: new Float64Array(count),
    hi95: new Float64Array(count),
  };
  let peakK = 0;
  for (let k = 0; k < count; k++) {
    const j = first + k;
    const t = f.t[j]!;
    const u = upliftAt((t - scenario.saleStart) / 60_000, multiplier, rampMinutes, scenario.saleDurationMinutes, shapeSource);
    // The uplift above 1 is what is uncertain; a log-normal spread on it, z = 1.2816 (80 %) and 1.96 (95 %).
    const band = (z: number, sign: number) => 1 + (u - 1) * Math.exp(sign * z * spread);
    curve.t[k] = t;
    curve.mean[k] = f.mean[j]! * growth * u;
    curve.lo80[k] = f.lo80[j]! * growth * band(1.2816, -1);
    curve.hi80[k] = f.hi80[j]! * growth * band(1.2816, 1);
    curve.lo95[k] = f.lo95[j]! * growth * band(1.96, -1);
    curve.hi95[k] = f.hi95[j]! * growth * band(1.96, 1);
    if (curve.mean[k]! > curve.mean[peakK]!) peakK = k;
  }
  // The normal daily peak: the baseline's highest value in the day before the sale.
  let normalPeak = 0;
  for (let j = 0; j < f.t.length; j++) if (f.t[j]! >= scenario.saleStart - 86_400_000 && f.t[j]! < scenario.saleStart) normalPeak = Math.max(normalPeak, f.mean[j]! * growth);
  if (normalPeak === 0) normalPeak = Math.max(...Array.from(f.mean)) * growth;
  const j = first + peakK;
  return {
    ok: true,
    result: {
      scenarioId: scenario.id,
      multiplier,
      multiplierSource,
      rampMinutes,
      baselineAtPeak: f.mean[j]! * growth,
      peak: { t: curve.t[peakK]!, value: curve.mean[peakK]!, lo80: curve.lo80[peakK]!, hi80: curve.hi80[peakK]!, lo95: curve.lo95[peakK]!, hi95: curve.hi95[peakK]! },
      normalPeak,
      baselineModel: f.model,
      curve,
      uplifts,
      notes: [...notes, ...f.notes],
    },
  };
}
