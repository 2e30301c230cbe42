import type { ForecastOptions, ForecastOutcome } from '../../shared/forecast';
import type { Series } from '../../shared/series';
import { clipOutliers } from './clip-outliers';
import { fillGaps } from './fill-gaps';
import { findSeasons } from './find-seasons';
import { forecastRegular, type Progress } from './forecast-regular';
import { regularize } from './regular-grid';

const MIN_POINTS = 8;

/**
 * The one entry the app, the worker and the CLI call: regularise the series to its own interval (gaps stay in
 * place, duplicates are averaged), leave out excluded windows, find its seasons, fill gaps, clip outliers, then
 * choose a model by rolling-origin backtest and forecast `horizonSteps` with calibrated 80 % and 95 % intervals.
 */
export function forecastSeries(series: Series, options: ForecastOptions, onProgress?: Progress, clock?: () => number): ForecastOutcome {
  if (!(options.horizonSteps >= 1)) return { ok: false, reason: 'the horizon must be at least one step' };
  const grid = regularize(series.t, series.v);
  if (!grid.ok) return grid;
  const { start, stepMs, duplicates } = grid.series;
  const raw = grid.series.y;
  const notes: string[] = [];
  let excluded = 0;
  for (const w of options.exclude ?? []) {
    const a = Math.max(0, Math.ceil((w.start - start) / stepMs));
    const b = Math.min(raw.length - 1, Math.floor((w.end - start) / stepMs));
    for (let i = a; i <= b; i++) {
      if (!Number.isNaN(raw[i]!)) excluded++;
      raw[i] = NaN;
    }
  }
  let present = 0;
  for (let i = 0; i < raw.length; i++) if (!Number.isNaN(raw[i]!)) present++;
  if (present < MIN_POINTS) return { ok: false, reason: `needs at least ${MIN_POINTS} values to forecast, has ${present}` };
  const gaps = raw.length - present - excluded;
  if (duplicates > 0) notes.push(`${duplicates} points shared a time slot with another and were averaged`);
  if (gaps > 0) notes.push(`${gaps} missing steps filled from the seasonal pattern (the season index is kept)`);
  if (excluded > 0) notes.push(`${excluded} points in excluded windows left out of the fit`);

  const periods = options.periods ?? findSeasons(raw, stepMs);
  const filled = fillGaps(raw, periods[0] ?? 1);
  const cleaned = clipOutliers(filled, periods);
  if (cleaned.clipped > 0) notes.push(`${cleaned.clipped} outlying points clipped so past incidents do not skew the baseline`);

  const fc = forecastRegular(
    cleaned.y,
    { horizon: options.horizonSteps, periods, ...(options.model ? { model: options.model } : {}), ...(options.folds ? { folds: options.folds } : {}), ...(clock ? { clock } : {}) },
    onProgress,
  );
  const n = cleaned.y.length;
  const t = new Float64Array(options.horizonSteps);
  for (let k = 0; k < t.length; k++) t[k] = start + (n + k) * stepMs;
  const history = { t: new Float64Array(n), v: filled };
  for (let i = 0; i < n; i++) history.t[i] = start + i * stepMs;
  const b = fc.backtest;
  return {
    ok: true,
    result: {
      seriesName: series.name,
      model: fc.model,
      members: fc.members,
      params: fc.params,
      intervalMs: stepMs,
      periods,
      history,
      t,
      mean: fc.mean,
      lo80: fc.lo80,
      hi80: fc.hi80,
      lo95: fc.lo95,
      hi95: fc.hi95,
      backtest: { ...b, testedMinutes: b.folds > 0 ? ((b.horizonSteps + (b.folds - 1) * Math.max(1, Math.round(b.horizonSteps / 2))) * stepMs) / 60_000 : 0 },
      comparison: fc.comparison,
      notes: [...notes, ...fc.notes],
    },
  };
}
