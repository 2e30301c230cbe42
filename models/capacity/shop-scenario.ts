import { tierSchema, type Scenario, type TierInput } from '../../shared/capacity';

/**
 * A small shop whose figures are easy to check by hand (web 100 req/s per instance, replicas 300, primary 1000,
 * 80 % cache hits): the known-answer case for the planner's and the recommendations' tests.
 */
const PEAK = Date.UTC(2026, 10, 27, 11, 0);
const tier = (t: TierInput) => tierSchema.parse(t);

export function shopScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    name: 'test sale',
    peak: { t: PEAK, rps: 2000, lo: 1800, hi: 2400, baselineRps: 600, source: 'typed' },
    planFor: 'rps',
    rampMinutes: 30,
    durationMinutes: 120,
    latencySloMs: 2000,
    maxUtilization: 0.9,
    scalingReactionSeconds: 60,
    errorBudgetRemaining: null,
    freezeBelowBudgetFraction: 0.25,
    tiers: [
      tier({
        id: 'web',
        name: 'web',
        role: 'web',
        instancesNow: 12,
        capacity: { kind: 'typed', rpsPerInstance: 100, verifiedUpToRps: 120 },
        targetUtilization: 0.6,
        warmupSeconds: 120,
        costPerInstanceHour: 0.2,
        serviceTimeMs: 50,
        autoscaling: { min: 4, max: 40 },
      }),
      tier({
        id: 'cache',
        name: 'cache',
        role: 'cache',
        instancesNow: 3,
        capacity: { kind: 'typed', rpsPerInstance: 5000, verifiedUpToRps: 5000 },
        demandPerRequest: 2,
        hitRatio: 0.8,
      }),
      tier({
        id: 'replicas',
        name: 'db replicas',
        role: 'db-replica',
        instancesNow: 2,
        capacity: { kind: 'typed', rpsPerInstance: 300, verifiedUpToRps: 300 },
        targetUtilization: 0.7,
        demandPerRequest: 2,
        behindCache: true,
        serviceTimeMs: 10,
        costPerInstanceHour: 1,
      }),
      tier({
        id: 'primary',
        name: 'db primary',
        role: 'db-primary',
        instancesNow: 1,
        capacity: { kind: 'typed', rpsPerInstance: 1000, verifiedUpToRps: 1000 },
        targetUtilization: 0.7,
        demandPerRequest: 0.1,
        redundancy: { kind: 'none' },
      }),
    ],
    ...overrides,
  };
}
