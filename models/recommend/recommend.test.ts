import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario, Tier } from '../../shared/capacity';
import { planCapacity } from '../capacity/plan';
import { shopScenario } from '../capacity/shop-scenario';
import { recommend } from './recommend';
import type { ErrorBudgetInput } from './deploy-freeze';

/** The shop with some tiers changed. */
function shop(changes: Record<string, Partial<Tier>> = {}, overrides: Partial<Scenario> = {}): Scenario {
  const s = shopScenario(overrides);
  s.tiers = s.tiers.map((t) => ({ ...t, ...(changes[t.id] ?? {}) }));
  return s;
}

function ids(s: Scenario, budget?: ErrorBudgetInput): string[] {
  return recommend(planCapacity(s), budget).map((r) => r.id);
}

function find(s: Scenario, id: string) {
  return recommend(planCapacity(s)).find((r) => r.id === id);
}

describe('the shop as given', () => {
  it('calls for replicas (for the sale and for every day), caching and scaling-event alerts, and nothing else', () => {
    // replicas: 2 keep one spare and carry 210 req/s, less than an ordinary day's 240 and the sale's 800;
    // web must autoscale 10 → 35 during the sale.
    expect(ids(shop()).sort()).toEqual([
      'baseline-capacity:replicas',
      'caching:replicas',
      'monitor-scaling',
      'read-replicas:replicas',
    ]);
  });
});

describe('autoscaling minimum (pre-warming)', () => {
  it('is recommended when a 3-minute ramp meets a 5-minute warm-up', () => {
    const r = find(shop({ web: { warmupSeconds: 300 } }, { rampMinutes: 3 }), 'autoscaling-minimum:web');
    expect(r).toBeDefined();
    expect(r!.figures.prewarmInstances).toBeGreaterThan(r!.figures.reactiveStart!);
    // the minimum must be raised warm-up (300 s) + the 300 s scheduling buffer before the sale
    expect(r!.action).toContain('T−10 min');
  });

  it('is not recommended when the 30-minute ramp is slow for a 2-minute warm-up', () => {
    // The autoscaler holds d(t − 180 s)/0.6; 1.5·(d − 140) ≥ d from d = 420 req/s on, below the 600 baseline.
    expect(find(shop(), 'autoscaling-minimum:web')).toBeUndefined();
  });
});

describe('autoscaling maximum', () => {
  it('is recommended when the maximum (20) is below what the peak needs (35)', () => {
    const r = find(shop({ web: { autoscaling: { min: 4, max: 20 } } }), 'autoscaling-maximum:web');
    expect(r?.figures.instancesNeeded).toBe(35);
    // 2000 req/s on 20 × 100 is 100 % utilisation: high priority
    expect(r?.priority).toBe('high');
  });

  it('is not recommended when the maximum covers the need', () => {
    expect(find(shop(), 'autoscaling-maximum:web')).toBeUndefined();
  });
});

describe('autoscaling setup for a fixed tier', () => {
  const fixedWeb = { autoscaling: null, instancesNow: 20 };
  it('is recommended when a tier without autoscaling has fewer than it needs (20 < 35)', () => {
    const r = find(shop({ web: fixedWeb }), 'autoscaling-setup:web');
    expect(r?.figures).toMatchObject({ instancesNow: 20, instancesNeeded: 35 });
  });

  it('is not recommended when the fixed tier already has enough', () => {
    expect(find(shop({ web: { autoscaling: null, instancesNow: 35 } }), 'autoscaling-setup:web')).toBeUndefined();
  });
});

describe('baseline capacity', () => {
  it('is recommended when two replicas cannot carry an ordinary day with a spare', () => {
    // 600 × 2 × 0.2 = 240 req/s of reads; 240 / 210 → 2, N+1 → 3 > 2.
    const r = find(shop(), 'baseline-capacity:replicas');
    expect(r?.figures.baselineInstancesNeeded).toBe(3);
    // 240 / 600 = 40 % on the 2 running: under the 90 % ceiling, so medium
    expect(r?.priority).toBe('medium');
  });

  it('is not recommended when three replicas carry the ordinary day', () => {
    expect(find(shop({ replicas: { instancesNow: 3 } }), 'baseline-capacity:replicas')).toBeUndefined();
  });
});

