import type { BacktestSummary, ForecastModelName } from '../../../shared/forecast';

/** What each model is, in a planner's words. */
export const MODEL_LABELS: Record<ForecastModelName, string> = {
  'seasonal-naive': 'Seasonal naive (same time yesterday)',
  'seasonal-naive-weekly': 'Weekly naive (same time last week)',
  naive2: 'Naive2 (last level × daily shape)',
  'seasonal-median': 'Median of the last three weeks',
  'holt-winters-additive': 'Holt-Winters, additive season',
  'holt-winters-multiplicative': 'Holt-Winters, multiplicative season',
  'mstl-ets': 'MSTL + exponential smoothing',
  'mstl-ets-log': 'MSTL on log scale + exponential smoothing',
  'mstl-theta': 'MSTL + Theta',
  'mstl-linear': 'MSTL + linear trend',
  theta: 'Theta',
  combination: 'Median of the best three',
};

/** "the last 4 days", "the last 3 weeks": how long the backtest looked back. */
export function span(minutes: number): string {
  const days = minutes / 1440;
  if (days >= 14) return `the last ${Math.round(days / 7)} weeks`;
  if (days >= 2) return `the last ${Math.round(days)} days`;
  const hours = minutes / 60;
  return hours >= 2 ? `the last ${Math.round(hours)} hours` : `the last ${Math.round(minutes)} minutes`;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** The backtest in one sentence: "On the last 4 weeks this model was off by 6 % on average; …". */
export function backtestSentence(b: BacktestSummary): string {
  if (b.folds === 0) return 'There was too little history to backtest this model, so its error is unknown.';
  const cover = Number.isFinite(b.coverage95) ? ` Its 95 % band held ${pct(b.coverage95)} of what really happened.` : '';
  return `On ${span(b.testedMinutes)} this model was off by ${pct(b.relativeError)} on average (${b.folds} backtests).${cover}`;
}
