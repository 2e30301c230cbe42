import type { CapacityStudy, LoadTestPoint, Tier, UtilizationPoint } from '../../shared/capacity';
import type { Series } from '../../shared/series';
import { typicalDailyPeak } from '../capacity/typical-peak';

/** The next sale: Black Friday, doors open at 11:00 at +01:00 (as on the seed's sale day), a 15-minute email-blast ramp. */
export const DEMO_NEXT_SALE_START = Date.UTC(2026, 10, 27, 10, 0);
const RAMP_MINUTES = 15;
/** The seed playbook's "3–4 times the regular load", and the last sale's 3.5×: plan for 4× with a 3.5–4.5× band. */
const MULTIPLIER = { mid: 4, lo: 3.5, hi: 4.5 };

/** The app tier's load test on one instance (virtual users → req/s, latency): the points the USL chart shows. */
export const DEMO_APP_LOAD_TEST: LoadTestPoint[] = [
  { n: 1, throughput: 44.7, latencyMs: 22.4 },
  { n: 4, throughput: 157.1, latencyMs: 25.5 },
  { n: 8, throughput: 273.4, latencyMs: 29.3 },
  { n: 16, throughput: 394.9, latencyMs: 40.5 },
  { n: 24, throughput: 458.0, latencyMs: 52.4 },
  { n: 32, throughput: 472.1, latencyMs: 67.8 },
  { n: 48, throughput: 452.9, latencyMs: 106.0 },
  { n: 64, throughput: 427.1, latencyMs: 149.9 },
];

/** Four weeks of web CPU against requests per instance from production (hourly means). */
const WEB_CPU: UtilizationPoint[] = [
  [40, 19.9],
  [50, 23.2],
  [60, 27.3],
  [70, 28.9],
  [80, 32.0],
  [90, 35.3],
  [100, 37.1],
  [110, 41.0],
  [120, 44.4],
].map(([rpsPerInstance, cpuPercent]) => ({ rpsPerInstance: rpsPerInstance!, cpuPercent: cpuPercent! }));

const DEMO_TIERS: Tier[] = [
  {
    id: 'web',
    name: 'web',
    role: 'web',
    instancesNow: 6,
    capacity: { kind: 'production', points: WEB_CPU, source: 'web CPU % vs requests per instance, last 28 days' },
    targetUtilization: 0.65,
    warmupSeconds: 180,
    costPerInstanceHour: 0.17,
    redundancy: { kind: 'zones', zones: 3 },
    demandPerRequest: 1,
    behindCache: false,
    serviceTimeMs: 40,
    autoscaling: { min: 6, max: 16 },
  },
  {
    id: 'app',
    name: 'app',
    role: 'app',
    instancesNow: 4,
    capacity: {
      kind: 'load-test',
      axis: 'concurrency',
      points: DEMO_APP_LOAD_TEST,
      source: 'app-load-test.csv (one instance, k6)',
    },
    targetUtilization: 0.6,
    warmupSeconds: 300,
    costPerInstanceHour: 0.34,
    redundancy: { kind: 'n-plus-1' },
    demandPerRequest: 1,
    behindCache: false,
    serviceTimeMs: 70,
    autoscaling: { min: 4, max: 16 },
  },
  {
    id: 'cache',
    name: 'cache',
    role: 'cache',
    instancesNow: 3,
    capacity: { kind: 'typed', rpsPerInstance: 25_000, verifiedUpToRps: 20_000 },
    targetUtilization: 0.7,
    warmupSeconds: 600,
    costPerInstanceHour: 0.23,
    redundancy: { kind: 'n-plus-1' },
    demandPerRequest: 3,
    behindCache: false,
    hitRatio: 0.85,
    serviceTimeMs: 1,
    autoscaling: null,
  },
  {
    id: 'db-primary',
    name: 'db primary',
    role: 'db-primary',
    instancesNow: 1,
    capacity: { kind: 'typed', rpsPerInstance: 500, verifiedUpToRps: 400 },
    targetUtilization: 0.7,
    warmupSeconds: 0,
    costPerInstanceHour: 1.45,
    redundancy: { kind: 'none' },
    demandPerRequest: 0.2,
    behindCache: false,
    serviceTimeMs: 8,
    autoscaling: null,
  },
  {
    id: 'db-replicas',
    name: 'db replicas',
    role: 'db-replica',
    instancesNow: 2,
    capacity: { kind: 'typed', rpsPerInstance: 700, verifiedUpToRps: 600 },
    targetUtilization: 0.7,
    warmupSeconds: 900,
    costPerInstanceHour: 0.72,
    redundancy: { kind: 'n-plus-1' },
    demandPerRequest: 3,
    behindCache: true,
    serviceTimeMs: 6,
    autoscaling: null,
  },
];

/**
 * The demo shop's capacity study: its five tiers and the next sale, with the peak taken as the typical daily peak
 * of its request series (median of the last 28 daily maxima, so the past sale does not count) times 4.
 */
export function buildDemoCapacity(series: Series[]): CapacityStudy {
  const requests = series.find((s) => s.name === 'http_requests') ?? series[0];
  const baseline = (requests && typicalDailyPeak(requests)?.rps) || 500;
  return {
    scenario: {
      name: 'Black Friday flash sale',
      peak: {
        t: DEMO_NEXT_SALE_START + RAMP_MINUTES * 60_000,
        rps: baseline * MULTIPLIER.mid,
        lo: baseline * MULTIPLIER.lo,
        hi: baseline * MULTIPLIER.hi,
        baselineRps: baseline,
        source: `typical daily peak of http_requests (median of the last 28 daily maxima, ${Math.round(baseline)} req/s) × ${MULTIPLIER.mid}, band × ${MULTIPLIER.lo}–${MULTIPLIER.hi}`,
      },
      planFor: 'hi',
      rampMinutes: RAMP_MINUTES,
      durationMinutes: 240,
      latencySloMs: 2000,
      maxUtilization: 0.9,
      scalingReactionSeconds: 60,
      errorBudgetRemaining: null,
      freezeBelowBudgetFraction: 0.25,
    },
    tiers: DEMO_TIERS.map((t) => ({ ...t })),
  };
}
