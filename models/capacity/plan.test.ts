import { describe, expect, it } from 'vitest';
import { tierSchema, type TierInput } from '../../shared/capacity';
import { planCapacity } from './plan';
import { shopScenario } from './shop-scenario';

const tier = (t: TierInput) => tierSchema.parse(t);

describe('planCapacity', () => {
  const plan = planCapacity(shopScenario());
  const byId = (id: string) => plan.tiers.find((t) => t.tierId === id)!;

  it('sizes each tier for its share of the peak at its target utilisation, plus redundancy', () => {
    // web: 2000 / (0.6 × 100) = 33.3 → 34, N+1 → 35, running at 2000 / 3500 = 57.1 %.
    expect(byId('web').instancesNeeded).toBe(35);
    expect(byId('web').utilizationAtPeak).toBeCloseTo(2000 / 3500, 10);
    // replicas: 2 reads × 20 % misses × 2000 = 800 req/s; 800 / (0.7 × 300) = 3.8 → 4, N+1 → 5.
    expect(byId('replicas').demandRps).toBeCloseTo(800, 10);
    expect(byId('replicas').instancesNeeded).toBe(5);
    // primary: 200 req/s on one 1000 req/s instance, no redundancy rule.
    expect(byId('primary').instancesNeeded).toBe(1);
    expect(byId('primary').utilizationAtPeak).toBeCloseTo(0.2, 10);
  });

  it('reports today’s fleet as overloaded where it is: 2 replicas at 800 req/s run at 133 %', () => {
    expect(byId('replicas').utilizationNow).toBeCloseTo(800 / 600, 10);
    expect(byId('replicas').predictedWaitNowMs).toBeNull();
    expect(byId('replicas').headroomNowFraction).toBeCloseTo(1 - 800 / 600, 10);
  });

  it('predicts the Erlang C queueing delay at the planned size', () => {
    // replicas at 5 instances, 10 ms service: 3 workers each (300 × 0.010), 15 servers, A = 800 × 0.010 = 8 erlangs.
    // Erlang C(15, 8) from the textbook form (8^15/15!·15/7) / (Σ_{k<15} 8^k/k! + 8^15/15!·15/7) = 0.019301,
    // computed separately with exact factorials; Wq = 0.019301 × 10 ms / 7 = 0.027573 ms.
    const r = byId('replicas');
    expect(r.probabilityOfWaiting!).toBeCloseTo(0.019301, 5);
    expect(r.predictedWaitMs!).toBeCloseTo(0.027573, 5);
  });

  it('costs the event at the planned size over its duration', () => {
    // 120 min event; web autoscales (no lead time): 35 × 0.2 × 2 h = 14. Replicas are provisioned ahead: 2 h plus
    // warm-up (120 s) and the 300 s buffer = 2.1167 h; 5 × 1 × 2.1167 = 10.583.
    expect(byId('web').eventCost).toBeCloseTo(14, 10);
    expect(byId('replicas').eventCost).toBeCloseTo(5 * (2 + 420 / 3600), 10);
    expect(byId('replicas').extraCost).toBeCloseTo(3 * (2 + 420 / 3600), 10);
  });

  it('marks the single writable primary as the hard ceiling and the front-door rate it can carry', () => {
    // 1000 req/s at the 90 % ceiling = 900 req/s of writes = 9000 front-door req/s at 0.1 writes per request.
    expect(byId('primary').hardCeilingInstances).toBe(1);
    expect(byId('primary').ceilingFrontDoorRps).toBeCloseTo(9000, 8);
    expect(byId('web').ceilingFrontDoorRps).toBeNull();
  });

  it('sizes for the top of the band when asked to', () => {
    const hi = planCapacity(shopScenario({ planFor: 'hi' }));
    // 2400 / 60 = 40 → N+1 → 41
    expect(hi.tiers.find((t) => t.tierId === 'web')!.instancesNeeded).toBe(41);
    expect(hi.plannedRps).toBe(2400);
  });

  it('says which tiers it could not plan instead of throwing', () => {
    const s = shopScenario();
    s.tiers.push(
      tier({
        id: 'broken',
        name: 'x',
        role: 'app',
        instancesNow: 1,
        capacity: {
          kind: 'production',
          points: [
            { cpuPercent: 50, rpsPerInstance: 10 },
            { cpuPercent: 50, rpsPerInstance: 20 },
            { cpuPercent: 40, rpsPerInstance: 30 },
          ],
        },
      }),
    );
    const p = planCapacity(s);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]!.tierId).toBe('broken');
    expect(p.tiers).toHaveLength(4);
  });
});

