import { describe, expect, it } from 'vitest';
import type { Series } from '../../shared/series';
import type { Slo } from '../../shared/slo';
import { buildDemoWorkspace } from '../demo/demo-study';
import { evaluateSlo } from './evaluate';
import { forecastExhaustionOf } from './forecast-exhaustion';
import { DAY_MS, MINUTE_MS } from './window';

const T0 = Date.UTC(2026, 9, 1);

/** `days` of one-minute request counts: 100 a minute, `badPerMinute` of them failing (optionally a burst first). */
function requests(days: number, badPerMinute: (i: number) => number): Map<string, Series> {
  const n = days * 1440;
  const t = new Float64Array(n);
  const total = new Float64Array(n).fill(100);
  const bad = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    t[i] = T0 + (i + 1) * MINUTE_MS;
    bad[i] = badPerMinute(i);
  }
  return new Map([
    ['total', { id: 'total', name: 'total', labels: {}, unit: '', t, v: total }],
    ['bad', { id: 'bad', name: 'bad', labels: {}, unit: '', t: t.slice(), v: bad }],
  ]);
}

// A ten-day event from T0: 99.9 % of requests.
const slo: Slo = {
  id: 'e',
  name: 'event',
  service: 's',
  description: '',
  objective: 0.999,
  window: { kind: 'event', start: T0, end: T0 + 10 * DAY_MS },
  budgeting: 'occurrences',
  sli: { kind: 'bad-total', bad: 'bad', total: 'total' },
  alerts: [],
};

describe('forecastExhaustion', () => {
  it('a constant 0.2 % error rate (burn 2×) seen for two days runs the budget out at day 5', () => {
    // By hand: allowed bad = 0.001 × 100/min × 14,400 min = 1,440; 0.2 bad a minute spends it in 7,200 min = 5 days.
    const r = forecastExhaustionOf(slo, requests(2, () => 0.2));
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.alreadyExhausted).toBe(false);
    expect(r.value.horizonEnd).toBe(T0 + 10 * DAY_MS);
    expect(r.value.at).not.toBeNull();
    expect(Math.abs(r.value.at! - (T0 + 5 * DAY_MS))).toBeLessThan(MINUTE_MS);
    expect(r.value.pessimisticAt).not.toBeNull();
    expect(r.value.pessimisticAt!).toBeLessThanOrEqual(r.value.at! + MINUTE_MS);
    expect(r.value.method).toMatch(/bad and the total requests/);
  });

  it('no errors: the budget lasts the window (null)', () => {
    const r = forecastExhaustionOf(slo, requests(2, () => 0));
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.at).toBeNull();
    expect(r.value.pessimisticAt).toBeNull();
    expect(r.value.alreadyExhausted).toBe(false);
  });

  it('already exhausted: a 10 % error burst on day 1 spends the budget, dated when it ran out', () => {
    // 10 bad a minute from minute 0: the 1,440 allowed are gone after 144 minutes.
    const r = forecastExhaustionOf(slo, requests(2, (i) => (i < 1440 ? 10 : 0)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.alreadyExhausted).toBe(true);
    // Within one sample: the 144th minute's sum lands a rounding error either side of exactly the budget.
    expect(r.value.at).toBeGreaterThanOrEqual(T0 + 144 * MINUTE_MS);
    expect(r.value.at).toBeLessThanOrEqual(T0 + 145 * MINUTE_MS);
  });

  it('stays bounded on the demo study and is part of evaluateSlo', () => {
    const demo = buildDemoWorkspace();
    const series = new Map(demo.series.map((s) => [s.id, s]));
    for (const s of demo.slos ?? []) {
      const started = performance.now();
      const r = evaluateSlo(s, series);
      if (!r.ok) throw new Error(r.reason);
      expect(performance.now() - started).toBeLessThan(3000);
      expect(r.report.exhaustionForecast.method.length).toBeGreaterThan(0);
    }
  });
});
