import type { ForecastModelName } from '../../shared/forecast';
import { seasonalityTest90 } from './acf';
import { classicalSeasonalIndices } from './classical-decomposition';
import { aicc, fitEts, forecastEts, type EtsFit, type EtsSpec } from './holt-winters';
import { mstl, type MstlResult } from './mstl';
import { naive2, seasonalNaive } from './naive';
import { thetaForecast } from './theta';

/** What every candidate model gets besides the history. */
export interface ModelContext {
  /** Seasonal periods in steps, shortest first (may be empty). */
  periods: number[];
  /** The history is never negative, so neither may a forecast be. */
  nonNegative: boolean;
  /** The history is strictly positive (log and multiplicative models apply). */
  positive: boolean;
  /** Decompositions already made of a training slice, shared by the MSTL models within one forecast. */
  decompositions?: Map<string, MstlResult>;
  /**
   * Each ETS fit's optimiser coordinates, by model: the next fold (later in time) starts from them, which needs far
   * fewer evaluations and uses no data from after its own origin.
   */
  warm?: Map<string, Float64Array>;
}

/** Fit an ETS model, warm-started from the previous fold's parameters when there are any. */
function fitWarm(y: Float64Array, spec: EtsSpec, ctx: ModelContext, key: string): EtsFit {
  const warm = ctx.warm?.get(key);
  const fit = fitEts(y, spec, warm ? { warm, maxEvals: 25 * (warm.length + 1) } : {});
  ctx.warm?.set(key, fit.raw);
  return fit;
}

export interface ModelForecast {
  mean: Float64Array;
  params: Record<string, number | string>;
}

export interface CandidateModel {
  name: ForecastModelName;
  /** Whether the model can run on this history at all. */
  applies(n: number, ctx: ModelContext): boolean;
  fit(y: Float64Array, h: number, ctx: ModelContext): ModelForecast;
}

const primary = (ctx: ModelContext) => ctx.periods[0] ?? 1;
/** Smoothing models see at most this many recent points (and whole seasons): their states forget older data anyway. */
const FIT_TAIL = 2000;
const tail = (y: Float64Array, m = 1) => (y.length > Math.max(FIT_TAIL, 4 * m) ? y.subarray(y.length - Math.max(FIT_TAIL, 4 * m)) : y);
const longest = (ctx: ModelContext) => ctx.periods[ctx.periods.length - 1] ?? 1;
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Repeat each MSTL seasonal component's last cycle over the horizon (seasonal naive per component). */
function seasonalsAhead(dec: MstlResult, n: number, h: number): Float64Array {
  const out = new Float64Array(h);
  dec.periods.forEach((p, i) => {
    const s = dec.seasonals[i]!;
    for (let k = 0; k < h; k++) out[k]! += s[n - p + (k % p)]!;
  });
  return out;
}

function adjusted(dec: MstlResult): Float64Array {
  const sa = new Float64Array(dec.trend.length);
  for (let i = 0; i < sa.length; i++) sa[i] = dec.trend[i]! + dec.remainder[i]!;
  return sa;
}

/** Non-seasonal ETS for a seasonally adjusted series: SES or damped Holt, whichever has the lower AICc. */
function fitAdjusted(all: Float64Array, ctx: ModelContext, key: string): EtsFit {
  const sa = tail(all);
  const ses = fitWarm(sa, { trend: 'none', season: 'none', m: 1 }, ctx, `${key}:ses`);
  const damped = fitWarm(sa, { trend: 'damped', season: 'none', m: 1 }, ctx, `${key}:damped`);
  return aicc(damped) < aicc(ses) ? damped : ses;
}

function etsParams(fit: EtsFit): Record<string, number | string> {
  const p: Record<string, number | string> = { trend: fit.spec.trend, alpha: round4(fit.alpha) };
  if (fit.spec.trend !== 'none') p['beta'] = round4(fit.beta);
  if (fit.spec.season !== 'none') p['gamma'] = round4(fit.gamma);
  if (fit.spec.trend === 'damped') p['phi'] = round4(fit.phi);
  return p;
}

/** MSTL, then a model on the seasonally adjusted series, then the seasonals added back (statsforecast's MSTL forecaster). */
function mstlModel(y: Float64Array, h: number, ctx: ModelContext, log: boolean, trendModel: 'ets' | 'theta' | 'linear'): ModelForecast {
  const n = y.length;
  // Slices of one history are told apart by where they start and end in its buffer.
  const key = `${log}:${y.byteOffset}:${y.length}`;
  let dec = ctx.decompositions?.get(key);
  if (!dec) {
    dec = mstl(log ? y.map((v) => Math.log(v)) : y, ctx.periods);
    ctx.decompositions?.set(key, dec);
  }
  const sa = adjusted(dec);
  const season = seasonalsAhead(dec, n, h);
  let base: Float64Array;
  let params: Record<string, number | string>;
  if (trendModel === 'ets') {
    const fit = fitAdjusted(sa, ctx, `mstl-${log}`);
    base = forecastEts(fit, h);
    params = etsParams(fit);
  } else if (trendModel === 'theta') {
    const th = thetaForecast(tail(sa), h);
    base = th.mean;
    params = { alpha: round4(th.alpha), drift: round4(th.slope / 2) };
  } else {
    // Decomposition + trend extrapolation: the trend component's slope over its last cycle, from the last adjusted level.
    const span = Math.min(n - 1, Math.max(longest(ctx), 2));
    const slope = (dec.trend[n - 1]! - dec.trend[n - 1 - span]!) / span;
    const lastLevel = dec.trend[n - 1]!;
    base = new Float64Array(h);
    for (let k = 0; k < h; k++) base[k] = lastLevel + slope * (k + 1);
    params = { slopePerStep: slope };
  }
  const mean = new Float64Array(h);
  for (let k = 0; k < h; k++) mean[k] = base[k]! + season[k]!;
  if (log) for (let k = 0; k < h; k++) mean[k] = Math.exp(mean[k]!);
  return { mean, params: { periods: dec.periods.join('+'), ...params } };
}

