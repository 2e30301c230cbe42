/** sMAPE in percent as the M4 competition scores it: mean of 200 |y − f| / (|y| + |f|). */
export function smape(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i]!;
    const f = forecast[i]!;
    if (!Number.isFinite(a) || !Number.isFinite(f)) continue;
    const d = Math.abs(a) + Math.abs(f);
    s += d === 0 ? 0 : (200 * Math.abs(a - f)) / d;
    n++;
  }
  return n > 0 ? s / n : NaN;
}

/** MASE's denominator: the in-sample mean absolute seasonal difference (Hyndman & Koehler 2006, with period m as in M4). */
export function maseScale(insample: ArrayLike<number>, m: number): number {
  const lag = insample.length > m ? m : 1;
  let s = 0;
  let n = 0;
  for (let i = lag; i < insample.length; i++) {
    const d = insample[i]! - insample[i - lag]!;
    if (!Number.isFinite(d)) continue;
    s += Math.abs(d);
    n++;
  }
  return n > 0 ? s / n : NaN;
}

export function mae(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = actual[i]! - forecast[i]!;
    if (!Number.isFinite(d)) continue;
    s += Math.abs(d);
    n++;
  }
  return n > 0 ? s / n : NaN;
}

/** MASE: forecast MAE over the in-sample seasonal-naive MAE (Hyndman & Koehler 2006). */
export function mase(actual: ArrayLike<number>, forecast: ArrayLike<number>, scale: number): number {
  return scale > 0 ? mae(actual, forecast) / scale : NaN;
}

/** Overall Weighted Average of the M4: the mean of sMAPE and MASE each relative to Naive2's (Makridakis et al. 2018). */
export function owa(smapeValue: number, maseValue: number, naive2Smape: number, naive2Mase: number): number {
  return 0.5 * (smapeValue / naive2Smape + maseValue / naive2Mase);
}

/** Fraction of actuals inside [lo, hi]. */
export function coverage(actual: ArrayLike<number>, lo: ArrayLike<number>, hi: ArrayLike<number>): number {
  let inside = 0;
  let n = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i]!;
    if (!Number.isFinite(a)) continue;
    if (a >= lo[i]! && a <= hi[i]!) inside++;
    n++;
  }
  return n > 0 ? inside / n : NaN;
}
