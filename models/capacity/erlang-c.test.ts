import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangC, mmc, serviceLevel } from './erlang-c';

describe('Erlang C against published call-centre examples', () => {
  // Westbay Engineers, "The Erlang-C formula" worked example: 360 calls per half hour, 4-minute calls, 55 agents,
  // 15 s answer target. Published: traffic 48 erlangs, occupancy 87.3 %, probability of waiting 0.2387 (23.9 %),
  // average speed of answer 0.1364 min (8.2 s), service level 84.6 %.
  it('reproduces the Westbay example (A = 48, 55 agents)', () => {
    const perMinute = 360 / 30;
    const r = mmc(55, perMinute, 4);
    expect(r.offeredErlangs).toBeCloseTo(48, 10);
    expect(r.utilization).toBeCloseTo(0.873, 3);
    expect(r.probabilityOfWaiting).toBeCloseTo(0.2387, 4);
    expect(r.meanWait * 60).toBeCloseTo(8.2, 1);
    expect(serviceLevel(r, 15 / 60, 4)).toBeCloseTo(0.846, 3);
  });

  // Call Centre Helper, "Erlang C formula – made simple": 100 calls in 30 minutes, 180 s handling time (10 erlangs),
  // 80 % in 20 s target. Published: 11 agents → probability of waiting 68.21 %, service level 39 %, ASA 122.8 s;
  // 14 agents → 17.41 %, service level 88.8 %, ASA 7.8 s.
  it('reproduces the Call Centre Helper example at 11 and 14 agents', () => {
    const perSecond = 100 / 1800;
    const eleven = mmc(11, perSecond, 180);
    expect(eleven.probabilityOfWaiting).toBeCloseTo(0.6821, 4);
    expect(eleven.meanWait).toBeCloseTo(122.8, 1);
    expect(serviceLevel(eleven, 20, 180)).toBeCloseTo(0.39, 2);
    const fourteen = mmc(14, perSecond, 180);
    expect(fourteen.probabilityOfWaiting).toBeCloseTo(0.1741, 4);
    expect(fourteen.meanWait).toBeCloseTo(7.8, 1);
    expect(serviceLevel(fourteen, 20, 180)).toBeCloseTo(0.888, 3);
  });

  it('agrees with M/M/1 in closed form: P(wait) = ρ and Wq = ρS/(1 − ρ)', () => {
    const r = mmc(1, 0.8, 1);
    expect(r.probabilityOfWaiting).toBeCloseTo(0.8, 12);
    expect(r.meanWait).toBeCloseTo(4, 12);
  });

  it('stays finite and sensible for thousands of servers', () => {
    const p = erlangC(5000, 4900);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  });

  it('calls a queue at or past full utilisation unstable, with an infinite wait', () => {
    const r = mmc(4, 5, 1);
    expect(r.stable).toBe(false);
    expect(r.probabilityOfWaiting).toBe(1);
    expect(r.meanWait).toBe(Infinity);
  });
});

describe('Erlang C properties', () => {
  it('is a probability that falls as servers are added, and so does the mean wait', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (c, rho) => {
        const a = rho * c;
        const p = erlangC(c, a);
        const more = erlangC(c + 1, a);
        const w = mmc(c, a, 1).meanWait;
        const wMore = mmc(c + 1, a, 1).meanWait;
        return p >= 0 && p <= 1 && more <= p + 1e-12 && wMore <= w + 1e-12;
      }),
      { numRuns: 300 },
    );
  });
});
