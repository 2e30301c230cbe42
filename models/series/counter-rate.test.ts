import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../shared/series';
import { counterRate, isCounter } from './counter-rate';

const series = (t: number[], v: number[], name = 'http_requests_total'): Series => ({ id: 's', name, labels: { __name__: name }, unit: 'count', t: Float64Array.from(t), v: Float64Array.from(v) });

describe('counterRate', () => {
  it('turns a counter into per-second increases, reading a drop as a reset', () => {
    const { series: r, resets } = counterRate(series([0, 10_000, 20_000, 30_000, 40_000], [100, 150, 250, 20, 80]));
    // (150-100)/10, (250-150)/10, reset: 20/10, (80-20)/10
    expect([...r.v]).toEqual([5, 10, 2, 6]);
    expect([...r.t]).toEqual([10_000, 20_000, 30_000, 40_000]);
    expect(resets).toBe(1);
    expect(r.unit).toBe('/s');
    expect(r.name).toBe('rate(http_requests_total)');
  });

  it('knows counters by their names', () => {
    expect(isCounter(series([], [], 'http_requests_total'))).toBe(true);
    expect(isCounter({ name: 'http_request_duration_seconds_count{job="api"}', labels: { __name__: 'http_request_duration_seconds_count' }, unit: '' })).toBe(true);
    expect(isCounter(series([], [], 'node_memory_bytes'))).toBe(false);
  });

  it('integrates back to the counter: the sum of rate × interval is the total increase without resets', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 0, max: 1000 })), { minLength: 2, maxLength: 50 }), (steps) => {
        const t: number[] = [];
        const v: number[] = [];
        let time = 0;
        let total = 0;
        for (const [dt, inc] of steps) {
          time += dt * 1000;
          total += inc;
          t.push(time);
          v.push(total);
        }
        const { series: r, resets } = counterRate(series(t, v));
        expect(resets).toBe(0);
        let sum = 0;
        for (let i = 0; i < r.v.length; i++) sum += r.v[i]! * ((t[i + 1]! - t[i]!) / 1000);
        expect(sum).toBeCloseTo(v.at(-1)! - v[0]!, 6);
      }),
      { numRuns: 200 },
    );
  });
});