describe('caching', () => {
  it('asks for the hit ratio that lets today’s replicas carry the peak', () => {
    // 4000 lookups/s; 2 replicas keep 1 spare, so carry 300 × 0.7 = 210; hit ratio needed 1 − 210/4000 = 94.75 %.
    const r = find(shop(), 'caching:replicas');
    expect(r?.figures.hitRatioNeeded).toBeCloseTo(0.9475, 10);
  });

  it('is not recommended when the replicas already carry the peak', () => {
    expect(find(shop({ replicas: { instancesNow: 5 } }), 'caching:replicas')).toBeUndefined();
  });

  it('is not recommended when no achievable hit ratio would be enough', () => {
    // 3 replicas at 100 req/s keep 2 × 70 = 140; 1 − 140/4000 = 96.5 % is past the 95 % a cache can promise.
    const s = shop({
      replicas: { instancesNow: 3, capacity: { kind: 'typed', rpsPerInstance: 100, verifiedUpToRps: 100 } },
    });
    expect(find(s, 'caching:replicas')).toBeUndefined();
  });
});

describe('read replicas', () => {
  it('adds the replicas the peak needs (2 → 5)', () => {
    const r = find(shop(), 'read-replicas:replicas');
    expect(r?.figures).toMatchObject({ add: 3, instancesNeeded: 5 });
    // 800 req/s on 2 × 300 is 133 %: high priority
    expect(r?.priority).toBe('high');
  });

  it('is not recommended when there are enough replicas', () => {
    expect(find(shop({ replicas: { instancesNow: 5 } }), 'read-replicas:replicas')).toBeUndefined();
  });
});

describe('rate limiting and load shedding', () => {
  it('caps the front door where the single primary saturates', () => {
    // 200 req/s × 0.9 ceiling / 0.1 writes per request = 1800 req/s < the 2000 expected: high.
    const r = find(
      shop({ primary: { capacity: { kind: 'typed', rpsPerInstance: 200, verifiedUpToRps: 200 } } }),
      'rate-limiting',
    );
    expect(r?.figures.limitRps).toBe(1800);
    expect(r?.priority).toBe('high');
  });

  it('is only medium when the primary holds the expected peak but not the top of the band', () => {
    // 250 × 0.9 / 0.1 = 2250: above 2000, below 2400.
    const r = find(
      shop({ primary: { capacity: { kind: 'typed', rpsPerInstance: 250, verifiedUpToRps: 250 } } }),
      'rate-limiting',
    );
    expect(r?.figures.limitRps).toBe(2250);
    expect(r?.priority).toBe('medium');
  });

  it('is not recommended when every hard ceiling is above the band (primary: 9000 req/s)', () => {
    expect(find(shop(), 'rate-limiting')).toBeUndefined();
  });
});

describe('load testing', () => {
  it('is recommended when a tier’s capacity was never tested', () => {
    const r = find(shop({ web: { capacity: { kind: 'typed', rpsPerInstance: 100 } } }), 'load-testing');
    expect(r?.figures.targetRps).toBe(2400);
    expect(r?.priority).toBe('high');
  });

  it('is recommended when the plan loads instances past what was tested', () => {
    // 800 req/s over 5 replicas = 160 per instance, tested only to 150.
    const r = find(
      shop({ replicas: { capacity: { kind: 'typed', rpsPerInstance: 300, verifiedUpToRps: 150 } } }),
      'load-testing',
    );
    expect(r?.priority).toBe('medium');
  });

  it('is not recommended when every tier is tested past its planned load', () => {
    expect(find(shop(), 'load-testing')).toBeUndefined();
  });
});

describe('monitoring of scaling events', () => {
  it('is not recommended when nothing has to scale during the sale', () => {
    expect(find(shop({ web: { autoscaling: null, instancesNow: 35 } }), 'monitor-scaling')).toBeUndefined();
  });

  it('is recommended when the autoscaler must grow web during the sale (10 → 35)', () => {
    expect(find(shop(), 'monitor-scaling')?.why).toContain('web 10 → 35');
  });
});

