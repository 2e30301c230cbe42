import { z } from 'zod';

/** The forecasting models Headroom fits; `combination` is the median of the best few by backtest. */
export const FORECAST_MODELS = [
  'seasonal-naive',
  'seasonal-naive-weekly',
  'naive2',
  'seasonal-median',
  'holt-winters-additive',
  'holt-winters-multiplicative',
  'mstl-ets',
  'mstl-ets-log',
  'mstl-theta',
  'mstl-linear',
  'theta',
  'combination',
] as const;
export type ForecastModelName = (typeof FORECAST_MODELS)[number];

export interface ForecastOptions {
  /** How many steps of the series' own interval to forecast. */
  horizonSteps: number;
  /** Force one model instead of choosing by backtest. */
  model?: ForecastModelName;
  /** Seasonal periods in steps; found from the data (ACF) when left out. */
  periods?: number[];
  /** Rolling-origin folds for selection and intervals. */
  folds?: number;
  /** Windows (UTC ms) to leave out of the fit, e.g. past sales and incidents: treated as gaps. */
  exclude?: TimeWindow[];
}

/** Accuracy of a model on rolling-origin backtests; fractions are 0..1, sMAPE in percent (M4 convention). */
export interface BacktestSummary {
  smape: number;
  mase: number;
  /** Mean absolute error divided by mean level, 0..1: "off by 6 % on average". */
  relativeError: number;
  coverage80: number;
  coverage95: number;
  folds: number;
  horizonSteps: number;
  /** Span of history the folds tested on, in minutes. */
  testedMinutes: number;
}

export interface ModelScore {
  model: ForecastModelName;
  smape: number;
  mase: number;
  relativeError: number;
  fitMs: number;
}

export interface ForecastResult {
  seriesName: string;
  model: ForecastModelName;
  /** The combined models when `model` is `combination`. */
  members: ForecastModelName[];
  params: Record<string, number | string>;
  intervalMs: number;
  periods: number[];
  /** The regularised history the model saw (gaps filled), for charts. */
  history: { t: Float64Array; v: Float64Array };
  t: Float64Array;
  mean: Float64Array;
  lo80: Float64Array;
  hi80: Float64Array;
  lo95: Float64Array;
  hi95: Float64Array;
  backtest: BacktestSummary;
  comparison: ModelScore[];
  notes: string[];
}

export type ForecastOutcome = { ok: true; result: ForecastResult } | { ok: false; reason: string };

export interface TimeWindow {
  start: number;
  end: number;
}

/** What a past sale did to traffic, learned against the baseline forecast for that time. */
export interface EventUplift {
  window: TimeWindow;
  /** Observed peak ÷ baseline at the peak's time. */
  peakMultiplier: number;
  peakAt: number;
  observedPeak: number;
  baselineAtPeak: number;
  /** Minutes from the window start to the peak. */
  rampMinutes: number;
  /** Multiplier over the baseline by minutes from the window start (the ramp's shape, then the decay). */
  shape: { offsetMinutes: number; multiplier: number }[];
}

export const timeWindowSchema = z.object({ start: z.number(), end: z.number() });

/** The planner's knobs for the next sale (validated in the workspace manifest). */
export const saleScenarioSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  /** The traffic series the scenario forecasts. */
  seriesId: z.string(),
  /** When the sale starts (UTC ms). */
  saleStart: z.number(),
  saleDurationMinutes: z.number().positive(),
  /** Peak ÷ baseline; null takes the multiplier learned from past sales. */
  multiplier: z.number().positive().nullable(),
  /** Organic growth on top of the baseline forecast, as a fraction (0.1 = +10 %). */
  organicGrowthFraction: z.number(),
  /** Minutes from the sale start to its peak; null takes the learned ramp. */
  rampMinutes: z.number().nonnegative().nullable(),
  /** Past sales to learn the uplift from. */
  pastSales: z.array(timeWindowSchema),
});
export type SaleScenario = z.infer<typeof saleScenarioSchema>;

/** What a sale scenario expects: the baseline forecast through the sale times the uplift, with its interval. */
export interface ScenarioResult {
  scenarioId: string;
  multiplier: number;
  multiplierSource: 'learned' | 'given' | 'default';
  rampMinutes: number;
  baselineAtPeak: number;
  /** The expected peak (same unit as the series) with 80 % and 95 % intervals. */
  peak: { t: number; value: number; lo95: number; hi95: number; lo80: number; hi80: number };
  /** The forecast's daily peak without a sale, around the sale day: what the fleet runs at today. */
  normalPeak: number;
  baselineModel: ForecastModelName;
  /** The expected curve through the sale at the series' interval. */
  curve: { t: Float64Array; mean: Float64Array; lo80: Float64Array; hi80: Float64Array; lo95: Float64Array; hi95: Float64Array };
  uplifts: EventUplift[];
  notes: string[];
}