describe('planCapacity with a scale-out load test', () => {
  // A tier whose nodes follow the USL with σ 0.05, κ 0.002, λ 1000 req/s: N* = √(0.95/0.002) = 21.8, so 21 nodes
  // is the most worth running and carries 21000 / (1 + 0.05·20 + 0.002·21·20) = 7394.4 req/s at 100 %.
  const usl = (n: number) => (1000 * n) / (1 + 0.05 * (n - 1) + 0.002 * n * (n - 1));
  const points = [1, 2, 4, 8, 16, 24, 32].map((n) => ({ n, throughput: usl(n) }));
  const search = tier({
    id: 'search',
    name: 'search',
    role: 'app',
    instancesNow: 8,
    capacity: { kind: 'load-test', axis: 'nodes', points },
    targetUtilization: 0.7,
    redundancy: { kind: 'none' },
  });

  it('sizes by the curve, not by a straight line: 3000 req/s at 70 % needs the n with X(n) ≥ 4286', () => {
    const plan = planCapacity({
      ...shopScenario(),
      peak: { ...shopScenario().peak, rps: 3000, hi: 3000 },
      tiers: [search],
    });
    const t = plan.tiers[0]!;
    // X(5) = 5000 / 1.24 = 4032 < 4286 ≤ X(6) = 6000 / 1.31 = 4580
    expect(t.instancesNeeded).toBe(6);
    expect(t.utilizationAtPeak).toBeCloseTo(3000 / usl(6), 6);
  });

  it('caps the plan at the USL peak when no node count reaches the target', () => {
    const plan = planCapacity({
      ...shopScenario(),
      peak: { ...shopScenario().peak, rps: 7000, hi: 8000 },
      tiers: [search],
    });
    const t = plan.tiers[0]!;
    expect(t.instancesNeeded).toBeNull();
    expect(t.exceedsHardCeiling).toBe(true);
    expect(t.instancesPlanned).toBe(21);
    expect(t.ceilingFrontDoorRps!).toBeCloseTo(0.9 * usl(21), 3);
  });
});

describe('planCapacity service time from a load test', () => {
  it('takes the service time from the lightest-load latency when none is typed', () => {
    // The example app load test: 22.4 ms at 1 user. Peak ≈ 472 req/s per instance, so 472 × 0.0224 = 10.6 → 10
    // workers per instance (Little's law).
    const points = [
      { n: 1, throughput: 44.7, latencyMs: 22.4 },
      { n: 4, throughput: 157.1, latencyMs: 25.5 },
      { n: 8, throughput: 273.4, latencyMs: 29.3 },
      { n: 16, throughput: 394.9, latencyMs: 40.5 },
      { n: 32, throughput: 472.1, latencyMs: 67.8 },
      { n: 64, throughput: 427.1, latencyMs: 149.9 },
    ];
    const app = tier({
      id: 'app',
      name: 'app',
      role: 'app',
      instancesNow: 4,
      capacity: { kind: 'load-test', axis: 'concurrency', points },
    });
    const t = planCapacity({ ...shopScenario(), tiers: [app] }).tiers[0]!;
    expect(t.serviceTimeMs).toBeCloseTo(22.4, 10);
  });
});