describe('deploy freeze', () => {
  it('is recommended when 10 % of the error budget is left (threshold 25 %)', () => {
    expect(ids(shop(), { remainingFraction: 0.1, freezeBelowFraction: 0.25 })).toContain('deploy-freeze');
  });

  it('is high priority when the budget is spent', () => {
    const r = recommend(planCapacity(shop()), { remainingFraction: -0.2, freezeBelowFraction: 0.25 }).find(
      (x) => x.id === 'deploy-freeze',
    );
    expect(r?.priority).toBe('high');
  });

  it('is not recommended with budget to spare, nor without an SLO', () => {
    expect(ids(shop(), { remainingFraction: 0.6, freezeBelowFraction: 0.25 })).not.toContain('deploy-freeze');
    expect(ids(shop())).not.toContain('deploy-freeze');
  });
});

describe('rate limiting for a scale-out tier past its USL peak', () => {
  const usl = (n: number) => (1000 * n) / (1 + 0.05 * (n - 1) + 0.002 * n * (n - 1));
  const points = [1, 2, 4, 8, 16, 24, 32].map((n) => ({ n, throughput: usl(n) }));
  const search = (rps: number, hi: number): Scenario => {
    const s = shopScenario();
    return {
      ...s,
      peak: { ...s.peak, rps, hi },
      tiers: [
        {
          ...s.tiers[0]!,
          id: 'search',
          name: 'search',
          autoscaling: null,
          instancesNow: 21,
          capacity: { kind: 'load-test', axis: 'nodes', points },
          redundancy: { kind: 'none' },
        },
      ],
    };
  };

  it('sheds above what 21 nodes carry at 90 % (0.9 × 7394 = 6654 req/s) when the peak is past it', () => {
    const r = find(search(7000, 8000), 'rate-limiting');
    expect(r?.figures.limitRps).toBe(Math.floor(0.9 * usl(21)));
    expect(r?.priority).toBe('high');
  });

  it('is not recommended when the whole band fits under the curve’s peak', () => {
    expect(find(search(3000, 3500), 'rate-limiting')).toBeUndefined();
  });
});

describe('properties over random shops', () => {
  const arbChanges = fc.record({
    rps: fc.double({ min: 100, max: 20_000, noNaN: true }),
    spread: fc.double({ min: 1, max: 1.5, noNaN: true }),
    webNow: fc.integer({ min: 0, max: 80 }),
    replicasNow: fc.integer({ min: 0, max: 12 }),
    hit: fc.double({ min: 0, max: 0.99, noNaN: true }),
    ramp: fc.integer({ min: 1, max: 120 }),
    warmup: fc.integer({ min: 0, max: 900 }),
  });

  it('plans every tier at or under its target when it can grow, and never throws', () => {
    fc.assert(
      fc.property(arbChanges, (c) => {
        const s = shop(
          {
            web: { instancesNow: c.webNow, warmupSeconds: c.warmup },
            replicas: { instancesNow: c.replicasNow },
            cache: { hitRatio: c.hit },
          },
          { peak: { ...shopScenario().peak, rps: c.rps, lo: c.rps, hi: c.rps * c.spread }, rampMinutes: c.ramp },
        );
        const plan = planCapacity(s);
        recommend(plan);
        return plan.tiers.every(
          (t) =>
            t.exceedsHardCeiling || t.utilizationAtPeak === null || t.utilizationAtPeak <= t.targetUtilization + 1e-9,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('recommends read replicas exactly when the replicas have fewer than the plan needs', () => {
    fc.assert(
      fc.property(arbChanges, (c) => {
        const s = shop(
          { replicas: { instancesNow: c.replicasNow }, cache: { hitRatio: c.hit } },
          { peak: { ...shopScenario().peak, rps: c.rps, lo: c.rps, hi: c.rps } },
        );
        const plan = planCapacity(s);
        const replicas = plan.tiers.find((t) => t.tierId === 'replicas')!;
        const has = recommend(plan).some((r) => r.id === 'read-replicas:replicas');
        return has === (replicas.instancesNeeded !== null && replicas.instancesNeeded > replicas.instancesNow);
      }),
      { numRuns: 100 },
    );
  });
});
