import type { Series } from '../../shared/series';
import type { Slo } from '../../shared/slo';
import { forecastSeries } from '../forecast/forecast-series';
import { budgetAt, type Budget } from './budget';
import { firstExhausted } from './exhaustion';
import { buildLedger, totalsBetween, upperBound, type SliLedger } from './sli-ledger';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './window';

/** When the budget runs out if the SLI's inputs follow their forecast rather than today's burn rate. */
export interface ForecastExhaustion {
  /** First time the remaining budget reaches zero under the forecast mean; null if it lasts to `horizonEnd`. */
  at: number | null;
  /** The same under the upper 95 % band of the forecast bad amount (total at its mean): the pessimistic date. */
  pessimisticAt: number | null;
  alreadyExhausted: boolean;
  /** How the SLI was forecast, in one sentence. */
  method: string;
  /** How far the forecast looks: the window's end (calendar, event) or one whole window ahead (rolling). */
  horizonEnd: number;
  /** Forecast step: the series' own interval, or coarser when the horizon is long. */
  binMs: number;
  /** Model the forecaster chose for the bad amount, null when none was fitted. */
  model: string | null;
  notes: string[];
}

export interface ForecastExhaustionOptions {
  /** Most forecast steps; the step grows (5 min, 15 min, 30 min, 1 h, …) until the horizon fits. */
  maxSteps?: number;
  /** Most history bins the forecaster sees (the most recent ones). */
  maxHistory?: number;
}

const BIN_CANDIDATES = [MINUTE_MS, 5 * MINUTE_MS, 15 * MINUTE_MS, 30 * MINUTE_MS, HOUR_MS, 3 * HOUR_MS, 6 * HOUR_MS, 12 * HOUR_MS, DAY_MS];

function methodFor(slo: Slo, ledger: SliLedger): string {
  if (ledger.basis === 'requests') return 'forecast the bad and the total requests per step, then count the budget on the forecast as if it were data';
  switch (slo.sli.kind) {
    case 'probe':
      return 'forecast the down minutes per step (1 − up, the bad-minute indicator), then count the budget on the forecast as if it were data';
    case 'latency':
      return `forecast the minutes per step with the percentile at or over ${slo.sli.thresholdMs} ms (the bad-minute indicator), then count the budget on the forecast as if it were data`;
    default:
      return 'forecast the bad time slices (minutes whose own ratio misses the objective) per step, then count the budget on the forecast as if it were data';
  }
}

/** Series of per-bin amounts of the ledger, bins ending at `last`, `last − bin`, …; thinly covered bins are gaps. */
function binned(ledger: SliLedger, last: number, binMs: number, bins: number): { t: Float64Array; bad: Float64Array; total: Float64Array } {
  const t = new Float64Array(bins);
  const bad = new Float64Array(bins);
  const total = new Float64Array(bins);
  for (let j = 0; j < bins; j++) {
    const end = last - (bins - 1 - j) * binMs;
    const w = totalsBetween(ledger, end - binMs, end);
    t[j] = end;
    const thin = w.coveredMinutes < (0.5 * binMs) / MINUTE_MS;
    bad[j] = thin ? NaN : w.bad;
    total[j] = thin ? NaN : w.total;
  }
  return { t, bad, total };
}

const asSeries = (name: string, t: Float64Array, v: Float64Array): Series => ({ id: name, name, labels: {}, unit: '', t, v });

/** The ledger up to `last` with forecast samples appended, prefix sums extended the way `buildLedger` makes them. */
function extend(ledger: SliLedger, last: number, t: Float64Array, bad: Float64Array, total: Float64Array, covered: Float64Array): SliLedger {
  const n = upperBound(ledger.t, last);
  const k = t.length;
  const cat = (a: Float64Array, b: Float64Array, len: number) => {
    const out = new Float64Array(len + k);
    out.set(a.subarray(0, len));
    out.set(b, len);
    return out;
  };
  const good = total.map((x, i) => x - bad[i]!);
  const cumBad = new Float64Array(n + k + 1);
  const cumTotal = new Float64Array(n + k + 1);
  const cumCovered = new Float64Array(n + k + 1);
  cumBad.set(ledger.cumBad.subarray(0, n + 1));
  cumTotal.set(ledger.cumTotal.subarray(0, n + 1));
  cumCovered.set(ledger.cumCovered.subarray(0, n + 1));
  for (let i = 0; i < k; i++) {
    cumBad[n + i + 1] = cumBad[n + i]! + bad[i]!;
    cumTotal[n + i + 1] = cumTotal[n + i]! + total[i]!;
    cumCovered[n + i + 1] = cumCovered[n + i]! + covered[i]!;
  }
  return {
    ...ledger,
    t: cat(ledger.t, t, n),
    good: cat(ledger.good, good, n),
    total: cat(ledger.total, total, n),
    coveredMinutes: cat(ledger.coveredMinutes, covered, n),
    cumBad,
    cumTotal,
    cumCovered,
  };
}

/**
 * Project the error budget along a forecast of the SLI's inputs. The ledger's bad (and, for requests, total)
 * amounts are summed into bins at the series' own interval (coarser when the horizon is long), forecast with
 * `forecastSeries`, appended to the ledger as if they had been measured, and the budget is then counted with the
 * same `budgetAt` maths as the measured one (SRE workbook ch. 2: consumed = bad ÷ (1 − objective) × valid).
 * The date is interpolated linearly inside the step where the consumed share crosses 1.
 */
