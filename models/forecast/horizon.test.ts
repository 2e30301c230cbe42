import { describe, expect, it } from 'vitest';
import { horizonSteps, parseHorizon } from './horizon';

describe('forecast horizons', () => {
  it('reads steps and durations and converts durations to whole steps of the series interval', () => {
    const h = (text: string, intervalMs: number) => {
      const p = parseHorizon(text);
      if (!p.ok) throw new Error(p.reason);
      return horizonSteps(p.horizon, intervalMs);
    };
    expect(h('48', 300_000)).toBe(48);
    expect(h('48h', 3_600_000)).toBe(48);
    expect(h('7d', 3_600_000)).toBe(168);
    expect(h('6h', 300_000)).toBe(72);
    expect(h('90m', 3_600_000)).toBe(2);
    expect(h('2w', 86_400_000)).toBe(14);
  });

  it('rejects what is not a horizon with a reason', () => {
    expect(parseHorizon('soon')).toMatchObject({ ok: false });
    expect(parseHorizon('0')).toMatchObject({ ok: false });
    expect(parseHorizon('1.5')).toMatchObject({ ok: false });
  });
});
