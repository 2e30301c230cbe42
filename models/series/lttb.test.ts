import { describe, expect, it } from 'vitest';
import { lttb } from './lttb';

describe('LTTB downsampling', () => {
  it('keeps the first and last points and returns exactly the threshold', () => {
    const n = 10_000;
    const t = Float64Array.from({ length: n }, (_, i) => i);
    const v = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 50));
    const out = lttb(t, v, 500);
    expect(out.t.length).toBe(500);
    expect(out.t[0]).toBe(0);
    expect(out.t[499]).toBe(n - 1);
  });

  it('keeps a single spike that plain every-nth decimation would drop', () => {
    const n = 100_000;
    const t = Float64Array.from({ length: n }, (_, i) => i);
    const v = new Float64Array(n);
    v[54_321] = 1000;
    const out = lttb(t, v, 200);
    expect(Math.max(...out.v)).toBe(1000);
    expect([...out.t]).toContain(54_321);
  });

  it('returns the input unchanged when it is already small enough', () => {
    const t = Float64Array.of(1, 2, 3);
    const v = Float64Array.of(4, 5, 6);
    expect(lttb(t, v, 10)).toEqual({ t, v });
  });

  it('keeps time ascending', () => {
    const n = 5000;
    const t = Float64Array.from({ length: n }, (_, i) => i * 1000);
    const v = Float64Array.from({ length: n }, (_, i) => (i * 7919) % 101);
    const out = lttb(t, v, 333);
    for (let i = 1; i < out.t.length; i++) expect(out.t[i]!).toBeGreaterThan(out.t[i - 1]!);
  });
});
