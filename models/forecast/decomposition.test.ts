import { describe, expect, it } from 'vitest';
import { acf, detectPeriods } from './acf';
import { mstl } from './mstl';
import { stl } from './stl';

const HOUR = 3_600_000;
const seeded = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648 - 0.5;
};

describe('seasonal decomposition', () => {
  it('splits a pure sine plus a linear trend into exactly those parts (away from the ends)', () => {
    const n = 24 * 20;
    const y = new Float64Array(n).map((_, i) => 50 + 0.1 * i + 5 * Math.sin((2 * Math.PI * i) / 24));
    const fit = stl(y, { period: 24, seasonalWindow: 11 });
    for (let i = 48; i < n - 48; i++) {
      expect(fit.seasonal[i]!).toBeCloseTo(5 * Math.sin((2 * Math.PI * i) / 24), 1);
      expect(fit.trend[i]!).toBeCloseTo(50 + 0.1 * i, 1);
    }
  });

  it('separates a daily and a weekly cycle with MSTL', () => {
    const n = 24 * 7 * 6;
    const daily = (i: number) => 10 * Math.sin((2 * Math.PI * i) / 24);
    const weekly = (i: number) => 4 * Math.cos((2 * Math.PI * i) / 168);
    const y = new Float64Array(n).map((_, i) => 100 + daily(i) + weekly(i));
    const dec = mstl(y, [24, 168]);
    expect(dec.periods).toEqual([24, 168]);
    let errD = 0;
    let errW = 0;
    for (let i = 168; i < n - 168; i++) {
      errD = Math.max(errD, Math.abs(dec.seasonals[0]![i]! - daily(i)));
      errW = Math.max(errW, Math.abs(dec.seasonals[1]![i]! - weekly(i)));
    }
    expect(errD).toBeLessThan(0.5);
    expect(errW).toBeLessThan(0.8);
  });

  it('matches a hand-computed autocorrelation', () => {
    // y = 1,2,3,4: mean 2.5, deviations −1.5, −.5, .5, 1.5; Σd² = 5; lag-1 Σ = .75 − .25 + .75 = 1.25.
    expect(acf(Float64Array.from([1, 2, 3, 4]), 1)[1]).toBeCloseTo(0.25, 12);
  });

  it('finds daily and weekly periods in hourly data, and none in noise', () => {
    const rnd = seeded(7);
    const n = 24 * 7 * 8;
    const y = new Float64Array(n).map((_, i) => 100 + 20 * Math.sin((2 * Math.PI * i) / 24) + (i % 168 >= 120 ? -15 : 0) + 3 * rnd());
    expect(detectPeriods(y, HOUR)).toEqual([24, 168]);
    const daily = new Float64Array(n).map((_, i) => 100 + 20 * Math.sin((2 * Math.PI * i) / 24) + 3 * rnd());
    expect(detectPeriods(daily, HOUR)).toEqual([24]);
    const noise = new Float64Array(2000).map(() => rnd());
    expect(detectPeriods(noise, HOUR)).toEqual([]);
  });

  it('finds a non-calendar cycle from the ACF', () => {
    const y = new Float64Array(600).map((_, i) => Math.sin((2 * Math.PI * i) / 37));
    expect(detectPeriods(y, 60_000)).toEqual([37]);
  });
});