export function forecastExhaustion(slo: Slo, ledger: SliLedger, budget: Budget, options: ForecastExhaustionOptions = {}): ForecastExhaustion {
  const last = budget.at;
  const windowMs = budget.end - budget.start;
  const horizonEnd = slo.window.kind === 'rolling' ? last + windowMs : budget.end;
  const method = methodFor(slo, ledger);
  const base = { method, horizonEnd, binMs: ledger.stepMs, model: null, alreadyExhausted: false };
  if (budget.consumedFraction >= 1) {
    const at = firstExhausted(slo, ledger, budget);
    return { ...base, at, pessimisticAt: at, alreadyExhausted: true, notes: ['the budget is already spent'] };
  }
  if (!(budget.total > 0) || !(budget.allowedBad > 0)) return { ...base, at: null, pessimisticAt: null, notes: ['nothing measured in the window: no budget to project'] };
  if (horizonEnd <= last) return { ...base, at: null, pessimisticAt: null, notes: ['the window has ended'] };

  const maxSteps = options.maxSteps ?? 720;
  const span = horizonEnd - last;
  const binMs = BIN_CANDIDATES.find((b) => b >= ledger.stepMs && Math.ceil(span / b) <= maxSteps) ?? Math.max(ledger.stepMs, Math.ceil(span / maxSteps / HOUR_MS) * HOUR_MS);
  const steps = Math.ceil(span / binMs);
  const available = Math.floor((last - ledger.t[0]! + ledger.stepMs) / binMs);
  const bins = Math.min(available, options.maxHistory ?? 1500);
  const notes: string[] = [];
  if (binMs > ledger.stepMs) notes.push(`forecast in ${binMs / MINUTE_MS}-minute steps (the series' ${ledger.stepMs / MINUTE_MS}-minute samples summed) to keep ${steps} steps`);
  const hist = binned(ledger, last, binMs, Math.max(0, bins));

  // Forecast step k covers (t[k-1], t[k]]; the last step stops at the horizon and holds that share of a bin.
  const t = new Float64Array(steps);
  const share = new Float64Array(steps);
  for (let k = 0; k < steps; k++) {
    t[k] = Math.min(last + (k + 1) * binMs, horizonEnd);
    share[k] = (t[k]! - (k === 0 ? last : t[k - 1]!)) / binMs;
  }
  const covered = share.map((s) => (s * binMs) / MINUTE_MS);

  let badMean: Float64Array;
  let badHi: Float64Array;
  let model: string | null = null;
  const anyBad = hist.bad.some((x) => x > 0);
  if (!anyBad) {
    // Nothing bad in the history the forecaster would see: every model forecasts zero.
    badMean = new Float64Array(steps);
    badHi = new Float64Array(steps);
    notes.push('no bad events in the recent history: the forecast burns nothing');
  } else {
    const fc = forecastSeries(asSeries('bad', hist.t, hist.bad), { horizonSteps: steps });
    if (!fc.ok) return { ...base, binMs, at: null, pessimisticAt: null, notes: [...notes, `cannot forecast the bad amount: ${fc.reason}`] };
    badMean = fc.result.mean;
    badHi = fc.result.hi95;
    model = fc.result.model;
    const smape = fc.result.backtest.smape;
    notes.push(`bad amount forecast with ${fc.result.model}${Number.isFinite(smape) ? ` (backtest sMAPE ${smape.toFixed(1)} %)` : ''}`);
  }
  let total: Float64Array;
  if (ledger.basis === 'minutes') total = covered.slice();
  else {
    const fc = forecastSeries(asSeries('total', hist.t, hist.total), { horizonSteps: steps });
    if (!fc.ok) return { ...base, binMs, model, at: null, pessimisticAt: null, notes: [...notes, `cannot forecast the total: ${fc.reason}`] };
    total = fc.result.mean.map((x, k) => Math.max(0, x) * share[k]!);
    notes.push(`total forecast with ${fc.result.model}`);
  }

  const crossing = (badPerBin: Float64Array): number | null => {
    const bad = badPerBin.map((x, k) => Math.min(total[k]!, Math.max(0, x * share[k]!)));
    const ext = extend(ledger, last, t, bad, total, covered);
    let prevT = last;
    let prev = budget.consumedFraction;
    for (let k = 0; k < steps; k++) {
      const c = budgetAt(slo, ext, t[k]!).consumedFraction;
      // A forecast is not precise to the second: the date is given to the minute.
      if (c >= 1) return Math.round((prevT + ((t[k]! - prevT) * (1 - prev)) / (c - prev)) / MINUTE_MS) * MINUTE_MS;
      prevT = t[k]!;
      prev = c;
    }
    return null;
  };
  return { ...base, binMs, model, at: crossing(badMean), pessimisticAt: crossing(badHi), notes };
}

/** The forecast-rate exhaustion straight from an SLO and its series, for the budget of the window ending at `at` (default the last sample). */
export function forecastExhaustionOf(slo: Slo, seriesById: ReadonlyMap<string, Series>, at?: number, options?: ForecastExhaustionOptions): { ok: true; value: ForecastExhaustion } | { ok: false; reason: string } {
  const built = buildLedger(slo, seriesById);
  if (!built.ok) return built;
  const l = built.ledger;
  return { ok: true, value: forecastExhaustion(slo, l, budgetAt(slo, l, at ?? l.t[l.t.length - 1]!), options) };
}
