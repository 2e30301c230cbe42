/** Sample autocorrelation at one lag, with the series mean and the lag-0 sum of squares (Box & Jenkins's r_k). */
export function acfAt(y: Float64Array, lag: number, mean: number, denom: number): number {
  let s = 0;
  for (let i = lag; i < y.length; i++) s += (y[i]! - mean) * (y[i - lag]! - mean);
  return denom > 0 ? s / denom : 0;
}

/** Autocorrelations r_1..r_maxLag (index 0 holds r_0 = 1). */
export function acf(y: Float64Array, maxLag: number): Float64Array {
  const n = y.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i]!;
  mean /= n;
  let denom = 0;
  for (let i = 0; i < n; i++) denom += (y[i]! - mean) ** 2;
  const out = new Float64Array(Math.min(maxLag, n - 1) + 1);
  out[0] = 1;
  for (let k = 1; k < out.length; k++) out[k] = acfAt(y, k, mean, denom);
  return out;
}

/**
 * The M4 benchmarks' 90 % seasonality test: |r_m| > 1.645 √((1 + 2 Σ_{k<m} r_k²) / n), and at least three seasons
 * (SeasonalityTest in Mcompetitions/M4-methods "Benchmarks and Evaluation.R").
 */
export function seasonalityTest90(y: Float64Array, m: number): boolean {
  if (m <= 1 || y.length < 3 * m) return false;
  const r = acf(y, m);
  let s = 1;
  for (let k = 1; k < m; k++) s += 2 * r[k]! ** 2;
  const limit = (1.645 / Math.sqrt(y.length)) * Math.sqrt(s);
  return Math.abs(r[m]!) > limit;
}

/** Mean |y_t − y_{t−lag}| over t ≥ from: the error of a seasonal naive forecast with that lag. */
function meanAbsDiff(y: Float64Array, lag: number, from: number): number {
  let s = 0;
  for (let i = from; i < y.length; i++) s += Math.abs(y[i]! - y[i - lag]!);
  return s / Math.max(1, y.length - from);
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** A day and a week in steps of `stepMs`, where they are whole numbers of steps: the cycles traffic usually has. */
export function calendarPeriods(stepMs: number): number[] {
  return [DAY_MS / stepMs, WEEK_MS / stepMs].filter((p) => Number.isInteger(p) && p >= 2);
}

/**
 * Seasonal periods (in steps) the data shows, shortest first. Calendar periods (a day, a week) are kept when the
 * ACF has a significant local peak there (a week must also beat the days either side, or a daily cycle alone
 * would pass); otherwise the strongest significant ACF peak is taken.
 */
export function detectPeriods(y: Float64Array, stepMs: number): number[] {
  const n = y.length;
  // The last stretch is enough to see a cycle, and keeps detection linear on very long series.
  const tail = n > 20_000 ? y.subarray(n - 20_000) : y;
  const len = tail.length;
  let mean = 0;
  for (let i = 0; i < len; i++) mean += tail[i]!;
  mean /= len;
  let denom = 0;
  for (let i = 0; i < len; i++) denom += (tail[i]! - mean) ** 2;
  if (denom === 0) return [];
  const r = (k: number) => (k >= 1 && k < len ? acfAt(tail, k, mean, denom) : 0);
  const threshold = 1.645 / Math.sqrt(len);
  // A cycle of length k shows as a significant r_k well above the trough half a cycle earlier; exact local-maximum
  // tests fail on noisy counts, where r_k wobbles from lag to lag.
  const isPeak = (k: number) => {
    const rk = r(k);
    return rk > threshold * 2 && rk > r(Math.round(k / 2)) + 0.05;
  };
  const periods: number[] = [];
  const day = DAY_MS / stepMs;
  const week = WEEK_MS / stepMs;
  if (Number.isInteger(day) && day >= 2 && len >= 2 * day && isPeak(day)) periods.push(day);
  if (Number.isInteger(week) && len >= 2 * week && isPeak(week)) {
    // A daily cycle alone also peaks at a week; the week counts when last week predicts clearly better than yesterday.
    const beatsDays = !periods.includes(day) || meanAbsDiff(tail, week, week) < 0.9 * meanAbsDiff(tail, day, week);
    if (beatsDays) periods.push(week);
  }
  if (periods.length > 0) return periods;
  // No calendar cycle: the strongest ACF local maximum among lags 2..len/3.
  const maxLag = Math.min(Math.floor(len / 3), 1000);
  let best = 0;
  let bestR = threshold * 2;
  const rs = new Float64Array(maxLag + 2);
  for (let k = 1; k <= maxLag + 1; k++) rs[k] = r(k);
  let dipped = false;
  for (let k = 2; k <= maxLag; k++) {
    if (rs[k]! < rs[k - 1]!) dipped = true;
    // Only after the ACF has come down once (the slow decay of a trend is not a cycle), and only a clear one (r ≥ 0.3).
    if (dipped && rs[k]! > bestR && rs[k]! >= 0.3 && rs[k]! >= rs[k - 1]! && rs[k]! >= rs[k + 1]! && rs[k]! > rs[Math.round(k / 2)]! + 0.1) {
      best = k;
      bestR = rs[k]!;
    }
  }
  return best > 0 ? [best] : [];
}
