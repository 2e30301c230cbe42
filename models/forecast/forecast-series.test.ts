import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../shared/series';
import { forecastSeries } from './forecast-series';
import { maseScale, mase, smape } from './metrics';
import { seasonalNaive } from './naive';
import { fillGaps } from './fill-gaps';
import { regularize } from './regular-grid';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 5); // a Monday
const seeded = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648 - 0.5;
};

function hourly(n: number, f: (i: number) => number, name = 'test'): Series {
  const t = new Float64Array(n).map((_, i) => T0 + i * HOUR);
  return { id: name, name, labels: {}, unit: 'req/s', t, v: new Float64Array(n).map((_, i) => f(i)) };
}

function run(s: Series, h: number) {
  const out = forecastSeries(s, { horizonSteps: h });
  if (!out.ok) throw new Error(out.reason);
  return out.result;
}

describe('forecastSeries on series with known answers', () => {
  it('continues a pure sine plus trend almost exactly', () => {
    const truth = (i: number) => 200 + 0.2 * i + 30 * Math.sin((2 * Math.PI * i) / 24);
    const r = run(hourly(24 * 28, truth), 48);
    expect(r.periods[0]).toBe(24);
    expect(r.intervalMs).toBe(HOUR);
    expect(r.t[0]).toBe(T0 + 24 * 28 * HOUR);
    for (let k = 0; k < 48; k++) expect(Math.abs(r.mean[k]! - truth(24 * 28 + k)) / truth(24 * 28 + k)).toBeLessThan(0.01);
    expect(r.backtest.smape).toBeLessThan(1);
    expect(r.comparison.length).toBeGreaterThan(5);
  });

  it('forecasts the new level after a step change, not the old average', () => {
    const rnd = seeded(3);
    const n = 24 * 28;
    const truth = (i: number) => (i < n - 24 * 5 ? 100 : 160) + 20 * Math.sin((2 * Math.PI * i) / 24);
    const r = run(hourly(n, (i) => truth(i) + 2 * rnd()), 24);
    let err = 0;
    for (let k = 0; k < 24; k++) err += Math.abs(r.mean[k]! - truth(n + k)) / 24;
    expect(err).toBeLessThan(8);
  });

  it('keeps the season index across a gap of several days', () => {
    const truth = (i: number) => 100 + 40 * Math.sin((2 * Math.PI * i) / 24);
    const full = hourly(24 * 21, truth);
    // Drop three days in the middle: the timestamps after the gap keep their clock hours.
    const keep = Array.from(full.t.keys()).filter((i) => i < 24 * 8 || i >= 24 * 11);
    const gappy: Series = { ...full, t: Float64Array.from(keep.map((i) => full.t[i]!)), v: Float64Array.from(keep.map((i) => full.v[i]!)) };
    const r = run(gappy, 24);
    expect(r.notes.join(' ')).toMatch(/72 missing steps/);
    for (let k = 0; k < 24; k++) expect(r.mean[k]!).toBeCloseTo(truth(24 * 21 + k), 0);
  });

  it('averages duplicated timestamps instead of shifting the grid', () => {
    const g = regularize(Float64Array.from([0, HOUR, HOUR, 2 * HOUR, 4 * HOUR]), Float64Array.from([1, 2, 4, 5, 7]));
    expect(g.ok).toBe(true);
    if (!g.ok) return;
    expect(g.series.duplicates).toBe(1);
    expect(Array.from(g.series.y)).toEqual([1, 3, 5, NaN, 7]);
    expect(Array.from(fillGaps(g.series.y, 1))).toEqual([1, 3, 5, 6, 7]);
  });

  it('never forecasts below zero for a non-negative series', () => {
    const rnd = seeded(11);
    const n = 24 * 21;
    // Night traffic near zero and a falling trend: a linear extrapolation would go negative.
    const r = run(hourly(n, (i) => Math.max(0, 30 - 0.05 * i + 25 * Math.sin((2 * Math.PI * i) / 24) + 3 * rnd())), 72);
    for (let k = 0; k < 72; k++) {
      expect(r.mean[k]!).toBeGreaterThanOrEqual(0);
      expect(r.lo95[k]!).toBeGreaterThanOrEqual(0);
      expect(r.hi95[k]!).toBeGreaterThanOrEqual(r.hi80[k]!);
    }
  });

  it('is not pulled up by a past outage spike', () => {
    const truth = (i: number) => 100 + 30 * Math.sin((2 * Math.PI * i) / 24);
    const n = 24 * 28;
    // A ten-times burst two days before the end, at the hours the forecast will cover.
    const r = run(hourly(n, (i) => (i >= n - 48 && i < n - 40 ? 10 * truth(i) : truth(i))), 24);
    for (let k = 0; k < 24; k++) expect(Math.abs(r.mean[k]! - truth(n + k))).toBeLessThan(10);
  });

  it('uses the model it is told to, including the combination', () => {
    const s = hourly(24 * 21, (i) => 100 + 30 * Math.sin((2 * Math.PI * i) / 24) + (i % 7));
    const forced = forecastSeries(s, { horizonSteps: 24, model: 'holt-winters-additive' });
    expect(forced.ok && forced.result.model).toBe('holt-winters-additive');
    const combo = forecastSeries(s, { horizonSteps: 24, model: 'combination' });
    expect(combo.ok && combo.result.model).toBe('combination');
    expect(combo.ok && combo.result.members.length).toBe(3);
  });

  it('fails with a reason, not an exception, on a series too short to forecast', () => {
    const out = forecastSeries(hourly(3, (i) => i), { horizonSteps: 4 });
    expect(out).toEqual({ ok: false, reason: 'needs at least 8 values to forecast, has 3' });
  });
});

