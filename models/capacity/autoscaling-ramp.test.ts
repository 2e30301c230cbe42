import { describe, expect, it } from 'vitest';
import { advisePrewarm, simulateRamp, type RampInput } from './autoscaling-ramp';
import type { TierCapacity } from './tier-capacity';

const typed = (rps: number): TierCapacity => ({
  basis: 'typed',
  rpsPerInstance: rps,
  verifiedUpToRps: null,
  explanation: '',
});
const SALE = Date.UTC(2026, 10, 27, 10, 0);
const MIN = 60_000;

/** 500 req/s until the sale, then +rate req/s per minute up to `peak`, held for an hour. */
function rampInput(ratePerMinute: number, peak: number): RampInput {
  return {
    capacity: typed(100),
    demand: (t) => (t < SALE ? 500 : Math.min(peak, 500 + (ratePerMinute * (t - SALE)) / MIN)),
    saleStart: SALE,
    end: SALE + 70 * MIN,
    targetUtilization: 0.5,
    maxUtilization: 0.9,
    warmupSeconds: 120,
    reactionSeconds: 60,
    minInstances: 2,
  };
}

describe('the autoscaling ramp', () => {
  it('finds the steep ramp overloading the reactive fleet when the hand computation says it does', () => {
    // 10 instances (500 req/s at 50 %) carry 900 req/s at the 90 % ceiling. Demand passes 900 after 2 min of a
    // 200 req/s-per-minute ramp, but the first new instance is asked for at +75 s (demand seen 60 s late) and only
    // serves at +195 s. So the first 15 s sample over the ceiling is +135 s (950 req/s on 10 instances, 95 %).
    const input = rampInput(200, 2500);
    const run = simulateRamp(input, 10);
    expect(run.firstOverloadAt).toBe(SALE + 135_000);
    const at135 = run.samples.find((s) => s.t === SALE + 135_000)!;
    expect(at135.readyInstances).toBe(10);
    expect(at135.utilization).toBeCloseTo(0.95, 10);
  });

  it('pre-warms the fewest instances that keep the ramp under the ceiling', () => {
    // The autoscaler asks at t for the demand of t − 60 s and gets it at t + 120 s, so it holds capacity
    // 2·d(t − 180 s) (target 50 %), which carries d(t) under the 90 % ceiling only when 1.8·(d − 600) ≥ d,
    // i.e. from d = 1350 req/s on; until then the floor must carry the demand: 1350 / 90 = 15 instances.
    const input = rampInput(200, 2500);
    const advice = advisePrewarm(input, 60);
    expect(advice.outrunsScaling).toBe(true);
    expect(advice.reactiveStart).toBe(10);
    expect(advice.prewarmInstances).toBe(15);
    expect(simulateRamp(input, advice.prewarmInstances).firstOverloadAt).toBeNull();
    expect(simulateRamp(input, advice.prewarmInstances - 1).firstOverloadAt).not.toBeNull();
    // Raise the minimum warm-up (120 s) plus the 300 s scheduling buffer before the sale.
    expect(advice.prewarmFrom).toBe(SALE - 420_000);
  });

  it('does not ask for pre-warming when the ramp is slow enough for the autoscaler', () => {
    const advice = advisePrewarm(rampInput(5, 900), 60);
    expect(advice.outrunsScaling).toBe(false);
    expect(advice.prewarmInstances).toBe(advice.reactiveStart);
  });
});