const seasonalOk = (n: number, ctx: ModelContext) => ctx.periods.length > 0 && n >= 2 * primary(ctx);

/** Every model Headroom can fit, in the order the comparison table lists them. */
export const CANDIDATES: CandidateModel[] = [
  {
    name: 'seasonal-naive',
    applies: (n) => n >= 2,
    fit: (y, h, ctx) => ({ mean: seasonalNaive(y, primary(ctx), h), params: { period: primary(ctx) } }),
  },
  {
    name: 'seasonal-naive-weekly',
    applies: (n, ctx) => ctx.periods.length > 1 && n >= longest(ctx),
    fit: (y, h, ctx) => ({ mean: seasonalNaive(y, longest(ctx), h), params: { period: longest(ctx) } }),
  },
  {
    name: 'naive2',
    applies: (n) => n >= 2,
    fit: (all, h, ctx) => {
      const y = tail(all, primary(ctx));
      return { mean: naive2(y, primary(ctx), h), params: { period: primary(ctx), seasonal: String(seasonalityTest90(y, primary(ctx))) } };
    },
  },
  {
    // The per-phase median of the last three cycles of the longest season: robust to one bad day or week.
    name: 'seasonal-median',
    applies: (n, ctx) => ctx.periods.length > 0 && n >= 3 * longest(ctx),
    fit: (y, h, ctx) => {
      const p = longest(ctx);
      const n = y.length;
      const mean = new Float64Array(h);
      for (let k = 0; k < h; k++) {
        const a = y[n - p + (k % p)]!;
        const b = y[n - 2 * p + (k % p)]!;
        const c = y[n - 3 * p + (k % p)]!;
        mean[k] = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
      }
      return { mean, params: { period: p, cycles: 3 } };
    },
  },
  {
    name: 'holt-winters-additive',
    applies: (n, ctx) => seasonalOk(n, ctx) && primary(ctx) <= 400,
    fit: (y, h, ctx) => {
      const fit = fitWarm(tail(y, primary(ctx)), { trend: 'damped', season: 'additive', m: primary(ctx) }, ctx, 'hw-additive');
      return { mean: forecastEts(fit, h), params: { period: primary(ctx), ...etsParams(fit) } };
    },
  },
  {
    name: 'holt-winters-multiplicative',
    applies: (n, ctx) => seasonalOk(n, ctx) && ctx.positive && primary(ctx) <= 400,
    fit: (y, h, ctx) => {
      const fit = fitWarm(tail(y, primary(ctx)), { trend: 'damped', season: 'multiplicative', m: primary(ctx) }, ctx, 'hw-multiplicative');
      return { mean: forecastEts(fit, h), params: { period: primary(ctx), ...etsParams(fit) } };
    },
  },
  { name: 'mstl-ets', applies: (n) => n >= 8, fit: (y, h, ctx) => mstlModel(y, h, ctx, false, 'ets') },
  { name: 'mstl-ets-log', applies: (n, ctx) => n >= 8 && ctx.positive, fit: (y, h, ctx) => mstlModel(y, h, ctx, true, 'ets') },
  { name: 'mstl-theta', applies: (n) => n >= 8, fit: (y, h, ctx) => mstlModel(y, h, ctx, false, 'theta') },
  { name: 'mstl-linear', applies: (n) => n >= 8, fit: (y, h, ctx) => mstlModel(y, h, ctx, false, 'linear') },
  {
    // The M4 Theta benchmark: classical multiplicative deseasonalisation when the 90 % test passes, then Theta.
    name: 'theta',
    applies: (n) => n >= 4,
    fit: (all, h, ctx) => {
      const m = primary(ctx);
      const y = tail(all, m);
      const n = y.length;
      const seasonal = ctx.positive && m > 1 && seasonalityTest90(y, m);
      const idx = seasonal ? classicalSeasonalIndices(y, m, 'multiplicative') : null;
      const des = idx ? y.map((v, i) => v / idx[i % m]!) : y;
      const th = thetaForecast(des, h);
      const mean = idx ? th.mean.map((v, k) => v * idx[(n + k) % m]!) : th.mean;
      return { mean, params: { period: m, seasonal: String(seasonal), alpha: round4(th.alpha) } };
    },
  },
];

export const candidateByName = (name: ForecastModelName) => CANDIDATES.find((c) => c.name === name);