describe('forecastSeries on real M4 Hourly series', () => {
  it('beats seasonal naive on average over a handful of series', () => {
    const read = (name: string) =>
      readFileSync(fileURLToPath(new URL(`../../../shared/fixtures/m4/${name}`, import.meta.url)), 'utf8')
        .split('\n')
        .slice(1, 25)
        .map((line) => Float64Array.from(line.split(',').slice(1).map((c) => c.replace(/"/g, '')).filter((c) => c !== '').map(Number)));
    const train = read('Hourly-train.csv');
    const test = read('Hourly-test.csv');
    let ours = 0;
    let snaive = 0;
    train.forEach((y, i) => {
      const r = run(hourly(y.length, (k) => y[k]!, `H${i + 1}`), 48);
      const scale = maseScale(y, 24);
      ours += smape(test[i]!, r.mean) / 100 + mase(test[i]!, r.mean, scale);
      const sn = seasonalNaive(y, 24, 48);
      snaive += smape(test[i]!, sn) / 100 + mase(test[i]!, sn, scale);
    });
    expect(ours).toBeLessThan(snaive);
  });
});

describe('forecastSeries on arbitrary input', () => {
  it('never throws, and gives finite, ordered, non-negative bands for any non-negative series with gaps', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(NaN)), { minLength: 8, maxLength: 150 }),
        fc.integer({ min: 1, max: 60 }),
        (values, h) => {
          const s = hourly(values.length, (i) => values[i]!);
          const out = forecastSeries(s, { horizonSteps: h });
          if (!out.ok) return /needs at least|no values/.test(out.reason);
          const r = out.result;
          for (let k = 0; k < h; k++) {
            const row = [r.lo95[k]!, r.lo80[k]!, r.mean[k]!, r.hi80[k]!, r.hi95[k]!];
            if (!row.every(Number.isFinite)) return false;
            if (row[0]! < 0) return false;
            for (let j = 1; j < row.length; j++) if (row[j]! < row[j - 1]! - 1e-9 * Math.max(1, Math.abs(row[j]!))) return false;
          }
          return true;
        },
      ),
      { numRuns: 40, seed: 20261123 },
    );
  });
});
