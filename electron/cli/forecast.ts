import { parseArgs } from 'node:util';
import { FORECAST_MODELS, type ForecastModelName, type ForecastResult } from '../../shared/forecast';
import type { Series } from '../../shared/series';
import { forecastSeries } from '../../models/forecast/forecast-series';
import { horizonSteps, parseHorizon } from '../../models/forecast/horizon';
import { medianStep } from '../../models/forecast/regular-grid';
import { isKnownZone } from '../../models/import/timestamp';
import { importFile } from '../node/import-file';
import { iso, printJson, problem, round, UsageError } from './output';

export const forecastHelp = 'headroom forecast FILE [--series NAME | --all] --horizon N|48h|7d [--model NAME] [--tz ZONE] [--json]';

/** The CLI.md JSON shape of one forecast, plus the explanation fields the app shows. */
function toJson(r: ForecastResult) {
  const b = r.backtest;
  return {
    series: r.seriesName,
    model: r.model,
    members: r.members,
    params: r.params,
    periods: r.periods,
    interval_s: r.intervalMs / 1000,
    points: Array.from(r.t, (t, k) => ({
      t: iso(t),
      mean: round(r.mean[k]!),
      lo80: round(r.lo80[k]!),
      hi80: round(r.hi80[k]!),
      lo95: round(r.lo95[k]!),
      hi95: round(r.hi95[k]!),
    })),
    backtest: {
      smape: round(b.smape),
      mase: round(b.mase),
      coverage80: round(b.coverage80),
      coverage95: round(b.coverage95),
      folds: b.folds,
      relative_error: round(b.relativeError),
      horizon_steps: b.horizonSteps,
      tested_minutes: round(b.testedMinutes),
    },
    comparison: r.comparison.map((c) => ({ model: c.model, smape: round(c.smape), mase: round(c.mase), relative_error: round(c.relativeError), fit_ms: round(c.fitMs) })),
    notes: r.notes,
  };
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(0)} %` : 'n/a');

function describe(r: ForecastResult): string {
  const b = r.backtest;
  const lines = [
    `${r.seriesName}: ${r.model}${r.model === 'combination' ? ` (median of ${r.members.join(', ')})` : ''}, every ${r.intervalMs / 1000} s, seasons ${r.periods.join(' + ') || 'none'} steps`,
    b.folds > 0
      ? `  backtest over ${b.folds} folds: off by ${pct(b.relativeError)} on average (sMAPE ${b.smape.toFixed(2)}, MASE ${b.mase.toFixed(3)}); intervals covered ${pct(b.coverage80)} (80 %) and ${pct(b.coverage95)} (95 %)`
      : '  not enough history to backtest',
    ...r.notes.map((n) => `  note: ${n}`),
    `  ${'time'.padEnd(21)} ${'mean'.padStart(12)} ${'80 % interval'.padStart(25)} ${'95 % interval'.padStart(25)}`,
  ];
  r.t.forEach((t, k) => {
    const f = (x: number) => String(round(x));
    lines.push(`  ${iso(t)!.padEnd(21)} ${f(r.mean[k]!).padStart(12)} ${`${f(r.lo80[k]!)} … ${f(r.hi80[k]!)}`.padStart(25)} ${`${f(r.lo95[k]!)} … ${f(r.hi95[k]!)}`.padStart(25)}`);
  });
  return lines.join('\n') + '\n';
}

/** `headroom forecast`: forecast one series (or all) of a file, choosing the model by backtest unless told. */
export async function runForecast(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      series: { type: 'string' },
      all: { type: 'boolean' },
      horizon: { type: 'string' },
      model: { type: 'string' },
      tz: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) throw new UsageError(`expected one file\nusage: ${forecastHelp}`);
  if (!values.horizon) throw new UsageError(`--horizon is required\nusage: ${forecastHelp}`);
  if (values.series && values.all) throw new UsageError('--series and --all cannot be used together');
  const horizon = parseHorizon(values.horizon);
  if (!horizon.ok) throw new UsageError(`--horizon ${horizon.reason}`);
  const model = values.model as ForecastModelName | undefined;
  if (model && !FORECAST_MODELS.includes(model)) throw new UsageError(`--model ${model}: not a model (choose from ${FORECAST_MODELS.join(', ')})`);
  const zone = values.tz ?? 'UTC';
  if (!isKnownZone(zone)) throw new UsageError(`--tz ${zone}: not a time zone this system knows (use an IANA name such as Europe/Berlin)`);

  const file = positionals[0]!;
  const outcome = await importFile(file, zone);
  if (!outcome.ok) {
    problem(file, outcome.reason);
    return 2;
  }
  const imported = outcome.result;
  for (const reject of imported.rejected) process.stderr.write(`${file}:${reject.line}: warning: ${reject.reason} (row skipped)\n`);
  if (imported.series.length === 0) {
    problem(file, 'holds no metric series to forecast');
    return 2;
  }
  let chosen: Series[];
  if (values.all) chosen = imported.series;
  else if (values.series) {
    const match = imported.series.filter((s) => s.name === values.series);
    if (match.length === 0) {
      problem(file, `no series named "${values.series}" (it has: ${imported.series.map((s) => s.name).join(', ')})`);
      return 2;
    }
    chosen = match.slice(0, 1);
  } else if (imported.series.length === 1) chosen = imported.series;
  else {
    problem(file, `holds ${imported.series.length} series; name one with --series (${imported.series.map((s) => s.name).join(', ')}) or use --all`);
    return 2;
  }

  const results: ForecastResult[] = [];
  let status = 0;
  for (const s of chosen) {
    const steps = horizonSteps(horizon.horizon, medianStep(s.t));
    if (chosen.length > 1) process.stderr.write(`forecasting ${s.name} (${steps} steps)…\n`);
    const out = forecastSeries(s, { horizonSteps: steps, ...(model ? { model } : {}) }, undefined, () => performance.now());
    if (!out.ok) {
      problem(file, `${s.name}: ${out.reason}`);
      status = 2;
      continue;
    }
    results.push(out.result);
  }
  if (values.json) printJson(values.all ? { forecasts: results.map(toJson) } : (results[0] ? toJson(results[0]) : null));
  else for (const r of results) process.stdout.write(describe(r));
  return status;
}
