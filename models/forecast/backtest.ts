import type { ForecastModelName } from '../../shared/forecast';
import type { CandidateModel, ModelContext } from './candidates';
import { mae, maseScale, smape } from './metrics';

/** Where the rolling-origin folds cut the history: each origin is the length of that fold's training part. */
export interface FoldPlan {
  origins: number[];
  horizon: number;
}

/**
 * Rolling-origin evaluation (Tashman 2000, Int. J. Forecasting 16): the last fold ends at the last observation,
 * earlier ones step back by `step`, each leaving at least `minTrain` points to fit on.
 */
export function planFolds(n: number, horizon: number, folds: number, step: number, minTrain: number): FoldPlan {
  const origins: number[] = [];
  for (let f = 0; f < folds; f++) {
    const o = n - horizon - f * step;
    if (o < minTrain) break;
    origins.push(o);
  }
  return { origins: origins.reverse(), horizon };
}

export interface ModelBacktest {
  model: ForecastModelName;
  /** One forecast per fold, each `horizon` long. */
  forecasts: Float64Array[];
  smape: number;
  mase: number;
  relativeError: number;
  fitMs: number;
}

/** Fold-by-fold accuracy of any set of fold forecasts (a single model's or a combination's). */
export function scoreFolds(y: Float64Array, plan: FoldPlan, forecasts: Float64Array[], m: number) {
  let s = 0;
  let ms = 0;
  let rel = 0;
  plan.origins.forEach((o, f) => {
    const actual = y.subarray(o, o + plan.horizon);
    const fc = forecasts[f]!;
    s += smape(actual, fc);
    const scale = maseScale(y.subarray(0, o), m);
    ms += scale > 0 ? mae(actual, fc) / scale : 0;
    let level = 0;
    for (let k = 0; k < actual.length; k++) level += Math.abs(actual[k]!);
    level /= actual.length;
    rel += level > 0 ? mae(actual, fc) / level : 0;
  });
  const F = plan.origins.length;
  return { smape: s / F, mase: ms / F, relativeError: rel / F };
}

/** Fit one model at every fold origin on at most `maxTrain` points before it, and score it. */
export function backtestModel(
  y: Float64Array,
  model: CandidateModel,
  ctx: ModelContext,
  plan: FoldPlan,
  maxTrain: number,
  floor: number,
  clock: () => number,
): ModelBacktest {
  const t0 = clock();
  const forecasts = plan.origins.map((o) => {
    const train = y.subarray(Math.max(0, o - maxTrain), o);
    const fc = model.fit(train, plan.horizon, ctx).mean;
    for (let k = 0; k < fc.length; k++) if (!(fc[k]! >= floor)) fc[k] = Number.isNaN(fc[k]!) ? train[train.length - 1]! : floor;
    return fc;
  });
  const fitMs = (clock() - t0) / Math.max(1, plan.origins.length);
  return { model: model.name, forecasts, ...scoreFolds(y, plan, forecasts, ctx.periods[0] ?? 1), fitMs };
}

/** Step-wise median of several forecasts (the robust combination of Kourentzes, Barrow & Petropoulos 2019). */
export function medianOf(forecasts: Float64Array[]): Float64Array {
  const h = forecasts[0]!.length;
  const out = new Float64Array(h);
  const buf = new Float64Array(forecasts.length);
  for (let k = 0; k < h; k++) {
    for (let i = 0; i < forecasts.length; i++) buf[i] = forecasts[i]![k]!;
    buf.sort();
    const c = buf.length;
    out[k] = c % 2 ? buf[(c - 1) / 2]! : 0.5 * (buf[c / 2 - 1]! + buf[c / 2]!);
  }
  return out;
}

/** Step-wise mean of several forecasts. */
export function meanOf(forecasts: Float64Array[]): Float64Array {
  const h = forecasts[0]!.length;
  const out = new Float64Array(h);
  for (const f of forecasts) for (let k = 0; k < h; k++) out[k]! += f[k]! / forecasts.length;
  return out;
}
