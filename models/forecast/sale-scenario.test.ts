import { describe, expect, it } from 'vitest';
import type { SaleScenario } from '../../shared/forecast';
import type { Series } from '../../shared/series';
import { learnUplifts } from './event-uplift';
import { forecastSale, upliftAt } from './sale-scenario';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 5);
const SALE = T0 + (24 * 20 + 9) * HOUR; // day 20, 09:00
const base = (i: number) => 200 + 80 * Math.sin((2 * Math.PI * (i - 6)) / 24);
/** A 3× sale: a two-hour linear ramp, then two hours at 3×, then back to normal. */
const uplift = (i: number) => {
  const h = i - (SALE - T0) / HOUR;
  if (h < 0 || h >= 4) return 1;
  return h < 2 ? 1 + (2 * h) / 2 : 3;
};

function traffic(days: number): Series {
  const n = 24 * days;
  const t = new Float64Array(n).map((_, i) => T0 + i * HOUR);
  const v = new Float64Array(n).map((_, i) => base(i) * uplift(i));
  return { id: 'rps', name: 'requests', labels: {}, unit: 'req/s', t, v };
}

describe('learning a past sale', () => {
  it('recovers the peak multiplier and the ramp of a known 3× sale', () => {
    const out = learnUplifts(traffic(28), [{ start: SALE, end: SALE + 6 * HOUR }]);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const u = out.uplifts[0]!;
    // Hourly steps are not smoothed (the half-hour window is narrower), so the plateau reads 3× up to baseline error.
    expect(u.peakMultiplier).toBeGreaterThan(2.9);
    expect(u.peakMultiplier).toBeLessThan(3.05);
    expect(u.rampMinutes).toBeGreaterThanOrEqual(120);
    expect(u.rampMinutes).toBeLessThanOrEqual(180);
    expect(u.baselineAtPeak).toBeCloseTo(base((u.peakAt - T0) / HOUR), 0);
  });
});

describe('a sale scenario', () => {
  const next: SaleScenario = {
    id: 'next',
    name: 'Next sale',
    seriesId: 'rps',
    saleStart: T0 + (24 * 30 + 9) * HOUR,
    saleDurationMinutes: 240,
    multiplier: null,
    organicGrowthFraction: 0.1,
    rampMinutes: null,
    pastSales: [{ start: SALE, end: SALE + 6 * HOUR }],
  };

  it('expects the learned multiple of the baseline, grown organically, with an interval around it', () => {
    const out = forecastSale(traffic(28), next);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const r = out.result;
    expect(r.multiplierSource).toBe('learned');
    // The baseline 3 hours into the sale (12:00) is 200 + 80 sin(2π·6/24) = 280; ×1.1 growth ×~3.
    const expected = 280 * 1.1 * r.multiplier;
    expect(r.peak.value / expected).toBeGreaterThan(0.93);
    expect(r.peak.value / expected).toBeLessThan(1.07);
    expect(r.peak.lo95).toBeLessThan(r.peak.lo80);
    expect(r.peak.lo80).toBeLessThan(r.peak.value);
    expect(r.peak.hi95).toBeGreaterThan(r.peak.hi80);
    expect(r.peak.t).toBeGreaterThanOrEqual(next.saleStart);
    expect(r.peak.t).toBeLessThan(next.saleStart + 240 * 60_000);
    expect(r.normalPeak).toBeCloseTo(280 * 1.1, -1);
  });

  it('uses a given multiplier, and the seed case 3.5× when no past sale is marked', () => {
    const given = forecastSale(traffic(28), { ...next, multiplier: 2 });
    expect(given.ok && given.result.multiplier).toBe(2);
    const none = forecastSale(traffic(28), { ...next, pastSales: [] });
    expect(none.ok && none.result.multiplierSource).toBe('default');
    expect(none.ok && none.result.multiplier).toBe(3.5);
  });

  it('refuses a sale that starts inside the history', () => {
    expect(forecastSale(traffic(28), { ...next, saleStart: SALE })).toEqual({ ok: false, reason: 'the sale must start after the history ends' });
  });

  it('ramps linearly to the multiplier without a learned shape', () => {
    expect(upliftAt(0, 3, 60, 240, null)).toBe(1);
    expect(upliftAt(30, 3, 60, 240, null)).toBe(2);
    expect(upliftAt(120, 3, 60, 240, null)).toBe(3);
    expect(upliftAt(241, 3, 60, 240, null)).toBe(1);
  });
});
